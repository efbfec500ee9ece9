"""The staff directory import: reading files, checking rows, applying all or
nothing, and the ``import_staff`` command."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.directory.planning import directory_import_plan
from lms.directory.reading import UnreadableFile, read_directory_file
from lms.directory.services import DirectoryImportRejected, directory_import_apply
from lms.models import User
from lms.roles import LEARNERS
from lms.signals import staff_changed
from tests.factories import UserFactory

from .conftest import DIRECTORY_HEADER, directory_csv, people_snapshot

pytestmark = pytest.mark.django_db


def read(data: bytes, *, name: str = "staff.csv", encoding: str = "auto"):
    return read_directory_file(io.BytesIO(data), name=name, encoding=encoding)


def apply(data: bytes, *, importer=None, name: str = "staff.csv", **options):
    return directory_import_apply(directory=read(data, name=name), importer=importer, **options)


def refused(data: bytes, *, name: str = "staff.csv", encoding: str = "auto") -> str:
    with pytest.raises(UnreadableFile) as excinfo:
        read(data, name=name, encoding=encoding)
    return excinfo.value.message


def rejected(data: bytes, *, importer=None, **options) -> list[tuple[int, str]]:
    """The (row, message) errors that stop the import, checking it wrote nothing."""
    before = people_snapshot()
    with pytest.raises(DirectoryImportRejected) as excinfo:
        apply(data, importer=importer, **options)
    assert people_snapshot() == before
    return [(error.row, error.message) for error in excinfo.value.plan.errors]


def xlsx(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Reading files ------------------------------------------------------------


class TestReading:
    def test_utf8_with_byte_order_mark_and_arabic_names(self):
        data = "\ufeff" + DIRECTORY_HEADER + "\nE-1,منى إبراهيم,mona@ministry.example,MOICT-DIG"
        directory = read(data.encode("utf-8"))
        assert directory.encoding == "utf-8-sig"
        assert directory.rows[0].full_name == "منى إبراهيم"
        assert directory.rows[0].employee_number == "E-1"  # the BOM is not in the header

    def test_windows_1256_arabic_is_detected(self):
        data = directory_csv(
            "E-1,أحمد سعيد,ahmed@ministry.example,MOICT-DIG,مهندس,,ar,نعم", encoding="cp1256"
        )
        directory = read(data)
        assert directory.encoding == "windows-1256"
        row = directory.rows[0]
        assert (row.full_name, row.job_title, row.active) == ("أحمد سعيد", "مهندس", "نعم")
        assert "Windows-1256" in directory.encoding_label

    def test_latin_1_accents_are_read_as_windows_1252(self):
        data = directory_csv(
            "E-1,Hélène Dupré,helene@ministry.example,MOICT-DIG,Chargée d'études",
            "E-2,José Ramírez,jose@ministry.example,MOICT-DIG",
            encoding="latin-1",
        )
        directory = read(data)
        assert directory.encoding == "windows-1252"
        assert [row.full_name for row in directory.rows] == ["Hélène Dupré", "José Ramírez"]

    def test_the_encoding_can_be_chosen(self):
        data = directory_csv("E-1,Hélène,helene@ministry.example,MOICT-DIG", encoding="cp1252")
        assert read(data, encoding="windows-1252").rows[0].full_name == "Hélène"
        message = refused(data, encoding="utf-8")
        assert "not UTF-8 text" in message and "position" in message

    def test_utf16_unicode_text_from_spreadsheets(self):
        data = directory_csv(
            "E-1\tمنى\tmona@ministry.example\tMOICT-DIG", header=DIRECTORY_HEADER.replace(",", "\t")
        )
        directory = read(data.decode().encode("utf-16"))
        assert directory.encoding == "utf-16" and directory.rows[0].full_name == "منى"

    @pytest.mark.parametrize("delimiter", [";", "\t"])
    def test_semicolons_and_tabs(self, delimiter):
        header = DIRECTORY_HEADER.replace(",", delimiter)
        line = delimiter.join(["E-1", '"Juma, Amina"', "amina@ministry.example", "MOICT-DIG"])
        row = read(directory_csv(line, header=header)).rows[0]
        assert (row.employee_number, row.full_name) == ("E-1", "Juma, Amina")

    def test_header_in_any_order_case_and_spelling_with_extra_columns(self):
        header = "Email,Unit Code,Full-Name,EMPLOYEE NUMBER,Line Manager Employee Number,Notes"
        directory = read(
            directory_csv("a@ministry.example,MOICT-DIG,Amina,E-1,E-0,ignored", header=header)
        )
        row = directory.rows[0]
        assert (row.employee_number, row.full_name, row.line_manager) == ("E-1", "Amina", "E-0")
        assert directory.columns == {
            "email",
            "unit_code",
            "full_name",
            "employee_number",
            "line_manager",
        }

    def test_missing_columns_are_named(self):
        message = refused(directory_csv("E-1,Amina", header="employee_number,full_name"))
        assert "Missing: email, unit_code" in message

    def test_a_column_given_twice(self):
        message = refused(directory_csv("", header=DIRECTORY_HEADER + ",Email"))
        assert "“email” appears more than once" in message

    def test_binary_and_misnamed_files_are_refused(self):
        assert "not a CSV file" in refused(b"\x00\x01\x02garbage\x00")
        workbook = xlsx([DIRECTORY_HEADER.split(",")])
        assert "is an Excel workbook, not a CSV file" in refused(workbook)
        assert "not an Excel workbook" in refused(directory_csv(), name="staff.xlsx")
        assert "not an Excel workbook" in refused(b"PK\x03\x04broken zip", name="staff.xlsx")
        assert "neither" in refused(directory_csv(), name="staff.xls")
        assert "neither" in refused(directory_csv(), name="staff")

    def test_empty_files(self):
        assert "empty" in refused(b"")
        assert "empty" in refused(b"  \n")
        assert "no rows below the header" in refused(directory_csv())
        assert "no rows below the header" in refused(directory_csv(",,,", ""))

    def test_size_and_row_limits(self, settings):
        settings.MAARIFA_DIRECTORY_IMPORT_MAX_ROWS = 2
        lines = [f"E-{n},Person {n},p{n}@ministry.example,MOICT-DIG" for n in range(3)]
        assert "more than 2 rows" in refused(directory_csv(*lines))
        assert len(read(directory_csv(*lines[:2], "", "")).rows) == 2  # blank rows don't count
        settings.MAARIFA_DIRECTORY_IMPORT_MAX_BYTES = 100
        assert "too large: the limit is 100" in refused(directory_csv(*lines[:2]))

    def test_row_numbers_count_the_header_and_blank_rows(self):
        data = directory_csv("E-1,A,a@ministry.example,X", "", ",,,", "E-2,B,b@ministry.example,X")
        assert [row.number for row in read(data).rows] == [2, 5]

    def test_xlsx_numbers_text_and_booleans(self):
        data = xlsx(
            [
                ["Employee number", "Full name", "Email", "Unit code", "Active", "Line manager"],
                [1001.0, "  Amina   Juma ", "Amina@Ministry.example", "moict-dig", True, 1000],
                [None, None, None, None, None, None],
                [1002, "سعيد", "said@ministry.example", "MOICT-DIG", False, None],
            ]
        )
        directory = read(data, name="Staff.XLSX")
        assert directory.file_format == "xlsx" and directory.encoding is None
        first, second = directory.rows
        assert (first.number, first.employee_number, first.active) == (2, "1001", "yes")
        assert first.line_manager == "1000"
        assert (second.number, second.full_name, second.active) == (4, "سعيد", "no")

    def test_invisible_marks_around_codes_are_dropped(self):
        data = directory_csv("\u200fE-1\u200f,\u00a0Amina\u00a0,\u200ea@ministry.example,MOICT-DIG")
        row = read(data).rows[0]
        assert (row.employee_number, row.full_name, row.email) == (
            "E-1",
            "Amina",
            "a@ministry.example",
        )


# --- Creating, updating, deactivating ----------------------------------------


class TestApplying:
    def test_create_update_deactivate_and_leave_unchanged(self, units):
        manager = UserFactory(employee_number="E-0", unit=units.ict, full_name="Director")
        changing = UserFactory(
            employee_number="E-1",
            email="amina@ministry.example",
            full_name="Amina Juma",
            job_title="Officer",
            unit=units.ict,
            preferred_language="sw",
        )
        leaving = UserFactory(employee_number="E-2", unit=units.dig)
        UserFactory(
            employee_number="E-3",
            email="same@ministry.example",
            full_name="Same Person",
            job_title="Clerk",
            unit=units.dig,
            line_manager=manager,
        )
        manager_row = f"E-0,Director,{manager.email},MOICT-ICT,{manager.job_title},,,yes"
        data = directory_csv(
            manager_row,
            "E-1,Amina Juma Hassan,amina@ministry.example,MOICT-DIG,Senior Officer,E-0,,",
            f"E-2,{leaving.full_name},{leaving.email},MOICT-DIG,{leaving.job_title},,,no",
            "E-3,Same Person,same@ministry.example,MOICT-DIG,Clerk,E-0,en,yes",
            "E-4,Lamin Ceesay,Lamin.Ceesay@Ministry.example,moict-fin,Accountant,E-1,Français,y",
        )

        plan = apply(data)

        assert plan.counts == {
            "rows": 5,
            "create": 1,
            "update": 1,
            "deactivate": 1,
            "unchanged": 2,
            "protected": 0,
            "errors": 0,
        }
        changing.refresh_from_db()
        assert changing.full_name == "Amina Juma Hassan"
        assert changing.job_title == "Senior Officer" and changing.unit == units.dig
        assert changing.line_manager == manager
        assert changing.preferred_language == "sw"  # an empty language cell keeps the choice
        assert plan.updates[0].fields["job_title"] == ("Officer", "Senior Officer")
        assert plan.updates[0].fields["unit"] == ("MOICT-ICT", "MOICT-DIG")
        assert User.objects.get(pk=leaving.pk).is_active is False
        new = User.objects.get(employee_number="E-4")
        assert new.email == "lamin.ceesay@ministry.example" and new.unit == units.fin
        assert new.line_manager == changing and new.preferred_language == "fr"
        assert not new.has_usable_password()
        assert list(new.groups.values_list("name", flat=True)) == [LEARNERS]

    def test_only_the_columns_in_the_file_are_changed(self, units):
        person = UserFactory(
            employee_number="E-1", job_title="Officer", unit=units.ict, preferred_language="ar"
        )
        person.line_manager = UserFactory(employee_number="E-0", unit=units.ict)
        person.save()
        header = "employee_number,full_name,email,unit_code"
        plan = apply(directory_csv(f"E-1,New Name,{person.email},MOICT-ICT", header=header))
        person.refresh_from_db()
        assert plan.counts["update"] == 1 and list(plan.updates[0].fields) == ["full_name"]
        assert person.full_name == "New Name" and person.job_title == "Officer"
        assert person.line_manager.employee_number == "E-0"
        assert person.preferred_language == "ar" and person.is_active

    def test_someone_inactive_in_the_file_comes_back(self, units):
        person = UserFactory(employee_number="E-1", unit=units.ict, is_active=False)
        line = f"E-1,{person.full_name},{person.email},MOICT-ICT,{person.job_title},,,"
        plan = apply(directory_csv(line))
        assert plan.counts["update"] == 1 and User.objects.get(pk=person.pk).is_active

    @pytest.mark.parametrize(
        ("value", "language"),
        [
            ("EN", "en"),
            ("Kiswahili", "sw"),
            ("swahili", "sw"),
            ("العربية", "ar"),
            ("Arabic", "ar"),
            ("français", "fr"),
            ("French", "fr"),
            ("fr-FR", "fr"),
        ],
    )
    def test_languages_by_code_or_name(self, units, value, language):
        apply(directory_csv(f"E-1,A,a@ministry.example,MOICT-ICT,,,{value},"))
        assert User.objects.get(employee_number="E-1").preferred_language == language

    @pytest.mark.parametrize(
        ("value", "active"),
        [
            ("", True),
            ("Yes", True),
            ("Y", True),
            ("TRUE", True),
            ("1", True),
            ("نعم", True),
            ("Ndiyo", True),
            ("oui", True),
            ("no", False),
            ("n", False),
            ("false", False),
            ("0", False),
            ("لا", False),
            ("hapana", False),
            ("NON", False),
        ],
    )
    def test_active_values(self, units, value, active):
        apply(directory_csv(f"E-1,A,a@ministry.example,MOICT-ICT,,,,{value}"))
        assert User.objects.get(employee_number="E-1").is_active is active

    def test_managers_created_by_the_same_file(self, units):
        existing = UserFactory(employee_number="E-9", unit=units.ict)
        data = directory_csv(
            "E-3,Officer,officer@ministry.example,MOICT-DIG,,E-2",
            "E-2,Head of unit,head@ministry.example,MOICT-DIG,,E-1",
            "E-1,Director,director@ministry.example,MOICT-ICT,,",
            f"E-9,{existing.full_name},{existing.email},MOICT-ICT,,E-1",
        )
        apply(data)
        managers = dict(
            User.objects.values_list("employee_number", "line_manager__employee_number")
        )
        assert managers == {"E-1": None, "E-2": "E-1", "E-3": "E-2", "E-9": "E-1"}

    def test_two_people_swap_email_addresses(self, units):
        a = UserFactory(employee_number="E-1", email="a@ministry.example", unit=units.ict)
        b = UserFactory(employee_number="E-2", email="b@ministry.example", unit=units.ict)
        apply(
            directory_csv(
                f"E-1,{a.full_name},b@ministry.example,MOICT-ICT",
                f"E-2,{b.full_name},a@ministry.example,MOICT-ICT",
                header="employee_number,full_name,email,unit_code",
            )
        )
        assert User.objects.get(pk=a.pk).email == "b@ministry.example"
        assert User.objects.get(pk=b.pk).email == "a@ministry.example"

    def test_deactivate_missing_people(self, units, administrator):
        kept = UserFactory(employee_number="E-1", unit=units.ict)
        missing = UserFactory(employee_number="E-2", unit=units.fin)
        no_number = UserFactory(employee_number=None, unit=units.fin)
        superuser = UserFactory(employee_number="E-3", unit=units.fin, is_superuser=True)
        line = f"E-1,{kept.full_name},{kept.email},MOICT-ICT,{kept.job_title}"
        data = directory_csv(line)

        plan = apply(data, importer=administrator)  # without the option: nobody
        assert plan.counts["deactivate"] == 0

        plan = apply(data, importer=administrator, deactivate_missing=True)
        assert [change.employee_number for change in plan.deactivations] == ["E-2"]
        active = dict(User.objects.values_list("pk", "is_active"))
        assert active[missing.pk] is False
        assert active[kept.pk] and active[no_number.pk] and active[superuser.pk]
        assert active[administrator.pk]  # the importer, missing from the file

    def test_superusers_and_the_importer_are_left_unchanged(self, units, administrator):
        superuser = UserFactory(employee_number="E-1", unit=units.ict, is_superuser=True)
        data = directory_csv(
            f"E-1,Renamed,{superuser.email},MOICT-ICT",
            f"ADM-1,Renamed Admin,{administrator.email},MOICT",
        )
        plan = apply(data, importer=administrator)
        assert plan.counts["protected"] == 2 and plan.counts["update"] == 0
        assert User.objects.get(pk=superuser.pk).full_name == superuser.full_name
        assert User.objects.get(pk=administrator.pk).full_name == administrator.full_name

    def test_staff_changed_is_sent_once_after_commit(
        self, units, monkeypatch, django_capture_on_commit_callbacks
    ):
        monkeypatch.setattr(staff_changed, "receivers", [])  # only this test's receiver
        received = []

        def receiver(sender, user_ids, **kwargs):
            received.append(sorted(user_ids))

        staff_changed.connect(receiver, weak=False)
        updated = UserFactory(employee_number="E-1", unit=units.ict)
        deactivated = UserFactory(employee_number="E-2", unit=units.ict)
        UserFactory(employee_number="E-3", unit=units.ict)  # missing, option off: untouched
        untouched = UserFactory(employee_number="E-4", unit=units.ict)
        data = directory_csv(
            f"E-1,Renamed,{updated.email},MOICT-ICT,{updated.job_title}",
            f"E-2,{deactivated.full_name},{deactivated.email},MOICT-ICT,{deactivated.job_title},,,no",
            f"E-4,{untouched.full_name},{untouched.email},MOICT-ICT,{untouched.job_title}",
            "E-5,New Person,new@ministry.example,MOICT-ICT",
        )
        with django_capture_on_commit_callbacks(execute=True):
            apply(data)
            assert received == []  # not before the commit
        created = User.objects.get(employee_number="E-5")
        assert received == [sorted([updated.pk, deactivated.pk, created.pk])]

    def test_nothing_changed_sends_nothing(
        self, units, monkeypatch, django_capture_on_commit_callbacks
    ):
        monkeypatch.setattr(staff_changed, "receivers", [])
        received = []
        staff_changed.connect(lambda **kwargs: received.append(kwargs), weak=False)
        person = UserFactory(employee_number="E-1", unit=units.ict)
        with django_capture_on_commit_callbacks(execute=True):
            apply(directory_csv(f"E-1,{person.full_name},{person.email},MOICT-ICT,Officer"))
        assert received == []


# --- Wrong rows: every one reported, nothing written --------------------------


class TestRowErrors:
    @pytest.mark.parametrize(
        ("line", "message"),
        [
            (",Amina,a@ministry.example,MOICT-ICT", "The employee number is empty."),
            ("E-1,,a@ministry.example,MOICT-ICT", "The full name is empty."),
            ("E-1,Amina,,MOICT-ICT", "The email address is empty."),
            ("E-1,Amina,a@ministry.example,", "The unit code is empty."),
            ("E-1,Amina,not-an-email,MOICT-ICT", "“not-an-email” is not a valid email address."),
            ("E-1,Amina,a@ministry.example,NOPE", "Unknown unit code “NOPE”."),
            (
                "E-1,Amina,a@ministry.example,MOICT-ICT,,E-404",
                "The line manager E-404 is neither in the file nor an existing person.",
            ),
            (
                "E-1,Amina,a@ministry.example,MOICT-ICT,,E-1",
                "A person cannot be their own line manager.",
            ),
            (
                "E-1,Amina,a@ministry.example,MOICT-ICT,,,klingon",
                "Unknown language “klingon”: use en, sw, ar, fr.",
            ),
            (
                "E-1,Amina,a@ministry.example,MOICT-ICT,,,,maybe",
                "“maybe” is not a value for “active”: use yes or no.",
            ),
            (
                f"E-1,{'A' * 201},a@ministry.example,MOICT-ICT",
                "Full name: at most 200 characters are allowed (this has 201).",
            ),
            (
                f"{'9' * 33},Amina,a@ministry.example,MOICT-ICT",
                "Employee number: at most 32 characters are allowed (this has 33).",
            ),
            (
                f"E-1,Amina,a@ministry.example,MOICT-ICT,{'x' * 201}",
                "Job title: at most 200 characters are allowed (this has 201).",
            ),
        ],
    )
    def test_each_kind_of_bad_row(self, units, line, message):
        UserFactory(employee_number="E-0", unit=units.ict)
        data = directory_csv("E-10,Fine Row,fine@ministry.example,MOICT-ICT", line)
        assert rejected(data) == [(3, message)]
        assert not User.objects.filter(employee_number="E-10").exists()

    def test_duplicates_within_the_file(self, units):
        data = directory_csv(
            "E-1,Amina,amina@ministry.example,MOICT-ICT",
            "E-2,Baraka,baraka@ministry.example,MOICT-ICT",
            "E-1,Amina again,amina2@ministry.example,MOICT-ICT",
            "E-3,Chanda,AMINA@ministry.example,MOICT-ICT",
        )
        assert rejected(data) == [
            (4, "The employee number E-1 is also on row 2."),
            (5, "The email address amina@ministry.example is also on row 2."),
        ]

    def test_email_of_another_person(self, units):
        UserFactory(employee_number="E-1", email="taken@ministry.example", unit=units.fin)
        UserFactory(employee_number=None, email="trainer@ministry.example", unit=None)
        data = directory_csv(
            "E-2,Baraka,Taken@ministry.example,MOICT-ICT",
            "E-3,Chanda,trainer@ministry.example,MOICT-ICT",
        )
        assert rejected(data) == [
            (2, "The email address taken@ministry.example is already used by another person."),
            (3, "The email address trainer@ministry.example is already used by another person."),
        ]

    def test_all_errors_are_reported_at_once(self, units):
        lines = [f"E-{n},Person {n},bad-email-{n},MOICT-ICT" for n in range(250)]
        errors = rejected(directory_csv(*lines))
        assert len(errors) == 250 and errors[0][0] == 2 and errors[-1][0] == 251

    def test_line_manager_loop_within_the_file(self, units):
        data = directory_csv(
            "A,Person A,a@ministry.example,MOICT-ICT,,B",
            "B,Person B,b@ministry.example,MOICT-ICT,,C",
            "C,Person C,c@ministry.example,MOICT-ICT,,A",
            "D,Person D,d@ministry.example,MOICT-ICT,,A",
        )
        assert rejected(data) == [
            (2, "The line managers form a loop: A → B → C → A."),
            (3, "The line managers form a loop: B → C → A → B."),
            (4, "The line managers form a loop: C → A → B → C."),
        ]

    def test_line_manager_loop_through_people_already_here(self, units):
        # X (not in the file) reports to Y, who reports to A; the file makes A
        # report to X.
        a = UserFactory(employee_number="A", unit=units.ict)
        y = UserFactory(employee_number="Y", unit=units.ict, line_manager=a)
        UserFactory(employee_number="X", unit=units.ict, line_manager=y)
        data = directory_csv(f"A,{a.full_name},{a.email},MOICT-ICT,,X")
        assert rejected(data) == [(2, "The line managers form a loop: A → X → Y → A.")]

    def test_an_existing_chain_above_the_file_is_fine(self, units):
        top = UserFactory(employee_number="T", unit=units.ict)
        middle = UserFactory(employee_number="M", unit=units.ict, line_manager=top)
        plan = apply(directory_csv("N,New,new@ministry.example,MOICT-ICT,,M"))
        assert plan.is_valid
        assert User.objects.get(employee_number="N").line_manager == middle

    def test_the_database_is_checked_again_when_applying(self, units):
        data = directory_csv("E-1,Amina,amina@ministry.example,MOICT-ICT")
        assert directory_import_plan(directory=read(data), importer=None).is_valid
        UserFactory(employee_number="E-2", email="amina@ministry.example", unit=units.fin)
        assert rejected(data) == [
            (2, "The email address amina@ministry.example is already used by another person.")
        ]


# --- HR officers: only their units --------------------------------------------


class TestHrOfficerScope:
    def test_units_outside_their_responsibility_read_as_unknown(self, units, hr_officer):
        data = directory_csv(
            "E-1,Amina,amina@ministry.example,MOICT-DIG",
            "E-2,Baraka,baraka@ministry.example,MOICT-FIN",
            "E-3,Chanda,chanda@ministry.example,NOPE",
        )
        assert rejected(data, importer=hr_officer) == [
            (3, "Unknown unit code “MOICT-FIN”."),
            (4, "Unknown unit code “NOPE”."),
        ]
        apply(directory_csv("E-1,Amina,amina@ministry.example,MOICT-DIG"), importer=hr_officer)
        assert User.objects.get(employee_number="E-1").unit == units.dig

    def test_cannot_take_over_someone_from_another_unit(self, units, hr_officer):
        outsider = UserFactory(employee_number="E-1", unit=units.fin)
        data = directory_csv(f"E-1,{outsider.full_name},{outsider.email},MOICT-ICT")
        assert rejected(data, importer=hr_officer) == [
            (
                2,
                "The employee number E-1 belongs to a person outside the units you may "
                "import into.",
            )
        ]

    def test_deactivate_missing_stays_in_their_units(self, units, hr_officer, administrator):
        inside = UserFactory(employee_number="E-1", unit=units.dig)
        outside = UserFactory(employee_number="E-2", unit=units.fin)
        boss = UserFactory(employee_number="ADM-2", unit=units.ict, roles=["Administrators"])
        data = directory_csv("E-9,New,new@ministry.example,MOICT-ICT")
        plan = apply(data, importer=hr_officer, deactivate_missing=True)
        assert [change.pk for change in plan.deactivations] == [inside.pk]
        active = dict(User.objects.values_list("pk", "is_active"))
        assert active[outside.pk] and active[boss.pk] and active[hr_officer.pk]
        assert active[inside.pk] is False

    def test_cannot_deactivate_themselves(self, units, hr_officer):
        line = f"HR-1,{hr_officer.full_name},{hr_officer.email},MOICT-ICT,,,,no"
        assert rejected(directory_csv(line), importer=hr_officer) == [
            (2, "This row would deactivate your own account.")
        ]

    def test_administrators_are_out_of_their_reach(self, units, hr_officer):
        boss = UserFactory(employee_number="ADM-2", unit=units.ict, roles=["Administrators"])
        plan = apply(directory_csv(f"ADM-2,Renamed,{boss.email},MOICT-ICT"), importer=hr_officer)
        assert plan.counts["protected"] == 1
        assert User.objects.get(pk=boss.pk).full_name == boss.full_name
        line = f"ADM-2,{boss.full_name},{boss.email},MOICT-ICT,,,,no"
        assert rejected(directory_csv(line), importer=hr_officer) == [
            (2, "This row would deactivate an administrator's account.")
        ]


# --- Bounded queries ------------------------------------------------------------


def _directory_of(size: int, units) -> bytes:
    """``size`` rows: a third already here (updated), the rest new; the first
    ten report to a director outside the file, everyone else to one of them."""
    lines = []
    for n in range(size):
        manager = "DIR-1" if n < 10 else f"E-{size}-{n % 10}"
        unit = "MOICT-DIG" if n % 2 else "MOICT-ICT"
        lines.append(f"E-{size}-{n},Person {n},p{size}-{n}@ministry.example,{unit},T,{manager}")
    return directory_csv(*lines)


def test_queries_do_not_grow_with_the_number_of_rows(
    units, hr_officer, django_assert_max_num_queries
):
    director = UserFactory(employee_number="DIR-1", unit=units.ministry)
    for size in (50, 500):
        for n in range(0, size, 3):
            UserFactory(employee_number=f"E-{size}-{n}", unit=units.dig, line_manager=director)
    small, large = read(_directory_of(50, units)), read(_directory_of(500, units))

    def importer():  # loaded afresh, as for each request: no roles cached on it
        return User.objects.get(pk=hr_officer.pk)

    with CaptureQueriesContext(connection) as queries:
        plan = directory_import_plan(directory=small, importer=importer(), deactivate_missing=True)
    assert plan.is_valid and plan.counts["create"] == 33 and plan.counts["update"] == 17
    with django_assert_max_num_queries(len(queries)) as large_queries:
        plan = directory_import_plan(directory=large, importer=importer(), deactivate_missing=True)
    assert plan.is_valid and plan.counts["create"] == 333
    assert len(large_queries) == len(queries)

    with CaptureQueriesContext(connection) as queries:
        directory_import_apply(directory=small, importer=importer())
    # Writes go in batches: the same on PostgreSQL; SQLite takes fewer rows
    # per INSERT (at most 999 values in one statement).
    bound = len(queries) if connection.vendor == "postgresql" else len(queries) + 10
    with django_assert_max_num_queries(bound):
        directory_import_apply(directory=large, importer=importer())
    assert User.objects.filter(employee_number__startswith="E-500-").count() == 500
    assert Group.objects.get(name=LEARNERS).user_set.count() == User.objects.count()


# --- The import_staff command ---------------------------------------------------


class TestCommand:
    def run(self, tmp_path, data: bytes, *args, name: str = "staff.csv"):
        path = tmp_path / name
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("import_staff", str(path), *args, stdout=out, stderr=err)
        finally:
            self.out, self.err = out.getvalue(), err.getvalue()

    def test_imports_with_progress_and_a_summary(self, tmp_path, units):
        lines = [f"E-{n},Person {n},p{n}@ministry.example,MOICT-ICT" for n in range(2500)]
        self.run(tmp_path, directory_csv(*lines))
        assert User.objects.filter(employee_number__startswith="E-").count() == 2500
        assert "2500 rows: 2500 created, 0 updated, 0 deactivated" in self.out
        assert "Validating  100% [" in self.err and "2,500/2,500 rows" in self.err
        assert "Importing   100% [" in self.err

    def test_dry_run_writes_nothing(self, tmp_path, units):
        before = people_snapshot()
        self.run(
            tmp_path,
            directory_csv("E-1,Amina,amina@ministry.example,MOICT-ICT"),
            "--dry-run",
            "--deactivate-missing",
        )
        assert "1 to create" in self.out and "Nothing was written" in self.out
        assert people_snapshot() == before

    def test_invalid_file_exits_with_every_error_and_writes_nothing(self, tmp_path, units):
        before = people_snapshot()
        data = directory_csv(
            "E-1,Amina,amina@ministry.example,MOICT-ICT",
            "E-2,Baraka,not-an-email,MOICT-ICT",
            "E-3,Chanda,chanda@ministry.example,NOPE",
        )
        with pytest.raises(CommandError, match=r"The file has 2 errors; nothing was imported\."):
            self.run(tmp_path, data)
        assert "Row 3 (E-2): “not-an-email” is not a valid email address." in self.err
        assert "Row 4 (E-3): Unknown unit code “NOPE”." in self.err
        assert people_snapshot() == before

    def test_unreadable_file_and_encoding_option(self, tmp_path, units):
        with pytest.raises(CommandError, match="Missing: full_name, email, unit_code"):
            self.run(tmp_path, directory_csv("E-1", header="employee_number"))
        data = directory_csv("E-1,Hélène,helene@ministry.example,MOICT-ICT", encoding="cp1252")
        with pytest.raises(CommandError, match="not UTF-8"):
            self.run(tmp_path, data, "--encoding", "utf-8")
        self.run(tmp_path, data, "--encoding", "windows-1252")
        assert "Read as Windows-1252" in self.out
        assert User.objects.get(employee_number="E-1").full_name == "Hélène"
        with pytest.raises(CommandError, match="Cannot open"):
            call_command("import_staff", str(tmp_path / "nowhere.csv"), stdout=io.StringIO())

    def test_xlsx(self, tmp_path, units):
        header = ["employee_number", "full_name", "email", "unit_code"]
        data = xlsx([header, [7, "A", "a@x.tz", "MOICT-ICT"]])
        self.run(tmp_path, data, name="staff.xlsx")
        assert User.objects.filter(employee_number="7").exists()
