"""The test suite: database and Redis from the environment, tasks run inline.

A test that needs a real worker cluster starts ``manage.py qcluster`` with
these settings and ``MAARIFA_TEST_Q_SYNC=0``; it shares the test database, so
on SQLite that database is a file rather than in memory.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, ENV, REDIS_URL, environment

DEBUG = False
SECRET_KEY = "test-only-secret-key-with-enough-length-to-be-realistic-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# django-q2 reads Q_CLUSTER once at import, so override_settings cannot switch
# it to inline mode: it is set here instead.
Q_CLUSTER = environment.q_cluster_config(
    REDIS_URL, workers=1, sync=os.environ.get("MAARIFA_TEST_Q_SYNC", "1") == "1"
)
# A cluster started by a test redelivers an unacknowledged ORM task quickly.
Q_CLUSTER.update(timeout=20, retry=30)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-maarifa.sqlite3")}
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "maarifa-test"  # noqa: F405
MEDIA_ROOT = str(BASE_DIR / "var" / "test-media")
PRIVATE_MEDIA_ROOT = str(BASE_DIR / "var" / "test-private")
STORAGES["certificates"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT  # noqa: F405
STORAGES["imports"]["OPTIONS"]["location"] = f"{PRIVATE_MEDIA_ROOT}/imports"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SITE_URL = ENV["site_url"]
