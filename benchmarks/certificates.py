"""Certificate rendering speed, memory and bulk issuing, in one run.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/maarifa_bench
    export REDIS_URL=redis://127.0.0.1:6379/2
    .venv/bin/python manage.py migrate --noinput && .venv/bin/python manage.py seed_demo
    .venv/bin/python benchmarks/certificates.py --renders 300 --memory 1000 --bulk 10000

1. One process: certificates per second in English and in Arabic, rendered by
   the real path (template, xhtml2pdf, Amiri, logo, signature, QR code).
2. The floor: the same content drawn directly on a bare reportlab canvas (the
   library xhtml2pdf draws with), Arabic shaped and reordered beforehand.
3. Memory: resident set size every 100 renders over ``--memory`` renders.
4. The worker cluster: ``manage.py qcluster`` with ``--workers`` processes is
   started; ``--bulk`` people who completed the demo security course get their
   certificates issued and queued (through the broker configured: Redis with
   REDIS_URL, else the database) while the workers render and store them.
   Timed end to end, from the first certificate issued to the last PDF stored.

Not a test: the figures depend on the machine. The README quotes a run.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DEBUG", "false")  # no query log growing in this process

COURSE = "cybersecurity-awareness-essentials"
PREFIX = "bench-cert-"
NAMES = {"en": "Amina Juma Mohamed", "ar": "محمد عبد الله الخطيب"}


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def sample_certificate(language: str):
    from django.utils import timezone

    from certificates import codes
    from certificates.models import Certificate
    from content.models import CoursePage

    return Certificate(
        code=codes.generate(),
        course=CoursePage.objects.select_related("certificate_design").get(slug=COURSE),
        holder_name=NAMES[language],
        completed_at=timezone.now(),
        expires_on=timezone.localdate().replace(year=timezone.localdate().year + 1),
        language=language,
    )


def time_renders(render, count: int) -> float:
    for _ in range(10):  # warm caches (fonts, templates, images)
        render()
    start = time.perf_counter()
    for _ in range(count):
        render()
    return count / (time.perf_counter() - start)


class Floor:
    """The certificate drawn straight onto a reportlab canvas: no HTML, no
    CSS, no layout engine. What xhtml2pdf adds is measured against this."""

    def __init__(self, certificate, site_settings):
        from django.utils import translation
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from certificates import rendering

        for name, file in (("Amiri", "Amiri-Regular.ttf"), ("Amiri-Bold", "Amiri-Bold.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(rendering.FONT_DIR / file)))
        self.certificate = certificate
        with translation.override(certificate.language):
            context = rendering.certificate_context(
                certificate, site_settings=site_settings, warnings=[]
            )
            from django.utils.translation import gettext as _

            self.lines = [
                (context["organisation"], "Amiri-Bold", 15),
                (_("Certificate of completion"), "Amiri-Bold", 34),
                (_("This certifies that"), "Amiri", 13),
                (context["holder_name"], "Amiri-Bold", 28),
                (_("has successfully completed the course"), "Amiri", 13),
                (context["course_title"], "Amiri-Bold", 20),
                (f"{context['completed_on']} · {context['duration']}", "Amiri", 12),
                (context["signatory_name"], "Amiri-Bold", 12),
                (context["signatory_title"], "Amiri", 9.5),
                (f"{_('Verification code')}: {context['code']}", "Amiri", 9.5),
                (context["verification_url"], "Amiri", 9.5),
            ]
        self.rtl = certificate.language == "ar"
        self.logo = ImageReader(io.BytesIO(_data(context["logo"])))
        self.signature = ImageReader(io.BytesIO(_data(context["signature"])))
        self.url = context["verification_url"]

    def render(self) -> bytes:
        import arabic_reshaper
        import segno
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        from xhtml2pdf.bidi import get_display

        width, height = landscape(A4)
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=(width, height))
        pdf.setLineWidth(2.5)
        pdf.rect(31, 31, width - 62, height - 62)
        pdf.drawImage(self.logo, width / 2 - 25, height - 110, 50, 50, mask="auto")
        qr = io.BytesIO()
        segno.make(self.url, error="m", mask=4).save(qr, kind="png", scale=4, border=2)
        pdf.drawImage(ImageReader(qr), width * 0.7, 90, 57, 57)
        pdf.drawImage(self.signature, width * 0.25, 100, 120, 37, mask="auto")
        y = height - 140
        for text, font, size in self.lines:
            if self.rtl:
                text = get_display(arabic_reshaper.reshape(text))
            pdf.setFont(font, size)
            pdf.drawCentredString(width / 2, y, text)
            y -= size * 1.6
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()


def _data(uri: str) -> bytes:
    import base64

    return base64.b64decode(uri.split(",", 1)[1])


def single_process(renders: int) -> dict:
    from certificates import rendering
    from certificates.models import CertificateSettings

    site_settings = CertificateSettings.for_default_site()
    results = {}
    for language in ("en", "ar"):
        certificate = sample_certificate(language)
        size = len(rendering.render(certificate, site_settings=site_settings).pdf)
        rate = time_renders(
            lambda c=certificate: rendering.render(c, site_settings=site_settings), renders
        )
        floor = Floor(certificate, site_settings)
        floor_rate = time_renders(floor.render, renders)
        results[language] = {
            "xhtml2pdf": rate,
            "floor": floor_rate,
            "ratio": floor_rate / rate,
            "kb": size / 1024,
            "floor_kb": len(floor.render()) / 1024,
        }
    return results


def memory(renders: int) -> list[tuple[int, float]]:
    from certificates import rendering
    from certificates.models import CertificateSettings

    site_settings = CertificateSettings.for_default_site()
    certificates = [sample_certificate("en"), sample_certificate("ar")]
    for certificate in certificates:
        rendering.render(certificate, site_settings=site_settings)
    samples = [(0, rss_mb())]
    for number in range(1, renders + 1):
        rendering.render(certificates[number % 2], site_settings=site_settings)
        if number % 100 == 0:
            samples.append((number, rss_mb()))
    return samples


def cluster(count: int, workers: int) -> dict:
    from django.utils import timezone

    from certificates import services
    from certificates.models import Certificate
    from content.models import CoursePage
    from courses.models import Enrolment
    from lms.models import OrganisationUnit, User

    course = CoursePage.objects.get(slug=COURSE)
    cleanup()
    unit = OrganisationUnit.objects.order_by("path").first()
    now = timezone.now()
    languages = ("en", "sw", "ar", "fr")
    people = User.objects.bulk_create(
        User(
            email=f"{PREFIX}{n}@ministry.example",
            full_name=f"{NAMES['ar'] if n % 4 == 2 else NAMES['en']} {n}",
            preferred_language=languages[n % 4],
            unit=unit,
        )
        for n in range(count)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(user=person, course=course, enrolled_at=now, completed_at=now)
        for person in people
    )
    bench = Certificate.objects.filter(user__email__startswith=PREFIX)
    env = dict(os.environ, Q_WORKERS=str(workers))
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(5)  # the cluster is up and waiting, as in production
        start = time.perf_counter()
        for enrolment in enrolments:
            services.certificate_issue(enrolment=enrolment)
        queued = time.perf_counter() - start
        while True:
            done = bench.filter(rendered_version__gte=1).count()
            if done == count:
                break
            if worker.poll() is not None:
                sys.exit("The worker cluster stopped before finishing.")
            time.sleep(0.5)
        elapsed = time.perf_counter() - start
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
    sizes = [c.file.size for c in bench.only("file")[:200]]
    return {
        "count": count,
        "workers": workers,
        "queued_s": queued,
        "elapsed_s": elapsed,
        "rate": count / elapsed,
        "failed": bench.exclude(status=Certificate.Status.READY).count(),
        "avg_kb": sum(sizes) / len(sizes) / 1024,
    }


def cleanup() -> None:
    from certificates.models import Certificate
    from courses.models import Enrolment
    from lms.models import User

    bench = Certificate.objects.filter(user__email__startswith=PREFIX)
    for name in bench.exclude(file="").values_list("file", flat=True).iterator():
        from django.core.files.storage import default_storage

        default_storage.delete(name)
    bench.delete()
    Enrolment.objects.filter(user__email__startswith=PREFIX).delete()
    User.objects.filter(email__startswith=PREFIX).delete()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--renders", type=int, default=300)
    parser.add_argument("--memory", type=int, default=1000)
    parser.add_argument("--bulk", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="keep the bench certificates")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    broker = "Redis" if settings.Q_CLUSTER.get("redis") else "database (ORM)"
    print(
        f"Database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}, "
        f"broker: {broker}, CPUs: {os.cpu_count()}"
    )

    print(f"\n1–2. One process, {args.renders} renders per language")
    print("    language   xhtml2pdf/s   reportlab floor/s   floor ÷ xhtml2pdf   PDF size")
    for language, r in single_process(args.renders).items():
        print(
            f"    {language:<10} {r['xhtml2pdf']:>11.1f}   {r['floor']:>17.1f}   "
            f"{r['ratio']:>17.2f}×   {r['kb']:.0f} KB (floor {r['floor_kb']:.0f} KB)"
        )

    print(f"\n3. Resident memory over {args.memory} renders (English and Arabic alternately)")
    samples = memory(args.memory)
    print("    " + "  ".join(f"{n}: {mb:.1f} MB" for n, mb in samples))
    after_warmup = [mb for n, mb in samples if n >= 100]
    print(
        f"    growth from render 100 to {args.memory}: {after_warmup[-1] - after_warmup[0]:+.1f} MB"
    )

    if args.bulk:
        print(f"\n4. Worker cluster: {args.bulk} certificates issued, queued, rendered, stored")
        r = cluster(args.bulk, args.workers)
        print(
            f"    {r['workers']} workers: {r['elapsed_s']:.1f} s end to end "
            f"({r['rate']:.1f} certificates/s); issuing and queueing (while the workers "
            f"render) took {r['queued_s']:.1f} s; "
            f"not ready: {r['failed']}; average PDF {r['avg_kb']:.0f} KB"
        )
        if not args.keep:
            cleanup()


if __name__ == "__main__":
    main()
