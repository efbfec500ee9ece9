"""The catalogue: search, filters, language availability and pagination."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation

from content.models import CATALOGUE_PAGE_SIZE, CourseCategory, CoursePage
from content.services import course_refresh_languages
from tests.factories import build_catalogue, build_course

pytestmark = pytest.mark.django_db


def url(page, language: str = "en") -> str:
    with translation.override(language):
        return page.get_url()


def cards(response) -> list[str]:
    return response.content.decode().split('<li class="card course-card">')[1:]


def titles(response) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


@pytest.fixture
def catalogue(home_page):
    catalogue = build_catalogue(home_page)
    digital = CourseCategory.objects.create(slug="digital", name_en="Digital literacy")
    build_course(
        catalogue,
        slug="email",
        title="Using email well",
        category=digital,
        translated=("en", "sw", "ar", "fr"),
    )
    build_course(
        catalogue,
        slug="phishing",
        title="Spotting phishing",
        level=CoursePage.Level.INTERMEDIATE,
        translated=("en", "ar"),
    )
    for course in CoursePage.objects.all():
        course_refresh_languages(course=course)
    call_command("update_index", verbosity=0)
    return catalogue


def test_lists_every_published_course(client, catalogue):
    assert sorted(titles(client.get(url(catalogue)))) == ["Spotting phishing", "Using email well"]


def test_search_finds_words_in_any_language(client, catalogue):
    assert titles(client.get(url(catalogue), {"q": "phishing"})) == ["Spotting phishing"]
    assert titles(client.get(url(catalogue, "ar"), {"q": "Summary of Spotting [ar]"})) == [
        "Spotting phishing [ar]"
    ]
    response = client.get(url(catalogue), {"q": "zebra"})
    assert titles(response) == [] and "No course matches your search" in response.content.decode()


def test_filters_by_category_level_and_language(client, catalogue):
    assert titles(client.get(url(catalogue), {"category": "digital"})) == ["Using email well"]
    assert titles(client.get(url(catalogue), {"level": "intermediate"})) == ["Spotting phishing"]
    assert titles(client.get(url(catalogue), {"language": "sw"})) == ["Using email well"]
    assert len(titles(client.get(url(catalogue), {"language": "ar"}))) == 2


def test_bad_filter_values_are_explained_not_fatal(client, catalogue):
    response = client.get(url(catalogue), {"category": "<script>", "page": "abc", "level": "x"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_paginates(client, home_page):
    catalogue = build_catalogue(home_page, slug="many")
    for number in range(CATALOGUE_PAGE_SIZE + 3):
        build_course(catalogue, slug=f"c{number:02}", lessons=1, title=f"Course {number:02}")
    first = client.get(url(catalogue))
    assert len(titles(first)) == CATALOGUE_PAGE_SIZE and "Page 1 of 2" in first.content.decode()
    second = client.get(url(catalogue), {"page": 2})
    assert len(titles(second)) == 3
    assert titles(client.get(url(catalogue), {"page": 99})) == titles(second)


def test_courses_not_translated_into_the_readers_language_are_marked(client, catalogue):
    email, phishing = sorted(cards(client.get(url(catalogue, "sw"))))
    assert "Spotting phishing" in phishing and "translation-notice" in phishing
    assert "Using email well" in email and "translation-notice" not in email


def test_publishing_a_lesson_updates_the_course_languages(catalogue):
    course = CoursePage.objects.get(slug="email")
    assert course.language_codes == ["en", "sw", "ar", "fr"]
    lesson = course.get_children().first().specific
    lesson.body_fr = []
    lesson.save_revision().publish()
    assert CoursePage.objects.get(pk=course.pk).language_codes == ["en", "sw", "ar"]
