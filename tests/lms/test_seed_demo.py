import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from content.models import CoursePage, HomePage, LessonPage, QuizPage, QuizQuestion
from courses.models import (
    ComplianceStatus,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
    RequirementAssignment,
    TrainingRequirement,
)
from courses.selectors import learner_courses
from lms.demo import DEMO_PASSWORD
from lms.models import OrganisationUnit, User

pytestmark = pytest.mark.django_db


def snapshot():
    people = sorted(
        User.objects.values_list(
            "email",
            "full_name",
            "employee_number",
            "job_title",
            "preferred_language",
            "unit__code",
            "line_manager__email",
            "is_active",
            "is_superuser",
            "password",
        )
    )
    units = sorted(OrganisationUnit.objects.values_list("code", "path", "name_en", "name_ar"))
    memberships = sorted(User.groups.through.objects.values_list("user__email", "group__name"))
    learning = sorted(
        Enrolment.objects.values_list("user__email", "course__slug", "status", "completed_at")
    )
    completions = LessonCompletion.objects.count()
    attempts = sorted(QuizAttempt.objects.values_list("user__email", "number", "score"))
    pages = sorted(Page.objects.values_list("path", "slug", "live"))
    assignments = sorted(
        RequirementAssignment.objects.values_list(
            "user__email", "requirement__item__slug", "assigned_on", "due_on", "completed_at"
        )
    )
    return (
        assignments,
        people,
        units,
        memberships,
        Revision.objects.count(),
        HomePage.objects.count(),
        learning,
        completions,
        attempts,
        pages,
    )


def test_seed_demo_twice_gives_the_same_data():
    call_command("seed_demo", stdout=None)
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first


def test_seed_demo_content():
    call_command("seed_demo")
    assert OrganisationUnit.objects.filter(kind="ministry").count() == 1
    assert OrganisationUnit.objects.filter(kind="department").count() >= 3
    assert OrganisationUnit.objects.filter(kind="unit").count() >= 3
    assert User.objects.count() >= 30
    assert set(User.objects.values_list("preferred_language", flat=True)) == {
        "en",
        "sw",
        "ar",
        "fr",
    }
    assert User.objects.filter(line_manager__isnull=False).count() >= 20
    assert User.objects.filter(unit__isnull=True).count() == 0
    for role, email in [
        ("Administrators", "admin@maarifa.example"),
        ("Trainers", "trainer@maarifa.example"),
        ("HR officers", "hr@maarifa.example"),
    ]:
        person = User.objects.get(email=email)
        assert person.check_password(DEMO_PASSWORD)
        assert Group.objects.get(name=role).user_set.filter(pk=person.pk).exists()
    assert User.objects.get(email="hr@maarifa.example").responsible_units.exists()
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert home.title_ar and home.title_sw and home.title_fr


def test_demo_accounts_can_sign_in(client):
    call_command("seed_demo")
    response = client.post(
        "/en/accounts/login/", {"username": "learner@maarifa.example", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_seed_demo_courses_and_learners_at_every_stage():
    call_command("seed_demo")
    courses = {c.slug: c for c in CoursePage.objects.live().exact_type(CoursePage)}
    assert set(courses) == {"digital-literacy-basics", "cybersecurity-awareness-essentials"}
    for course in courses.values():
        assert LessonPage.objects.live().descendant_of(course).count() >= 4
        assert course.language_codes == ["en", "sw", "ar", "fr"]

    stages = {
        row.percent
        for person in User.objects.filter(enrolments__isnull=False).distinct()
        for row in learner_courses(user=person)
    }
    assert 0 in stages and 100 in stages and stages - {0, 100}
    assert Enrolment.objects.filter(completed_at__isnull=False).count() >= 3
    assert Enrolment.objects.filter(method="bulk").exists()


def test_seed_demo_quizzes_in_four_languages_with_attempts():
    call_command("seed_demo")
    for course in CoursePage.objects.live().exact_type(CoursePage):
        quiz = QuizPage.objects.live().descendant_of(course).get()
        questions = QuizQuestion.objects.filter(page=quiz)
        assert questions.count() >= 10
        assert {q.kind for q in questions} == {"single", "multiple", "true_false", "short_text"}
        for question in questions:
            assert all(getattr(question, f"text_{code}") for code in ("en", "sw", "ar", "fr"))
        assert quiz.required
    graded = QuizAttempt.objects.filter(status="graded")
    assert graded.filter(passed=True).exists() and graded.filter(passed=False).exists()
    # Passing the quiz is what completed these courses.
    for enrolment in Enrolment.objects.filter(completed_at__isnull=False):
        assert QuizAttempt.objects.filter(enrolment=enrolment, passed=True).exists()


def test_seed_demo_issues_certificates_in_the_holders_languages():
    from certificates.models import Certificate, CertificateSettings

    call_command("seed_demo")
    completed = Enrolment.objects.filter(completed_at__isnull=False)
    certificates = Certificate.objects.select_related("user")
    assert certificates.count() == completed.count() >= 5
    assert all(c.status == "ready" and c.file for c in certificates)
    assert all(c.language == c.user.preferred_language for c in certificates)
    assert {c.language for c in certificates} >= {"en", "sw", "ar", "fr"}
    site_settings = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.logo and site_settings.signature and site_settings.signatory_name
    assert site_settings.organisation_name_ar


def test_seed_demo_mandatory_training_with_staff_at_every_status():
    from content.models import CampaignPage

    call_command("seed_demo")
    campaigns = {c.slug: c for c in CampaignPage.objects.live()}
    assert set(campaigns) == {"spot-the-phish", "acceptable-use-and-passwords"}
    for campaign in campaigns.values():
        assert campaign.is_open()
        assert all(getattr(campaign, f"key_message_{code}") for code in ("en", "sw", "ar", "fr"))
    security = TrainingRequirement.objects.get(item__slug="cybersecurity-awareness-essentials")
    assert security.everyone and security.renewal_months == 12
    assert TrainingRequirement.objects.filter(item__slug="spot-the-phish").exists()
    statuses = set(RequirementAssignment.objects.with_status().values_list("status", flat=True))
    assert statuses == set(ComplianceStatus.values)
    everyone = User.objects.filter(is_active=True, unit__isnull=False).count()
    assert RequirementAssignment.objects.filter(requirement=security).count() == everyone
    # The phishing quiz passed counts as completion of the campaign.
    assert (
        RequirementAssignment.objects.filter(
            requirement__item__slug="spot-the-phish", completed_at__isnull=False
        ).count()
        == 8
    )
