"""Collections with view restrictions are reached only by grants made on them or inside
them (issue 26): a grant on the root collection, as the migrations give Editors and
Translators, does not let them see, choose, edit, move or upload documents and images
in a restricted collection, so nobody can publish a restricted file by moving it."""

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission
from wagtail.permissions import policy_registry

import pytest

from hub.factories import ImageFactory, UserFactory
from hub.materials.factories import MINIMAL_PDF, DocumentFactory
from tests.utils import member_of, refused, response_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def root():
    return Collection.get_first_root_node()


@pytest.fixture
def partners(root):
    """A collection only Editors and Moderators may download from, as in the matrix of
    tests/security/test_permissions.py."""
    collection = root.add_child(name="Partners only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=["Editors", "Moderators"]))
    return collection


def grant(group_name, collection, codename):
    """What an administrator does on the group's page: a permission on one collection."""
    GroupCollectionPermission.objects.create(
        group=Group.objects.get(name=group_name),
        collection=collection,
        permission=Permission.objects.get(codename=codename),
    )


def edit_document(client, document, collection):
    return client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": document.title, "collection": collection.pk, "language": "en"},
    )


def edit_image(client, image, collection):
    return client.post(
        f"/admin/images/{image.pk}/",
        {"title": image.title, "collection": collection.pk, "credit": "Demo photographer"},
    )


def test_an_editor_cannot_publish_a_restricted_document_by_moving_it(client, root, partners):
    document = DocumentFactory(title="Partner budget", collection=partners)
    client.force_login(member_of("Editors"))
    assert refused(edit_document(client, document, root))
    document.refresh_from_db()
    assert document.collection == partners
    client.logout()
    assert refused(client.get(document.url))


def test_an_editor_cannot_move_a_public_document_into_a_restricted_collection(
    client, root, partners
):
    document = DocumentFactory(title="Public worksheet")
    client.force_login(member_of("Editors"))
    edit_document(client, document, partners)  # not among the form's choices
    document.refresh_from_db()
    assert document.collection == root


def test_an_editor_cannot_move_images_out_of_or_into_a_restricted_collection(
    client, root, partners
):
    restricted, public = ImageFactory(collection=partners), ImageFactory()
    client.force_login(member_of("Editors"))
    assert refused(edit_image(client, restricted, root))
    edit_image(client, public, partners)
    restricted.refresh_from_db(), public.refresh_from_db()
    assert (restricted.collection, public.collection) == (partners, root)


def test_nor_by_the_listings_bulk_action(client, root, partners):
    document = DocumentFactory(title="Partner budget", collection=partners)
    client.force_login(member_of("Editors"))
    url = reverse("wagtail_bulk_action", args=["materials", "hubdocument", "add_to_collection"])
    client.post(f"{url}?id={document.pk}", {"collection": root.pk})
    document.refresh_from_db()
    assert document.collection == partners


def test_an_administrators_grant_on_the_restricted_collection_reaches_it(client, root, partners):
    document = DocumentFactory(title="Partner budget", collection=partners)
    grant("Editors", partners, "change_document")
    client.force_login(member_of("Editors"))
    response = edit_document(client, document, root)
    assert response.status_code == 302, response_text(response)[:2000]
    document.refresh_from_db()
    assert document.collection == root


def test_the_editors_listing_leaves_out_restricted_documents(client, partners):
    DocumentFactory(title="Partner budget", collection=partners)
    DocumentFactory(title="Public worksheet")
    client.force_login(member_of("Editors"))
    listing = response_text(client.get("/admin/documents/"))
    assert "Public worksheet" in listing and "Partner budget" not in listing
    DocumentFactory(title="Public budget")
    found = response_text(client.get("/admin/documents/", {"q": "budget"}))
    assert "Public budget" in found and "Partner budget" not in found
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert "Partner budget" in response_text(client.get("/admin/documents/"))


def test_a_translator_neither_sees_nor_writes_into_a_restricted_collection(
    client, translator, partners
):
    document = DocumentFactory(title="Partner budget", collection=partners)
    DocumentFactory(title="Public budget")
    image = ImageFactory(collection=partners)
    client.force_login(translator)
    assert refused(client.get(reverse("wagtaildocs_chooser:chosen", args=[document.pk])))
    assert refused(client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk])))
    found = response_text(client.get("/admin/documents/chooser/", {"q": "budget"}))
    assert "Public budget" in found and "Partner budget" not in found
    assert document.url not in found
    client.post(
        "/admin/documents/add/",
        {"title": "Smuggled sheet", "file": SimpleUploadedFile("sheet.pdf", MINIMAL_PDF),
         "collection": partners.pk, "language": "pl"},
    )  # fmt: skip
    # Not a choice of the form: stored, if at all, where the translator may upload.
    assert not get_document_model().objects.filter(collection=partners, title="Smuggled sheet")


def test_a_grant_inside_a_restricted_collection_reaches_that_far_only(partners):
    """Granted on a sub-collection of a restricted one: that sub-collection and below, not
    the restricted collection above it nor a restricted one further down."""
    minutes = partners.add_child(name="Minutes")
    board = minutes.add_child(name="Board only")
    CollectionViewRestriction.objects.create(collection=board, restriction_type="login")
    public = Collection.get_first_root_node().add_child(name="Worksheets")
    grant("Translators (pl)", minutes, "change_document")
    user = member_of("Translators (pl)")
    policy = policy_registry.get_by_type(get_document_model())
    reached = set(policy.collections_user_has_permission_for(user, "change"))
    assert minutes in reached and public in reached  # public: the migrations' root grant
    assert partners not in reached and board not in reached
    assert policy.user_has_permission_for_instance(
        user, "change", DocumentFactory(collection=minutes)
    )
    restricted = DocumentFactory(collection=board)
    assert not policy.user_has_permission_for_instance(user, "change", restricted)
    assert user not in policy.users_with_any_permission_for_instance(["change"], restricted)


def test_images_follow_the_same_rule(partners):
    editor = member_of("Editors")
    policy = policy_registry.get_by_type(get_image_model())
    assert not policy.user_has_permission_for_instance(
        editor, "choose", ImageFactory(collection=partners)
    )
    assert policy.user_has_permission_for_instance(editor, "choose", ImageFactory())
    assert partners not in policy.collections_user_has_permission_for(editor, "add")
