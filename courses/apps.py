from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """What learners do: enrolments, progress, quiz attempts and completion."""

    name = "courses"
    verbose_name = _("Learning records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from lms.models import OrganisationUnit, User
        from lms.signals import staff_changed

        from . import receivers

        post_save.connect(receivers.person_saved, sender=User, dispatch_uid="courses-person")
        post_save.connect(
            receivers.unit_saved, sender=OrganisationUnit, dispatch_uid="courses-unit"
        )
        staff_changed.connect(receivers.staff_changed, dispatch_uid="courses-staff")
