"""Loaders for the Diffie-Hellman parameters file and the RSA keys.

Keys are parsed once and held in a `Secret`, because pycryptodome's ``RsaKey`` repr prints
the private exponent. Error messages name the file or the expected format, never its content.

>>> params = parse_dh_parameters('''-----BEGIN DH PARAMETERS-----
... MA4CCQDbncM/fz2SJwIBAg==
... -----END DH PARAMETERS-----''')
>>> params
DHParameters(bits=64, generator=2)
>>> params.prime
15825019343134888487
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from Crypto.IO import PEM
from Crypto.PublicKey import RSA
from Crypto.PublicKey.RSA import RsaKey
from Crypto.Util.asn1 import DerSequence

from .errors import KeyFormatError
from .secret import Secret

PemSource = str | os.PathLike[str]
"""PEM text (it starts with ``-----BEGIN``) or the path of a PEM file."""

_DH_MARKER = "DH PARAMETERS"

@dataclass(frozen=True)
class DHParameters:
    """Diffie-Hellman group: the prime (modulus) and the generator (IBKR uses 2)."""

    prime: int
    generator: int = 2

    def __repr__(self) -> str:
        return f"DHParameters(bits={self.prime.bit_length()}, generator={self.generator})"


def read_pem(source: PemSource, what: str) -> str:
    """PEM text from `source`: returned as is if it is PEM text, read from disk otherwise."""
    if isinstance(source, str) and source.lstrip().startswith("-----BEGIN"):
        return source
    try:
        return Path(source).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFormatError(f"cannot read the {what} file {os.fspath(source)!r}: "
                             f"{type(error).__name__}") from None


def parse_dh_parameters(pem: str) -> DHParameters:
    """Parse a PEM ``DH PARAMETERS`` block (a DER sequence of prime and generator)."""
    try:
        der, marker, encrypted = PEM.decode(pem)
    except (ValueError, TypeError, IndexError):
        raise KeyFormatError("the Diffie-Hellman parameters are not valid PEM") from None
    if marker != _DH_MARKER or encrypted:
        raise KeyFormatError(f"expected a PEM '{_DH_MARKER}' block, got '{marker}'")
    try:
        sequence = DerSequence().decode(der, only_ints_expected=True)
    except (ValueError, TypeError, IndexError):
        sequence = DerSequence()
    if len(sequence) < 2:
        raise KeyFormatError("the Diffie-Hellman parameters are not a DER sequence of a prime "
                             "and a generator")
    prime, generator = int(sequence[0]), int(sequence[1])
    if prime < 5 or not 1 < generator < prime - 1:
        raise KeyFormatError("the Diffie-Hellman prime or generator is out of range")
    return DHParameters(prime=prime, generator=generator)


def load_dh_parameters(source: PemSource) -> DHParameters:
    """Load DH parameters from PEM text or a file such as ``dhparam.pem``."""
    return parse_dh_parameters(read_pem(source, "Diffie-Hellman parameters"))


def parse_private_key(pem: str) -> Secret[RsaKey]:
    """Parse an RSA private key (PKCS#1 ``RSA PRIVATE KEY`` or PKCS#8 ``PRIVATE KEY``)."""
    key = _import_rsa(pem, "RSA private key")
    if not key.has_private():
        raise KeyFormatError("expected an RSA private key, got a public key")
    return Secret(key)


def load_private_key(source: PemSource | Secret[RsaKey]) -> Secret[RsaKey]:
    """Load an RSA private key from PEM text or a file; a parsed key is passed through."""
    if isinstance(source, Secret):
        return source
    return parse_private_key(read_pem(source, "RSA private key"))


def parse_public_key(pem: str) -> RsaKey:
    """Parse an RSA public key (``PUBLIC KEY`` or ``RSA PUBLIC KEY``)."""
    return _import_rsa(pem, "RSA public key").public_key()


def load_public_key(source: PemSource) -> RsaKey:
    """Load an RSA public key from PEM text or a file."""
    return parse_public_key(read_pem(source, "RSA public key"))


def _import_rsa(pem: str, what: str) -> RsaKey:
    try:
        return RSA.import_key(pem)
    except (ValueError, IndexError, TypeError):
        raise KeyFormatError(f"not a valid unencrypted {what} in PEM format") from None
