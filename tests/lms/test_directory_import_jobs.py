"""The staff directory import's background tasks: checking and importing an
upload outside the web request, the page that follows them, and running
each import once."""

import datetime
import pydoc
import re
import threading
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.exceptions import TimeoutException
from django_q.signing import SignedPackage
from django_q.tasks import async_task

from lms import tasks
from lms.directory import jobs, uploads
from lms.directory.services import DirectoryImportConflict
from lms.models import User
from lms.settings.environment import q_cluster_config
from tests.factories import UserFactory

from .conftest import TaskClient, directory_csv, people_snapshot

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("lms_directory_import")
REFRESH = '<meta http-equiv="refresh" content="3">'
DATA = directory_csv(
    "E-1,Amina,amina@ministry.example,MOICT-DIG",
    "E-2,Baraka,baraka@ministry.example,MOICT-DIG,,E-1",
)


@pytest.fixture
def client(imports_storage):
    return TaskClient()


@pytest.fixture
def queue(monkeypatch):
    """Tasks go to a queue of this test's own on the configured broker (the
    ORM, or Redis in CI) instead of running inline. ``calls`` lists what the
    import queued; ``run()`` runs the queued tasks as a worker would, and
    says what each returned."""
    monkeypatch.setattr(Conf, "SYNC", False)
    broker = get_broker("maarifa-test-directory-import")
    broker.purge_queue()
    calls = []

    def enqueue(func, *args, **kwargs):
        calls.append(SimpleNamespace(func=func, args=args, kwargs=kwargs))
        return async_task(func, *args, broker=broker, **kwargs)

    def run() -> list:
        outcomes = []
        while broker.queue_size():
            for task_id, payload in broker.dequeue() or []:
                task = SignedPackage.loads(payload)
                if task_id is not None:
                    broker.acknowledge(task_id)
                outcomes.append(pydoc.locate(task["func"])(*task["args"], **task["kwargs"]))
        return outcomes

    monkeypatch.setattr(jobs, "async_task", enqueue)
    yield SimpleNamespace(calls=calls, broker=broker, run=run)
    broker.purge_queue()


def upload(client, data: bytes = DATA, *, name: str = "staff.csv", **fields) -> str:
    response = client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile(name, data), "encoding": "auto", **fields}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return re.fullmatch(r"/admin/directory-import/([0-9a-f]{32})/", response["Location"]).group(1)


def page_url(token: str) -> str:
    return reverse("lms_directory_import_preview", args=[token])


def page(client, token: str) -> str:
    response = client.get(page_url(token))
    assert response.status_code == 200
    return response.content.decode()


def confirm(client, token: str):
    return client.post(reverse("lms_directory_import_confirm", args=[token]))


def pending_of(token: str) -> uploads.PendingImport:
    return uploads.pending_import_load(token=token)


# --- The request queues, the task works -----------------------------------------


def test_upload_only_saves_the_file_and_queues_one_check(
    client, queue, units, hr_officer, monkeypatch
):
    reads = []
    read = uploads.read_directory_file
    monkeypatch.setattr(
        uploads, "read_directory_file", lambda *a, **kw: reads.append(1) or read(*a, **kw)
    )
    client.force_login(hr_officer)

    token = upload(client)

    assert reads == []  # the request did not parse the file
    assert [(call.func, call.args) for call in queue.calls] == [
        ("lms.tasks.directory_import_preview", (token,))
    ]
    assert queue.calls[0].kwargs["timeout"] == jobs.TASK_TIMEOUT
    assert queue.broker.queue_size() == 1
    text = page(client, token)
    assert REFRESH in text and "Checking the file…" in text
    assert "Waiting for a background worker" in text and ">Import</button>" not in text

    assert queue.run() == [jobs.DONE]
    assert reads == [1]
    text = page(client, token)
    assert REFRESH not in text and "To create (2)" in text and ">Import</button>" in text
    assert queue.broker.queue_size() == 0 and len(queue.calls) == 1


