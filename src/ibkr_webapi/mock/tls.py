"""A self-signed certificate for the mock's HTTPS, made when the server starts.

The Client Portal Gateway serves HTTPS on localhost:5000 with a self-signed certificate, and
clients written for it expect HTTPS. The mock makes a fresh key and certificate (ECDSA P-256,
valid for ``localhost`` and ``127.0.0.1``, for 7 days) in a new temporary folder each time;
clients pin the certificate file (``verify=<path>``, ``REQUESTS_CA_BUNDLE=<path>``). The key
never leaves the folder, which is deleted when the server stops.

>>> with self_signed_files() as files:
...     files.certificate.read_text().startswith("-----BEGIN CERTIFICATE-----")
True
"""

from __future__ import annotations

import datetime
import ipaddress
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

VALIDITY = datetime.timedelta(days=7)
NAMES = ("localhost", "127.0.0.1")


@dataclass(frozen=True)
class TlsFiles:
    """The PEM files uvicorn serves with; `certificate` is also what clients pin."""

    certificate: Path
    key: Path


def self_signed_pem(now: datetime.datetime | None = None) -> tuple[bytes, bytes]:
    """(certificate, private key) PEM bytes of a new self-signed certificate for `NAMES`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    moment = now or datetime.datetime.now(datetime.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ibkr-webapi mock (TEST ONLY)")])
    alternative = x509.SubjectAlternativeName([
        x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(moment - datetime.timedelta(minutes=5))
        .not_valid_after(moment + VALIDITY)
        .add_extension(alternative, critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@contextmanager
def self_signed_files() -> Iterator[TlsFiles]:
    """A new certificate and key in a temporary folder, deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="ibkr-mock-tls-") as folder:
        certificate, key = self_signed_pem()
        files = TlsFiles(Path(folder) / "mock-cert.pem", Path(folder) / "mock-key.pem")
        files.certificate.write_bytes(certificate)
        files.key.touch(mode=0o600)
        files.key.write_bytes(key)
        yield files
