from types import SimpleNamespace

import pytest
from django.test import Client, TestCase

from lms.models import OrganisationUnit, User
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from tests.factories import OrganisationUnitFactory, UserFactory

DIRECTORY_HEADER = (
    "employee_number,full_name,email,unit_code,job_title,line_manager,preferred_language,active"
)


@pytest.fixture
def imports_storage(settings, tmp_path):
    """Uploads waiting for their import go to a directory of this test's own."""
    location = tmp_path / "imports"
    settings.STORAGES = {
        **settings.STORAGES,
        "imports": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(location)},
        },
    }
    return location


class TaskClient(Client):
    """A test client after whose every request the on-commit callbacks run,
    as they do in production once a request's work is committed: tasks that
    a view queues (inline, in django-q2's sync mode) have run by the next
    request. (The test's own transaction would otherwise hold them back.)"""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def units(db):
    """A ministry with two departments; the digital unit sits inside ICT."""
    ministry = OrganisationUnitFactory(
        code="MOICT", name_en="Ministry of ICT", kind=OrganisationUnit.Kind.MINISTRY
    )
    ict = OrganisationUnitFactory(code="MOICT-ICT", name_en="ICT", parent=ministry)
    return SimpleNamespace(
        ministry=ministry,
        ict=ict,
        dig=OrganisationUnitFactory(code="MOICT-DIG", name_en="Digital", parent=ict),
        fin=OrganisationUnitFactory(code="MOICT-FIN", name_en="Finance", parent=ministry),
    )


@pytest.fixture
def hr_officer(units) -> User:
    """Responsible for ICT (and the digital unit below it), not for Finance."""
    officer = UserFactory(
        employee_number="HR-1", email="hr@ministry.example", unit=units.ict, roles=[HR_OFFICERS]
    )
    officer.responsible_units.set([units.ict])
    return officer


@pytest.fixture
def administrator(units) -> User:
    return UserFactory(
        employee_number="ADM-1",
        email="admin@ministry.example",
        unit=units.ministry,
        roles=[ADMINISTRATORS],
    )


def directory_csv(*lines: str, header: str = DIRECTORY_HEADER, encoding: str = "utf-8") -> bytes:
    return "\n".join([header, *lines]).encode(encoding)


def people_snapshot() -> list[tuple]:
    """Everything an import could change, for "nothing was written" checks."""
    return list(
        User.objects.order_by("pk").values_list(
            "pk",
            "employee_number",
            "email",
            "full_name",
            "job_title",
            "preferred_language",
            "unit_id",
            "line_manager_id",
            "is_active",
        )
    )
