"""Sign-in pauses with two limits (django-axes): AXES_FAILURE_LIMIT wrong passwords for
one account from one address, and HUB_ADDRESS_FAILURE_LIMIT from one address across all
accounts, against password spraying (one password tried on every account).

axes counts each combination of AXES_LOCKOUT_PARAMETERS ([account and address, address])
but compares the largest count with a single limit; this handler, named by AXES_HANDLER,
reads the address's count against its own, higher limit."""

from django.conf import settings
from django.db.models import Sum

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit


class AccountAndAddressHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """The account's failures from this address; once the address has reached its
        own limit across accounts, as many as pause it. request.hub_address_paused_after
        holds that limit then (None otherwise), so the page says which limit was reached."""
        account, address = (
            attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        limit = settings.HUB_ADDRESS_FAILURE_LIMIT
        request.hub_address_paused_after = limit if address >= limit else None
        if request.hub_address_paused_after:
            return max(account, get_failure_limit(request, credentials))
        return account

    def reset_user_attempts(self, request, credentials=None):
        """A sign-in clears the account's failures from the address, not the address's
        others: signing into one's own account must not restart a spray's count."""
        account_from_address = self.filter_user_attempts(request, credentials)[0]
        deleted, _by_model = account_from_address.delete()
        return deleted
