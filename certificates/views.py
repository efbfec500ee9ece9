"""Learners' certificate pages, downloads, and the public verification page."""

from __future__ import annotations

import contextlib
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.ratelimit import allow

from . import codes, selectors, services
from .forms import LanguageForm, VerifyForm
from .models import Certificate

logger = logging.getLogger(__name__)

PER_PAGE = 20
VERIFY_WINDOW = 600


@login_required
@require_GET
def certificate_list(request):
    """All of the learner's certificates, newest first."""
    page = Paginator(
        selectors.certificates_of(user=request.user), PER_PAGE, allow_empty_first_page=True
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "certificates/certificate_list.html",
        {
            "page_obj": page,
            "certificates": page.object_list,
        },
    )


@login_required
@require_GET
def certificate_download(request, code: str):
    """The PDF, for its holder and for those who manage the holder's department.
    Anyone else gets the same 404 as for a code that does not exist."""
    certificate = _certificate_or_404(request, code)
    if certificate.revoked_at is not None or not certificate.is_downloadable:
        raise Http404
    try:
        handle = certificate.file.open("rb")
    except Exception:  # storage backends raise anything: S3, NFS, a deleted file
        logger.exception("Certificate %s: stored PDF %s missing", code, certificate.file.name)
        messages.error(
            request,
            _(
                "The certificate file could not be read. It is being prepared again; "
                "try again in a few minutes."
            ),
        )
        if not certificate.render_pending:
            # A reload does not queue another render while one is pending.
            with contextlib.suppress(services.CertificateError):
                services.certificate_rerender(certificate=certificate)
        return redirect("certificate_list")
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"certificate-{certificate.display_code}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_POST
def certificate_language(request, code: str):
    """The holder asks for their certificate in another language."""
    certificate = _certificate_or_404(request, code, holder_only=True)
    form = LanguageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the languages offered."))
        return redirect("certificate_list")
    if certificate.render_pending:
        messages.info(request, _("Your certificate is already being prepared. Try again soon."))
        return redirect("certificate_list")
    try:
        services.certificate_rerender(
            certificate=certificate, language=form.cleaned_data["language"]
        )
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Your certificate is being prepared in %(language)s. It will be ready shortly.")
            % {"language": dict(settings.LANGUAGES)[form.cleaned_data["language"]]},
        )
    return redirect("certificate_list")


def _certificate_or_404(request, code: str, *, holder_only: bool = False) -> Certificate:
    try:
        code = codes.normalise(code)
    except codes.InvalidCode:
        raise Http404 from None
    visible = (
        selectors.certificates_of(user=request.user)
        if holder_only
        else selectors.certificates_reachable_by(user=request.user)
    )
    certificate = visible.filter(code=code).first()
    if certificate is None:
        raise Http404
    return certificate


def _rate_limited(request):
    if allow(
        request, scope="verify", limit=settings.MAARIFA_VERIFY_RATE_LIMIT, window=VERIFY_WINDOW
    ):
        return None
    response = render(request, "certificates/verify_limited.html", {"status": 429}, status=429)
    response["Retry-After"] = str(VERIFY_WINDOW)
    return response


@require_GET
def verify(request):
    """The code form. A valid code leads to its page; only lookups count
    towards the rate limit, and a malformed code is caught before any."""
    form = VerifyForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("certificate_verify_code", code=codes.display(form.cleaned_data["code"]))
    return render(request, "certificates/verify.html", {"form": form})


@require_GET
def verify_code(request, code: str):
    """What anyone may know about a certificate: name, course, dates, status."""
    form = VerifyForm({"code": code})
    if not form.is_valid():
        return render(request, "certificates/verify.html", {"form": form}, status=404)
    canonical = codes.display(form.cleaned_data["code"])
    if code != canonical:
        return redirect("certificate_verify_code", code=canonical)
    if limited := _rate_limited(request):
        return limited
    certificate = (
        Certificate.objects.select_related("course").filter(code=form.cleaned_data["code"]).first()
    )
    if certificate is None:
        # The same answer however close the code is to a real one.
        return render(
            request,
            "certificates/verify.html",
            {"form": VerifyForm(initial={"code": canonical}), "not_found": canonical},
            status=404,
        )
    return render(request, "certificates/verify_result.html", {"certificate": certificate})
