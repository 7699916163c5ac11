"""Compares pandas columns with JSON column descriptions: those of the shared vectors and of the C# interop tool.

A description is ``{name, type: {t, p?}, valid: [...], values: [...]}``: dates, timestamps and times as their stored
integers, bytes as base64 (or ``{"base64": …}``), non-finite floats and -0 as "NaN"/"Infinity"/"-Infinity"/"-0", lists as
arrays, structs as objects, categories as their values; a missing value is null. The checks here are written
independently of bsdf_dataframe.py: they read pandas values with pandas' own accessors.
"""

import base64
import datetime
import math
import re

import numpy as np
import pandas as pd

NUMPY_NAMES = {'bool': 'bool', 'int8': 'int8', 'int16': 'int16', 'int32': 'int32', 'int64': 'int64',
               'uint8': 'uint8', 'uint16': 'uint16', 'uint32': 'uint32', 'uint64': 'uint64',
               'float16': 'float16', 'float32': 'float32', 'float64': 'float64'}
NULLABLE_NAMES = {'bool': 'boolean', 'int8': 'Int8', 'int16': 'Int16', 'int32': 'Int32', 'int64': 'Int64',
                  'uint8': 'UInt8', 'uint16': 'UInt16', 'uint32': 'UInt32', 'uint64': 'UInt64',
                  'float16': 'Float32', 'float32': 'Float32', 'float64': 'Float64'}
NS_PER = {'s': 10 ** 9, 'ms': 10 ** 6, 'us': 10 ** 3, 'ns': 1, 'd': 86400 * 10 ** 9}
EPOCH = datetime.datetime(1970, 1, 1)
EPOCH_UTC = EPOCH.replace(tzinfo=datetime.timezone.utc)


def unit_of(type_name):
    """The unit of a date/timestamp/time type name, as a key of NS_PER."""
    match = re.search(r'\[(\w+)\]', type_name)
    return match.group(1) if match else None


def is_missing(value):
    if value is None:
        return True
    if isinstance(value, (list, dict, bytes, str, tuple)):
        return False
    return bool(pd.isna(value))


def fits_nanoseconds(type_doc, values, valid):
    """Whether every present value of a date/timestamp column fits pandas' datetime64[ns]."""
    factor = NS_PER[unit_of(type_doc['t'])]
    return all(abs(v * factor) < 2 ** 63 for v, ok in zip(values, valid) if ok and v is not None)


def expected_dtype(type_doc, values, valid):
    """The dtype bsdf_dataframe must give a column of this type (as str), per its documented mapping."""
    t = type_doc['t']
    has_missing = not all(valid)
    if t in NUMPY_NAMES:
        return NULLABLE_NAMES[t] if has_missing or 'NaN' in values else NUMPY_NAMES[t]
    if t.startswith(('date[', 'timestamp[')):
        if not fits_nanoseconds(type_doc, values, valid):
            return 'object'
        return 'datetime64[ns]' if 'p' not in type_doc else 'datetime64[ns, %s]' % zone_label(type_doc['p'])
    if t.startswith('time['):
        return 'timedelta64[ns]'
    if t in ('ordered', 'factor'):
        return 'category'
    return 'object'


def zone_label(name):
    """How pandas prints a zone: IANA names as they are, fixed offsets as UTC+HH:MM."""
    return 'UTC' + name if re.match(r'[+-]\d\d:\d\d\Z', name) else name


def check_column(series, description, check_dtype=True):
    """Asserts that a pandas column holds the description's values (and, when asked, the dtype of the mapping)."""
    label = description['name']
    type_doc = description['type']
    valid = description['valid']
    values = description['values']
    assert len(series) == len(values) == len(valid), '%s: %d rows, expected %d' % (label, len(series), len(values))
    if check_dtype:
        assert str(series.dtype) == expected_dtype(type_doc, values, valid), \
            '%s: dtype %s, expected %s' % (label, series.dtype, expected_dtype(type_doc, values, valid))
    if check_dtype and str(series.dtype) in NULLABLE_NAMES.values():
        # A nullable column's mask is exactly the validity (a NaN value is not missing).
        assert list(series.isna()) == [not ok for ok in valid], '%s: missing rows differ' % label
    if type_doc['t'] in ('ordered', 'factor'):
        check_categories(series, description)
    actual_values = series.tolist()
    for row, (actual, expected, ok) in enumerate(zip(actual_values, values, valid)):
        where = '%s[%d]' % (label, row)
        if not ok or expected is None:
            assert is_missing(actual), '%s: expected a missing value, got %r' % (where, actual)
        else:
            check_value(actual, expected, type_doc, where)


def check_categories(series, description):
    t = description['type']
    assert series.cat.ordered == (t['t'] == 'ordered'), '%s: ordered is %s' % (description['name'], series.cat.ordered)
    if 'categories' in description:
        category_type = t.get('p', {}).get('d', {'t': 'utf8'})
        present = [c for c in description['categories'] if c is not None]
        actual = list(series.cat.categories)
        assert len(actual) == len(present), '%s: categories %r, expected %r' % (description['name'], actual, present)
        for position, (category, expected) in enumerate(zip(actual, present)):
            check_value(category, expected, category_type, '%s.categories[%d]' % (description['name'], position))


