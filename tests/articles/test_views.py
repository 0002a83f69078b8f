import html
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, EditorialComment, Revision, WorkflowEvent
from articles.workflow import Status
from tests.factories import DEFAULT_PASSWORD, ArticleFactory, DeskFactory, UserFactory, clear_fact_check, move_to

pytestmark = pytest.mark.django_db


def edit_data(article, **changes):
    data = {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
        "deadline": "",
        "note": "",
        "base_version": article.version,
    }
    data.update(changes)
    return data


def transition_url(article, name):
    return reverse("articles:transition", args=[article.pk, name])


def test_reporter_creates_edits_and_submits_a_draft_with_a_note(client, reporter, other_reporter, desk):
    client.force_login(reporter)

    response = client.post(
        reverse("articles:create"),
        {
            "headline": "Flood defences to be rebuilt",
            "standfirst": "The river wall failed twice last winter.",
            "body": "The council will spend £4m.\n\nWork starts in May.",
            "desk": desk.pk,
            "deadline": "2030-05-01T18:30",
            "co_authors": [other_reporter.pk],
            "note": "First go",
        },
    )
    article = Article.objects.get(headline="Flood defences to be rebuilt")
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.author == reporter
    assert list(article.co_authors.all()) == [other_reporter]
    assert article.deadline is not None and article.deadline.year == 2030
    assert article.revisions.get().note == "First go"

    client.post(
        reverse("articles:edit", args=[article.pk]),
        edit_data(article, body="The council will spend £4.2m.\n\nWork starts in May.", note="Updated cost"),
    )
    article.refresh_from_db()
    assert article.version == 2
    assert article.body.startswith("The council will spend £4.2m.")
    assert article.revisions.get(number=2).note == "Updated cost"

    response = client.post(transition_url(article, "submit"), {"comment": "Ready for the 6pm bulletin"}, follow=True)
    article.refresh_from_db()
    assert article.status == Status.SUBMITTED
    event = article.events.get(action="submit")
    assert (event.actor, event.comment) == (reporter, "Ready for the 6pm bulletin")
    assert "Submitted for review: the desk will review it next." in response.content.decode()


def test_detail_page_offers_only_the_reporters_own_workflow_actions(client, reporter, draft):
    client.force_login(reporter)
    response = client.get(draft.get_absolute_url())
    assert [t.name for t in response.context["actions"]] == ["submit"]
    assert 'id="article-body"' in response.content.decode()


def test_author_sees_the_editors_request_changes_comment_and_editorial_notes(client, reporter, editor, draft):
    services.article_transition(article_id=draft.pk, user=reporter, name="submit")
    services.article_transition(
        article_id=draft.pk, user=editor, name="request_changes", comment="Source the £12.5m figure, please."
    )
    services.editorial_comment_add(article_id=draft.pk, user=editor, body="Lovely intro.")
    client.force_login(reporter)

    content = client.get(draft.get_absolute_url()).content.decode()

    assert "Source the £12.5m figure, please." in content
    assert "Lovely intro." in content
    assert reverse("articles:edit", args=[draft.pk]) in content  # changes requested: editable again


def request_changes_twice(draft, reporter, editor):
    for comment in ["Source the £12.5m figure, please.", "Still no source: name the council report."]:
        services.article_transition(article_id=draft.pk, user=reporter, name="submit")
        services.article_transition(article_id=draft.pk, user=editor, name="request_changes", comment=comment)


def changes_requested_box(content):
    found = re.search(r'<div class="alert alert-warning changes-requested".*?</div>\s*</div>', content, re.S)
    return html.unescape(found.group(0)) if found else ""


@pytest.mark.parametrize("page", ["articles:detail", "articles:edit"])
def test_the_latest_request_for_changes_is_above_the_copy_while_it_is_answered(
    client, reporter, editor, draft, page
):
    request_changes_twice(draft, reporter, editor)
    client.force_login(reporter)

    box = changes_requested_box(client.get(reverse(page, args=[draft.pk])).content.decode())

    assert f"{editor.get_full_name()} asked for changes" in box
    assert "Still no source: name the council report." in box
    assert "Source the £12.5m figure" not in box  # the earlier request stays among the notes
    assert "submit it for review again" in box


@pytest.mark.parametrize("page", ["articles:detail", "articles:edit"])
def test_an_editor_sees_the_request_for_changes_without_the_writers_instruction(
    client, reporter, editor, draft, page
):
    request_changes_twice(draft, reporter, editor)
    client.force_login(editor)

    box = changes_requested_box(client.get(reverse(page, args=[draft.pk])).content.decode())

    assert "Still no source: name the council report." in box
    assert "Make them in the copy" not in box and "save, then submit" not in box
    assert "The article is back with its writers until they submit it for review again." in box


def test_a_co_author_is_told_to_make_the_changes_and_submit_again(client, reporter, other_reporter, editor, draft):
    draft.co_authors.add(other_reporter)
    request_changes_twice(draft, reporter, editor)
    client.force_login(other_reporter)

    box = changes_requested_box(client.get(draft.get_absolute_url()).content.decode())

    assert "Make them in the copy, save, then submit it for review again." in box


def test_a_resubmitted_article_no_longer_shows_the_request_it_answered(client, reporter, editor, draft):
    request_changes_twice(draft, reporter, editor)
    services.article_transition(article_id=draft.pk, user=reporter, name="submit")
    client.force_login(reporter)

    content = client.get(draft.get_absolute_url()).content.decode()

    assert changes_requested_box(content) == ""
    assert "Still no source: name the council report." in content  # still among the editorial notes


def test_a_fact_checker_is_not_shown_the_request_for_changes(client, fact_checker, reporter, editor, draft):
    request_changes_twice(draft, reporter, editor)
    client.force_login(fact_checker)

    content = client.get(draft.get_absolute_url()).content.decode()

    assert changes_requested_box(content) == ""
    assert "Still no source" not in content


