"""Configuration from the environment: defaults, each variable, bad values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from lms.settings import environment

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "k9V2mQ7xR4tY8uI1oP5aS3dF6gH0jK2lZ9xC7vB4nM1qW8eR5tY3uI6oP0aS2dF",
    "ALLOWED_HOSTS": "lms.ministry.example",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    inherited = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


class TestDefaults:
    def test_embedded_defaults_need_no_services(self):
        config = environment.read({})
        assert config["database_url"] == ""
        assert config["redis_url"] == ""
        assert config["debug"] is False
        assert environment.cache_config("")["default"]["BACKEND"].endswith("LocMemCache")
        cluster = environment.q_cluster_config("", workers=2)
        assert cluster["orm"] == "default" and "redis" not in cluster

    def test_timeout_is_below_retry(self):
        for redis_url in ("", "redis://127.0.0.1:6379/0"):
            cluster = environment.q_cluster_config(redis_url, workers=2)
            assert cluster["timeout"] < cluster["retry"]


class TestVariables:
    def test_postgres_url(self):
        config = environment.database_config("postgres://maarifa:s3cret@db.internal:5432/lms")
        assert config["ENGINE"] == "django.db.backends.postgresql"
        assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5432, "lms")
        assert config["USER"] == "maarifa" and config["PASSWORD"] == "s3cret"
        assert config["CONN_HEALTH_CHECKS"] is True

    def test_sqlite_url(self):
        config = environment.database_config("sqlite:////srv/maarifa/db.sqlite3")
        assert config["ENGINE"] == "django.db.backends.sqlite3"
        assert config["NAME"] == "/srv/maarifa/db.sqlite3"

    def test_redis_switches_cache_and_broker(self):
        url = "redis://cache.internal:6379/2"
        assert environment.cache_config(url)["default"]["LOCATION"] == url
        cluster = environment.q_cluster_config(url, workers=4)
        assert cluster["redis"] == url and "orm" not in cluster and cluster["workers"] == 4

    def test_lists_and_booleans(self):
        config = environment.read(
            {"ALLOWED_HOSTS": "a.example, b.example,", "DEBUG": "yes", "EMAIL_PORT": "25"}
        )
        assert config["allowed_hosts"] == ["a.example", "b.example"]
        assert config["debug"] is True
        assert config["email_port"] == 25

    @pytest.mark.parametrize(
        "url",
        [
            "postgres//missing-colon",
            "mysql://root@localhost/db",
            "not a url",
            "postgres://u@h:port/db",
        ],
    )
    def test_bad_database_url_names_the_variable(self, url):
        with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
            environment.database_config(url)

    def test_bad_redis_url_names_the_variable(self):
        with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
            environment.read({"REDIS_URL": "localhost:6379"})

    @pytest.mark.parametrize(("name", "value"), [("DEBUG", "maybe"), ("Q_WORKERS", "two")])
    def test_bad_values_name_the_variable(self, name, value):
        with pytest.raises(ImproperlyConfigured, match=name):
            environment.read({name: value})


class TestStartup:
    def test_malformed_database_url_is_a_clear_startup_error(self):
        result = run_manage("check", env={"DATABASE_URL": "postgres//oops"})
        assert result.returncode != 0
        assert "DATABASE_URL" in result.stderr
        assert "Traceback" not in result.stderr

    def test_production_refuses_to_start_without_secret_key(self):
        env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
        result = run_manage("check", env=env)
        assert result.returncode != 0
        assert "SECRET_KEY" in result.stderr and "Traceback" not in result.stderr

    def test_production_refuses_to_start_without_allowed_hosts(self):
        result = run_manage("check", env={**PRODUCTION_ENV, "ALLOWED_HOSTS": ""})
        assert result.returncode != 0 and "ALLOWED_HOSTS" in result.stderr

    def test_check_deploy_is_clean_with_production_values(self):
        result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
        assert result.returncode == 0, result.stderr + result.stdout
        assert "no issues" in result.stdout
