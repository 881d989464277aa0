"""Object-level checks in front of the wagtail-localize views that only check the global
"submit translation" permission: a translator may create or update translations only
where they may edit pages, and may publish them only where they may publish; taxonomy
and other snippets are translated only by people who may edit that kind of snippet, and
translators only into their own locale (hub.translation.permissions)."""

import io
import re
import tempfile

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

import polib

from hub.security.media_permissions import visible_documents
from hub.translation import overrides
from hub.translation.permissions import (
    may_change_every_locale,
    may_edit_instance,
    may_translate_snippet_into,
)
from hub.translation.status import locale_statuses

MAX_PO_BYTES = 5 * 1024 * 1024
LOCALE_ID = re.compile(r"[0-9]{1,9}")  # ASCII digits an integer column holds


def may_translate_into(user, page, locale):
    """Whether `user` may create or change the translation of `page` in `locale`."""
    target = page.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_edit()
    parent = page.get_parent()
    parent_target = parent.get_translation_or_none(locale) if parent else None
    return parent_target is not None and parent_target.permissions_for_user(user).can_add_subpage()


class LocaleChoiceField(forms.ModelMultipleChoiceField):
    """The form's locales, where a value that is no id is an error like any unknown one
    (Django's own check let a number too large for the database through to a 500)."""

    def clean(self, value):
        for pk in value or []:
            if not LOCALE_ID.fullmatch(str(pk)):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                    params={"pk": pk},
                )  # fmt: skip
        return super().clean(value)


class CheckedLocalesMixin:
    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        form.fields["locales"] = LocaleChoiceField(
            queryset=locales.queryset, label=locales.label, widget=locales.widget
        )
        return form


class HubSubmitPageTranslationView(CheckedLocalesMixin, SubmitPageTranslationView):
    pass


class HubSubmitSnippetTranslationView(CheckedLocalesMixin, SubmitSnippetTranslationView):
    pass


def wanted_locales(request, source_locale_id):
    """The locales a submit-translation form asks for (all others when it names none)."""
    if request.method == "POST":
        # A value that is no id of a locale the form refuses, so nothing is created.
        values = request.POST.getlist("locales")
        if not values:
            return Locale.objects.exclude(pk=source_locale_id)
        return Locale.objects.filter(pk__in=[v for v in values if LOCALE_ID.fullmatch(v)])
    code = request.GET.get("select_locale")
    return Locale.objects.filter(language_code=code) if code else Locale.objects.none()


