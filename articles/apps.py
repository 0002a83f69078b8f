from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Editorial"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .kept_copy import forget_what_someone_else_typed

        user_logged_in.connect(forget_what_someone_else_typed, dispatch_uid="articles.forget_what_someone_else_typed")
