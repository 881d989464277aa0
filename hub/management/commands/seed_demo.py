from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Site

from hub.models import HomePage, SiteSettings

HOME_INTRO = (
    "Open-access best-practice cases, facilitation toolkits and course modules on "
    "sustainability-oriented innovation and entrepreneurship, from a European alliance "
    "of universities, companies and clusters. Free to read, download and reuse."
)


class Command(BaseCommand):
    help = "Load the demo content. Idempotent: running it again creates nothing twice."

    @transaction.atomic
    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if isinstance(home, HomePage) and not home.intro:
            home.intro = HOME_INTRO
            home.save_revision().publish()
        SiteSettings.for_site(site)  # created with the default footer texts
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
