"""OAuth 1.0a configuration, from arguments or environment variables.

Environment variables (each argument, when given, wins over its variable):

=================================== ===========================================================
``IBKR_OAUTH_CONSUMER_KEY``         consumer key (e.g. ``TESTCONS`` for paper testing)
``IBKR_OAUTH_ACCESS_TOKEN``         access token
``IBKR_OAUTH_ACCESS_TOKEN_SECRET``  access token secret (base64, encrypted to your key)
``IBKR_OAUTH_SIGNATURE_KEY_FILE``   path of the private signature key (PEM), or
``IBKR_OAUTH_SIGNATURE_KEY``        the PEM text itself
``IBKR_OAUTH_ENCRYPTION_KEY_FILE``  path of the private encryption key (PEM), or
``IBKR_OAUTH_ENCRYPTION_KEY``       the PEM text itself
``IBKR_OAUTH_DH_PARAMS_FILE``       path of the Diffie-Hellman parameters (``dhparam.pem``), or
``IBKR_OAUTH_DH_PARAMS``            the PEM text itself
``IBKR_OAUTH_REALM``                optional: ``test_realm`` for TESTCONS, else ``limited_poa``
``IBKR_OAUTH_BASE_URL``             optional: ``https://api.ibkr.com/v1/api``
=================================== ===========================================================

>>> try:
...     OAuthConfig.create(environ={})
... except OAuthConfigError as error:
...     print(error)
IBKR_OAUTH_CONSUMER_KEY is not set: pass consumer_key or set the environment variable
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from Crypto.PublicKey.RSA import RsaKey

from .crypto import decrypt_access_token_secret_with_key
from .errors import OAuthConfigError
from .keys import DHParameters, PemSource, load_dh_parameters, load_private_key
from .redaction import protect_in_logs
from .secret import Secret, as_secret

ENV_CONSUMER_KEY = "IBKR_OAUTH_CONSUMER_KEY"
ENV_ACCESS_TOKEN = "IBKR_OAUTH_ACCESS_TOKEN"
ENV_ACCESS_TOKEN_SECRET = "IBKR_OAUTH_ACCESS_TOKEN_SECRET"
ENV_SIGNATURE_KEY = "IBKR_OAUTH_SIGNATURE_KEY"
ENV_ENCRYPTION_KEY = "IBKR_OAUTH_ENCRYPTION_KEY"
ENV_DH_PARAMS = "IBKR_OAUTH_DH_PARAMS"
ENV_REALM = "IBKR_OAUTH_REALM"
ENV_BASE_URL = "IBKR_OAUTH_BASE_URL"
FILE_SUFFIX = "_FILE"

DEFAULT_OAUTH_BASE_URL = "https://api.ibkr.com/v1/api"
TEST_CONSUMER_KEY = "TESTCONS"
TEST_REALM = "test_realm"
LIMITED_POA_REALM = "limited_poa"

KeySource = PemSource | Secret[RsaKey]
DHSource = PemSource | DHParameters


def default_realm(consumer_key: str) -> str:
    """IBKR's realm rule: ``test_realm`` for the TESTCONS key, ``limited_poa`` otherwise.

    >>> default_realm("TESTCONS"), default_realm("ABCDEFGHI")
    ('test_realm', 'limited_poa')
    """
    return TEST_REALM if consumer_key == TEST_CONSUMER_KEY else LIMITED_POA_REALM


@dataclass(frozen=True, repr=False)
class OAuthConfig:
    """Everything OAuth1aAuth needs, resolved and parsed once.

    The access token secret is decrypted here into the prepend; the encryption key is not
    kept. The repr shows no secret.
    """

    consumer_key: str
    access_token: Secret[str]
    prepend: Secret[str]
    signature_key: Secret[RsaKey]
    dh_parameters: DHParameters
    realm: str
    base_url: str

    def __post_init__(self) -> None:
        # Redacted wherever text reaches an error or a log: a server may echo them back.
        protect_in_logs(self.consumer_key, self.access_token, self.prepend)

    def __repr__(self) -> str:
        return (f"OAuthConfig(realm={self.realm!r}, base_url={self.base_url!r}, "
                f"dh_parameters={self.dh_parameters!r})")

    @classmethod
    def create(
        cls,
        consumer_key: str | None = None,
        access_token: str | Secret[str] | None = None,
        access_token_secret: str | Secret[str] | None = None,
        signature_key: KeySource | None = None,
        encryption_key: KeySource | None = None,
        dh_parameters: DHSource | None = None,
        realm: str | None = None,
        *,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> OAuthConfig:
        """Resolve each value from its argument, else from its environment variable."""
        env = os.environ if environ is None else environ
        key = consumer_key or _required(env, ENV_CONSUMER_KEY, "consumer_key")
        secret = as_secret(access_token_secret or _required(
            env, ENV_ACCESS_TOKEN_SECRET, "access_token_secret"))
        decryption_key = _private_key(encryption_key, env, ENV_ENCRYPTION_KEY, "encryption_key")
        # A server that echoes credentials in an error body must not get them into a message.
        protect_in_logs(secret)
        return cls(
            consumer_key=key,
            access_token=as_secret(
                access_token or _required(env, ENV_ACCESS_TOKEN, "access_token")),
            prepend=Secret(decrypt_access_token_secret_with_key(
                secret.reveal(), decryption_key.reveal())),
            signature_key=_private_key(signature_key, env, ENV_SIGNATURE_KEY, "signature_key"),
            dh_parameters=_dh_parameters(dh_parameters, env),
            realm=realm or env.get(ENV_REALM) or default_realm(key),
            base_url=(base_url or env.get(ENV_BASE_URL) or DEFAULT_OAUTH_BASE_URL).rstrip("/"),
        )


def _required(env: Mapping[str, str], name: str, argument: str) -> str:
    value = env.get(name)
    if not value:
        raise OAuthConfigError(
            f"{name} is not set: pass {argument} or set the environment variable")
    return value


def _pem_from_env(env: Mapping[str, str], name: str, argument: str) -> PemSource:
    """PEM text from NAME, or a path from NAME_FILE."""
    text, path = env.get(name), env.get(name + FILE_SUFFIX)
    if path:
        return path
    if text:
        return text
    raise OAuthConfigError(
        f"{name + FILE_SUFFIX} is not set: pass {argument}, or set {name + FILE_SUFFIX} "
        f"(a file path) or {name} (PEM text)")


def _private_key(
    source: KeySource | None, env: Mapping[str, str], name: str, argument: str
) -> Secret[RsaKey]:
    return load_private_key(source if source is not None else _pem_from_env(env, name, argument))


def _dh_parameters(source: DHSource | None, env: Mapping[str, str]) -> DHParameters:
    if isinstance(source, DHParameters):
        return source
    return load_dh_parameters(
        source if source is not None else _pem_from_env(env, ENV_DH_PARAMS, "dh_parameters"))