def test_editorial_notes_read_as_one_conversation_newest_first(client, reporter, editor, draft):
    start = timezone.now() - timedelta(hours=1)
    services.article_transition(article_id=draft.pk, user=reporter, name="submit", comment="1 ready")
    services.editorial_comment_add(article_id=draft.pk, user=editor, body="2 who is the source?")
    services.article_transition(article_id=draft.pk, user=editor, name="request_changes", comment="3 attribute it")
    services.article_transition(article_id=draft.pk, user=reporter, name="submit", comment="4 attributed")
    services.editorial_comment_add(article_id=draft.pk, user=editor, body="5 thanks")
    # Minutes apart, as a desk works, so that the order is the one they were written in and nothing else.
    steps = WorkflowEvent.objects.filter(article=draft).exclude(comment="").order_by("id")
    comments = draft.comments.order_by("id")
    for minutes, note in zip([0, 20, 30], steps, strict=True):
        WorkflowEvent.objects.filter(pk=note.pk).update(created_at=start + timedelta(minutes=minutes))
    for minutes, note in zip([10, 40], comments, strict=True):
        EditorialComment.objects.filter(pk=note.pk).update(created_at=start + timedelta(minutes=minutes))
    client.force_login(reporter)

    content = client.get(draft.get_absolute_url()).content.decode()

    notes = content.split('<section class="editorial-notes')[1].split("</section>")[0]
    assert re.findall(r"<div>([1-5]) ", notes) == ["5", "4", "3", "2", "1"]


def test_an_editor_on_the_article_page_is_led_to_its_admin_page(client, editor, draft):
    client.force_login(editor)

    content = client.get(draft.get_absolute_url()).content.decode()

    assert f'href="{reverse("admin:articles_article_change", args=[draft.pk])}">Open in the admin</a>' in content
    assert client.get(reverse("admin:articles_article_change", args=[draft.pk])).status_code == 200


@pytest.mark.parametrize("who", ["reporter", "fact_checker", "editor_without_staff"])
def test_who_cannot_use_the_admin_is_not_led_to_it_from_the_article_page(request, client, draft, who):
    if who == "editor_without_staff":
        user = UserFactory(username="nostaff", role="Editor", is_staff=False)
    else:
        user = request.getfixturevalue(who)
    client.force_login(user)

    content = client.get(draft.get_absolute_url()).content.decode()

    assert reverse("admin:articles_article_change", args=[draft.pk]) not in content
    assert "Open in the admin" not in content


def test_fact_checker_reads_the_article_but_not_the_editorial_notes(client, fact_checker, editor, draft):
    services.editorial_comment_add(article_id=draft.pk, user=editor, body="Internal: legal should read this.")
    client.force_login(fact_checker)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert draft.headline in response.content.decode()
    assert "Internal: legal should read this." not in response.content.decode()
    assert response.context["actions"] == []


def test_revision_history_lists_revisions_and_compare_shows_inserted_and_deleted_words(client, reporter, draft):
    services.article_save_copy(
        article_id=draft.pk,
        user=reporter,
        base_version=1,
        headline=draft.headline,
        standfirst=draft.standfirst,
        body=draft.body.replace("9-4 on Tuesday", "10-3 on Wednesday"),
        note="Corrected the vote",
    )
    client.force_login(reporter)

    history = client.get(reverse("articles:revisions", args=[draft.pk]))
    assert history.status_code == 200
    assert "Corrected the vote" in history.content.decode()

    chosen = client.get(reverse("articles:revisions", args=[draft.pk]), {"old": 1, "new": 2})
    compare_url = reverse("articles:revision_compare", args=[draft.pk, 1, 2])
    assert chosen["Location"] == compare_url
    content = client.get(compare_url).content.decode()
    assert "<del>9-4</del>" in content
    assert "<ins>10-3</ins>" in content
    assert "<del>Tuesday</del>" in content


def test_html_in_the_copy_is_shown_escaped_on_detail_compare_and_public_pages(client, reporter, editor, desk):
    article = ArticleFactory(
        author=reporter,
        desk=desk,
        headline="Headline <b>bold</b>",
        body="Before.\n\n<script>alert(1)</script>\n\nAfter.",
    )
    services.article_save_copy(
        article_id=article.pk,
        user=reporter,
        base_version=1,
        headline=article.headline,
        standfirst="",
        body=article.body + ' <img src=x onerror="alert(2)">',
    )
    article = move_to(article, "published", editor=editor)
    client.force_login(reporter)

    pages = [
        client.get(article.get_absolute_url()).content.decode(),
        client.get(reverse("articles:revision_compare", args=[article.pk, 1, 2])).content.decode(),
    ]
    client.logout()
    pages.append(client.get(article.get_public_url()).content.decode())

    for content in pages:
        assert "<script>alert(1)</script>" not in content
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
        assert "<img src=x" not in content
        assert "<b>bold</b>" not in content


def test_body_paragraphs_are_rendered_as_paragraphs(client, reporter, draft):
    client.force_login(reporter)
    content = client.get(draft.get_absolute_url()).content.decode()
    assert "<p>The city council voted 9-4" in content


def test_another_reporter_cannot_see_edit_or_act_on_someone_elses_draft(client, other_reporter, draft):
    client.force_login(other_reporter)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(reverse("articles:edit", args=[draft.pk])).status_code == 404
    assert client.post(reverse("articles:edit", args=[draft.pk]), edit_data(draft, body="Hijack")).status_code == 404
    assert client.post(transition_url(draft, "submit")).status_code == 404
    assert client.get(reverse("articles:revisions", args=[draft.pk])).status_code == 404
    draft.refresh_from_db()
    assert (draft.status, draft.version) == (Status.DRAFT, 1)
    assert draft.events.count() == 1


def test_reporter_cannot_edit_a_submitted_draft(client, reporter, draft):
    services.article_transition(article_id=draft.pk, user=reporter, name="submit")
    client.force_login(reporter)

    assert client.get(reverse("articles:edit", args=[draft.pk])).status_code == 403
    response = client.post(reverse("articles:edit", args=[draft.pk]), edit_data(draft, body="Sneaky change"))

    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.body != "Sneaky change"
    assert draft.revisions.count() == 1


@pytest.mark.parametrize("name", ["approve", "publish", "start_review", "kill"])
def test_reporter_cannot_take_editor_steps_by_forging_a_post(client, reporter, draft, name):
    services.article_transition(article_id=draft.pk, user=reporter, name="submit")
    client.force_login(reporter)

    response = client.post(transition_url(draft, name), {"comment": "I approve of myself"})

    assert response.status_code == 403
    assert response.context["reason"] in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert not draft.events.filter(action=name).exists()


