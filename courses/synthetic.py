"""Training requirements and learning history for the synthetic organisation
(``lms.synthetic``): a realistic spread of statuses at scale.

Enrolments are written in bulk with their completion dates; assignments are
then made by the real reconciliation (``assignments_sync``), and the dates
people joined each audience are spread over the past year, as an HR system's
joining dates would be.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from django.db.models.functions import Mod
from django.utils import timezone

from content.models import CourseCategory, CourseIndexPage, CoursePage, LessonPage
from lms.models import OrganisationUnit
from lms.synthetic import CODE_PREFIX, EMAIL_DOMAIN

from .models import Enrolment, RequirementAssignment, TrainingRequirement
from .services.compliance import assignments_sync, requirement_audience

BATCH = 5000
SPREAD_MONTHS = 12


def _items(count: int) -> list[CoursePage]:
    """``count`` live courses or campaigns, making simple synthetic courses
    when the catalogue has fewer."""
    items = list(CoursePage.objects.live().order_by("pk")[:count])
    catalogue = CourseIndexPage.objects.live().first()
    category = CourseCategory.objects.order_by("pk").first()
    number = 0
    while len(items) < count and catalogue is not None:
        number += 1
        slug = f"synthetic-course-{number}"
        existing = CoursePage.objects.filter(slug=slug).first()
        if existing is None:
            course = CoursePage(
                title=f"Synthetic course {number}",
                title_en=f"Synthetic course {number}",
                slug=slug,
                summary_en="A course made for load tests.",
                objectives_en="<ul><li>Nothing: it is synthetic.</li></ul>",
                duration_minutes=10,
                category=category,
            )
            catalogue.add_child(instance=course)
            course.add_child(
                instance=LessonPage(title="Lesson", title_en="Lesson", slug="lesson", body_en=[])
            )
            course.save_revision().publish()
            existing = course
        if existing.pk not in {i.pk for i in items}:
            items.append(existing)
    return items


def _audiences(count: int) -> list[dict]:
    """Every kind of audience, in turn."""
    departments = list(
        OrganisationUnit.objects.filter(code__startswith=f"{CODE_PREFIX}-D", depth=1).order_by("pk")
    )
    audiences = []
    for index in range(count):
        if index % 4 == 0:
            audiences.append({"everyone": True})
        elif index % 4 == 1:
            audiences.append({"job_titles": "ICT Officer\nSystems Administrator\nDirector"})
        else:
            chosen = departments[index % len(departments) :][:3] if departments else []
            audiences.append({"units": chosen})
    return audiences


def generate_requirements(
    *,
    count: int,
    seed: int,
    today: datetime.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """``count`` requirements over the synthetic staff, with learning
    history: about 55 % completed (some long enough ago to have expired),
    15 % started, the rest not started; due dates spread from long past to
    the coming months."""
    rng = random.Random(seed)
    today = today or timezone.localdate()
    now = timezone.now()
    items = _items(count)
    created_at = now - datetime.timedelta(days=365)
    totals = {"requirements": 0, "enrolments": 0, "assignments": 0}
    for index, (item, audience) in enumerate(zip(items, _audiences(len(items)), strict=False)):
        fixed = index % 2 == 0
        requirement = TrainingRequirement.objects.create(
            item=item,
            everyone=audience.get("everyone", False),
            job_titles=audience.get("job_titles", ""),
            due_rule=TrainingRequirement.DueRule.FIXED
            if fixed
            else TrainingRequirement.DueRule.AFTER_JOINING,
            due_on=today + datetime.timedelta(days=rng.choice([-60, -10, 7, 45, 120]))
            if fixed
            else None,
            due_days=None if fixed else rng.choice([30, 60, 90]),
            renewal_months=12 if index % 3 != 2 else None,
            created_at=created_at,
        )
        requirement.units.set(audience.get("units", []))
        people = list(
            requirement_audience(requirement=requirement)
            .filter(email__endswith=f"@{EMAIL_DOMAIN}")
            .values_list("pk", flat=True)
        )
        already = set(Enrolment.objects.filter(course=item).values_list("user_id", flat=True))
        enrolments = []
        for user_id in people:
            roll = rng.random()
            if user_id in already or roll >= 0.70:
                continue
            enrolled = now - datetime.timedelta(days=rng.randint(30, 600))
            completed = None
            if roll < 0.55:
                completed = enrolled + datetime.timedelta(days=rng.randint(0, 25))
                completed = min(completed, now)
            enrolments.append(
                Enrolment(
                    user_id=user_id,
                    course=item,
                    enrolled_at=enrolled,
                    started_at=enrolled,
                    completed_at=completed,
                    method=Enrolment.Method.BULK,
                )
            )
            if len(enrolments) >= BATCH:
                Enrolment.objects.bulk_create(enrolments, ignore_conflicts=True)
                totals["enrolments"] += len(enrolments)
                enrolments = []
        Enrolment.objects.bulk_create(enrolments, ignore_conflicts=True)
        totals["enrolments"] += len(enrolments)
        result = assignments_sync(requirement=requirement, today=today)
        _spread_joining_dates(requirement, today)
        totals["requirements"] += 1
        totals["assignments"] += result.added
        if progress:
            progress(f"{item.title}: {result.added} people")
    return totals


def _spread_joining_dates(requirement: TrainingRequirement, today: datetime.date) -> None:
    """People joined the audience over the past year: one update per month."""
    rows = RequirementAssignment.objects.filter(requirement=requirement).alias(
        bucket=Mod("user_id", SPREAD_MONTHS)
    )
    for bucket in range(SPREAD_MONTHS):
        joined = today - datetime.timedelta(days=30 * bucket)
        rows.filter(bucket=bucket).update(assigned_on=joined, due_on=requirement.due_for(joined))
