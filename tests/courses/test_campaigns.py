"""Awareness campaigns: reading, acknowledging a policy version, passing the
campaign quiz, the campaign period, and campaign certificates."""

import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate
from content.models import CampaignPage, QuizPage
from courses import services
from courses.models import Enrolment
from tests.certificates.conftest import pdf_text
from tests.factories import UserFactory, build_campaign, right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(home_page):
    return build_campaign(home_page)


@pytest.fixture
def learner(db):
    return UserFactory(preferred_language="en")


def ack_url(campaign):
    return campaign.url + "acknowledge/"


def test_campaign_page_shows_the_key_message_and_the_acknowledgement(client, campaign, learner):
    client.force_login(learner)
    response = client.get(campaign.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Think before you click." in body
    assert "Phishing emails pretend" in body
    assert 'name="confirm"' in body
    assert "Policy version 2026.1" in body


def test_campaign_page_in_arabic_is_right_to_left(client, campaign, learner):
    client.force_login(learner)
    response = client.get(campaign.get_url().replace("/en/", "/ar/", 1))
    body = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in body
    assert "فكّر قبل أن تنقر." in body


def test_acknowledging_needs_the_box_ticked_and_records_nothing_without(client, campaign, learner):
    client.force_login(learner)
    response = client.post(ack_url(campaign), {"policy_version": "2026.1"})
    assert response.status_code == 200
    assert "Tick the box to confirm you have read it." in response.content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()


def test_acknowledging_completes_once_with_the_policy_version(
    client, campaign, learner, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ack_url(campaign), {"confirm": "on", "policy_version": "2026.1"})
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=learner, course=campaign)
    assert enrolment.completed_at is not None
    assert enrolment.acknowledged_policy_version == "2026.1"
    first = enrolment.completed_at

    response = client.post(
        ack_url(campaign), {"confirm": "on", "policy_version": "2026.1"}, follow=True
    )
    assert "You have already completed this campaign." in response.content.decode()
    assert Enrolment.objects.filter(user=learner, course=campaign).count() == 1
    enrolment.refresh_from_db()
    assert enrolment.completed_at == first


def test_a_changed_policy_version_must_be_read_again(client, campaign, learner):
    client.force_login(learner)
    response = client.post(
        ack_url(campaign), {"confirm": "on", "policy_version": "2025.4"}, follow=True
    )
    assert "The policy was updated while you were reading." in response.content.decode()
    assert not Enrolment.objects.filter(user=learner, completed_at__isnull=False).exists()


@pytest.mark.parametrize(
    ("starts", "ends", "message"),
    [(-30, -1, "This campaign ended on"), (3, 30, "This campaign opens on")],
)
def test_outside_its_period_a_campaign_cannot_be_completed(
    client, home_page, learner, starts, ends, message
):
    today = timezone.localdate()
    campaign = build_campaign(
        home_page,
        starts_on=today + datetime.timedelta(days=starts),
        ends_on=today + datetime.timedelta(days=ends),
    )
    client.force_login(learner)
    page = client.get(campaign.url).content.decode()
    assert message in page
    assert 'name="confirm"' not in page
    response = client.post(
        ack_url(campaign), {"confirm": "on", "policy_version": "2026.1"}, follow=True
    )
    assert message in response.content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()


def test_signing_in_is_needed_to_acknowledge(client, campaign):
    response = client.post(ack_url(campaign), {"confirm": "on", "policy_version": "2026.1"})
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_acknowledging_a_quiz_campaign_is_refused(home_page, learner):
    campaign = build_campaign(home_page, slug="passwords", quiz=True)
    with pytest.raises(services.LearningError):
        services.campaign_acknowledge(user=learner, campaign=campaign, policy_version="")


def test_passing_the_campaign_quiz_completes_the_campaign(
    client, home_page, learner, django_capture_on_commit_callbacks
):
    campaign = build_campaign(home_page, slug="passwords", quiz=True, issues_certificate=True)
    quiz = QuizPage.objects.child_of(campaign).get()
    client.force_login(learner)
    page = client.get(campaign.url).content.decode()
    assert "Take the quiz" in page and 'name="confirm"' not in page

    response = client.post(campaign.url + "take-quiz/")
    assert response.status_code == 302 and response["Location"] == quiz.url
    enrolment = Enrolment.objects.get(user=learner, course=campaign)
    attempt, _new = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(user=learner)
    assert certificate.course_id == campaign.pk
    # Rendered after commit (tasks run inline in tests), worded for a campaign.
    certificate.refresh_from_db()
    with certificate.file.open("rb") as pdf:
        text = " ".join(pdf_text(pdf).split())
    assert "has successfully completed the awareness campaign" in text
    assert "Campaign passwords" in text


def test_a_campaign_is_a_course_for_enrolment_and_certificates(home_page, learner):
    campaign = build_campaign(home_page, issues_certificate=True, certificate_validity_months=12)
    assert isinstance(campaign, CampaignPage) and campaign.is_campaign
    enrolment, completed = services.campaign_acknowledge(
        user=learner, campaign=campaign, policy_version="2026.1"
    )
    assert completed
    from certificates.services import certificate_issue

    certificate = certificate_issue(enrolment=enrolment)
    completed_on = timezone.localtime(enrolment.completed_at).date()
    assert certificate.expires_on.year * 12 + certificate.expires_on.month == (
        completed_on.year * 12 + completed_on.month + 12
    )


def test_campaign_list_shows_running_coming_and_past(client, home_page):
    today = timezone.localdate()
    build_campaign(home_page, slug="now")
    build_campaign(
        home_page,
        slug="later",
        starts_on=today + datetime.timedelta(days=5),
        ends_on=today + datetime.timedelta(days=9),
    )
    build_campaign(
        home_page,
        slug="before",
        starts_on=today - datetime.timedelta(days=50),
        ends_on=today - datetime.timedelta(days=40),
    )
    index = CampaignPage.objects.get(slug="now").get_parent()
    body = client.get(index.url).content.decode()
    running, coming, past = (
        body.index("Running now"),
        body.index("Coming soon"),
        body.index("Past campaigns"),
    )
    assert running < body.index("Campaign now") < coming < body.index("Campaign later") < past
    assert body.index("Campaign before") > past
