"""Malformed data frames: python/bsdf_dataframe.py raises a clear ValueError, never another error or a huge allocation."""

import copy
import random

import bsdf
import lz4.block
import numpy as np
import pandas as pd
import pytest

from bsdf_dataframe import DataFrameExtension, document_to_frame, frame_to_document
from conftest import encode_tagged


def plain(node):
    """A written document with its blobs as bytes, to corrupt."""
    if isinstance(node, bsdf.Blob):
        return node.get_bytes()
    if isinstance(node, dict):
        return {key: plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(value) for value in node]
    return node


def sample_document():
    frame = pd.DataFrame({
        'i': pd.array([1, None, 3], dtype='Int64'),
        's': ['ab', None, 'ü'],
        'ts': pd.to_datetime(['2020-01-01', None, '1970-01-01']).tz_localize('Europe/Oslo'),
        'l': [[1, 2], None, []],
        'r': [{'x': 1.5}, None, {'x': 2.5}],
        'c': pd.Categorical(['a', 'b', None]),
        'o': [b'\x00', b'', None],
        'n': [None, None, None],
    })
    return plain(frame_to_document(frame))


def lz4_buffer(data):
    return lz4.block.compress(data)


def with_size_prefix(blob, size):
    return size.to_bytes(4, 'little', signed=True) + blob[4:]


def set_counts(column, counts):
    column['o'] = lz4_buffer(np.array(counts, dtype='<i4').tobytes())


def nested_lists(depth):
    document = {'d': lz4_buffer(b''), 'm': lz4_buffer(b''), 't': 'int64'}
    for _ in range(depth):
        document = {'d': document, 'm': lz4_buffer(b''), 't': 'list', 'o': lz4_buffer(np.zeros(1, '<i4').tobytes())}
    return document


CORRUPTIONS = {
    'not a mapping': lambda d: [d],
    'not a struct': lambda d: d.update(t='int64'),
    'truncated lz4 block': lambda d: d['d']['f']['i'].update(d=d['d']['f']['i']['d'][:-3]),
    'corrupt lz4 block': lambda d: d['d']['f']['s'].update(d=d['d']['f']['s']['d'][:4] + b'\xff' * 8),
    'blob shorter than its size prefix': lambda d: d['d']['f']['i'].update(m=b'\x01\x00'),
    'size prefix too large': lambda d: d['d']['f']['i'].update(d=with_size_prefix(d['d']['f']['i']['d'], 2 ** 30)),
    'negative size prefix': lambda d: d['d']['f']['i'].update(d=with_size_prefix(d['d']['f']['i']['d'], -1)),
    'size prefix not a whole value': lambda d: d['d']['f']['i'].update(d=lz4_buffer(b'\x00' * 23)),
    'mask of the wrong size': lambda d: d['d']['f']['i'].update(m=lz4_buffer(b'\x00\x00')),
    'buffer not a blob': lambda d: d['d']['f']['i'].update(d='AAAA'),
    'missing mask': lambda d: d['d']['f']['i'].pop('m'),
    'missing type': lambda d: d['d']['f']['i'].pop('t'),
    'unknown type': lambda d: d['d']['f']['i'].update(t='int128'),
    'offsets not starting at 0': lambda d: set_counts(d['d']['f']['s'], [1, 2, 0, 2]),
    'negative count': lambda d: set_counts(d['d']['f']['s'], [0, 5, -1, 0]),
    'counts beyond the data': lambda d: set_counts(d['d']['f']['s'], [0, 2, 0, 9]),
    'offsets for another row count': lambda d: set_counts(d['d']['f']['s'], [0, 2, 0]),
    'invalid utf8': lambda d: d['d']['f']['s'].update(d=lz4_buffer(b'ab\xff\xfe')),
    'list elements of another length': lambda d: set_counts(d['d']['f']['l'], [0, 2, 0, 1]),
    'declared element type differs': lambda d: d['d']['f']['l'].update(p={'t': 'utf8'}),
    'struct of another length': lambda d: d['d']['f']['r']['d'].update(l=4),
    'struct field not declared': lambda d: d['d']['f']['r'].update(p=[]),
    'index out of range': lambda d: d['d']['f']['c']['d']['i'].update(d=lz4_buffer(np.array([0, 7, 0], '<i4').tobytes())),
    'negative index': lambda d: d['d']['f']['c']['d']['i'].update(d=lz4_buffer(np.array([0, -1, 0], '<i4').tobytes())),
    'float indices': lambda d: d['d']['f']['c']['d'].update(i={'d': lz4_buffer(np.zeros(3, '<f8').tobytes()), 'm': lz4_buffer(b'\xe0'), 't': 'float64'}),
    'unknown time zone': lambda d: d['d']['f']['ts'].update(p='Mars/Olympus_Mons'),
    'time zone not a string': lambda d: d['d']['f']['ts'].update(p=7),
    'opaque width 0': lambda d: d['d']['f'].update(q={'d': lz4_buffer(b''), 'm': lz4_buffer(b'\xe0'), 't': 'opaque', 'p': 0}),
    'null count huge': lambda d: d['d']['f']['n'].update(d=10 ** 12),
    'null count negative': lambda d: d['d']['f']['n'].update(d=-1),
    'row count a bool': lambda d: d['d'].update(l=True),
    'row count a string': lambda d: d['d'].update(l='3'),
    'row count negative': lambda d: d['d'].update(l=-3),
    'row count mismatch': lambda d: d['d'].update(l=2),
    'a table row marked missing': lambda d: d.update(m=lz4_buffer(b'\xc0')),
    'declared column missing': lambda d: d['p'].append({'n': 'ghost', 't': 'int64'}),
    'column declared twice': lambda d: d['p'].append(dict(d['p'][0])),
    'declared column type differs': lambda d: d['p'][0].update(t='float64'),
    'column not declared': lambda d: d['p'].pop(),
    'columns not a mapping': lambda d: d['d'].update(f=[1, 2]),
    'nesting too deep': lambda d: d['d']['f'].update(deep=nested_lists(200)) or d['p'].append({'n': 'deep', 't': 'list'}),
}


