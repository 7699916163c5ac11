"""python/bsdf_dataframe.py on its own: pandas round trips, the shared vectors, and the layout it writes."""

import base64
import datetime
import hashlib
import json

import bsdf
import lz4.block
import numpy as np
import pandas as pd
import pytest

import pandas_frames
from bsdf_dataframe import DataFrameExtension
from conftest import VECTORS, encode_tagged
from frame_checks import check_column, check_frame


def round_trip(frame, **options):
    data = bsdf.encode({'frame': frame}, [DataFrameExtension], **options)
    return bsdf.decode(data, [DataFrameExtension])['frame']


# Columns whose dtype has no column type of its own: what they come back as (see the module documentation).
CHANGED_BY_A_ROUND_TRIP = {
    ('numbers', 'float16'): lambda s: s.astype('Float32'),
    ('numbers', 'float64'): lambda s: s.astype('Float64'),
    ('numbers', 'object ints'): lambda s: s.astype('Int64'),
    ('numbers', 'object floats'): lambda s: s.astype('Float64'),
    ('numbers', 'object bools'): lambda s: s.astype('boolean'),
    ('text', 'string dtype'): lambda s: s.astype(object).where(s.notna(), None),
    ('temporal', 'times'): lambda s: pd.to_timedelta([None if t is None else t.isoformat() for t in s]).to_series(index=s.index, name=s.name),
    ('temporal', 'py aware'): lambda s: pd.to_datetime(s),
    ('nested', 'records'): lambda s: s.map(lambda d: None if d is None else {'x': d.get('x'), 'y': d.get('y')}),
    ('empty', 'nullable'): lambda s: s.astype('float64'),
}


@pytest.mark.parametrize('name', list(pandas_frames.CASES))
def test_round_trip_keeps_values_and_dtypes(name):
    frame = pandas_frames.CASES[name][0]()
    back = round_trip(frame)
    assert list(back.columns) == list(frame.columns) and len(back) == len(frame)
    for column in frame.columns:
        expected = CHANGED_BY_A_ROUND_TRIP.get((name, column), lambda s: s)(frame[column])
        pd.testing.assert_series_equal(back[column], expected, check_exact=True)


def test_nan_in_a_plain_float_column_is_missing_and_an_unmasked_nan_a_value():
    frame = pd.DataFrame({'plain': [np.nan, 1.0], 'nullable': pd.arrays.FloatingArray(np.array([np.nan, 0.0]), np.array([False, True]))})
    back = round_trip(frame)
    assert str(back['plain'].dtype) == 'Float64' and back['plain'].isna().tolist() == [True, False]
    assert back['nullable'].isna().tolist() == [False, True] and np.isnan(back['nullable'].to_numpy(dtype=float, na_value=0)[0])
    again = round_trip(back)
    pd.testing.assert_frame_equal(again, back)


def test_readme_recipe(tmp_path):
    frame = pd.DataFrame({'id': [1, 2, 3], 'price': [1.5, None, -2.25], 'name': ['abc', None, 'xyz'],
                          'when': pd.to_datetime(['2026-01-02 12:00', None, '1970-01-01']).tz_localize('Europe/Oslo'),
                          'city': pd.Categorical(['oslo', 'rome', 'oslo'])})
    path = str(tmp_path / 'table.bsdf')
    bsdf.save(path, {'frame': frame}, [DataFrameExtension])
    back = bsdf.load(path, [DataFrameExtension])['frame']
    expected = frame.astype({'price': 'Float64'})  # the NaN is missing: the column comes back nullable
    pd.testing.assert_frame_equal(back, expected)
    lazy = bsdf.load(path, [DataFrameExtension], lazy_blob=True)['frame']
    pd.testing.assert_frame_equal(lazy, expected)


def load_vector(name):
    frame = bsdf.load(str(VECTORS / (name + '.bsdf')), [DataFrameExtension])
    with open(str(VECTORS / (name + '.json')), encoding='utf-8') as file:
        return frame, json.load(file)


def vector_names():
    with open(str(VECTORS / 'manifest.json'), encoding='utf-8') as file:
        return [case['name'] for case in json.load(file)['cases']]


@pytest.mark.parametrize('name', vector_names())
def test_shared_vector_decodes_to_its_description(name):
    root, description = load_vector(name)
    assert root['name'] == name
    frame = root['frame']
    if all('values' in column for column in description['columns']):
        check_frame(frame, description)
        return
    assert len(frame) == description['rows'] and list(frame.columns) == [c['name'] for c in description['columns']]
    for column in description['columns']:
        check_summary(frame[column['name']], column)


def check_summary(series, column):
    """A large vector column: head, tail and a SHA-256 of the plain values, as its description defines them."""
    assert column['all_valid'] and not series.isna().any()
    t = column['type']['t']
    if t == 'timestamp[ms]':
        assert series.dtype == 'datetime64[ns]'
        plain = series.to_numpy().view('i8') // 10 ** 6
        data = plain.astype('<i8').tobytes()
    elif t == 'float64':
        assert series.dtype == np.float64
        plain = series.to_numpy()
        data = plain.astype('<f8').tobytes()
    else:
        assert t == 'utf8' and series.dtype == object
        plain = series.tolist()
        data = '\n'.join(plain).encode('utf-8')
    head, tail = list(plain[:len(column['head'])]), list(plain[-len(column['tail']):])
    assert [round(v, 6) if t == 'float64' else v for v in head] == column['head']
    assert [round(v, 6) if t == 'float64' else v for v in tail] == column['tail']
    assert hashlib.sha256(data).hexdigest() == column['sha256']


