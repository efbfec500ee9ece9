"""Quiz results in the admin: who may see them, filters, statistics, the CSV
export and grade overrides."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.models import GradeOverride, QuizAttempt
from tests.factories import OrganisationUnitFactory, UserFactory, build_quiz, right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course):
    return build_quiz(course, pass_mark=60)


def take(course, quiz, *, share, person=None, now=None):
    person = person or UserFactory()
    enrolment = services.enrolment_create(user=person, course=course)[0]
    attempt = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz, now=now)[0]
    services.quiz_attempt_submit(
        attempt=attempt, answers=right_answers(attempt, share), confirm_unanswered=True, now=now
    )
    return QuizAttempt.objects.get(pk=attempt.pk)


def test_only_trainers_and_administrators_see_results(client, quiz, learner, hr_officer, trainer):
    urls = [
        reverse("courses_quiz_list"),
        reverse("courses_quiz_attempts", args=[quiz.pk]),
        reverse("courses_quiz_attempts_csv", args=[quiz.pk]),
        reverse("courses_quiz_statistics", args=[quiz.pk]),
    ]
    for person, allowed in ((learner, False), (hr_officer, False), (trainer, True)):
        client.force_login(person)
        for url in urls:
            status = client.get(url).status_code
            assert (status == 200) is allowed, (person, url, status)


def test_attempts_filter_by_department_date_and_outcome(client, course, quiz, trainer):
    finance = OrganisationUnitFactory(code="FIN")
    payroll = OrganisationUnitFactory(code="PAY", parent=finance)
    health = OrganisationUnitFactory(code="HEA")
    last_week = timezone.now() - timedelta(days=7)
    in_payroll = take(course, quiz, share=1.0, person=UserFactory(unit=payroll))
    in_health = take(course, quiz, share=0.2, person=UserFactory(unit=health), now=last_week)
    open_one = services.quiz_attempt_start(
        enrolment=services.enrolment_create(user=UserFactory(unit=health), course=course)[0],
        quiz=quiz,
    )[0]

    def ids(**filters):
        return {a.pk for a in selectors.quiz_attempts_for(quiz=quiz, **filters)}

    assert ids(unit=finance) == {in_payroll.pk}, "a department includes its units"
    assert ids(outcome="failed") == {in_health.pk}
    assert ids(outcome="in_progress") == {open_one.pk}
    assert ids(submitted_from=timezone.localdate()) == {in_payroll.pk}
    assert ids(submitted_to=timezone.localdate() - timedelta(days=1)) == {in_health.pk}

    client.force_login(trainer)
    url = reverse("courses_quiz_attempts", args=[quiz.pk])
    html = client.get(url, {"unit": finance.pk, "outcome": "passed"}).content.decode()
    assert str(in_payroll.user) in html and str(in_health.user) not in html
    bad = client.get(url, {"submitted_from": "2026-05-01", "submitted_to": "2026-04-01"})
    assert bad.status_code == 200
    assert "The start date is after the end date." in bad.content.decode()
    assert client.get(url, {"unit": "999999", "submitted_from": "yesterday"}).status_code == 200


def test_the_csv_export_streams_filtered_rows_safely(client, course, quiz, trainer):
    take(course, quiz, share=1.0, person=UserFactory(full_name="=HYPERLINK(1)"))
    take(course, quiz, share=0.2, person=UserFactory(full_name="Amina Salim"))
    client.force_login(trainer)
    response = client.get(
        reverse("courses_quiz_attempts_csv", args=[quiz.pk]), {"outcome": "passed"}
    )
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["Attempt ID", "Name", "Email"]
    assert len(rows) == 2 and rows[1][1] == "'=HYPERLINK(1)" and rows[1][10] == "100.00"


def test_question_statistics_tell_strong_from_weak_learners(course, quiz):
    # Strong learners get everything right; weak ones only the first question.
    for _ in range(4):
        take(course, quiz, share=1.0)
    for _ in range(4):
        take(course, quiz, share=0.2)
    rows = selectors.quiz_question_statistics(quiz=quiz, language="en")
    first, *others = rows
    assert all(row.attempts == 8 for row in rows)
    assert first.facility == 100 and first.discrimination is None, "all right: no separation"
    for row in others:
        assert row.facility == 50
        assert row.discrimination == pytest.approx(1.0)


def test_a_trainer_overrides_a_grade_with_a_reason(client, course, quiz, trainer, learner):
    attempt = take(course, quiz, share=0.2, person=learner)
    client.force_login(trainer)
    url = reverse("courses_quiz_attempt", args=[attempt.pk])
    page = client.get(url).content.decode()
    assert "Change the grade" in page and "Feedback" not in page

    refused = client.post(url, {"score": "150", "reason": ""})
    assert refused.status_code == 200 and GradeOverride.objects.count() == 0
    response = client.post(url, {"score": "65", "reason": "Question 2 was misprinted"})
    assert response.status_code == 302
    override = GradeOverride.objects.get()
    assert (override.created_by, override.reason, str(override.score)) == (
        trainer,
        "Question 2 was misprinted",
        "65.00",
    )
    page = client.get(url).content.decode()
    assert "Question 2 was misprinted" in page and str(trainer) in page

    client.force_login(learner)
    result = client.get(quiz.url + f"attempt/{attempt.pk}/result/").content.decode()
    assert "Your score: 65 %" in result and "A trainer changed this grade" in result


def test_an_hr_officer_cannot_override(client, course, quiz, hr_officer):
    attempt = take(course, quiz, share=0.2)
    client.force_login(hr_officer)
    url = reverse("courses_quiz_attempt", args=[attempt.pk])
    # Wagtail turns a refused permission into a redirect to the dashboard.
    assert client.post(url, {"score": "90", "reason": "x"}).status_code in (302, 403)
    assert GradeOverride.objects.count() == 0


def test_admin_pages_run_a_fixed_number_of_queries(client, course, quiz, trainer):
    client.force_login(trainer)
    urls = [
        reverse("courses_quiz_list"),
        reverse("courses_quiz_attempts", args=[quiz.pk]),
        reverse("courses_quiz_statistics", args=[quiz.pk]),
    ]

    def counts():
        result = []
        for url in urls:
            client.get(url)  # warm caches
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
                result.append(len(captured.captured_queries))
        return result

    take(course, quiz, share=1.0)
    few = counts()
    for number in range(12):
        take(course, quiz, share=number / 12, person=UserFactory(unit=OrganisationUnitFactory()))
    assert counts() == few
