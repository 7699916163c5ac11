"""Read and write BsdfGen data frames from Python: the ``dataframe`` BSDF extension for pandas.

A BSDF data frame is a table of typed columns with validity masks, its buffers compressed as LZ4
blocks (the bson_dataframe column encoding carried in BSDF; see ``spec/DATAFRAME.md``). This module
adds it to the reference Python implementation of BSDF, ``bsdf.py``. It needs numpy, pandas and the
``lz4`` package (Debian: ``python3-numpy python3-pandas python3-lz4``); it is one file with no build
step::

    import sys
    sys.path.insert(0, "path/to/bsdf/python")      # the folder holding the reference bsdf.py
    import bsdf, pandas as pd
    from bsdf_dataframe import DataFrameExtension

    bsdf.save("table.bsdf", {"frame": df}, [DataFrameExtension])
    frame = bsdf.load("table.bsdf", [DataFrameExtension])["frame"]     # a pandas.DataFrame

Reading gives each column type its natural pandas dtype:

============================================  ================================================
column type                                   pandas dtype
============================================  ================================================
``bool``, ``int8`` … ``uint64``,              the numpy dtype (``bool``, ``int8`` … ``float64``);
``float16`` … ``float64``                     with missing values (or NaN values) the nullable
                                              ``boolean``, ``Int8`` … ``UInt64``, ``Float32``,
                                              ``Float64``, which keep NaN apart from missing
                                              (``float16`` then becomes ``Float32``: pandas has
                                              no nullable float16)
``utf8``, ``bytes``, ``opaque``               ``object``: ``str`` / ``bytes``, missing = None
``date[d]``, ``date[ms]``, ``timestamp[*]``   ``datetime64[ns]``; with a time zone
                                              ``datetime64[ns, zone]`` (the stored values are
                                              UTC instants, shown in that zone). Values outside
                                              the years 1677-2262 (pandas' nanosecond range)
                                              give an ``object`` column of ``datetime.date`` /
                                              ``datetime.datetime`` instead
``time[*]``                                   ``timedelta64[ns]`` (time since midnight)
``ordered``, ``factor``                       ``category`` (ordered or not)
``list``, ``struct``                          ``object``: lists / dicts of plain values
``null``                                      ``object``, every value None
============================================  ================================================

Writing maps dtypes back the same way: numpy numbers and booleans to their column type (NaN in a
plain float column is a missing value, as for ``isna()`` and pyarrow; a NaN in a nullable ``Float``
column that is not masked is a NaN value), the nullable dtypes to the same type with a mask,
``datetime64`` to ``timestamp`` of the same unit (with its time zone when tz-aware), ``timedelta64``
to ``time[ns]`` (values must lie within one day), ``category`` to ``ordered``/``factor`` with int32
indices, ``string`` to ``utf8``. An ``object`` column is typed by its values: ``str``, ``bytes``,
``bool``, ``int``, ``float``, ``datetime.datetime``/``pandas.Timestamp``, ``datetime.date``,
``datetime.time``, ``timedelta``, lists (``list<element type>``) and dicts (``struct``, fields in the
order they first appear); None, NaN, NaT and pd.NA are missing values and a column of only missing
values is ``null``. Column names must be unique non-empty strings. The row index is not written
(as ``to_parquet(index=False)``); call ``reset_index()`` first to keep it.

A round trip keeps values and missing values (a plain float column with NaN comes back nullable, its
NaN missing); types without their own pandas dtype come back as the type written for that dtype (``date``/``date[ms]`` as ``timestamp[ns]``, ``opaque`` as ``bytes``,
``time[s|ms|us]`` as ``time[ns]``, list elements as ``int64``/``float64``/…).

Decoding trusts nothing: a malformed frame (bad LZ4 block, wrong buffer size, offsets or mask,
unknown type, index out of range, invalid UTF-8, nesting deeper than ``MAX_DEPTH``) raises
``ValueError`` naming the column, and every declared size is checked before anything is allocated.
"""

import datetime
import math
import numbers
import re

import lz4.block
import numpy as np
import pandas as pd

import bsdf

__all__ = ['DataFrameExtension', 'frame_to_document', 'document_to_frame', 'MAX_DEPTH']

#: The deepest nesting of columns (lists, structs, categories) that is written or read.
MAX_DEPTH = 64

_MAX_ROWS = 2 ** 31 - 1  # counts and offsets are int32
_LZ4_MAX_INPUT = 0x7E000000  # LZ4_MAX_INPUT_SIZE
_NAT = np.iinfo(np.int64).min
_NS_PER_DAY = 86400 * 10 ** 9
_UNIT_NS = {'s': 10 ** 9, 'ms': 10 ** 6, 'us': 10 ** 3, 'ns': 1}
_EPOCH = datetime.datetime(1970, 1, 1)
_EPOCH_DATE = datetime.date(1970, 1, 1)

