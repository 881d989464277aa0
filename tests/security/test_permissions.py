"""Who may do what in the admin: every role against every action, each cell asserted
(issue 11; docs/reliability.md P1-P5, P8, P11). Most of Wagtail's advisories were missing
object-level checks in admin views, and translators are the weakest spot, so each action
is tried on an object inside and outside the role's tree, and what a user would notice
is asserted: the answer, new revisions, what went live, what was stored.

A refused request is a 403, a 404 for an object the user may not know of, or a redirect
to the admin home or a login page; never a 200 or a 500 (tests.utils.refused)."""

from contextlib import contextmanager
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLResolver, get_resolver, reverse

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
)
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage
from hub.factories import ImageFactory, UserFactory
from hub.materials.factories import MINIMAL_PDF, DocumentFactory
from hub.taxonomy.models import SDG
from tests.utils import (
    case_edit_form,
    in_locale,
    member_of,
    refused,
    response_text,
    translate,
)

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "moderator", "translator_pl", "translator_de", "admin")
GROUPS = {
    "editor": ["Editors"],
    "moderator": ["Moderators"],
    "translator_pl": ["Translators (pl)"],
    "translator_de": ["Translators (de)"],
}


def login(client, role):
    if role == "admin":
        client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    elif role != "anonymous":
        client.force_login(member_of(*GROUPS[role], username=role))


@pytest.fixture
def world(case_index, site):
    """An English case with real Polish and German translations, an English draft, an
    English case with Polish and German translations made by wagtail-localize (for
    'Sync translated pages'), one only mirrored (to translate) and a document in a
    collection only Editors and Moderators may open."""
    draft = CasePageFactory(parent=case_index, title="Unpublished plan", live=False)
    draft.save_revision()
    untranslated = CasePageFactory(parent=case_index, title="Solar school")
    synced = CasePageFactory(parent=case_index, title="Tidal mill", image=ImageFactory())
    case = CasePageFactory(parent=case_index, title="Wind co-op")
    pl = translate(case, "pl", "Spółdzielnia wiatrowa", "Wiatr.")
    de = translate(case, "de", "Windgenossenschaft", "Wind.")
    locales = list(Locale.objects.filter(language_code__in=["pl", "de"]))
    TranslationCreator(UserFactory(username="translation-owner"), locales).create_translations(
        synced
    )
    partners = Collection.get_first_root_node().add_child(name="Partners only")
    restriction = CollectionViewRestriction.objects.create(
        collection=partners, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=["Editors", "Moderators"]))
    return SimpleNamespace(
        site=site,
        index=case_index,
        draft=draft,
        case=case,
        pages={"en": case, "pl": pl, "de": de},
        untranslated=untranslated,
        synced=synced,
        polish_translation=Translation.objects.get(
            source__object_id=synced.translation_key, target_locale__language_code="pl"
        ),
        private_document=DocumentFactory(title="Partner budget", collection=partners),
    )


def shown(response, *texts):
    """Allowed and showing `texts`, or refused; anything else fails the test."""
    if refused(response):
        return False
    assert response.status_code == 200, response.status_code
    body = response_text(response)
    assert all(t in body for t in texts), f"allowed, but without {texts}"
    return True


def live_title(page):
    return Page.objects.get(pk=page.pk).title if Page.objects.get(pk=page.pk).live else None


# Actions: each tries one thing and answers whether it was allowed, having asserted that
# an allowed request did it and a refused one changed nothing.


def see_draft(client, w):
    url = reverse("wagtailadmin_pages:view_draft", args=[w.draft.pk])
    return shown(client.get(url), "Unpublished plan")


def preview_draft(client, w):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[w.draft.pk])
    posted = client.post(url, case_edit_form(w.draft.specific, title="Previewed plan"))
    if refused(posted):
        assert refused(client.get(url))
        return False
    assert posted.json()["is_valid"] is True
    return shown(client.get(url), "Previewed plan")