def seed_cases():
    with open(str(VECTORS / 'seed_docs.json'), encoding='utf-8') as file:
        return json.load(file)['cases']


def with_blobs(node, key=None):
    """A seed document with its base64 buffers (under d, m and o) as bytes."""
    if isinstance(node, dict):
        return {k: with_blobs(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [with_blobs(v) for v in node]
    if key in ('d', 'm', 'o') and isinstance(node, str):
        return base64.b64decode(node)
    return node


@pytest.mark.parametrize('case', seed_cases(), ids=lambda case: case['name'])
def test_seed_column_document_decodes_to_its_values(case):
    rows = len(case['valid'])
    document = {'d': {'l': rows, 'f': {'column': with_blobs(case['doc'])}},
                'm': lz4.block.compress(np.packbits(np.ones(rows, dtype=bool)).tobytes()), 't': 'struct'}
    frame = bsdf.decode(encode_tagged(document), [DataFrameExtension])
    values = case['values'] if 'values' in case else case['values_base64']
    type_doc = {k: case['doc'][k] for k in ('t', 'p') if k in case['doc']}
    description = {'name': 'column', 'type': type_doc, 'valid': case['valid'],
                   'values': [v if ok else None for v, ok in zip(values, case['valid'])]}
    check_column(frame['column'], description)


def test_layout_follows_the_spec():
    frame = pd.DataFrame({'n': pd.array([1, None, 3], dtype='Int32'), 's': ['ab', None, 'c'],
                          'ts': pd.to_datetime(['1970-01-01 00:00:01', '1970-01-01 00:00:03', '1970-01-01 00:00:02'])})
    data = bsdf.encode({'frame': frame}, [DataFrameExtension], compression='zlib')
    assert b'M\x09dataframe' in data  # a mapping (upper case: produced by an extension) tagged dataframe
    document = bsdf.decode(data, [], lazy_blob=True)['frame']  # the plain documents
    assert list(document) == ['d', 'm', 't', 'p'] and document['t'] == 'struct'
    assert document['p'] == [{'n': 'n', 't': 'int32'}, {'n': 's', 't': 'utf8'}, {'n': 'ts', 't': 'timestamp[ns]'}]
    assert document['d']['l'] == 3 and list(document['d']['f']) == ['n', 's', 'ts']
    columns = document['d']['f']
    assert list(columns['n']) == ['d', 'm', 't'] and list(columns['s']) == ['d', 'm', 't', 'o']
    for blob in (columns['n']['d'], columns['n']['m'], columns['s']['o'], document['m']):
        assert blob.compression == 0  # the payload is already LZ4, whatever the file's compression option

    def buffer(blob):
        raw = blob.get_bytes()
        assert int.from_bytes(raw[:4], 'little') == len(lz4.block.decompress(raw))
        return lz4.block.decompress(raw)

    assert buffer(columns['n']['m']) == bytes([0b10100000])  # most significant bit first
    assert np.frombuffer(buffer(columns['n']['d']), '<i4').tolist() == [1, 0, 3]
    assert np.frombuffer(buffer(columns['s']['o']), '<i4').tolist() == [0, 2, 0, 1]  # counts, not offsets
    assert buffer(columns['s']['d']) == b'abc'
    assert np.frombuffer(buffer(columns['ts']['d']), '<i8').tolist() == [10 ** 9, 2 * 10 ** 9, -10 ** 9]  # differences


def deeply_nested(depth):
    value = [1]
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize('frame, error', [
    (pd.DataFrame({1: [1]}), ValueError),
    (pd.DataFrame([[1, 2]], columns=['a', 'a']), ValueError),
    (pd.DataFrame({'': [1]}), ValueError),
    (pd.DataFrame({'mixed': ['a', 1]}), TypeError),
    (pd.DataFrame({'complex': [1j]}), TypeError),
    (pd.DataFrame({'long': pd.to_timedelta(['25:00:00'])}), ValueError),
    (pd.DataFrame({'negative': pd.to_timedelta(['-00:00:01'])}), ValueError),
    (pd.DataFrame({'huge': pd.Series([2 ** 64], dtype=object)}), ValueError),
    (pd.DataFrame({'keys': [{1: 'a'}]}), ValueError),
    (pd.DataFrame({'naive and aware': [datetime.datetime(2020, 1, 1), datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)]}), ValueError),
    (pd.DataFrame({'period': pd.period_range('2020-01', periods=2, freq='M')}), TypeError),
    (pd.DataFrame({'deep': [deeply_nested(100)]}), ValueError),
])
def test_writer_rejects_what_has_no_column_type(frame, error):
    with pytest.raises(error):
        bsdf.encode({'frame': frame}, [DataFrameExtension])
