"""Frames written by C# (tests/BsdfGen.Interop) read in pandas with python/bsdf_dataframe.py: values and dtypes."""

import datetime
import json

import bsdf
import numpy as np
import pandas as pd
import pytest

from bsdf_dataframe import DataFrameExtension
from frame_checks import check_frame

CASES = ['every_type', 'every_type_empty', 'no_columns', 'edge_values', 'rows_100k']


def load_case(folder, name):
    frame = bsdf.load(str(folder / (name + '.bsdf')), [DataFrameExtension])['frame']
    with open(str(folder / (name + '.json')), encoding='utf-8') as file:
        return frame, json.load(file)


@pytest.mark.parametrize('name', CASES)
def test_frame_written_by_csharp_has_its_values_and_dtypes(csharp_frames, name):
    frame, description = load_case(csharp_frames, name)
    assert isinstance(frame, pd.DataFrame)
    check_frame(frame, description)


def test_every_column_type_is_covered(csharp_frames):
    columns = [column for name in CASES if name != 'rows_100k' for column in load_case(csharp_frames, name)[1]['columns']]
    types = {column['type']['t'].split('[')[0] for column in columns}
    assert types >= {'null', 'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
                     'float16', 'float32', 'float64', 'date', 'timestamp', 'time', 'opaque', 'bytes', 'utf8',
                     'list', 'struct', 'ordered', 'factor'}
    units = {column['type']['t'] for column in columns if column['type']['t'].startswith(('time', 'date'))}
    assert units >= {'date[d]', 'date[ms]', 'timestamp[s]', 'timestamp[ms]', 'timestamp[us]', 'timestamp[ns]',
                     'time[s]', 'time[ms]', 'time[us]', 'time[ns]'}


def test_values_mean_what_csharp_meant(csharp_frames):
    """Spot checks against the values tests/BsdfGen.Tests/DataFrames/SampleFrames.cs builds (not their encoding)."""
    frame, _ = load_case(csharp_frames, 'every_type')
    assert frame['date'][1] == pd.Timestamp('1960-02-07')
    assert frame['date_ms'][0] == pd.Timestamp('2001-02-03 04:05:06.007')
    assert frame['ts_ns'][0] == pd.Timestamp('2023-11-14 22:13:20.123456789', tz='UTC')
    assert str(frame['ts_ns'].dt.tz) == 'Asia/Singapore' and frame['ts_ns'][0].hour == 6
    assert frame['ts_us'][2] == pd.Timestamp(0, tz='UTC') + pd.Timedelta(microseconds=2 * 1234567)
    assert frame['time_ns'][1] == pd.Timedelta(hours=1, minutes=1, seconds=7, nanoseconds=100)
    assert frame['struct'][0]['when'] == pd.Timestamp('2020-09-13 12:26:40', tz='UTC')
    assert str(frame['struct'][0]['when'].tz) == 'Europe/Oslo'
    assert list(frame['ordered'].cat.categories) == ['low', 'high', 'unused'] and frame['ordered'].cat.ordered
    assert (frame['ordered'] < 'high')[0] and not (frame['ordered'] < 'low')[1]  # low < high in category order
    assert list(frame['dict_int8'].cat.categories) == [2.5, -1.0]
    assert frame['null'].isna().all() and frame['bool'].isna()[3] and frame['bool'][0] is np.True_
    assert frame['uint64'][0] == 2 ** 64 - 1 and frame['opaque'][1] == (1).to_bytes(4, 'little')

    edge, _ = load_case(csharp_frames, 'edge_values')
    assert edge['far_dates'].tolist()[:2] == [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)]
    assert edge['far_instants'][1] == datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc)
    assert edge['offset_zone'][0] == pd.Timestamp('1970-01-01 05:30', tz=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
    assert str(edge['specials'].dtype) == 'Float64' and not edge['specials'].isna().any()  # NaN values, not missing
    assert np.isnan(edge['specials'].to_numpy(dtype=float)[0])
    assert edge['floats_missing'].isna().tolist() == [False, True, False, False, True]
    assert edge['list_of_struct'][2] == [{'a': 3, 'b': None}, {'a': 4, 'b': 'ü'}, {'a': 5, 'b': ''}]
    assert edge['nested_struct'][1] == {'inner': {'x': -1.5}, 'tags': None}
    assert edge['all_missing_bool'].dtype == 'boolean' and edge['all_missing_bool'].isna().all()


def test_large_frame_loads_in_reasonable_time(csharp_frames):
    import time
    start = time.perf_counter()
    frame = bsdf.load(str(csharp_frames / 'rows_100k.bsdf'), [DataFrameExtension])['frame']
    elapsed = time.perf_counter() - start
    assert frame.shape == (100000, 7)
    assert elapsed < 10, 'decoding 100k rows took %.1f s' % elapsed
