"""Uploaded directory files waiting for their check and their import.

Each upload is kept in the private ``imports`` storage under a random token:
the file itself, ``<token>.json`` saying who uploaded it and how to read it,
and a small JSON file for each background step with its state (see
``jobs``). Only its uploader gets it back; everything older than a day goes.

Web processes and task workers share this storage, which must be a
directory (``FileSystemStorage``): a state file is replaced whole
(``os.replace``), so a page never reads half of one, and ``claim`` creates a
file with ``O_EXCL``, which exactly one of any number of callers can do.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import User
from .planning import Change, ImportPlan
from .reading import (
    DirectoryFile,
    Progress,
    UnreadableFile,
    check_extension,
    check_file_start,
    max_bytes,
    read_directory_file,
    too_large_message,
)

# The preview lists this many people of each kind (and counts them all).
PREVIEW_LIMIT = 100
PENDING_LIFETIME = timedelta(hours=24)
_TOKEN = re.compile(r"^[0-9a-f]{32}$")
# Enough of the file to tell a workbook from text.
_HEAD_BYTES = 1024


@dataclass
class PendingImport:
    """An uploaded file and how to read it, kept for its uploader."""

    token: str
    user_id: int
    file_name: str
    extension: str
    encoding: str
    deactivate_missing: bool
    uploaded_at: str
    # The uploader's language when they uploaded: the background steps
    # write their messages in it.
    language: str = settings.LANGUAGE_CODE

    @property
    def stored_name(self) -> str:
        return f"{self.token}{self.extension}"


def _storage():
    return storages["imports"]


def pending_import_save(
    *, user: User, upload, encoding: str, deactivate_missing: bool, language: str
) -> PendingImport:
    """Keep ``upload`` for ``user``, after the checks that need no parsing: its
    extension, its size and its first bytes (``UnreadableFile``, keeping
    nothing, if one fails). Removes everyone's uploads older than a day too."""
    pending_imports_clean()
    extension = check_extension(upload.name)
    if upload.size > max_bytes():
        raise UnreadableFile(too_large_message())
    upload.seek(0)
    check_file_start(upload.read(_HEAD_BYTES), extension=extension, size=upload.size)
    upload.seek(0)
    pending = PendingImport(
        token=secrets.token_hex(16),
        user_id=user.pk,
        file_name=upload.name[-200:],
        extension=extension,
        encoding=encoding,
        deactivate_missing=deactivate_missing,
        uploaded_at=timezone.now().isoformat(),
        language=language,
    )
    _storage().save(pending.stored_name, upload)
    write_state(f"{pending.token}.json", asdict(pending))
    return pending


def pending_import_load(*, token: str) -> PendingImport | None:
    """The upload ``token`` names, whoever made it (for tasks: the token came
    from the uploader's own request)."""
    if not _TOKEN.match(token):
        return None
    data = read_state(f"{token}.json")
    try:
        return PendingImport(**data) if data is not None else None
    except TypeError:
        return None


def pending_import_get(*, token: str, user: User) -> PendingImport | None:
    """The upload ``token`` names, if ``user`` made it and it is still here."""
    pending = pending_import_load(token=token)
    return pending if pending is not None and pending.user_id == user.pk else None


def pending_import_read(*, pending: PendingImport, progress: Progress | None = None):
    """The rows of the uploaded file (``UnreadableFile`` if it is wrong or gone)."""
    try:
        file = _storage().open(pending.stored_name, "rb")
    except OSError as error:  # removed as stale meanwhile
        raise UnreadableFile(_("The uploaded file is no longer kept. Upload it again.")) from error
    with file:
        return read_directory_file(
            file, name=pending.file_name, encoding=pending.encoding, progress=progress
        )


def pending_import_forget_file(*, pending: PendingImport) -> None:
    """Delete the uploaded file itself, once nothing more can be done with it;
    its state files stay (for the page that shows the outcome) until stale."""
    forget(pending.stored_name)


def pending_imports_clean(*, now=None) -> int:
    """Delete uploads and their state files older than a day, whoever made
    them; how many files went."""
    storage = _storage()
    cutoff = (now or timezone.now()) - PENDING_LIFETIME
    try:
        _directories, names = storage.listdir("")
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        try:
            if storage.get_modified_time(name) < cutoff:
                storage.delete(name)
                removed += 1
        except FileNotFoundError:
            continue  # removed by a concurrent clean
    return removed


# --- State files ------------------------------------------------------------


def read_state(name: str) -> dict | None:
    try:
        with _storage().open(name, "rb") as file:
            return json.load(file)
    except (OSError, ValueError):
        return None


def write_state(name: str, data: dict) -> None:
    """Write ``name`` whole: readers see the old content or the new one."""
    path = _storage().path(name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = f"{path}.{secrets.token_hex(4)}.tmp"
    with open(temporary, "x", encoding="utf-8") as file:
        json.dump(data, file)
    os.replace(temporary, path)


def claim(name: str) -> bool:
    """Create the empty file ``name``: True for the one caller that did, False
    for everyone else, however many try at once (``O_EXCL``)."""
    path = _storage().path(name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def forget(name: str) -> None:
    """Delete the file ``name`` if it is there."""
    _storage().delete(name)


def import_report(plan: ImportPlan, directory: DirectoryFile) -> dict:
    """What the preview shows, as plain data: counts, the first people of each
    kind, every error."""

    def people(changes: list[Change]) -> list[dict]:
        return [
            {
                "row": change.row,
                "employee_number": change.employee_number,
                "full_name": change.full_name,
                "fields": [[name, old, new] for name, (old, new) in change.fields.items()],
            }
            for change in changes[:PREVIEW_LIMIT]
        ]

    return {
        "file_format": directory.file_format,
        "encoding": directory.encoding,
        "counts": plan.counts,
        "creates": people(plan.creates),
        "updates": people(plan.updates),
        "deactivations": people(plan.deactivations),
        "protected": people(plan.protected),
        "errors": [[error.row, error.employee_number, error.message] for error in plan.errors],
    }
