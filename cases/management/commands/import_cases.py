"""`manage.py import_cases FILE --user NAME [--dry-run]`: the admin's case import."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cases import importer
from cases.views import source_index


class Command(BaseCommand):
    help = "Check a CSV or XLSX file of cases and import it as drafts submitted for moderation."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="The editor the drafts belong to.")
        parser.add_argument("--dry-run", action="store_true", help="Only check the file.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"No user named {options['user']!r}.")
        index = source_index()
        if index is None:
            raise CommandError("There is no case index to import into.")
        report = importer.check(path.name, path.read_bytes(), index.locale)
        for row, column, message in report.problems:
            self.stderr.write(f"row {row}, column {column or '-'}: {message}")
        if not report.ok:
            raise CommandError(f"{len(report.problems)} problems; nothing was imported.")
        if options["dry_run"]:
            self.stdout.write(self.style.SUCCESS(f"{len(report.rows)} cases are ready to import."))
            return
        created = importer.import_cases(report, index, user)
        self.stdout.write(
            self.style.SUCCESS(f"{len(created)} cases imported as drafts, sent for moderation.")
        )
