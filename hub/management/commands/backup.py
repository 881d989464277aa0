from django.core.management.base import BaseCommand

from hub.operations.backup import backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media folder into FOLDER (new or empty), with a "
        "manifest that `restore` checks. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the backup, e.g. backups/2026-12-02")

    def handle(self, *args, **options):
        backup(options["folder"], log=self.stdout.write)  # a BackupError is a CommandError
