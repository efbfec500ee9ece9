"""Turning a certificate record into PDF bytes (xhtml2pdf, from a template).

Nothing here writes to the database or to storage: ``services`` decides what
to do with the bytes and the warnings.

The renderer is sandboxed. Its resource policy lets it read only the font
directory below, never the network; the logo, signature and QR code are put
into the page as ``data:`` URIs read through Django's storage API (so an
S3-compatible store works too), and every value in the template is escaped.
"""

from __future__ import annotations

import base64
import datetime
import functools
import io
import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import dateformat, timezone, translation
from django.utils.translation import get_language_bidi, ngettext
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTFont
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from . import codes

logger = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent / "fonts"
# Fonts in the order they are tried for a name: Amiri covers Arabic and the
# Latin of English, Kiswahili and French; DejaVu Sans adds Cyrillic, Greek and
# more for names from elsewhere.
FONTS = (("Amiri", "Amiri-Regular.ttf"), ("DejaVu Sans", "DejaVuSans.ttf"))
# Every limit on (size, count, time), local reads confined to the fonts.
POLICY = ResourceAccessPolicy.server(FONT_DIR, allow_remote=False)
# JPEG goes into the PDF as it is; a PNG with transparency is decoded and
# split into colour and mask on every render. The page is white, so the
# transparency is flattened onto white once, when the rendition is made.
IMAGE_SPEC = "max-600x240|bgcolor-ffffff|format-jpeg|jpegquality-88"
MAX_IMAGE_BYTES = 2 * 1024 * 1024
# Binary streams: ASCII85-encoding images (reportlab's default) costs a third
# of the render time in pure Python and makes the file a quarter larger.
rl_config.useA85 = 0


class RenderError(Exception):
    """xhtml2pdf reported an error: the PDF cannot be trusted."""


@dataclass
class Rendered:
    pdf: bytes
    # {"kind": "image", "what": "logo"} or {"kind": "glyphs", "chars": "…"}:
    # shown to administrators, translated when displayed.
    warnings: list[dict] = field(default_factory=list)


@functools.cache
def _font_characters(filename: str) -> frozenset[int]:
    return frozenset(TTFont(filename, str(FONT_DIR / filename)).face.charToGlyph)


def _needs_glyph(char: str) -> bool:
    # Spaces, joiners and direction marks are layout, not glyphs.
    return not (char.isspace() or unicodedata.category(char) in {"Cf", "Cc", "Zs"})


def font_for(text: str) -> tuple[str, str]:
    """The first font that can draw every character of ``text``, and the
    characters no font has (empty when one covers it all)."""
    wanted = {ord(char) for char in text if _needs_glyph(char)}
    best, best_missing = FONTS[0][0], wanted - _font_characters(FONTS[0][1])
    for family, filename in FONTS:
        missing = wanted - _font_characters(filename)
        if not missing:
            return family, ""
        if len(missing) < len(best_missing):
            best, best_missing = family, missing
    return best, "".join(sorted(chr(point) for point in best_missing))


def qr_data_uri(url: str) -> str:
    # A fixed mask: choosing the "best" one costs more than the rest of the
    # QR code and any mask scans.
    return segno.make(url, error="m", mask=4).png_data_uri(scale=4, border=2)


@functools.lru_cache(maxsize=32)
def _image_data_uri(image_pk: int, file_name: str, created_at: datetime.datetime) -> str:
    # Keyed on what changes when an administrator replaces the image.
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(pk=image_pk)
    rendition = image.get_rendition(IMAGE_SPEC)
    with rendition.file.open("rb") as handle:
        data = handle.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise OSError("rendition larger than 2 MB")
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def image_data_uri(image, *, what: str, warnings: list[dict]) -> str:
    """The image as a JPEG ``data:`` URI, or "" (with a warning) when it cannot
    be read: a missing logo must not stop a certificate."""
    if image is None:
        return ""
    try:
        return _image_data_uri(image.pk, image.file.name, image.created_at)
    except Exception as exc:
        logger.warning("Certificate %s image %s could not be read: %s", what, image.pk, exc)
        warnings.append({"kind": "image", "what": what})
        return ""


def completion_date(value: datetime.datetime) -> str:
    """'21 November 2026' in the active language."""
    return dateformat.format(timezone.localtime(value).date(), "j F Y")


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes or 0, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)


def absolute_url(path: str) -> str:
    """``path`` on the public site (``SITE_URL``), for PDFs and emails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def verification_url(code: str) -> str:
    # Without a language prefix: the site redirects to the reader's language.
    return absolute_url(f"/verify/{codes.display(code)}/")


def certificate_context(certificate, *, site_settings, warnings: list[dict]) -> dict:
    """What the template prints, in the active language."""
    course = certificate.course
    design = course.certificate_design
    logo = (design.logo if design and design.logo_id else None) or site_settings.logo
    if design and design.signatory_name:
        signatory_name, signatory_title = design.signatory_name, design.signatory_title
        signature = design.signature
    else:
        signatory_name, signatory_title = (
            site_settings.signatory_name,
            site_settings.signatory_title,
        )
        signature = site_settings.signature
    name_font, missing = font_for(certificate.holder_name)
    if missing:
        logger.warning(
            "Certificate %s: no font has %r in the holder's name", certificate.code, missing
        )
        warnings.append({"kind": "glyphs", "chars": missing})
    url = verification_url(certificate.code)
    return {
        "language": translation.get_language(),
        "direction": "rtl" if get_language_bidi() else "ltr",
        "layout": design.layout if design else "classic",
        "accent": design.accent_colour if design else "#1f4e79",
        "organisation": site_settings.organisation_name,
        "logo": image_data_uri(logo, what="logo", warnings=warnings),
        "holder_name": certificate.holder_name,
        "name_font": name_font,
        "course_title": course.title,
        "is_campaign": getattr(course.specific_class, "is_campaign", False),
        "completed_on": completion_date(certificate.completed_at),
        "duration": duration(course.duration_minutes),
        "expires_on": dateformat.format(certificate.expires_on, "j F Y")
        if certificate.expires_on
        else "",
        "signatory_name": signatory_name,
        "signatory_title": signatory_title,
        "signature": image_data_uri(signature, what="signature", warnings=warnings),
        "code": codes.display(certificate.code),
        "verification_url": url,
        "qr": qr_data_uri(url),
    }


def html_to_pdf(html: str) -> bytes:
    """Render ``html`` under the sandbox policy; raise ``RenderError`` if
    xhtml2pdf reports an error."""
    buffer = io.BytesIO()
    status = pisa.CreatePDF(
        html,
        dest=buffer,
        encoding="utf-8",
        path=str(FONT_DIR / "certificate.html"),
        resource_policy=POLICY,
    )
    if status.err:
        messages = "; ".join(str(entry[2]) for entry in status.log if entry[0] == "error")
        raise RenderError(messages or "xhtml2pdf reported an error")
    return buffer.getvalue()


def render(certificate, *, site_settings) -> Rendered:
    """The certificate's PDF in its own language."""
    warnings: list[dict] = []
    with translation.override(certificate.language):
        context = certificate_context(certificate, site_settings=site_settings, warnings=warnings)
        html = render_to_string(f"certificates/pdf/{context['layout']}.html", context)
    return Rendered(pdf=html_to_pdf(html), warnings=warnings)
