"""The staff directory import in the Wagtail admin: upload, preview, import.

The upload waits in private storage under a random token that only its
uploader's session knows. Checking it and importing it run as background
tasks (``directory.jobs``); one page, refreshing itself while a task works,
shows the check, the preview, the import and its outcome.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import intcomma
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..directory import jobs
from ..directory.jobs import IMPORT_PERMISSION, Job
from ..directory.reading import (
    COLUMN_HELP,
    COLUMNS,
    ENCODING_LABELS,
    REQUIRED_COLUMNS,
    UnreadableFile,
    template_rows,
)
from ..directory.uploads import PendingImport, pending_import_get
from ..exports import stream_csv
from ..forms import DirectoryImportForm
from ..models import User
from ..pagination import paginate
from ..permissions import require_permission

ERRORS_PER_PAGE = 100
SESSION_KEY = "directory_imports"
SESSION_LIMIT = 5
# Seconds between refreshes of the page while a task works.
REFRESH_SECONDS = 3


def upload(request):
    require_permission(request, IMPORT_PERMISSION)
    form = DirectoryImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            pending = jobs.pending_import_create(
                user=request.user,
                upload=form.cleaned_data["file"],
                encoding=form.cleaned_data["encoding"],
                deactivate_missing=form.cleaned_data["deactivate_missing"],
                language=translation.get_language() or settings.LANGUAGE_CODE,
            )
        except UnreadableFile as error:
            form.add_error("file", error.message)
        else:
            tokens = [pending.token, *request.session.get(SESSION_KEY, [])][:SESSION_LIMIT]
            request.session[SESSION_KEY] = tokens
            return redirect("lms_directory_import_preview", pending.token)
    return TemplateResponse(
        request,
        "lms/admin/directory_import/upload.html",
        {
            "form": form,
            "columns": [
                {"name": name, "required": name in REQUIRED_COLUMNS, "help": COLUMN_HELP[name]}
                for name in COLUMNS
            ],
        },
        status=400 if request.method == "POST" else 200,
    )


def template_csv(request):
    require_permission(request, IMPORT_PERMISSION)
    header, *rows = template_rows()
    return stream_csv(filename="staff-directory-template.csv", header=header, rows=rows)


def _pending_or_404(request, token: str) -> PendingImport:
    # Only the session that uploaded the file knows its token, and the file
    # remembers who uploaded it: anyone else gets "not found".
    if token not in request.session.get(SESSION_KEY, []):
        raise Http404
    pending = pending_import_get(token=token, user=request.user)
    if pending is None:
        raise Http404
    return pending


def preview(request, token: str):
    """The upload's page: checking, what went wrong, the preview, importing,
    or what the import did."""
    require_permission(request, IMPORT_PERMISSION)
    pending = _pending_or_404(request, token)
    check = jobs.job_get(pending, jobs.CHECK)
    imported = jobs.job_get(pending, jobs.IMPORT)
    context = {"pending": pending, "refresh_seconds": REFRESH_SECONDS}
    if imported is not None and imported.is_running:
        context.update(phase="importing", job=imported, refresh=True)
    elif imported is not None and imported.state == jobs.DONE:
        context.update(phase="imported", outcome=_imported_message(imported.result))
    elif check is None or check.is_running:
        context.update(phase="checking", job=check, refresh=True)
    elif check.state != jobs.DONE:
        context.update(phase="check_failed", failure=_failure_message(check))
    else:
        report = check.result
        if imported is not None and imported.failure == jobs.REJECTED:
            report = imported.result
        context.update(
            phase="preview",
            failure=_failure_message(imported) if imported is not None else "",
            can_import=not report["counts"]["errors"] and (imported is None or imported.may_retry),
            **_preview_context(request, report),
        )
    return TemplateResponse(request, "lms/admin/directory_import/preview.html", context)


@require_POST
def confirm(request, token: str):
    require_permission(request, IMPORT_PERMISSION)
    pending = _pending_or_404(request, token)
    try:
        # A second confirm changes nothing: the page shows the import under way.
        jobs.pending_import_confirm(pending=pending, importer=request.user)
    except jobs.ImportRefused as refused:
        messages.error(request, refused.message)
    return redirect("lms_directory_import_preview", token)


def _preview_context(request, report: dict) -> dict:
    counts = report["counts"]
    errors, _query = paginate(request, report["errors"], ERRORS_PER_PAGE, param="p")
    return {
        "counts": counts,
        "encoding": _encoding_label(report["encoding"]),
        "errors": errors,
        "sections": [
            _section(_("To create"), "create", report["creates"], counts, creating=True),
            _section(_("To update"), "update", report["updates"], counts),
            _section(_("To deactivate"), "deactivate", report["deactivations"], counts),
            _section(
                _("Left unchanged: accounts an import never changes"),
                "protected",
                report["protected"],
                counts,
            ),
        ],
    }


def _imported_message(counts: dict) -> str:
    return _(
        "The staff directory was imported: %(create)s created, %(update)s updated, "
        "%(deactivate)s deactivated, %(unchanged)s unchanged."
    ) % {kind: intcomma(count) for kind, count in counts.items()}


def _failure_message(job: Job) -> str:
    """Why a step failed or stopped, in the reader's language."""
    if job.state == jobs.STOPPED:
        return _(
            "The background worker stopped before it had finished. Nothing was imported. "
            "Try again; if it happens again, tell your administrator."
        )
    if job.failure in (jobs.UNREADABLE, jobs.CONFLICT):
        return job.message
    if job.failure == jobs.REJECTED:
        return _(
            "The directory has changed since the preview and the file no longer passes "
            "the checks (%(count)s errors). Nothing was imported."
        ) % {"count": job.result["counts"]["errors"]}
    if job.failure == jobs.FORBIDDEN:
        return _("You may no longer import the staff directory. Nothing was imported.")
    if job.failure == jobs.TIMED_OUT:
        return _(
            "This took longer than the %(minutes)s minutes allowed and was stopped. Nothing "
            "was imported. Split the file into smaller files."
        ) % {"minutes": jobs.TASK_TIMEOUT // 60}
    return _(
        "Something went wrong on the server, and the error has been logged for the "
        "administrators. Nothing was imported."
    )


def _encoding_label(encoding: str | None) -> str:
    return str(ENCODING_LABELS[encoding]) if encoding else ""


def _section(title: str, kind: str, people: list[dict], counts: dict, *, creating=False):
    return {
        "title": title,
        "total": counts[kind],
        "people": _shown(people),
        "creating": creating,
    }


def _shown(people: list[dict]) -> list[dict]:
    """People with each changed field's label and values as a reader expects."""
    return [
        {
            **person,
            "fields": [
                (_field_label(name), _value(name, old), _value(name, new))
                for name, old, new in person["fields"]
            ],
        }
        for person in people
    ]


def _field_label(name: str) -> str:
    return capfirst(User._meta.get_field(name).verbose_name)


def _value(name: str, value) -> str:
    if value == "" or value is None:
        return "—"
    if name == "is_active":
        return _("Yes") if value else _("No")
    if name == "preferred_language":
        return dict(settings.LANGUAGES).get(value, value)
    return str(value)
