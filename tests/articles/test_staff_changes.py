"""People leave the newsroom or change role: the articles they wrote keep their names."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article
from tests.admin_forms import article_change_form_data
from tests.factories import ArticleFactory, UserFactory, move_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def co_written(reporter, other_reporter, desk):
    return ArticleFactory(author=reporter, desk=desk, co_authors=[other_reporter])


def _leaves(person):
    person.is_active = False
    person.save(update_fields=["is_active"])


def _becomes_editor(person):
    person.groups.set([Group.objects.get(name="Editor")])
    person.is_staff = True
    person.save(update_fields=["is_staff"])


def _selected_co_authors(page: str) -> list[str]:
    """The co-authors a browser sends back: the options of the co-author box shown selected."""
    box = re.search(r'<select name="co_authors".*?</select>', page, re.S).group(0)
    return re.findall(r'<option value="(\d+)"[^>]*selected', box)


@pytest.mark.parametrize("change", [_leaves, _becomes_editor], ids=["deactivated", "promoted to editor"])
def test_saving_the_copy_on_the_web_keeps_a_co_author_who_left_or_changed_role(client, reporter, other_reporter, co_written, change):
    change(other_reporter)
    client.force_login(reporter)
    url = reverse("articles:edit", args=[co_written.pk])
    page = client.get(url).content.decode()

    client.post(url, {
        "headline": co_written.headline, "standfirst": co_written.standfirst, "body": "A new paragraph.",
        "co_authors": _selected_co_authors(page), "base_version": co_written.version, "note": "", "deadline": "",
    })

    article = Article.objects.get(pk=co_written.pk)
    assert article.version == 2
    assert list(article.co_authors.all()) == [other_reporter]


def test_the_web_edit_form_marks_a_co_author_whose_account_is_deactivated(client, reporter, other_reporter, co_written):
    _leaves(other_reporter)
    client.force_login(reporter)

    page = client.get(reverse("articles:edit", args=[co_written.pk])).content.decode()

    assert f"{other_reporter.get_full_name()} ({other_reporter.get_username()}, deactivated)" in page


def test_a_new_draft_offers_no_reporter_who_left_as_co_author(client, reporter, other_reporter, desk):
    _leaves(other_reporter)
    client.force_login(reporter)

    field = client.get(reverse("articles:create")).context["form"].fields["co_authors"]

    assert other_reporter not in field.queryset


@pytest.mark.parametrize("change", [_leaves, _becomes_editor], ids=["deactivated", "promoted to editor"])
def test_saving_the_copy_in_the_admin_keeps_a_co_author_who_left_or_changed_role(client, editor, other_reporter, co_written, change):
    change(other_reporter)
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[co_written.pk])
    data = article_change_form_data(client, co_written, body="A sub-edited body.")
    data["co_authors"] = _selected_co_authors(client.get(url).content.decode())

    client.post(url, data)

    article = Article.objects.get(pk=co_written.pk)
    assert article.version == 2
    assert list(article.co_authors.all()) == [other_reporter]


# --- Accounts not set up for a role ------------------------------------------------------------------


def test_someone_signed_in_with_no_role_is_told_to_ask_for_one(client):
    newcomer = UserFactory(username="nina")
    client.force_login(newcomer)

    response = client.get(reverse("articles:home"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("articles:public_index")
    assert "has no role in the newsroom yet" in response.content.decode()


def test_an_editor_without_staff_status_is_told_why_the_admin_is_not_theirs(client):
    editor = UserFactory(username="ed", role="Editor", is_staff=False)
    client.force_login(editor)

    response = client.get(reverse("articles:home"), follow=True)

    assert "Staff status" in response.content.decode()


def test_a_reader_of_the_news_is_told_nothing(client):
    assert "no role" not in client.get(reverse("articles:home")).content.decode()


# --- The admin's list of people ----------------------------------------------------------------------


def test_the_admins_list_of_people_shows_each_ones_role_and_who_has_left(client, reporter, editor, fact_checker):
    _leaves(reporter)
    UserFactory(username="newcomer")
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))

    response = client.get(reverse("admin:auth_user_changelist"))

    page = response.content.decode()
    assert "Role" in page and "Active" in page
    people = [(reporter, "Reporter"), (editor, "Editor"), (fact_checker, "Fact-checker")]
    people += [(UserFactory(username="newcomer"), "no role"), (UserFactory(username="root"), "superuser")]
    for person, role in people:
        row = re.search(rf'<tr[^>]*>(?:(?!</tr>).)*>{person.get_username()}</a>(?:(?!</tr>).)*</tr>', page, re.S).group(0)
        assert f"<td class=\"field-role\">{role}</td>" in row
        active = re.search(r'<td class="field-is_active"><img [^>]*alt="(True|False)"', row).group(1)
        assert active == ("False" if person == reporter else "True")


# --- A deactivated account -------------------------------------------------------------------------


def test_a_deactivated_accounts_open_session_can_do_nothing(client, reporter, editor, draft):
    client.force_login(reporter)
    _leaves(reporter)

    edit = client.post(reverse("articles:edit", args=[draft.pk]), {
        "headline": "Hijacked", "body": "", "standfirst": "", "base_version": draft.version, "note": "", "deadline": "",
    })
    submit = client.post(reverse("articles:transition", args=[draft.pk, "submit"]), {"comment": ""})

    for response in (edit, submit):
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    article = Article.objects.get(pk=draft.pk)
    assert (article.headline, article.status, article.version) == (draft.headline, "draft", 1)

    client.force_login(editor)
    colleagues_copy = ArticleFactory(author=UserFactory(username="rae", role="Reporter"), desk=draft.desk)
    submitted = move_to(colleagues_copy, "submitted", editor=editor)
    _leaves(editor)
    response = client.post(reverse("admin:articles_article_changelist"),
                           {"action": "approve", "_selected_action": [submitted.pk]})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Article.objects.get(pk=submitted.pk).status == "submitted"


def test_the_admin_article_page_names_its_people_without_links_to_accounts_editors_cannot_open(client, reporter, editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)
    _leaves(reporter)
    client.force_login(editor)

    page = client.get(reverse("admin:articles_article_change", args=[submitted.pk])).content.decode()

    assert reverse("admin:auth_user_change", args=[reporter.pk]) not in page
    assert reverse("admin:auth_user_change", args=[editor.pk]) not in page
    assert client.get(reverse("admin:auth_user_change", args=[reporter.pk])).status_code == 403
    assert f"{reporter.get_full_name() or reporter.get_username()} (deactivated)" in page  # named as colleagues know them
