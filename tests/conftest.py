import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory


def pytest_report_header(config):
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = "redis" if "redis" in settings.Q_CLUSTER else "orm"
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"maarifa: database={engine} task-broker={broker} cache={cache}"


@pytest.fixture(scope="session", autouse=True)
def _services_are_reachable(django_db_setup, django_db_blocker):
    """In CI a configured service that does not answer is a failure, said plainly."""
    if settings.REDIS_URL:
        import redis

        try:
            redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=3).ping()
        except redis.RedisError as exc:
            pytest.exit(
                f"REDIS_URL={settings.REDIS_URL} is set but Redis does not answer: {exc}", 3
            )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache. With Redis the cache outlives the
    database flush of transactional tests, and would hand out page URLs (site
    root paths, the catalogue link) of pages that no longer exist."""
    cache.clear()


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request under /sw/ or /ar/ leaves that language active in the thread;
    start every test in English so ``page.title = …`` means the English title."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    return make_home_page()


def make_home_page():
    """A published HomePage as the root of the default site.

    Transactional (browser) tests start from a flushed database, without the
    root page and locale that Wagtail's migrations create: make them if needed.
    """
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Maarifa"},
    )
    return home


@pytest.fixture
def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"
