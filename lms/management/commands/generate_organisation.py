"""Generate a synthetic organisation at scale for benchmarks."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses.synthetic import generate_requirements
from lms.models import User
from lms.synthetic import EMAIL_DOMAIN, generate_people, generate_units


class Command(BaseCommand):
    help = (
        "Create a synthetic ministry (default: 100,000 staff, 10 training requirements "
        "with a realistic spread of completions) for benchmarks. Run seed_demo first "
        "for the courses. Refuses to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--staff", type=int, default=100_000)
        parser.add_argument("--requirements", type=int, default=10)
        parser.add_argument("--departments", type=int, default=12)
        parser.add_argument("--units-each", type=int, default=6)
        parser.add_argument("--teams-each", type=int, default=4)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, staff, requirements, departments, units_each, teams_each, seed, **_):
        if User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").exists():
            raise CommandError("A synthetic organisation already exists in this database.")
        started = time.monotonic()
        with transaction.atomic():
            units = generate_units(
                departments=departments, units_each=units_each, teams_each=teams_each
            )
            self.stdout.write(f"{len(units)} units")
            made = generate_people(
                count=staff, units=units, seed=seed, progress=self._progress(staff)
            )
            self.stderr.write("")
            self.stdout.write(f"{made} people ({time.monotonic() - started:.0f} s)")
        totals = generate_requirements(
            count=requirements, seed=seed, progress=lambda line: self.stdout.write("  " + line)
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{totals['requirements']} requirements, {totals['enrolments']} enrolments, "
                f"{totals['assignments']} assignments in {time.monotonic() - started:.0f} s."
            )
        )

    def _progress(self, total: int):
        def report(done: int) -> None:
            self.stderr.write(f"\rPeople {done:>9,}/{total:,}", ending="")
            self.stderr.flush()

        return report