def messages_on(response):
    return [str(m) for m in response.context["messages"]]


@pytest.mark.parametrize(
    ("start", "name", "who", "told"),
    [
        ("draft", "submit", "reporter", "Submitted for review: the desk will review it next. Until an editor"),
        ("submitted", "withdraw", "reporter", "Submission withdrawn: the article is a draft again"),
        ("submitted", "start_review", "editor", "Taken for review: approve it when it is ready, or request changes"),
        ("in_review", "request_changes", "editor", "Changes requested: the article is back with its writers"),
        ("in_review", "approve", "editor", "Approved: the article is ready to be scheduled or published."),
        ("scheduled", "unschedule", "editor", "Unscheduled: the article is approved again"),
        ("approved", "kill", "editor", "Killed: the article will not be published."),
        ("killed", "restore", "editor", "Restored to draft: the article is back with its writers"),
        ("published", "archive", "editor", "Archived: readers no longer find the article"),
    ],
)
def test_a_step_taken_on_the_page_says_what_happens_next(client, reporter, editor, draft, start, name, who, told):
    article = move_to(draft, start, editor=editor)
    client.force_login({"reporter": reporter, "editor": editor}[who])

    response = client.post(transition_url(article, name), {"comment": "Because."}, follow=True)

    [message] = messages_on(response)
    assert message.startswith(told)
    assert ": done." not in message


def test_publishing_on_the_page_links_the_public_page_readers_now_see(client, editor, draft):
    article = move_to(draft, "approved", editor=editor)
    client.force_login(editor)

    response = client.post(transition_url(article, "publish"), follow=True)

    public_url = Article.objects.get(pk=article.pk).get_public_url()
    link = f'<a href="{public_url}">its public page</a>'
    assert messages_on(response) == [f"Published: readers can see it now on {link}."]
    page = response.content.decode()
    assert link in page and "&lt;a href" not in page  # a link, not markup shown as text
    assert client.get(public_url).status_code == 200


def test_the_text_of_a_step_done_costs_no_query_but_a_schedules(editor, draft, django_assert_num_queries):
    from articles.selectors import step_done_text
    from articles.workflow import TRANSITIONS

    published = move_to(draft, "published", editor=editor)

    with django_assert_num_queries(0):
        told = {name: step_done_text(published, name) for name in TRANSITIONS if name != "schedule"}

    assert told["publish"].startswith("Published: readers can see it now on <a href=")


def test_a_second_submit_from_the_same_reporter_says_it_is_already_done(client, reporter, draft):
    client.force_login(reporter)
    client.post(transition_url(draft, "submit"))

    again = client.post(transition_url(draft, "submit"), follow=True)

    assert again.redirect_chain[-1][0] == draft.get_absolute_url()
    told = messages_on(again)[-1]  # after the first click's "done"
    assert told.startswith("“Submit for review” was already done: you did it at")
    assert told.endswith("and the article is now submitted.")
    assert draft.events.filter(action="submit").count() == 1


def test_a_submit_sent_again_from_the_back_button_after_review_began_says_so(client, reporter, editor, draft):
    client.force_login(reporter)
    client.post(transition_url(draft, "submit"))
    services.article_transition(article_id=draft.pk, user=editor, name="start_review")

    again = client.post(transition_url(draft, "submit"), follow=True)

    assert any("already done" in m and "now in review" in m for m in messages_on(again))
    assert Article.objects.get(pk=draft.pk).status == Status.IN_REVIEW


def test_a_submit_a_co_author_already_made_is_a_warning_naming_them(client, reporter, other_reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, co_authors=[other_reporter])
    services.article_transition(article_id=article.pk, user=other_reporter, name="submit")
    client.force_login(reporter)

    again = client.post(transition_url(article, "submit"), follow=True)

    [told] = again.context["messages"]
    assert told.level_tag == "warning" and f"was already done by {other_reporter.get_full_name()} at" in str(told)


def test_a_step_that_could_be_due_again_is_refused_with_its_reason(client, reporter, editor, draft):
    # Submitted, withdrawn to draft, then killed: the submit was undone, so it is not "already done".
    for user, name in [(reporter, "submit"), (reporter, "withdraw")]:
        services.article_transition(article_id=draft.pk, user=user, name=name)
    services.article_transition(article_id=draft.pk, user=editor, name="kill", comment="Spiked.")
    client.force_login(reporter)

    response = client.post(transition_url(draft, "submit"))

    assert response.status_code == 403 and "the article is killed" in response.content.decode()


