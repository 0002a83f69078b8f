"""The desk's pages as a fact-checker who uses a screen reader and the keyboard meets them."""

import re

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ScanRun
from tests.factories import ArticleFactory
from tests.pages import error_summary, takes_the_focus_on_opening

pytestmark = pytest.mark.django_db

BODY = "The council approved a budget of $12.5 million for the new library."


@pytest.fixture
def claim(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Library budget", standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return Claim.objects.get(article=article, text="$12.5 million")


@pytest.fixture
def desk_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


def labels_of(html: str) -> dict[str, str]:
    found = re.findall(r'<label\s+for="([^"]+)"[^>]*>(.*?)</label>', html, re.S)
    return {for_id: re.sub(r"<[^>]+>|\s+", " ", text).strip() for for_id, text in found}


def test_every_source_row_of_the_ruling_form_has_named_boxes(desk_client, claim):
    html = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()

    labels = labels_of(html)
    for n, number in [(1, ""), (2, " 2"), (3, " 3")]:
        assert labels[f"id_figure_source_kind_{n}"] == f"Source{number}"
        assert labels[f"id_figure_source_reference_{n}"] == f"Address or document{number}"


def test_a_refused_ruling_is_said_first_with_a_link_to_each_box(desk_client, claim):
    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"check": "figure", "version": claim.version, "verdict": "", "note": "", "source_reference_2": "ftp://x"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Error: Claim #" in html
    summary = error_summary(html)
    # A set of radio buttons is led to by its first button.
    assert '<a href="#id_figure_verdict_0">Verdict: This field is required.</a>' in summary
    assert '<a href="#id_figure_note">Note: This field is required.</a>' in summary
    assert takes_the_focus_on_opening(html, "form-error-summary")


def test_a_refused_source_is_said_first(desk_client, claim):
    html = desk_client.post(
        reverse("factcheck:claim_add_source", args=[claim.pk]), {"check": "figure", "kind": "url", "reference": ""}
    ).content.decode()

    assert "<title>Error: Claim #" in html
    assert '<a href="#id_source_figure_reference">Address or document: This field is required.</a>' in error_summary(html)


def test_the_claim_page_title_says_no_error_when_there_is_none(desk_client, claim):
    html = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()

    assert "<title>Claim #" in html and "form-error-summary" not in html


def test_the_queue_tab_of_the_status_listed_is_marked_current(desk_client, claim):
    for status in ["open", "verified"]:
        html = desk_client.get(reverse("factcheck:queue"), {"status": status}).content.decode()

        current = re.findall(r'<a [^>]*aria-current="page"[^>]*>', html)
        assert len(current) == 1 and f'data-status="{status}"' in current[0]


def test_the_scan_panel_tells_the_result_only_to_the_poll_that_brings_it(client, reporter, claim):
    client.force_login(reporter)
    url = reverse("factcheck:scan_panel", args=[claim.article_id])

    on_opening = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    after_polling = client.get(url, {"after": "scanning"}, HTTP_HX_REQUEST="true").content.decode()

    assert 'id="scan-status"' not in on_opening
    assert '<span id="scan-status" hx-swap-oob="innerHTML">Scan of version 1 finished: 1 claim flagged.</span>' in after_polling
    # The panel is swapped whole, so it is no live region of its own (a region replaced is not read).
    assert "aria-live" not in after_polling


def test_the_buttons_of_each_queue_row_name_their_claim(desk_client, claim):
    html = desk_client.get(reverse("factcheck:queue"), {"stage": "any"}).content.decode()
    row = re.search(rf'<tr id="claim-row-{claim.pk}".*?</tr>', html, re.S).group(0)

    controls = re.findall(r"<(?:button|a) [^>]*btn-sm[^>]*>(.*?)</(?:button|a)>", row, re.S)
    names = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip() for text in controls]
    assert names == [f"Take claim #{claim.pk}", f"Rule on claim #{claim.pk}"]
