"""The reporter's pages as someone who uses a screen reader and the keyboard meets them."""

import re

import pytest
from django.urls import reverse

from articles import services
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def accessible_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)).strip()


def test_each_workflow_box_names_its_step(client, reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Bridge reopens")
    client.force_login(reporter)

    html = client.get(article.get_absolute_url()).content.decode()

    label = re.search(r'<label [^>]*for="comment-submit"[^>]*>(.*?)</label>', html, re.S).group(1)
    assert accessible_text(label) == "Submit for review: Note (optional)"


def test_the_actions_of_each_row_of_my_drafts_name_their_article(client, reporter, desk):
    ArticleFactory(author=reporter, desk=desk, headline="Bridge reopens")
    client.force_login(reporter)

    html = client.get(reverse("articles:my_drafts")).content.decode()

    links = [accessible_text(text) for text in re.findall(r"<a [^>]*btn-sm[^>]*>(.*?)</a>", html, re.S)]
    assert links == ["Edit “Bridge reopens”", "History of “Bridge reopens”"]


def test_each_restore_button_names_its_revision(client, reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Bridge reopens", body="It opens on Monday.")
    services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version,
        headline=article.headline, standfirst=article.standfirst, body="It opens on Tuesday.",
    )
    client.force_login(reporter)

    html = client.get(reverse("articles:revisions", args=[article.pk])).content.decode()

    buttons = [accessible_text(text) for text in re.findall(r"<button [^>]*>(.*?)</button>", html, re.S)]
    assert "Restore this text (revision 1)" in buttons