def test_a_double_confirm_imports_once(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    queue.run()

    for _attempt in range(2):  # a double click
        response = confirm(client, token)
        assert response.status_code == 302 and response["Location"] == page_url(token)

    imports = [call for call in queue.calls if call.func == "lms.tasks.directory_import_apply"]
    assert [call.args for call in imports] == [(token, hr_officer.pk)]
    assert queue.broker.queue_size() == 1
    text = page(client, token)
    assert REFRESH in text and "Importing…" in text and ">Import</button>" not in text
    assert not User.objects.filter(employee_number="E-1").exists()

    assert queue.run() == [jobs.DONE]
    text = page(client, token)
    assert REFRESH not in text
    assert "2 created, 0 updated, 0 deactivated, 0 unchanged" in text
    # Confirming once more, or the task delivered again, changes nothing.
    confirm(client, token)
    assert queue.broker.queue_size() == 0
    assert tasks.directory_import_apply(token, hr_officer.pk) == "nothing to do"
    assert tasks.directory_import_preview(token) == "nothing to do"
    assert User.objects.filter(employee_number__in=["E-1", "E-2"]).count() == 2


def test_concurrent_confirms_queue_one_import(client, units, hr_officer, monkeypatch):
    client.force_login(hr_officer)
    token = upload(client)
    queued = []
    monkeypatch.setattr(jobs, "async_task", lambda *args, **kwargs: queued.append(args))
    pending = pending_of(token)
    start = threading.Barrier(8)
    results = []

    def confirm_now():
        try:
            start.wait()
            results.append(jobs.pending_import_confirm(pending=pending, importer=hr_officer))
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm_now) for _n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False] * 7 + [True]
    assert queued == [("lms.tasks.directory_import_apply", token, hr_officer.pk)]


