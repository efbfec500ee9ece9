"""Taking a quiz through its pages: nothing leaks, bad input is refused with a
message, and nobody reaches another learner's attempt."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from courses import services
from courses.models import QuizAttempt
from tests.factories import UserFactory, build_quiz, right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course):
    return build_quiz(course, pass_mark=60, questions_per_page=2, show_answers="after_passing")


@pytest.fixture
def enrolled(client, learner, course):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    return client


def url(quiz, suffix=""):
    return quiz.url + suffix


def start(client, quiz) -> QuizAttempt:
    response = client.post(url(quiz, "start/"))
    assert response.status_code == 302
    return QuizAttempt.objects.latest("pk")


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_quiz_page_shows_the_rules_and_a_start_button(enrolled, quiz):
    response = enrolled.get(url(quiz))
    html = response.content.decode()
    assert response.status_code == 200
    assert "60 %" in html and "Start the quiz" in html
    assert 'action="' + url(quiz, "start/") + '"' in html


def test_learners_not_enrolled_are_sent_to_the_course(client, learner, quiz, course):
    client.force_login(learner)
    response = client.get(url(quiz))
    assert response.status_code == 302 and response["Location"] == course.url
    assert client.post(url(quiz, "start/")).status_code == 302
    assert not QuizAttempt.objects.exists()


def test_anonymous_visitors_are_asked_to_sign_in(client, quiz):
    assert "/login/" in client.get(url(quiz))["Location"]
    assert "/login/" in client.post(url(quiz, "start/"))["Location"]
    assert "/login/" in client.get(url(quiz, "attempt/1/"))["Location"]


def test_start_is_post_only(enrolled, quiz):
    assert enrolled.get(url(quiz, "start/")).status_code == 405


def test_the_question_page_never_contains_answers_or_feedback(enrolled, quiz):
    attempt = start(enrolled, quiz)
    html = ""
    for page in (1, 2, 3):
        response = enrolled.get(url(quiz, f"attempt/{attempt.pk}/?page={page}"))
        assert response.status_code == 200
        html += response.content.decode()
    assert "Which is a strong password?" in html and "Name the attack by fake email." in html
    for secret in ("Feedback for", "Because of", "phishing", "التصيد", "correct answer"):
        assert secret not in html
    assert not re.search(r"data-correct|is_correct|choice--correct|correct answer", html)


def test_answers_are_saved_page_by_page_and_submitted(enrolled, quiz):
    attempt = start(enrolled, quiz)
    answers = right_answers(attempt)
    ids = list(answers)
    response = enrolled.post(
        url(quiz, f"attempt/{attempt.pk}/"),
        {"page": "1", "goto": "2", **{f"q-{k}": answers[k] for k in ids[:2]}},
    )
    assert response["Location"].endswith("?page=2")
    attempt.refresh_from_db()
    assert set(attempt.answers) == set(ids[:2])

    # A lost connection: the learner comes back, and page 1 shows what they saved.
    page_one = enrolled.get(url(quiz, f"attempt/{attempt.pk}/?page=1")).content.decode()
    assert page_one.count("checked") == 1 + len(answers[ids[1]])

    enrolled.post(
        url(quiz, f"attempt/{attempt.pk}/"),
        {"page": "2", "goto": "3", **{f"q-{k}": answers[k] for k in ids[2:4]}},
    )
    review = enrolled.post(
        url(quiz, f"attempt/{attempt.pk}/"),
        {"page": "3", "finish": "1", **{f"q-{k}": answers[k] for k in ids[4:]}},
    )
    assert review["Location"].endswith("?review=1")
    summary = enrolled.get(review["Location"]).content.decode()
    assert "Not answered" not in summary and "Submit all and finish" in summary

    result = enrolled.post(url(quiz, f"attempt/{attempt.pk}/submit/"), {"confirm": "1"})
    assert result["Location"] == url(quiz, f"attempt/{attempt.pk}/result/")
    page = enrolled.get(result["Location"])
    html = page.content.decode()
    assert "Your score: 100 %" in html and "Passed" in html
    assert "Feedback for" in html and "Because of" in html, "answers show after passing"


def test_a_second_submit_gives_the_same_single_result(enrolled, quiz):
    attempt = start(enrolled, quiz)
    for _ in range(3):
        response = enrolled.post(url(quiz, f"attempt/{attempt.pk}/submit/"), {"confirm": "1"})
        assert response["Location"].endswith("/result/")
    attempt.refresh_from_db()
    assert attempt.is_graded and QuizAttempt.objects.count() == 1
    page = enrolled.get(url(quiz, f"attempt/{attempt.pk}/submit/"))
    assert page.status_code == 405


def test_submitting_with_unanswered_questions_asks_for_confirmation(enrolled, quiz):
    attempt = start(enrolled, quiz)
    response = enrolled.post(url(quiz, f"attempt/{attempt.pk}/submit/"), follow=True)
    assert "Questions 1, 2, 3, 4, 5 are not answered" in " ".join(messages_of(response))
    attempt.refresh_from_db()
    assert not attempt.is_graded


def test_a_failed_attempt_hides_the_answers_until_passing(enrolled, quiz):
    attempt = start(enrolled, quiz)
    enrolled.post(url(quiz, f"attempt/{attempt.pk}/submit/"), {"confirm": "1"})
    html = enrolled.get(url(quiz, f"attempt/{attempt.pk}/result/")).content.decode()
    assert "Your score: 0 %" in html and "Not passed" in html
    assert "Correct answers are shown once you pass." in html
    for secret in ("Feedback for", "Because of", "phishing"):
        assert secret not in html


@pytest.mark.parametrize(
    "tamper, message",
    [
        (lambda a: {"q-999999": "1"}, "not in your attempt"),
        (lambda a: {f"q-{a.questions[0]['id']}": "999999"}, "not one of its choices"),
        (lambda a: {f"q-{a.questions[0]['id']}": "<script>"}, "not one of its choices"),
    ],
)
def test_tampered_answers_get_a_message_and_store_nothing(enrolled, quiz, tamper, message):
    attempt = start(enrolled, quiz)
    response = enrolled.post(
        url(quiz, f"attempt/{attempt.pk}/"),
        {"page": "1", "goto": "2", **tamper(attempt)},
        follow=True,
    )
    assert response.status_code == 200
    assert any(message in m for m in messages_of(response))
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_nobody_reaches_another_learners_attempt(client, enrolled, quiz, course):
    theirs = start(enrolled, quiz)
    intruder = UserFactory()
    services.enrolment_create(user=intruder, course=course)
    client.force_login(intruder)
    for suffix in ("", "result/"):
        response = client.get(url(quiz, f"attempt/{theirs.pk}/{suffix}"), follow=True)
        assert "That quiz attempt was not found." in messages_of(response)
        assert "Which is a strong password?" not in response.content.decode()
    first = theirs.questions[0]
    client.post(
        url(quiz, f"attempt/{theirs.pk}/"),
        {"page": "1", f"q-{first['id']}": str(first["choices"][0]["id"])},
    )
    client.post(url(quiz, f"attempt/{theirs.pk}/submit/"), {"confirm": "1"})
    theirs.refresh_from_db()
    assert theirs.answers == {} and not theirs.is_graded
    for bad in ("9999999/", "abc/"):
        assert client.get(url(quiz, f"attempt/{bad}")).status_code in (302, 404)


def test_the_limit_message_replaces_the_start_button(enrolled, course):
    quiz = build_quiz(course, slug="once", attempts_allowed=1)
    attempt = start(enrolled, quiz)
    enrolled.post(url(quiz, f"attempt/{attempt.pk}/submit/"), {"confirm": "1"})
    html = enrolled.get(url(quiz)).content.decode()
    assert "You have used your 1 attempt at this quiz." in html and "Try again" not in html
    response = enrolled.post(url(quiz, "start/"), follow=True)
    assert "You have used your 1 attempt at this quiz." in messages_of(response)
    assert QuizAttempt.objects.count() == 1


def test_the_timed_page_shows_the_deadline_and_loads_the_countdown(enrolled, course):
    quiz = build_quiz(course, slug="timed", time_limit_minutes=15)
    attempt = start(enrolled, quiz)
    html = enrolled.get(url(quiz, f"attempt/{attempt.pk}/")).content.decode()
    assert 'role="timer"' in html and "countdown.js" in html and "data-deadline" in html


def test_the_quiz_is_shown_in_arabic_right_to_left(enrolled, quiz):
    attempt = start(enrolled, quiz)
    with translation.override("ar"):
        response = enrolled.get(f"/ar{url(quiz, f'attempt/{attempt.pk}/')[3:]}")
        last = enrolled.get(f"/ar{url(quiz, f'attempt/{attempt.pk}/?page=3')[3:]}")
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "Which is a strong password? [ar]" in html
    # Untranslated choices and questions are marked as English, left to right.
    assert '<label lang="en" dir="ltr">' in html
    assert '<fieldset class="question" lang="en" dir="ltr">' in last.content.decode()


def test_the_course_page_lists_the_quiz_and_completion_needs_it(enrolled, quiz, course):
    html = enrolled.get(course.url).content.decode()
    assert "Quiz quiz" in html and "pass mark 60 %" in html


def _queries(client, path, method="get", data=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(path, data or {})
        count = len(captured.captured_queries)
    assert response.status_code in (200, 302)
    return count


def test_queries_do_not_grow_with_pool_size_or_attempts(client, catalogue):
    from tests.factories import STANDARD_QUESTIONS, build_course

    counts = {}
    for size, history in ((5, 0), (40, 12)):
        course = build_course(catalogue, slug=f"c{size}", lessons=3)
        questions = (STANDARD_QUESTIONS * 8)[:size]
        quiz = build_quiz(course, questions=questions, questions_per_page=5)
        for _ in range(history):  # other learners' attempts
            other = UserFactory()
            enrolment = services.enrolment_create(user=other, course=course)[0]
            attempt = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)[0]
            services.quiz_attempt_submit(
                attempt=attempt, answers=right_answers(attempt), confirm_unanswered=True
            )
        learner = UserFactory()
        services.enrolment_create(user=learner, course=course)
        client.force_login(learner)
        for _ in range(history // 4):  # the learner's own earlier attempts
            client.post(url(quiz, "start/"))
            mine = QuizAttempt.objects.filter(user=learner).latest("pk")
            client.post(url(quiz, f"attempt/{mine.pk}/submit/"), {"confirm": "1"})
        client.post(url(quiz, "start/"))
        attempt = QuizAttempt.objects.filter(user=learner).latest("pk")
        answers = right_answers(attempt)
        client.get(url(quiz))  # warms per-language caches shared by every page
        counts[size] = {
            "quiz": _queries(client, url(quiz)),
            "page": _queries(client, url(quiz, f"attempt/{attempt.pk}/?page=2")),
            "save": _queries(
                client,
                url(quiz, f"attempt/{attempt.pk}/"),
                "post",
                {"page": "1", "goto": "2", **{f"q-{k}": v for k, v in list(answers.items())[:5]}},
            ),
        }
        services.quiz_attempt_save(attempt=attempt, answers=answers)  # both pass
        counts[size] |= {
            "submit": _queries(
                client, url(quiz, f"attempt/{attempt.pk}/submit/"), "post", {"confirm": "1"}
            ),
            "result": _queries(client, url(quiz, f"attempt/{attempt.pk}/result/")),
        }
        assert QuizAttempt.objects.get(pk=attempt.pk).passed
        client.logout()
    assert counts[5] == counts[40], counts
    assert max(counts[40].values()) <= 25, counts
