"""Register the certificate sweep with django-q2's scheduler (visible under
"Scheduled tasks" in the django-q2 admin)."""

from django.db import migrations

SWEEP = "Certificates: re-queue pending renders, notify, remove expired archives"


def add_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=SWEEP,
        defaults={
            "func": "certificates.tasks.sweep",
            "schedule_type": "I",  # every N minutes
            "minutes": 5,
            "repeats": -1,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SWEEP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
