"""pandas frames written by python/bsdf_dataframe.py read by C# (BsdfGen.Interop describe): types and values."""

import json

import bsdf
import pandas as pd
import pytest

from bsdf_dataframe import DataFrameExtension
from conftest import run_dotnet
from frame_checks import check_frame
from pandas_frames import CASES, TEMPORAL_ZONES


@pytest.fixture(scope='module')
def described(dotnet_tools, tmp_path_factory):
    """Each case's pandas frame and the C# description of the file the module wrote for it."""
    folder = tmp_path_factory.mktemp('pandas_frames')
    frames, paths = {}, []
    for name, (build, _) in CASES.items():
        frames[name] = build()
        paths.append(folder / (name + '.bsdf'))
        bsdf.save(str(paths[-1]), {'frame': frames[name]}, [DataFrameExtension])
    descriptions = json.loads(run_dotnet(dotnet_tools['interop'], 'describe', *paths))
    return {name: (frames[name], description) for name, description in zip(CASES, descriptions)}


@pytest.mark.parametrize('name', list(CASES))
def test_csharp_reads_the_values_pandas_wrote(described, name):
    frame, description = described[name]
    check_frame(frame, description, check_dtype=False)


@pytest.mark.parametrize('name', list(CASES))
def test_each_dtype_gets_its_column_type(described, name):
    _, expected_types = CASES[name]
    _, description = described[name]
    actual = {column['name']: column['type']['t'] for column in description['columns']}
    assert actual == expected_types
    for column in description['columns']:
        if column['name'] in TEMPORAL_ZONES and name == 'temporal':
            assert column['type'].get('p') == TEMPORAL_ZONES[column['name']], column['name']


def test_element_and_field_types(described):
    columns = {column['name']: column['type'] for column in described['nested'][1]['columns']}
    assert columns['int lists']['p'] == {'t': 'int64'}
    assert columns['text lists']['p'] == {'t': 'utf8'}
    assert columns['tuples and arrays']['p'] == {'t': 'float64'}
    assert columns['lists of lists']['p'] == {'t': 'list', 'p': {'t': 'int64'}}
    assert columns['records']['p'] == [{'n': 'x', 't': 'int64'}, {'n': 'y', 't': 'utf8'}]
    assert columns['nested records']['p'] == [{'n': 'p', 't': 'struct', 'p': [{'n': 'q', 't': 'float64'}]},
                                              {'n': 'tags', 't': 'list', 'p': {'t': 'utf8'}}]
    assert columns['int categories']['p'] == {'i': {'t': 'int32'}, 'd': {'t': 'int64'}}


def test_zero_columns_keep_their_row_count(described):
    assert described['no_columns'][1] == {'rows': 3, 'columns': []}


@pytest.mark.parametrize('name', list(CASES))
def test_frames_survive_bsdf_convert(dotnet_tools, tmp_path, name):
    """The CLI re-encodes a pandas-written frame (BSDF to BSDF) and pandas reads the C# encoding back the same."""
    frame = CASES[name][0]()
    source, target = tmp_path / 'source.bsdf', tmp_path / 'target.bsdf'
    bsdf.save(str(source), {'frame': frame}, [DataFrameExtension])
    run_dotnet(dotnet_tools['cli'], 'convert', source, target)
    expected = bsdf.load(str(source), [DataFrameExtension])['frame']
    pd.testing.assert_frame_equal(bsdf.load(str(target), [DataFrameExtension])['frame'], expected, check_exact=True)
