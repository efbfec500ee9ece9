"""Learner pages that are not Wagtail pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from content.models import CourseIndexPage

from .selectors import learner_courses


@login_required
def my_learning(request):
    """The learner's dashboard: courses in progress first, then completed ones."""
    rows = learner_courses(user=request.user)
    catalogue = CourseIndexPage.objects.live().first()
    return render(
        request,
        "courses/my_learning.html",
        {
            "in_progress": [row for row in rows if not row.is_complete],
            "completed": sorted(
                (row for row in rows if row.is_complete),
                key=lambda row: row.enrolment.completed_at,
                reverse=True,
            ),
            "catalogue_url": catalogue.get_url(request) if catalogue else None,
        },
    )
