"""A learner's journey in a real browser without JavaScript: sign in, find a
course in the catalogue, enrol, read every lesson, mark each one complete and
arrive at the final quiz (taken in test_quiz.py) — in English and in Arabic."""

import pytest

from content import demo as content_demo
from tests.browser.conftest import assert_accessible, screenshot
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "cybersecurity-awareness-essentials"
EXPECTED = {
    "en": {"title": "Cybersecurity awareness essentials", "done": "80% complete"},
    "ar": {"title": "أساسيات التوعية بالأمن السيبراني", "done": "80%"},
}


def check_accessible(browser, context, url: str) -> None:
    """axe-core needs JavaScript: look at the same page, signed in as the same
    person, in a second context that has it."""
    with_js = browser.new_context(bypass_csp=True, storage_state=context.storage_state())
    tab = with_js.new_page()
    tab.goto(url)
    assert_accessible(tab)
    with_js.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_enrol_read_complete_every_lesson(browser, live_server, home_page, language):
    content_demo.generate()
    UserFactory(email=f"reader-{language}@ministry.example", preferred_language=language)
    context = browser.new_context(
        java_script_enabled=False, bypass_csp=True, viewport={"width": 1100, "height": 800}
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=username]", f"reader-{language}@ministry.example")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("main button[type=submit]")

    page.goto(f"{live_server.url}/{language}/courses/")
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    screenshot(page, f"catalogue-{language}")
    page.click(f"main a[href$='/{COURSE}/']")
    assert EXPECTED[language]["title"] in page.inner_text("h1")

    page.click(".enrolment-box button[type=submit]")
    assert page.locator("progress").get_attribute("value") == "0"
    page.click(".enrolment-box a.button")

    lessons_read = 0
    while page.locator(".complete-form").count():
        assert page.locator(".lesson__body h2").count() >= 1  # the lesson text is there
        if lessons_read == 0:
            screenshot(page, f"lesson-{language}")
            check_accessible(browser, context, page.url)
        page.click(".complete-form button[type=submit]")
        lessons_read += 1
    assert lessons_read == 4

    # The last lesson leads on to the course's final quiz, still to pass.
    assert page.url.rstrip("/").endswith("final-assessment")
    assert page.locator("main form[action$='/start/']").count() == 1
    page.click(".breadcrumb a")
    assert page.url.rstrip("/").endswith(COURSE)
    assert page.locator("progress").get_attribute("value") == "80"
    assert EXPECTED[language]["done"] in page.inner_text(".enrolment-box")
    assert page.locator(".lesson-state--done").count() == 4
    screenshot(page, f"course-lessons-done-{language}")
    check_accessible(browser, context, page.url)

    page.click(f"header a[href='/{language}/my-learning/']")
    in_progress = page.inner_text("#in-progress-heading + ul")
    assert EXPECTED[language]["title"] in in_progress
    screenshot(page, f"my-learning-{language}")
    context.close()
