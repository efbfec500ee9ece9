"""Import the staff directory from a CSV or XLSX file, e.g. nightly from the HR
system's export. Everything or nothing: a file with any wrong row changes no one."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.directory.planning import ImportPlan, directory_import_plan
from lms.directory.reading import ENCODING_CHOICES, UnreadableFile, read_directory_file
from lms.directory.services import (
    DirectoryImportConflict,
    DirectoryImportRejected,
    directory_import_apply,
)
from lms.models import User

STAGES = {
    "reading": gettext_lazy("Reading"),
    "validating": gettext_lazy("Validating"),
    "importing": gettext_lazy("Importing"),
}
BAR_WIDTH = 30


class ProgressBar:
    """Progress on stderr: one line rewritten in place on a terminal; in a log
    (a nightly job), a line every tenth of the way, or every 20,000 rows while
    the total is not known yet."""

    def __init__(self, stream, *, interactive: bool):
        self.stream = stream  # a command's OutputWrapper
        self.interactive = interactive
        self.stage: str | None = None
        self.shown_mark = -1
        self.last_draw = 0.0

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage != self.stage:
            self.finish()
            self.stage, self.shown_mark = stage, -1
        name = str(STAGES.get(stage, stage))
        if not total:
            line = f"{name:<11} " + _("%(done)s rows") % {"done": f"{done:,}"}
            mark = done // 20_000
        else:
            share = min(done / total, 1)
            filled = round(share * BAR_WIDTH)
            bar = f"[{'#' * filled}{' ' * (BAR_WIDTH - filled)}]"
            count = _("%(done)s/%(total)s rows") % {"done": f"{done:,}", "total": f"{total:,}"}
            line = f"{name:<11} {share:4.0%} {bar} {count}"
            mark = int(share * 10)
        if self.interactive:
            now = time.monotonic()
            if now - self.last_draw >= 0.1 or done == total:
                self._write("\r" + line)
                self.stream.flush()
                self.last_draw = now
        elif mark > self.shown_mark:
            self._write(line + "\n")
            self.shown_mark = mark

    def finish(self) -> None:
        if self.interactive and self.stage is not None:
            self._write("\n")
        self.stage = None

    def _write(self, text: str) -> None:
        # Plain text: stderr's default style would colour progress as an error.
        self.stream.write(text, style_func=str, ending="")


class Command(BaseCommand):
    help = (
        "Import the staff directory from a CSV or XLSX file (see the admin's "
        "“Import staff directory” page for the columns). Checks every row first; "
        "imports nothing if any row is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .csv or .xlsx file.")
        parser.add_argument(
            "--encoding",
            choices=[code for code, _label in ENCODING_CHOICES],
            default="auto",
            help="Encoding of a CSV file (default: detect).",
        )
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help="Deactivate active people with an employee number who are not in the file.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; write nothing."
        )

    def handle(self, *args, path, encoding, deactivate_missing, dry_run, **options):
        progress = ProgressBar(self.stderr, interactive=self.stderr.isatty())
        started = time.monotonic()
        try:
            with Path(path).open("rb") as file:
                directory = read_directory_file(
                    file, name=Path(path).name, encoding=encoding, progress=progress
                )
            if dry_run:
                plan = directory_import_plan(
                    directory=directory,
                    importer=None,
                    deactivate_missing=deactivate_missing,
                    progress=progress,
                )
            else:
                plan = directory_import_apply(
                    directory=directory,
                    importer=None,
                    deactivate_missing=deactivate_missing,
                    progress=progress,
                )
        except OSError as error:
            progress.finish()
            raise CommandError(
                _("Cannot open %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
            ) from error
        except UnreadableFile as error:
            progress.finish()
            raise CommandError(error.message) from error
        except DirectoryImportConflict as error:
            progress.finish()
            raise CommandError(error.message) from error
        except DirectoryImportRejected as rejected:
            plan = rejected.plan
        progress.finish()
        if directory.encoding:
            self.stdout.write(_("Read as %(encoding)s.") % {"encoding": directory.encoding_label})
        self._summary(plan, written=not dry_run and plan.is_valid)
        if options["verbosity"] >= 2:
            self._changes(plan)
        if not plan.is_valid:
            for error in plan.errors:
                self.stderr.write(
                    _("Row %(row)s (%(number)s): %(message)s")
                    % {
                        "row": error.row,
                        "number": error.employee_number or "—",
                        "message": error.message,
                    }
                )
            raise CommandError(
                _("The file has %(count)s errors; nothing was imported.")
                % {"count": len(plan.errors)}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Done in %(seconds).1f s.") % {"seconds": time.monotonic() - started}
            )
        )

    def _summary(self, plan: ImportPlan, *, written: bool) -> None:
        counts = plan.counts
        if written:
            line = _(
                "%(rows)s rows: %(create)s created, %(update)s updated, %(deactivate)s "
                "deactivated, %(unchanged)s unchanged, %(protected)s protected accounts left "
                "as they are."
            )
        else:
            line = _(
                "%(rows)s rows: %(create)s to create, %(update)s to update, %(deactivate)s to "
                "deactivate, %(unchanged)s unchanged, %(protected)s protected accounts left "
                "as they are, %(errors)s errors. Nothing was written."
            )
        self.stdout.write(line % counts)

    def _changes(self, plan: ImportPlan) -> None:
        for title, changes in (
            (_("Create"), plan.creates),
            (_("Update"), plan.updates),
            (_("Deactivate"), plan.deactivations),
        ):
            for change in changes:
                fields = "; ".join(
                    f"{User._meta.get_field(name).verbose_name}: {old} → {new}"
                    for name, (old, new) in change.fields.items()
                )
                self.stdout.write(
                    f"{title} {change.employee_number} ({change.row or '-'}): "
                    f"{change.full_name}: {fields}"
                )
