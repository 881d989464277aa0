from django.apps import AppConfig


class ToolkitsConfig(AppConfig):
    name = "toolkits"
