"""Atom feeds of new and updated content: /<lang>/feed/ for everything in that language,
/<lang>/feed/<section>/ for one section (cases, toolkits, courses). Feeds list the
language's own pages (sources and real translations); pages that only mirror the
English source are in the English feed.

A feed costs the same two or three queries however many items it lists: the items are
read as Page rows with their summary joined from their own type's table, since a title,
a summary, an address and two dates are all an entry shows."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Page, get_page_models

from hub.content.registry import page_types
from hub.models import ListingPage
from hub.outlets.bulk import keep_locale
from hub.security.public import public_pages
from hub.translation.locales import active_locale

ITEMS = 50


def sections():
    """{section: (its index page model, [its content page models])}, by app: the hub
    knows the sections from the page models, without importing the content apps."""
    indexes = {m._meta.app_label: m for m in get_page_models() if issubclass(m, ListingPage)}
    found = {}
    for model in page_types():
        found.setdefault(model._meta.app_label, []).append(model)
    return {app: (indexes[app], models) for app, models in found.items() if app in indexes}


class ContentFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, section=None):
        known = sections()
        if section is not None and section not in known:
            raise Http404(_("There is no such section."))
        index_model, models = known[section] if section else (None, [])
        if not section:
            models = [model for _index, models_of in known.values() for model in models_of]
        locale = active_locale()
        index = None
        if index_model:
            index = public_pages(index_model.objects.filter(locale=locale)).first()
        return {"section": section, "index": index, "models": models, "locale": locale}

    def title(self, obj):
        if obj["index"]:
            return _("IMPACT hub: %(section)s") % {"section": obj["index"].title}
        return _("IMPACT hub: new and updated content")

    def subtitle(self, obj):
        return _("Open-access cases, facilitation methods and course modules.")

    def link(self, obj):
        if obj["index"]:
            return obj["index"].get_url()
        return f"/{obj['locale'].language_code}/"

    def feed_copyright(self, obj):
        return _("Free to read, download and reuse under the licence each item states.")

    def items(self, obj):
        pages = public_pages(
            Page.objects.type(*obj["models"]).filter(locale=obj["locale"], alias_of__isnull=True)
        )
        # Each content type's table holds its pages' summaries: joined, one per page.
        summaries = [
            F(f"{model._meta.pk.related_query_name()}__summary") for model in obj["models"]
        ]
        summary = Coalesce(*summaries) if len(summaries) > 1 else summaries[0]
        items = list(
            pages.annotate(hub_summary=summary).order_by("-last_published_at", "-pk")[:ITEMS]
        )
        for page in items:
            keep_locale(page)
        return items

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.hub_summary

    def item_link(self, page):
        return page.get_url()

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        return [str(page.specific_class._meta.verbose_name)]
