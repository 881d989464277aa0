from django import forms

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin

from hub.taxonomy.labels import terms_in_locale


class LocalizedPageForm(WagtailAdminPageForm):
    """The editor offers taxonomy terms of the page's own locale only (with the source
    term where a term is not translated yet), instead of every language's copy of each
    term, which Django would list for a relation to a translatable snippet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page_locale()
        for field in self.fields.values():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if issubclass(model, TranslatableMixin) and hasattr(model, "key_field"):
                terms = terms_in_locale(model, locale)
                field.queryset = field.queryset.filter(pk__in=[t.pk for t in terms.values()])

    def page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        if self.parent_page is not None and self.parent_page.locale_id:
            return self.parent_page.locale
        return Locale.get_default()
