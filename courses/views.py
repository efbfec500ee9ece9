"""Learner pages that are not Wagtail pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from certificates.selectors import certificates_of
from content.models import CourseIndexPage

from .selectors import learner_courses, learner_requirements

CERTIFICATES_SHOWN = 3


@login_required
def my_learning(request):
    """The learner's dashboard: mandatory training first (most urgent on
    top), then courses in progress, then completed ones."""
    rows = learner_courses(user=request.user)
    catalogue = CourseIndexPage.objects.live().first()
    return render(
        request,
        "courses/my_learning.html",
        {
            "mandatory": learner_requirements(user=request.user),
            "in_progress": [row for row in rows if not row.is_complete],
            "completed": sorted(
                (row for row in rows if row.is_complete),
                key=lambda row: row.enrolment.completed_at,
                reverse=True,
            ),
            "catalogue_url": catalogue.get_url(request) if catalogue else None,
            # The latest few; the certificates page lists them all.
            "certificates": list(certificates_of(user=request.user)[: CERTIFICATES_SHOWN + 1]),
            "certificates_shown": CERTIFICATES_SHOWN,
        },
    )