def preview_new_page(client, w):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["cases", "casepage", w.index.pk])
    new = CasePage(title="Previewed case", slug="previewed", organisation="Coop", summary="S.")
    posted = client.post(url, case_edit_form(new))
    if refused(posted):
        return False
    assert posted.json()["is_valid"] is True
    return shown(client.get(url), "Previewed case")


def edit(code):
    def edit_page(client, w):
        page = w.pages[code]
        revisions = page.revisions.count()
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.post(url, case_edit_form(page, title="Edited title"))
        if refused(response):
            assert page.revisions.count() == revisions, "refused, but a revision was saved"
            return False
        assert response.status_code == 302, response_text(response)[:2000]
        assert page.revisions.count() == revisions + 1
        assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Edited title"
        return True

    return edit_page


def publish(code):
    def publish_page(client, w):
        page = w.pages[code]
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.post(url, case_edit_form(page, title="Published title", **{
            "action-publish": "1"}))  # fmt: skip
        assert refused(response) or response.status_code == 302, response.status_code
        # Without publish permission Wagtail saves a draft: nothing changes on the site.
        return live_title(page) == "Published title"

    return publish_page


def unpublish(client, w):
    url = reverse("wagtailadmin_pages:unpublish", args=[w.case.pk])
    response = client.post(url)
    assert refused(response) or response.status_code == 302, response.status_code
    return live_title(w.case) is None


def history(client, w):
    return shown(client.get(reverse("wagtailadmin_pages:history", args=[w.draft.pk])))


def compare_revisions(client, w):
    args = [w.draft.pk, "earliest", "latest"]
    return shown(client.get(reverse("wagtailadmin_pages:revisions_compare", args=args)))


def copy_page(client, w):
    url = reverse("wagtailadmin_pages:copy", args=[w.case.pk])
    data = {"new_title": "Copied case", "new_slug": "copied", "new_parent_page": w.index.pk}
    response = client.post(url, data)
    copied = CasePage.objects.filter(title="Copied case").exists()
    assert copied != refused(response), response.status_code
    return copied


def admin_api(client, w):
    response = client.get(f"/admin/api/main/pages/{w.draft.pk}/")
    if refused(response):
        return False
    assert response.status_code == 200 and response.json()["title"] == "Unpublished plan"
    return True


def translate_into(code):
    def submit_translation(client, w):
        locale = Locale.objects.get(language_code=code)
        url = reverse("wagtail_localize:submit_page_translation", args=[w.untranslated.pk])
        response = client.post(url, {"locales": [locale.pk]})
        translated = Translation.objects.filter(
            source__object_id=w.untranslated.translation_key, target_locale=locale
        ).exists()
        assert translated != refused(response), response.status_code
        # Refused: the target is still the untouched mirror of the English page.
        assert translated or in_locale(w.untranslated, code).alias_of_id == w.untranslated.pk
        return translated

    return submit_translation


def sync_and_publish(client, w):
    w.synced.title = "Tidal mill renamed"
    w.synced.save_revision().publish()
    source = TranslationSource.objects.get(object_id=w.synced.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert refused(response) or response.status_code == 302, response.status_code
    live = {live_title(in_locale(w.synced, code)) for code in ("pl", "de")}
    assert len(live) == 1, "published in one locale only"
    return live == {"Tidal mill renamed"}


def upload_document(client, w):
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Uploaded sheet", "file": SimpleUploadedFile("sheet.pdf", MINIMAL_PDF),
         "collection": Collection.get_first_root_node().pk, "language": "en"},
    )  # fmt: skip
    stored = get_document_model().objects.filter(title="Uploaded sheet").exists()
    assert stored != refused(response), response.status_code
    return stored


def download_private_document(client, w):
    response = client.get(w.private_document.url)
    if refused(response):
        return False
    assert response.status_code == 200 and response_text(response, binary=True).startswith(b"%PDF")
    return True


def report(url_name):
    def see_report(client, w):
        return shown(client.get(reverse(url_name)))

    return see_report


