"""Register the daily compliance reminders with django-q2's scheduler
(visible under "Scheduled tasks" in the django-q2 admin): every day at 06:00
in ``TIME_ZONE``, starting with the next 06:00 after the migration runs."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import migrations
from django.utils import timezone

NAME = "Compliance: daily reminders and escalations"
RUN_AT = datetime.time(6, 0)


def next_run_at(now: datetime.datetime) -> datetime.datetime:
    local = now.astimezone(zoneinfo.ZoneInfo(settings.TIME_ZONE))
    run = datetime.datetime.combine(local.date(), RUN_AT, tzinfo=local.tzinfo)
    if run <= local:
        run = datetime.datetime.combine(
            local.date() + datetime.timedelta(days=1), RUN_AT, tzinfo=local.tzinfo
        )
    return run


def add_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={
            "func": "courses.tasks.send_compliance_reminders",
            "schedule_type": "D",  # daily
            "next_run": next_run_at(timezone.now()),
            "repeats": -1,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_training_requirements"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
