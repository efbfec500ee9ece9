"""Issuing, rendering, revoking and archiving certificates.

Invariants:
- At most one certificate in force per completion (a database constraint);
  issuing is idempotent and safe to race.
- A certificate's code never changes. Rendering again bumps
  ``render_version``; a render stores its file under a new name and records it
  only if its version is still the newest, under the row lock, so a task that
  runs twice, late or concurrently changes nothing and a half-written file is
  never named in the database.
- Background work is enqueued in ``transaction.on_commit`` and may be
  delivered twice or not at all: ``sweep`` re-queues what is left undone.
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
import re
import secrets
import tempfile
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_q.tasks import async_task

from courses.models import Enrolment
from courses.services.compliance import completion_expires_on
from lms.exports import csv_cell
from lms.models import OrganisationUnit, User
from lms.selectors import units_visible_to

from . import codes, rendering
from .models import (
    MAX_RENDER_ATTEMPTS,
    Certificate,
    CertificateArchive,
    CertificateSettings,
    certificate_storage,
)

logger = logging.getLogger(__name__)

# A render normally takes well under a second; one still pending after this
# was lost (worker killed, broker restarted) and is queued again.
STALE_AFTER = timedelta(minutes=5)
ARCHIVE_STALE_AFTER = timedelta(minutes=30)
ARCHIVE_PROGRESS_EVERY = 50
MAX_ARCHIVE_ATTEMPTS = 3
# A ZIP of thousands of PDFs from a remote store can take longer than the
# cluster's timeout. A longer task may be handed out twice by the ORM broker;
# the second copy finds the build running (its progress is fresh) and stops.
ARCHIVE_TASK_TIMEOUT = 60 * 60
# Completions this recent that have no certificate are issued by the sweep
# (the signal's receiver runs after commit and can be lost with its process).
MISSED_COMPLETIONS_WINDOW = timedelta(days=30)


class CertificateError(Exception):
    """A request that cannot be carried out; the message is for the user."""


# --- Issuing ------------------------------------------------------------------


def _holder_name(user: User) -> str:
    # Never the email address: the name is printed and shown to the public.
    return user.get_full_name().strip() or user.employee_number or "—"


def _language_for(user: User) -> str:
    available = {code for code, _name in settings.LANGUAGES}
    return user.preferred_language if user.preferred_language in available else "en"


def certificate_issue(*, enrolment: Enrolment) -> Certificate | None:
    """The certificate for ``enrolment``'s completion, created if there is
    none yet (revoked ones count: revoking is not undone by completing).

    Returns None when the course is not complete or issues no certificate.
    Side effects: queues the PDF render after commit. Safe to call
    concurrently: the unique constraint decides, and the loser returns the
    winner's certificate.
    """
    course = enrolment.course
    if enrolment.completed_at is None or not course.issues_certificate:
        return None
    existing = _certificate_for_completion(enrolment)
    if existing is not None:
        return existing
    user = enrolment.user
    completed = timezone.localtime(enrolment.completed_at).date()
    certificate = Certificate(
        user=user,
        enrolment=enrolment,
        course=course,
        holder_name=_holder_name(user),
        completed_at=enrolment.completed_at,
        expires_on=completion_expires_on(user_id=user.pk, item=course, completed_on=completed),
        language=_language_for(user),
    )
    if not _insert_with_fresh_code(certificate):
        return _certificate_for_completion(enrolment)
    _queue_render(certificate)
    return certificate


def _insert_with_fresh_code(certificate: Certificate) -> bool:
    """Save ``certificate`` under a newly drawn code (drawing again if the code
    collides); False if its completion already has a certificate in force."""
    for _attempt in range(5):
        certificate.code = codes.generate()
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
            return True
        except IntegrityError:
            certificate.pk = None
            if Certificate.objects.filter(
                enrolment_id=certificate.enrolment_id,
                completed_at=certificate.completed_at,
                revoked_at__isnull=True,
            ).exists():
                return False
    raise CertificateError(_("A verification code could not be generated. Try again."))


def _certificate_for_completion(enrolment: Enrolment) -> Certificate | None:
    return (
        Certificate.objects.filter(enrolment=enrolment, completed_at=enrolment.completed_at)
        # The one in force first (NULL first on every database).
        .order_by(F("revoked_at").asc(nulls_first=True), "-pk")
        .first()
    )


def _queue_render(certificate: Certificate) -> None:
    pk, version = certificate.pk, certificate.render_version
    transaction.on_commit(
        lambda: async_task(
            "certificates.tasks.render_certificate",
            pk,
            version,
            task_name=f"certificate-{pk}-v{version}",
            group="certificates",
        )
    )


# --- Rendering ----------------------------------------------------------------


def _file_name(certificate: Certificate, version: int) -> str:
    # A new name per render: the old file stays intact (and served) until the
    # new one is completely stored and recorded.
    token = secrets.token_hex(4)
    return f"certificates/{certificate.code[:2]}/{certificate.code}-v{version}-{token}.pdf"


def certificate_render(*, certificate_id: int, version: int | None = None) -> str:
    """Render the certificate's PDF and store it; return what happened.

    Idempotent: does nothing if the requested version (or a newer one) is
    already stored. Counts the attempt before rendering, so a render that
    kills its worker is still counted; after ``MAX_RENDER_ATTEMPTS`` the
    attempts stop and the error is logged for administrators; a certificate
    with no PDF yet is marked failed, one with an older PDF keeps it.
    Locks the certificate row only to record the attempt and the result, never
    while rendering.
    """
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "course", "course__certificate_design")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None:
            return "missing"
        version = certificate.render_version if version is None else version
        if certificate.rendered_version >= version or version < certificate.render_version:
            return "already rendered"
        if certificate.revoked_at is not None:
            return "revoked"
        certificate.render_attempts += 1
        certificate.save(update_fields=["render_attempts"])
    try:
        site_settings = CertificateSettings.for_default_site()
        result = rendering.render(certificate, site_settings=site_settings)
        name = certificate_storage().save(_file_name(certificate, version), ContentFile(result.pdf))
    except Exception as exc:
        _record_failure(certificate, version, exc)
        raise
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.rendered_version >= version or locked.render_version != version:
            stored_elsewhere = True
        else:
            stored_elsewhere = False
            previous = locked.file.name
            locked.file.name = name
            locked.status = Certificate.Status.READY
            locked.rendered_version = version
            locked.rendered_at = timezone.now()
            locked.render_warnings = result.warnings
            locked.last_error = ""
            locked.save(
                update_fields=[
                    "file",
                    "status",
                    "rendered_version",
                    "rendered_at",
                    "render_warnings",
                    "last_error",
                ]
            )
            if previous and previous != name:
                transaction.on_commit(lambda: _delete_quietly(previous))
    if stored_elsewhere:
        _delete_quietly(name)
        return "already rendered"
    certificate_notify(certificate_id=certificate.pk)
    return "rendered"


def _record_failure(certificate: Certificate, version: int, exc: Exception) -> None:
    logger.error(
        "Certificate %s (id %s) could not be rendered: %s",
        certificate.code,
        certificate.pk,
        exc,
        exc_info=exc,
    )
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.render_version != version:
            return
        locked.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        fields = ["last_error"]
        if locked.render_attempts >= MAX_RENDER_ATTEMPTS and not locked.file:
            locked.status = Certificate.Status.FAILED
            fields.append("status")
        locked.save(update_fields=fields)


def _delete_quietly(name: str) -> None:
    try:
        certificate_storage().delete(name)
    except Exception:
        logger.warning("Could not delete replaced file %s", name, exc_info=True)


def certificate_rerender(
    *,
    certificate: Certificate,
    language: str | None = None,
    refresh_name: bool = False,
) -> Certificate:
    """Render the certificate again (another language, the holder's current
    name, or after a template or design change); the code does not change.

    The current PDF stays downloadable until the new one is stored.
    Locks the certificate row.
    """
    languages = {code for code, _name in settings.LANGUAGES}
    if language is not None and language not in languages:
        raise CertificateError(_("Choose one of the languages offered."))
    with transaction.atomic():
        locked = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user")
            .get(pk=certificate.pk)
        )
        if locked.revoked_at is not None:
            raise CertificateError(_("This certificate has been revoked."))
        if language:
            locked.language = language
        if refresh_name:
            locked.holder_name = _holder_name(locked.user)
        locked.render_version += 1
        locked.render_attempts = 0
        locked.render_requested_at = timezone.now()
        if locked.status == Certificate.Status.FAILED:
            locked.status = Certificate.Status.READY if locked.file else Certificate.Status.PENDING
        locked.save()
        _queue_render(locked)
    return locked


# --- Notification -------------------------------------------------------------


def certificate_notify(*, certificate_id: int) -> bool:
    """Email the holder, once, in their language, that their certificate is
    ready. Returns whether an email was sent. A failed send is logged and
    retried by the sweep."""
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "course")
            .get(pk=certificate_id)
        )
        user = certificate.user
        if (
            certificate.notified_at is not None
            or certificate.revoked_at is not None
            or not certificate.file
            or not user.email
            or not user.is_active
        ):
            return False
        with translation.override(_language_for(user)):
            context = {
                "name": certificate.holder_name,
                "course": certificate.course.title,
                "code": certificate.display_code,
                "url": rendering.absolute_url(reverse("certificate_list")),
                "verify_url": rendering.verification_url(certificate.code),
            }
            subject = _("Your certificate for “%(course)s” is ready") % context
            body = render_to_string("certificates/email/ready.txt", context)
        try:
            send_mail(subject, body, None, [user.email])
        except Exception:
            logger.exception("Certificate %s: the email could not be sent", certificate.code)
            return False
        certificate.notified_at = timezone.now()
        certificate.save(update_fields=["notified_at"])
    return True


# --- Revoking and re-issuing --------------------------------------------------


def certificate_revoke(*, certificate: Certificate, by: User, reason: str) -> Certificate:
    """Revoke with a reason; who and when are recorded. Locks the row."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for revoking the certificate."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is not None:
            raise CertificateError(_("This certificate has already been revoked."))
        locked.revoked_at = timezone.now()
        locked.revoked_by = by
        locked.revoke_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    logger.info("Certificate %s revoked by %s", locked.code, by.pk)
    return locked


