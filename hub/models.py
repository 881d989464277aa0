import copy

from django.db import models
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from modelcluster.fields import ParentalKey

from hub import caching
from hub.pages import schema_org
from hub.pages.forms import LocalizedPageForm
from hub.pages.listing import Listing, card_queryset, cards
from hub.pages.routing import RoutedPageMixin
from hub.taxonomy.labels import terms_in_locale, want_terms

# The default footer texts are interface strings too: while editors keep them, each
# visitor reads them in their language (SiteSettings.shown).
DEFAULT_LICENCE_STATEMENT = gettext_noop(
    "<p>Everything on the IMPACT hub is open access: free to read, download and reuse "
    'under the <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
    "Attribution 4.0 International licence (CC BY 4.0)</a>, unless a material states "
    "otherwise.</p>"
)
DEFAULT_FUNDING_ACKNOWLEDGEMENT = gettext_noop(
    "<p>Co-funded by the European Union. Views and opinions expressed are however those "
    "of the author(s) only and do not necessarily reflect those of the European Union or "
    "the European Education and Culture Executive Agency (EACEA). Neither the European "
    "Union nor EACEA can be held responsible for them.</p>"
)


def shown(text, default):
    """A footer text as a visitor reads it: the default wording in their language, or
    what an editor wrote instead, as written."""
    return gettext(default) if " ".join(text.split()) == " ".join(default.split()) else text


class HomePage(RoutedPageMixin, Page):
    """The root of each locale's tree: the hub's front door."""

    intro = models.TextField(
        blank=True,
        help_text="One or two sentences under the title: what visitors find here.",
    )
    body = StreamField(
        [("text", blocks.RichTextBlock(features=["h2", "h3", "bold", "italic", "link", "ul"]))],
        blank=True,
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    # Only at the top of the tree.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        """The section indexes: the page types that name the home page as their parent in
        their own app, so that a new section joins without an edit here."""
        return [
            model
            for model in get_page_models()
            if getattr(model, "parent_page_types", None) and cls in model.clean_parent_page_models()
        ]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What editors change about the whole site without a developer: the footer texts
    that every page carries."""

    licence_statement = RichTextField(
        features=["bold", "italic", "link"],
        default=DEFAULT_LICENCE_STATEMENT,
        help_text="The open-access licence statement in the footer of every page.",
    )
    funding_acknowledgement = RichTextField(
        features=["bold", "italic", "link"],
        default=DEFAULT_FUNDING_ACKNOWLEDGEMENT,
        help_text="The Erasmus+ funding acknowledgement in the footer of every page.",
    )

    panels = [FieldPanel("licence_statement"), FieldPanel("funding_acknowledgement")]

    class Meta:
        verbose_name = _("site settings")

    @property
    def shown_licence_statement(self):
        return shown(self.licence_statement, DEFAULT_LICENCE_STATEMENT)

    @property
    def shown_funding_acknowledgement(self):
        return shown(self.funding_acknowledgement, DEFAULT_FUNDING_ACKNOWLEDGEMENT)

    @classmethod
    def for_site(cls, site):
        """Wagtail's, read once per generation (hub.caching.remembered): every page's
        footer shows it. Each caller gets its own copy, since the admin's form changes
        the one it is given."""
        read = super().for_site
        if site is None:
            return read(site)
        return copy.copy(caching.remembered(("site-settings", site.pk), lambda: read(site)))


class ContentPage(RoutedPageMixin, Page):
    """What every case, toolkit, method, module and unit shares: a summary for cards and
    search results, a picture, and a mark for demo content."""

    summary = models.TextField(
        blank=True, help_text=_("One or two sentences for cards, search results and feeds.")
    )
    image = models.ForeignKey(
        "images.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and at the top of the page."),
    )
    is_demo = models.BooleanField(
        default=False,
        verbose_name=_("demo content"),
        help_text=_("Made up for demonstration; the page says so to visitors."),
    )

    base_form_class = LocalizedPageForm
    schema_type = "CreativeWork"  # the schema.org type search engines are told
    # What the registry (hub.content.registry) reads: the short name visitors and harvesters
    # use for the type ("case"), its name for visitors, its facets and its weight among
    # search results.
    kind = None
    kind_label = None
    facets = ()
    search_weight = 1

    class Meta:
        abstract = True

    @classmethod
    def detail_queryset(cls, queryset):
        """`queryset` (the page being served, hub.pages.routing) with what its type shows
        besides its own fields, so that the page reads it in the same query or two."""
        return queryset.select_related("image")

    def search_facts(self):
        """The plain values a search result of the page shows (stored once for every
        language; `facts_line` words them)."""
        return {}

    @classmethod
    def facts_line(cls, facts):
        """`facts` (from `search_facts`) as a result shows them, in the active language."""
        return ""

    @classmethod
    def cards(cls):
        """Live, public pages of the type with what their cards show."""
        return card_queryset(cls)

    @classmethod
    def linking_to(cls, page, lookup):
        """Cards of the live, public pages of this type in `page`'s language whose links
        (`lookup`, such as "method_links__method") name `page` or any translation of it,
        by title: a mirrored or translated page keeps the links it was copied with."""
        same_page = Page.objects.filter(translation_key=page.translation_key).values("pk")
        pages = cls.cards().filter(locale_id=page.locale_id, **{f"{lookup}__in": same_page})
        return cards(pages.distinct().order_by("title"))

    def linked_from(self, relation):
        """Cards of the pages that link to this one through `relation`, the reverse name
        of another type's links (a method's "case_links": the cases that used it), with
        the labels their cards show fetched at once. The linking type is found through
        the relation, so the two apps need not import each other."""
        links = self._meta.get_field(relation)
        parent = next(
            field
            for field in links.related_model._meta.get_fields()
            if isinstance(field, ParentalKey)
        )
        model = parent.related_model
        want_terms(*model.card_taxonomies)
        return model.linking_to(self, f"{parent.remote_field.related_name}__{links.field.name}")

    card_taxonomies = ()  # the taxonomies whose labels a card of the type shows

    def structured_data(self, request):
        """The page as schema.org JSON-LD (hub.outlets.structured_data); subclasses add
        what their type has."""
        return schema_org.page_data(self, request, self.schema_type)

    def save(self, *args, **kwargs):
        self.localize_taxonomies()
        return super().save(*args, **kwargs)

    def localize_taxonomies(self):
        """Point every taxonomy field to the terms of the page's own locale where they
        exist, so a translated (or mirrored) page links to translated terms. Runs on
        every save, including wagtail-localize's when it creates a translation."""
        if not self.locale_id:
            return
        for field in self._meta.get_fields():
            model = getattr(field, "related_model", None)
            if model is None or not hasattr(model, "key_field") or field.auto_created:
                continue  # only the page's own (forward) relations to taxonomy terms
            if field.many_to_many:
                terms = list(getattr(self, field.name).all())
                if any(term.locale_id != self.locale_id for term in terms):
                    local = terms_in_locale(model, self.locale)
                    setattr(self, field.name, [local.get(t.key, t) for t in terms])
            elif field.many_to_one:
                term = getattr(self, field.name)
                if term is not None and term.locale_id != self.locale_id:
                    setattr(
                        self, field.name, terms_in_locale(model, self.locale).get(term.key, term)
                    )


class ListingPage(RoutedPageMixin, Page):
    """A section index: lists its section's live pages with filters and pagination.
    Subclasses say which pages (`listed_pages`); the filters are their type's facets."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    def listed_pages(self):
        """The section's pages of one type, whose facets are the listing's filters."""
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = Listing(request, self.listed_pages())
        return context
