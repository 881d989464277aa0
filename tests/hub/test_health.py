import json

import pytest

from tests.utils import run_python

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": "ok",
        "database": {"default": {"status": "ok"}},
        "search": {"backend": "database", "status": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_with_trailing_slash(client):
    assert client.get("/healthz/").status_code == 200


HEALTH_PROBE = """
import django, json
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps({"status": response.status_code, "type": response["Content-Type"],
                  "body": response.content.decode()}))
"""


def test_healthz_with_an_unreachable_database_answers_503_json():
    # A real PostgreSQL connection attempt to a port nobody listens on.
    result = run_python(
        HEALTH_PROBE,
        settings="hub.settings.test",
        env={"DATABASE_URL": "postgres://hub:secret@127.0.0.1:9/hub"},
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    assert answer["type"] == "application/json"
    body = json.loads(answer["body"])
    assert body["status"] == "unavailable"
    assert body["database"]["default"]["status"] == "unavailable"
    # No traceback and no connection details reach the client.
    assert "Traceback" not in answer["body"]
    assert "secret" not in answer["body"] and "127.0.0.1" not in answer["body"]
