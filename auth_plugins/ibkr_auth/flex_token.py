"""`FlexToken`: the Flex Web Service token as the ``t`` query parameter.

The token is added at the last moment, by the auth flow, and registered with the log filter,
so httpx's ``HTTP Request: GET ...?t=...`` line shows ``t=***``.

>>> import httpx
>>> auth = FlexToken("123456789012345678901234")
>>> auth
FlexToken('***')
>>> request = httpx.Request("GET", "https://ndcdyn.interactivebrokers.com/x?q=800969&v=3")
>>> str(next(auth.auth_flow(request)).url)
'https://ndcdyn.interactivebrokers.com/x?q=800969&v=3&t=123456789012345678901234'
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping

import httpx

from .errors import FlexTokenError
from .redaction import protect_in_logs, redact
from .secret import Secret, as_secret

ENV_FLEX_TOKEN = "IBKR_FLEX_TOKEN"
TOKEN_PARAMETER = "t"


class FlexToken(httpx.Auth):
    """Adds the Flex token (argument, else ``IBKR_FLEX_TOKEN``) to every request's query."""

    def __init__(
        self, token: str | Secret[str] | None = None, *, environ: Mapping[str, str] | None = None
    ) -> None:
        env = os.environ if environ is None else environ
        value = token if token is not None else env.get(ENV_FLEX_TOKEN)
        if not value:
            raise FlexTokenError(
                f"{ENV_FLEX_TOKEN} is not set: pass the token or set the environment variable")
        self._token = as_secret(value)
        protect_in_logs(self._token)

    def __repr__(self) -> str:
        return "FlexToken('***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = TokenURL(request.url.copy_set_param(TOKEN_PARAMETER, self._token.reveal()))
        yield request


class TokenURL(httpx.URL):
    """A URL carrying the token, whose repr and pickle show ``t=***``: httpx keeps the request
    on every error it raises (``httpx.ConnectError(...).request``), so the token would
    otherwise travel with an error pickled across processes or shown in a traceback.

    >>> url = TokenURL("https://host/SendRequest?q=1&t=123456789012345678901234")
    >>> url
    URL('https://host/SendRequest?q=1&t=***')
    >>> import pickle
    >>> pickle.loads(pickle.dumps(url))
    URL('https://host/SendRequest?q=1&t=***')
    """

    def _shown(self) -> httpx.URL:
        return httpx.URL(redact(str(self)))

    def __repr__(self) -> str:
        return repr(self._shown())

    def __reduce__(self) -> tuple[type[httpx.URL], tuple[str]]:
        return (httpx.URL, (str(self._shown()),))
