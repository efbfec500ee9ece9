"""Register the grading of abandoned timed quiz attempts with django-q2's
scheduler (visible under "Scheduled tasks" in the django-q2 admin)."""

from django.db import migrations

NAME = "Quizzes: grade timed attempts whose time has run out"


def add_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={
            "func": "courses.tasks.grade_expired_quiz_attempts",
            "schedule_type": "I",  # every N minutes
            "minutes": 5,
            "repeats": -1,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_quiz_attempts"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
