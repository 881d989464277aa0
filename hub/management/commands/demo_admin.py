from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "impact-hub-demo"  # noqa: S105 - printed on purpose, dev settings only


class Command(BaseCommand):
    help = "Create the demo admin account (development settings only) and say how to log in."

    def handle(self, *args, **options):
        if not settings.HUB_DEMO_ADMIN:
            raise CommandError(
                "The demo admin account exists only under development settings "
                "(hub.settings.dev); create real accounts with `createsuperuser`."
            )
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        login_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        if created or user.check_password(PASSWORD):
            self.stdout.write(
                self.style.SUCCESS(f"Log in at {login_url} as '{USERNAME}' with '{PASSWORD}'.")
            )
        else:
            self.stdout.write(f"Log in at {login_url} as '{USERNAME}' with the password you set.")
