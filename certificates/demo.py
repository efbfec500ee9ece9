"""Demo certificate settings and certificates for the demo staff.

``configure`` sets the issuing organisation, logo, signatory and a second
design; ``generate`` (after the demo history is committed, so the completion
signal has issued the certificates) renders every pending certificate now,
so the demo has its PDFs before any worker starts (the queued render tasks
then find nothing left to do).
"""

from __future__ import annotations

import io
import math

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Site

from content.models import CoursePage
from courses.models import Enrolment

from . import rendering, services
from .models import Certificate, CertificateDesign, CertificateSettings

ORGANISATION = {
    "en": "Ministry of ICT and Digital Economy",
    "sw": "Wizara ya TEHAMA na Uchumi wa Kidijitali",
    "ar": "وزارة تكنولوجيا المعلومات والاقتصاد الرقمي",
    "fr": "Ministère des TIC et de l'Économie numérique",
}
SIGNATORY = "Dr. Halima S. Mussa"
SIGNATORY_TITLE = {
    "en": "Permanent Secretary",
    "sw": "Katibu Mkuu",
    "ar": "الأمين الدائم",
    "fr": "Secrétaire permanente",
}
SECURITY_DESIGN = "Cybersecurity programme"


def _png(image: Image.Image, name: str):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ImageFile(buffer, name=name)


def _emblem() -> Image.Image:
    size = 360
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill="#0b5d4b")
    draw.ellipse((34, 34, size - 34, size - 34), outline="#f2b705", width=10)
    font = ImageFont.truetype(str(rendering.FONT_DIR / "Amiri-Bold.ttf"), 150)
    draw.text((size / 2, size / 2 - 10), "M", font=font, fill="white", anchor="mm")
    return image


def _signature() -> Image.Image:
    width, height = 520, 160
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [
        (20 + x, 90 - 38 * math.sin(x / 23) * math.exp(-x / 420) - 12 * math.sin(x / 7))
        for x in range(0, 470, 3)
    ]
    draw.line(points, fill="#1b2a4a", width=5, joint="curve")
    draw.line([(60, 128), (440, 118)], fill="#1b2a4a", width=3)
    return image


def configure() -> None:
    """Site-wide certificate settings and the security course's design."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    settings_ = CertificateSettings.for_site(site)
    images = get_image_model()
    if settings_.logo is None:
        settings_.logo = images.objects.create(
            title="Ministry emblem", file=_png(_emblem(), "ministry-emblem.png")
        )
    if settings_.signature is None:
        settings_.signature = images.objects.create(
            title="Permanent Secretary's signature",
            file=_png(_signature(), "signature.png"),
        )
    for code, name in ORGANISATION.items():
        setattr(settings_, f"organisation_name_{code}", name)
    for code, title in SIGNATORY_TITLE.items():
        setattr(settings_, f"signatory_title_{code}", title)
    settings_.signatory_name = SIGNATORY
    settings_.save()

    design, _ = CertificateDesign.objects.get_or_create(
        name=SECURITY_DESIGN,
        defaults={"layout": CertificateDesign.Layout.BANNER, "accent_colour": "#7a1f2b"},
    )
    for course in CoursePage.objects.filter(slug="cybersecurity-awareness-essentials"):
        if course.certificate_design_id != design.pk:
            course.certificate_design = design
            course.certificate_validity_months = 12
            # Through a revision, so a later publish from the admin keeps it.
            course.save_revision().publish()


def generate() -> dict[str, int]:
    """Issue (idempotently) a certificate for every completed demo enrolment
    and render the pending ones now; the demo staff count as already told."""
    for enrolment in Enrolment.objects.filter(completed_at__isnull=False).select_related(
        "user", "course"
    ):
        services.certificate_issue(enrolment=enrolment)
    Certificate.objects.filter(notified_at__isnull=True).update(notified_at=timezone.now())
    rendered = 0
    for pk in Certificate.objects.filter(rendered_version=0).values_list("pk", flat=True):
        if services.certificate_render(certificate_id=pk) == "rendered":
            rendered += 1
    return {"certificates": Certificate.objects.count(), "rendered": rendered}
