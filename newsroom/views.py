"""Views of the site as a whole, outside any one app."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import render


class LogoutView(auth_views.LogoutView):
    """Signs out on POST only, as Django requires (a link or a crawler must not sign anyone out). A GET,
    from a typed or bookmarked address, asks with a button instead of answering 405."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You have signed out.")
        return response
