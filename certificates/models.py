"""Certificates: the record issued once per course completion, its PDF, and
what administrators configure (the issuing organisation, certificate designs).

A certificate's verification code never changes. Its PDF may be rendered
again (a corrected name, another language, a new design) and replaces the
previous file; revoking keeps the record, so the code keeps verifying as
"revoked". Writes go through ``certificates.services``.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from . import codes

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MAX_RENDER_ATTEMPTS = 5


def certificate_storage():
    """Where PDFs and ZIPs go: the ``certificates`` storage, not the public media."""
    return storages["certificates"]


def _translated_panels(field: str, heading) -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel(f"{field}_{code}") for code in LANGUAGE_CODES], heading=heading
    )


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """Who issues certificates: printed on every certificate of the site,
    unless a course's design names its own signatory or logo."""

    organisation_name = models.CharField(
        _("issuing organisation"),
        max_length=200,
        default="Ministry of ICT",
        help_text=_("As it should appear on certificates, in each language."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG or JPEG; printed about 3 cm high."),
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=120, blank=True)
    signatory_title = models.CharField(
        _("signatory's title"), max_length=160, blank=True, help_text=_("e.g. Permanent Secretary.")
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A scan of the signature on a white or transparent background."),
    )

    panels = [
        _translated_panels("organisation_name", _("Issuing organisation")),
        FieldPanel("logo"),
        FieldPanel("signatory_name"),
        _translated_panels("signatory_title", _("Signatory's title")),
        FieldPanel("signature"),
    ]

    class Meta:
        verbose_name = _("certificate settings")

    @classmethod
    def for_default_site(cls) -> CertificateSettings:
        """Certificates are rendered outside any request: they use the
        default site's settings (unsaved defaults when there is no site)."""
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        return cls.for_site(site) if site else cls()


class CertificateDesign(models.Model):
    """A look for certificates that a course can choose instead of the default."""

    class Layout(models.TextChoices):
        CLASSIC = "classic", _("Classic: framed, centred")
        BANNER = "banner", _("Banner: coloured band along the side")

    name = models.CharField(_("name"), max_length=100, unique=True)
    layout = models.CharField(
        _("layout"), max_length=20, choices=Layout.choices, default=Layout.CLASSIC
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#1f4e79",
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hex digits, e.g. #1f4e79.")
            )
        ],
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the organisation's logo."),
    )
    signatory_name = models.CharField(
        _("signatory's name"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to use the organisation's signatory."),
    )
    signatory_title = models.CharField(_("signatory's title"), max_length=160, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("layout"),
        FieldPanel("accent_colour"),
        FieldPanel("logo"),
        FieldPanel("signatory_name"),
        _translated_panels("signatory_title", _("Signatory's title")),
        FieldPanel("signature"),
    ]

    class Meta:
        verbose_name = _("certificate design")
        verbose_name_plural = _("certificate designs")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CertificateQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("course", "user", "user__unit")

    def valid(self, *, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(revoked_at__isnull=True).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=on)
        )


class Certificate(models.Model):
    """One certificate for one completed course."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be prepared")

    class Validity(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    code = models.CharField(_("verification code"), max_length=codes.LENGTH, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "content.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    # What the certificate says, fixed at issue so that the record and its
    # PDF agree; changed only by an explicit re-render.
    holder_name = models.CharField(_("name on the certificate"), max_length=200)
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    status = models.CharField(
        _("PDF"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    # The file is named only once it is completely stored, so a render that
    # died half-way is never served.
    file = models.FileField(_("PDF file"), max_length=255, blank=True, storage=certificate_storage)
    render_version = models.PositiveIntegerField(default=1, editable=False)
    rendered_version = models.PositiveIntegerField(default=0, editable=False)
    render_requested_at = models.DateTimeField(default=timezone.now, editable=False)
    render_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    render_warnings = models.JSONField(_("rendering warnings"), default=list, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    notified_at = models.DateTimeField(_("holder notified at"), null=True, blank=True)

    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One certificate in force per completion: issuing twice (a signal
            # and a sweep racing, a task delivered twice) cannot make a second.
            models.UniqueConstraint(
                fields=["enrolment", "completed_at"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_one_in_force_per_completion",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoke_reason=""),
                name="certificate_revocation_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "render_requested_at"], name="certificate_pending_idx"),
            models.Index(fields=["issued_at"], name="certificate_issued_idx"),
        ]

    def __str__(self) -> str:
        return self.display_code

    @property
    def display_code(self) -> str:
        return codes.display(self.code)

    def validity(self, *, on: datetime.date | None = None) -> str:
        if self.revoked_at:
            return self.Validity.REVOKED
        if self.expires_on and self.expires_on < (on or timezone.localdate()):
            return self.Validity.EXPIRED
        return self.Validity.VALID

    def get_validity_display(self) -> str:
        return self.Validity(self.validity()).label

    @property
    def is_downloadable(self) -> bool:
        # A PDF once stored stays downloadable while a new version is made,
        # and if making the new version fails.
        return bool(self.file)

    @property
    def render_pending(self) -> bool:
        """A render was asked for and is still expected to happen."""
        return (
            self.rendered_version < self.render_version
            and self.status != self.Status.FAILED
            and self.render_attempts < MAX_RENDER_ATTEMPTS
        )

    def warning_messages(self) -> list[str]:
        """The last render's warnings, in the reader's language."""
        images = {"logo": _("logo"), "signature": _("signature")}
        messages = []
        for warning in self.render_warnings or []:
            if warning.get("kind") == "image":
                what = images.get(warning.get("what"), warning.get("what"))
                messages.append(
                    _("The %(what)s image could not be read, so it was left out.") % {"what": what}
                )
            elif warning.get("kind") == "glyphs":
                messages.append(
                    _("The certificate fonts cannot show these characters of the name: %(chars)s")
                    % {"chars": " ".join(warning.get("chars", ""))}
                )
        return messages


class CertificateArchive(models.Model):
    """A ZIP of a department's certificates over a date range, built in the
    background for the HR officer who asked for it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="certificate_archives",
    )
    unit = models.ForeignKey(
        "lms.OrganisationUnit",
        verbose_name=_("department"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    issued_from = models.DateField(_("issued from"))
    issued_to = models.DateField(_("issued until"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("added"), default=0)
    skipped = models.PositiveIntegerField(_("not yet rendered"), default=0)
    file = models.FileField(_("ZIP file"), max_length=255, blank=True, storage=certificate_storage)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(_("link expires at"), null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("certificate archive")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.unit} {self.issued_from}–{self.issued_to}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_downloadable(self) -> bool:
        return self.status == self.Status.READY and bool(self.file) and not self.is_expired
