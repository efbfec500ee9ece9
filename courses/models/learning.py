"""What learners do: enrolments in courses and campaigns, the lessons they
complete and their quiz attempts.

Records point at pages with ``on_delete=PROTECT``: deleting content never
deletes a learner's history. Writes go through ``courses.services``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EnrolmentQuerySet(models.QuerySet):
    def current(self) -> EnrolmentQuerySet:
        """Leave out earlier, archived rounds: at most one per person and course."""
        return self.exclude(status=Enrolment.Status.ARCHIVED)


class Enrolment(models.Model):
    """One person in one course. Unique per pair: enrolling again re-activates
    the same record, so progress and completion survive a withdrawal."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        # A completed round of training that must be renewed: kept with its
        # lessons, attempts and certificate while the person starts afresh.
        ARCHIVED = "archived", _("Earlier round")

    class Method(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        BULK = "bulk", _("Enrolled by a trainer or HR officer")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "content.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    method = models.CharField(
        _("enrolment method"), max_length=20, choices=Method.choices, default=Method.SELF
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(_("enrolled at"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    started_at = models.DateTimeField(
        _("started at"),
        null=True,
        blank=True,
        help_text=_("When the person first opened a lesson or started a quiz."),
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    acknowledged_policy_version = models.CharField(
        _("policy version acknowledged"),
        max_length=50,
        blank=True,
        help_text=_("For campaigns completed by acknowledgement."),
    )
    last_lesson = models.ForeignKey(
        "content.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            # One current enrolment per course; earlier rounds are kept beside it.
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=~Q(status="archived"),
                name="enrolment_unique_current_per_course",
            )
        ]
        indexes = [
            models.Index(fields=["course", "status"]),
            models.Index(fields=["user", "course", "completed_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.course_id}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class LessonCompletion(models.Model):
    """A lesson an enrolled learner has marked complete; recorded once."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        "content.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.PROTECT,
        related_name="completions",
    )
    completed_at = models.DateTimeField(_("completed at"))

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_completion_unique")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} – {self.lesson_id}"


class QuizAttemptQuerySet(models.QuerySet):
    def without_content(self) -> QuizAttemptQuerySet:
        """Leave out the frozen questions, answers and per-question scores:
        lists, histories and exports never need them."""
        return self.defer("questions", "answers", "question_scores")


class QuizAttempt(models.Model):
    """One go at a quiz. It keeps a frozen copy of the questions it was given
    (texts in every language, choice order, correct answers), the answers as
    saved page by page, and the grade, so results stand up to an audit
    whatever later happens to the quiz."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        GRADED = "graded", _("Graded")

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    # Denormalised from the enrolment so ownership checks and reports need no join.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        "content.QuizPage",
        verbose_name=_("quiz"),
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("time limit ends at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    late = models.BooleanField(
        _("submitted after the time limit"),
        default=False,
        help_text=_("Graded on the answers saved before the time limit."),
    )
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    questions = models.JSONField(_("questions as given"), default=list)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    question_scores = models.JSONField(_("score per question"), default=dict, blank=True)
    calculated_score = models.DecimalField(
        _("calculated score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    objects = QuizAttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "quiz", "number"], name="quiz_attempt_unique_number"
            ),
            # One attempt open at a time: a second "start" resumes it instead.
            models.UniqueConstraint(
                fields=["enrolment", "quiz"],
                condition=Q(status="in_progress"),
                name="quiz_attempt_one_in_progress",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "status", "submitted_at"]),
            models.Index(fields=["user", "quiz"]),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz_id} #{self.number}"

    @property
    def is_graded(self) -> bool:
        return self.status == self.Status.GRADED


class GradeOverride(models.Model):
    """A trainer's change to an attempt's grade: kept for the audit trail."""

    attempt = models.ForeignKey(
        QuizAttempt,
        verbose_name=_("attempt"),
        on_delete=models.CASCADE,
        related_name="overrides",
    )
    previous_score = models.DecimalField(_("previous score (%)"), max_digits=5, decimal_places=2)
    score = models.DecimalField(_("new score (%)"), max_digits=5, decimal_places=2)
    previous_passed = models.BooleanField(_("previously passed"))
    passed = models.BooleanField(_("passed"))
    reason = models.TextField(_("reason"), max_length=1000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("grade override")
        verbose_name_plural = _("grade overrides")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.attempt_id}: {self.previous_score} → {self.score}"