def check_value(actual, expected, type_doc, where):
    """Asserts one present value; ``actual`` is what pandas holds, ``expected`` the description's JSON value."""
    t = type_doc['t']
    assert expected == 'NaN' or not is_missing(actual), '%s: missing, expected %r' % (where, expected)
    if t == 'bool':
        assert isinstance(actual, (bool, np.bool_)) and bool(actual) == expected, '%s: %r != %r' % (where, actual, expected)
    elif t.startswith(('int', 'uint')):
        assert isinstance(actual, (int, np.integer)) and int(actual) == expected, '%s: %r != %r' % (where, actual, expected)
    elif t.startswith('float'):
        check_float(actual, expected, t, where)
    elif t in ('utf8',):
        assert actual == expected, '%s: %r != %r' % (where, actual, expected)
    elif t in ('bytes', 'opaque'):
        text = expected['base64'] if isinstance(expected, dict) else expected
        assert bytes(actual) == base64.b64decode(text), '%s: %r != %r' % (where, actual, text)
    elif t.startswith(('date[', 'timestamp[')):
        check_instant(actual, expected, type_doc, where)
    elif t.startswith('time['):
        check_time(actual, expected, t, where)
    elif t == 'list':
        assert isinstance(actual, (list, tuple, np.ndarray)), '%s: %r is not a list' % (where, actual)
        assert len(actual) == len(expected), '%s: %d elements, expected %d' % (where, len(actual), len(expected))
        for i, (item, expected_item) in enumerate(zip(actual, expected)):
            check_item(item, expected_item, type_doc['p'], '%s[%d]' % (where, i))
    elif t == 'struct':
        assert isinstance(actual, dict), '%s: %r is not a dict' % (where, actual)
        names = [field['n'] for field in type_doc['p']]
        assert set(actual) <= set(names), '%s: fields %r, expected %r' % (where, list(actual), names)
        for field in type_doc['p']:
            check_item(actual.get(field['n']), expected[field['n']], field, '%s.%s' % (where, field['n']))
    elif t in ('ordered', 'factor'):
        check_value(actual, expected, type_doc.get('p', {}).get('d', {'t': 'utf8'}), where)
    else:
        raise AssertionError('%s: no check for type %r' % (where, t))


def check_item(actual, expected, type_doc, where):
    """A list element or struct field, which may be missing."""
    if expected is None:
        assert is_missing(actual), '%s: expected a missing value, got %r' % (where, actual)
    else:
        check_value(actual, expected, type_doc, where)


def check_float(actual, expected, t, where):
    width = {'float16': np.float16, 'float32': np.float32, 'float64': np.float64}[t]
    if expected == 'NaN':
        assert math.isnan(actual), '%s: %r is not NaN' % (where, actual)
        return
    target = width(float(expected))  # also the strings 'Infinity', '-Infinity' and '-0'

    value = width(actual)
    assert value == target and math.copysign(1, value) == math.copysign(1, target), '%s: %r != %r' % (where, actual, expected)


def check_instant(actual, expected, type_doc, where):
    """A date/timestamp: pandas Timestamp (ns since the epoch, UTC) or, out of that range, datetime.date/datetime."""
    unit = unit_of(type_doc['t'])
    zone = type_doc.get('p')
    if isinstance(actual, pd.Timestamp):
        assert actual.value == expected * NS_PER[unit], '%s: %r is %d ns, expected %d %s' % (where, actual, actual.value, expected, unit)
        if zone is None:
            assert actual.tzinfo is None, '%s: %r has a time zone' % (where, actual)
        else:
            check_zone(actual, zone, where)
    elif isinstance(actual, datetime.datetime):
        assert unit != 'd', '%s: a date[d] value read as a date-time %r' % (where, actual)
        if zone is None:
            assert actual.tzinfo is None, '%s: %r has a time zone' % (where, actual)
            micros = (actual - EPOCH) // datetime.timedelta(microseconds=1)
        else:
            assert actual.utcoffset() is not None, '%s: %r lacks the time zone %s' % (where, actual, zone)
            micros = (actual - EPOCH_UTC) // datetime.timedelta(microseconds=1)
        assert micros * 1000 == expected * NS_PER[unit], '%s: %r != %d %s' % (where, actual, expected, unit)
    elif isinstance(actual, datetime.date):
        assert (actual - EPOCH.date()).days * NS_PER['d'] == expected * NS_PER[unit], '%s: %r != %d %s' % (where, actual, expected, unit)
    else:
        raise AssertionError('%s: %r is not a date or time stamp' % (where, actual))


def check_zone(actual, zone, where):
    offset = re.match(r'([+-])(\d\d):(\d\d)\Z', zone)
    if offset:
        minutes = (int(offset.group(2)) * 60 + int(offset.group(3))) * (-1 if offset.group(1) == '-' else 1)
        assert actual.utcoffset() == datetime.timedelta(minutes=minutes), '%s: %r is not at %s' % (where, actual, zone)
    else:
        assert str(actual.tzinfo) == zone, '%s: %r is not in %s' % (where, actual, zone)


def check_time(actual, expected, t, where):
    unit = unit_of(t)
    if isinstance(actual, pd.Timedelta):
        nanoseconds = actual.value
    elif isinstance(actual, datetime.timedelta):
        nanoseconds = (actual // datetime.timedelta(microseconds=1)) * 1000
    elif isinstance(actual, datetime.time):
        nanoseconds = (((actual.hour * 60 + actual.minute) * 60 + actual.second) * 10 ** 6 + actual.microsecond) * 1000
    else:
        raise AssertionError('%s: %r is not a time' % (where, actual))
    assert nanoseconds == expected * NS_PER[unit], '%s: %r != %d %s' % (where, actual, expected, unit)


def check_frame(frame, description, check_dtype=True):
    """Every column of a frame against a frame description ``{rows, columns}``, in order."""
    assert len(frame) == description['rows'], '%d rows, expected %d' % (len(frame), description['rows'])
    names = [column['name'] for column in description['columns']]
    assert list(frame.columns) == names, 'columns %r, expected %r' % (list(frame.columns), names)
    for position, column in enumerate(description['columns']):
        check_column(frame.iloc[:, position], column, check_dtype)