@pytest.mark.parametrize('name', list(CORRUPTIONS))
def test_malformed_frame_raises_value_error(name):
    document = sample_document()
    document_to_frame(copy.deepcopy(document))  # the sample itself is fine
    corrupted = CORRUPTIONS[name](document)
    with pytest.raises(ValueError, match='invalid data frame'):
        document_to_frame(document if corrupted is None else corrupted)


def test_huge_row_count_fails_before_allocating():
    # 2**31 - 1 rows of nothing: the 4-byte prefix of a tiny mask claims 256 MiB, more than its LZ4 block can hold.
    document = {'d': {'l': 2 ** 31 - 1, 'f': {}}, 'm': (2 ** 28).to_bytes(4, 'little') + b'\x00', 't': 'struct', 'p': []}
    with pytest.raises(ValueError, match='more than'):
        document_to_frame(document)


def test_malformed_file_raises_value_error_from_bsdf_load(tmp_path):
    document = sample_document()
    document['d']['f']['i']['d'] = document['d']['f']['i']['d'][:-1]
    path = tmp_path / 'bad.bsdf'
    path.write_bytes(encode_tagged(document))
    with pytest.raises(ValueError, match="column 'i'"):
        bsdf.load(str(path), [DataFrameExtension])


def leaves(node):
    """Every (container, key) holding a value that is not a container, depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, (dict, list)) and value:
            yield from leaves(value)
        else:
            yield node, key


def mutate(document, rng):
    """One random change at a random leaf: bytes flipped, cut or added, a number or a type name replaced."""
    parent, key = rng.choice(list(leaves(document)))
    value = parent[key]
    if isinstance(value, bytes) and value:
        choice = rng.randrange(3)
        if choice == 0:
            position = rng.randrange(len(value))
            parent[key] = value[:position] + bytes([rng.randrange(256)]) + value[position + 1:]
        elif choice == 1:
            parent[key] = value[:rng.randrange(len(value))]
        else:
            parent[key] = value + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
    elif isinstance(value, int):
        parent[key] = rng.choice([-1, 0, 1, 2, 3, 4, 255, 2 ** 31 - 1, 2 ** 31, 2 ** 63, value + 1])
    elif isinstance(value, str):
        parent[key] = rng.choice(['int8', 'uint64', 'float16', 'utf8', 'bytes', 'list', 'struct', 'null', 'factor',
                                  'opaque', 'date[d]', 'timestamp[ns]', 'time[s]', 'x', ''])
    else:
        parent[key] = rng.choice([None, 1.5, b'', [], {}])


def test_random_corruptions_load_or_raise_value_error():
    rng = random.Random(20261128)
    base = sample_document()
    outcomes = {'loaded': 0, 'rejected': 0}
    for _ in range(600):
        document = copy.deepcopy(base)
        for _ in range(rng.randrange(1, 4)):
            mutate(document, rng)
        try:
            frame = document_to_frame(document)
        except ValueError:
            outcomes['rejected'] += 1
        else:
            assert isinstance(frame, pd.DataFrame)
            outcomes['loaded'] += 1
    assert outcomes['rejected'] > 300, outcomes


@pytest.mark.parametrize('type_name', ['timestamp[s]', 'date[ms]', 'time[us]'])
def test_smallest_int64_is_not_read_as_another_instant(type_name):
    # -2**63 seconds (or ms, us) is no datetime64[ns]: a date-time column falls back to objects, which cannot hold
    # it either, and a time column has no fallback; either way a ValueError, never a wrapped-around value.
    stored = np.array([-2 ** 63], dtype='<i8')
    column = {'d': lz4_buffer(stored.tobytes()), 'm': lz4_buffer(b'\x80'), 't': type_name}
    document = {'d': {'l': 1, 'f': {'t': column}}, 'm': lz4_buffer(b'\x80'), 't': 'struct'}
    with pytest.raises(ValueError, match='outside the range'):
        document_to_frame(document)
