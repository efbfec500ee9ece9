"""Exam load on PostgreSQL: many learners submitting at once lose nothing, and
one attempt submitted many times at once is graded exactly once.

Real threads with their own database connections, against real row locks;
SQLite serialises all writers, so these run on PostgreSQL only.
"""

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection, connections

from courses import services
from courses.models import Enrolment, QuizAttempt
from tests.conftest import make_home_page
from tests.factories import UserFactory, build_catalogue, build_course, build_quiz, right_answers

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]

LEARNERS = 200
THREADS = 40  # below PostgreSQL's default 100 connections, with room for the test itself


@pytest.fixture
def quiz():
    course = build_course(build_catalogue(make_home_page()), slug="exam", lessons=1)
    return build_quiz(course, pass_mark=50)


def _in_thread(function):
    def run(*args):
        try:
            return function(*args)
        finally:
            connections.close_all()

    return run


def test_200_attempts_submitted_at_once_are_all_graded(quiz):
    attempts = []
    for number in range(LEARNERS):
        enrolment = services.enrolment_create(
            user=UserFactory(), course=quiz.get_parent().specific
        )[0]
        attempt = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)[0]
        # Alternate: half answer everything right, half only the first two questions.
        attempts.append((attempt, right_answers(attempt, 1.0 if number % 2 else 0.4)))
    gate = threading.Barrier(THREADS)

    @_in_thread
    def submit(attempt, answers):
        # 200 / 40: five full waves of 40 submissions released together.
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait(timeout=30)
        return services.quiz_attempt_submit(
            attempt=attempt, answers=answers, confirm_unanswered=True
        )[1]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        graded_now = list(pool.map(lambda pair: submit(*pair), attempts))

    assert graded_now == [True] * LEARNERS
    graded = QuizAttempt.objects.filter(quiz=quiz, status=QuizAttempt.Status.GRADED)
    assert graded.count() == LEARNERS
    assert graded.filter(score=Decimal("100.00"), passed=True).count() == LEARNERS // 2
    assert graded.filter(score=Decimal("40.00"), passed=False).count() == LEARNERS // 2
    for attempt in graded:
        assert len(attempt.answers) == 5, "every answer sent was stored"
    # The course's lesson is still to do: passing the quiz completed nobody's course.
    assert not Enrolment.objects.filter(completed_at__isnull=False).exists()


def test_the_same_attempt_submitted_20_times_at_once_gets_one_grade(quiz):
    enrolment = services.enrolment_create(user=UserFactory(), course=quiz.get_parent().specific)[0]
    attempt = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)[0]
    answers = right_answers(attempt)
    gate = threading.Barrier(20)

    @_in_thread
    def submit(_):
        mine = QuizAttempt.objects.get(pk=attempt.pk)  # each request loads its own copy
        gate.wait(timeout=30)
        graded, now = services.quiz_attempt_submit(
            attempt=mine, answers=answers, confirm_unanswered=True
        )
        return now, graded.submitted_at, graded.score

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(submit, range(20)))

    assert sum(1 for now, _at, _score in results if now) == 1
    assert len({(at, score) for _now, at, score in results}) == 1, "everyone sees one result"
    attempt.refresh_from_db()
    assert attempt.is_graded and attempt.score == Decimal("100.00")
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 1
