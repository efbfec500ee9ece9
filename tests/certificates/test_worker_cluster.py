"""A real django-q2 cluster renders certificates; killed mid-render, the
certificates still all arrive, once each.

The cluster runs as ``manage.py qcluster`` in its own process group against
the test database, with the broker of the run (the ORM broker on SQLite, Redis
when REDIS_URL is set). The test kills the whole group with SIGKILL while a
render is in progress (its attempt is counted before rendering starts), so the
in-flight task is lost (Redis) or left unacknowledged (ORM); the sweep and a
new cluster must finish the work without a second certificate or file.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.conf import Conf
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate
from courses.models import Enrolment
from tests.conftest import make_home_page
from tests.factories import OrganisationUnitFactory, UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db(transaction=True)

CERTIFICATES = 40


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}"
    )


def _start_cluster(log):
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="lms.settings.test",
        MAARIFA_TEST_Q_SYNC="0",
        DATABASE_URL=_database_url(),
    )
    return subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=settings.BASE_DIR,
        env=env,
        start_new_session=True,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def _kill(process) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _wait_for(predicate, *, timeout: float, poll: float = 0.01):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(poll)
    return None


def _in_flight() -> list[int]:
    """Certificates whose render has started (attempt counted) but not finished."""
    return list(
        Certificate.objects.filter(render_attempts__gte=1, rendered_version=0).values_list(
            "pk", flat=True
        )
    )


def test_killed_worker_loses_no_certificate_and_makes_none_twice(monkeypatch, tmp_path):
    course = build_course(build_catalogue(make_home_page()), slug="security", lessons=1)
    unit = OrganisationUnitFactory()
    now = timezone.now()
    enrolments = [
        Enrolment.objects.create(
            user=UserFactory(unit=unit), course=course, enrolled_at=now, completed_at=now
        )
        for _ in range(CERTIFICATES)
    ]
    broker = get_broker()
    broker.purge_queue()
    # Enqueue for real, as production does, instead of rendering inline.
    monkeypatch.setattr(Conf, "SYNC", False)
    for enrolment in enrolments:
        services.certificate_issue(enrolment=enrolment)
    assert Certificate.objects.filter(status="pending").count() == CERTIFICATES

    log = (tmp_path / "cluster.log").open("w")
    cluster = _start_cluster(log)
    try:
        # Let a few finish, then catch one mid-render and kill the cluster.
        assert _wait_for(
            lambda: Certificate.objects.filter(rendered_version=1).count() >= 3, timeout=90
        ), (tmp_path / "cluster.log").read_text()
        assert _wait_for(_in_flight, timeout=30)
        _kill(cluster)
        interrupted = _in_flight()
    finally:
        _kill(cluster)
    assert interrupted, "the cluster was not caught in the middle of a render"
    unfinished = Certificate.objects.filter(rendered_version=0).count()
    assert unfinished > 0

    # The sweep finds what was left pending and queues it again.
    counts = services.sweep(now=timezone.now() + services.STALE_AFTER + timedelta(seconds=1))
    assert counts["requeued"] == unfinished

    cluster = _start_cluster(log)
    try:
        assert _wait_for(
            lambda: Certificate.objects.filter(rendered_version=1).count() == CERTIFICATES,
            timeout=120,
            poll=0.2,
        ), (tmp_path / "cluster.log").read_text()
        # Give a redelivered duplicate (ORM broker) the chance to run too.
        time.sleep(2)
    finally:
        _kill(cluster)
        log.close()

    certificates = list(Certificate.objects.all())
    assert len(certificates) == CERTIFICATES
    assert {c.enrolment_id for c in certificates} == {e.pk for e in enrolments}
    assert len({c.file.name for c in certificates}) == CERTIFICATES
    for certificate in certificates:
        assert certificate.status == Certificate.Status.READY
        with certificate.file.open("rb") as handle:
            assert len(PdfReader(handle).pages) == 1
    # The interrupted render was counted, then completed by a later attempt.
    for certificate in Certificate.objects.filter(pk__in=interrupted):
        assert certificate.render_attempts >= 2
