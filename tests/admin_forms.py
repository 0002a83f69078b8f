"""What a browser posts back from the Article admin's change form, and the admin's article addresses."""

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

CHANGELIST = reverse("admin:articles_article_changelist")
REVIEW_QUEUE = reverse("admin:articles_reviewqueuearticle_changelist")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]

_EDITABLE = ["headline", "standfirst", "body", "base_version", "assigned_editor"]


def article_change_form_data(client, article, **overrides):
    """The change form's current values as `client` sees them, with `overrides` typed in.

    Fields the form shows read-only (all copy, once published) are left out, as a browser would.
    """
    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {"note": "", "deadline_0": "", "deadline_1": ""}
    for name in _EDITABLE:
        if name in form.fields:
            data[name] = form[name].value() if form[name].value() is not None else ""
    if "embargo_until" in form.fields:
        embargo = form["embargo_until"].value()
        local = timezone.localtime(embargo) if embargo else None
        data["embargo_until_0"] = local.strftime("%Y-%m-%d") if local else ""
        data["embargo_until_1"] = local.strftime("%H:%M:%S") if local else ""
    if "co_authors" in form.fields:
        data["co_authors"] = form["co_authors"].value() or []
    for inline in response.context["inline_admin_formsets"]:
        for field in inline.formset.management_form:
            data[field.html_name] = field.value()
    data.update(overrides)
    return data
