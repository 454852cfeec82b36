import pytest

from paths import FIXTURES


@pytest.fixture
def fixtures():
    return FIXTURES
