"""Render one certificate per language (and per design) to PDF and PNG, for
the documentation and for checking a template change by eye."""

import shutil
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates import rendering
from certificates.models import Certificate, CertificateSettings


class Command(BaseCommand):
    help = "Write example certificates (PDF and, with pdftoppm, PNG) to a directory."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--dpi", type=int, default=60)

    def handle(self, *args, directory: Path, dpi: int, **options):
        site_settings = CertificateSettings.for_default_site()
        examples = {}
        for certificate in Certificate.objects.select_related(
            "course", "course__certificate_design"
        ).order_by("pk"):
            design = certificate.course.certificate_design
            layout = design.layout if design else "classic"
            examples.setdefault((certificate.language, layout), certificate)
        if not examples:
            raise CommandError("No certificates to render: run seed_demo first.")
        directory.mkdir(parents=True, exist_ok=True)
        pdftoppm = shutil.which("pdftoppm")
        for (language, layout), certificate in sorted(examples.items()):
            stem = directory / f"certificate-{language}-{layout}"
            result = rendering.render(certificate, site_settings=site_settings)
            stem.with_suffix(".pdf").write_bytes(result.pdf)
            if pdftoppm:
                subprocess.run(  # noqa: S603 - fixed arguments
                    [pdftoppm, "-png", "-r", str(dpi), "-singlefile", f"{stem}.pdf", str(stem)],
                    check=True,
                )
            self.stdout.write(f"{stem}.pdf ({len(result.pdf) // 1024} KB)")
        if not pdftoppm:
            self.stderr.write("pdftoppm not found (poppler-utils): only PDFs were written.")