def test_transition_refuses_get_and_unknown_steps(client, reporter, draft):
    client.force_login(reporter)
    assert client.get(transition_url(draft, "submit")).status_code == 405
    assert client.post(transition_url(draft, "teleport")).status_code == 404
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_refused_step_explains_why_and_changes_nothing(client, editor, draft):
    client.force_login(editor)
    response = client.post(transition_url(draft, "kill"), {"comment": "  "}, follow=True)

    assert "Kill needs a comment saying why." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_editor_schedules_from_the_detail_page(client, reporter, editor, draft):
    move_to(draft, "approved", editor=editor)
    client.force_login(editor)
    when = timezone.localtime(timezone.now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")

    client.post(transition_url(draft, "schedule"), {"scheduled_for": when})

    draft.refresh_from_db()
    assert draft.status == Status.SCHEDULED
    assert draft.scheduled_for is not None


def test_the_publish_time_on_the_article_page_says_which_time_zone_it_is_read_in(client, editor, draft, settings):
    # An editor abroad, or at home in a newsroom set to UTC, would otherwise type their own local time.
    settings.TIME_ZONE = "America/New_York"
    move_to(draft, "approved", editor=editor)
    client.force_login(editor)

    page = client.get(reverse("articles:detail", args=[draft.pk])).content.decode()

    schedule_form = page[page.index('id="when-schedule"'):]
    assert "In the newsroom's time, America/New_York." in schedule_form[: schedule_form.index("</form>")]


def test_a_time_typed_on_the_article_page_is_read_in_the_newsrooms_time_zone(client, editor, draft, settings):
    settings.TIME_ZONE = "America/New_York"
    move_to(draft, "approved", editor=editor)
    client.force_login(editor)
    tomorrow = timezone.now() + timedelta(days=1)

    client.post(transition_url(draft, "schedule"), {"scheduled_for": tomorrow.strftime("%Y-%m-%dT18:00")})

    draft.refresh_from_db()
    assert timezone.localtime(draft.scheduled_for).strftime("%H:%M %Z") in ("18:00 EST", "18:00 EDT")


@pytest.mark.parametrize(
    "url_name,args,method",
    [
        ("articles:my_drafts", [], "get"),
        ("articles:create", [], "get"),
        ("articles:detail", ["pk"], "get"),
        ("articles:edit", ["pk"], "get"),
        ("articles:revisions", ["pk"], "get"),
        ("articles:transition", ["pk", "submit"], "post"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, draft, url_name, args, method):
    url = reverse(url_name, args=[draft.pk if a == "pk" else a for a in args])
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_fact_checker_cannot_edit_copy(client, fact_checker, draft):
    client.force_login(fact_checker)
    assert client.get(reverse("articles:edit", args=[draft.pk])).status_code == 403
    response = client.post(reverse("articles:edit", args=[draft.pk]), edit_data(draft, body="Checked!"))
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.version == 1
    assert client.get(reverse("articles:create")).status_code == 403


def test_saving_without_changes_says_so_and_writes_no_revision(client, reporter, draft):
    client.force_login(reporter)
    response = client.post(reverse("articles:edit", args=[draft.pk]), edit_data(draft), follow=True)
    assert "No changes to save" in response.content.decode()
    assert draft.revisions.count() == 1


def test_saving_unchanged_with_a_deadline_that_has_seconds_says_no_changes(client, reporter, desk):
    # A deadline set in the admin or by the demo data carries seconds; the edit form shows minutes.
    deadline = (timezone.now() + timedelta(hours=5)).replace(second=50, microsecond=351127)
    article = ArticleFactory(author=reporter, desk=desk, deadline=deadline)
    client.force_login(reporter)
    data = edit_data(article, deadline=timezone.localtime(deadline).strftime("%Y-%m-%dT%H:%M"))

    response = client.post(reverse("articles:edit", args=[article.pk]), data, follow=True)

    page = response.content.decode()
    assert "No changes to save" in page
    assert "Deadline and co-authors saved" not in page
    article.refresh_from_db()
    assert article.deadline == deadline


@pytest.mark.parametrize(
    "change, message",
    [("deadline", "Deadline saved."), ("co_authors", "Co-authors saved."), ("both", "Deadline and co-authors saved.")],
)
def test_saving_only_the_deadline_or_the_co_authors_names_what_was_saved(
    client, reporter, other_reporter, draft, change, message
):
    client.force_login(reporter)
    data = edit_data(draft)
    if change in ("deadline", "both"):
        data["deadline"] = timezone.localtime(timezone.now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    if change in ("co_authors", "both"):
        data["co_authors"] = [other_reporter.pk]

    response = client.post(reverse("articles:edit", args=[draft.pk]), data, follow=True)

    page = response.content.decode()
    assert f"{message} The copy did not change, so no revision was made." in page
    assert draft.revisions.count() == 1


def test_my_drafts_lists_authored_and_coauthored_articles_only(client, reporter, other_reporter, desk):
    own = ArticleFactory(author=reporter, desk=desk, headline="Mine alone")
    shared = ArticleFactory(author=other_reporter, desk=desk, headline="Shared story", co_authors=[reporter])
    ArticleFactory(author=other_reporter, desk=desk, headline="Not mine")
    client.force_login(reporter)

    response = client.get(reverse("articles:my_drafts"))

    assert {a.pk for a in response.context["page"].object_list} == {own.pk, shared.pk}
    assert "Not mine" not in response.content.decode()


def test_my_drafts_lists_only_the_articles_in_the_status_chosen(client, reporter, editor, desk):
    draft = ArticleFactory(author=reporter, desk=desk, headline="Still a draft")
    submitted = move_to(ArticleFactory(author=reporter, desk=desk, headline="Sent to the desk"), "submitted", editor=editor)
    client.force_login(reporter)

    response = client.get(reverse("articles:my_drafts"), {"status": "submitted"})

    assert response.status_code == 200
    assert [a.pk for a in response.context["page"].object_list] == [submitted.pk]
    page = response.content.decode()
    assert '<option value="submitted" selected>Submitted</option>' in page
    assert draft.headline not in page
    everything = client.get(reverse("articles:my_drafts"), {"status": ""})
    assert {a.pk for a in everything.context["page"].object_list} == {draft.pk, submitted.pk}


@pytest.mark.parametrize("status", ["sent", "<script>", "draft\x00", "x" * 5000])
def test_my_drafts_with_a_status_it_does_not_know_lists_everything_and_says_so(client, reporter, desk, status):
    ArticleFactory(author=reporter, desk=desk, headline="Still a draft")
    client.force_login(reporter)

    response = client.get(reverse("articles:my_drafts"), {"status": status})

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 1
    assert "so every article is listed." in response.content.decode()
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_the_pages_of_a_filtered_my_drafts_stay_filtered(client, reporter, desk):
    for number in range(21):
        ArticleFactory(author=reporter, desk=desk, headline=f"Draft number {number}")
    client.force_login(reporter)

    page = client.get(reverse("articles:my_drafts"), {"status": "draft"}).content.decode()

    assert 'href="?status=draft&amp;page=2"' in page


def test_my_drafts_says_when_no_article_has_the_status_chosen(client, reporter, desk):
    ArticleFactory(author=reporter, desk=desk)
    client.force_login(reporter)

    page = client.get(reverse("articles:my_drafts"), {"status": "published"}).content.decode()

    assert "You have no articles with the status “Published”." in page


def test_every_column_of_my_drafts_has_a_header_a_screen_reader_can_read(client, reporter, desk):
    """The last column holds the Edit and History links; its header says so to a screen reader only."""
    ArticleFactory(author=reporter, desk=desk, headline="Mine alone")
    client.force_login(reporter)

    page = client.get(reverse("articles:my_drafts")).content.decode()

    header_row = page[page.index("<thead>") : page.index("</thead>")]
    headers = re.findall(r"<th[^>]*>(.*?)</th>", header_row, re.S)
    assert len(headers) == 7
    assert all(re.sub(r"<[^>]+>", "", header).strip() for header in headers), headers
    assert '<span class="visually-hidden">Actions</span>' in headers[-1]


def test_co_author_choices_offer_reporters_only(client, reporter, other_reporter, editor, fact_checker):
    client.force_login(reporter)
    form = client.get(reverse("articles:create")).context["form"]
    assert list(form.fields["co_authors"].queryset) == [other_reporter]


def test_home_sends_each_role_to_its_own_start_page(client, reporter, editor, fact_checker):
    assert client.get(reverse("articles:home")).status_code == 200  # the public index

    client.force_login(reporter)
    assert client.get(reverse("articles:home"))["Location"] == reverse("articles:my_drafts")

    client.force_login(editor)
    assert client.get(reverse("articles:home"))["Location"] == reverse("admin:articles_reviewqueuearticle_changelist")

    client.force_login(fact_checker)
    location = client.get(reverse("articles:home"))["Location"]
    assert location != reverse("articles:my_drafts")
    assert client.get(location).status_code == 200


def test_public_pages_show_published_articles_and_their_corrections_only(client, reporter, editor, desk):
    published = ArticleFactory(author=reporter, desk=desk, headline="Bridge reopens")
    services.article_transition(article_id=published.pk, user=reporter, name="submit", comment="Internal memo")
    services.article_transition(article_id=published.pk, user=editor, name="approve")
    clear_fact_check(published)
    services.article_transition(article_id=published.pk, user=editor, name="publish")
    services.article_transition(
        article_id=published.pk, user=editor, name="correct", comment="The bridge is 40m long, not 400m."
    )
    draft = ArticleFactory(author=reporter, desk=desk, headline="Secret draft")

    index = client.get(reverse("articles:public_index")).content.decode()
    assert "Bridge reopens" in index
    assert "Secret draft" not in index

    page = client.get(reverse("articles:public", args=[published.slug])).content.decode()
    assert "Corrections" in page
    assert "The bridge is 40m long, not 400m." in page
    assert "Internal memo" not in page
    assert client.get(reverse("articles:public", args=[draft.slug])).status_code == 404


def test_archived_article_leaves_the_public_site(client, reporter, editor, draft):
    move_to(draft, "archived", editor=editor)
    assert client.get(reverse("articles:public", args=[draft.slug])).status_code == 404


def test_reporter_signs_in_and_out(client, reporter):
    response = client.post(reverse("login"), {"username": "rita", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("articles:my_drafts")).status_code == 200

    # A GET (a typed or bookmarked address) asks, with a button, and signs nobody out.
    asked = client.get(reverse("logout"))
    assert asked.status_code == 200 and "Sign out?" in asked.content.decode()
    assert client.get(reverse("articles:my_drafts")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("articles:my_drafts")).status_code == 302


def test_sign_in_page_renders(client):
    assert client.get(reverse("login")).status_code == 200


def test_new_draft_creates_one_revision_and_one_event(client, reporter, desk):
    client.force_login(reporter)
    client.post(reverse("articles:create"), {"headline": "Short one", "desk": desk.pk})
    article = Article.objects.get(headline="Short one")
    assert Revision.objects.filter(article=article).count() == 1
    assert WorkflowEvent.objects.filter(article=article, action="create").count() == 1


def _new_draft_form(client):
    form = client.get(reverse("articles:create")).context["form"]
    return {"form_token": str(form["form_token"].value())}


def test_a_new_draft_sent_twice_makes_one_draft_and_says_it_is_saved(client, reporter, desk):
    # Save draft pressed again when the network seemed to drop: the first send had made the draft.
    client.force_login(reporter)
    sent = {**_new_draft_form(client), "headline": "Tower fire: 200 evacuated", "body": "About 200 left.", "desk": desk.pk}
    first = client.post(reverse("articles:create"), sent)

    again = client.post(reverse("articles:create"), sent, follow=True)

    article = Article.objects.get()
    assert first["Location"] == again.redirect_chain[-1][0] == article.get_absolute_url()
    assert "This draft is already saved" in again.content.decode()
    assert article.revisions.count() == 1


def test_a_new_draft_form_sent_again_with_other_copy_makes_a_draft_of_its_own(client, reporter, desk):
    # Back to the form after saving, a change, and Save again: a deliberate second draft.
    client.force_login(reporter)
    sent = {**_new_draft_form(client), "headline": "Tower fire: 200 evacuated", "body": "About 200 left.", "desk": desk.pk}
    client.post(reverse("articles:create"), sent)

    client.post(reverse("articles:create"), {**sent, "headline": "Second tower fire in a week"})

    assert sorted(Article.objects.values_list("headline", flat=True)) == [
        "Second tower fire in a week", "Tower fire: 200 evacuated"
    ]


def test_a_new_draft_sent_twice_at_once_makes_one_draft(reporter, desk, monkeypatch):
    # A double click: the second send looks for the form's draft before the first has saved it.
    sent = {"author": reporter, "desk": desk, "headline": "Tower fire", "body": "About 200 left.",
            "form_token": "6f1c1e3e-8f0a-4f7c-9d53-2b1f7cf0a001"}
    first = services.article_create(**sent)
    monkeypatch.setattr(services.selectors, "draft_made_with_token", lambda form_token: None)

    with pytest.raises(services.DraftAlreadyCreated) as repeat:
        services.article_create(**sent)

    assert repeat.value.article == first
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "status, told",
    [
        ("submitted", "withdraw the submission"),
        ("in_review", "only editors change it now. To add an update, ask"),
        ("scheduled", "only editors change it now. To add an update, ask"),
        ("published", "its copy changes only by a correction"),
    ],
)
def test_a_reporter_whose_copy_is_with_the_desk_is_told_how_an_update_gets_in(client, reporter, editor, draft, status, told):
    # New facts on a breaking story after the copy went to the desk: the Edit button has gone, and
    # the page says what the reporter can do instead.
    article = move_to(draft, status, editor=editor)
    client.force_login(reporter)

    page = client.get(article.get_absolute_url()).content.decode()
    refused = client.get(reverse("articles:edit", args=[article.pk]))

    assert told in page
    assert refused.status_code == 403 and told in refused.content.decode()


def test_the_reporter_is_told_which_editor_to_ask(client, reporter, editor, draft):
    article = move_to(draft, "in_review", editor=editor)
    client.force_login(reporter)

    page = client.get(article.get_absolute_url()).content.decode()

    assert f"ask {editor.get_full_name() or editor.get_username()} to request changes" in page


def test_a_reporter_who_may_edit_is_not_told_how_to_get_an_update_in(client, reporter, draft):
    client.force_login(reporter)

    assert "how-to-add-to-copy" not in client.get(draft.get_absolute_url()).content.decode()


def test_editor_edits_copy_in_review(client, reporter, editor, draft):
    move_to(draft, "in_review", editor=editor)
    client.force_login(editor)
    client.post(reverse("articles:edit", args=[draft.pk]), edit_data(draft, headline="Sharper headline"))
    draft.refresh_from_db()
    assert draft.headline == "Sharper headline"
    assert draft.revisions.get(number=2).created_by == editor


def test_users_without_a_role_get_no_drafts_page(client):
    nobody = UserFactory(username="nobody")
    client.force_login(nobody)
    assert client.get(reverse("articles:my_drafts")).status_code == 403


def test_edit_form_keeps_the_current_co_authors_selected(client, reporter, other_reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, co_authors=[other_reporter])
    client.force_login(reporter)

    content = client.get(reverse("articles:edit", args=[article.pk])).content.decode()

    assert f'<option value="{other_reporter.pk}" selected>' in content
    assert f'<option value="{reporter.pk}"' not in content
    assert 'name="status"' not in content


def test_a_new_draft_asks_for_its_desk_unless_the_newsroom_has_only_one(client, reporter, desk):
    client.force_login(reporter)
    form = client.get(reverse("articles:create")).context["form"]
    assert form["desk"].value() == desk.pk  # the only desk

    DeskFactory(name="Sport", slug="sport")
    page = client.get(reverse("articles:create"))
    assert page.context["form"]["desk"].value() is None
    assert "Choose a desk" in page.content.decode()
    response = client.post(reverse("articles:create"), {"headline": "Pier to close", "body": "Text."})
    assert response.status_code == 200 and "desk" in response.context["form"].errors
    assert not Article.objects.filter(headline="Pier to close").exists()


def _saved_twice(draft, reporter):
    article, _ = services.article_save_copy(
        article_id=draft.pk, user=reporter, base_version=draft.version,
        headline=draft.headline, standfirst=draft.standfirst, body="A rewrite that lost the best paragraph.",
    )
    return article


def test_a_reporter_restores_an_earlier_text_as_a_new_revision(client, reporter, draft):
    first_body = draft.body
    article = _saved_twice(draft, reporter)
    client.force_login(reporter)
    history = client.get(reverse("articles:revisions", args=[article.pk])).content.decode()
    assert "Restore this text" in history

    response = client.post(
        reverse("articles:revision_restore", args=[article.pk, 1]), {"base_version": article.version}, follow=True
    )

    article.refresh_from_db()
    assert article.body == first_body and article.version == 3
    newest = Revision.objects.get(article=article, number=3)
    assert (newest.body, newest.note, newest.created_by) == (first_body, "Restored revision 1", reporter)
    assert Revision.objects.get(article=article, number=2).body == "A rewrite that lost the best paragraph."
    assert "Revision 1 restored as revision 3." in response.content.decode()


def test_a_restore_from_a_stale_page_or_by_someone_else_changes_nothing(client, reporter, other_reporter, draft):
    article = _saved_twice(draft, reporter)
    url = reverse("articles:revision_restore", args=[article.pk, 1])

    client.force_login(reporter)
    stale = client.post(url, {"base_version": 1}, follow=True)
    assert "Nothing was restored;" in stale.content.decode()

    client.force_login(other_reporter)
    assert client.post(url, {"base_version": article.version}).status_code == 404
    assert client.get(url).status_code == 405

    article.refresh_from_db()
    assert article.version == 2 and article.body == "A rewrite that lost the best paragraph."


def test_a_restore_sent_twice_says_the_reporter_saved_it_not_someone_else(client, reporter, draft):
    article = _saved_twice(draft, reporter)
    client.force_login(reporter)
    url = reverse("articles:revision_restore", args=[article.pk, 1])
    client.post(url, {"base_version": article.version})

    again = client.post(url, {"base_version": article.version}, follow=True)

    page = again.content.decode()
    assert "You saved this article in another window (now version 3) after you opened version 2." in page
    assert "Someone else" not in page
    assert Article.objects.get(pk=article.pk).version == 3


def test_a_restore_after_a_co_authors_save_says_someone_else_saved_it(client, reporter, other_reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, co_authors=[other_reporter])
    opened = _saved_twice(article, reporter)
    services.article_save_copy(
        article_id=article.pk, user=other_reporter, base_version=opened.version,
        headline=article.headline, standfirst=article.standfirst, body="The co-author's version.",
    )
    client.force_login(reporter)

    response = client.post(
        reverse("articles:revision_restore", args=[article.pk, 1]), {"base_version": opened.version}, follow=True
    )

    assert "Someone else saved this article (now version 3)" in response.content.decode()


def test_a_restore_is_refused_once_the_copy_is_no_longer_the_reporters_to_edit(client, reporter, editor, draft):
    article = _saved_twice(draft, reporter)
    submitted = move_to(article, "submitted", editor=editor)
    client.force_login(reporter)

    assert "Restore this text" not in client.get(reverse("articles:revisions", args=[article.pk])).content.decode()
    response = client.post(reverse("articles:revision_restore", args=[article.pk, 1]), {"base_version": submitted.version})

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).version == submitted.version


def _published(reporter, editor, desk):
    article = ArticleFactory(
        author=reporter, desk=desk, headline="Plant to cut 2,000 jobs",
        body="The plant will cut 2,000 jobs by June.\n\nUnions said they would fight the plan.",
    )
    return move_to(article, "published", editor=editor)


def _editor_at_the_correction_form(client, reporter, editor, desk):
    """A published article and the address of its correction form, with the editor signed in."""
    article = _published(reporter, editor, desk)
    client.force_login(editor)
    return article, reverse("articles:correct", args=[article.pk])


def test_the_correction_form_states_the_body_limit(client, reporter, editor, desk, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 12345
    _, url = _editor_at_the_correction_form(client, reporter, editor, desk)

    assert "Up to 12,345 characters." in client.get(url).content.decode()


def test_an_editor_corrects_the_published_text_and_readers_see_the_note(
    client, reporter, editor, desk, django_capture_on_commit_callbacks
):
    from factcheck.models import ScanRun

    article, url = _editor_at_the_correction_form(client, reporter, editor, desk)
    assert 'name="body"' in client.get(url).content.decode()

    response = client.post(url, {
        "headline": article.headline, "standfirst": "", "base_version": article.version,
        "body": "The plant will cut 1,200 jobs by June.\n\nUnions said they would fight the plan.",
        "note": "An earlier version said 2,000 jobs would go; the company's filing says 1,200.",
    })

    assert response.status_code == 302
    article.refresh_from_db()
    newest = Revision.objects.get(article=article, number=article.version)
    assert newest.note.startswith("Correction held for the fact-check desk: An earlier version said 2,000")
    assert "1,200 jobs" in newest.body
    assert "2,000 jobs" in Revision.objects.get(article=article, number=article.version - 1).body
    assert ScanRun.objects.filter(revision=newest).exists()  # the corrected figure goes to the desk
    # The corrected figure is new to the desk: readers keep their copy until it is checked.
    assert article.status == Status.PUBLISHED and "2,000 jobs" in article.body
    with django_capture_on_commit_callbacks(execute=True):
        clear_fact_check(article)
    article.refresh_from_db()
    assert article.status == Status.CORRECTED and "1,200 jobs" in article.body
    public = client.get(reverse("articles:public", args=[article.slug])).content.decode()
    assert "1,200 jobs" in public and "the company&#x27;s filing says 1,200" in public


def test_a_corrected_figure_is_stored_without_the_invisible_character_inside_it(client, reporter, editor, desk):
    article = _published(reporter, editor, desk)
    client.force_login(editor)

    client.post(reverse("articles:correct", args=[article.pk]), {
        "headline": article.headline, "standfirst": "", "base_version": article.version,
        "body": "The plant will cut 1,\u200b200 jobs by June.\n\nUnions said they would fight the plan.",
        "note": "The filing says 1,\u200b200.",
    })

    article.refresh_from_db()
    held = Revision.objects.get(article=article, number=article.version)  # held for the desk: a new figure
    assert held.body.startswith("The plant will cut 1,200 jobs by June.")


@pytest.mark.parametrize(
    "note, message",
    [("", "This field is required."), ("\u200b", "only invisible characters")],
    ids=["empty", "invisible"],
)
def test_a_correction_needs_a_note_that_shows_and_loses_nothing_typed(client, reporter, editor, desk, note, message):
    article = _published(reporter, editor, desk)
    client.force_login(editor)

    response = client.post(reverse("articles:correct", args=[article.pk]), {
        "headline": article.headline, "standfirst": "", "body": "Typed with care.", "note": note,
        "base_version": article.version,
    })

    assert response.status_code == 400
    assert response.context["form"]["body"].value() == "Typed with care."
    assert message in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Status.PUBLISHED


def test_a_correction_with_a_missing_version_says_so_and_keeps_the_text(client, reporter, editor, desk):
    article = _published(reporter, editor, desk)
    client.force_login(editor)

    response = client.post(reverse("articles:correct", args=[article.pk]), {
        "headline": article.headline, "standfirst": "", "body": "Typed with care.", "note": "A note.",
    })

    assert response.status_code == 400
    assert "This form lost track of which version you were correcting." in response.content.decode()
    assert response.context["form"]["body"].value() == "Typed with care."
    assert Article.objects.get(pk=article.pk).status == Status.PUBLISHED


def test_a_correction_from_a_stale_page_publishes_nothing_and_keeps_the_text(client, reporter, editor, desk):
    article = _published(reporter, editor, desk)
    colleague = UserFactory(username="eve2", role="Editor")
    services.article_publish_correction(
        article_id=article.pk, user=colleague, note="Spelling of the union's name.", headline=article.headline,
        standfirst="", body=article.body.replace("Unions", "The unions"), base_version=article.version,
    )
    client.force_login(editor)

    response = client.post(reverse("articles:correct", args=[article.pk]), {
        "headline": article.headline, "standfirst": "", "body": "My correction.", "note": "Mine.",
        "base_version": article.version,
    })

    page = response.content.decode()
    assert response.status_code == 409 and "Someone else saved this article" in page
    assert "<ins>The unions</ins>" in page and "Publish my correction anyway" in page  # what they changed
    assert response.context["form"]["body"].value() == "My correction."
    assert "My correction." not in Article.objects.get(pk=article.pk).body
    # Publishing again after reading it is a deliberate overwrite.
    assert response.context["form"]["base_version"].value() == str(Article.objects.get(pk=article.pk).version)


# A correction that brings no claim for the desk (the sentence with the figure is left as it was), so
# that it goes out at once.
CORRECTED_BODY = "The plant will cut 2,000 jobs by June.\n\nUnions said they would fight the plan in court."
CORRECTION_NOTE = "An earlier version left out that the unions would go to court, as the company's filing says."


def _correction(article, **changes):
    return {
        "headline": article.headline, "standfirst": "", "body": CORRECTED_BODY, "note": CORRECTION_NOTE,
        "base_version": article.version, **changes,
    }


def _notes_readers_see(client, article):
    return client.get(reverse("articles:public", args=[article.slug])).content.decode().count("company&#x27;s filing")


def test_a_correction_sent_twice_publishes_its_note_once_and_says_so(client, reporter, editor, desk):
    article, url = _editor_at_the_correction_form(client, reporter, editor, desk)
    client.post(url, _correction(article))

    again = client.post(url, _correction(article), follow=True)

    assert again.status_code == 200
    assert f"This correction is already published (by {editor.get_full_name()}," in html.unescape(again.content.decode())
    assert _notes_readers_see(client, article) == 1
    assert WorkflowEvent.objects.filter(article=article, action="correct").count() == 1


def test_sending_the_same_correction_again_on_the_newer_version_adds_no_second_note(client, reporter, editor, desk):
    article, url = _editor_at_the_correction_form(client, reporter, editor, desk)
    client.post(url, _correction(article))
    article.refresh_from_db()

    again = client.post(url, _correction(article), follow=True)

    assert "already published" in again.content.decode()
    assert _notes_readers_see(client, article) == 1


def test_a_note_only_correction_sent_twice_is_published_once(client, reporter, editor, desk):
    article, url = _editor_at_the_correction_form(client, reporter, editor, desk)
    unchanged = _correction(article, body=article.body)
    client.post(url, unchanged)

    again = client.post(url, unchanged, follow=True)

    assert "already published" in again.content.decode()
    assert _notes_readers_see(client, article) == 1


def test_a_further_correction_of_the_text_may_repeat_the_note(client, reporter, editor, desk):
    article, url = _editor_at_the_correction_form(client, reporter, editor, desk)
    client.post(url, _correction(article))
    article.refresh_from_db()

    response = client.post(url, _correction(article, body=CORRECTED_BODY.replace("in court", "in the courts")))

    assert response.status_code == 302
    assert _notes_readers_see(client, article) == 2


def test_only_an_editor_corrects_and_only_published_copy(client, reporter, editor, desk, draft):
    article = _published(reporter, editor, desk)
    client.force_login(reporter)
    assert client.post(reverse("articles:correct", args=[article.pk]), {
        "headline": "Forged", "standfirst": "", "body": "Forged.", "note": "Forged.", "base_version": article.version,
    }).status_code == 403
    client.force_login(editor)
    assert client.get(reverse("articles:correct", args=[draft.pk])).status_code == 403
    assert Article.objects.get(pk=article.pk).body.startswith("The plant will cut 2,000 jobs")


def test_a_refusal_to_edit_gives_the_reason_that_applies(client, reporter, fact_checker, editor, draft):
    client.force_login(fact_checker)
    assert "Only the article&#x27;s reporters and the editors change its copy." in client.get(
        reverse("articles:edit", args=[draft.pk])).content.decode()
    submitted = move_to(draft, "submitted", editor=editor)
    client.force_login(reporter)
    assert "This article is submitted; you cannot change its copy now." in client.get(
        reverse("articles:edit", args=[submitted.pk])).content.decode()


def test_the_deadline_says_which_time_zone_it_is_in(client, reporter, draft):
    client.force_login(reporter)
    page = client.get(reverse("articles:edit", args=[draft.pk])).content.decode()
    assert "In the newsroom's time, UTC." in page


def test_signing_out_says_so(client, reporter):
    client.force_login(reporter)
    response = client.post(reverse("logout"), follow=True)
    assert "You have signed out." in response.content.decode()


def test_a_corrected_article_says_so_under_its_headline(client, reporter, editor, desk):
    article = _published(reporter, editor, desk)
    services.article_publish_correction(
        article_id=article.pk, user=editor, note="An earlier version misspelt the unions.",
        headline=article.headline, standfirst=article.standfirst, body=article.body.replace("Unions", "The unions"),
        base_version=article.version,
    )
    page = client.get(reverse("articles:public", args=[article.slug])).content.decode()
    assert page.index("correction-notice") < page.index('id="article-body"') < page.index('id="corrections"')


@pytest.mark.parametrize(
    "headline, slug",
    [
        ("東京で3万人がデモ", "東京で3万人がデモ"),
        ("Протесты в Алматы: 8 000 задержанных", "протесты-в-алматы-8-000-задержанных"),
        ("Ελλάδα: 40% αύξηση", "ελλάδα-40-αύξηση"),
    ],
)
def test_a_headline_in_any_script_gives_the_public_address_its_words(client, reporter, editor, desk, headline, slug):
    article = ArticleFactory(author=reporter, desk=desk, headline=headline)
    assert article.slug == slug
    move_to(article, "published", editor=editor)

    url = reverse("articles:public", args=[article.slug])
    assert client.get(url).status_code == 200
    assert headline in client.get(url).content.decode()


def test_the_public_byline_gives_reporters_names_never_their_sign_in_names(client, editor, desk):
    named = UserFactory(username="rkowalska", first_name="Renata", last_name="Kowalska", role="Reporter")
    unnamed = UserFactory(username="jsmith42", first_name="", last_name="", role="Reporter")
    shared = ArticleFactory(author=named, desk=desk, headline="Ferry timetable changes", co_authors=[unnamed])
    alone = ArticleFactory(author=unnamed, desk=desk, headline="Harbour dredging starts")
    for article in (shared, alone):
        move_to(article, "published", editor=editor)

    page = client.get(reverse("articles:public", args=[shared.slug])).content.decode()
    assert "By Renata Kowalska" in page
    assert "jsmith42" not in page and "rkowalska" not in page
    page = client.get(reverse("articles:public", args=[alone.slug])).content.decode()
    assert "By Newsroom staff" in page
    assert "jsmith42" not in page

    # Inside the newsroom the article page still tells colleagues apart by their sign-in names.
    client.force_login(editor)
    assert "jsmith42" in client.get(reverse("articles:detail", args=[alone.pk])).content.decode()


def test_a_new_newsroom_with_no_desks_tells_the_reporter_an_administrator_must_add_one(client, reporter):
    # A fresh production install has no desks, and the new-draft form needs one.
    client.force_login(reporter)

    page = client.get(reverse("articles:create")).content.decode()
    response = client.post(reverse("articles:create"), {"headline": "Council to spend £4.2m", "body": "Text."})

    notice = "The newsroom has no desks yet: an administrator adds them in the admin, under Desks."
    assert notice in page
    assert notice in response.content.decode()
    assert not Article.objects.exists()


def test_a_submit_sent_again_after_the_story_was_killed_is_refused_with_the_reason(client, reporter, editor, draft):
    # The submission was undone by the kill: sent again from the back button, it is refused, not told as done.
    services.article_transition(article_id=draft.pk, user=reporter, name="submit")
    services.article_transition(article_id=draft.pk, user=editor, name="kill", comment="Spiked.")
    client.force_login(reporter)

    response = client.post(transition_url(draft, "submit"))

    assert response.status_code == 403
    assert "the article is killed" in response.content.decode()
    assert draft.events.filter(action="submit").count() == 1


def test_publish_now_sent_for_an_archived_article_is_refused_with_the_reason(client, editor, draft):
    archived = move_to(draft, "archived", editor=editor)
    client.force_login(editor)

    response = client.post(transition_url(archived, "publish"))

    assert response.status_code == 403
    page = response.content.decode()
    assert "Cannot publish now: the article is archived" in page and "already done" not in page
