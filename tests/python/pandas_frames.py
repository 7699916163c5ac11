"""pandas frames of every dtype python/bsdf_dataframe.py writes, with the column type each column must get."""

import datetime

import numpy as np
import pandas as pd

OSLO = 'Europe/Oslo'
MINUS_THREE = datetime.timezone(datetime.timedelta(hours=-3))


def numbers():
    return pd.DataFrame({
        'bool': np.array([True, False, True, True]),
        'int8': np.array([-128, 0, 1, 127], dtype=np.int8),
        'int16': np.array([-32768, 0, 1, 32767], dtype=np.int16),
        'int32': np.array([-2 ** 31, 0, 1, 2 ** 31 - 1], dtype=np.int32),
        'int64': np.array([-2 ** 63, 0, 1, 2 ** 63 - 1], dtype=np.int64),
        'uint8': np.array([0, 1, 254, 255], dtype=np.uint8),
        'uint16': np.array([0, 1, 2, 65535], dtype=np.uint16),
        'uint32': np.array([0, 1, 2, 2 ** 32 - 1], dtype=np.uint32),
        'uint64': np.array([0, 1, 2 ** 63, 2 ** 64 - 1], dtype=np.uint64),
        'float16': np.array([0.5, -2.25, 65504, np.nan], dtype=np.float16),
        'float32': np.array([1.5, -0.0, np.inf, 3.4028234663852886e+38], dtype=np.float32),
        'float64': np.array([np.nan, -np.inf, 5e-324, 0.1]),
        'Int8': pd.array([1, None, -128, 127], dtype='Int8'),
        'Int16': pd.array([None, 2, 3, None], dtype='Int16'),
        'Int32': pd.array([1, 2, None, 4], dtype='Int32'),
        'Int64': pd.array([2 ** 63 - 1, None, -2 ** 63, 0], dtype='Int64'),
        'UInt8': pd.array([255, None, 0, 1], dtype='UInt8'),
        'UInt16': pd.array([None, None, None, None], dtype='UInt16'),
        'UInt32': pd.array([2 ** 32 - 1, 0, None, 1], dtype='UInt32'),
        'UInt64': pd.array([2 ** 64 - 1, None, 0, 2 ** 63], dtype='UInt64'),
        'Float32': pd.array([1.25, None, -1.5, 0.0], dtype='Float32'),
        'Float64': pd.array([None, 2.5, -1e300, 1e-300], dtype='Float64'),
        'boolean': pd.array([True, None, False, True], dtype='boolean'),
        'object ints': pd.Series([1, None, -(2 ** 62), 7], dtype=object),
        'object floats': pd.Series([1.5, None, 2, np.nan], dtype=object),
        'object bools': [True, None, False, np.bool_(True)],
    })


NUMBERS_TYPES = {
    'bool': 'bool', 'int8': 'int8', 'int16': 'int16', 'int32': 'int32', 'int64': 'int64', 'uint8': 'uint8',
    'uint16': 'uint16', 'uint32': 'uint32', 'uint64': 'uint64', 'float16': 'float16', 'float32': 'float32',
    'float64': 'float64', 'Int8': 'int8', 'Int16': 'int16', 'Int32': 'int32', 'Int64': 'int64', 'UInt8': 'uint8',
    'UInt16': 'uint16', 'UInt32': 'uint32', 'UInt64': 'uint64', 'Float32': 'float32', 'Float64': 'float64',
    'boolean': 'bool', 'object ints': 'int64', 'object floats': 'float64', 'object bools': 'bool',
}


def text():
    return pd.DataFrame({
        'str': ['abc', None, '', 'Ωåß√ 😀'],
        'string dtype': pd.array(['x', None, 'ÿ', ''], dtype='string'),
        'bytes': [b'\x00\x01', None, b'', bytes(range(256))],
        'nan is missing': ['a', np.nan, 'c', None],
        'ünï cödé ✓': ['1', '2', '3', '4'],
    })


TEXT_TYPES = {'str': 'utf8', 'string dtype': 'utf8', 'bytes': 'bytes', 'nan is missing': 'utf8', 'ünï cödé ✓': 'utf8'}


