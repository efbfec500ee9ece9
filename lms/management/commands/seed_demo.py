from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from certificates import demo as certificates_demo
from content import demo as content_demo
from courses import demo as courses_demo
from lms import demo as lms_demo


class Command(BaseCommand):
    help = "Load the demo organisation, staff and content. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, seed: int, **options):
        with translation.override("en"), transaction.atomic():
            counts = lms_demo.generate(seed=seed)
            content_demo.generate(seed=seed)
            certificates_demo.configure()
            learning = courses_demo.generate(seed=seed)
        # After the commit: completing courses issued certificates on commit.
        with translation.override("en"):
            issued = certificates_demo.generate()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {counts['units']} organisation units, "
                f"{counts['people']} people, {learning['enrolments']} enrolments, "
                f"{issued['certificates']} certificates."
            )
        )
        self.stdout.write(f"Demo accounts (password for all: {lms_demo.DEMO_PASSWORD}):")
        for role, email in lms_demo.DEMO_ACCOUNTS:
            self.stdout.write(f"  {role:<15} {email}")
