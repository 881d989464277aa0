"""How the API shows taxonomy terms (models import this, so it stays free of the API
views)."""

from rest_framework.fields import Field


class TermField(Field):
    """A taxonomy term (or several) as {key, title}: the key is what the hub's URLs and
    filters use (`?sdg=7`), stable across languages."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return list(value.all()) if hasattr(value, "all") else value

    def to_representation(self, value):
        if isinstance(value, list):
            return [self.to_representation(term) for term in value]
        term = {"key": value.key, "title": value.title}
        if getattr(value, "url", None):
            term["url"] = value.url  # a licence's deed
        return term