def temporal():
    return pd.DataFrame({
        'naive ns': pd.to_datetime(['2020-01-01 12:00:00.123456789', None, '1677-09-22', '2262-04-11']),
        'oslo': pd.to_datetime(['2026-01-02 12:00', '2026-07-02 12:00', None, '1970-01-01']).tz_localize(OSLO),
        'utc': pd.to_datetime(['2000-01-01', '1969-12-31 23:59:59.999999999', '2001-09-09 01:46:40', None], utc=True),
        'minus three': pd.to_datetime(['2020-02-29 23:00', None, '1990-01-01', '2030-01-01']).tz_localize(MINUS_THREE),
        'timedelta': pd.to_timedelta(['00:00:00', '23:59:59.999999999', None, '12:34:56.000001']),
        'dates': [datetime.date(2024, 2, 29), None, datetime.date(1, 1, 1), datetime.date(9999, 12, 31)],
        'times': [datetime.time(0, 0), datetime.time(23, 59, 59, 999999), None, datetime.time(12, 30)],
        'py datetimes': [datetime.datetime(2020, 1, 1, 1, 2, 3, 4), None, datetime.datetime(1, 1, 1), datetime.datetime(9999, 12, 31, 23, 59, 59)],
        'py aware': pd.Series([datetime.datetime(2020, 6, 1, 12, tzinfo=MINUS_THREE), None, datetime.datetime(1970, 1, 1, tzinfo=MINUS_THREE),
                               datetime.datetime(2038, 1, 19, 3, 14, 8, tzinfo=MINUS_THREE)], dtype=object),
    })


TEMPORAL_TYPES = {
    'naive ns': 'timestamp[ns]', 'oslo': 'timestamp[ns]', 'utc': 'timestamp[ns]', 'minus three': 'timestamp[ns]',
    'timedelta': 'time[ns]', 'dates': 'date[d]', 'times': 'time[us]', 'py datetimes': 'timestamp[us]', 'py aware': 'timestamp[us]',
}
TEMPORAL_ZONES = {'oslo': OSLO, 'utc': 'UTC', 'minus three': '-03:00', 'py aware': '-03:00'}


def nested():
    return pd.DataFrame({
        'int lists': [[1, 2, 3], [], None, [-4]],
        'text lists': [['a', None], ['b'], [], None],
        'tuples and arrays': [(1.5, 2.5), np.array([3.0]), None, []],
        'lists of lists': [[[1], [2, 3]], [], [[]], None],
        'records': [{'x': 1, 'y': 'a'}, None, {'x': 2}, {'y': 'b', 'x': 3}],
        'nested records': [{'p': {'q': 1.5}, 'tags': ['t']}, {'p': None, 'tags': []}, None, {'p': {'q': -1.0}, 'tags': None}],
        'factor': pd.Categorical(['oslo', 'rome', None, 'oslo']),
        'ordered': pd.Categorical(['low', 'high', 'mid', None], categories=['low', 'mid', 'high'], ordered=True),
        'int categories': pd.Categorical([30, 10, 20, 10], categories=[10, 20, 30, 40]),
        'empty categories': pd.Categorical([None, None, None, None], categories=[]),
        'nothing': [None, None, np.nan, pd.NA],
    })


NESTED_TYPES = {
    'int lists': 'list', 'text lists': 'list', 'tuples and arrays': 'list', 'lists of lists': 'list', 'records': 'struct',
    'nested records': 'struct', 'factor': 'factor', 'ordered': 'ordered', 'int categories': 'factor',
    'empty categories': 'factor', 'nothing': 'null',
}


def empty():
    return pd.DataFrame({
        'int': np.array([], dtype=np.int64),
        'nullable': pd.array([], dtype='Float64'),
        'when': pd.to_datetime([]).tz_localize(OSLO),
        'text': pd.Series([], dtype=object),
        'category': pd.Categorical([], categories=['a', 'b']),
    })


EMPTY_TYPES = {'int': 'int64', 'nullable': 'float64', 'when': 'timestamp[ns]', 'text': 'null', 'category': 'factor'}


def no_columns():
    return pd.DataFrame(index=pd.RangeIndex(3))


def large(rows=100000):
    random = np.random.default_rng(20261128)
    ids = np.arange(rows, dtype=np.int64) * 7 - 3
    values = pd.array(random.normal(size=rows), dtype='Float64')
    values[::9] = None
    when = pd.Series(pd.to_datetime(1_700_000_000_000_000_000 + ids * 1_000_003, unit='ns', utc=True)).dt.tz_convert(OSLO)
    symbols = np.array(['AAPL', 'MSFT', 'GOOG', 'Øre'], dtype=object)[random.integers(0, 4, rows)]
    symbols[::13] = None
    return pd.DataFrame({
        'id': ids,
        'value': values,
        'when': when,
        'symbol': symbols,
        'sector': pd.Categorical(np.where(ids % 5 == 0, None, ['s%d' % (i % 7) for i in range(rows)])),
        'samples': [None if i % 17 == 0 else list(range(i % 4)) for i in range(rows)],
    })


LARGE_TYPES = {'id': 'int64', 'value': 'float64', 'when': 'timestamp[ns]', 'symbol': 'utf8', 'sector': 'factor', 'samples': 'list'}

#: name -> (frame builder, expected column type names)
CASES = {
    'numbers': (numbers, NUMBERS_TYPES),
    'text': (text, TEXT_TYPES),
    'temporal': (temporal, TEMPORAL_TYPES),
    'nested': (nested, NESTED_TYPES),
    'empty': (empty, EMPTY_TYPES),
    'no_columns': (no_columns, {}),
    'large': (large, LARGE_TYPES),
}
