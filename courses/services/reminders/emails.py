"""The reminder, escalation and digest emails, composed in the recipient's
language for a whole delivery batch at once."""

from __future__ import annotations

import datetime
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certificates.rendering import absolute_url
from lms.models import User

from ...models import (
    LATE_STATUSES,
    ComplianceStatus,
    ReminderDelivery,
    TrainingRequirement,
)
from ...selectors.compliance import assignments_visible_to, requirement_tallies
from .common import (
    PERSON_FIELDS,
    Item,
    Kind,
    Line,
    Person,
    Report,
    hr_officers,
    person_from_row,
    person_of,
    qualifying,
    reminder_dates,
)


class Emails:
    """The emails of one delivery batch, composed (in the active language)
    from what was loaded for the whole batch at once."""

    def __init__(
        self,
        *,
        today: datetime.date,
        items: dict[int, Item],
        requirements: dict[int, TrainingRequirement],
        officers: dict[int, User],
    ):
        self.today = today
        self.items = items
        self.requirements = requirements
        self.officers = officers
        self.position = {pk: index for index, pk in enumerate(items)}
        earliest = min((item.next_due_on for item in items.values()), default=None)
        self.dates = {
            kind: set(reminder_dates(kind=kind, today=today, earliest=earliest))
            for kind in (Kind.LEARNER, Kind.MANAGER)
        }

    @classmethod
    def for_deliveries(cls, *, today: datetime.date, deliveries: list[ReminderDelivery]) -> Emails:
        """Load the batch's assignments (those still qualifying, in the
        order the emails list them), their requirements and the HR officers:
        at most five queries."""
        assignment_ids = {pk for delivery in deliveries for pk in delivery.assignment_ids}
        rows = (
            qualifying(today)
            .filter(pk__in=assignment_ids, next_due_on__isnull=False)
            .order_by("user__full_name", "user_id", "next_due_on", "pk")
            .values(
                "pk",
                "requirement_id",
                "next_due_on",
                "status",
                "user__line_manager_id",
                *(f"user__{f}" for f in PERSON_FIELDS),
            )
            if assignment_ids
            else []
        )
        items = {
            row["pk"]: Item(
                assignment_id=row["pk"],
                requirement_id=row["requirement_id"],
                person=person_from_row(row, "user__"),
                manager_id=row["user__line_manager_id"],
                next_due_on=row["next_due_on"],
                status=row["status"],
            )
            for row in rows
        }
        requirements = (
            TrainingRequirement.objects.filter(is_active=True)
            .select_related("item")
            .in_bulk({item.requirement_id for item in items.values()})
            if items
            else {}
        )
        officer_ids = [d.recipient_id for d in deliveries if d.kind == Kind.HR_DIGEST]
        officers = (
            {
                officer.pk: officer
                for officer in hr_officers()
                .filter(pk__in=officer_ids)
                .prefetch_related("groups", "responsible_units")
            }
            if officer_ids
            else {}
        )
        return cls(today=today, items=items, requirements=requirements, officers=officers)

    @staticmethod
    def _addressee(kind: str, item: Item) -> int | None:
        """Whom an item is reminded to: the learner, or their line manager."""
        return item.person.pk if kind == Kind.LEARNER else item.manager_id

    def compose(self, delivery: ReminderDelivery) -> EmailMessage | None:
        """The email for this row, or None if nothing is left to say."""
        recipient = delivery.recipient
        if not (recipient.is_active and recipient.email):
            return None
        if delivery.kind == Kind.HR_DIGEST:
            officer = self.officers.get(recipient.pk)
            return self.digest(officer) if officer else None
        dates = self.dates[delivery.kind]
        items = [
            item
            for pk in delivery.assignment_ids
            if (item := self.items.get(pk))
            and item.next_due_on in dates
            and self._addressee(delivery.kind, item) == recipient.pk
        ]
        # In the order of the query: by person, then the most urgent first.
        items.sort(key=lambda item: self.position[item.assignment_id])
        if delivery.kind == Kind.LEARNER:
            return self.reminder(person_of(recipient), items)
        return self.escalation(person_of(recipient), items)

    def _lines(self, items: list[Item]) -> list[Line]:
        """One line per course or campaign (the most urgent, if two
        requirements name the same one)."""
        lines, seen = [], set()
        for item in sorted(items, key=lambda item: item.next_due_on):
            requirement = self.requirements.get(item.requirement_id)
            if requirement is None or requirement.item_id in seen:
                continue
            seen.add(requirement.item_id)
            lines.append(Line(title=requirement.item.title, when=self._when(item)))
        return lines

    def _when(self, item: Item) -> str:
        date = date_format(item.next_due_on, "DATE_FORMAT")
        days = abs((item.next_due_on - self.today).days)
        renewal = item.status in (ComplianceStatus.COMPLETED, ComplianceStatus.EXPIRED)
        if item.next_due_on > self.today:
            if renewal:
                return ngettext(
                    "renewal due on %(date)s, in %(days)d day",
                    "renewal due on %(date)s, in %(days)d days",
                    days,
                ) % {"date": date, "days": days}
            return ngettext(
                "due on %(date)s, in %(days)d day", "due on %(date)s, in %(days)d days", days
            ) % {"date": date, "days": days}
        if item.next_due_on == self.today:
            return _("renewal due today") if renewal else _("due today")
        if renewal:
            return ngettext(
                "expired on %(date)s, %(days)d day ago",
                "expired on %(date)s, %(days)d days ago",
                days,
            ) % {"date": date, "days": days}
        return ngettext(
            "was due on %(date)s, %(days)d day overdue",
            "was due on %(date)s, %(days)d days overdue",
            days,
        ) % {"date": date, "days": days}

    def reminder(self, person: Person, items: list[Item]) -> EmailMessage | None:
        lines = self._lines(items)
        if not lines:
            return None
        late = any(item.next_due_on < self.today for item in items)
        subject = (
            _("Overdue: your mandatory training")
            if late
            else _("Reminder: your mandatory training is due")
        )
        body = render_to_string(
            "courses/email/reminder.txt",
            {
                "name": person.full_name,
                "lines": lines,
                "url": absolute_url(reverse("my_learning")),
            },
        )
        return EmailMessage(subject, body, None, [person.email])

    def escalation(self, manager: Person, items: list[Item]) -> EmailMessage | None:
        reports: list[Report] = []
        for _person_pk, theirs in groupby(items, key=lambda item: item.person.pk):
            theirs = list(theirs)
            if lines := self._lines(theirs):
                reports.append(Report(name=theirs[0].person.full_name, lines=lines))
        if not reports:
            return None
        body = render_to_string(
            "courses/email/escalation.txt",
            {
                "name": manager.full_name,
                "reports": reports,
                "days": settings.MAARIFA_ESCALATE_AFTER_DAYS,
                "url": absolute_url(reverse("my_learning")),
            },
        )
        subject = _("Overdue mandatory training in your team")
        return EmailMessage(subject, body, None, [manager.email])

    def digest(self, officer: User) -> EmailMessage | None:
        """The officer's scope, counted by the dashboard's own selectors."""
        rows = [
            (requirement, tally)
            for requirement, tally in requirement_tallies(user=officer, today=self.today)
            if requirement.is_active and tally.assigned
        ]
        if not rows:
            return None
        people_late = (
            assignments_visible_to(user=officer)
            .with_status(self.today)
            .filter(requirement__is_active=True, status__in=LATE_STATUSES)
            .values("user_id")
            .distinct()
            .count()
        )
        body = render_to_string(
            "courses/email/hr_digest.txt",
            {
                "name": officer.full_name,
                "rows": [
                    {
                        "title": requirement.item.title,
                        "assigned": tally.assigned,
                        "completed": tally.completed,
                        "overdue": tally.overdue,
                        "expired": tally.expired,
                        "rate": tally.rate,
                    }
                    for requirement, tally in rows
                ],
                "people_late": people_late,
                "url": absolute_url(reverse("courses_compliance_overview")),
                "late_url": absolute_url(reverse("courses_compliance_people") + "?status=overdue"),
            },
        )
        subject = _("Mandatory training: your weekly summary")
        return EmailMessage(subject, body, None, [officer.email])
