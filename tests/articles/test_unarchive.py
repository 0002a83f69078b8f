"""An archived story brought back: "Unarchive (republish)" puts the copy that was taken down in front of
readers again, as a publishing step (an editor off the byline who may publish, the fact-check gate),
with a reason recorded, from the article's page and the admin's actions."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse

from articles import services
from articles.models import Article, WorkflowEvent
from articles.workflow import IllegalTransition, Status
from factcheck import services as factcheck_services
from factcheck.models import ScanRun
from tests.factories import move_to

pytestmark = pytest.mark.django_db

REASON = "The complaint was withdrawn; legal cleared the story."


@pytest.fixture
def archived(draft, editor):
    return move_to(draft, "archived", editor=editor)


def test_an_archived_story_comes_back_published_at_its_address_and_first_publication_time(client, archived, editor):
    first_published = archived.published_at

    article = services.article_transition(article_id=archived.pk, user=editor, name="unarchive", comment=REASON)

    assert article.status == Status.PUBLISHED and article.published_at == first_published
    event = WorkflowEvent.objects.filter(article=article).order_by("-id").first()
    assert (event.action, event.from_status, event.to_status, event.comment) == (
        "unarchive", "archived", "published", REASON
    )
    assert client.get(article.get_public_url()).status_code == 200


def test_bringing_a_story_back_needs_a_reason(archived, editor):
    with pytest.raises(IllegalTransition, match="needs a comment saying why"):
        services.article_transition(article_id=archived.pk, user=editor, name="unarchive", comment="")
    assert Article.objects.get(pk=archived.pk).status == Status.ARCHIVED


def test_a_corrected_story_brought_back_keeps_its_correction_notes_on_its_public_page(client, draft, editor):
    corrected = move_to(draft, "corrected", editor=editor)
    services.article_transition(article_id=corrected.pk, user=editor, name="archive", comment="Complaint.")

    services.article_transition(article_id=corrected.pk, user=editor, name="unarchive", comment=REASON)

    page = client.get(corrected.get_public_url()).content.decode()
    assert "Test step" in page  # the correction note move_to published


def test_a_correction_held_for_the_desk_when_the_story_was_archived_does_not_come_back_with_it(client, draft, editor):
    published = move_to(draft, "published", editor=editor)
    readers_body = published.body
    # A correction's new figure waits for the desk while the story stays out; archived before the desk ruled.
    services.article_publish_correction(
        article_id=published.pk, user=editor, note="Adds the opening date.", headline=published.headline,
        standfirst=published.standfirst, body=published.body + "\n\nThe library opens with 40,000 books.",
        base_version=published.version,
    )
    published.refresh_from_db()
    run = ScanRun.objects.filter(article=published, revision__number=published.version).latest("id")
    factcheck_services.scan_run_execute(scan_run_id=run.pk)
    services.article_transition(article_id=published.pk, user=editor, name="archive", comment="Complaint.")
    # The archive withdrew the held correction: readers' copy is the newest revision again, scanned as any.
    published.refresh_from_db()
    run = ScanRun.objects.filter(article=published, revision__number=published.version).latest("id")
    factcheck_services.scan_run_execute(scan_run_id=run.pk)

    article = services.article_transition(article_id=published.pk, user=editor, name="unarchive", comment=REASON)

    # The archive withdrew the held correction: readers get back the copy they had, not its unchecked figure.
    assert article.status == Status.PUBLISHED and article.body == readers_body
    assert "40,000 books" not in client.get(article.get_public_url()).content.decode()


def test_the_archived_storys_page_offers_an_editor_to_bring_it_back_with_a_reason(client, archived, editor):
    client.force_login(editor)
    url = reverse("articles:transition", args=[archived.pk, "unarchive"])

    page = client.get(archived.get_absolute_url()).content.decode()
    response = client.post(url, {"comment": REASON}, follow=True)

    assert f'action="{url}"' in page and "Unarchive (republish)" in page
    public_page = f'<a href="{archived.get_public_url()}">its public page</a>'
    assert [str(m) for m in response.context["messages"]] == [
        f"Republished: readers can see it again on {public_page}, at the address it had."
    ]
    assert Article.objects.get(pk=archived.pk).status == Status.PUBLISHED


def test_the_admin_brings_archived_stories_back_with_one_reason(client, archived, editor):
    client.force_login(editor)

    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unarchive", ACTION_CHECKBOX_NAME: [archived.pk], "apply": "1", "comment": REASON},
    )

    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Unarchive (republish): done for 1 article."]
    assert Article.objects.get(pk=archived.pk).status == Status.PUBLISHED
    assert WorkflowEvent.objects.get(article=archived, action="unarchive").comment == REASON


def test_the_admins_action_menu_offers_it_only_to_editors_who_may_publish(client, editor):
    from django.contrib.auth.models import Permission

    client.force_login(editor)
    offered = client.get(reverse("admin:articles_article_changelist")).context["action_form"].fields["action"].choices
    assert "unarchive" in dict(offered)

    editor.user_permissions.remove(*Permission.objects.filter(codename="publish_article"))
    editor.groups.first().permissions.remove(*Permission.objects.filter(codename="publish_article"))
    client.force_login(type(editor).objects.get(pk=editor.pk))
    offered = client.get(reverse("admin:articles_article_changelist")).context["action_form"].fields["action"].choices
    assert "unarchive" not in dict(offered)
