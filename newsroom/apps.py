"""App configs of the newsroom's own for applications it installs. Kept apart from what they name,
because app configs are imported before any model may be."""

from axes.apps import AppConfig as AxesConfig
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    """django.contrib.admin, with `admin.site` the newsroom's site (newsroom.admin_site)."""

    default_site = "newsroom.admin_site.NewsroomAdminSite"


class SignInLimitConfig(AxesConfig):
    """django-axes, under a name that says what it is for where the admin lists it."""

    verbose_name = "Sign-in limit"
