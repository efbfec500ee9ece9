"""Trainers create awareness campaigns in the Wagtail admin."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from content.models import CampaignIndexPage, CampaignPage
from lms.roles import TRAINERS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "sw", "ar", "fr")


@pytest.fixture
def index(home_page):
    return home_page.add_child(
        instance=CampaignIndexPage(title="Campaigns", title_en="Campaigns", slug="campaigns")
    )


def form(**overrides):
    data = {
        "title_en": "Report incidents",
        "title_ar": "أبلغ عن الحوادث",
        "slug": "report-incidents",
        "key_message_en": "See something? Say something.",
        "key_message_ar": "رأيت شيئًا؟ أبلغ عنه.",
        "summary_en": "How and when to report a security incident.",
        **{f"body_{code}": streamfield([]) for code in LANGUAGES},
        "duration_minutes": 5,
        "starts_on": "2026-12-01",
        "ends_on": "2027-01-31",
        "completion": "acknowledge",
        "policy_version": "IR-3",
        "issues_certificate": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(index):
    return f"/admin/pages/add/content/campaignpage/{index.pk}/"


def test_a_trainer_adds_a_translated_campaign(client, index):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(add_url(index), form())
    assert response.status_code == 302, response.content.decode()[:2000]
    campaign = CampaignPage.objects.child_of(index).get()
    assert campaign.key_message_ar == "رأيت شيئًا؟ أبلغ عنه."
    assert campaign.policy_version == "IR-3"
    assert campaign.category_id is None and not campaign.objectives_en


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"policy_version": ""}, "Give the policy version that learners acknowledge."),
        ({"ends_on": "2026-11-01"}, "The campaign must end on or after its start."),
    ],
)
def test_campaign_rules_are_checked_in_the_editor(client, index, overrides, message):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(add_url(index), form(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CampaignPage.objects.exists()


def test_courses_still_need_a_category_and_objectives(client, home_page):
    from content.models import CourseIndexPage, CoursePage

    catalogue = home_page.add_child(
        instance=CourseIndexPage(title="Courses", title_en="Courses", slug="courses")
    )
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.post(
        f"/admin/pages/add/content/coursepage/{catalogue.pk}/",
        nested_form_data(
            {
                "title_en": "Data protection",
                "slug": "data-protection",
                "summary_en": "Handle personal data lawfully.",
                "duration_minutes": 30,
                "level": "beginner",
                "issues_certificate": "on",
            }
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose a category." in page
    assert "List what a learner can do after the course." in page
    assert not CoursePage.objects.exists()
