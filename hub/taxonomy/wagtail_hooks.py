from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.taxonomy import models


def taxonomy_viewset(taxonomy, icon, columns=("title",)):
    return type(
        f"{taxonomy.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": taxonomy,
            "icon": icon,
            "list_display": [*columns, "locale"],
            "search_fields": [],
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomies"
    menu_icon = "tag"
    menu_order = 300
    items = (
        taxonomy_viewset(models.SDG, "globe", ("number", "title", "colour")),
        taxonomy_viewset(models.SDGTarget, "globe", ("code", "title")),
        taxonomy_viewset(models.GreenDealArea, "pick"),
        taxonomy_viewset(models.Sector, "cogs", ("code", "title")),
        taxonomy_viewset(models.Country, "site", ("code",)),
        taxonomy_viewset(models.OrganisationType, "group"),
        taxonomy_viewset(models.Audience, "user"),
        taxonomy_viewset(models.EQFLevel, "list-ol", ("level", "title")),
        taxonomy_viewset(models.Licence, "doc-full", ("short_name", "title", "url")),
        taxonomy_viewset(models.MethodCategory, "folder-open-inverse"),
        taxonomy_viewset(models.Competence, "success", ("framework", "code", "title")),
    )


register_snippet(TaxonomyGroup)
