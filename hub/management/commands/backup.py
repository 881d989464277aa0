from django.core.management.base import BaseCommand, CommandError

from hub.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media folder into FOLDER (new or empty), with a "
        "manifest that `restore` checks. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the backup, e.g. backups/2026-12-02")

    def handle(self, *args, **options):
        try:
            backup(options["folder"], log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
