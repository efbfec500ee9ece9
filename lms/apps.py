from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True  # this module holds two configs; this one is the app's
    name = "lms"
    verbose_name = _("People and organisation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.admin.views import account

        from .roles import sync_role_permissions

        # Names come from the HR directory, as one full name; Wagtail's own
        # "first name / last name" account panel would save nothing.
        account.NameEmailSettingsPanel.is_active = lambda panel: False
        post_migrate.connect(sync_role_permissions, dispatch_uid="maarifa-sync-role-permissions")


class MaarifaUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the forms for Maarifa's person fields."""

    user_viewset = "lms.admin_users.UserViewSet"
