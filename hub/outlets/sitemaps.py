"""/sitemap.xml: every live, public page in every language (real translations, not pages
that still mirror the source), with its last change and hreflang alternates."""

from django.contrib.sitemaps import Sitemap

from wagtail.models import Page

from hub.security.public import public_pages
from hub.translation.alternates import alternates_of


class PageSitemap(Sitemap):
    limit = 10_000  # per sitemap page; /sitemap.xml?p=2 for the next ones

    def items(self):
        return (
            public_pages(Page.objects.filter(depth__gt=1, alias_of__isnull=True))
            .select_related("locale")
            .order_by("path", "pk")
        )

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        """Django's entries, each with the page's translations as alternates (fetched
        for the whole sitemap page at once)."""
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        domain = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        groups = alternates_of([entry["item"] for entry in urls])
        for entry in urls:
            entry["alternates"] = [
                {"lang_code": code, "location": f"{domain}{translation.get_url()}"}
                for code, translation in groups.get(entry["item"].translation_key, [])
            ]
        return urls
