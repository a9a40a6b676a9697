"""Fixtures for the auth plugin tests: test-only keys, a fake clock, and the independent
OAuth verifier behind an httpx.MockTransport."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The project is not necessarily installed in the virtualenv: make its handwritten packages
# importable from the checkout.
for folder in (ROOT / "auth_plugins", ROOT / "src"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import pytest  # noqa: E402

from auth_test_support import (  # noqa: E402
    CONSUMER_KEY,
    FakeClock,
    VerifierServer,
    first_party_credentials,
    make_verifier,
)
from ibkr_webapi.mock.oauth_verifier import OAuthVerifier  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def verifier(clock: FakeClock) -> OAuthVerifier:
    return make_verifier(clock)


@pytest.fixture
def server(verifier: OAuthVerifier) -> VerifierServer:
    return VerifierServer(verifier)


@pytest.fixture
def credentials(verifier: OAuthVerifier) -> dict[str, object]:
    """First-party credentials, issued by the verifier as the Self Service Portal would."""
    return first_party_credentials(verifier, CONSUMER_KEY)
