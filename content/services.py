"""Writes about authored content that Wagtail does not make itself."""

from __future__ import annotations

from .models import CoursePage, CourseSectionPage, LessonPage, QuizPage
from .translation_status import complete_languages


def course_refresh_languages(*, course: CoursePage) -> list[str]:
    """Store the languages in which the course and all its live sections,
    lessons and quizzes (with their questions) are complete; the catalogue filters on them.

    Written with ``update()`` so no revision is created: the value is derived,
    and recomputed whenever the course or anything in it is (un)published.
    """
    pages = [
        course,
        *CourseSectionPage.objects.live().descendant_of(course),
        *LessonPage.objects.live().descendant_of(course),
        *QuizPage.objects.live().descendant_of(course).prefetch_related("questions__choices"),
    ]
    codes = complete_languages(pages)
    value = " ".join(codes)
    CoursePage.objects.filter(pk=course.pk).update(available_languages=value)
    course.available_languages = value
    return codes
