from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Site

from hub.demo import translations as demo_translations
from hub.management.commands.seed_demo import demo_modules
from hub.taxonomy import translations as taxonomy_translations


class Command(BaseCommand):
    help = (
        "Write or update the PO files of the taxonomy terms (hub/taxonomy/po) and of "
        "the demo's translated pages (hub/demo/po) from the English content in the "
        "database (seed_demo first), keeping the translations already there."
    )

    def handle(self, *args, **options):
        codes = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        # Reading the segments records translation sources; nothing else is kept.
        with transaction.atomic():
            for path in taxonomy_translations.write_templates(codes):
                self.stdout.write(f"Wrote {path}")
            home = Site.objects.get(is_default_site=True).root_page.specific
            pages = demo_translations.translated_pages(home, demo_modules())
            for path in demo_translations.write_templates(pages, codes):
                self.stdout.write(f"Wrote {path}")
            transaction.set_rollback(True)