def import_cases(client, w):
    csv = b"title,organisation\nImported case,Coop\n"
    response = client.post(
        reverse("cases_import"),
        {"file": SimpleUploadedFile("cases.csv", csv), "action": "import"},
    )
    imported = CasePage.objects.filter(title="Imported case").exists()
    assert imported != refused(response), response.status_code
    return imported


def edit_site_settings(client, w):
    url = reverse("wagtailsettings:edit", args=["hub", "sitesettings", w.site.pk])
    if not shown(client.get(url)):
        assert refused(client.post(url, {}))
        return False
    return True


def list_users(client, w):
    """The users' list, and the bulk actions that name users (CVE-2024-35228)."""
    listed = shown(client.get(reverse("wagtailusers_users:index")))
    bulk = reverse("wagtail_bulk_action", args=["users", "user", "delete"])
    named = shown(client.get(bulk, {"id": UserFactory(username="someone-else").pk}), "someone-else")
    assert listed == named
    return listed


def translate_term(client, w):
    sdg = SDG.objects.get(locale=Locale.get_default(), number=7)
    url = reverse("wagtail_localize:submit_snippet_translation", args=["taxonomy", "sdg", sdg.pk])
    german = Locale.objects.get(language_code="de")
    # The migrations load every term's German row: take it away, so that the form has
    # something to create.
    SDG.objects.filter(translation_key=sdg.translation_key, locale=german).delete()
    response = client.post(url, {"locales": [german.pk]})
    translated = SDG.objects.filter(translation_key=sdg.translation_key, locale=german).exists()
    assert translated != refused(response), response.status_code
    return translated


# The views of wagtail-localize's translation editor, on the Polish translation of a page
# (docs/reliability.md P6): each checks edit rights on the target page.


def translation_url(name, w, *args):
    return reverse(f"wagtail_localize:{name}", args=[w.polish_translation.pk, *args])


def polish_strings(w):
    return StringTranslation.objects.filter(locale__language_code="pl").count()


def edit_string(client, w):
    segment = w.polish_translation.source.stringsegment_set.first()
    url = translation_url("edit_string_translation", w, segment.pk)
    before = polish_strings(w)
    response = client.put(url, "value=Młyn", content_type="application/x-www-form-urlencoded")
    if refused(response):
        assert polish_strings(w) == before
        return False
    assert response.status_code == 201 and polish_strings(w) == before + 1
    return True


def edit_override(client, w):
    segment = w.polish_translation.source.overridablesegment_set.get()
    url = translation_url("edit_override", w, segment.pk)
    # The source's own picture: an id that is no picture is refused for anyone (a 400).
    value = f"value={w.synced.image_id}"
    response = client.put(url, value, content_type="application/x-www-form-urlencoded")
    overridden = SegmentOverride.objects.filter(locale__language_code="pl").exists()
    assert overridden != refused(response), response.status_code
    return overridden


def download_po(client, w):
    return shown(client.get(translation_url("download_pofile", w)), "Tidal mill")


def upload_po(client, w):
    po = translated_po(w)
    response = client.post(
        translation_url("upload_pofile", w) + "?next=/admin/",
        {"file": SimpleUploadedFile("tidal-pl.po", po)},
    )
    uploaded = StringTranslation.objects.filter(data="Młyn pływowy").exists()
    assert refused(response) or response.status_code == 302, response.status_code
    return uploaded


def translated_po(w):
    """The Polish PO file of the translation with its title translated, as a translator
    would send it back."""
    po = w.polish_translation.export_po()
    for entry in po:
        if entry.msgid == "Tidal mill":
            entry.msgstr = "Młyn pływowy"
    return str(po).encode()


def machine_translate(client, w):
    before = polish_strings(w)
    response = client.post(translation_url("machine_translate", w) + "?next=/admin/")
    assert refused(response) or response.status_code == 302, response.status_code
    return polish_strings(w) > before


def preview_translation(client, w):
    return shown(client.get(translation_url("preview_translation", w)), "Tidal mill")


