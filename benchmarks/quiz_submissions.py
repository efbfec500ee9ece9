"""Quiz submissions per second, and their latency, against a running server.

    # PostgreSQL (the production path):
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/maarifa_bench
    .venv/bin/python manage.py migrate --noinput && .venv/bin/python manage.py seed_demo
    .venv/bin/python benchmarks/quiz_submissions.py --learners 400 --concurrency 32

Prepares ``--learners`` people who have read the demo security course and
started its final quiz (10 questions drawn from 14), each signed in with a
session of their own. Then, over real HTTP with ``--concurrency`` clients at
once, each learner (1) saves the last page of answers and (2) submits — the
request that grades the attempt, may complete the course, and redirects to
the result. Prints requests per second and p50/p95 latency for each phase,
and checks that every attempt was graded exactly once.

By default it starts its own server, gunicorn with ``--workers`` processes on
127.0.0.1:8765, on the same database; ``--url`` points it at one already
running instead. Not a test: the figures depend on the machine. The README
quotes a run.
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

COURSE = "cybersecurity-awareness-essentials"
PREFIX = "bench-quiz-"


def prepare(count: int) -> list[dict]:
    """Learners with an open attempt whose first page is already saved."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from content.models import CoursePage, QuizPage
    from courses import services
    from courses.demo import sample_answers
    from courses.models import Enrolment
    from courses.progress import CourseOutline
    from lms.models import User

    course = CoursePage.objects.get(slug=COURSE)
    quiz = QuizPage.objects.live().descendant_of(course).get()
    lessons = CourseOutline.for_course(course).lessons
    # Start from a clean slate on every run.
    Enrolment.objects.filter(user__email__startswith=PREFIX).delete()
    User.objects.filter(email__startswith=PREFIX).delete()
    people = User.objects.bulk_create(
        User(email=f"{PREFIX}{n}@ministry.example", full_name=f"Bench {n}") for n in range(count)
    )
    engine = settings.SESSION_ENGINE.rsplit(".", 1)[-1]
    if engine not in ("db", "cached_db"):
        sys.exit(f"This benchmark writes sessions to the database; SESSION_ENGINE is {engine}.")
    learners = []
    for person in people:
        enrolment = services.enrolment_create(user=person, course=course)[0]
        for lesson in lessons:
            services.lesson_complete(enrolment=enrolment, lesson=lesson)
        attempt = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)[0]
        answers = sample_answers(attempt.questions)
        first_page = dict(list(answers.items())[: quiz.questions_per_page])
        services.quiz_attempt_save(attempt=attempt, answers=first_page)
        session = SessionStore()
        session[SESSION_KEY] = str(person.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = person.get_session_auth_hash()
        session.create()
        base = quiz.get_url().rstrip("/") + f"/attempt/{attempt.pk}/"
        last_page = dict(list(answers.items())[quiz.questions_per_page :])
        learners.append(
            {
                "attempt": attempt.pk,
                "session": session.session_key,
                "save_url": base,
                "save_body": {
                    "page": "2",
                    "finish": "1",
                    **{f"q-{k}": v for k, v in last_page.items()},
                },
                "submit_url": base + "submit/",
                "submit_body": {"confirm": "1"},
            }
        )
    return learners


def post(host: str, port: int, learner: dict, phase: str) -> tuple[float, int]:
    token = secrets.token_hex(16)  # a 32-character CSRF secret, sent as cookie and field
    body = urllib.parse.urlencode(
        {**learner[f"{phase}_body"], "csrfmiddlewaretoken": token}, doseq=True
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"sessionid={learner['session']}; csrftoken={token}",
        "Referer": f"http://{host}:{port}/",
        "Host": f"{host}:{port}",
    }
    connection = http.client.HTTPConnection(host, port, timeout=60)
    started = time.perf_counter()
    connection.request("POST", learner[f"{phase}_url"], body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, response.status


def warm_up(host: str, port: int, learners: list[dict], concurrency: int) -> None:
    """Load code and templates in every server process before measuring."""

    def get(learner):
        connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.request(
            "GET", learner["save_url"], headers={"Cookie": f"sessionid={learner['session']}"}
        )
        connection.getresponse().read()
        connection.close()

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(get, learners[: concurrency * 4]))


def run_phase(host, port, learners, phase, concurrency) -> None:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda learner: post(host, port, learner, phase), learners))
    wall = time.perf_counter() - started
    latencies = sorted(ms * 1000 for ms, _status in results)
    statuses = {status for _ms, status in results}
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(
        f"{phase:<8}{len(results):>8}{len(results) / wall:>12.1f}"
        f"{statistics.median(latencies):>10.1f}{p95:>10.1f}   HTTP {sorted(statuses)}"
    )
    if statuses != {302}:
        sys.exit(f"{phase}: expected every response to be a 302 redirect, got {sorted(statuses)}")


def start_server(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and gunicorn
        [
            sys.executable,
            "-m",
            "gunicorn",
            "lms.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "ALLOWED_HOSTS": "127.0.0.1,localhost"},
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("The server did not start.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn processes")
    parser.add_argument("--url", help="a running server, e.g. http://127.0.0.1:8000")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from courses.models import QuizAttempt

    print(f"database: {connection.vendor}; preparing {args.learners} learners…", flush=True)
    learners = prepare(args.learners)
    server = None
    if args.url:
        parts = urllib.parse.urlsplit(args.url)
        host, port = parts.hostname, parts.port or 80
    else:
        host, port = "127.0.0.1", 8765
        server = start_server(port, args.workers)
    try:
        warm_up(host, port, learners, args.concurrency)
        print(f"{'phase':<8}{'requests':>8}{'per second':>12}{'p50 ms':>10}{'p95 ms':>10}")
        run_phase(host, port, learners, "save", args.concurrency)
        run_phase(host, port, learners, "submit", args.concurrency)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    graded = QuizAttempt.objects.filter(
        pk__in=[learner["attempt"] for learner in learners], status="graded", score=100
    ).count()
    print(f"graded at 100 %: {graded} of {len(learners)}")
    if graded != len(learners):
        sys.exit("Some submissions were lost.")


if __name__ == "__main__":
    main()
