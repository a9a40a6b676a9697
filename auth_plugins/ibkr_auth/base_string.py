"""OAuth 1.0a signature base strings and the Authorization header (RFC 5849 3.4 and 3.5).

Pure functions, no I/O. Three forms of the base string exist, told apart by how they treat
the URL's query (the decision between them, and its evidence, is in ``ibkr_auth.oauth``):

- ``"ibkr"`` (`ibkr_base_string`): IBKR's first-party sample. Query parameters join the
  OAuth parameters in the sorted list, ``name=value`` pairs are joined raw with ``&`` and
  the joined string is percent-encoded once (Python's ``quote``, which keeps ``/``), so a
  comma in ``conids=1,2`` appears as ``%2C``;
- ``"rfc5849"`` (`signature_base_string`): each name and value RFC 3986-encoded first, then
  the joined string encoded again (RFC 5849 3.4.1.3.2), so the comma appears as ``%252C``;
- ``"no_query"`` (`query_less_base_string`): ibind's form, the query left out entirely.

For values made of unreserved characters the three are the same bytes except that the
query-less form omits the query. Percent-encoding of the base URI is RFC 3986 in every form.

>>> signature_base_string("GET", "https://api.ibkr.com/v1/api/x?b=2&a=1", {"oauth_nonce": "n"})
'GET&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Fx&a%3D1%26b%3D2%26oauth_nonce%3Dn'
>>> ibkr_base_string("GET", "https://api.ibkr.com/v1/api/x?c=1,2", [("oauth_nonce", "n")])
'GET&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Fx&c%3D1%2C2%26oauth_nonce%3Dn'
>>> query_less_base_string("GET", "https://api.ibkr.com/v1/api/x?c=1,2", [("oauth_nonce", "n")])
'GET&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Fx&oauth_nonce%3Dn'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Literal, get_args
from urllib.parse import SplitResult, quote, unquote_plus, urlsplit

# RFC 5849 section 3.4.1.3.1: the signature itself and the realm never take part.
_EXCLUDED_PARAMETERS = frozenset({"oauth_signature", "realm"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ALL_UNRESERVED = re.compile(r"[A-Za-z0-9\-._~]*").fullmatch
_BASE64_ALPHABET = re.compile(r"[A-Za-z0-9+/=]*").fullmatch


def percent_encode(value: str) -> str:
    """RFC 3986 percent-encoding (RFC 5849 section 3.6).

    >>> percent_encode("a b+c/d~e=f,g")
    'a%20b%2Bc%2Fd~e%3Df%2Cg'
    """
    # Most OAuth values (nonces, tokens, hex) need no encoding; skipping quote() for them
    # is a large share of the per-request signing time.
    if _ALL_UNRESERVED(value):
        return value
    if _BASE64_ALPHABET(value):  # signatures: only +, / and = need encoding
        return value.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return quote(value, safe="")


def _encode_encoded(value: str) -> str:
    """percent_encode of an already percent-encoded value: only its "%" needs encoding."""
    return value.replace("%", "%25")


def base_string_uri(url: str) -> str:
    """The base string URI (RFC 5849 section 3.4.1.2): no query, lower-case scheme and host,
    default port dropped.

    >>> base_string_uri("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")
    'http://example.com/r%20v/X'
    >>> base_string_uri("https://www.example.net:8080/?q=1")
    'https://www.example.net:8080/'
    """
    return _base_string_uri(urlsplit(url))


def _base_string_uri(parts: SplitResult) -> str:
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal: urlsplit drops the brackets
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path or '/'}"


def query_parameters(url: str) -> list[tuple[str, str]]:
    """The URL's query parameters, decoded as application/x-www-form-urlencoded.

    >>> query_parameters("https://h/p?conids=1%2C2&a=x+y&flag")
    [('conids', '1,2'), ('a', 'x y'), ('flag', '')]
    """
    return form_decode(urlsplit(url).query)


def form_decode(component: str) -> list[tuple[str, str]]:
    """Decode an application/x-www-form-urlencoded string (query or body), keeping blanks.

    >>> form_decode("a=1+2&b=%41&c&&d=")
    [('a', '1 2'), ('b', 'A'), ('c', ''), ('d', '')]
    """
    pairs = []
    for item in component.split("&"):
        if item:
            name, _, value = item.partition("=")
            pairs.append((_form_unquote(name), _form_unquote(value)))
    return pairs


def _form_unquote(text: str) -> str:
    return unquote_plus(text) if "%" in text or "+" in text else text


def normalized_parameters(pairs: Iterable[tuple[str, str]]) -> str:
    """Encode each name and value, sort by name then value, join (RFC 5849 section 3.4.1.3.2).

    >>> normalized_parameters([("b", "2"), ("a", "x y"), ("a", "1")])
    'a=1&a=x%20y&b=2'
    """
    return "&".join(f"{name}={value}" for name, value in _sorted_encoded(pairs))


def _sorted_encoded(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted((percent_encode(name), percent_encode(value)) for name, value in pairs)


def signature_base_string_from_pairs(
    method: str, url: str, pairs: Iterable[tuple[str, str]], prepend: str = ""
) -> str:
    """Like `signature_base_string`, for parameter lists that may repeat a name
    (e.g. form-encoded body parameters)."""
    without_fragment = url.partition("#")[0]
    base, _, query = without_fragment.partition("?")
    collected = [pair for pair in pairs if pair[0] not in _EXCLUDED_PARAMETERS]
    collected.extend(form_decode(query))
    # The normalized parameters are percent-encoded a second time as a whole; "=" and "&"
    # become %3D and %26, and in the encoded names and values only "%" changes.
    encoded_parameters = "%26".join(
        f"{_encode_encoded(name)}%3D{_encode_encoded(value)}"
        for name, value in _sorted_encoded(collected))
    return f"{prepend}{method.upper()}&{_encoded_base_string_uri(base)}&{encoded_parameters}"


@functools.lru_cache(maxsize=512)
def _encoded_base_string_uri(url_without_query: str) -> str:
    # Requests go to a small set of endpoints; caching spares a urlsplit and a quote each.
    return percent_encode(base_string_uri(url_without_query))


def signature_base_string(
    method: str, url: str, params: Mapping[str, str], prepend: str = ""
) -> str:
    """The signature base string (RFC 5849 section 3.4.1), with IBKR's optional prepend.

    `params` are the OAuth parameters (and any other non-query parameters); the URL's query
    parameters are added to them, and the base URL excludes the query. `oauth_signature`
    and `realm` are ignored if present. `prepend` is the decrypted access token secret (hex),
    used only for the live session token request.

    >>> signature_base_string("post", "https://api.ibkr.com/v1/api/oauth/live_session_token",
    ...                       {"oauth_token": "t", "realm": "test_realm"}, prepend="ab12")
    'ab12POST&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Foauth%2Flive_session_token&oauth_token%3Dt'
    """
    return signature_base_string_from_pairs(method, url, params.items(), prepend)


SigningForm = Literal["ibkr", "rfc5849", "no_query"]
"""How the request's query enters the base string; see the module docstring."""
SIGNING_FORMS: tuple[SigningForm, ...] = get_args(SigningForm)
DEFAULT_SIGNING_FORM: SigningForm = "ibkr"


