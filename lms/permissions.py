"""Permission checks shared by the admin views of every app."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem


def require_permission(request, permission: str) -> None:
    """Refuse the request unless the user holds ``permission``. The Wagtail
    admin turns the refusal into a redirect to its dashboard with a message."""
    if not request.user.has_perm(permission):
        raise PermissionDenied


class PermissionMenuItem(MenuItem):
    """An admin menu item shown only to people holding ``permission``."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
