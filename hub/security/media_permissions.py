"""Who may do what with documents and images: Wagtail's collection permissions, except
that a grant does not reach into a collection with view restrictions below it.

Editors and translators hold their permissions on the root collection (the migrations),
which in Wagtail reaches every collection; an editor could then move a document out of
a restricted collection and so publish it, and a translator could choose restricted
documents and upload into restricted collections. Here a grant reaches its collection
and everything below it but stops at a restricted collection further down: that one
(and what lies below it) needs a grant made on it or inside it, by an administrator.

Registered in Wagtail's policy registry (hub.apps), so Wagtail's own views, choosers,
listings and the forms' collection choices follow it."""

from django.contrib.auth import get_permission_codename
from django.db.models import Q

from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model, get_image_model_string
from wagtail.models import Collection
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from hub.security.public import restricted_collection_paths


def known_actions(actions):
    """The actions Wagtail's ownership policy knows, "delete" counting as "change"."""
    known = set(actions) & {"add", "choose", "change"}
    if "delete" in actions:
        known.add("change")
    return known


class RestrictedCollectionsPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for documents and images, with grants stopping at restricted
    collections below them. Superusers, anonymous users and actions Wagtail does not
    know are left to Wagtail's answer, which this policy only narrows."""

    def grants(self, user, actions):
        """The user's collection grants of any of `actions` on this model."""
        codenames = {get_permission_codename(action, self.auth_model._meta) for action in actions}
        return [
            grant
            for grant in self.get_cached_permissions_for_user(user)
            if grant.permission.codename in codenames
        ]

    def reach(self, user, actions):
        """A Q on collections: those the user's grants of any of `actions` reach."""
        restricted = restricted_collection_paths()
        reached = Q(pk__in=[])
        for grant in self.grants(user, actions):
            top = grant.collection.path
            section = Q(path__startswith=top)
            for path in restricted:
                if path.startswith(top) and path != top:
                    section &= ~Q(path__startswith=path)
            reached |= section
        return reached

    def collections_reached(self, user, actions):
        return list(Collection.objects.filter(self.reach(user, actions)))

    def reaches(self, user, actions, collection):
        """Whether a grant of any of `actions` reaches `collection`."""
        restricted = restricted_collection_paths()
        for grant in self.grants(user, actions):
            top = grant.collection.path
            if collection.path.startswith(top) and not any(
                path.startswith(top) and path != top and collection.path.startswith(path)
                for path in restricted
            ):
                return True
        return False

    def narrows(self, user):
        return user.is_active and user.is_authenticated and not user.is_superuser

    def collections_user_has_any_permission_for(self, user, actions):
        collections = super().collections_user_has_any_permission_for(user, actions)
        if not self.narrows(user):
            return collections
        known = known_actions(actions)
        if "change" in known:  # "add" lets the owner change, as in Wagtail's policy
            known.add("add")
        return collections.filter(self.reach(user, known))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        allowed = super().user_has_any_permission_for_instance(user, actions, instance)
        if not allowed or not self.narrows(user):
            return allowed
        known = known_actions(actions)
        if "change" in known and getattr(instance, self.owner_field_name) == user:
            known.add("add")
        return self.reaches(user, known, instance.collection)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not self.narrows(user):
            return instances
        # By collection, not by its path: search backends filter on the collection only.
        known = known_actions(actions) & {"choose", "change"}
        reached = Q(collection__in=self.collections_reached(user, known))
        if "change" in known:
            owned = Q(**{self.owner_field_name: user})
            reached |= Q(collection__in=self.collections_reached(user, ["add"])) & owned
        return instances.filter(reached)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = super().users_with_any_permission_for_instance(actions, instance)
        allowed = [
            user.pk
            for user in users
            if self.user_has_any_permission_for_instance(user, actions, instance)
        ]
        return users.filter(pk__in=allowed)


def visible_documents(user):
    """The documents `user` may see in the admin: those they may choose or change under
    the documents' policy (the reports, the form's "Translation of" choices)."""
    policy = policy_registry.get_by_type(get_document_model())
    return policy.instances_user_has_any_permission_for(user, ["choose", "change"])


def register():
    """Put the policies in Wagtail's registry for the hub's document and image models.
    exact_class: they win over the policies Wagtail's apps register in their ready(),
    which run after the hub's."""
    register_permission_policy(
        get_document_model(),
        RestrictedCollectionsPolicy(
            get_document_model_string(),
            auth_model="wagtaildocs.Document",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )
    register_permission_policy(
        get_image_model(),
        RestrictedCollectionsPolicy(
            get_image_model_string(),
            auth_model="wagtailimages.Image",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )
