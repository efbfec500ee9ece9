"""The completion rules, in one place.

A course's *outline* is its live lessons in reading order (sections are only
headings). A learner's *progress* is that outline seen against the set of
lessons they have completed: which lessons count, which are locked, where to
continue, and whether the course is complete. Views, services and the
dashboard all ask these two classes; none of them repeats a rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from content.models import CoursePage, CourseSectionPage, LessonPage


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list[LessonPage]
    sections: list[CourseSectionPage] = field(default_factory=list)

    @classmethod
    def for_course(cls, course: CoursePage) -> CourseOutline:
        """Two queries whatever the size of the course; lesson bodies are not loaded."""
        lessons = list(
            LessonPage.objects.live().descendant_of(course).defer_streamfields().order_by("path")
        )
        sections = list(
            CourseSectionPage.objects.live().child_of(course).defer_streamfields().order_by("path")
        )
        return cls(course=course, lessons=lessons, sections=sections)

    @cached_property
    def _position(self) -> dict[int, int]:
        return {lesson.pk: index for index, lesson in enumerate(self.lessons)}

    @cached_property
    def required_ids(self) -> frozenset[int]:
        return frozenset(lesson.pk for lesson in self.lessons if lesson.required)

    def __contains__(self, lesson: LessonPage) -> bool:
        return lesson.pk in self._position

    def previous(self, lesson: LessonPage) -> LessonPage | None:
        index = self._position.get(lesson.pk)
        return self.lessons[index - 1] if index else None

    def next(self, lesson: LessonPage) -> LessonPage | None:
        index = self._position.get(lesson.pk)
        if index is None or index + 1 >= len(self.lessons):
            return None
        return self.lessons[index + 1]

    def groups(self) -> list[tuple[CourseSectionPage | None, list[LessonPage]]]:
        """Lessons grouped under their section, in order; ``None`` for lessons
        placed directly in the course."""
        by_path = {section.path: section for section in self.sections}
        groups: list[tuple[CourseSectionPage | None, list[LessonPage]]] = []
        for lesson in self.lessons:
            section = by_path.get(lesson.path[: -lesson.steplen])
            if not groups or groups[-1][0] is not section:
                groups.append((section, []))
            groups[-1][1].append(lesson)
        return groups


@dataclass
class Progress:
    outline: CourseOutline
    completed_ids: frozenset[int]
    passed_quiz_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, outline: CourseOutline, completed_ids: Iterable[int]) -> Progress:
        return cls(outline=outline, completed_ids=frozenset(completed_ids))

    @property
    def required_total(self) -> int:
        return len(self.outline.required_ids)

    @property
    def required_done(self) -> int:
        return len(self.outline.required_ids & self.completed_ids)

    @property
    def percent(self) -> int:
        return percent(self.required_done, self.required_total)

    @property
    def requirements_met(self) -> bool:
        return requirements_met(
            required_lessons=self.required_total, completed_required_lessons=self.required_done
        )

    def is_completed(self, lesson: LessonPage) -> bool:
        return lesson.pk in self.completed_ids

    def blocking_lesson(self, lesson: LessonPage) -> LessonPage | None:
        """The lesson to finish before ``lesson`` opens, or ``None`` if it is open."""
        if not lesson.requires_previous:
            return None
        previous = self.outline.previous(lesson)
        if previous is None or previous.pk in self.completed_ids:
            return None
        return previous

    def is_locked(self, lesson: LessonPage) -> bool:
        return self.blocking_lesson(lesson) is not None

    def continue_lesson(self, last_lesson_id: int | None = None) -> LessonPage | None:
        """Where "continue" leads: the lesson last opened if it is still
        unfinished, else the first unfinished open lesson after it, else the
        first unfinished open lesson anywhere; ``None`` once all are done."""
        lessons = self.outline.lessons
        start = self.outline._position.get(last_lesson_id, 0) if last_lesson_id else 0
        for lesson in [*lessons[start:], *lessons[:start]]:
            if lesson.pk not in self.completed_ids and not self.is_locked(lesson):
                return lesson
        return None


def percent(done: int, total: int) -> int:
    """Whole percent, rounded down so 99.6 % never shows as 100 %."""
    return (100 * done) // total if total else 0


def requirements_met(*, required_lessons: int, completed_required_lessons: int) -> bool:
    """A course is complete when it has required lessons and all of them are done.

    Later (quizzes) adds "and every required quiz is passed" here, and only here.
    """
    return required_lessons > 0 and completed_required_lessons >= required_lessons
