"""Static files in production: fingerprinted, compressed (gzip and Brotli) and served
with a far-future cache lifetime; pictures' renditions are made once."""

import json

import pytest

from cases.factories import CasePageFactory
from tests.utils import PRODUCTION_ENV, run_python

SERVE = """
import json
import django
django.setup()
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client
call_command("collectstatic", "--noinput", verbosity=0)
client = Client(HTTP_HOST="hub.example.org")
css = static("css/hub.css")  # what {% static %} writes into every page
plain = client.get(css, secure=True)
compressed = client.get(css, secure=True, HTTP_ACCEPT_ENCODING="br, gzip")
print(json.dumps({
    "css": css,
    "lifetime": plain["Cache-Control"],
    "encoding": compressed.get("Content-Encoding"),
    "plain_bytes": len(b"".join(plain.streaming_content)),
    "compressed_bytes": len(b"".join(compressed.streaming_content)),
}))
"""


def test_static_files_are_fingerprinted_compressed_and_cached_for_long(tmp_path):
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CACHE_URL": "locmem://",
    }
    result = run_python(SERVE, settings="hub.settings.production", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    served = json.loads(result.stdout.strip().splitlines()[-1])
    # /static/css/hub.<12 hex digits>.css: a new file name whenever the content changes
    name = served["css"].rsplit("/", 1)[1].split(".")
    assert name[0] == "hub" and len(name[1]) == 12 and name[2] == "css"
    assert "immutable" in served["lifetime"] and "max-age=315360000" in served["lifetime"]
    assert served["encoding"] == "br"
    assert served["compressed_bytes"] < served["plain_bytes"] / 2
    assert (tmp_path / "static" / "css" / f"hub.{name[1]}.css.gz").exists()


@pytest.mark.django_db
def test_a_pictures_renditions_are_made_once(client, case_index, image):
    from django.core.cache import cache

    from hub.images.models import HubRendition

    cache.clear()  # Wagtail's rendition cache outlives the rolled-back rows of earlier tests
    case = CasePageFactory(parent=case_index, image=image)
    client.get(case_index.url)
    client.get(case.url)
    made = HubRendition.objects.count()
    assert made > 0
    for _ in range(2):
        client.get(case_index.url)
        client.get(case.url)
    assert HubRendition.objects.count() == made
