import pytest

from paths import FIXTURES


@pytest.fixture
def fixtures():
    return FIXTURES


@pytest.fixture(scope="session")
def postgres():
    from pg import Server

    srv = Server().start()
    if srv.reason:
        pytest.skip(srv.reason)
    yield srv
    srv.stop()
