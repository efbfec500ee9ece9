"""Error pages: translated, inside the site layout, never a traceback."""

import logging

from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


def _render(request, status: int, template: str):
    return render(request, template, {"status": status}, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _render(request, 400, "errors/400.html")


@requires_csrf_token
def permission_denied(request, exception=None):
    return _render(request, 403, "errors/403.html")


@requires_csrf_token
def page_not_found(request, exception=None):
    return _render(request, 404, "errors/404.html")


@requires_csrf_token
def server_error(request):
    # Rendered without the context processors' database lookups: the database
    # may be the reason we are here.
    try:
        body = get_template("errors/500.html").render({"status": 500})
    except TemplateDoesNotExist:  # pragma: no cover - the template ships with the app
        body = "<h1>Server error</h1>"
    from django.http import HttpResponseServerError

    return HttpResponseServerError(body)


def csrf_failure(request, reason=""):
    logger.warning("CSRF failure on %s: %s", request.path, reason)
    return _render(request, 403, "errors/csrf.html")