def submit_page_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    wanted = wanted_locales(request, page.locale_id)
    for locale in wanted:
        if not may_translate_into(request.user, page, locale):
            raise PermissionDenied
    return HubSubmitPageTranslationView.as_view()(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    """The original creates the snippet's translations, live at once, for anyone holding
    the global permission (found by tests/security/test_permissions.py)."""
    model = get_snippet_model_from_url_params(app_label, model_name)
    if not user_can_edit_snippet_type(request.user, model):
        raise PermissionDenied
    instance = get_object_or_404(model, pk=pk)
    if not may_translate_snippet_into(
        request.user, model, wanted_locales(request, instance.locale_id)
    ):
        raise PermissionDenied
    return HubSubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


def update_translations(request, translation_source_id):
    """'Sync translated pages' rewrites every locale's translation of a source, so it is
    for people who may edit the source and every one of those translations; publishing
    them needs publish rights on each (the source alone let an editor of the English tree
    publish Polish pages)."""
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        locales = source.translations.filter(enabled=True).values("target_locale")
        targets = Page.objects.filter(translation_key=instance.translation_key, locale__in=locales)
        publish = bool(request.POST.get("publish_translations"))
        for page in [instance, *targets]:
            permissions = page.permissions_for_user(request.user)
            if not permissions.can_edit() or (publish and not permissions.can_publish()):
                raise PermissionDenied
        if request.method == "POST":
            for translation in source.translations.filter(enabled=True):
                set_aside_bad_overrides(request, translation)
    elif not may_change_every_locale(request.user, type(instance)):
        raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def translation_status(request, language_code=None):
    """The status of every partner locale, or the pages, terms and materials of one."""
    # Materials the reader may not see (a restricted collection's) are not named here.
    documents = visible_documents(request.user)
    if language_code is not None:
        statuses = locale_statuses([language_code], documents)
        if not statuses:
            raise Http404("Unknown locale")
        return TemplateResponse(request, "translation/status_detail.html", {"status": statuses[0]})
    statuses = locale_statuses(documents=documents)
    return TemplateResponse(request, "translation/status.html", {"statuses": statuses})


def upload_pofile(request, translation_id):
    """Check an uploaded PO file before wagtail-localize imports it: a missing, empty,
    corrupt or foreign file gets a clear message and changes nothing (the original view
    fails with a server error on some of these)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    if request.method != "POST":
        return redirect(next_url)
    if not may_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    problem = pofile_problem(request.FILES.get("file"), translation)
    if problem:
        messages.error(request, problem)
        return redirect(next_url)
    request.FILES["file"].seek(0)
    return edit_translation.upload_pofile(request, translation_id=translation_id)


def pofile_problem(uploaded, translation):
    """Why `uploaded` cannot be imported into `translation`, or "" when it can."""
    if uploaded is None or not uploaded.size:
        return _("Choose a PO file to upload.")
    if uploaded.size > MAX_PO_BYTES:
        return _("This PO file is too large.")
    content = uploaded.read()
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return _("This is not a PO file: it is not UTF-8 text.")
    # polib reads a path when given a string, so the content goes through a file.
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(content)
        handle.flush()
        try:
            po = polib.pofile(handle.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return _("This PO file is damaged and could not be read.")
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _(
            "This PO file was exported for a different page or language; download the PO "
            "file of this translation and upload that one."
        )
    return ""


def put_data(request):
    """The form data of a PUT (Django parses a POST's only), as the translation editor
    sends it (multipart) or as a client may (urlencoded)."""
    if request.content_type == "multipart/form-data":
        parser = MultiPartParser(
            request.META, io.BytesIO(request.body), request.upload_handlers, request.encoding
        )
        return parser.parse()[0]
    return QueryDict(request.body, encoding=request.encoding)


def edit_override(request, translation_id, overridable_segment_id):
    """Check an override's value before wagtail-localize saves it: a value that is no
    image, document, page or snippet the user may choose made the translation's preview
    and publishing fail with a server error (issue 26). A 400 with the message."""
    if request.method == "PUT":
        translation = get_object_or_404(Translation, pk=translation_id)
        segment = get_object_or_404(OverridableSegment, pk=overridable_segment_id)
        if segment.context.object_id != translation.source.object_id:
            raise Http404
        if not may_edit_instance(request.user, translation.get_target_instance()):
            raise PermissionDenied
        try:
            value = put_data(request).get("value")
        except MultiPartParserError:
            value = None
        if value is None:
            return JsonResponse({"error": _("No value was sent.")}, status=400)
        source_instance = translation.source.get_source_instance()
        problem = overrides.problem(segment, value, source_instance, request.user)
        if problem:
            return JsonResponse({"error": problem}, status=400)
    return edit_translation.edit_override(
        request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
    )


def set_aside_bad_overrides(request, translation):
    """Before a preview or a publish: overrides whose value is no usable id (saved before
    they were checked, or whose picture is gone) are left out, and the user is told."""
    count = overrides.set_aside_bad_overrides(translation)
    if count:
        messages.warning(
            request,
            ngettext(
                "An overridden value of this translation (a picture, document or link) "
                "cannot be used: the source's value is used instead. The translation "
                "editor shows which.",
                "%(count)d overridden values of this translation (pictures, documents or "
                "links) cannot be used: the source's values are used instead. The "
                "translation editor shows which.",
                count,
            )
            % {"count": count},
        )


def preview_translation(request, translation_id, mode=None):
    translation = get_object_or_404(Translation, pk=translation_id)
    if may_edit_instance(request.user, translation.get_target_instance()):
        set_aside_bad_overrides(request, translation)
    return edit_translation.preview_translation(request, translation_id=translation_id, mode=mode)


def guarded(original):
    """A wagtail-localize view of one translation, refused unless the user may edit its
    target: the originals check a snippet's model only, not its locale."""

    def view(request, translation_id, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        if not may_edit_instance(request.user, translation.get_target_instance()):
            raise PermissionDenied
        return original(request, translation_id=translation_id, **kwargs)

    return view


edit_string_translation = guarded(edit_translation.edit_string_translation)
download_pofile = guarded(edit_translation.download_pofile)
machine_translate = guarded(edit_translation.machine_translate)
stop_translation = guarded(edit_translation.stop_translation)
