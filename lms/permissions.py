"""Permission checks shared by the admin views of every app."""

from django.core.exceptions import PermissionDenied


def require_permission(request, permission: str) -> None:
    """Refuse the request unless the user holds ``permission``. The Wagtail
    admin turns the refusal into a redirect to its dashboard with a message."""
    if not request.user.has_perm(permission):
        raise PermissionDenied
