"""The admin application, with the newsroom's own site. Kept apart from the site, which imports the
admin's models, because app configs are imported before any model may be."""

from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    """django.contrib.admin, with `admin.site` the newsroom's site (newsroom.admin_site)."""

    default_site = "newsroom.admin_site.NewsroomAdminSite"
