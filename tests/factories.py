import factory
import wagtail_factories
from django.contrib.auth.models import Group

from content.models import HomePage
from lms.models import OrganisationUnit, User
from lms.roles import LEARNERS

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class OrganisationUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationUnit

    code = factory.Sequence(lambda n: f"UNIT-{n}")
    name_en = factory.Sequence(lambda n: f"Unit {n}")
    kind = OrganisationUnit.Kind.UNIT
    parent = None


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@ministry.example")
    full_name = factory.Faker("name")
    employee_number = factory.Sequence(lambda n: f"EMP-{n:05d}")
    job_title = "Officer"
    preferred_language = "en"
    unit = factory.SubFactory(OrganisationUnitFactory)
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        names = {LEARNERS, *(extracted or ())}
        self.groups.add(*Group.objects.filter(name__in=names))


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Welcome"
    title_en = "Welcome"
    slug = "maarifa"
