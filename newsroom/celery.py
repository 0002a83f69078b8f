import os

from celery import Celery

from . import broker  # noqa: F401  (registers the Redis transport that survives a Redis restart)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.base")

app = Celery("newsroom")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
