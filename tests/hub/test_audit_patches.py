"""CI's patch-window check (RELIABILITY H11): a fix out for longer than the window and
not installed fails the run; newer series, release candidates and yanked releases do
not count."""

from datetime import UTC, datetime, timedelta

from django.core.management import CommandError, call_command

import pytest

from hub.management.commands.audit_patches import missing_fixes

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
WEEK = timedelta(days=7)


def pypi(latest, vulnerabilities=(), **releases):
    """PyPI's per-project JSON, as much of it as the check reads: {version: (days ago,
    yanked)}."""
    return {
        "info": {"version": latest},
        "vulnerabilities": list(vulnerabilities),
        "releases": {
            version.replace("_", "."): [
                {
                    "upload_time": (NOW - timedelta(days=days)).replace(tzinfo=None).isoformat(),
                    "yanked": yanked,
                }
            ]
            for version, (days, yanked) in releases.items()
        },
    }


def test_a_patch_release_older_than_the_window_is_a_missing_fix():
    project = pypi("5.2.19", **{"5.2_18": (40, False), "5.2_19": (10, False)})
    assert missing_fixes("5.2.18", project, NOW, WEEK) == ["5.2.19 has been out for 10 days"]


def test_a_patch_release_within_the_window_is_not_yet_due():
    project = pypi("5.2.19", **{"5.2_18": (40, False), "5.2_19": (3, False)})
    assert missing_fixes("5.2.18", project, NOW, WEEK) == []
    assert missing_fixes("5.2.18", project, NOW, timedelta(days=1)) == [
        "5.2.19 has been out for 3 days"
    ]


def test_newer_series_candidates_and_yanked_releases_do_not_count():
    project = pypi(
        "6.0.1",
        **{
            "5.2_18": (40, False),
            "5.2_19rc1": (30, False),
            "5.2_19": (20, True),
            "6.0_1": (30, False),
        },
    )
    assert missing_fixes("5.2.18", project, NOW, WEEK) == []


def test_an_advisory_against_the_version_installed_fails():
    advisory = {"id": "PYSEC-2026-1", "summary": "XSS in the page chooser"}
    project = pypi("8.0.1", [advisory], **{"8.0_1": (40, False)})
    assert missing_fixes("8.0.1", project, NOW, WEEK) == [
        "advisory PYSEC-2026-1: XSS in the page chooser"
    ]
    # Listed advisories are the newest release's: an older one lacks that release.
    assert missing_fixes("8.0", project, NOW, WEEK) == ["8.0.1 has been out for 40 days"]


def test_a_negative_window_is_refused():
    with pytest.raises(CommandError, match="--days must be 0 or more"):
        call_command("audit_patches", "--days", "-1")
