import os

from django.db import connection


def test_suite_runs_on_the_database_named_by_database_url():
    """`DATABASE_URL=postgres://...` must really put the suite on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
