from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "hub.images"
    label = "images"
    verbose_name = "Images"
