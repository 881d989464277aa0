"""What every benchmark shares: a throwaway site (database, media, static files) under
production settings, served by gunicorn on 127.0.0.1, and memory readings of its worker."""

import atexit
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


class Site:
    """A site in a temporary folder, run with production settings as operators run it."""

    def __init__(self, port=8765, extra_env=None):
        self.folder = Path(tempfile.mkdtemp(prefix="hub-bench-"))
        atexit.register(shutil.rmtree, self.folder, True)  # databases and large files
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": os.environ.get(
                "BENCH_DATABASE_URL", f"sqlite:///{self.folder}/db.sqlite3"
            ),
            "ALLOWED_HOSTS": "127.0.0.1",
            "BASE_URL": self.url,
            "MEDIA_ROOT": str(self.folder / "media"),
            "STATIC_ROOT": str(self.folder / "static"),
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        self.server = None

    def manage(self, *args):
        subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def python(self, code, env=None):
        """Run Django code against this site; returns what it prints as JSON."""
        script = f"import django, json\ndjango.setup()\n{code}"
        result = subprocess.run(
            [PYTHON, "-c", script],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise RuntimeError(f"bench script failed:\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def prepare(self, seed_args=()):
        step("migrating and collecting static files")
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        step("loading demo content " + " ".join(seed_args))
        self.manage("seed_demo", *seed_args)
        # What a worker beside the site would have done meanwhile (text extraction,
        # Wagtail's index updates), so the site measured is the one visitors get.
        self.manage("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    def start(self, workers=1, env=None, log=None):
        """Serve the site; the server's own log goes to the file `log` when given."""
        self.server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "hub.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            stderr=open(log, "a") if log else None,  # noqa: SIM115 (gunicorn keeps it)
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def workers(self):
        children = Path(f"/proc/{self.server.pid}/task/{self.server.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def stop(self):
        if self.server:
            self.server.send_signal(signal.SIGTERM)
            self.server.wait(timeout=30)


def peak_rss_mb(pid):
    """The highest resident memory the process has had since it started (VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def fetch(url, chunk=1024 * 1024):
    """GET `url`, discarding the body; returns (bytes received, seconds)."""
    started = time.perf_counter()
    received = 0
    with urllib.request.urlopen(url, timeout=600) as response:
        while data := response.read(chunk):
            received += len(data)
    return received, time.perf_counter() - started


def step(message):
    print(f"  … {message}", flush=True)


def wrk(url, connections, seconds, script=None):
    """wrk's figures for `url` (2 threads): requests/s, p50 and p99 latency (ms), socket
    errors and answers other than 2xx or 3xx. With a script (bench/load.py) that prints
    a STATUSES line, also its counts: answers by status and its named tallies."""
    command = [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, url], check=True, capture_output=True, text=True, timeout=seconds + 120
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)\.?0*%\s+([\d.]+\w+)\s*$", output, re.MULTILINE))
    if len(latency) != 2:
        raise RuntimeError(f"wrk printed no latency distribution:\n{output}")
    figures = {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "p50_ms": milliseconds(latency["50"]),
        "p99_ms": milliseconds(latency["99"]),
        "socket_errors": sum(
            int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)
        ),
        "not_2xx_3xx": int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1]),
    }
    if script:
        line = re.search(r"^STATUSES(.*)$", output, re.MULTILINE)[1]
        counts = dict(part.split("=") for part in line.split())
        figures["statuses"] = {k: int(n) for k, n in sorted(counts.items()) if k.isdigit()}
        figures.update({k: int(n) for k, n in counts.items() if not k.isdigit()})
    return figures


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
