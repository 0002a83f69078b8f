"""The newsroom's admin site: Django's own, with a password change that counts towards the sign-in limit."""

from django.contrib import admin
from django.urls import reverse

from newsroom.forms import AdminPasswordChangeForm
from newsroom.views import PasswordChangeView


class NewsroomAdminSite(admin.AdminSite):
    def password_change(self, request, extra_context=None):
        """Django's page, with the form that checks the old password as a sign-in does
        (newsroom.forms.OldPasswordCheckedAsSignInMixin). Django's own builds its form in place, so
        the page is built here the same way."""
        options = {
            "form_class": AdminPasswordChangeForm,
            "success_url": reverse("admin:password_change_done", current_app=self.name),
            "extra_context": {**self.each_context(request), **(extra_context or {})},
        }
        if self.password_change_template is not None:
            options["template_name"] = self.password_change_template
        request.current_app = self.name
        return PasswordChangeView.as_view(**options)(request)

