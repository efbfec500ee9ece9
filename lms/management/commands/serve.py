"""Run the web server and the django-q2 worker cluster together.

One command and one Ctrl-C: both run as child processes, each in a process
group of its own, so that this command alone decides how they stop: politely
first (SIGTERM to each child), then by force (SIGKILL to its group), leaving
no orphaned worker. When either child stops by itself, the other is stopped too.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from django.core.management.base import BaseCommand

from lms.demo import DEMO_ACCOUNTS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Serve the site on ADDRPORT with the background-task cluster."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-demo-banner", action="store_true")

    def handle(self, *args, addrport: str, no_demo_banner: bool, **options):
        # Ctrl-C and a service manager's SIGTERM both end in _stop(), so the
        # children never outlive us (set explicitly: a shell may start us with
        # SIGINT ignored).
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        python, manage = sys.executable, sys.argv[0]
        children = {
            "web server": subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
                [python, manage, "runserver", addrport, "--noreload"], start_new_session=True
            ),
            "task cluster": subprocess.Popen(  # noqa: S603
                [python, manage, "qcluster"], start_new_session=True
            ),
        }
        try:
            if self._wait_until_up(f"http://{addrport}/healthz/", children):
                self._banner(addrport, show_demo=not no_demo_banner)
            while True:
                for name, child in children.items():
                    code = child.poll()
                    if code is not None:
                        self.stderr.write(f"The {name} stopped (exit status {code}).")
                        return self._stop(children, failed=True)
                time.sleep(0.5)
        except KeyboardInterrupt:
            self.stdout.write("\nStopping the web server and the task cluster…")
            return self._stop(children, failed=False)

    def _wait_until_up(self, url: str, children) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if any(child.poll() is not None for child in children.values()):
                return False
            try:
                with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - local URL
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        return False

    def _banner(self, addrport: str, *, show_demo: bool) -> None:
        self.stdout.write(self.style.SUCCESS(f"\nMaarifa is running at http://{addrport}/"))
        self.stdout.write(f"Administration: http://{addrport}/admin/")
        if show_demo:
            self.stdout.write(f"Demo accounts (password: {DEMO_PASSWORD}):")
            for role, email in DEMO_ACCOUNTS:
                self.stdout.write(f"  {role:<15} {email}")
        self.stdout.write("Press Ctrl-C to stop both the server and the task cluster.\n")

    def _stop(self, children, *, failed: bool) -> None:
        for child in children.values():
            if child.poll() is None:
                child.terminate()  # the cluster then stops its own workers
        for child in children.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=20)
            # Workers the cluster forked live in its group: none may outlive it.
            self._signal_group(child, signal.SIGKILL)
        if failed:
            sys.exit(1)

    @staticmethod
    def _signal_group(child, signum) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signum)
