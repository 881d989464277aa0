import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the hub's search index (live, public pages and public documents)."

    def handle(self, *args, **options):
        started = time.monotonic()
        total = indexing.rebuild(log=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt: {total} records in {time.monotonic() - started:.1f} s."
            )
        )