def stop_translation(client, w):
    response = client.post(translation_url("stop_translation", w))
    assert refused(response) or response.status_code == 302, response.status_code
    return not Translation.objects.get(pk=w.polish_translation.pk).enabled


def convert_to_alias(client, w):
    page = in_locale(w.synced, "pl")
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    assert refused(response) or response.status_code == 302, response.status_code
    return Page.objects.get(pk=page.pk).alias_of_id == w.synced.pk


ACTIONS = {
    "see a draft": see_draft,
    "preview a draft": preview_draft,
    "preview a new page": preview_new_page,
    "edit en page": edit("en"),
    "edit pl page": edit("pl"),
    "edit de page": edit("de"),
    "publish en page": publish("en"),
    "publish pl page": publish("pl"),
    "unpublish en page": unpublish,
    "page history": history,
    "compare revisions": compare_revisions,
    "copy a page": copy_page,
    "admin pages API": admin_api,
    "translate into pl": translate_into("pl"),
    "translate into de": translate_into("de"),
    "sync and publish translations": sync_and_publish,
    "translate a taxonomy term": translate_term,
    "edit a string of a pl translation": edit_string,
    "override a pl translation's picture": edit_override,
    "download a pl PO file": download_po,
    "upload a pl PO file": upload_po,
    "machine-translate a pl translation": machine_translate,
    "preview a pl translation": preview_translation,
    "stop a pl translation": stop_translation,
    "turn a pl translation into a mirror": convert_to_alias,
    "upload a document": upload_document,
    "download a private document": download_private_document,
    "downloads report": report("materials_reports:by_material"),
    "translation status report": report("translation_status"),
    "searches without results report": report("search_unanswered"),
    "import cases": import_cases,
    "edit site settings": edit_site_settings,
    "list users": list_users,
}

Y, N = True, False
# The expected answer of every cell, one row per action, one column per role in ROLES.
MATRIX = {
    #                                  anon editor moder  tr-pl  tr-de  admin
    "see a draft":                     (N,   Y,     Y,     N,     N,     Y),
    "preview a draft":                 (N,   Y,     Y,     N,     N,     Y),
    "preview a new page":              (N,   Y,     Y,     N,     N,     Y),
    "edit en page":                    (N,   Y,     Y,     N,     N,     Y),
    "edit pl page":                    (N,   Y,     Y,     Y,     N,     Y),
    "edit de page":                    (N,   Y,     Y,     N,     Y,     Y),
    "publish en page":                 (N,   N,     Y,     N,     N,     Y),
    "publish pl page":                 (N,   N,     Y,     N,     N,     Y),
    "unpublish en page":               (N,   N,     Y,     N,     N,     Y),
    "page history":                    (N,   Y,     Y,     N,     N,     Y),
    "compare revisions":               (N,   Y,     Y,     N,     N,     Y),
    "copy a page":                     (N,   Y,     Y,     N,     N,     Y),
    "admin pages API":                 (N,   Y,     Y,     N,     N,     Y),
    "translate into pl":               (N,   Y,     Y,     Y,     N,     Y),
    "translate into de":               (N,   Y,     Y,     N,     Y,     Y),
    "sync and publish translations":   (N,   N,     Y,     N,     N,     Y),
    "translate a taxonomy term":       (N,   N,     Y,     N,     Y,     Y),  # into German
    "edit a string of a pl translation": (N, Y,     Y,     Y,     N,     Y),
    "override a pl translation's picture": (N, Y,   Y,     Y,     N,     Y),
    "download a pl PO file":           (N,   Y,     Y,     Y,     N,     Y),
    "upload a pl PO file":             (N,   Y,     Y,     Y,     N,     Y),
    "machine-translate a pl translation": (N, Y,    Y,     Y,     N,     Y),
    "preview a pl translation":        (N,   Y,     Y,     Y,     N,     Y),
    "stop a pl translation":           (N,   Y,     Y,     Y,     N,     Y),
    "turn a pl translation into a mirror": (N, Y,   Y,     Y,     N,     Y),
    "upload a document":               (N,   Y,     Y,     Y,     Y,     Y),
    "download a private document":     (N,   Y,     Y,     N,     N,     Y),
    "downloads report":                (N,   Y,     Y,     Y,     Y,     Y),
    "translation status report":       (N,   Y,     Y,     Y,     Y,     Y),
    "searches without results report": (N,   Y,     Y,     Y,     Y,     Y),
    "import cases":                    (N,   Y,     Y,     N,     N,     Y),
    "edit site settings":              (N,   N,     N,     N,     N,     Y),
    "list users":                      (N,   N,     N,     N,     N,     Y),
}  # fmt: skip
assert MATRIX.keys() == ACTIONS.keys()


