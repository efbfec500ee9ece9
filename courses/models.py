"""What learners do: enrolments in courses and the lessons they complete.

Records point at pages with ``on_delete=PROTECT``: deleting content never
deletes a learner's history. Writes go through ``courses.services``.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """One person in one course. Unique per pair: enrolling again re-activates
    the same record, so progress and completion survive a withdrawal."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WITHDRAWN = "withdrawn", _("Withdrawn")

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
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "content.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_unique_per_course")
        ]
        indexes = [models.Index(fields=["course", "status"])]

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