def certificate_reissue(*, certificate: Certificate, by: User) -> Certificate:
    """A new certificate (new code, the holder's current name) for the same
    completion as a revoked one. The constraint allows one in force."""
    if certificate.revoked_at is None:
        raise CertificateError(_("Only a revoked certificate can be re-issued."))
    with transaction.atomic():
        Certificate.objects.select_for_update(of=("self",)).get(pk=certificate.pk)
        if Certificate.objects.filter(replaces=certificate).exists():
            raise CertificateError(_("This certificate has already been re-issued."))
        new = Certificate(
            user=certificate.user,
            enrolment_id=certificate.enrolment_id,
            course_id=certificate.course_id,
            holder_name=_holder_name(certificate.user),
            completed_at=certificate.completed_at,
            expires_on=certificate.expires_on,
            language=certificate.language,
            replaces=certificate,
        )
        if not _insert_with_fresh_code(new):
            raise CertificateError(_("A certificate for this completion is already in force."))
        _queue_render(new)
    logger.info("Certificate %s re-issued as %s by %s", certificate.code, new.code, by.pk)
    return new


# --- Bulk archives ------------------------------------------------------------


def certificate_archive_request(
    *, by: User, unit: OrganisationUnit, issued_from: datetime.date, issued_to: datetime.date
) -> CertificateArchive:
    """Queue a ZIP of the certificates issued to people in ``unit`` (and the
    units below it) between the two dates. The requester must be responsible
    for the unit."""
    if not units_visible_to(user=by).filter(pk=unit.pk).exists():
        raise CertificateError(_("You can only download certificates of your own departments."))
    if issued_from > issued_to:
        raise CertificateError(_("The start date must be on or before the end date."))
    archive = CertificateArchive.objects.create(
        requested_by=by, unit=unit, issued_from=issued_from, issued_to=issued_to
    )
    _queue_archive(archive)
    return archive


