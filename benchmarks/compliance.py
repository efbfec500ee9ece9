"""Server time, queries and export memory of the HR compliance dashboard at scale.

    createdb maarifa_bench   # PostgreSQL
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/maarifa_bench
    .venv/bin/python manage.py migrate --noinput && .venv/bin/python manage.py seed_demo
    .venv/bin/python manage.py generate_organisation          # 100,000 staff, 10 requirements
    .venv/bin/python benchmarks/compliance.py [--requests 20]

Runs in-process through Django's test client (no network) as the demo
administrator (everyone) and as the HR officer of one synthetic department.
Prints, per page: SQL queries and p50/p95 server time; per export: rows,
bytes, seconds and how much the process's resident memory grew while
streaming (sampled from /proc/self/status), for one department and for every
row — flat memory means the two are about the same. Not a test: numbers depend on the
machine; the README quotes a run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--skip-exports", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from courses.models import RequirementAssignment, TrainingRequirement
    from lms.models import User
    from lms.synthetic import EMAIL_DOMAIN

    staff = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count()
    if staff < 1000:
        raise SystemExit("Run manage.py generate_organisation first.")
    assignments = RequirementAssignment.objects.count()
    print(
        f"database: {connection.vendor}; {staff:,} synthetic staff, "
        f"{TrainingRequirement.objects.count()} requirements, {assignments:,} assignments\n"
    )
    admin = User.objects.get(email="admin@maarifa.example")
    officer = User.objects.filter(email__startswith="hr-syn-d1@").get()
    everyone = TrainingRequirement.objects.filter(everyone=True).order_by("pk").first()
    department = officer.responsible_units.get()

    pages = [
        ("overview", admin, "/admin/compliance/"),
        ("overview, requirement", admin, f"/admin/compliance/?requirement={everyone.pk}"),
        (
            "overview, department",
            admin,
            f"/admin/compliance/?requirement={everyone.pk}&unit={department.pk}",
        ),
        ("overview (HR officer)", officer, "/admin/compliance/"),
        ("people, page 1", admin, "/admin/compliance/people/"),
        ("people, page 2,000", admin, "/admin/compliance/people/?p=2000"),
        (
            "people, overdue by due",
            admin,
            f"/admin/compliance/people/?requirement={everyone.pk}&status=overdue&sort=due",
        ),
        ("people, search", admin, "/admin/compliance/people/?q=SYN0054321"),
        (
            "people, dept (HR officer)",
            officer,
            "/admin/compliance/people/?status=not_started&sort=-due",
        ),
    ]
    clients = {}
    for user in (admin, officer):
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        clients[user.pk] = client

    print(f"{'page':<28}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for name, user, url in pages:
        client = clients[user.pk]
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries.captured_queries)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        timings = []
        for _ in range(args.requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        print(
            f"{name:<28}{query_count:>8}{statistics.median(timings):>9.0f}"
            f"{timings[max(0, int(len(timings) * 0.95) - 1)]:>9.0f}"
        )

    if args.skip_exports:
        return
    print(f"\n{'export':<34}{'rows':>10}{'MB':>8}{'seconds':>9}{'RSS +MB':>9}")
    cases = [
        ("one department (HR officer)", officer, f"requirement={everyone.pk}"),
        ("everything (administrator)", admin, ""),
    ]
    rows_by_case = {}
    for kind in ("csv", "xlsx"):
        for label, user, query in cases:
            response = clients[user.pk].get(f"/admin/compliance/people/?{query}&export={kind}")
            baseline = peak = _rss_mb()
            start = time.perf_counter()
            size = lines = 0
            for number, chunk in enumerate(response.streaming_content):
                size += len(chunk)
                lines += chunk.count(b"\n")
                if number % 50 == 0:
                    peak = max(peak, _rss_mb())
            elapsed = time.perf_counter() - start
            peak = max(peak, _rss_mb()) - baseline
            response.close()
            # CSV: one line per row after the header; XLSX rows are compressed.
            rows = rows_by_case.setdefault(label, lines - 1)
            print(
                f"{kind + ', ' + label:<34}{rows:>10,}{size / 1e6:>8.1f}{elapsed:>9.1f}{peak:>9.1f}"
            )


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


if __name__ == "__main__":
    main()
