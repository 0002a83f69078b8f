"""The key pages under the Content-Security-Policy in a real browser: nothing they use is refused.

Chromium writes every refusal of the policy to the console ("Executing inline script violates the
following Content Security Policy directive …"); each page here is used as its people use it, htmx
swaps and the admin's own scripts included, with the console heard throughout."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from factcheck import services
from factcheck.models import Claim, ScanRun
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class Console:
    """What a page's console said that is a refusal of the policy, and any script error."""

    def __init__(self, page):
        self.refusals: list[str] = []
        self.errors: list[str] = []
        page.on("console", self._heard)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _heard(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.refusals.append(f"{message.page.url if message.page else ''}: {message.text}")

    def assert_quiet(self) -> None:
        assert not self.refusals, "\n".join(self.refusals)
        assert not self.errors, "\n".join(self.errors)


def goto(page, url: str):
    response = page.goto(url)
    # The policy is in force on the page, not only written in the settings.
    assert "script-src 'self'" in response.headers["content-security-policy"]
    return response


@pytest.fixture
def newsroom(db):
    desk = DeskFactory(name="City", slug="city")
    reporter = UserFactory(username="rita", first_name="Rita", last_name="Reporter", role="Reporter")
    UserFactory(username="faye", role="Fact-checker")
    UserFactory(username="edna", role="Editor", is_staff=True)
    article = ArticleFactory(
        author=reporter, desk=desk, headline="Library budget", standfirst="The council votes on Thursday.",
        body='The council approved a budget of $12.5 million for the new library. "We counted 4,000 visitors '
             'a week," said librarian Ana Reyes.',
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def test_an_injected_inline_script_is_refused_and_heard(live_server, page, newsroom):
    # The listener of the tests below hears a refusal: without this they could pass on a deaf console.
    console = Console(page)
    sign_in(page, live_server.url + reverse("login"), "rita")
    goto(page, live_server.url + newsroom.get_absolute_url())

    page.evaluate(
        """() => { const s = document.createElement("script"); s.textContent = "window.injected = true";
                   document.body.appendChild(s); }"""
    )

    expect(page.locator("#scan-panel")).to_be_visible()
    assert page.evaluate("() => window.injected") is None
    assert any("inline script" in refusal for refusal in console.refusals), console.refusals


def test_signing_in_refused_and_accepted_breaks_nothing(live_server, page, newsroom):
    console = Console(page)
    goto(page, live_server.url + reverse("login"))
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()

    # The refusal takes the focus (static/js/focus_on_load.js), as an inline script used to give it.
    expect(page.locator("#form-error-summary")).to_be_focused()
    sign_in(page, live_server.url + reverse("login"), "rita")
    expect(page.get_by_role("navigation")).to_contain_text("Rita Reporter")
    console.assert_quiet()


def test_a_reporter_edits_and_saves_and_the_scan_panel_loads(live_server, page, newsroom):
    console = Console(page)
    sign_in(page, live_server.url + reverse("login"), "rita")

    goto(page, live_server.url + reverse("articles:edit", args=[newsroom.pk]))
    page.get_by_label("Standfirst").fill("The council voted on Thursday.")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_role("alert").first).to_contain_text("Saved as revision 2.")
    # htmx fetched the scan panel, and polls it while the new version waits for its scan.
    expect(page.locator("section#scan-panel")).to_contain_text("Version 2 is waiting for a scanner")
    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=newsroom).order_by("-pk").first().pk)
    # The poll that brings the finished scan swaps in the highlighted text too.
    expect(page.locator("mark.claim").first).to_be_visible()
    console.assert_quiet()


def test_the_claim_desk_takes_a_claim_in_place_and_opens_it(live_server, page, newsroom):
    claim = Claim.objects.filter(article=newsroom, kind="money").get()
    console = Console(page)
    sign_in(page, live_server.url + reverse("login"), "faye")

    goto(page, live_server.url + reverse("factcheck:queue") + "?stage=any")  # the story is a draft
    row = page.locator(f"#claim-row-{claim.pk}")
    row.get_by_role("button", name="Take").click()
    # htmx swapped the row, and the queue's script put the focus on its message.
    expect(row.locator(".row-success")).to_have_text(f"Claim #{claim.pk} is yours to check.")
    expect(row.locator(".row-success")).to_be_focused()

    row.get_by_role("link", name="Rule").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"claim #{claim.pk}")
    # A ruling sent without its verdict comes back refused, and the refusal takes the focus.
    page.locator("#check-figure form.ruling-form").get_by_role("button", name="Save figure ruling").click()
    expect(page.locator("#form-error-summary")).to_be_focused()
    console.assert_quiet()


def test_an_editor_changes_an_article_in_the_admin(live_server, page, newsroom):
    console = Console(page)
    sign_in(page, live_server.url + reverse("admin:login"), "edna")

    goto(page, live_server.url + reverse("admin:articles_article_changelist"))
    expect(page.locator(".admin-badge.status-draft")).to_have_text("Draft")
    goto(page, live_server.url + reverse("admin:articles_article_change", args=[newsroom.pk]))
    # The admin's scripts built the co-authors' two-list chooser, and its stylesheet coloured the badges.
    expect(page.locator("#id_co_authors_from")).to_be_visible()
    badge = page.locator("#article_form .admin-badge.status-draft")
    assert badge.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(108, 117, 125)"
    page.get_by_label("Headline").fill("Library budget agreed")
    page.get_by_role("button", name="Save and continue editing").click()

    expect(page.locator("ul.messagelist")).to_contain_text("was changed successfully")

    # An action that asks for a reason first, on the newsroom's own page, and its way back (admin/js/cancel.js).
    goto(page, live_server.url + reverse("admin:articles_article_changelist"))
    page.locator("#result_list tbody tr").first.get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="Kill…")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_label("Comment")).to_be_visible()
    # The script loads async: once the page has loaded it has run, and the way back is the browser's history.
    page.wait_for_load_state("load")
    page.get_by_role("link", name="No, take me back").click()
    expect(page).to_have_url(live_server.url + reverse("admin:articles_article_changelist"))
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "back_forward"

    # The desk's records in the admin: a claim's page, with its folded fieldset, and the scans.
    claim = Claim.objects.filter(article=newsroom).first()
    goto(page, live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    page.get_by_text("Scan", exact=True).click()
    expect(page.get_by_text("Fingerprint")).to_be_visible()
    goto(page, live_server.url + reverse("admin:factcheck_scanrun_changelist"))
    expect(page.locator(".admin-badge.scan-status-done")).to_have_text("Done")
    console.assert_quiet()
