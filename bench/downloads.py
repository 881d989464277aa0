"""Downloads: a 500 MB file through the document view, against reading the same file
from disk in the same run, and a 'Download all' ZIP of 50 materials; the server
worker's peak memory is read before and after each."""

import time

from bench.common import fetch, peak_rss_mb, step

BIG_MB = 500
MATERIALS = 50
MATERIAL_MB = 2

SETUP = f"""
import os
from django.conf import settings
from django.core.files.base import File
from wagtail.documents import get_document_model
from toolkits.models import MethodPage

Document = get_document_model()
folder = os.path.join(settings.MEDIA_ROOT, "documents")
os.makedirs(folder, exist_ok=True)
block = os.urandom(1024 * 1024)

def make(name, megabytes, title):
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(block)
    document = Document(title=title, file="documents/" + name)
    document.save()
    return document

big = make("bench-big.zip", {BIG_MB}, "Benchmark: large file")
method = MethodPage.objects.live().first()
documents = [make(f"bench-material-{{n}}.zip", {MATERIAL_MB}, f"Benchmark material {{n}}")
             for n in range({MATERIALS})]
method.worksheets = [("materials", {{"heading": "Bench", "items": [
    {{"document": d, "note": ""}} for d in documents]}})]
method.save_revision().publish()
print(json.dumps({{"big_url": big.url, "big_path": big.file.path,
                   "method_url": method.url}}))
"""


def read_from_disk(path, chunk=1024 * 1024):
    started = time.perf_counter()
    total = 0
    with open(path, "rb") as handle:
        while data := handle.read(chunk):
            total += len(data)
    return total, time.perf_counter() - started


def run(site):
    step(f"creating a {BIG_MB} MB document and {MATERIALS} materials of {MATERIAL_MB} MB")
    data = site.python(SETUP)
    site.start(workers=1)
    try:
        worker = site.workers()[0]
        fetch(site.url + "/en/")  # warm up the worker
        before = peak_rss_mb(worker)
        read_from_disk(data["big_path"])  # same page cache state for both
        disk_bytes, disk_seconds = read_from_disk(data["big_path"])
        step("downloading the large file")
        http_bytes, http_seconds = fetch(site.url + data["big_url"])
        after_big = peak_rss_mb(worker)
        step("downloading the ZIP of all materials")
        zip_bytes, zip_seconds = fetch(site.url + data["method_url"] + "download-all/")
        after_zip = peak_rss_mb(worker)
    finally:
        site.stop()
    assert http_bytes == disk_bytes, "the download is incomplete"
    disk_rate = disk_bytes / disk_seconds / 1e6
    http_rate = http_bytes / http_seconds / 1e6
    return {
        "large_file": {
            "megabytes": round(http_bytes / 1e6, 1),
            "http_MB_per_s": round(http_rate, 1),
            "disk_MB_per_s": round(disk_rate, 1),
            "ratio_to_disk": round(http_rate / disk_rate, 3),
            "worker_peak_rss_increase_MB": round(after_big - before, 1),
            "budget_MB": 50,
        },
        "zip_of_materials": {
            "files": MATERIALS,
            "megabytes": round(zip_bytes / 1e6, 1),
            "seconds": round(zip_seconds, 2),
            "MB_per_s": round(zip_bytes / zip_seconds / 1e6, 1),
            "worker_peak_rss_increase_MB": round(after_zip - after_big, 1),
        },
    }
