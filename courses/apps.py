from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """What learners do: enrolments, progress, quiz attempts and completion."""

    name = "courses"
    verbose_name = _("Learning records")
    default_auto_field = "django.db.models.BigAutoField"