def _split(method: str, url: str, pairs: Iterable[tuple[str, str]]
           ) -> tuple[str, str, list[tuple[str, str]]]:
    base, _, query = url.partition("#")[0].partition("?")
    kept = [pair for pair in pairs if pair[0] not in _EXCLUDED_PARAMETERS]
    return method.upper(), base, [*kept, *form_decode(query)] if query else kept


def ibkr_base_string(method: str, url: str, pairs: Iterable[tuple[str, str]],
                     prepend: str = "") -> str:
    """IBKR's first-party sample form: the URL's query parameters in the sorted list,
    joined raw, the joined string percent-encoded once (``quote``, ``/`` kept).

    >>> ibkr_base_string("GET", "https://api.ibkr.com/v1/api/s?conids=265598,8314",
    ...                  [("oauth_token", "t")])
    'GET&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Fs&conids%3D265598%2C8314%26oauth_token%3Dt'
    """
    verb, base, collected = _split(method, url, pairs)
    # quote() works character by character, so quoting each name and value and writing "&"
    # and "=" as %26 and %3D is quote() of the joined string, without quoting OAuth's values.
    encoded = "%26".join(f"{_quote_once(name)}%3D{_quote_once(value)}"
                         for name, value in sorted(collected))
    return f"{prepend}{verb}&{_encoded_base_string_uri(base)}&{encoded}"


def _quote_once(text: str) -> str:
    """Python's ``quote`` (``/`` kept), as IBKR's sample applies it to the joined string."""
    return text if _ALL_UNRESERVED(text) else quote(text)


def query_less_base_string(method: str, url: str, pairs: Iterable[tuple[str, str]],
                           prepend: str = "") -> str:
    """ibind's form: the RFC 5849 base string of `pairs` alone, the URL's query left out."""
    return signature_base_string_from_pairs(method, url.partition("?")[0], pairs, prepend)


BaseStringBuilder = Callable[[str, str, Iterable[tuple[str, str]], str], str]
BASE_STRING_BUILDERS: dict[SigningForm, BaseStringBuilder] = {
    "ibkr": ibkr_base_string,
    "rfc5849": signature_base_string_from_pairs,
    "no_query": query_less_base_string,
}
"""The base string function of each signing form."""


def authorization_header(oauth_params: Mapping[str, str], realm: str) -> str:
    """The ``Authorization: OAuth ...`` value: parameters sorted by name, values
    percent-encoded and quoted, realm included (RFC 5849 section 3.5.1).

    >>> authorization_header({"oauth_signature": "a+b/c=", "oauth_nonce": "n"}, "test_realm")
    'OAuth oauth_nonce="n", oauth_signature="a%2Bb%2Fc%3D", realm="test_realm"'
    """
    fields = {**oauth_params, "realm": realm}
    return "OAuth " + ", ".join(
        f'{name}="{percent_encode(value)}"' for name, value in sorted(fields.items())
    )
