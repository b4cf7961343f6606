"""Exchange packages as files (issue 20): the signing key kept outside the database, writing a signed
package, and reading one with every check made before its records are handed on.

The zip stores its three members uncompressed, with fixed times and attributes, so a package is exactly
reproducible from its members: a reader rebuilds it and refuses a file that differs in any byte (a
tampered byte in a header, a comment or the directory included), then checks the signature over the
manifest and the manifest's hash of the records.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.exchange import (
    MANIFEST,
    MAX_PACKAGE_BYTES,
    RECORDS,
    SIGNATURE,
    Manifest,
    MemberInfo,
    PackageError,
    check_members,
    content_hash,
    parse_manifest,
)
from dialogue_planner.domain.messages import msg
from dialogue_planner.paths import data_dir

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


# -- the signing key ---------------------------------------------------------------------------------
def key_dir() -> Path:
    return data_dir() / "exchange-keys"


def key_file(side: str) -> Path:
    return key_dir() / f"signing-key-{side.upper()}.pem"


def create_key(side: str) -> bytes:
    """Make this secretariat's signing key in a file only its owner may read; the raw public key back.
    An existing key is never replaced (the other side trusts it)."""
    path = key_file(side)
    if path.exists():
        raise ValidationError(
            msg("A signing key for side {side} already exists ({path}); it is kept.", side=side, path=path)
        )
    key_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(key_dir(), 0o700)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return _raw_public(private.public_key())


def load_key(side: str) -> Ed25519PrivateKey:
    path = key_file(side)
    if not path.exists():
        raise ValidationError(
            msg("This workstation has no signing key for side {side}: make it first.", side=side)
        )
    mode = stat.S_IMODE(path.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        raise ValidationError(
            msg(
                "The signing key {path} may be read by others (mode {mode:o}): allow only its owner (0600).",
                path=path,
                mode=mode,
            )
        )
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError):
        raise ValidationError(msg("The signing key {path} is damaged.", path=path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValidationError(msg("The signing key {path} is not an Ed25519 key.", path=path))
    return key


def public_key_of(side: str) -> bytes:
    return _raw_public(load_key(side).public_key())


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# -- writing -----------------------------------------------------------------------------------------
def build_zip(manifest: bytes, records: bytes, signature: bytes) -> bytes:
    """The package's bytes: the three members stored, in order, with fixed times and attributes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in ((MANIFEST, manifest), (RECORDS, records), (SIGNATURE, signature)):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data)
    return buffer.getvalue()


def write_package(manifest: Manifest, records: bytes, key: Ed25519PrivateKey) -> bytes:
    manifest_bytes = manifest.to_bytes()
    signature = key.sign(manifest_bytes).hex().encode("ascii")
    return build_zip(manifest_bytes, records, signature)


# -- reading -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedPackage:
    """A package whose form was checked: its manifest, the records' bytes (hash checked) and the
    manifest's signature (checked against a trusted key by ``verify``)."""

    manifest: Manifest
    manifest_bytes: bytes
    records: bytes
    signature: bytes

    def verify(self, public_key: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(self.signature, self.manifest_bytes)
        except (InvalidSignature, ValueError):
            raise PackageError(
                msg(
                    "The package's signature does not match the trusted key of side {sender_side}: it was altered or signed by another key.",
                    sender_side=self.manifest.sender_side,
                )
            ) from None


def read_package(data: bytes) -> OpenedPackage:
    """Every check of form before any record is read: size, the zip's directory (names, duplicates,
    sizes, ratio), the exact bytes, the manifest (format version first) and the records' hash."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(
            msg(
                "The package is {count:,} bytes; at most {max_package_bytes:,} are allowed.",
                count=len(data),
                max_package_bytes=MAX_PACKAGE_BYTES,
            )
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > 10:
                raise PackageError(
                    msg("The package holds {count} members; a package holds three.", count=len(infos))
                )
            check_members(
                MemberInfo(i.filename, i.compress_size, i.file_size, i.compress_type == zipfile.ZIP_STORED)
                for i in infos
            )
            members = {i.filename: zf.read(i) for i in infos}
    except PackageError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        NotImplementedError,
        ValueError,
        RuntimeError,  # an encrypted member
        struct.error,
        KeyError,
    ):
        raise PackageError(msg("The file is not a readable package (a damaged or altered zip).")) from None
    manifest_bytes, records, signature = members[MANIFEST], members[RECORDS], members[SIGNATURE]
    if build_zip(manifest_bytes, records, signature) != data:
        raise PackageError(
            msg("The package differs from what its sender wrote (a byte was altered or added).")
        )
    manifest = parse_manifest(manifest_bytes)
    try:
        raw_signature = bytes.fromhex(signature.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(msg("The package's signature is not readable.")) from None
    if len(raw_signature) != 64:
        raise PackageError(msg("The package's signature is not an Ed25519 signature."))
    if content_hash(records) != manifest.content_hash:
        raise PackageError(
            msg("The package's records do not match the hash in its manifest (they were altered).")
        )
    return OpenedPackage(manifest, manifest_bytes, records, raw_signature)
