"""The reference BSDF test service (../shared/reference/bsdf/_tools/testservice.py) against our ``bsdf convert``.

The service writes data with the reference bsdf.py, has ``dotnet bsdf.dll convert IN OUT`` convert it (BSDF and
JSON, both ways), reads the result back and compares. Any output on standard error fails a conversion.
"""

import sys
import tempfile

import pytest

from conftest import REFERENCE

sys.path.insert(0, str(REFERENCE / '_tools'))
import testservice  # noqa: E402  (needs its folder on sys.path for datagen)

SERVICE_TESTS = sorted(name for name in dir(testservice) if name.startswith('test_') and callable(getattr(testservice, name)))


@pytest.fixture
def service(dotnet_tools, tmp_path, monkeypatch):
    """The service configured to run our CLI, with its temporary files under tmp_path."""
    monkeypatch.setattr(testservice, 'test_dir', str(tmp_path), raising=False)
    monkeypatch.setattr(testservice, 'exe', ['dotnet', str(dotnet_tools['cli']), 'convert', '{fname1}', '{fname2}'], raising=False)
    monkeypatch.setattr(testservice, 'exe_name', 'bsdf', raising=False)
    monkeypatch.setattr(tempfile, 'tempdir', str(tmp_path))
    return testservice


def test_the_service_has_its_tests():
    assert SERVICE_TESTS == ['test_bsdf_to_bsdf', 'test_bsdf_to_bsdf_extensions', 'test_bsdf_to_bsdf_random',
                             'test_bsdf_to_json', 'test_json_to_bsdf']


@pytest.mark.parametrize('name', SERVICE_TESTS)
def test_reference_service_passes_against_bsdf_convert(service, name):
    getattr(service, name)()
