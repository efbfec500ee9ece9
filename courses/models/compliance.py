"""Mandatory training: requirements, who they apply to, and where each person
stands.

A ``TrainingRequirement`` names a course or campaign and an audience. The
people in the audience each get a ``RequirementAssignment`` row holding the
facts their status is derived from (when they joined the audience, when they
are due, their latest completion and when it expires, whether they have
started). The status itself is never stored: it depends on today's date and
is computed by ``RequirementAssignmentQuerySet.with_status`` — in the
database, so dashboards count and filter a hundred thousand people in one
query — and by ``RequirementAssignment.status`` for a row already loaded,
from the same rule.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

MAX_DUE_DAYS = 3650
MAX_RENEWAL_MONTHS = 120


class ComplianceStatus(models.TextChoices):
    # A context of their own: "Completed" is also a heading elsewhere.
    NOT_STARTED = "not_started", pgettext_lazy("compliance status", "Not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("compliance status", "In progress")
    DUE_SOON = "due_soon", pgettext_lazy("compliance status", "Due soon")
    OVERDUE = "overdue", pgettext_lazy("compliance status", "Overdue")
    COMPLETED = "completed", pgettext_lazy("compliance status", "Completed")
    EXPIRED = "expired", pgettext_lazy("compliance status", "Expired")


# Statuses that count as not (or no longer) compliant once their date passed.
LATE_STATUSES = (ComplianceStatus.OVERDUE, ComplianceStatus.EXPIRED)


def due_soon_days() -> int:
    return settings.MAARIFA_DUE_SOON_DAYS


class TrainingRequirement(models.Model):
    """Training an audience must complete by a date, and perhaps renew."""

    class DueRule(models.TextChoices):
        FIXED = "fixed", _("By a fixed date")
        AFTER_JOINING = "after_joining", _("Within a number of days of joining the audience")

    item = models.ForeignKey(
        "content.CoursePage",
        verbose_name=_("course or campaign"),
        on_delete=models.PROTECT,
        related_name="requirements",
    )
    everyone = models.BooleanField(
        _("the whole organisation"),
        default=False,
        help_text=_("Everyone with an organisation unit."),
    )
    units = models.ManyToManyField(
        "lms.OrganisationUnit",
        verbose_name=_("organisation units"),
        blank=True,
        related_name="+",
        help_text=_("Everyone in these units and every unit below them."),
    )
    job_titles = models.TextField(
        _("job titles"),
        blank=True,
        help_text=_("One per line; matched without regard to capital letters."),
    )
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named people"),
        blank=True,
        related_name="+",
    )
    due_rule = models.CharField(
        _("due"), max_length=20, choices=DueRule.choices, default=DueRule.FIXED
    )
    due_on = models.DateField(_("due date"), null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(
        _("days to complete"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DUE_DAYS)],
        help_text=_("Counted from the day the person joins the audience."),
    )
    renewal_months = models.PositiveSmallIntegerField(
        _("renew every (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_RENEWAL_MONTHS)],
        help_text=_("A completion expires after this many months and is due again. Empty: never."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive requirements are not assigned.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # When the assignments were last brought in line with the audience.
    synced_at = models.DateTimeField(_("assigned at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("training requirement")
        verbose_name_plural = _("training requirements")
        ordering = ["item__title", "pk"]

    def __str__(self) -> str:
        return self.item.title if self.item_id else str(_("training requirement"))

    def clean(self) -> None:
        errors = {}
        if self.due_rule == self.DueRule.FIXED:
            if not self.due_on:
                errors["due_on"] = _("Give the date by which the training is due.")
            self.due_days = None
        else:
            if not self.due_days:
                errors["due_days"] = _("Give the number of days people have to complete it.")
            self.due_on = None
        self.job_titles = "\n".join(self.job_title_list())
        if errors:
            raise ValidationError(errors)

    def job_title_list(self) -> list[str]:
        seen: dict[str, str] = {}
        for line in (self.job_titles or "").splitlines():
            title = " ".join(line.split())
            if title and title.casefold() not in seen:
                seen[title.casefold()] = title
        return list(seen.values())

    def due_for(self, assigned_on: datetime.date) -> datetime.date:
        """When someone who joined the audience on ``assigned_on`` is first due."""
        if self.due_rule == self.DueRule.FIXED:
            return self.due_on
        return assigned_on + datetime.timedelta(days=self.due_days)


def _status_rules(today: datetime.date) -> list[tuple[str, Q]]:
    """The status rule, in order: the first condition that holds decides.
    Conditions on plain columns, so that filtering by a status can use the
    indexes."""
    soon = today + datetime.timedelta(days=due_soon_days())
    return [
        (
            ComplianceStatus.COMPLETED,
            Q(completed_at__isnull=False) & (Q(expires_on__isnull=True) | Q(expires_on__gt=today)),
        ),
        (ComplianceStatus.EXPIRED, Q(completed_at__isnull=False)),
        (ComplianceStatus.OVERDUE, Q(due_on__lt=today)),
        (ComplianceStatus.DUE_SOON, Q(due_on__lte=soon)),
        (ComplianceStatus.IN_PROGRESS, Q(started_at__isnull=False)),
        (ComplianceStatus.NOT_STARTED, Q()),
    ]


def status_q(status: str, today: datetime.date | None = None) -> Q:
    """The rows whose status is ``status`` today, as a filter."""
    today = today or timezone.localdate()
    condition = Q()
    for name, rule in _status_rules(today):
        if name == status:
            return condition & rule
        condition &= ~rule
    return Q(pk__in=[])


class RequirementAssignmentQuerySet(models.QuerySet):
    def with_status(self, today: datetime.date | None = None) -> RequirementAssignmentQuerySet:
        """Annotate ``status`` and ``next_due_on`` (the due date, or the
        renewal date once completed): the one rule every page, export and
        reminder uses. Mirrors ``RequirementAssignment.status_on``."""
        today = today or timezone.localdate()
        rules = _status_rules(today)
        return self.annotate(
            status=Case(
                *[When(rule, then=Value(name)) for name, rule in rules[:-1]],
                default=Value(rules[-1][0]),
                output_field=models.CharField(),
            ),
            next_due_on=Case(
                When(completed_at__isnull=False, then=F("expires_on")),
                default=F("due_on"),
                output_field=models.DateField(),
            ),
        )

    def in_units(self, units) -> RequirementAssignmentQuerySet:
        """Assignments of people in these units or below them."""
        condition = Q(pk__in=[])
        for unit in units:
            condition |= Q(user__unit__path__startswith=unit.path)
        return self.filter(condition)


class RequirementAssignment(models.Model):
    """One person in the audience of one requirement, with the facts their
    status is derived from. Kept in line by ``courses.services.compliance``."""

    requirement = models.ForeignKey(
        TrainingRequirement,
        verbose_name=_("requirement"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="requirement_assignments",
    )
    assigned_on = models.DateField(_("assigned on"))
    due_on = models.DateField(_("due date"))
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)

    objects = RequirementAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("requirement assignment")
        verbose_name_plural = _("requirement assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["requirement", "user"], name="requirement_assignment_unique"
            )
        ]
        indexes = [
            models.Index(fields=["requirement", "due_on"]),
            models.Index(fields=["user", "requirement"]),
        ]

    def __str__(self) -> str:
        return f"{self.requirement_id} – {self.user_id}"

    @property
    def status_label(self) -> str:
        """The translated status of a row loaded ``with_status``."""
        return ComplianceStatus(self.status).label

    def status_on(self, today: datetime.date) -> str:
        """The same rule as ``with_status``, for a row already in memory."""
        if self.completed_at is not None:
            if self.expires_on is None or self.expires_on > today:
                return ComplianceStatus.COMPLETED
            return ComplianceStatus.EXPIRED
        if self.due_on < today:
            return ComplianceStatus.OVERDUE
        if self.due_on <= today + datetime.timedelta(days=due_soon_days()):
            return ComplianceStatus.DUE_SOON
        if self.started_at is not None:
            return ComplianceStatus.IN_PROGRESS
        return ComplianceStatus.NOT_STARTED


class ReminderDelivery(models.Model):
    """One reminder email to one person on one day.

    The row is claimed (inserted) before the email is sent and marked sent
    after, so a second run on the same day sends nothing twice and a run
    that stopped part-way picks up the rest.
    """

    class Kind(models.TextChoices):
        LEARNER = "learner", _("Reminder to the learner")
        MANAGER = "manager", _("Escalation to the line manager")
        HR_DIGEST = "hr_digest", _("Weekly digest for an HR officer")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    day = models.DateField(_("day"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    # The assignments the email is about, so a retry sends the same content.
    assignment_ids = models.JSONField(_("assignments"), default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("reminder email")
        verbose_name_plural = _("reminder emails")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "day"], name="reminder_delivery_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["day", "status"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id} ({self.day})"


__all__ = [
    "LATE_STATUSES",
    "ComplianceStatus",
    "ReminderDelivery",
    "RequirementAssignment",
    "TrainingRequirement",
]
