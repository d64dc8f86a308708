"""The hand-over file: one inspection in a zip of JSON and its attached files, with a format
version and checksums, optionally encrypted with a passphrase (AES-GCM, key from scrypt),
since it leaves on a memory stick."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.safety.handover import (
    HandoverData,
    HandoverStore,
    ImportCounts,
    file_columns,
    tables_with_files,
)

FORMAT_NAME = "inspection-desktop-handover"
FORMAT_VERSION = 1
ENCRYPTED_MAGIC = b"IDHANDOVER-AESGCM-1\n"
SALT_BYTES = 16
NONCE_BYTES = 12
# scrypt's cost: about a tenth of a second on a council laptop, 32 MB of memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_FILE_BYTES = 2_000_000_000
ATTACHMENTS_FOLDER = "attachments"


class HandoverFileError(UserFacingError):
    """A hand-over file that cannot be read: damaged, wrong passphrase, or not one of ours."""


@dataclass(frozen=True)
class HandoverFile:
    """A hand-over file read and checked: the rows and the attached files."""

    data: HandoverData
    attachments: dict[str, bytes]
    area: str
    attached: dict[str, str]


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8")
    )


def _encrypt(plain: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, plain, ENCRYPTED_MAGIC)
    return ENCRYPTED_MAGIC + salt + nonce + sealed


def _decrypt(blob: bytes, passphrase: str | None) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if passphrase is None:
        raise HandoverFileError(
            "This hand-over file is protected by a passphrase; give it with --passphrase-file."
        )
    body = blob[len(ENCRYPTED_MAGIC) :]
    salt, nonce, sealed = (
        body[:SALT_BYTES],
        body[SALT_BYTES : SALT_BYTES + NONCE_BYTES],
        body[SALT_BYTES + NONCE_BYTES :],
    )
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, ENCRYPTED_MAGIC)
    except (InvalidTag, ValueError) as exc:
        raise HandoverFileError(
            "The passphrase is wrong, or the hand-over file is damaged; nothing was imported."
        ) from exc


def handover_bytes(
    store: HandoverStore, inspection_id: int, passphrase: str | None = None
) -> bytes:
    """The hand-over file of one inspection, as bytes."""
    data = store.collect(inspection_id)
    attachments: dict[str, bytes] = {}
    attached: dict[str, str] = {}
    for table in tables_with_files():
        for row in data.rows.get(table.name, []):
            for column in file_columns(table):
                value = row.get(column)
                if not value:
                    continue
                try:
                    content = Path(value).read_bytes()
                except OSError:
                    continue  # A paper moved or deleted since: the record still travels.
                digest = hashlib.sha256(content).hexdigest()
                name = f"{ATTACHMENTS_FOLDER}/{digest}/{Path(value).name}"
                attachments[name] = content
                attached[value] = name
    document = {
        "rows": data.rows,
        "source_store": data.source_store,
        "schema": data.schema,
    }
    data_json = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    files = {"data.json": data_json, **attachments}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "area": str(data.rows["inspection"][0].get("area", "")),
        "attached": attached,
        "checksums": {name: hashlib.sha256(content).hexdigest() for name, content in files.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for name, content in files.items():
            archive.writestr(name, content)
    plain = buffer.getvalue()
    return _encrypt(plain, passphrase) if passphrase else plain


def write_handover(
    store: HandoverStore, inspection_id: int, path: Path, passphrase: str | None = None
) -> None:
    """Write the hand-over file of one inspection, atomically."""
    write_bytes_atomically(path, handover_bytes(store, inspection_id, passphrase))


def is_encrypted(path: Path) -> bool:
    """Whether a hand-over file needs a passphrase."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
    except OSError:
        return False


def describe(counts: ImportCounts) -> str:
    """ "1 inspection, 40 plan items, …" for a preview or a summary."""
    return ", ".join(
        f"{count} {table.replace('_', ' ')}{'' if count == 1 else 's'}"
        for table, count in counts.added.items()
    )


def read_handover(path: Path, passphrase: str | None = None) -> HandoverFile:
    """Read and check a hand-over file; one clear error for anything wrong with it."""
    try:
        if not path.is_file():
            raise HandoverFileError(f"{path} is not a file.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise HandoverFileError(f"{path} is too large to be a hand-over file.")
        blob = path.read_bytes()
    except OSError as exc:
        raise HandoverFileError(f"Cannot read {path}: {exc.strerror or 'not allowed'}.") from exc
    if blob.startswith(ENCRYPTED_MAGIC):
        blob = _decrypt(blob, passphrase)
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            checksums: dict[str, str] = manifest["checksums"]
            if manifest.get("format") != FORMAT_NAME:
                raise HandoverFileError(f"{path} is not an Inspection Desktop hand-over file.")
            if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
                raise HandoverFileError(
                    f"{path} was made by a newer version of Inspection Desktop; install it first."
                )
            files = {name: archive.read(name) for name in checksums}
    except HandoverFileError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise HandoverFileError(
            f"{path} is damaged or is not a hand-over file; nothing was imported."
        ) from exc
    for name, expected in checksums.items():
        if hashlib.sha256(files[name]).hexdigest() != expected:
            raise HandoverFileError(
                f"{path} is damaged (a checksum differs); nothing was imported."
            )
    try:
        document: dict[str, Any] = json.loads(files["data.json"])
        data = HandoverData(
            str(document["source_store"]), str(document["schema"]), dict(document["rows"])
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise HandoverFileError(f"{path} is damaged; nothing was imported.") from exc
    attachments = {name: content for name, content in files.items() if name != "data.json"}
    attached = {str(key): str(value) for key, value in dict(manifest.get("attached", {})).items()}
    return HandoverFile(data, attachments, str(manifest.get("area", "")), attached)


def import_handover(
    store: HandoverStore,
    handover: HandoverFile,
    attachments_folder: Path,
    dry_run: bool = False,
) -> ImportCounts:
    """Add the file's rows not imported before; attached files go into ``attachments_folder``."""
    placed = {} if dry_run else _place_attachments(handover, attachments_folder)
    data = handover.data
    if placed:
        for table in tables_with_files():
            for row in data.rows.get(table.name, []):
                for column in file_columns(table):
                    name = handover.attached.get(str(row.get(column)))
                    if name in placed:
                        row[column] = str(placed[name])
    return store.add(data, dry_run=dry_run)


def _place_attachments(handover: HandoverFile, folder: Path) -> dict[str, Path]:
    placed: dict[str, Path] = {}
    for name, content in handover.attachments.items():
        _prefix, digest, file_name = name.split("/", 2)
        target = folder / digest[:16] / Path(file_name).name
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserFacingError(f"Cannot make {target.parent}: {exc.strerror}.") from exc
            write_bytes_atomically(target, content)
        placed[name] = target
    return placed