def test_progress_is_shown_while_a_task_works(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    run = jobs._start(pending_of(token), jobs.CHECK)

    run.progress("reading", 15000, None)
    text = page(client, token)
    assert REFRESH in text and "15,000 rows read so far." in text

    run.progress("validating", 40000, 100000)
    text = page(client, token)
    assert "40,000 of 100,000 rows checked." in text and '<progress max="100000"' in text
    # The queued task finds the check taken and leaves it alone.
    assert queue.run() == ["nothing to do"]


def test_a_long_wait_for_a_worker_is_explained(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    assert "No background worker has taken it up yet" not in page(client, token)
    pending = pending_of(token)
    job = jobs.job_get(pending, jobs.CHECK)
    job.requested_at = (timezone.now() - jobs.WAITING_TOO_LONG * 2).isoformat()
    jobs._save(pending, jobs.CHECK, job)
    text = page(client, token)
    assert REFRESH in text and "No background worker has taken it up yet" in text


# --- What goes wrong is shown, translated -----------------------------------------


def test_a_failing_task_is_shown_translated_not_as_an_error_page(
    client, units, hr_officer, monkeypatch, caplog
):
    def broken(**kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(jobs, "directory_import_plan", broken)
    client.force_login(hr_officer)
    client.cookies["maarifa_language"] = "ar"
    token = upload(client)

    text = page(client, token)
    with translation.override("ar"):
        message = gettext(
            "Something went wrong on the server, and the error has been logged for the "
            "administrators. Nothing was imported."
        )
    assert '<html lang="ar" dir="rtl"' in text and message in text
    assert REFRESH not in text and f'href="{UPLOAD_URL}"' in text
    assert "database on fire" not in text
    assert "database on fire" in caplog.text  # logged for the administrators


def test_file_errors_found_by_the_task_are_in_the_uploaders_language(client, units, hr_officer):
    client.force_login(hr_officer)
    client.cookies["maarifa_language"] = "ar"
    token = upload(client, directory_csv())
    client.cookies["maarifa_language"] = "en"  # read later in another language
    assert "لا يحتوي الملف على أي صفوف أسفل صف العناوين." in page(client, token)


def test_rows_that_no_longer_pass_when_importing_are_shown(client, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    UserFactory(employee_number="E-7", email="baraka@ministry.example", unit=units.fin)
    before = people_snapshot()

    confirm(client, token)

    text = page(client, token)
    assert "has changed since the preview" in text and "(1 errors)" in text
    assert "The email address baraka@ministry.example is already used" in text
    assert ">Import</button>" not in text and REFRESH not in text
    assert people_snapshot() == before


def test_a_conflict_can_be_tried_again(client, queue, units, hr_officer, monkeypatch):
    client.force_login(hr_officer)
    token = upload(client)
    queue.run()
    confirm(client, token)
    apply = jobs.directory_import_apply

    def clash(**kwargs):
        raise DirectoryImportConflict("Someone changed the same people. Try again.")

    monkeypatch.setattr(jobs, "directory_import_apply", clash)
    assert queue.run() == [jobs.CONFLICT]
    text = page(client, token)
    assert "Someone changed the same people. Try again." in text
    assert ">Import</button>" in text and REFRESH not in text

    monkeypatch.setattr(jobs, "directory_import_apply", apply)
    confirm(client, token)
    assert [call.args for call in queue.calls[1:]] == [(token, hr_officer.pk)] * 2
    assert queue.run() == [jobs.DONE]
    assert "2 created" in page(client, token)


def test_a_task_stopped_at_its_timeout_records_it(client, queue, units, hr_officer, monkeypatch):
    client.force_login(hr_officer)
    token = upload(client)
    queue.run()
    confirm(client, token)

    def too_slow(**kwargs):
        raise TimeoutException("Task exceeded maximum timeout value (180 seconds)")

    monkeypatch.setattr(jobs, "directory_import_apply", too_slow)
    with pytest.raises(TimeoutException):  # django-q2 still ends the worker
        queue.run()
    text = page(client, token)
    assert "took longer than the 3 minutes allowed" in text and ">Import</button>" in text
    assert not User.objects.filter(employee_number="E-1").exists()


def test_a_run_that_died_is_taken_over_or_tried_again(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    queue.run()
    confirm(client, token)
    pending = pending_of(token)
    # A worker took the import and was killed: its heartbeat stopped.
    run = jobs._start(pending, jobs.IMPORT)
    run.job.heartbeat = (
        timezone.now() - jobs.STALE_AFTER - datetime.timedelta(seconds=1)
    ).isoformat()
    jobs._save(pending, jobs.IMPORT, run.job)

    text = page(client, token)
    assert "The background worker stopped before it had finished" in text
    assert REFRESH not in text and ">Import</button>" in text
    # Trying again queues the next attempt; the task delivered again (the
    # broker's retry) and the new one run it once between them.
    confirm(client, token)
    assert jobs.job_get(pending, jobs.IMPORT).attempt == 2
    assert sorted(queue.run()) == [jobs.DONE, "nothing to do"]
    assert User.objects.filter(employee_number__in=["E-1", "E-2"]).count() == 2


def test_a_redelivered_task_takes_over_a_dead_run(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    pending = pending_of(token)
    run = jobs._start(pending, jobs.CHECK)
    run.job.heartbeat = (timezone.now() - jobs.STALE_AFTER * 2).isoformat()
    jobs._save(pending, jobs.CHECK, run.job)

    assert queue.run() == [jobs.DONE]
    job = jobs.job_get(pending, jobs.CHECK)
    assert (job.status, job.attempt) == (jobs.DONE, 2)
    assert "To create (2)" in page(client, token)
    # …but only so often.
    job.status, job.attempt, job.heartbeat = jobs.WORKING, jobs.MAX_ATTEMPTS, run.job.heartbeat
    jobs._save(pending, jobs.CHECK, job)
    assert tasks.directory_import_preview(token) == "nothing to do"
    text = page(client, token)
    assert "The background worker stopped before it had finished" in text
    assert REFRESH not in text and "Upload a corrected file" in text


def test_an_importer_who_lost_the_permission_imports_nothing(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    queue.run()
    confirm(client, token)
    hr_officer.groups.clear()
    assert queue.run() == [jobs.FORBIDDEN]
    assert not User.objects.filter(employee_number="E-1").exists()


def test_confirming_before_the_check_is_done_is_refused(client, queue, units, hr_officer):
    client.force_login(hr_officer)
    token = upload(client)
    response = client.post(reverse("lms_directory_import_confirm", args=[token]), follow=True)
    assert "The file is still being checked." in response.content.decode()
    assert len(queue.calls) == 1


def test_someone_elses_token_does_nothing_in_a_task(client, units, hr_officer, administrator):
    client.force_login(hr_officer)
    token = upload(client)
    assert tasks.directory_import_apply(token, administrator.pk) == "gone"
    assert tasks.directory_import_apply(token, 0) == "gone"
    assert tasks.directory_import_preview("0" * 32) == "gone"
    assert not User.objects.filter(employee_number="E-1").exists()


def test_the_task_timeout_fits_the_cluster():
    production = q_cluster_config("", workers=2)
    # A 100,000-row XLSX takes about 80 s to read, check again and import.
    assert 2 * 80 <= jobs.TASK_TIMEOUT < production["retry"]
    # A run is only called dead once it cannot be alive, and before the
    # broker hands its task out again.
    assert jobs.TASK_TIMEOUT < jobs.STALE_AFTER.total_seconds() < production["retry"]
