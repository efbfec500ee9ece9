import pytest

from lms.roles import HR_OFFICERS, TRAINERS
from tests.factories import OrganisationUnitFactory, UserFactory, build_catalogue, build_course


@pytest.fixture
def catalogue(home_page):
    return build_catalogue(home_page)


@pytest.fixture
def course(catalogue):
    return build_course(catalogue, slug="security", lessons=4)


@pytest.fixture
def locked_course(catalogue):
    """Each lesson opens when the one before it is complete."""
    return build_course(catalogue, slug="locked", lessons=3, requires_previous=True)


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def trainer(db):
    return UserFactory(roles=[TRAINERS])


@pytest.fixture
def hr_officer(db):
    unit = OrganisationUnitFactory(code="HR")
    officer = UserFactory(roles=[HR_OFFICERS], unit=unit)
    officer.responsible_units.set([unit])
    return officer


@pytest.fixture
def org(db):
    """A ministry with two departments; ICT has a unit beneath it."""
    ministry = OrganisationUnitFactory(code="MIN", name_en="Ministry")
    ict = OrganisationUnitFactory(code="ICT", name_en="ICT Department", parent=ministry)
    network = OrganisationUnitFactory(code="NET", name_en="Networks", parent=ict)
    finance = OrganisationUnitFactory(code="FIN", name_en="Finance Department", parent=ministry)
    return {"min": ministry, "ict": ict, "net": network, "fin": finance}
