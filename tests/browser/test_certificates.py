"""Certificates in a real browser without JavaScript, in Arabic: the learner's
certificates page, and checking a code on a phone-sized screen."""

import pytest
from django.utils import timezone

from certificates import services
from courses.models import Enrolment
from tests.browser.conftest import screenshot, sign_in
from tests.browser.test_learning import check_accessible
from tests.conftest import make_home_page
from tests.factories import UserFactory, build_catalogue, build_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE_AR = "التوعية بالأمن السيبراني"


def test_arabic_learner_finds_downloads_and_verifies_a_certificate(browser, live_server):
    course = build_course(
        build_catalogue(make_home_page()), slug="security", lessons=1, translated=("en", "ar")
    )
    course.title_ar = TITLE_AR
    course.save_revision().publish()
    learner = UserFactory(
        email="huda@ministry.example", full_name="هدى منصور", preferred_language="ar"
    )
    now = timezone.now()
    enrolment = Enrolment.objects.create(
        user=learner, course=course, enrolled_at=now, completed_at=now
    )
    certificate = services.certificate_issue(enrolment=enrolment)  # renders inline here
    certificate.refresh_from_db()
    assert certificate.is_downloadable

    context, page = sign_in(browser, live_server, learner, "ar", javascript=False)
    page.goto(f"{live_server.url}/ar/certificates/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert TITLE_AR in page.content()
    screenshot(page, "certificates-ar")
    with page.expect_download() as download:
        page.click(f"a[href$='{certificate.display_code}/download/']")
    assert download.value.suggested_filename == f"certificate-{certificate.display_code}.pdf"
    check_accessible(browser, context, f"{live_server.url}/ar/certificates/")

    phone = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    tab = phone.new_page()
    tab.goto(f"{live_server.url}/ar/verify/")
    tab.fill("input[name=code]", certificate.display_code.lower().replace("-", " "))
    tab.click("main button[type=submit]")
    assert tab.url.endswith(f"/ar/verify/{certificate.display_code}/")
    assert "هدى منصور" in tab.content()
    screenshot(tab, "verify-ar-phone")
    check_accessible(browser, phone, tab.url)
    phone.close()
    context.close()
