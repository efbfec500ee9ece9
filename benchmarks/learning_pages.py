"""Weight, queries and server time of the learner pages, on the demo data.

    .venv/bin/python manage.py migrate --noinput && .venv/bin/python manage.py seed_demo
    .venv/bin/python benchmarks/learning_pages.py [--requests 200]

Runs in-process through Django's test client (no network), signed in as the
demo learner, and prints per page: HTML bytes (uncompressed and gzipped), SQL
queries, and p50/p95 server time over the requests. Not a test: numbers depend
on the machine; the README quotes a run.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--email", default="learner@maarifa.example")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from lms.models import User

    course = "/{lang}/courses/cybersecurity-awareness-essentials/"
    pages = {
        "catalogue": "/{lang}/courses/",
        "catalogue search": "/{lang}/courses/?q=phishing&level=beginner",
        "course": course,
        "lesson": course + "passwords-and-passphrases/",
        "my learning": "/{lang}/my-learning/",
    }
    client = Client(HTTP_HOST="localhost")
    client.force_login(User.objects.get(email=args.email))
    print(f"{'page':<22}{'lang':<6}{'bytes':>8}{'gzip':>7}{'queries':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for name, pattern in pages.items():
        for lang in ("en", "ar"):
            url = pattern.format(lang=lang)
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            # Read now: the next request resets the connection's query log.
            query_count = len(queries.captured_queries)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}; run seed_demo first")
            timings = []
            for _ in range(args.requests):
                start = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
            timings.sort()
            body = response.content
            print(
                f"{name:<22}{lang:<6}{len(body):>8}{len(gzip.compress(body)):>7}"
                f"{query_count:>9}{statistics.median(timings):>9.1f}"
                f"{timings[int(len(timings) * 0.95) - 1]:>9.1f}"
            )


if __name__ == "__main__":
    main()