# type name -> (little-endian numpy dtype, pandas nullable dtype used when values are missing)
_NUMBERS = {
    'bool': ('u1', 'boolean'),
    'int8': ('<i1', 'Int8'), 'int16': ('<i2', 'Int16'), 'int32': ('<i4', 'Int32'), 'int64': ('<i8', 'Int64'),
    'uint8': ('<u1', 'UInt8'), 'uint16': ('<u2', 'UInt16'), 'uint32': ('<u4', 'UInt32'), 'uint64': ('<u8', 'UInt64'),
    'float16': ('<f2', 'Float32'), 'float32': ('<f4', 'Float32'), 'float64': ('<f8', 'Float64'),
}
_NUMBER_NAMES = {np.dtype(code).newbyteorder('='): name for name, (code, _) in _NUMBERS.items() if name != 'bool'}
_TIMESTAMP = re.compile(r'timestamp\[(s|ms|us|ns)\]\Z')
_TIME = re.compile(r'time\[(s|ms|us|ns)\]\Z')
_OFFSET_ZONE = re.compile(r'([+-])(\d\d):(\d\d)\Z')


class DataFrameExtension(bsdf.Extension):
    """The ``dataframe`` extension: writes a ``pandas.DataFrame`` as a BsdfGen data frame and reads one back.

    Pass the class in the extensions list of ``bsdf.save``/``bsdf.load``/``bsdf.encode``/``bsdf.decode``
    (or ``bsdf.BsdfSerializer``); add ``bsdf.standard_extensions`` to it to keep those.
    """

    name = 'dataframe'
    cls = pd.DataFrame

    def encode(self, s, v):
        return frame_to_document(v)

    def decode(self, s, v):
        return document_to_frame(v)


# %% Writing

