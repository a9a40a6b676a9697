"""Which IBKR identity a client speaks for: processes naming the same identity share one
pacing schedule and one session state.

IBKR paces per user session and per IP address. By default an OAuth client's identity is its
consumer key and access token (hashed: the token never reaches a Redis key), an OAuth 2.0
client's its client id and SSO user name, and a Gateway's is its URL: every process of a
host talking to one Gateway shares it. Processes on several hosts, each with its own Gateway,
should set IBKR_PACING_IDENTITY per host (sharing one would only be more cautious than
needed).

>>> from ibkr_webapi.targets import Target
>>> identity_of(Target.gateway(verify=False))
'gateway:https://localhost:5000/v1/api'
"""

from __future__ import annotations

import hashlib

from ibkr_auth import OAuth1aAuth, OAuth2Auth
from ibkr_webapi.targets import Target


def identity_of(target: Target) -> str:
    """The default identity of `target` (see the module docstring)."""
    auth = target.auth
    if isinstance(auth, OAuth1aAuth):
        digest = hashlib.sha256(auth.access_token.reveal().encode()).hexdigest()[:16]
        return f"oauth:{auth.consumer_key}:{digest}"
    if isinstance(auth, OAuth2Auth):
        return f"oauth2:{auth.config.client_id}:{auth.config.username or ''}"
    return f"{target.name}:{target.base_url}"
