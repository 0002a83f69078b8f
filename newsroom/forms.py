"""Forms of the site as a whole, outside any one app."""

from django.contrib.admin import forms as admin_forms
from django.contrib.auth import authenticate
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError


class OldPasswordCheckedAsSignInMixin:
    """Checks the old password of a password change as a sign-in checks one, through the authentication
    backends: a wrong one counts towards the sign-in limit, and while the name is paused from this
    address none is checked. Django's own form asks the account directly, which would let someone
    at a browser left signed in try passwords here at will, however many times sign-in was paused.

    Needs the request, which the limit counts by its address."""

    def __init__(self, user, *args, request, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if authenticate(self.request, username=self.user.get_username(), password=old_password) is None:
            raise ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return old_password


class PasswordChangeForm(OldPasswordCheckedAsSignInMixin, auth_forms.PasswordChangeForm):
    pass


class AdminPasswordChangeForm(OldPasswordCheckedAsSignInMixin, admin_forms.AdminPasswordChangeForm):
    pass
