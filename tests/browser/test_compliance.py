"""Mandatory training in a real browser: an Arabic learner on a phone sees
their mandatory items first and acknowledges a campaign without JavaScript;
an HR officer reads the compliance dashboard."""

import datetime

import pytest
from django.utils import timezone

from content import demo as content_demo
from content.models import CampaignPage
from courses.models import Enrolment, TrainingRequirement
from courses.services.compliance import assignments_sync, requirement_save
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from tests.browser.conftest import screenshot, sign_in
from tests.browser.test_learning import check_accessible
from tests.factories import OrganisationUnitFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _requirements():
    admin = UserFactory(roles=[ADMINISTRATORS], unit=None)
    campaign = CampaignPage.objects.get(slug="acceptable-use-and-passwords")
    today = timezone.localdate()
    for item, due in (
        (campaign, today + datetime.timedelta(days=5)),
        (CampaignPage.objects.get(slug="spot-the-phish"), today + datetime.timedelta(days=40)),
    ):
        requirement = requirement_save(
            requirement=TrainingRequirement(item=item, everyone=True, due_on=due),
            units=[],
            people=[],
            by=admin,
        )
        assignments_sync(requirement=requirement)
    return campaign


def test_arabic_learner_on_a_phone_acknowledges_a_mandatory_campaign(
    browser, live_server, home_page
):
    content_demo.generate()
    unit = OrganisationUnitFactory(code="ICT", name_en="ICT", name_ar="تقنية المعلومات")
    learner = UserFactory(
        email="huda@ministry.example", full_name="هدى منصور", preferred_language="ar", unit=unit
    )
    campaign = _requirements()

    context, page = sign_in(browser, live_server, learner, "ar", javascript=False)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/ar/my-learning/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    mandatory = page.locator("#mandatory-heading + ul li")
    assert mandatory.count() == 2
    # Due in five days comes first.
    assert campaign.title_ar in mandatory.nth(0).inner_text()
    screenshot(page, "my-learning-mandatory-ar-phone")
    check_accessible(browser, context, page.url)

    mandatory.nth(0).locator("a.button").click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert campaign.key_message_ar in page.content()
    screenshot(page, "campaign-ar-phone")
    check_accessible(browser, context, page.url)
    page.check("input[name=confirm]")
    page.click("form[action$='acknowledge/'] button[type=submit]")
    enrolment = Enrolment.objects.get(user=learner, course=campaign)
    assert enrolment.completed_at is not None
    assert enrolment.acknowledged_policy_version == "2026.1"
    page.goto(f"{live_server.url}/ar/my-learning/")
    assert page.locator("#mandatory-heading + ul li.mandatory--completed").count() == 1
    context.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_hr_officer_reads_the_compliance_dashboard(browser, live_server, home_page, language):
    content_demo.generate()
    department = OrganisationUnitFactory(code="ICT", name_en="Directorate of ICT")
    teams = [
        OrganisationUnitFactory(code=f"ICT-{n}", name_en=f"Team {n}", parent=department)
        for n in range(1, 4)
    ]
    for number in range(12):
        UserFactory(unit=teams[number % 3], full_name=f"Staff Member {number}")
    officer = UserFactory(
        roles=[HR_OFFICERS], unit=department, preferred_language=language, full_name="HR Officer"
    )
    officer.responsible_units.set([department])
    campaign = _requirements()
    for person in officer.responsible_units.get().members.all()[:1]:
        Enrolment.objects.create(
            user=person, course=campaign, enrolled_at=timezone.now(), completed_at=timezone.now()
        )
    for requirement in TrainingRequirement.objects.all():
        assignments_sync(requirement=requirement)

    context, page = sign_in(browser, live_server, officer, language, javascript=True)
    context.set_extra_http_headers({"Accept-Language": language})
    page.goto(f"{live_server.url}/admin/compliance/")
    assert "Team 1" in page.content()
    screenshot(page, f"compliance-overview-{language}")
    page.goto(f"{live_server.url}/admin/compliance/people/?status=due_soon")
    assert "Staff Member" in page.content()
    screenshot(page, f"compliance-people-{language}")
    context.close()
