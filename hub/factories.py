"""Factories for the hub's own models, used by tests and by `seed_demo`. Texts are fixed
or numbered, never random words: a random word can match a search test's query."""

from django.contrib.auth import get_user_model

from wagtail.images import get_image_model
from wagtail.models import Collection

import factory
import wagtail_factories

from hub.models import HomePage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "IMPACT hub"
    intro = "Open-access cases, methods and course modules."

    class Meta:
        model = HomePage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    credit = "Demo photographer"
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_image_model()
