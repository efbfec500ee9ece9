from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificate records, their PDFs and public verification."""

    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.signals import course_completed

        from .receivers import issue_on_completion

        course_completed.connect(issue_on_completion, dispatch_uid="certificates-issue")
