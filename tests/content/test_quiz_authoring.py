"""Authoring quizzes in the Wagtail admin: questions and choices inline,
checked per question type, translated, and shown in the languages panel."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from content.models import QuizPage
from content.translation_status import language_statuses
from lms.roles import TRAINERS
from tests.factories import UserFactory, build_catalogue, build_course, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return build_course(build_catalogue(home_page), slug="security", lessons=1)


def question(kind, text, choices=(), accepted=""):
    return {
        "kind": kind,
        "scoring": "all_or_nothing",
        "text_en": text,
        "text_ar": f"{text} (ar)",
        "text_sw": "",
        "text_fr": "",
        **{f"explanation_{c}": "" for c in ("en", "sw", "ar", "fr")},
        "accepted_answers_en": accepted,
        **{f"accepted_answers_{c}": "" for c in ("sw", "ar", "fr")},
        "choices": inline_formset(
            [
                {
                    "text_en": label.lstrip("*"),
                    **{f"text_{c}": "" for c in ("sw", "ar", "fr")},
                    "is_correct": "on" if label.startswith("*") else "",
                    **{f"feedback_{c}": "" for c in ("en", "sw", "ar", "fr")},
                }
                for label in choices
            ]
        ),
    }


def quiz_form(*questions, **fields):
    return nested_form_data(
        {
            "title_en": "Final check",
            "slug": "final-check",
            **{f"intro_{c}": rich_text("") for c in ("en", "sw", "ar", "fr")},
            "pass_mark": 70,
            "attempts_allowed": 0,
            "min_wait_minutes": 0,
            "show_answers": "after_passing",
            "questions_per_page": 5,
            "shuffle_choices": "on",
            "required": "on",
            "questions": inline_formset(list(questions)),
            **fields,
        }
    )


def add_url(course):
    return reverse("wagtailadmin_pages:add", args=["content", "quizpage", course.pk])


def test_a_trainer_writes_a_quiz_with_every_question_type(client, course):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(
        add_url(course),
        quiz_form(
            question("single", "Strong password?", ["*Long passphrase", "1234"]),
            question("multiple", "Phishing signs?", ["*Urgency", "*Odd sender", "Logo"]),
            question("true_false", "Report at once.", ["*True", "False"]),
            question("short_text", "Attack by fake email?", accepted="phishing\nhameçonnage"),
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    quiz = QuizPage.objects.get(slug="final-check")
    questions = list(quiz.get_latest_revision_as_object().questions.all())
    assert [q.kind for q in questions] == ["single", "multiple", "true_false", "short_text"]
    assert [c.is_correct for c in questions[1].choices.all()] == [True, True, False]
    assert questions[0].text_ar == "Strong password? (ar)"


@pytest.mark.parametrize(
    "bad, message",
    [
        (question("single", "Two right?", ["*A", "*B"]), "exactly one correct"),
        (question("true_false", "Three?", ["*True", "False", "Maybe"]), "exactly two choices"),
        (question("multiple", "None right?", ["A", "B"]), "one or more correct"),
        (question("short_text", "No answers?"), "at least one accepted answer"),
        (question("short_text", "Choices?", ["*A"], accepted="a"), "has no choices"),
    ],
)
def test_questions_that_do_not_fit_their_type_are_refused(client, course, bad, message):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(add_url(course), quiz_form(bad))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not QuizPage.objects.exists()


def test_drawing_more_questions_than_the_pool_holds_is_refused(client, course):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(
        add_url(course),
        quiz_form(question("single", "Q?", ["*A", "B"]), questions_per_attempt=3),
    )
    assert response.status_code == 200
    assert "The quiz has only 1 questions to draw from." in response.content.decode()


def test_untranslated_questions_show_in_the_languages_panel(course):
    quiz = build_quiz(course)
    statuses = {s.code: s for s in language_statuses(quiz)}
    assert statuses["en"].complete
    assert "Question 1: question" not in statuses["ar"].missing
    assert "Question 1, choice 1: choice" in statuses["ar"].missing
    assert "Question 5: question" in statuses["ar"].missing


def test_a_course_with_an_untranslated_quiz_is_not_complete_in_that_language(course):
    course = build_course(course.get_parent(), slug="full", lessons=1, translated=("en", "ar"))
    assert "ar" in course.language_codes
    build_quiz(course)
    course.refresh_from_db()
    assert "ar" not in course.language_codes


def test_the_preview_shows_reviewers_every_question_with_its_answers(rf, course):
    from courses import quiz_views

    quiz = build_quiz(course)
    request = rf.get(quiz.url)
    request.user = UserFactory(roles=[TRAINERS])
    request.is_preview = True
    html = quiz_views.quiz(request, quiz).render().content.decode()
    assert html.count('class="question__number"') == 5
    assert "correct answer" in html and "Because of Which is a strong password?" in html
    assert "Feedback for" not in html, "feedback shows for a learner's own choices only"
    assert "phishing" in html, "accepted answers of short text questions"
    assert "Start the quiz" not in html
