"""Copy as reporters paste it (from word processors, email, wire feeds and phones) is stored as the
text they see, so that the scan, the desk's rulings and every page agree on it."""

import unicodedata

import pytest
from django.urls import reverse

from articles import services
from articles.models import Article
from factcheck import services as factcheck_services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

# The same words, as a Windows or Linux program writes them (precomposed letters, NFC) and as many
# Mac programs copy them (a letter followed by its combining accent, NFD). They look identical.
QUOTE_NFC = unicodedata.normalize("NFC", "José Álvarez, the mayor, said: “We lost 40 homes in the flood.”")
QUOTE_NFD = unicodedata.normalize("NFD", QUOTE_NFC)
SHOPS_NFC = unicodedata.normalize("NFC", "Café owners in Mérida said 45 shops had closed.")
SHOPS_NFD = unicodedata.normalize("NFD", SHOPS_NFC)


def scan_newest(article):
    article.refresh_from_db()
    run = ScanRun.objects.filter(article=article, revision__number=article.version).latest("id")
    factcheck_services.scan_run_execute(scan_run_id=run.pk)


def save_body(article, body):
    article.refresh_from_db()
    services.article_save_copy(
        article_id=article.pk, user=article.author, base_version=article.version,
        headline=article.headline, standfirst=article.standfirst, body=body,
    )


def test_copy_pasted_with_decomposed_accents_is_stored_precomposed(client, reporter, desk):
    client.force_login(reporter)
    client.post(reverse("articles:create"), {
        "headline": unicodedata.normalize("NFD", "Mérida floods"),
        "standfirst": unicodedata.normalize("NFD", "Álvarez counts the cost."),
        "body": QUOTE_NFD, "desk": desk.pk,
    })

    article = Article.objects.get(author=reporter)
    assert article.headline == unicodedata.normalize("NFC", "Mérida floods")
    assert article.standfirst == unicodedata.normalize("NFC", "Álvarez counts the cost.")
    assert article.body == QUOTE_NFC
    assert article.revisions.get().body == QUOTE_NFC


def test_a_quote_pasted_with_decomposed_accents_is_flagged_with_its_speaker(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Floods", standfirst="", body=QUOTE_NFD)
    scan_newest(article)

    quote = Claim.objects.get(article=article, kind="quote")
    assert quote.speaker == "José Álvarez"
    assert Claim.objects.get(article=article, kind="count").speaker == "José Álvarez"


@pytest.mark.parametrize(
    "pasted_again",
    [
        SHOPS_NFD,  # the paragraph pasted again from a Mac, its accents as marks of their own
        "\ufeff" + SHOPS_NFC,  # the copy pasted again from a file saved as "UTF-8 with BOM"
    ],
    ids=["accents decomposed", "byte order mark"],
)
def test_a_verdict_survives_the_same_copy_pasted_again_in_another_form(reporter, desk, fact_checker, pasted_again):
    article = ArticleFactory(author=reporter, desk=desk, headline="Shops", standfirst="", body=SHOPS_NFC)
    scan_newest(article)
    shops = Claim.objects.get(article=article, text="45 shops")
    factcheck_services.claim_set_status(
        claim_id=shops.pk, user=fact_checker, status=ClaimStatus.VERIFIED, note="Chamber of commerce list.",
        sources="https://records.example/shops",
    )

    save_body(article, pasted_again)
    scan_newest(article)

    (present,) = Claim.objects.filter(article=article, is_present=True, text="45 shops")
    assert present.pk == shops.pk
    assert present.status == ClaimStatus.VERIFIED


def test_a_byte_order_mark_pasted_at_the_start_of_each_box_is_not_stored(client, reporter, draft):
    # Text copied whole out of a file saved as "UTF-8 with BOM" starts with that mark.
    client.force_login(reporter)
    client.post(reverse("articles:edit", args=[draft.pk]), {
        "headline": "\ufeffFlood rescue", "standfirst": "\ufeffCrews worked overnight.",
        "body": "\ufeffCrews rescued 40 people.", "base_version": draft.version,
    })

    draft.refresh_from_db()
    assert (draft.headline, draft.standfirst, draft.body) == (
        "Flood rescue", "Crews worked overnight.", "Crews rescued 40 people."
    )


def test_a_standfirst_with_old_mac_line_ends_is_stored_with_line_breaks_as_the_body_is(client, reporter, draft):
    # A lone carriage return ends a line in copy from classic Mac programs and some phone mail apps.
    client.force_login(reporter)
    client.post(reverse("articles:edit", args=[draft.pk]), {
        "headline": draft.headline, "standfirst": "Crews worked overnight.\rTwo remain missing.",
        "body": "Crews rescued 40 people.\r\rTwo remain missing.", "base_version": draft.version,
    })

    draft.refresh_from_db()
    assert draft.standfirst == "Crews worked overnight.\nTwo remain missing."
    assert draft.body == "Crews rescued 40 people.\n\nTwo remain missing."
