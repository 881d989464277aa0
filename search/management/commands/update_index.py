"""`manage.py update_index`: the hub's search index, then Wagtail's own indexes.

Replaces Wagtail's command of the same name (this app comes first in INSTALLED_APPS);
Wagtail's stays available as `wagtail_update_index`."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from search import engine, indexing


class Command(BaseCommand):
    help = (
        "Rebuild the hub's search index (live, public pages and public documents) in the "
        "database and, when an engine is configured, in a new engine index that replaces "
        "the old one at the end; then Wagtail's own index (the admin's search)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending",
            action="store_true",
            help="Only send the changes the search engine has not taken yet (for cron).",
        )
        parser.add_argument("--hub-only", action="store_true", help="Skip Wagtail's own indexes.")

    def handle(self, *args, **options):
        started = time.monotonic()
        try:
            if options["pending"]:
                sent = engine.flush()
                self.stdout.write(self.style.SUCCESS(f"{sent} queued changes sent."))
                return
            total = indexing.rebuild(log=self.stdout.write)
        except engine.EngineUnavailable as error:
            raise CommandError(
                f"The search engine did not answer ({str(error)[:120]}). The database index "
                "is current and searches fall back to it; run this again once the engine "
                "is back."
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt: {total} records in {time.monotonic() - started:.1f} s."
            )
        )
        if not options["hub_only"]:
            self.stdout.write("Updating Wagtail's own search indexes (the admin's search) ...")
            call_command(
                "wagtail_update_index",
                backend_name="default",
                verbosity=max(0, options["verbosity"] - 1),
            )
