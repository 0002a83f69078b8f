"""The editorial flow end to end in a real browser: a reporter drafts and submits in the web app,
an editor approves from the review queue in the admin, and from the Workflow box of an article's admin page."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Article, WorkflowEvent
from articles.workflow import Status
from tests.factories import DEFAULT_PASSWORD, ArticleFactory, DeskFactory, UserFactory, move_to

pytestmark = [
    pytest.mark.browser,
    # The live server answers from its own thread, so the data must be committed to be seen there.
    # Flushing after the test would also drop the role groups that a data migration made; the
    # serialized rollback puts them back for the tests that run later.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HEADLINE = "Harbour wall repairs to cost £4.2m after winter storms"
STANDFIRST = "Councillors agreed the spending after the sea broke through twice in January."
FIRST_PARAGRAPH = "The council voted 11-3 on Thursday to spend £4.2 million repairing the harbour wall."
QUOTE = '"About 1,200 homes flooded last winter; we cannot let that happen again," said councillor Ana Reyes.'
SUBMIT_NOTE = "Figures checked against the council papers; photos to follow."


def sign_in(page, url: str, username: str) -> None:
    page.goto(url)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name=re.compile("^(Sign in|Log in)$")).click()


def test_reporter_submits_a_draft_that_an_editor_approves_from_the_review_queue(
    live_server, new_page, save_screenshot
):
    desk = DeskFactory(name="City", slug="city")
    reporter = UserFactory(username="rita", first_name="Rita", last_name="Reporter", role="Reporter")
    UserFactory(username="edna", first_name="Edna", last_name="Editor", role="Editor", is_staff=True)

    # The reporter signs in and writes a draft in the web app.
    reporter_page = new_page()
    sign_in(reporter_page, live_server.url + reverse("login"), "rita")
    expect(reporter_page.get_by_role("navigation")).to_contain_text("Rita Reporter")
    reporter_page.get_by_role("navigation").get_by_role("link", name="New draft").click()
    expect(reporter_page.get_by_role("heading", name="New draft")).to_be_visible()
    reporter_page.get_by_label("Headline").fill(HEADLINE)
    reporter_page.get_by_label("Standfirst").fill(STANDFIRST)
    reporter_page.get_by_label("Body").fill(f"{FIRST_PARAGRAPH}\n\n{QUOTE}")
    reporter_page.get_by_label("Desk").select_option(label=desk.name)
    reporter_page.get_by_role("button", name="Save draft").click()

    expect(reporter_page.get_by_role("alert")).to_contain_text("Draft saved as revision 1.")
    expect(reporter_page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    expect(reporter_page.locator(".lead")).to_have_text(STANDFIRST)
    body = reporter_page.locator("#article-body")
    expect(body.locator("p")).to_have_count(2)
    expect(body.locator("p").nth(0)).to_have_text(FIRST_PARAGRAPH)
    expect(body.locator("p").nth(1)).to_have_text(QUOTE)
    expect(reporter_page.locator(".status-badge")).to_have_text("Draft")
    save_screenshot(reporter_page, "reporter-draft.png")

    article = Article.objects.get(headline=HEADLINE)
    assert (article.author, article.desk, article.status) == (reporter, desk, Status.DRAFT)
    assert article.body == f"{FIRST_PARAGRAPH}\n\n{QUOTE}"

    # The reporter submits it with a note for the editor.
    reporter_page.locator("#comment-submit").fill(SUBMIT_NOTE)
    reporter_page.get_by_role("button", name="Submit for review").click()
    expect(reporter_page.get_by_role("alert")).to_contain_text("Submitted for review: the desk will review it next.")
    expect(reporter_page.locator(".status-badge")).to_have_text("Submitted")
    expect(reporter_page.get_by_role("button", name="Submit for review")).to_have_count(0)

    # The editor signs in to the admin and approves it from the review queue.
    queue_url = live_server.url + reverse("admin:articles_reviewqueuearticle_changelist")
    editor_page = new_page()
    sign_in(editor_page, live_server.url + reverse("admin:login") + "?next=" + reverse("admin:index"), "edna")
    editor_page.get_by_role("link", name="Articles in review", exact=True).click()
    expect(editor_page).to_have_url(queue_url)
    row = editor_page.locator("#result_list tbody tr").filter(has_text=HEADLINE)
    expect(row).to_have_count(1)
    expect(row.locator(".status-badge")).to_have_text("Submitted")
    row.get_by_role("checkbox").check()
    save_screenshot(editor_page, "editor-review-queue.png")
    editor_page.locator("select[name=action]").select_option(label="Approve")
    editor_page.get_by_role("button", name="Go").click()

    expect(editor_page.locator("ul.messagelist")).to_contain_text("Approve: done for 1 article.")
    # Approved copy has left the queue.
    expect(editor_page.locator("#result_list tbody tr").filter(has_text=HEADLINE)).to_have_count(0)
    editor_page.goto(live_server.url + reverse("admin:articles_article_change", args=[article.pk]))
    expect(editor_page.locator("#article_form .status-badge")).to_have_text("Approved")

    article.refresh_from_db()
    assert article.status == Status.APPROVED
    steps = list(WorkflowEvent.objects.filter(article=article).order_by("created_at", "id").values_list(
        "action", "actor__username", "to_status", "comment"
    ))
    assert steps[-2:] == [
        ("submit", "rita", Status.SUBMITTED, SUBMIT_NOTE),
        ("approve", "edna", Status.APPROVED, ""),
    ]


def test_an_editor_approves_from_the_workflow_box_of_the_articles_admin_page(live_server, new_page):
    desk = DeskFactory(name="City", slug="city")
    reporter = UserFactory(username="rita", role="Reporter")
    editor = UserFactory(username="edna", role="Editor", is_staff=True)
    other_editor = UserFactory(username="eddie", role="Editor", is_staff=True)
    article = ArticleFactory(author=reporter, desk=desk, headline=HEADLINE, body=FIRST_PARAGRAPH)
    move_to(article, Status.IN_REVIEW, editor=other_editor, reporter=reporter)

    page = new_page()
    sign_in(page, live_server.url + reverse("admin:login") + "?next=" + reverse("admin:index"), "edna")
    page.goto(live_server.url + reverse("admin:articles_article_change", args=[article.pk]))
    box = page.locator("form.workflow-steps")
    # Only the steps open to this editor on copy in review: no publishing before approval.
    expect(box.get_by_role("button", name="Approve")).to_be_visible()
    expect(box.get_by_role("button", name=re.compile("^Publish"))).to_have_count(0)
    box.get_by_role("button", name="Approve").click()

    # Back on the article's own page, with the step taken and said.
    expect(page).to_have_url(re.compile(reverse("admin:articles_article_change", args=[article.pk]) + "$"))
    expect(page.locator("ul.messagelist").filter(has_text="Approve: done")).to_contain_text("Approve: done for 1 article.")
    expect(page.locator("#article_form .status-badge")).to_have_text("Approved")
    article.refresh_from_db()
    assert article.status == Status.APPROVED
    assert WorkflowEvent.objects.filter(article=article, action="approve", actor=editor).exists()
