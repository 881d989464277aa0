"""Fail when an installed dependency lacks a fix that has been out for longer than the
patch window (RELIABILITY H11).

pip-audit would ask PyPI's per-release JSON or OSV for advisories; where neither can be
reached (as on the machines this hub is built on) this asks PyPI's per-project JSON,
which lists every release with its upload time and the advisories of the newest one.
Django, Wagtail and wagtail-localize publish their security fixes as patch releases of
each supported series, so a newer patch release of the series installed that is older
than the window is a fix not applied, and an advisory PyPI lists for the version
installed is one not fixed."""

import json
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from importlib import metadata

from django.core.management.base import BaseCommand, CommandError

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

PROJECT = "impact-hub"
PYPI = "https://pypi.org/pypi/{name}/json"
# Our patch window for critical fixes (README, "Security patches").
WINDOW_DAYS = 7


def missing_fixes(installed, project, now, window):
    """What `installed` (a version string) lacks, from PyPI's JSON for its project: one
    line per patch release of the same series published more than `window` ago, and per
    advisory listed for the installed version."""
    mine = Version(installed)
    problems = []
    for name, files in project["releases"].items():
        try:
            version = Version(name)
        except InvalidVersion:
            continue
        same_series = version.release[:2] == mine.release[:2]
        if not (same_series and version > mine and not version.is_prerelease and files):
            continue
        if all(file.get("yanked") for file in files):
            continue
        uploaded = min(datetime.fromisoformat(file["upload_time"]) for file in files)
        age = now - uploaded.replace(tzinfo=UTC)
        if age > window:
            problems.append(f"{name} has been out for {age.days} days")
    if project["info"]["version"] == installed:
        for advisory in project.get("vulnerabilities") or []:
            summary = advisory.get("summary") or (advisory.get("details") or "")[:80]
            problems.append(f"advisory {advisory.get('id')}: {summary}")
    return problems


def deployed():
    """{name: version} of the hub's dependencies and theirs, as installed here, without
    the dev tools."""
    found = {}
    waiting = [PROJECT]
    while waiting:
        for line in metadata.requires(waiting.pop()) or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            if canonicalize_name(requirement.name) in found:
                continue
            try:
                distribution = metadata.distribution(requirement.name)
            except metadata.PackageNotFoundError:
                continue  # an optional dependency not installed
            found[canonicalize_name(requirement.name)] = distribution
            waiting.append(requirement.name)
    return {
        d.metadata["Name"]: d.version
        for d in sorted(found.values(), key=lambda d: d.metadata["Name"].lower())
    }


def fetch(name, tries=3):
    """PyPI's JSON for the project `name`, asked up to `tries` times."""
    url = PYPI.format(name=name)  # always https://pypi.org
    for attempt in range(1, tries + 1):
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
                return json.load(response)
        except (OSError, ValueError) as error:
            if attempt == tries:
                raise CommandError(f"Could not ask PyPI about {name}: {error}") from error
            time.sleep(2**attempt)


class Command(BaseCommand):
    help = (
        "Fail when a dependency of the hub has a security or patch release of its series "
        "out for longer than the patch window, or an advisory against the version installed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=WINDOW_DAYS, help="The patch window.")

    def handle(self, *args, **options):
        if options["days"] < 0:
            raise CommandError("--days must be 0 or more.")
        window = timedelta(days=options["days"])
        now = datetime.now(UTC)
        failures = 0
        packages = deployed()
        for name, installed in packages.items():
            problems = missing_fixes(installed, fetch(name), now, window)
            if problems:
                failures += 1
                self.stdout.write(self.style.ERROR(f"{name} {installed}: " + "; ".join(problems)))
            else:
                self.stdout.write(f"{name} {installed}: up to date")
        if failures:
            raise CommandError(
                f"{failures} dependencies lack fixes older than {options['days']} days: "
                "widen their range in pyproject.toml or upgrade them."
            )
        self.stdout.write(self.style.SUCCESS(f"All {len(packages)} packages checked."))
