from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "hub.users"
    label = "users"
    verbose_name = "Users"