def _queue_archive(archive: CertificateArchive) -> None:
    pk = archive.pk
    transaction.on_commit(
        lambda: async_task(
            "certificates.tasks.build_archive",
            pk,
            task_name=f"archive-{pk}",
            group="archives",
            timeout=ARCHIVE_TASK_TIMEOUT,
        )
    )


def archive_certificates(archive: CertificateArchive):
    return (
        Certificate.objects.filter(
            user__unit__path__startswith=archive.unit.path,
            issued_at__date__gte=archive.issued_from,
            issued_at__date__lte=archive.issued_to,
            revoked_at__isnull=True,
        )
        .select_related("user", "user__unit", "course")
        .order_by("user__unit__path", "holder_name", "pk")
    )


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f]+')


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip(" .") or "_"


def certificate_archive_build(*, archive_id: int) -> str:
    """Build the ZIP (PDFs plus a CSV manifest), updating progress as it goes.

    Idempotent: a ready archive is left alone, and a build started recently by
    another worker is not started twice. The ZIP is spooled to a temporary file
    and stored only when complete.
    """
    now = timezone.now()
    with transaction.atomic():
        archive = (
            CertificateArchive.objects.select_for_update(of=("self",))
            .select_related("unit", "requested_by")
            .filter(pk=archive_id)
            .first()
        )
        if archive is None or archive.status in (
            CertificateArchive.Status.READY,
            CertificateArchive.Status.FAILED,
        ):
            return "nothing to do"
        if (
            archive.status == CertificateArchive.Status.BUILDING
            and archive.started_at
            and archive.started_at > now - ARCHIVE_STALE_AFTER
        ):
            return "already building"
        certificates = archive_certificates(archive)
        archive.status = CertificateArchive.Status.BUILDING
        archive.started_at = now
        archive.attempts += 1
        archive.total = certificates.count()
        archive.done = archive.skipped = 0
        archive.save(update_fields=["status", "started_at", "attempts", "total", "done", "skipped"])
    try:
        with translation.override(_language_for(archive.requested_by)):
            name = _write_archive(archive, certificates)
    except Exception as exc:
        logger.exception("Certificate archive %s could not be built", archive.pk)
        CertificateArchive.objects.filter(pk=archive.pk).update(
            status=CertificateArchive.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return "failed"
    finished = timezone.now()
    CertificateArchive.objects.filter(pk=archive.pk).update(
        status=CertificateArchive.Status.READY,
        file=name,
        finished_at=finished,
        expires_at=finished + timedelta(hours=settings.MAARIFA_ARCHIVE_LINK_HOURS),
    )
    return "built"


def _write_archive(archive: CertificateArchive, certificates) -> str:
    done = skipped = 0
    manifest = io.StringIO()
    writer = csv.writer(manifest)
    writer.writerow(
        [
            _("Verification code"),
            _("Name"),
            _("Employee number"),
            _("Department"),
            _("Course"),
            _("Issued on"),
            _("Valid until"),
            _("File"),
        ]
    )
    with tempfile.TemporaryFile() as spool:
        with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED) as bundle:
            for certificate in certificates.iterator(chunk_size=500):
                person = certificate.user
                if certificate.file:
                    member = "/".join(
                        [
                            _safe(person.unit.name if person.unit else "-"),
                            _safe(
                                f"{person.employee_number or person.get_username()} "
                                f"{certificate.holder_name} {certificate.course.slug} "
                                f"{certificate.code}"
                            )
                            + ".pdf",
                        ]
                    )
                    with certificate_storage().open(certificate.file.name, "rb") as source:
                        bundle.writestr(member, source.read())
                    done += 1
                else:
                    member = ""
                    skipped += 1
                writer.writerow(
                    [
                        csv_cell(value)
                        for value in (
                            certificate.display_code,
                            certificate.holder_name,
                            person.employee_number,
                            person.unit.name if person.unit else "",
                            certificate.course.title,
                            timezone.localtime(certificate.issued_at).date().isoformat(),
                            certificate.expires_on.isoformat() if certificate.expires_on else "",
                            member,
                        )
                    ]
                )
                if (done + skipped) % ARCHIVE_PROGRESS_EVERY == 0:
                    # started_at too: it tells a second delivery the build is alive.
                    CertificateArchive.objects.filter(pk=archive.pk).update(
                        done=done, skipped=skipped, started_at=timezone.now()
                    )
            bundle.writestr("certificates.csv", "\ufeff" + manifest.getvalue())
        CertificateArchive.objects.filter(pk=archive.pk).update(done=done, skipped=skipped)
        spool.seek(0)
        token = secrets.token_urlsafe(12)
        return certificate_storage().save(
            f"certificate-archives/{archive.pk}-{token}.zip", File(spool, name="archive.zip")
        )


