from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Our own user model from the first migration, so fields (for example a partner
    organisation) can be added later without swapping the model."""

    class Meta:
        db_table = "users_user"
