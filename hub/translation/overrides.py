"""Checks of the values a translation overrides (a translated page's own picture,
document, linked page or snippet). wagtail-localize stores whatever the translator sends
and turns it into an id only when the translation is previewed or published: a value
that is no id made both fail with a server error (issue 26). What it is given is checked
when it is saved; one saved before is set aside (flagged as wagtail-localize flags an
override with an error, so the source's value is used) before a preview or a publish."""

import re

from django.apps import apps
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import OverridableSegment, SegmentOverride
from wagtail_localize.views.edit_translation import TabHelper, get_segment_location_info

ID = re.compile(r"[0-9]{1,18}")  # ASCII digits only: int() also reads "²" and " 12 "


def widget(segment, source_instance):
    """What the translation editor offers for the segment, as wagtail-localize tells its
    editor: {"type": "image_chooser" | "document_chooser" | "page_chooser" | ...}."""
    try:
        location = get_segment_location_info(
            source_instance,
            TabHelper(source_instance),
            segment.context.path,
            segment.context.get_field_path(source_instance),
            widget=True,
        )
    except (KeyError, LookupError):  # a field without a panel: not offered for editing
        return {"type": "unknown"}
    return location["widget"] or {"type": "unknown"}


def choosable(model, user):
    if user is None:  # checked again at publishing: the object must still exist
        return model.objects.all()
    # The registry's policy, which keeps restricted collections out
    # (hub.security.media_permissions).
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["choose"])


def problem(segment, value, source_instance, user=None):
    """Why `value` cannot override `segment`, or "" when it can. With a `user`, a picture
    or document must be one that user may choose."""
    kind = widget(segment, source_instance)
    if kind["type"] == "text":
        return ""
    if kind["type"] == "unknown" and not isinstance(segment.data, int):
        return ""  # what the editor shows as it is and does not let anyone change
    if not ID.fullmatch(str(value)):
        return _("This value is no id: choose the item in the translation editor.")
    pk = int(value)
    if kind["type"] == "image_chooser":
        found = choosable(get_image_model(), user).filter(pk=pk)
    elif kind["type"] == "document_chooser":
        found = choosable(get_document_model(), user).filter(pk=pk)
    elif kind["type"] == "page_chooser":
        found = Page.objects.filter(pk=pk)
    elif kind["type"] == "snippet_chooser":
        snippet = kind["snippet_model"]
        found = apps.get_model(snippet["app_label"], snippet["model_name"]).objects.filter(pk=pk)
    else:
        return ""
    if not found.exists():
        return _("There is no item with this id that you may choose.")
    return ""


def set_aside_bad_overrides(translation):
    """Flag the overrides of `translation` whose value is not usable (any more) as having
    an error, so that wagtail-localize leaves them out and uses the source's value; the
    translation editor shows the message beside each. Returns how many were set aside."""
    source_instance = translation.source.get_source_instance()
    segments = {
        segment.context_id: segment
        for segment in OverridableSegment.objects.filter(source=translation.source)
    }
    overrides = SegmentOverride.objects.filter(
        locale_id=translation.target_locale_id, context_id__in=segments, has_error=False
    )
    set_aside = 0
    for override in overrides:
        found = problem(segments[override.context_id], override.data, source_instance)
        if found:
            override.has_error, override.field_error = True, found
            override.save(update_fields=["has_error", "field_error"])
            set_aside += 1
    return set_aside
