"""Taking the demo course's final quiz in a real browser: pass it without
JavaScript in English and in Arabic, use it by keyboard alone, and watch the
countdown submit the answers when time runs out."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from content import demo as content_demo
from content.models import CoursePage, QuizPage
from courses import services
from courses.models import Enrolment, QuizAttempt
from courses.progress import CourseOutline
from tests.browser.conftest import screenshot, sign_in
from tests.browser.test_learning import check_accessible
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "cybersecurity-awareness-essentials"
TEXT = "document.activeElement.textContent.trim()"


def ready_learner(language: str):
    """A learner who has read every lesson of the demo security course."""
    content_demo.generate()
    course = CoursePage.objects.get(slug=COURSE)
    person = UserFactory(email=f"exam-{language}@ministry.example", preferred_language=language)
    enrolment = services.enrolment_create(user=person, course=course)[0]
    for lesson in CourseOutline.for_course(course).lessons:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    return person, QuizPage.objects.descendant_of(course).get()


def tab_until(page, script: str, wanted) -> None:
    """Press Tab until ``script`` (run on the focused element) says ``wanted``."""
    for _ in range(60):
        page.keyboard.press("Tab")
        if wanted(page.evaluate(script)):
            return
    raise AssertionError(f"Tab never reached an element where {script} fits")


def answer_page_correctly(page, attempt: QuizAttempt) -> None:
    by_id = {str(q["id"]): q for q in attempt.questions}
    names = set(re.findall(r'name="(q-\d+)"', page.content()))
    for name in names:
        question = by_id[name[2:]]
        if question["kind"] == "short_text":
            page.fill(f"input[name='{name}']", question["accepted"][0])
            continue
        for choice in question["choices"]:
            if choice["correct"]:
                page.check(f"input[name='{name}'][value='{choice['id']}']")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_take_and_pass_the_quiz_without_javascript(browser, live_server, home_page, language):
    person, quiz = ready_learner(language)
    context, page = sign_in(browser, live_server, person, language, javascript=False)
    page.goto(f"{live_server.url}{quiz.get_url()}".replace("/en/", f"/{language}/"))
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    screenshot(page, f"quiz-start-{language}")
    page.click("main form button[type=submit]")

    attempt = QuizAttempt.objects.get(user=person)
    assert len(attempt.questions) == 10
    page_number = 1
    while True:
        assert page.locator("fieldset.question").count() == 5
        answer_page_correctly(page, attempt)
        if page_number == 1:
            screenshot(page, f"quiz-attempt-{language}")
            check_accessible(browser, context, page.url)
        finish = page.locator("button[name=finish]")
        if finish.count():
            finish.click()
            break
        page.click("button[name=goto].button")
        page_number += 1
    assert page_number == 2
    screenshot(page, f"quiz-review-{language}")
    page.click("main form[action$='/submit/'] button[type=submit]")

    assert page.url.endswith("/result/")
    assert "100" in page.inner_text(".result__score")
    assert page.locator(".result--passed").count() == 1
    screenshot(page, f"quiz-result-{language}")
    check_accessible(browser, context, page.url)
    assert Enrolment.objects.get(user=person).completed_at is not None
    context.close()


def test_keyboard_only_and_the_countdown(browser, live_server, home_page):
    person, quiz = ready_learner("en")
    context, page = sign_in(browser, live_server, person, "en", javascript=True)
    page.goto(f"{live_server.url}{quiz.get_url()}")

    # Keyboard only: Tab to the start button and press Enter.
    tab_until(page, TEXT, lambda text: text == "Start the quiz")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/attempt/\d+/$"))
    attempt = QuizAttempt.objects.get(user=person)

    # The countdown runs: mm:ss, counting down from the 15-minute limit.
    page.wait_for_function(
        "document.querySelector('.timer__left').textContent.includes(':')", timeout=5000
    )
    assert re.match(r"\(1[45]:\d\d\)", page.inner_text(".timer__left"))

    # Tab to the first answer, pick it with Space (or type it), then Tab to "Save and next page".
    tab_until(page, "document.activeElement.name || ''", lambda name: name.startswith("q-"))
    first = page.evaluate("document.activeElement.name")
    if page.evaluate("document.activeElement.type") == "text":
        page.keyboard.type("phishing")
    else:
        page.keyboard.press("Space")
    tab_until(page, TEXT, lambda text: text == "Save and next page")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=2$"))
    attempt.refresh_from_db()
    assert attempt.answers.get(first[2:]), "the answer chosen by keyboard was saved"

    # When the clock runs out in the browser, the page submits itself.
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=3))
    page.reload()
    page.wait_for_url(re.compile(r"/result/$"), timeout=15000)
    attempt.refresh_from_db()
    assert attempt.is_graded and not attempt.late
    context.close()
