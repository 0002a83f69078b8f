"""Two people editing the same article through the web pages: the first save wins, nothing is lost."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_article(reporter, other_reporter, desk):
    return ArticleFactory(author=reporter, desk=desk, co_authors=[other_reporter])


def open_edit_page(user, article):
    client = Client()
    client.force_login(user)
    response = client.get(reverse("articles:edit", args=[article.pk]))
    assert response.status_code == 200
    return client, dict(response.context["form"].initial)


def form_data(initial, **changes):
    data = {key: initial[key] for key in ("headline", "standfirst", "body", "base_version")}
    data.update(note="", deadline="", co_authors=[user.pk for user in initial["co_authors"]])
    data.update(changes)
    return data


def test_second_save_on_the_same_version_is_refused_with_a_diff_and_the_text_kept(
    reporter, other_reporter, shared_article
):
    url = reverse("articles:edit", args=[shared_article.pk])
    rita, rita_form = open_edit_page(reporter, shared_article)
    oscar, oscar_form = open_edit_page(other_reporter, shared_article)
    assert rita_form["base_version"] == oscar_form["base_version"] == 1

    first = rita.post(url, form_data(rita_form, body=rita_form["body"].replace("9-4", "10-3"), note="Vote fix"))
    assert first.status_code == 302

    oscar_body = rita_form["body"] + "\n\nThe library opens in 2027."
    second = oscar.post(url, form_data(oscar_form, body=oscar_body, note="Added opening date"))

    assert second.status_code == 409
    content = second.content.decode()
    assert "Someone else saved this article" in content
    assert "Your text has not been saved" in content
    form = second.context["form"]
    assert form["body"].value() == oscar_body
    assert form["note"].value() == "Added opening date"
    assert form["base_version"].value() == "2"
    assert "<del>9-4</del>" in content and "<ins>10-3</ins>" in content
    shared_article.refresh_from_db()
    assert shared_article.version == 2
    assert "10-3" in shared_article.body
    assert "2027" not in shared_article.body
    assert list(shared_article.revisions.values_list("number", "created_by__username")) == [
        (2, "rita"),
        (1, "rita"),
    ]

    # Having read the diff, Oscar merges Rita's fix into his text and saves on purpose.
    merged = oscar_body.replace("9-4", "10-3")
    third = oscar.post(url, form_data(oscar_form, body=merged, note="Merged", base_version=2))

    assert third.status_code == 302
    shared_article.refresh_from_db()
    assert shared_article.version == 3
    assert shared_article.body == merged
    assert shared_article.revisions.get(number=3).created_by == other_reporter


def test_a_stale_form_stays_refused_until_it_is_based_on_the_current_version(
    reporter, other_reporter, shared_article
):
    url = reverse("articles:edit", args=[shared_article.pk])
    rita, rita_form = open_edit_page(reporter, shared_article)
    oscar, oscar_form = open_edit_page(other_reporter, shared_article)

    rita.post(url, form_data(rita_form, headline="First headline"))
    rita.post(url, form_data(rita_form, headline="Second headline", base_version=2))
    refused_again = oscar.post(url, form_data(oscar_form, headline="Oscar's headline"))

    assert refused_again.status_code == 409
    # The diff runs from the version Oscar opened to the one now stored.
    assert refused_again.context["conflict"].base_version == 1
    assert "<ins>Second" in refused_again.content.decode()
    shared_article.refresh_from_db()
    assert (shared_article.headline, shared_article.version) == ("Second headline", 3)


def test_a_conflict_on_long_copy_shows_the_change_and_leaves_out_what_did_not_change(reporter, desk):
    paragraphs = [f"Paragraph {n}: the council met again and talked at length about roads and bins." for n in range(30)]
    shared_article = ArticleFactory(author=reporter, desk=desk, body="\n\n".join(paragraphs))
    url = reverse("articles:edit", args=[shared_article.pk])
    first_tab, first_form = open_edit_page(reporter, shared_article)
    second_tab, second_form = open_edit_page(reporter, shared_article)
    changed = first_form["body"].replace("Paragraph 24: the council met", "Paragraph 24: the council met 4,350 times")
    assert first_tab.post(url, form_data(first_form, body=changed)).status_code == 302

    refused = second_tab.post(url, form_data(second_form, body=second_form["body"] + "\n\nMore."))

    content = refused.content.decode()
    assert refused.status_code == 409
    assert "You saved this article in another window" in content and "Someone else saved" not in content
    assert "<ins>4,350 times </ins>" in content or "<ins>4,350 times</ins>" in content
    assert "unchanged paragraphs" in content and "Paragraph 3:" not in content.split("edit-conflict", 1)[1].split("</section>", 1)[0]


def test_a_save_sent_twice_is_saved_once_and_said_to_be_saved_not_in_conflict(reporter, shared_article):
    # The network seemed to drop after Save, so the reporter pressed it again: the first send had
    # been saved, and the second carries the same text based on the version before it.
    url = reverse("articles:edit", args=[shared_article.pk])
    rita, rita_form = open_edit_page(reporter, shared_article)
    update = form_data(rita_form, body=rita_form["body"] + "\n\nUpdate: 41 people have died.", note="Toll")
    assert rita.post(url, update).status_code == 302

    again = rita.post(url, update, follow=True)

    content = again.content.decode()
    assert again.status_code == 200 and again.redirect_chain[-1][0] == shared_article.get_absolute_url()
    assert "This text is already saved: you saved it as revision 2" in content
    assert "Your text has not been saved" not in content and "another window" not in content
    shared_article.refresh_from_db()
    assert shared_article.version == 2
    assert shared_article.revisions.count() == 2


def test_a_save_sent_again_with_something_else_changed_is_still_a_conflict(reporter, shared_article):
    url = reverse("articles:edit", args=[shared_article.pk])
    rita, rita_form = open_edit_page(reporter, shared_article)
    update = form_data(rita_form, body=rita_form["body"] + "\n\nUpdate: 41 people have died.")
    rita.post(url, update)

    with_a_co_author_dropped = rita.post(url, {**update, "co_authors": []})

    assert with_a_co_author_dropped.status_code == 409
    assert shared_article.co_authors.count() == 1