@contextmanager
def undone(world):
    """Run one action and undo it, so every action of a role starts from the same world
    (building it once per role keeps the matrix fast)."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
    cache.clear()  # Wagtail keeps site root paths there
    for page in (world.draft, world.untranslated, world.synced, *world.pages.values()):
        page.refresh_from_db()
    world.polish_translation.refresh_from_db()


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role):
    login(client, role)
    wrong = []
    for action, row in MATRIX.items():
        expected = row[ROLES.index(role)]
        with undone(world):
            try:
                allowed = ACTIONS[action](client, world)
            except AssertionError as error:
                wrong.append(f"{action}: {error}")
                continue
        if allowed is not expected:
            wrong.append(f"{action}: {'allowed' if allowed else 'refused'}")
    assert not wrong, f"{role}: " + "; ".join(wrong)


def test_sync_needs_rights_on_every_translation(client, world):
    """An editor of the English tree alone, who may publish there, cannot rewrite or publish
    the Polish and German translations by syncing them (docs/reliability.md P5, takeaway 3)."""
    english_home = world.index.get_parent()
    publishers = Group.objects.create(name="Publishers (en)")
    publishers.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "submit_translation"])
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=publishers,
            page=english_home,
            permission=Permission.objects.get(codename=codename),
        )
    client.force_login(member_of("Publishers (en)"))
    polish = in_locale(world.synced, "pl")
    revisions = polish.revisions.count()
    assert sync_and_publish(client, world) is False
    assert in_locale(world.synced, "pl").revisions.count() == revisions
    source = TranslationSource.objects.get(object_id=world.synced.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert refused(client.post(url))  # nor without publishing: it would rewrite them


def page_urls():
    """Every admin URL that names one page and nothing else, found in the URLconf, so a
    view added later is tried too (docs/reliability.md P1)."""
    found = {}

    def walk(resolver, namespace=None):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(entry, ":".join(filter(None, [namespace, entry.namespace])) or None)
            elif entry.name and set(entry.pattern.regex.groupindex) <= PAGE_ARGUMENTS:
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                if len(entry.pattern.regex.groupindex) == 1 and name.startswith(ADMIN_VIEWS):
                    found[name] = entry

    walk(get_resolver())
    return sorted(found)


PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id"}
ADMIN_VIEWS = ("wagtailadmin", "wagtail_localize:", "hub_")
# Views open to any CMS account by design, with the reason.
OPEN_BY_DESIGN = {
    # Wagtail's page chooser browses the whole tree: choosing is not a security boundary.
    "wagtailadmin_choose_page_child",
    # The translation form: a translator translates English pages into their own
    # language (a locale they may not edit is refused when posted, see the matrix).
    "wagtail_localize:submit_page_translation",
    "hub_submit_page_translation",
}
# A dialog asking to confirm cancelling a workflow: it shows nothing of the page, and
# the cancellation itself is checked by the edit view.
SHOWS_NOTHING = {"wagtailadmin_pages:confirm_workflow_cancellation"}


@pytest.mark.parametrize("name", page_urls())
def test_admin_views_of_a_page_refuse_a_translator_outside_their_tree(client, world, name):
    client.force_login(member_of(*GROUPS["translator_pl"]))
    url = reverse(name, args=[world.draft.pk])
    response = client.get(url)
    if response.status_code == 405:  # a view that only takes POST
        response = client.post(url)
    if name in OPEN_BY_DESIGN:
        assert response.status_code == 200
    elif name in SHOWS_NOTHING:
        assert response.status_code == 200 and "Unpublished plan" not in response_text(response)
    elif not refused(response):
        # Sent on to another view (the explorer to the translator's own tree, revisions
        # to the history): that one must refuse or show nothing of the draft.
        assert response.status_code == 302, response.status_code
        final = client.get(response["Location"], follow=True)
        assert "Unpublished plan" not in response_text(final)


@pytest.mark.parametrize(
    "chooser, factory, codename",
    [
        ("wagtaildocs_chooser:chosen", DocumentFactory, "choose_document"),
        ("wagtailimages_chooser:chosen", ImageFactory, "choose_image"),
    ],
    ids=["document", "image"],
)
def test_choosers_refuse_items_of_collections_the_user_may_not_choose_from(
    client, chooser, factory, codename
):
    """docs/reliability.md P9 (CVE-2026-54259). Privacy does not rest on this: restricted
    documents are kept from visitors by collection privacy (see the matrix and
    test_no_leaks)."""
    root = Collection.get_first_root_node()
    board, shared = root.add_child(name="Board"), root.add_child(name="Shared")
    group = Group.objects.create(name="Shared pictures and documents")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group, collection=shared, permission=Permission.objects.get(codename=codename)
    )
    client.force_login(member_of(group.name))
    assert refused(client.get(reverse(chooser, args=[factory(collection=board).pk])))
    assert client.get(reverse(chooser, args=[factory(collection=shared).pk])).status_code == 200


def test_no_group_may_manage_users_or_groups():
    """Only superusers manage accounts: no group holds a permission on users or groups,
    and none may change the groups' permissions (docs/reliability.md P12; the hub has no
    "Site admins" group, its administrators are superusers)."""
    accounts = ContentType.objects.get_for_models(get_user_model(), Group).values()
    held = Permission.objects.filter(content_type__in=accounts, group__isnull=False)
    assert list(held.values_list("group__name", "codename")) == []


def test_privacy_offers_login_and_groups_but_no_shared_password(client, world, settings):
    """docs/reliability.md P13: a shared password is neither offered nor accepted, for pages or
    for collections."""
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    login(client, "admin")
    collection = Collection.get_first_root_node().add_child(name="Workshop drafts")
    for url, restrictions in [
        (reverse("wagtailadmin_pages:set_privacy", args=[world.case.pk]), PageViewRestriction),
        (reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
         CollectionViewRestriction),
    ]:  # fmt: skip
        form = client.get(url).json()["html"]  # the privacy dialog
        assert 'value="login"' in form and 'value="groups"' in form
        assert 'value="password"' not in form
        client.post(url, {"restriction_type": "password", "password": "a-shared-secret"})
        assert not restrictions.objects.filter(restriction_type="password").exists()


def test_login_restricted_pages_are_private_to_the_browser_and_never_shared(
    client, case_index, settings
):
    """docs/reliability.md P14, with the page cache on: the login redirect and the page a member
    sees say private/no-store, and the next visitor is sent to log in, not served the
    member's copy (tests/caching covers password-protected pages)."""
    settings.HUB_PAGE_CACHE_SECONDS = 300
    cache.clear()
    page = CasePageFactory(parent=case_index, title="Members' case")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    directives = {"no-cache", "no-store", "must-revalidate", "private"}

    def cache_control(response):
        return {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}

    anonymous = client.get(page.url)
    assert refused(anonymous) and directives <= cache_control(anonymous)
    assert "ETag" not in anonymous
    client.force_login(UserFactory())
    member = client.get(page.url)
    assert member.status_code == 200 and "Members&#x27; case" in response_text(member)
    assert directives <= cache_control(member) and "X-Cache" not in member
    client.logout()
    assert refused(client.get(page.url))
