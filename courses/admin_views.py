"""Admin views for trainers and HR officers."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .forms import BulkEnrolmentForm

ENROL_PERMISSION = "courses.add_enrolment"


class BulkEnrolmentView(WagtailAdminTemplateMixin, FormView):
    """Enrol a unit, a list of people or a CSV file in a course, all or nothing."""

    form_class = BulkEnrolmentForm
    template_name = "courses/admin/bulk_enrolment.html"
    page_title = gettext_lazy("Enrol people")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(ENROL_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        course = form.cleaned_data["course"]
        try:
            result = services.enrolment_bulk_create(
                users=form.people, course=course, enrolled_by=self.request.user
            )
        except services.LearningError as error:
            form.add_error("course", error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "%(course)s: %(enrolled)s enrolled, %(reactivated)s enrolled again, "
                "%(already)s already enrolled."
            )
            % {
                "course": course.title,
                "enrolled": result.enrolled,
                "reactivated": result.reactivated,
                "already": result.already_enrolled,
            },
        )
        return redirect("courses_bulk_enrolment")
