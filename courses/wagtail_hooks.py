from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import ENROL_PERMISSION, BulkEnrolmentView


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("enrol/", BulkEnrolmentView.as_view(), name="courses_bulk_enrolment"),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PermissionMenuItem(
        _("Enrol people"),
        reverse("courses_bulk_enrolment"),
        icon_name="group",
        order=220,
        permission=ENROL_PERMISSION,
    )