def frame_to_document(frame):
    """The ``dataframe`` document of a pandas frame: a struct array document whose fields are the columns."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError('expected a pandas.DataFrame, not %s' % type(frame).__name__)
    names = list(frame.columns)
    for name in names:
        if not isinstance(name, str) or not name:
            raise ValueError('data frame column names must be non-empty strings, not %r' % (name,))
    if len(set(names)) != len(names):
        raise ValueError('data frame column names must be unique: %r' % (names,))
    rows = len(frame)
    _check_rows(rows, 'the frame')
    fields, declarations = {}, []
    for position, name in enumerate(names):
        document = _encode_series(frame.iloc[:, position], name, 1)
        fields[name] = document
        declarations.append(_field_type(name, document))
    return _array_document({'l': rows, 'f': fields}, np.ones(rows, dtype=bool), 'struct', declarations)


def _check_rows(rows, what):
    if rows > _MAX_ROWS:
        raise ValueError('%s has %d rows; a column holds at most %d' % (what, rows, _MAX_ROWS))


def _array_document(data, valid, type_name, parameter=None, counts=None):
    """An array document with the keys in the order the specification asks writers for: d, m, t, p, o."""
    document = {'d': data, 'm': _lz4(np.packbits(valid, bitorder='big').tobytes()), 't': type_name}
    if parameter is not None:
        document['p'] = parameter
    if counts is not None:
        document['o'] = _lz4(counts.astype('<i4').tobytes())
    return document


def _type_document(document):
    """The ``{t, p?}`` type document of an array document."""
    return {k: document[k] for k in ('t', 'p') if k in document}


def _field_type(name, document):
    declaration = {'n': name}
    declaration.update(_type_document(document))
    return declaration


def _lz4(buffer):
    """A buffer as a size-prefixed LZ4 block in an uncompressed BSDF blob (whatever compression the file uses)."""
    if len(buffer) > _LZ4_MAX_INPUT:
        raise ValueError('a column buffer of %d bytes is over the LZ4 block limit of %d' % (len(buffer), _LZ4_MAX_INPUT))
    return bsdf.Blob(lz4.block.compress(buffer, store_size=True), compression=0)


def _differences(values):
    """``x[0], x[1]-x[0], …`` in the values' own integer type, wrapping as the decoder's running sum does."""
    stored = values.copy()
    stored[1:] = values[1:] - values[:-1]
    return stored


def _encode_series(series, path, depth):
    if depth > MAX_DEPTH:
        raise ValueError('column %r: nested deeper than %d levels' % (path, MAX_DEPTH))
    dtype = series.dtype
    missing = np.asarray(series.isna(), dtype=bool)
    if isinstance(dtype, pd.CategoricalDtype):
        return _encode_categorical(series, path, depth)
    if isinstance(dtype, pd.DatetimeTZDtype):
        naive_utc = series.dt.tz_convert('UTC').dt.tz_localize(None)
        return _encode_datetimes(naive_utc, ~missing, _zone_name(dtype.tz, path))
    if dtype.kind == 'M':
        return _encode_datetimes(series, ~missing, None)
    if dtype.kind == 'm':
        return _encode_times(series.to_numpy(dtype='timedelta64[ns]').view('i8'), ~missing, path)
    if isinstance(dtype, pd.BooleanDtype):
        return _fixed_document(series.to_numpy(dtype=bool, na_value=False).astype('u1'), ~missing, 'bool')
    if dtype == np.dtype(bool):
        return _fixed_document(series.to_numpy().astype('u1'), np.ones(len(series), dtype=bool), 'bool')
    if isinstance(series.array, (pd.arrays.IntegerArray, pd.arrays.FloatingArray)):
        numpy_dtype = np.dtype(dtype.numpy_dtype)
        values = series.to_numpy(dtype=numpy_dtype, na_value=0)
        return _fixed_document(values, ~missing, _number_name(numpy_dtype, path))
    if isinstance(dtype, np.dtype) and dtype.kind in 'iuf':
        # As pandas (isna) and pyarrow (from_pandas) have it, NaN in a plain float column is a missing value.
        values = series.to_numpy()
        return _fixed_document(np.where(missing, 0, values), ~missing, _number_name(dtype, path))
    if isinstance(dtype, pd.StringDtype) or dtype == np.dtype(object):
        return _encode_objects(list(series.to_numpy(dtype=object)), path, depth)
    raise TypeError('column %r: the %s dtype has no data frame column type' % (path, dtype))


def _number_name(dtype, path):
    name = _NUMBER_NAMES.get(dtype.newbyteorder('='))
    if name is None:
        raise TypeError('column %r: the %s dtype has no data frame column type' % (path, dtype))
    return name


def _fixed_document(values, valid, type_name):
    values = np.ascontiguousarray(values, dtype=_NUMBERS[type_name][0])
    return _array_document(_lz4(values.tobytes()), valid, type_name)


def _encode_datetimes(naive, valid, zone):
    values = naive.to_numpy()
    unit = np.datetime_data(values.dtype)[0]
    if unit not in _UNIT_NS:
        values, unit = values.astype('datetime64[ns]'), 'ns'
    stored = np.where(valid, values.view('i8'), 0)
    document = _array_document(_lz4(_differences(stored).astype('<i8').tobytes()), valid, 'timestamp[%s]' % unit)
    if zone is not None:
        document['p'] = zone
    return document


def _encode_times(nanoseconds, valid, path):
    stored = np.where(valid, nanoseconds, 0)
    if ((stored < 0) | (stored >= _NS_PER_DAY)).any():
        raise ValueError('column %r: a time of day must be from 0 to 24 hours (a timedelta within one day)' % path)
    return _array_document(_lz4(stored.astype('<i8').tobytes()), valid, 'time[ns]')


def _zone_name(tz, path):
    """The name written for a time zone: its IANA key, 'UTC', or a fixed offset as '+HH:MM'."""
    name = getattr(tz, 'zone', None) or getattr(tz, 'key', None)
    if isinstance(name, str) and name:
        return name
    if tz is datetime.timezone.utc:
        return 'UTC'
    offset = tz.utcoffset(None) if isinstance(tz, datetime.tzinfo) else None
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        return '%s%02d:%02d' % ('-' if minutes < 0 else '+', abs(minutes) // 60, abs(minutes) % 60)
    raise TypeError('column %r: the time zone %r has no name to store (use a zoneinfo/pytz zone or a fixed offset)' % (path, tz))


def _encode_categorical(series, path, depth):
    codes = series.cat.codes.to_numpy().astype('<i4')
    valid = codes >= 0
    indices = _array_document(_lz4(np.where(valid, codes, 0).astype('<i4').tobytes()), valid, 'int32')
    categories = series.cat.categories
    if len(categories) == 0 and categories.dtype == np.dtype(object):
        dictionary = _encode_strings([], np.zeros(0, dtype=bool), 'utf8')  # the default category type
    else:
        dictionary = _encode_series(pd.Series(categories), path + '.categories', depth + 1)
    parameter = {'i': _type_document(indices), 'd': _type_document(dictionary)}
    type_name = 'ordered' if series.cat.ordered else 'factor'
    return _array_document({'i': indices, 'd': dictionary}, valid, type_name, parameter)


def _is_missing(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return math.isnan(value)
    return isinstance(value, (np.datetime64, np.timedelta64)) and np.isnat(value)


def _all(values, types, excluded=()):
    return all(isinstance(v, types) and not isinstance(v, excluded) for v in values)


def _encode_objects(values, path, depth):
    """An object column, typed by its values (see the module documentation)."""
    if depth > MAX_DEPTH:
        raise ValueError('column %r: nested deeper than %d levels' % (path, MAX_DEPTH))
    valid = np.fromiter((not _is_missing(v) for v in values), dtype=bool, count=len(values))
    present = [v for v, ok in zip(values, valid) if ok]
    if not present:
        return _array_document(len(values), valid, 'null')
    if _all(present, str):
        return _encode_strings(values, valid, 'utf8', path)
    if _all(present, (bytes, bytearray, memoryview)):
        return _encode_strings(values, valid, 'bytes', path)
    if _all(present, (bool, np.bool_)):
        return _fixed_document(np.array([bool(v) if ok else False for v, ok in zip(values, valid)], dtype='u1'), valid, 'bool')
    if _all(present, (numbers.Integral,), (bool, np.bool_)):
        return _encode_integers(values, valid, path)
    if _all(present, (numbers.Real,), (bool, np.bool_)):
        floats = np.array([float(v) if ok else 0.0 for v, ok in zip(values, valid)], dtype='<f8')
        return _fixed_document(floats, valid, 'float64')
    if _all(present, datetime.datetime):
        return _encode_datetime_objects(values, valid, present, path)
    if _all(present, datetime.date):
        days = np.array([(v - _EPOCH_DATE).days if ok else 0 for v, ok in zip(values, valid)], dtype='<i4')
        return _array_document(_lz4(_differences(days).tobytes()), valid, 'date[d]')
    if _all(present, datetime.time):
        if any(v.tzinfo is not None for v in present):
            raise ValueError('column %r: a time of day with a time zone has no column type' % path)
        micros = np.array([((v.hour * 60 + v.minute) * 60 + v.second) * 10 ** 6 + v.microsecond if ok else 0
                           for v, ok in zip(values, valid)], dtype='<i8')
        return _array_document(_lz4(micros.tobytes()), valid, 'time[us]')
    if _all(present, (datetime.timedelta, np.timedelta64)):
        nanoseconds = np.array([pd.Timedelta(v).value if ok else 0 for v, ok in zip(values, valid)], dtype=np.int64)
        return _encode_times(nanoseconds, valid, path)
    if _all(present, (list, tuple, np.ndarray)):
        return _encode_lists(values, valid, path, depth)
    if _all(present, dict):
        return _encode_structs(values, valid, path, depth)
    kinds = sorted({type(v).__name__ for v in present})
    raise TypeError('column %r: values of type %s have no common data frame column type' % (path, ', '.join(kinds)))


def _encode_integers(values, valid, path):
    integers = [int(v) if ok else 0 for v, ok in zip(values, valid)]
    low, high = min(integers), max(integers)
    if low >= -2 ** 63 and high < 2 ** 63:
        return _fixed_document(np.array(integers, dtype='<i8'), valid, 'int64')
    if low >= 0 and high < 2 ** 64:
        return _fixed_document(np.array(integers, dtype='<u8'), valid, 'uint64')
    raise ValueError('column %r: the integers do not fit int64 or uint64' % path)


def _encode_strings(values, valid, type_name, path=''):
    try:
        items = [(v.encode('utf-8') if type_name == 'utf8' else bytes(v)) if ok else b'' for v, ok in zip(values, valid)]
    except UnicodeEncodeError as error:
        raise ValueError('column %r: a string cannot be written as UTF-8: %s' % (path, error))
    counts = np.zeros(len(items) + 1, dtype=np.int64)
    counts[1:] = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
    if counts.sum() > _MAX_ROWS:
        raise ValueError('column %r: its values add up to more than %d bytes' % (path, _MAX_ROWS))
    return _array_document(_lz4(b''.join(items)), valid, type_name, None, counts)


def _encode_datetime_objects(values, valid, present, path):
    aware = [v.tzinfo is not None and v.utcoffset() is not None for v in present]
    if any(aware) and not all(aware):
        raise ValueError('column %r: mixes date-times with and without a time zone' % path)
    zone = None
    if all(aware):
        zones = {_zone_name(v.tzinfo, path) for v in present}
        zone = zones.pop() if len(zones) == 1 else 'UTC'
    if _all(present, pd.Timestamp):
        unit = 'ns'
        stored = [v.value if ok else 0 for v, ok in zip(values, valid)]
    else:
        unit = 'us'
        epoch = _EPOCH.replace(tzinfo=datetime.timezone.utc) if zone else _EPOCH
        stored = [(v - epoch) // datetime.timedelta(microseconds=1) if ok else 0 for v, ok in zip(values, valid)]
    document = _array_document(_lz4(_differences(np.array(stored, dtype='<i8')).tobytes()), valid, 'timestamp[%s]' % unit)
    if zone is not None:
        document['p'] = zone
    return document


def _encode_lists(values, valid, path, depth):
    elements = []
    counts = np.zeros(len(values) + 1, dtype=np.int64)
    for row, (value, ok) in enumerate(zip(values, valid)):
        if ok:
            items = list(value)
            counts[row + 1] = len(items)
            elements.extend(items)
    _check_rows(len(elements), 'column %r (list elements)' % path)
    element_document = _encode_objects(elements, path + '[]', depth + 1)
    return _array_document(element_document, valid, 'list', _type_document(element_document), counts)


def _encode_structs(values, valid, path, depth):
    names = []
    for value, ok in zip(values, valid):
        if ok:
            for name in value:
                if not isinstance(name, str) or not name:
                    raise ValueError('column %r: struct field names must be non-empty strings, not %r' % (path, name))
                if name not in names:
                    names.append(name)
    fields, declarations = {}, []
    for name in names:
        column = [value.get(name) if ok else None for value, ok in zip(values, valid)]
        fields[name] = _encode_objects(column, '%s.%s' % (path, name), depth + 1)
        declarations.append(_field_type(name, fields[name]))
    return _array_document({'l': len(values), 'f': fields}, valid, 'struct', declarations)


# %% Reading

class _Column(object):
    """A decoded column: a pandas Series of its natural dtype plus which rows hold a value."""

    def __init__(self, series, valid, raw=None):
        self.series = series
        self.valid = valid
        self.raw = raw  # the stored numbers of a number column

    def objects(self):
        """The values as plain Python objects, None where missing (for list elements and struct fields)."""
        values = self.series.tolist()
        return [value if ok else None for value, ok in zip(values, self.valid.tolist())]


def document_to_frame(document):
    """A pandas frame from a ``dataframe`` document (a struct array document with every row present)."""
    try:
        return _decode_frame(document)
    except ValueError:
        raise
    except (TypeError, KeyError, IndexError, AttributeError, OverflowError, MemoryError, lz4.block.LZ4BlockError) as error:
        raise ValueError('invalid data frame: %s: %s' % (type(error).__name__, error))


def _decode_frame(document):
    path = '<frame>'
    document = _mapping(document, path, 'a data frame document')
    if _text(document, 't', path) != 'struct':
        raise ValueError('invalid data frame: the document has type %r, not a struct' % document['t'])
    rows, order, fields = _struct_parts(document, None, path)
    if not _mask(document, rows, path).all():
        raise ValueError('invalid data frame: some rows are marked missing, but every row of a data frame is present')
    columns = {}
    for name, declaration in order:
        column = _decode(fields[name], rows, name, 1)
        _check_declared(declaration, fields[name], 'column', name)
        columns[name] = column.series
    return pd.DataFrame(columns, index=pd.RangeIndex(rows))


def _fail(path, message):
    return ValueError('invalid data frame column %r: %s' % (path, message))


def _mapping(value, path, what):
    if not isinstance(value, dict):
        raise _fail(path, 'expected %s (a mapping), not %s' % (what, type(value).__name__))
    return value


def _required(document, key, path):
    if key not in document:
        raise _fail(path, 'the document has no %r key' % key)
    return document[key]


def _text(document, key, path):
    value = _required(document, key, path)
    if not isinstance(value, str):
        raise _fail(path, '%r must be a string, not %s' % (key, type(value).__name__))
    return value


def _count(value, key, path, minimum=0):
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= _MAX_ROWS:
        raise _fail(path, '%r must be an integer from %d to %d, not %r' % (key, minimum, _MAX_ROWS, value))
    return value


def _buffer(document, key, path, item_size=1, count=None):
    """Decompresses a size-prefixed LZ4 block after checking its declared size against what it must hold."""
    blob = _required(document, key, path)
    if isinstance(blob, bsdf.Blob):
        blob = blob.get_bytes()
    if not isinstance(blob, bytes):
        raise _fail(path, '%r must be a blob, not %s' % (key, type(blob).__name__))
    if len(blob) < 4:
        raise _fail(path, 'the %r buffer is shorter than its 4-byte size prefix' % key)
    size = int.from_bytes(blob[:4], 'little', signed=True)
    if size < 0 or size % item_size:
        raise _fail(path, 'the %r buffer declares %d bytes, not a whole number of %d-byte values' % (key, size, item_size))
    if count is not None and size != count * item_size:
        raise _fail(path, 'the %r buffer holds %d values, but %d are expected' % (key, size // item_size, count))
    payload = blob[4:]
    if size > 256 * (len(payload) + 1):
        raise _fail(path, 'the %r buffer declares %d bytes, more than %d LZ4 bytes can hold' % (key, size, len(payload)))
    if size == 0:
        return b''
    try:
        data = lz4.block.decompress(payload, uncompressed_size=size)
    except lz4.block.LZ4BlockError as error:
        raise _fail(path, 'the %r buffer is not a valid LZ4 block: %s' % (key, error))
    if len(data) != size:
        raise _fail(path, 'the %r buffer decompresses to %d bytes, not the %d declared' % (key, len(data), size))
    return data


def _mask(document, rows, path):
    bits = np.frombuffer(_buffer(document, 'm', path, 1, (rows + 7) // 8), dtype=np.uint8)
    return np.unpackbits(bits, count=rows, bitorder='big').astype(bool)


def _numbers(document, key, path, dtype, count):
    dtype = np.dtype(dtype)
    return np.frombuffer(_buffer(document, key, path, dtype.itemsize, count), dtype=dtype).astype(dtype.newbyteorder('='))


def _ends(document, rows, path):
    """The ``o`` counts as row end offsets (int64, n of them): the first count 0, none negative."""
    counts = _numbers(document, 'o', path, '<i4', None if rows is None else rows + 1)
    if len(counts) == 0 or counts[0] != 0:
        raise _fail(path, 'the offset counts must start with 0')
    if (counts < 0).any():
        raise _fail(path, 'an offset count is negative')
    ends = np.cumsum(counts[1:], dtype=np.int64)
    if len(ends) and ends[-1] > _MAX_ROWS:
        raise _fail(path, 'the offset counts add up to more than %d' % _MAX_ROWS)
    return ends


def _check_declared(declaration, document, what, path):
    if declaration is None:
        return
    declared = _text(_mapping(declaration, path, 'the %s type document' % what), 't', path)
    if declared != document.get('t'):
        raise _fail(path, 'the %s type is declared %r but the data holds %r' % (what, declared, document.get('t')))


def _decode(document, rows, path, depth):
    """One array document as a _Column; ``rows`` is the length the parent requires (None: the document's own)."""
    if depth > MAX_DEPTH:
        raise _fail(path, 'columns are nested deeper than %d levels' % MAX_DEPTH)
    document = _mapping(document, path, 'an array document')
    type_name = _text(document, 't', path)
    if type_name in _NUMBERS:
        return _decode_number(document, type_name, rows, path)
    if type_name == 'null':
        count = _count(_required(document, 'd', path), 'd', path)
        if rows is not None and count != rows:
            raise _fail(path, 'the column has %d rows, but %d are expected' % (count, rows))
        _mask(document, count, path)
        return _Column(pd.Series([None] * count, dtype=object), np.zeros(count, dtype=bool))
    if type_name in ('date[d]', 'date[ms]') or _TIMESTAMP.match(type_name):
        return _decode_datetimes(document, type_name, rows, path)
    if _TIME.match(type_name):
        return _decode_times(document, _TIME.match(type_name).group(1), rows, path)
    if type_name in ('utf8', 'bytes'):
        return _decode_strings(document, type_name, rows, path)
    if type_name == 'opaque':
        return _decode_opaque(document, rows, path)
    if type_name == 'list':
        return _decode_list(document, rows, path, depth)
    if type_name == 'struct':
        return _decode_struct(document, rows, path, depth)
    if type_name in ('ordered', 'factor'):
        return _decode_categorical(document, type_name == 'ordered', rows, path, depth)
    raise _fail(path, 'unknown column type %r' % type_name)


def _decode_number(document, type_name, rows, path):
    code, nullable = _NUMBERS[type_name]
    values = _numbers(document, 'd', path, code, rows)
    valid = _mask(document, len(values), path)
    if type_name == 'bool':
        values = values != 0
    if valid.all() and not (values.dtype.kind == 'f' and np.isnan(values).any()):
        return _Column(pd.Series(values), valid, values)
    if type_name == 'bool':
        array = pd.arrays.BooleanArray(values, ~valid)
    elif nullable.startswith('Float'):
        array = pd.arrays.FloatingArray(values.astype(nullable.lower()), ~valid)
    else:
        array = pd.arrays.IntegerArray(values, ~valid)
    return _Column(pd.Series(array), valid, values)


def _zone(name, path):
    match = _OFFSET_ZONE.match(name)
    if match:
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        return datetime.timezone(datetime.timedelta(minutes=-minutes if match.group(1) == '-' else minutes))
    try:
        return pd.DatetimeTZDtype(tz=name).tz
    except Exception:
        raise _fail(path, 'unknown time zone %r' % name)


def _decode_datetimes(document, type_name, rows, path):
    zone = None
    if type_name == 'date[d]':
        unit, stored = 'D', _numbers(document, 'd', path, '<i4', rows)
    elif type_name == 'date[ms]':
        unit, stored = 'ms', _numbers(document, 'd', path, '<i8', rows)
    else:
        unit, stored = _TIMESTAMP.match(type_name).group(1), _numbers(document, 'd', path, '<i8', rows)
        if 'p' in document:
            zone = _zone(_text(document, 'p', path), path)
    values = np.cumsum(stored, dtype=stored.dtype).astype(np.int64)
    valid = _mask(document, len(values), path)
    factor = _NS_PER_DAY if unit == 'D' else _UNIT_NS[unit]
    if (valid & ~_fits(values, factor)).any():
        return _Column(_datetime_objects(values, valid, unit, zone, path), valid)
    nanoseconds = np.where(valid, values * factor, _NAT)
    series = pd.Series(nanoseconds.view('datetime64[ns]'))
    if zone is not None:
        series = series.dt.tz_localize('UTC').dt.tz_convert(zone)
    return _Column(series, valid)


def _fits(values, factor):
    """Which values times ``factor`` are int64 nanoseconds other than NaT (the smallest int64)."""
    limit = np.iinfo(np.int64).max // factor
    return (values <= limit) & (values >= -limit) & (values != _NAT)


def _datetime_objects(values, valid, unit, zone, path):
    """Values outside pandas' nanosecond range, as datetime.date / datetime.datetime objects."""
    objects = np.empty(len(values), dtype=object)
    try:
        for row in np.flatnonzero(valid):
            value = int(values[row])
            if unit == 'D':
                objects[row] = _EPOCH_DATE + datetime.timedelta(days=value)
            elif unit == 'ns':
                raise OverflowError('%d ns is NaT in pandas' % value)
            else:
                instant = _EPOCH + datetime.timedelta(microseconds=value * _UNIT_NS[unit] // 1000)
                objects[row] = _in_zone(instant, zone) if zone else instant
    except OverflowError as error:
        raise _fail(path, 'a value is outside the range of Python dates (%s)' % error)
    return pd.Series(objects)


def _in_zone(instant, zone):
    """A naive UTC datetime shown in ``zone``, or in UTC where the zone's wall time is outside Python's years 1-9999."""
    instant = instant.replace(tzinfo=datetime.timezone.utc)
    try:
        return instant.astimezone(zone)
    except OverflowError:
        return instant


def _decode_times(document, unit, rows, path):
    values = _numbers(document, 'd', path, '<i4' if unit in ('s', 'ms') else '<i8', rows).astype(np.int64)
    valid = _mask(document, len(values), path)
    factor = _UNIT_NS[unit]
    if (valid & ~_fits(values, factor)).any():
        raise _fail(path, 'a time is outside the range of timedelta64[ns]')
    nanoseconds = np.where(valid, values * factor, _NAT)
    return _Column(pd.Series(nanoseconds.view('timedelta64[ns]')), valid)


def _decode_strings(document, type_name, rows, path):
    ends = _ends(document, rows, path)
    data = _buffer(document, 'd', path, 1, int(ends[-1]) if len(ends) else 0)
    valid = _mask(document, len(ends), path)
    starts = np.concatenate(([0], ends[:-1])).tolist()
    values = np.empty(len(ends), dtype=object)
    try:
        for row, (start, end, ok) in enumerate(zip(starts, ends.tolist(), valid.tolist())):
            if ok:
                values[row] = data[start:end].decode('utf-8') if type_name == 'utf8' else data[start:end]
    except UnicodeDecodeError as error:
        raise _fail(path, 'a utf8 value is not valid UTF-8: %s' % error)
    return _Column(pd.Series(values, dtype=object), valid)


def _decode_opaque(document, rows, path):
    width = _count(_required(document, 'p', path), 'p', path, 1)
    data = _buffer(document, 'd', path, width, rows)
    count = len(data) // width
    valid = _mask(document, count, path)
    values = np.empty(count, dtype=object)
    for row in np.flatnonzero(valid):
        values[row] = data[row * width:(row + 1) * width]
    return _Column(pd.Series(values, dtype=object), valid)


def _decode_list(document, rows, path, depth):
    ends = _ends(document, rows, path)
    elements_document = _required(document, 'd', path)
    elements = _decode(elements_document, int(ends[-1]) if len(ends) else 0, path + '[]', depth + 1)
    _check_declared(document.get('p'), elements_document, 'element', path)
    valid = _mask(document, len(ends), path)
    items = elements.objects()
    starts = np.concatenate(([0], ends[:-1])).tolist()
    values = np.empty(len(ends), dtype=object)
    for row, (start, end, ok) in enumerate(zip(starts, ends.tolist(), valid.tolist())):
        if ok:
            values[row] = items[start:end]
    return _Column(pd.Series(values, dtype=object), valid)


def _struct_parts(document, rows, path):
    """A struct's row count, its fields in order with their declared types, and the field documents."""
    data = _mapping(_required(document, 'd', path), path, 'the struct data')
    count = _count(_required(data, 'l', path), 'l', path)
    if rows is not None and count != rows:
        raise _fail(path, 'the struct has %d rows, but %d are expected' % (count, rows))
    fields = _mapping(_required(data, 'f', path), path, 'the struct fields')
    if 'p' not in document:
        return count, [(name, None) for name in fields], fields
    declarations = document['p']
    if not isinstance(declarations, list):
        raise _fail(path, "the struct 'p' must be a list of field types, not %s" % type(declarations).__name__)
    order = []
    for declaration in declarations:
        name = _text(_mapping(declaration, path, 'a field type document'), 'n', path)
        if not name or name in dict(order):
            raise _fail(path, 'the field name %r is empty or declared twice' % name)
        if name not in fields:
            raise _fail(path, 'the field %r is declared but has no array document' % name)
        order.append((name, declaration))
    extra = set(fields) - set(dict(order))
    if extra:
        raise _fail(path, 'the fields %r have array documents but are not declared' % sorted(extra))
    return count, order, fields


def _decode_struct(document, rows, path, depth):
    count, order, fields = _struct_parts(document, rows, path)
    columns = []
    for name, declaration in order:
        field_path = '%s.%s' % (path, name)
        columns.append((name, _decode(fields[name], count, field_path, depth + 1).objects()))
        _check_declared(declaration, fields[name], 'field', field_path)
    valid = _mask(document, count, path)
    values = np.empty(count, dtype=object)
    for row in np.flatnonzero(valid):
        values[row] = {name: items[row] for name, items in columns}
    return _Column(pd.Series(values, dtype=object), valid)


def _decode_categorical(document, ordered, rows, path, depth):
    data = _mapping(_required(document, 'd', path), path, 'the dictionary data')
    index_document = _mapping(_required(data, 'i', path), path, 'the index array document')
    if index_document.get('t') not in _NUMBERS or _NUMBERS[index_document['t']][0][1] not in 'iu':
        raise _fail(path, 'the indices must be integers, not %r' % index_document.get('t'))
    indices = _decode(index_document, rows, path + '.indices', depth + 1)
    categories_document = _required(data, 'd', path)
    categories = _decode(categories_document, None, path + '.categories', depth + 1)
    if 'p' in document:
        parameter = _mapping(document['p'], path, 'the dictionary type parameter')
        _check_declared(parameter.get('i'), index_document, 'index', path)
        _check_declared(parameter.get('d'), categories_document, 'category', path)
    valid = _mask(document, len(indices.valid), path) & indices.valid
    count = len(categories.valid)
    raw = indices.raw
    outside = valid & ((raw >= count) if raw.dtype.kind == 'u' else ((raw < 0) | (raw >= count)))
    if outside.any():
        row = int(np.flatnonzero(outside)[0])
        raise _fail(path, 'row %d has index %d, but there are %d categories' % (row, raw[row], count))
    codes = np.where(valid, raw, 0).astype(np.int64)
    # pandas needs unique categories without missing values: rows naming a missing category are missing, and a
    # repeated category stands for its first occurrence.
    unique = pd.Index(categories.series[categories.valid]).unique()
    remap = np.full(count, -1, dtype=np.int64)
    remap[categories.valid] = unique.get_indexer(categories.series[categories.valid])
    positions = np.where(valid, remap[codes], -1) if count else np.full(len(codes), -1, dtype=np.int64)
    categorical = pd.Categorical.from_codes(positions, categories=unique, ordered=ordered)
    return _Column(pd.Series(categorical), positions >= 0)
