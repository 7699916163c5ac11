"""Shared setup: the reference bsdf.py and python/bsdf_dataframe.py on sys.path, and the built C# tools.

The C# tools are the interop console (tests/BsdfGen.Interop) and the CLI (src/Cli, assembly ``bsdf``). The session
uses the Release builds that ``dotnet test BsdfGen.sln -c Release`` leaves behind; when one is missing or older than
the C# sources it builds it, under ``flock $BSDFGEN_BUILD_LOCK`` (default /tmp/build.lock; empty = no lock, for a
caller such as .ci/run that already holds it).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.dont_write_bytecode = True

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / 'shared'
REFERENCE = SHARED / 'reference' / 'bsdf'
VECTORS = SHARED / 'vectors' / 'dataframe'

if not (REFERENCE / 'python' / 'bsdf.py').is_file():
    raise RuntimeError('the reference bsdf.py is missing: expected %s (shared/ must sit beside the checkout)'
                       % (REFERENCE / 'python' / 'bsdf.py'))
sys.path[:0] = [str(REFERENCE / 'python'), str(ROOT / 'python')]

# name -> (project, its Release output, the folders of its sources)
_TOOLS = {
    'interop': ('tests/BsdfGen.Interop', 'tests/BsdfGen.Interop/bin/Release/net10.0/BsdfGen.Interop.dll',
                ['src/Runtime', 'src/Generator', 'tests/BsdfGen.Interop', 'tests/BsdfGen.Tests/DataFrames']),
    'cli': ('src/Cli', 'src/Cli/bin/Release/net10.0/bsdf.dll', ['src/Runtime', 'src/Generator', 'src/Cli']),
}


def _newest_source_time(folders):
    newest = max((ROOT / name).stat().st_mtime for name in ('Directory.Build.props', 'Directory.Packages.props'))
    for folder in folders:
        for path in (ROOT / folder).rglob('*'):
            if path.suffix in ('.cs', '.csproj', '.props') and not {'bin', 'obj'} & set(path.parts):
                newest = max(newest, path.stat().st_mtime)
    return newest


def _build(project):
    command = ['dotnet', 'build', str(ROOT / project), '-c', 'Release', '-nologo', '-v', 'q']
    lock = os.environ.get('BSDFGEN_BUILD_LOCK', '/tmp/build.lock')
    if lock and shutil.which('flock'):
        command = ['flock', '-w', '1800', lock] + command
    result = subprocess.run(command, cwd=str(ROOT), capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail('building %s failed:\n%s\n%s' % (project, result.stdout[-4000:], result.stderr[-4000:]))


@pytest.fixture(scope='session')
def dotnet_tools():
    """The paths of the built C# tools by name ('interop', 'cli'), built first when missing or stale."""
    if shutil.which('dotnet') is None:
        pytest.fail('dotnet is not on PATH; the cross-language tests need the .NET SDK')
    tools = {}
    for name, (project, output, sources) in _TOOLS.items():
        dll = ROOT / output
        if not dll.is_file() or dll.stat().st_mtime < _newest_source_time(sources):
            _build(project)
        tools[name] = dll
    return tools


def run_dotnet(dll, *arguments):
    """Runs ``dotnet DLL ARGUMENTS…`` and returns its standard output; fails the test with its output otherwise."""
    result = subprocess.run(['dotnet', str(dll)] + [str(a) for a in arguments], capture_output=True)
    if result.returncode != 0:
        pytest.fail('dotnet %s %s failed (%d):\n%s\n%s' % (
            Path(dll).name, ' '.join(map(str, arguments)), result.returncode,
            result.stdout.decode(errors='replace')[-4000:], result.stderr.decode(errors='replace')[-4000:]))
    return result.stdout


@pytest.fixture(scope='session')
def csharp_frames(dotnet_tools, tmp_path_factory):
    """The folder where the C# interop tool wrote its frames (NAME.bsdf) and their descriptions (NAME.json)."""
    folder = tmp_path_factory.mktemp('csharp_frames')
    run_dotnet(dotnet_tools['interop'], 'write-frames', folder)
    return folder


def encode_tagged(document):
    """BSDF bytes holding ``document`` (a mapping) tagged with the dataframe extension, however malformed it is."""
    import bsdf

    class Document(object):
        pass

    class Tagger(bsdf.Extension):
        name = 'dataframe'
        cls = Document

        def encode(self, s, v):
            return document

    return bsdf.encode(Document(), [Tagger])
