"""What a learner does on course and lesson pages.

The routes on ``CoursePage`` and ``LessonPage`` hand over to these functions:
check access, call one service, then render or redirect. Everything works
with plain links and forms; every POST is CSRF-protected by the middleware.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from content.models import CoursePage, LessonPage
from lms.roles import can_access_admin

from . import services
from .progress import CourseOutline, Progress
from .selectors import enrolment_of


def _render(request, page, extra: dict) -> TemplateResponse:
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context)


def course(request, page: CoursePage) -> TemplateResponse:
    outline = CourseOutline.for_course(page)
    record = enrolment_of(user=request.user, course=page)
    enrolment = record if record is not None and record.is_active else None
    progress = Progress.for_enrolment(outline, enrolment)
    withdrawn = record is not None and enrolment is None
    renewal = enrolment is not None and services.renewal_due(enrolment=enrolment)
    return _render(
        request,
        page,
        {
            "outline": outline,
            "enrolment": enrolment,
            "progress": progress,
            "was_withdrawn": withdrawn,
            "renewal_due": renewal,
            "locked_ids": {item.pk for item in outline.items if progress.is_locked(item)},
            "continue_lesson": progress.continue_lesson(enrolment.last_lesson_id)
            if enrolment
            else None,
        },
    )


def post_only(request, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        # Back to the page after signing in: the action itself needs a POST.
        return redirect_to_login(page.get_url(request))
    return None


def course_enrol(request, page: CoursePage):
    if refusal := post_only(request, page):
        return refusal
    try:
        _enrolment, changed = services.enrolment_create(user=request.user, course=page)
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(page.get_url(request))
    if changed:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    else:
        messages.info(request, _("You are already enrolled in this course."))
    return HttpResponseRedirect(page.get_url(request))


def course_withdraw(request, page: CoursePage):
    if refusal := post_only(request, page):
        return refusal
    enrolment = enrolment_of(user=request.user, course=page, active_only=True)
    if enrolment is None:
        messages.info(request, _("You are not enrolled in this course."))
    else:
        services.enrolment_withdraw(enrolment=enrolment)
        messages.success(
            request,
            _("You have left the course. Your progress is kept if you enrol again."),
        )
    return HttpResponseRedirect(page.get_url(request))


def course_renew(request, page: CoursePage):
    """Start a new round of a course whose completion is due for renewal."""
    if refusal := post_only(request, page):
        return refusal
    enrolment = enrolment_of(user=request.user, course=page, active_only=True)
    if enrolment is None:
        messages.info(request, _("You are not enrolled in this course."))
        return HttpResponseRedirect(page.get_url(request))
    try:
        services.enrolment_renew(enrolment=enrolment)
    except services.LearningError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("A new round has started. Your earlier completion is kept in your record.")
        )
    return HttpResponseRedirect(page.get_url(request))


def course_continue(request, page: CoursePage):
    """A stable "continue" link for the dashboard: to the lesson to open next."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = enrolment_of(user=request.user, course=page, active_only=True)
    if enrolment is None:
        return HttpResponseRedirect(page.get_url(request))
    progress = Progress.for_enrolment(CourseOutline.for_course(page), enrolment)
    lesson = progress.continue_lesson(enrolment.last_lesson_id)
    return HttpResponseRedirect((lesson or page).get_url(request))


def lesson(request, page: LessonPage):
    if getattr(request, "is_preview", False):
        return _render(request, page, {"preview": True})
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course_page = CoursePage.objects.ancestor_of(page).first()
    enrolment = enrolment_of(user=request.user, course=course_page, active_only=True)
    staff = can_access_admin(request.user)
    if enrolment is None and not staff:
        messages.info(request, _("Enrol in this course to open its lessons."))
        return HttpResponseRedirect(course_page.get_url(request))
    outline = CourseOutline.for_course(course_page)
    progress = Progress.for_enrolment(outline, enrolment)
    blocker = progress.blocking_lesson(page) if enrolment else None
    if enrolment is not None and blocker is None:
        services.enrolment_visit(enrolment=enrolment, lesson=page)
    return _render(
        request,
        page,
        {
            "course": course_page,
            "outline": outline,
            "enrolment": enrolment,
            "progress": progress,
            "blocking_lesson": blocker,
            "previous_lesson": outline.previous(page),
            "next_lesson": outline.next(page),
            "is_completed": progress.is_completed(page),
            "staff_view": enrolment is None,
        },
    )


def lesson_complete(request, page: LessonPage):
    if refusal := post_only(request, page):
        return refusal
    course_page = CoursePage.objects.ancestor_of(page).first()
    enrolment = enrolment_of(user=request.user, course=course_page, active_only=True)
    if enrolment is None:
        messages.error(request, _("You are not enrolled in this course."))
        return HttpResponseRedirect(course_page.get_url(request))
    try:
        progress, course_done = services.lesson_complete(enrolment=enrolment, lesson=page)
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(page.get_url(request))
    if course_done:
        messages.success(request, _("Congratulations! You have completed this course."))
        return HttpResponseRedirect(course_page.get_url(request))
    messages.success(request, _("Lesson complete."))
    following = progress.outline.next(page)
    return HttpResponseRedirect((following or course_page).get_url(request))
