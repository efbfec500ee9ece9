"""django-q2 entry points: they take ids, re-fetch, and call a service."""

from __future__ import annotations

import datetime

from . import services
from .models import TrainingRequirement
from .services import compliance, reminders


def grade_expired_quiz_attempts() -> int:
    return services.quiz_attempts_grade_expired()


def sync_requirement(requirement_id: int) -> dict:
    requirement = TrainingRequirement.objects.filter(pk=requirement_id).first()
    if requirement is None:
        return {}
    return compliance.assignments_sync(requirement=requirement).__dict__


def sync_people(user_ids: list[int]) -> dict:
    return compliance.assignments_sync_for_users(user_ids=user_ids).__dict__


def sync_all_requirements() -> int:
    """Reconcile every requirement (also run each night before the reminders)."""
    return compliance.assignments_sync_all()


def send_compliance_reminders() -> dict:
    """Plan the daily reminders, escalations and HR digests and queue their
    delivery (safe to run twice; running it again resumes the day)."""
    return reminders.reminders_send()


def deliver_compliance_reminders(delivery_ids: list[int], day_iso: str) -> dict:
    """Send one batch of a day's reminder emails (safe to run twice)."""
    return reminders.reminders_deliver(
        delivery_ids=delivery_ids, today=datetime.date.fromisoformat(day_iso)
    )
