"""Copy pasted into the new-draft form as it arrives from word processors, mail, wire feeds and
phones: every highlight on the reporter's page covers exactly the words of its claim."""

from __future__ import annotations

import unicodedata

import pytest
from django.urls import reverse

from articles.models import Article
from factcheck import services
from factcheck.models import Claim, ScanRun
from tests.browser.test_editorial_flow import sign_in
from tests.factories import DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Characters outside the Basic Multilingual Plane (two UTF-16 units in the browser, one in Python),
# a byte order mark, no-break and thin spaces, a soft hyphen inside a figure, zero-width joiners,
# right-to-left text with figures, Devanagari digits, CRLF and lone CR line ends, and a quote pasted
# from a Mac with its accents decomposed.
PASTED = (
    "\ufeffThe council said 😀🎉 on Tuesday that 1\u00a0200 homes were flooded.\r\n\r\n"
    + unicodedata.normalize("NFD", "José Álvarez, the mayor, said: “We lost 40 homes in the flood.”")
    + "\r\rFamilies 👩\u200d👩\u200d👧 lost $4.5\u2009million.\tAbout 2\u00ad000 people signed.\r\n\r\n"
    "قال الوزير إن 300 شخص أصيبوا. दिल्ली में ५०० लोग आए।"
)


def test_pasted_copy_is_highlighted_claim_by_claim_on_the_reporters_page(live_server, page):
    reporter = UserFactory(username="rita", role="Reporter")
    desk = DeskFactory(name="City", slug="city")
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + reverse("articles:create"))
    page.fill("#id_headline", "Floods 🌊 hit 3,000 homes")
    page.fill("#id_body", PASTED)
    page.select_option("#id_desk", str(desk.pk))
    with page.expect_navigation():
        page.locator("form button.btn-primary[type=submit]").click()

    article = Article.objects.get(author=reporter)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    page.reload()
    page.locator("#article-body mark.claim").first.wait_for()

    shown: dict[str, str] = {}
    for claim_id, text in page.eval_on_selector_all(
        "mark.claim[data-claim-id]", "marks => marks.map(m => [m.dataset.claimId, m.textContent])"
    ):
        shown[claim_id] = shown.get(claim_id, "") + text
    claims = {str(c.pk): c for c in Claim.objects.filter(article=article, is_present=True)}
    # A quote is cut in pieces by the figures inside it; its own pieces are the rest of its words.
    for claim_id, claim in claims.items():
        inner = [c.text for c in claims.values() if c.pk != claim.pk and claim.start <= c.start and c.end <= claim.end]
        expected = claim.text
        for text in inner:
            expected = expected.replace(text, "", 1)
        assert shown.get(claim_id) == expected, claim.text
    texts = {c.text for c in claims.values()}
    assert {"3,000 homes", "Tuesday", "1\u00a0200 homes", "$4.5\u2009million", "About 2000 people", "300", "५००"} <= texts
    quote = next(c for c in claims.values() if c.kind == "quote")
    assert quote.speaker == "José Álvarez"
    assert quote.text == "“We lost 40 homes in the flood.”"