# --- The sweep ----------------------------------------------------------------


def sweep(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """What the scheduler runs every few minutes; each step is idempotent.

    - issue certificates for recent completions that have none;
    - re-queue renders left pending longer than ``STALE_AFTER``, and mark
      failed those that used up their attempts;
    - retry ready-notifications that could not be sent;
    - re-queue stuck archives; delete expired archive files.
    """
    now = now or timezone.now()
    counts = {"issued": 0, "requeued": 0, "failed": 0, "notified": 0, "archives": 0, "expired": 0}

    missing = (
        Enrolment.objects.filter(
            completed_at__gte=now - MISSED_COMPLETIONS_WINDOW, course__issues_certificate=True
        )
        .exclude(
            Exists(
                Certificate.objects.filter(
                    enrolment=OuterRef("pk"), completed_at=OuterRef("completed_at")
                )
            )
        )
        .select_related("user", "course")
    )
    for enrolment in missing.iterator(chunk_size=200):
        if certificate_issue(enrolment=enrolment) is not None:
            counts["issued"] += 1

    stale = Certificate.objects.filter(
        revoked_at__isnull=True,
        rendered_version__lt=F("render_version"),
        render_requested_at__lt=now - STALE_AFTER,
    ).exclude(status=Certificate.Status.FAILED)
    exhausted = stale.filter(render_attempts__gte=MAX_RENDER_ATTEMPTS, file="")
    for certificate in exhausted.only("pk", "code", "render_version"):
        # Only if nothing changed meanwhile: a last attempt may have succeeded.
        marked = Certificate.objects.filter(
            pk=certificate.pk,
            file="",
            render_version=certificate.render_version,
            rendered_version__lt=certificate.render_version,
        ).update(status=Certificate.Status.FAILED)
        if marked:
            logger.error(
                "Certificate %s: no PDF after %s attempts", certificate.code, MAX_RENDER_ATTEMPTS
            )
            counts["failed"] += 1
    # A certificate that used up its attempts but has an older PDF keeps it.
    stale = stale.filter(render_attempts__lt=MAX_RENDER_ATTEMPTS)
    for certificate in stale.only("pk", "render_version", "render_attempts", "code"):
        with transaction.atomic():
            Certificate.objects.filter(pk=certificate.pk).update(render_requested_at=now)
            _queue_render(certificate)
        counts["requeued"] += 1

    unnotified = Certificate.objects.filter(
        notified_at__isnull=True,
        revoked_at__isnull=True,
        rendered_at__gte=now - timedelta(days=7),
        rendered_at__lt=now - STALE_AFTER,
        user__is_active=True,
    ).exclude(user__email="")
    for pk in unnotified.values_list("pk", flat=True):
        counts["notified"] += certificate_notify(certificate_id=pk)

    stuck = CertificateArchive.objects.filter(
        status__in=[CertificateArchive.Status.QUEUED, CertificateArchive.Status.BUILDING],
        created_at__lt=now - ARCHIVE_STALE_AFTER,
    ).filter(Q(started_at__isnull=True) | Q(started_at__lt=now - ARCHIVE_STALE_AFTER))
    for archive in stuck:
        if archive.attempts >= MAX_ARCHIVE_ATTEMPTS:
            CertificateArchive.objects.filter(pk=archive.pk, status=archive.status).update(
                status=CertificateArchive.Status.FAILED,
                error=f"Not finished after {archive.attempts} attempts",
            )
            logger.error(
                "Certificate archive %s failed after %s attempts", archive.pk, archive.attempts
            )
            continue
        with transaction.atomic():
            _queue_archive(archive)
        counts["archives"] += 1

    expired = CertificateArchive.objects.filter(expires_at__lte=now).exclude(file="")
    for archive in expired:
        _delete_quietly(archive.file.name)
        CertificateArchive.objects.filter(pk=archive.pk).update(file="")
        counts["expired"] += 1
    return counts
