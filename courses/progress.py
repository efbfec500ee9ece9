"""The completion rules, in one place.

A course's *outline* is its live lessons and quizzes in reading order
(sections are only headings). A learner's *progress* is that outline seen
against the lessons they have completed and the quizzes they have passed:
which items count, which are locked, where to continue, and whether the
course is complete. Views, services and the
dashboard all ask these two classes; none of them repeats a rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from content.models import CoursePage, CourseSectionPage, LessonPage, QuizPage

Item = LessonPage | QuizPage


@dataclass
class CourseOutline:
    course: CoursePage
    items: list[Item]
    sections: list[CourseSectionPage] = field(default_factory=list)

    @classmethod
    def for_course(cls, course: CoursePage) -> CourseOutline:
        """Three queries whatever the size of the course; lesson bodies and quiz
        questions are not loaded."""
        lessons = LessonPage.objects.live().descendant_of(course).defer_streamfields()
        quizzes = QuizPage.objects.live().descendant_of(course)
        sections = list(
            CourseSectionPage.objects.live().child_of(course).defer_streamfields().order_by("path")
        )
        items = sorted([*lessons, *quizzes], key=lambda page: page.path)
        return cls(course=course, items=items, sections=sections)

    @property
    def lessons(self) -> list[LessonPage]:
        return [item for item in self.items if isinstance(item, LessonPage)]

    @property
    def quizzes(self) -> list[QuizPage]:
        return [item for item in self.items if isinstance(item, QuizPage)]

    @cached_property
    def _position(self) -> dict[int, int]:
        return {item.pk: index for index, item in enumerate(self.items)}

    @cached_property
    def required_ids(self) -> frozenset[int]:
        return frozenset(item.pk for item in self.items if item.required)

    def __contains__(self, item: Item) -> bool:
        return item.pk in self._position

    def previous(self, item: Item) -> Item | None:
        index = self._position.get(item.pk)
        return self.items[index - 1] if index else None

    def next(self, item: Item) -> Item | None:
        index = self._position.get(item.pk)
        if index is None or index + 1 >= len(self.items):
            return None
        return self.items[index + 1]

    def groups(self) -> list[tuple[CourseSectionPage | None, list[Item]]]:
        """Lessons and quizzes grouped under their section, in order; ``None``
        for those placed directly in the course."""
        by_path = {section.path: section for section in self.sections}
        groups: list[tuple[CourseSectionPage | None, list[Item]]] = []
        for item in self.items:
            section = by_path.get(item.path[: -item.steplen])
            if not groups or groups[-1][0] is not section:
                groups.append((section, []))
            groups[-1][1].append(item)
        return groups


@dataclass
class Progress:
    outline: CourseOutline
    completed_ids: frozenset[int]
    passed_quiz_ids: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        outline: CourseOutline,
        completed_ids: Iterable[int],
        passed_quiz_ids: Iterable[int] = (),
    ) -> Progress:
        return cls(
            outline=outline,
            completed_ids=frozenset(completed_ids),
            passed_quiz_ids=frozenset(passed_quiz_ids),
        )

    @classmethod
    def for_enrolment(cls, outline: CourseOutline, enrolment) -> Progress:
        """The enrolment's completed lessons and passed quizzes: two queries."""
        if enrolment is None:
            return cls.of(outline, ())
        return cls.of(
            outline,
            enrolment.lesson_completions.values_list("lesson_id", flat=True),
            enrolment.quiz_attempts.filter(passed=True).values_list("quiz_id", flat=True),
        )

    @cached_property
    def done_ids(self) -> frozenset[int]:
        return self.completed_ids | self.passed_quiz_ids

    @property
    def required_total(self) -> int:
        return len(self.outline.required_ids)

    @property
    def required_done(self) -> int:
        return len(self.outline.required_ids & self.done_ids)

    @property
    def percent(self) -> int:
        return percent(self.required_done, self.required_total)

    @property
    def requirements_met(self) -> bool:
        return requirements_met(required_items=self.required_total, done_items=self.required_done)

    def is_completed(self, item: Item) -> bool:
        """A lesson marked complete, or a quiz passed."""
        return item.pk in self.done_ids

    def blocking_lesson(self, item: Item) -> Item | None:
        """The lesson or quiz to finish before ``item`` opens, or ``None`` if it is open."""
        if not item.requires_previous:
            return None
        previous = self.outline.previous(item)
        if previous is None or previous.pk in self.done_ids:
            return None
        return previous

    def is_locked(self, item: Item) -> bool:
        return self.blocking_lesson(item) is not None

    def continue_lesson(self, last_lesson_id: int | None = None) -> Item | None:
        """Where "continue" leads: the lesson last opened if it is still
        unfinished, else the first unfinished open item after it, else the
        first unfinished open item anywhere; ``None`` once all are done."""
        items = self.outline.items
        start = self.outline._position.get(last_lesson_id, 0) if last_lesson_id else 0
        for item in [*items[start:], *items[:start]]:
            if item.pk not in self.done_ids and not self.is_locked(item):
                return item
        return None


def percent(done: int, total: int) -> int:
    """Whole percent, rounded down so 99.6 % never shows as 100 %."""
    return (100 * done) // total if total else 0


def requirements_met(*, required_items: int, done_items: int) -> bool:
    """A course is complete when it has required lessons or quizzes and every
    one is done: each required lesson marked complete, each required quiz
    passed (an attempt whose grade, after any override, is a pass)."""
    return required_items > 0 and done_items >= required_items
