from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.permissions import PermissionMenuItem

from . import compliance_admin_views, quiz_admin_views
from .admin_views import ENROL_PERMISSION, BulkEnrolmentView


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("compliance/", compliance_admin_views.overview, name="courses_compliance_overview"),
        path(
            "compliance/people/",
            compliance_admin_views.people,
            name="courses_compliance_people",
        ),
        path(
            "compliance/requirements/add/",
            compliance_admin_views.requirement_form,
            name="courses_requirement_add",
        ),
        path(
            "compliance/requirements/<int:pk>/",
            compliance_admin_views.requirement_form,
            name="courses_requirement_edit",
        ),
        path("enrol/", BulkEnrolmentView.as_view(), name="courses_bulk_enrolment"),
        path("quizzes/", quiz_admin_views.quiz_list, name="courses_quiz_list"),
        path(
            "quizzes/<int:quiz_id>/attempts/",
            quiz_admin_views.quiz_attempts,
            name="courses_quiz_attempts",
        ),
        path(
            "quizzes/<int:quiz_id>/attempts.csv",
            quiz_admin_views.quiz_attempts_csv,
            name="courses_quiz_attempts_csv",
        ),
        path(
            "quizzes/<int:quiz_id>/statistics/",
            quiz_admin_views.quiz_statistics,
            name="courses_quiz_statistics",
        ),
        path(
            "quizzes/attempts/<int:attempt_id>/",
            quiz_admin_views.attempt_detail,
            name="courses_quiz_attempt",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_quiz_results_menu_item():
    return PermissionMenuItem(
        _("Quiz results"),
        reverse("courses_quiz_list"),
        icon_name="tasks",
        order=230,
        permission=quiz_admin_views.VIEW_PERMISSION,
    )


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PermissionMenuItem(
        _("Enrol people"),
        reverse("courses_bulk_enrolment"),
        icon_name="group",
        order=220,
        permission=ENROL_PERMISSION,
    )


@hooks.register("register_admin_menu_item")
def register_compliance_menu_item():
    return PermissionMenuItem(
        _("Compliance"),
        reverse("courses_compliance_overview"),
        icon_name="tasks",
        order=215,
        permission=compliance_admin_views.VIEW_PERMISSION,
    )
