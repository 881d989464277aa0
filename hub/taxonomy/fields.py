"""How the API shows taxonomy terms (models import this, so it stays free of the API
views)."""

from rest_framework.fields import Field


def related_terms(page, name):
    """`page.<name>.all()` (a many-to-many relation) as a list, from what
    hub.outlets.bulk.read_relations read for many pages at once when it did."""
    known = getattr(page, "_hub_terms", {}).get(name)
    return known if known is not None else list(getattr(page, name).all())


class TermField(Field):
    """A taxonomy term (or several) as {key, title}: the key is what the hub's URLs and
    filters use (`?sdg=7`), stable across languages."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return related_terms(instance, self.source) if hasattr(value, "all") else value

    def to_representation(self, value):
        if isinstance(value, list):
            return [self.to_representation(term) for term in value]
        term = {"key": value.key, "title": value.title}
        if getattr(value, "url", None):
            term["url"] = value.url  # a licence's deed
        return term
