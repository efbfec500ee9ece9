"""Course authoring: the page tree rules, lesson blocks, translation fallback."""

import pytest
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from content.models import (
    CampaignIndexPage,
    CampaignPage,
    CourseCategory,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    HomePage,
    LessonPage,
    QuizPage,
)
from lms.roles import TRAINERS
from tests.factories import UserFactory


class TestPageTree(WagtailPageTestCase):
    def test_allowed_parents_and_children(self):
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedSubpageTypes(CampaignPage, {QuizPage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {CourseSectionPage, LessonPage, QuizPage})
        self.assertAllowedSubpageTypes(CourseSectionPage, {LessonPage, QuizPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(QuizPage, set())
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage, CourseSectionPage})
        self.assertAllowedParentPageTypes(QuizPage, {CoursePage, CourseSectionPage, CampaignPage})
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})


@pytest.fixture
def course(home_page):
    catalogue = home_page.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    category = CourseCategory.objects.create(slug="cyber", name_en="Cybersecurity")
    course = catalogue.add_child(
        instance=CoursePage(
            title_en="Cybersecurity essentials",
            title="Cybersecurity essentials",
            slug="cyber",
            summary_en="Stay safe online.",
            summary_ar="ابقَ آمنًا على الإنترنت.",
            objectives_en="<ul><li>Spot phishing</li></ul>",
            duration_minutes=60,
            level=CoursePage.Level.BEGINNER,
            category=category,
        )
    )
    return course


@pytest.mark.django_db
def test_raw_html_block_is_sanitised_when_shown(client, course):
    lesson = course.add_child(
        instance=LessonPage(
            title="Phishing",
            title_en="Phishing",
            slug="phishing",
            body_en=[
                ("html", '<p onclick="steal()">Read <script>alert(1)</script>this</p>'),
                (
                    "callout",
                    {"kind": "security", "title": "Tip", "text": "<p>Check the sender</p>"},
                ),
            ],
        )
    )
    client.force_login(UserFactory(roles=[TRAINERS]))
    html = client.get(lesson.get_url()).content.decode()
    assert "Read" in html and "this" in html
    assert "<script>alert(1)" not in html and "onclick" not in html
    assert "Check the sender" in html


@pytest.mark.django_db
def test_missing_translation_falls_back_to_english(course):
    with translation.override("sw"):
        assert CoursePage.objects.get(pk=course.pk).summary == "Stay safe online."
    with translation.override("ar"):
        assert CoursePage.objects.get(pk=course.pk).summary == "ابقَ آمنًا على الإنترنت."
