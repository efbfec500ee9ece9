"""Queue certificates to be rendered again, e.g. after a template, design or
organisation-settings change. Codes do not change; each current PDF stays
downloadable until its replacement is stored."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from certificates import services
from certificates.models import Certificate


class Command(BaseCommand):
    help = "Render certificates in force again, with the same codes (queued for the workers)."

    def add_arguments(self, parser):
        parser.add_argument("--course", help="only this course (its slug)")
        parser.add_argument(
            "--issued-since",
            type=datetime.date.fromisoformat,
            help="only those issued on or after YYYY-MM-DD",
        )
        parser.add_argument("--all", action="store_true", help="every certificate in force")

    def handle(self, *args, course, issued_since, all, **options):
        if not (course or issued_since or all):
            raise CommandError("Say which certificates: --course, --issued-since, or --all.")
        certificates = Certificate.objects.filter(revoked_at__isnull=True)
        if course:
            certificates = certificates.filter(course__slug=course)
        if issued_since:
            certificates = certificates.filter(issued_at__date__gte=issued_since)
        count = 0
        for certificate in certificates.iterator(chunk_size=500):
            services.certificate_rerender(certificate=certificate)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} certificates queued to be rendered again."))
