from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

DEFAULT_LICENCE_STATEMENT = (
    "<p>Everything on the IMPACT hub is open access: free to read, download and reuse "
    'under the <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
    "Attribution 4.0 International licence (CC BY 4.0)</a>, unless a material states "
    "otherwise.</p>"
)
DEFAULT_FUNDING_ACKNOWLEDGEMENT = (
    "<p>Co-funded by the European Union. Views and opinions expressed are however those "
    "of the author(s) only and do not necessarily reflect those of the European Union or "
    "the European Education and Culture Executive Agency (EACEA). Neither the European "
    "Union nor EACEA can be held responsible for them.</p>"
)


class HomePage(Page):
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

    # Only at the top of the tree; section indexes join as children in the content model.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


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
