import contextlib
import logging
import time
from importlib import import_module

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from wagtail.models import Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import LocaleSynchronization

from hub.content import changes
from hub.demo import translations as demo_translations
from hub.models import HomePage, SiteSettings

HOME_INTRO = (
    "Open-access best-practice cases, facilitation toolkits and course modules on "
    "sustainability-oriented innovation and entrepreneurship, from a European alliance "
    "of universities, companies and clusters. Free to read, download and reuse."
)


def demo_modules():
    """Each app's `demo` module (with a `seed` function), in their SEED_ORDER. The hub
    does not import the content apps; they bring their own demo content."""
    modules = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo"):
            module = import_module(f"{config.name}.demo")
            if hasattr(module, "seed"):
                modules.append(module)
    return sorted(modules, key=lambda module: module.SEED_ORDER)


class Command(BaseCommand):
    help = "Load the demo content. Idempotent: running it again creates nothing twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--cases",
            type=int,
            default=0,
            metavar="N",
            help="Also make sure N synthetic cases exist (for benchmarks).",
        )
        parser.add_argument(
            "--no-index", action="store_true", help="Skip rebuilding the search index."
        )

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, **options):
        # Wagtail logs every page it creates; for hundreds of demo pages that drowns the
        # progress lines, so only warnings pass while seeding.
        wagtail_log = logging.getLogger("wagtail")
        level = wagtail_log.level
        wagtail_log.setLevel(logging.WARNING)
        try:
            self.seed(options)
        finally:
            wagtail_log.setLevel(level)

    def seed(self, options):
        started = time.monotonic()
        rebuild = not options["no_index"]
        # The references (the admin's usage counts) are rebuilt in one pass at the end,
        # rather than on each of the many saves the mirroring makes. Without that
        # rebuild they are kept up to date as usual.
        references = disable_reference_index_auto_update() if rebuild else contextlib.nullcontext()
        # The search index is built once at the end too (or, without a rebuild, kept as
        # usual and sent to the engine in one go).
        with references, changes.bulk(rebuilt=rebuild), transaction.atomic():
            site = Site.objects.get(is_default_site=True)
            home = site.root_page.specific
            if isinstance(home, HomePage) and not home.intro:
                home.intro = HOME_INTRO
                home.save_revision().publish()
            SiteSettings.for_site(site)  # created with the default footer texts
            modules = demo_modules()
            for module in modules:
                module.seed(home, self.log)
            # Translated first, so that mirroring copies only the pages left.
            synchronizations = list(LocaleSynchronization.objects.select_related("locale"))
            self.log("Translating the demo's translated pages into every partner language ...")
            demo_translations.load(
                demo_translations.translated_pages(home, modules),
                [synchronization.locale for synchronization in synchronizations],
                self.log,
            )
            self.log("Mirroring the rest into every partner language ...")
            for synchronization in synchronizations:
                synchronization.sync_trees()
            # Bulk data for benchmarks stays in English only: mirroring 10,000 cases
            # into nine languages would multiply the pages by ten.
            for module in modules:
                if hasattr(module, "seed_bulk"):
                    module.seed_bulk(home, self.log, cases=options["cases"])
        if rebuild:
            # References first: a document's search record names the page it is used on
            # (and a document used only on private pages is not indexed at all).
            call_command("rebuild_references_index", verbosity=0)
            self.log("Updating the search index ...")
            call_command("update_index", stdout=self.stdout)
        self.log(
            self.style.SUCCESS(f"Demo content is in place ({time.monotonic() - started:.1f} s).")
        )
