from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    name = "hub.materials"
    label = "materials"
    verbose_name = "Open-access materials"
