"""The site in a real browser: Arabic right-to-left, English left-to-right,
signing in, and no serious accessibility violations on any page visited."""

import pytest

from tests.browser.conftest import assert_accessible, screenshot
from tests.factories import DEFAULT_PASSWORD, OrganisationUnitFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_arabic_home_page_is_right_to_left(page, live_server, home_page):
    page.goto(f"{live_server.url}/ar/")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The brand sits at the start of the header: on the right in Arabic.
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > switcher["x"]
    assert page.locator("button[aria-current='true']").inner_text() == "العربية"
    assert screenshot(page, "home-ar").stat().st_size > 10_000
    assert_accessible(page)


def test_english_home_page_is_left_to_right(page, live_server, home_page):
    page.goto(f"{live_server.url}/en/")
    assert page.get_attribute("html", "dir") == "ltr"
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] < switcher["x"]
    screenshot(page, "home-en")
    assert_accessible(page)


def test_sign_in_and_switch_language_without_javascript(browser, live_server, home_page):
    unit = OrganisationUnitFactory(name_en="Information Security", name_ar="أمن المعلومات")
    UserFactory(
        email="mona@ministry.example", full_name="منى إبراهيم", preferred_language="ar", unit=unit
    )
    context = browser.new_context(java_script_enabled=False, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.fill("input[name=username]", "mona@ministry.example")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("main button[type=submit]")
    # Signed in, and now in her preferred language.
    assert page.url == f"{live_server.url}/ar/"
    assert "منى" in page.inner_text("main")
    page.goto(f"{live_server.url}/ar/accounts/profile/")
    assert "أمن المعلومات" in page.inner_text("main")
    screenshot(page, "profile-ar")
    page.click("button[name=language][value=fr]")
    assert page.url == f"{live_server.url}/fr/accounts/profile/"
    assert page.get_attribute("html", "dir") == "ltr"
    context.close()


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/ar/accounts/login/", "/sw/missing/"])
def test_pages_are_accessible(page, live_server, home_page, path):
    page.goto(f"{live_server.url}{path}")
    assert_accessible(page)
