from django.core.management.base import BaseCommand

from hub.operations.backup import restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into this instance, whose database and media "
        "folder must be empty; then check it against the backup's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A folder written by `manage.py backup`")

    def handle(self, *args, **options):
        restore(options["folder"], log=self.stdout.write)  # a BackupError is a CommandError
        self.stdout.write(
            "Next: `manage.py update_index` fills the search engine, if one is configured "
            "(the database's own search index came back with the database)."
        )
