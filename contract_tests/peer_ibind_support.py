"""The peer client of the conformance test: ibind 0.2.2 (nobody here wrote it) pointed at the
mock, served by uvicorn on a free loopback port, in one of four setups: Gateway or OAuth
1.0a (the mock's test-only keys), over HTTP or HTTPS (the mock's self-signed certificate,
pinned the way ibind's users pin the Gateway's: ``cacert=`` in Gateway mode; in OAuth mode
ibind always verifies against the default CAs, so the certificate goes in
``REQUESTS_CA_BUNDLE``, which requests honours).

`Peer.steps` keeps what one ibind call leaves for the next (order ids, watchlist id, ...),
so the calls run in order, each one a test case, as a program using ibind would make them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from ibind import IbkrClient
from ibind.oauth.oauth1a import OAuth1aConfig

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.oauth_verifier import dh_group_from_pem

SETUPS = ["gateway-http", "gateway-https", "oauth-http", "oauth-https"]
ACCOUNT = "U1234567"


@dataclass
class Peer:
    """One ibind client on one served mock."""

    setup: str
    server: MockServer
    client: IbkrClient
    base_url: str
    certificate: Path | None
    access_token: str | None
    steps: dict[str, Any] = field(default_factory=dict)

    @property
    def oauth(self) -> bool:
        return self.access_token is not None

    @property
    def ws_url(self) -> str:
        scheme = "wss" if self.certificate else "ws"
        return f"{scheme}{self.base_url.removeprefix('http').removeprefix('s')}/ws"


def _oauth_client(server: MockServer, base_url: str) -> tuple[IbkrClient, str]:
    credentials = server.oauth_credentials()
    prime, generator = dh_group_from_pem(Path(credentials["dh_parameters"]).read_text())
    config = OAuth1aConfig(
        oauth_rest_url=base_url + "/", access_token=credentials["access_token"],
        access_token_secret=credentials["access_token_secret"],
        consumer_key=credentials["consumer_key"], dh_prime=format(prime, "x"),
        dh_generator=str(generator), encryption_key_fp=credentials["encryption_key"],
        signature_key_fp=credentials["signature_key"], realm=credentials["realm"],
        init_oauth=True, init_brokerage_session=False, maintain_oauth=False,
        shutdown_oauth=False)
    client = IbkrClient(use_oauth=True, oauth_config=config, account_id=ACCOUNT,
                        timeout=10, max_retries=0)
    return client, credentials["access_token"]


@contextmanager
def served_peer(setup: str) -> Iterator[Peer]:
    """The mock (no pacing: a peer's burst is not what this test is about; pacing has its
    own tests) served in `setup`, and an ibind client on it."""
    mode, transport = setup.split("-")
    tls = transport == "https"
    with ExitStack() as stack:
        server = stack.enter_context(MockServer(MockConfig(seed=5, auth=mode, pacing=False)))
        base_url = stack.enter_context(server.serve(tls=tls))
        certificate = server.tls_certificate
        patch = stack.enter_context(pytest.MonkeyPatch.context())
        if certificate is not None:
            patch.setenv("REQUESTS_CA_BUNDLE", str(certificate))
        if mode == "oauth":
            client, token = _oauth_client(server, base_url)
        else:
            client = IbkrClient(url=base_url + "/", account_id=ACCOUNT,
                                cacert=str(certificate) if certificate else False,
                                timeout=10, max_retries=0)
            token = None
        stack.callback(client.close)
        yield Peer(setup, server, client, base_url, certificate, token)
