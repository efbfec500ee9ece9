"""Checking and importing an upload in django-q2 background tasks.

Checking a large file, and importing it, take longer than a web request may
last behind a proxy, so a request only saves the file or records the
confirmation and queues a task (``lms.tasks``); the page refreshes until the
task is done.

Each step of an upload, ``CHECK`` and then ``IMPORT``, keeps its state in
``<token>.<step>.json`` (``Job``): pending → working → done or failed, the
attempt it runs under, a heartbeat with the progress, and its outcome. What
must happen once is a claim (``uploads.claim``, a file created with
``O_EXCL``): ``<token>.<step>.<n>`` is taken by whoever starts attempt n (a
confirm, or a task taking over a run that died), ``<token>.<step>.<n>.run``
by the task that runs it. So two confirms queue one import, a task delivered
twice runs once, and a task finding its step done does nothing.

Why claim files rather than a database lock: the upload exists only as
files, so no row stands for it. The uploader's row would do, but a running
import keeps the people it changes (the uploader perhaps among them) locked
until it commits, so a confirm would wait for a whole import; an advisory
lock is PostgreSQL's alone, and development and the tests also run SQLite.
An exclusive create is atomic on the directory the web and the workers share
(a local disk, or NFS version 3 or later).
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_q.exceptions import TimeoutException
from django_q.tasks import async_task

from ..models import User
from . import uploads
from .planning import directory_import_plan
from .reading import UnreadableFile
from .services import DirectoryImportConflict, DirectoryImportRejected, directory_import_apply
from .uploads import PendingImport

logger = logging.getLogger(__name__)

IMPORT_PERMISSION = "lms.import_staff"

CHECK = "check"
IMPORT = "import"
TASKS = {
    CHECK: "lms.tasks.directory_import_preview",
    IMPORT: "lms.tasks.directory_import_apply",
}

# A 100,000-row CSV is checked in under 10 s and imported in about 40 s; an
# XLSX takes about 40 s more to read. django-q2 stops a task at its timeout
# (any transaction rolls back). It must end before the cluster's ``retry``
# (300 s), after which the ORM broker hands an unacknowledged task to
# another worker.
TASK_TIMEOUT = 180
# A run cannot last longer than its timeout: one that has shown no sign of
# life for longer has died with its worker. The page says so, and a task
# delivered again (after ``retry``) takes it over while attempts are left.
STALE_AFTER = datetime.timedelta(seconds=TASK_TIMEOUT + 60)
MAX_ATTEMPTS = 3
HEARTBEAT_SECONDS = 1.0
# Waiting longer than this for a worker, the page says workers may be down.
WAITING_TOO_LONG = datetime.timedelta(minutes=5)

PENDING = "pending"
WORKING = "working"
DONE = "done"
FAILED = "failed"
STOPPED = "stopped"  # working, but its run has died

# Why a step failed.
UNREADABLE = "unreadable"  # the file cannot be read (``message`` says why)
REJECTED = "rejected"  # rows are wrong now (``result`` is the new preview)
CONFLICT = "conflict"  # the database changed during the import (``message``)
FORBIDDEN = "forbidden"  # the uploader may no longer import
TIMED_OUT = "timed_out"
CRASHED = "crashed"  # an unexpected error, logged
RETRYABLE = {CONFLICT, TIMED_OUT, CRASHED}


@dataclass
class Job:
    """The state of one step of an upload, as its state file keeps it."""

    status: str
    attempt: int
    requested_at: str
    heartbeat: str = ""
    stage: str = ""  # what a run is doing: reading, validating, importing
    done: int = 0
    total: int | None = None
    failure: str = ""
    message: str = ""  # translated, for failures that explain themselves
    result: dict = field(default_factory=dict)  # the preview, or the counts

    @property
    def state(self) -> str:
        """The status, or ``STOPPED`` for a run that has died."""
        if self.status == WORKING and _time(self.heartbeat) < timezone.now() - STALE_AFTER:
            return STOPPED
        return self.status

    @property
    def is_running(self) -> bool:
        return self.state in (PENDING, WORKING)

    @property
    def may_retry(self) -> bool:
        return self.state == STOPPED or (self.status == FAILED and self.failure in RETRYABLE)

    @property
    def waiting_too_long(self) -> bool:
        return self.status == PENDING and (
            _time(self.requested_at) < timezone.now() - WAITING_TOO_LONG
        )


class ImportRefused(Exception):
    """The upload cannot be imported (yet); the message (translated) says why."""

    @property
    def message(self) -> str:
        return str(self.args[0])


def job_get(pending: PendingImport, step: str) -> Job | None:
    """The state of ``step`` of the upload, ``None`` if it was never requested."""
    data = uploads.read_state(_state_name(pending, step))
    try:
        return Job(**data) if data is not None else None
    except TypeError:
        return None


# --- Requests (web) -----------------------------------------------------------


def pending_import_create(
    *, user: User, upload, encoding: str, deactivate_missing: bool, language: str
) -> PendingImport:
    """Keep ``upload`` for ``user`` (``uploads.pending_import_save``, which
    raises ``UnreadableFile`` for a file refused without reading it) and queue
    its check. Messages of the check are in ``language``."""
    pending = uploads.pending_import_save(
        user=user,
        upload=upload,
        encoding=encoding,
        deactivate_missing=deactivate_missing,
        language=language,
    )
    _request(pending, CHECK, current=None)
    return pending


def pending_import_confirm(*, pending: PendingImport, importer: User) -> bool:
    """Queue the import of a checked upload, once.

    True if this call queued it; False if it is queued, running or done
    already (a second confirm: a double click, another tab). An import that
    failed in a way worth trying again (a conflict, a run that stopped) is
    queued again. Raises ``ImportRefused`` unless the check has passed.
    """
    imported = job_get(pending, IMPORT)
    if imported is not None and not imported.may_retry:
        return False
    check = job_get(pending, CHECK)
    if check is None or check.is_running:
        raise ImportRefused(
            _("The file is still being checked. Import it once the preview is shown.")
        )
    if check.status != DONE:
        raise ImportRefused(
            _("Nothing was imported: the file could not be checked. Upload it again.")
        )
    if check.result["counts"]["errors"]:
        raise ImportRefused(
            _("Nothing was imported: the file has errors. Correct them and upload the file again.")
        )
    return _request(pending, IMPORT, importer.pk, current=imported)


def _request(pending: PendingImport, step: str, *args, current: Job | None) -> bool:
    """Start the next attempt of ``step`` after ``current`` and queue its task,
    unless someone else has just done so."""
    attempt = current.attempt + 1 if current else 1
    if not uploads.claim(f"{pending.token}.{step}.{attempt}"):
        return False
    _save(pending, step, Job(status=PENDING, attempt=attempt, requested_at=_now()))
    token = pending.token
    transaction.on_commit(
        lambda: async_task(
            TASKS[step],
            token,
            *args,
            task_name=f"directory-{step}-{token[:8]}-{attempt}",
            group="directory-imports",
            timeout=TASK_TIMEOUT,
        )
    )
    return True


# --- Runs (tasks) -------------------------------------------------------------


def pending_import_check(*, token: str) -> str:
    """Check an upload (``lms.tasks.directory_import_preview``): read the file,
    plan it against the database as its uploader, keep the preview.

    Idempotent: does nothing unless the check waits to run, or its run died
    with attempts left. Messages are in the uploader's language. A file that
    cannot be imported (unreadable, or with wrong rows) is deleted; its
    preview stays.
    """
    pending = uploads.pending_import_load(token=token)
    if pending is None:
        return "gone"
    run = _start(pending, CHECK)
    if run is None:
        return "nothing to do"

    def work() -> str:
        importer = User.objects.filter(pk=pending.user_id).first()
        if not _may_import(importer):
            return run.fail(FORBIDDEN)
        directory = uploads.pending_import_read(pending=pending, progress=run.progress)
        plan = directory_import_plan(
            directory=directory,
            importer=importer,
            deactivate_missing=pending.deactivate_missing,
            progress=run.progress,
        )
        return run.finish(result=uploads.import_report(plan, directory))

    outcome = _execute(run, work)
    if outcome == UNREADABLE or (outcome == DONE and run.job.result["counts"]["errors"]):
        _forget(pending.stored_name)
    return outcome


def pending_import_run(*, token: str, importer: User) -> str:
    """Import a checked upload (``lms.tasks.directory_import_apply``), all or
    nothing: see ``services.directory_import_apply``, which checks every row
    again against the database as it is now.

    Idempotent: does nothing unless the import waits to run, or its run died
    with attempts left; a run taken over after its import committed finds
    nothing left to change. Done, the file and its preview are deleted and
    the counts kept; rows that no longer pass leave the new preview instead.
    """
    pending = uploads.pending_import_load(token=token)
    if pending is None or pending.user_id != importer.pk:
        return "gone"
    run = _start(pending, IMPORT)
    if run is None:
        return "nothing to do"

    def work() -> str:
        if not _may_import(importer):
            return run.fail(FORBIDDEN)
        directory = uploads.pending_import_read(pending=pending, progress=run.progress)
        try:
            plan = directory_import_apply(
                directory=directory,
                importer=importer,
                deactivate_missing=pending.deactivate_missing,
                progress=run.progress,
            )
        except DirectoryImportRejected as rejected:
            return run.fail(REJECTED, result=uploads.import_report(rejected.plan, directory))
        return run.finish(result=plan.counts)

    outcome = _execute(run, work)
    if outcome in (DONE, REJECTED, UNREADABLE):
        _forget(pending.stored_name)
    if outcome == DONE:
        _forget(_state_name(pending, CHECK))  # the preview names people; the counts suffice
    return outcome


def _may_import(user: User | None) -> bool:
    return user is not None and user.is_active and user.has_perm(IMPORT_PERMISSION)


class _Run:
    """A claimed run of a step: it saves its progress, at most every
    ``HEARTBEAT_SECONDS`` (the heartbeat), and its outcome."""

    def __init__(self, pending: PendingImport, step: str, job: Job):
        self.pending, self.step, self.job = pending, step, job
        self.saved = 0.0

    def save(self) -> None:
        self.job.heartbeat = _now()
        _save(self.pending, self.step, self.job)
        self.saved = time.monotonic()

    def progress(self, stage: str, done: int, total: int | None) -> None:
        stage_changed = stage != self.job.stage
        self.job.stage, self.job.done, self.job.total = stage, done, total
        if stage_changed or time.monotonic() - self.saved >= HEARTBEAT_SECONDS:
            self.save()

    def finish(self, *, result: dict) -> str:
        self.job.status, self.job.result = DONE, result
        self.save()
        return DONE

    def fail(self, failure: str, *, message: str = "", result: dict | None = None) -> str:
        self.job.status, self.job.failure, self.job.message = FAILED, failure, message
        self.job.result = result or {}
        self.save()
        return failure


def _start(pending: PendingImport, step: str) -> _Run | None:
    """Claim the run of ``step``: the attempt waiting for it, or the next
    attempt if the last run died. ``None`` if there is nothing to run or
    another task has it."""
    current = job_get(pending, step)
    if current is None:
        return None
    state = current.state
    if state == PENDING:
        attempt = current.attempt
        claimed = uploads.claim(f"{pending.token}.{step}.{attempt}.run")
    elif state == STOPPED and current.attempt < MAX_ATTEMPTS:
        attempt = current.attempt + 1
        claimed = uploads.claim(f"{pending.token}.{step}.{attempt}")
    else:
        return None
    if not claimed:
        return None
    run = _Run(
        pending, step, Job(status=WORKING, attempt=attempt, requested_at=current.requested_at)
    )
    run.save()
    return run


def _execute(run: _Run, work: Callable[[], str]) -> str:
    """``work()`` in the uploader's language, each failure recorded; the outcome."""
    with translation.override(run.pending.language):
        try:
            return work()
        except UnreadableFile as error:
            return run.fail(UNREADABLE, message=error.message)
        except DirectoryImportConflict as error:
            return run.fail(CONFLICT, message=error.message)
        except TimeoutException:
            # django-q2 stops the task; its transaction has rolled back.
            run.fail(TIMED_OUT)
            raise
        except Exception:
            logger.exception("Directory import %s: the %s failed", run.pending.token, run.step)
            return run.fail(CRASHED)


def _save(pending: PendingImport, step: str, job: Job) -> None:
    uploads.write_state(_state_name(pending, step), asdict(job))


def _state_name(pending: PendingImport, step: str) -> str:
    return f"{pending.token}.{step}.json"


def _forget(name: str) -> None:
    # The outcome is recorded: a file left behind goes with the stale ones.
    with contextlib.suppress(OSError):
        uploads.forget(name)


def _now() -> str:
    return timezone.now().isoformat()


def _time(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)
