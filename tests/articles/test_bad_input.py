"""Bad input on the reporter pages: a clear error on the form, nothing saved wrongly, nothing lost."""

from urllib.parse import urlencode

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from articles.forms import ArticleCopyForm
from articles.models import Article
from articles.workflow import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, reporter):
    client.force_login(reporter)
    return client


def edit_url(article):
    return reverse("articles:edit", args=[article.pk])


def edit_data(article, **changes):
    data = {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
        "note": "",
        "base_version": article.version,
    }
    data.update(changes)
    return data


def assert_unchanged(article):
    before = (article.headline, article.standfirst, article.body, article.status, article.version)
    article.refresh_from_db()
    assert (article.headline, article.standfirst, article.body, article.status, article.version) == before
    assert article.revisions.count() == before[-1]


def field_errors(response, field):
    return " ".join(response.context["form"].errors.get(field, []))


def test_body_over_the_size_limit_is_refused_on_edit_and_the_text_kept(signed_in, draft, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 120
    long_body = "A sentence that keeps going. " * 10

    response = signed_in.post(edit_url(draft), edit_data(draft, body=long_body))

    assert response.status_code == 200
    assert "the limit is 120" in field_errors(response, "body")
    assert "the limit is 120" in response.content.decode()
    assert response.context["form"]["body"].value() == long_body
    assert_unchanged(draft)


def test_body_over_the_size_limit_is_refused_on_create(signed_in, desk, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 50

    response = signed_in.post(
        reverse("articles:create"), {"headline": "Too long", "body": "x" * 51, "desk": desk.pk}
    )

    assert "the limit is 50" in field_errors(response, "body")
    assert response.context["form"]["headline"].value() == "Too long"
    assert not Article.objects.filter(headline="Too long").exists()


def test_the_copy_forms_state_the_body_and_standfirst_limits_before_anything_is_pasted(signed_in, draft, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 12345

    for url in (reverse("articles:create"), edit_url(draft)):
        page = signed_in.get(url).content.decode()

        assert "Up to 12,345 characters." in page
        assert "up to 1,000 characters." in page


def test_a_refused_draft_says_so_in_the_title_and_a_summary_that_leads_to_each_box(signed_in, desk):
    response = signed_in.post(reverse("articles:create"), {"headline": "", "body": "x\u202e y", "desk": desk.pk})

    page = response.content.decode()
    assert "<title>Error: New draft" in page
    summary = page[page.index('id="form-error-summary"'):]
    summary = summary[: summary.index("</div>")]
    assert 'role="alert"' in page[page.index('<div class="alert alert-danger form-error-summary"'):][:200]
    assert "Nothing was saved: 2 things to put right" in summary
    assert '<a href="#id_headline">Headline: A headline is required.</a>' in summary
    assert '<a href="#id_body">Body: The text contains an invisible character (U+202E)' in summary


def test_a_form_with_nothing_wrong_has_no_error_summary(signed_in, draft):
    page = signed_in.get(edit_url(draft)).content.decode()

    assert "form-error-summary" not in page
    assert "<title>Error:" not in page


def post_as_a_browser(client, url, data):
    # Browsers send forms URL-encoded: each byte of a character outside ASCII arrives as three.
    return client.generic("POST", url, urlencode(data).encode("ascii"), content_type="application/x-www-form-urlencoded")


def test_a_pasted_body_of_several_megabytes_comes_back_with_the_length_error_and_the_text(signed_in, draft):
    # Three times the limit in four-byte characters: 3.6 MB as a browser sends it, more than the
    # 2.5 MB Django reads by default.
    body = "\U0001f4f0" * 300_000

    response = post_as_a_browser(signed_in, edit_url(draft), edit_data(draft, body=body))

    assert response.status_code == 200
    assert "the limit is 100,000" in field_errors(response, "body")
    assert response.context["form"]["body"].value() == body
    assert_unchanged(draft)


def test_a_form_too_large_to_read_gets_a_page_that_says_what_the_limits_are(signed_in, draft, settings):
    body = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = post_as_a_browser(signed_in, edit_url(draft), edit_data(draft, body=body))

    page = response.content.decode()
    assert response.status_code == 413
    assert "Too much text to save" in page and "The limit for an article's body is 100,000 characters." in page
    assert "My drafts" in page  # the site's own page, not a bare error
    assert_unchanged(draft)


def test_other_bad_requests_keep_the_plain_400_page(signed_in):
    response = signed_in.get("/", HTTP_HOST="bad host")
    assert response.status_code == 400 and "Too much text" not in response.content.decode()


def test_non_utf8_bytes_in_a_multipart_post_are_reported_not_saved(signed_in, draft):
    # A browser misconfigured for Latin-1 sends "café" as b"caf\xe9"; Django decodes it to U+FFFD.
    body = encode_multipart(BOUNDARY, edit_data(draft, body="PLACEHOLDER")).replace(
        b"PLACEHOLDER", b"Prices at the caf\xe9 rose."
    )

    response = signed_in.generic("POST", edit_url(draft), body, content_type=MULTIPART_CONTENT)

    assert response.status_code == 200
    assert "not valid UTF-8" in field_errors(response, "body")
    assert "Prices at the caf" in response.context["form"]["body"].value()
    assert_unchanged(draft)


def test_invalid_percent_encoded_bytes_are_reported_not_saved(signed_in, draft):
    data = urlencode(edit_data(draft, headline="HEAD")).replace("HEAD", "Budget%E9 row")

    response = signed_in.generic(
        "POST", edit_url(draft), data.encode("ascii"), content_type="application/x-www-form-urlencoded"
    )

    assert "not valid UTF-8" in field_errors(response, "headline")
    assert_unchanged(draft)


def test_utf8_encoded_lone_surrogate_is_reported_not_saved(signed_in, draft):
    # U+D800 encoded as if it were a character (ED A0 80) is not valid UTF-8.
    data = urlencode(edit_data(draft, standfirst="SF")).replace("SF", "Half a pair %ED%A0%80 here")

    response = signed_in.generic(
        "POST", edit_url(draft), data.encode("ascii"), content_type="application/x-www-form-urlencoded"
    )

    assert field_errors(response, "standfirst")
    assert_unchanged(draft)


def test_a_lone_surrogate_is_refused_by_the_form(desk):
    form = ArticleCopyForm(data={"headline": "Fine", "body": "Broken \ud800 text", "desk": desk.pk})
    assert not form.is_valid()
    assert "invalid unicode character" in " ".join(form.errors["body"])


def test_a_control_character_is_refused_with_its_code(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, body="Bell\x07 in the copy"))

    assert "U+0007" in field_errors(response, "body")
    assert response.context["form"]["body"].value() == "Bell\x07 in the copy"
    assert_unchanged(draft)


@pytest.mark.parametrize("field", ["headline", "standfirst", "body", "note"])
def test_a_nul_in_the_copy_is_refused_once_with_where_it_is(signed_in, draft, field):
    # Django's forms refuse a NUL on their own as well; the writer is told once, by the check that says where.
    typed = "Mayor\x00 resigns"
    response = signed_in.post(edit_url(draft), edit_data(draft, **{field: typed}))

    errors = response.context["form"].errors[field]
    assert len(errors) == 1 and "U+0000" in errors[0] and "character 6" in errors[0]
    assert response.context["form"][field].value() == typed
    assert_unchanged(draft)


def test_a_character_that_reverses_how_the_copy_is_shown_is_refused(signed_in, draft):
    body = "Police said \u202e000,2 people were moved."  # shown as "... 2,000 people", stored backwards

    response = signed_in.post(edit_url(draft), edit_data(draft, body=body))

    assert "U+202E" in field_errors(response, "body")
    assert response.context["form"]["body"].value() == body
    assert_unchanged(draft)


# Zero-width space, word joiner, zero-width no-break space, soft hyphen, left-to-right and right-to-left marks.
INVISIBLE_CHARACTERS = ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"]


@pytest.mark.parametrize("invisible", INVISIBLE_CHARACTERS)
def test_an_invisible_character_inside_a_figure_is_removed_when_a_draft_is_saved(signed_in, draft, invisible):
    body = f"About 1{invisible}000 people came. Tickets cost £2{invisible},500 or 1,{invisible}200 rand."

    signed_in.post(edit_url(draft), edit_data(draft, body=body, headline=f"Crowd of 1{invisible}000"))

    draft.refresh_from_db()
    assert draft.body == "About 1000 people came. Tickets cost £2,500 or 1,200 rand."
    assert draft.headline == "Crowd of 1000"
    assert draft.revisions.get(number=draft.version).body == draft.body


def test_an_invisible_character_inside_a_figure_is_removed_from_a_new_draft(signed_in, desk):
    signed_in.post(reverse("articles:create"), {
        "headline": "Fare rise", "standfirst": "Fares rise 2\u200b.5%.", "body": "390\u200b 000 riders.",
        "desk": desk.pk,
    })

    article = Article.objects.get(headline="Fare rise")
    assert (article.standfirst, article.body) == ("Fares rise 2.5%.", "390 000 riders.")


def test_the_scan_reads_the_figure_a_reader_sees(reporter, desk):
    from factcheck import services as factcheck_services
    from tests.factories import ArticleFactory

    article = ArticleFactory(author=reporter, desk=desk, headline="Rally", body="About 1\u200b000 people came.")
    run = factcheck_services.scan_run_queue(revision=article.revisions.get(number=1))
    factcheck_services.scan_run_execute(scan_run_id=run.pk)

    assert [(claim.text, claim.value) for claim in article.claims.filter(kind="count")] == [("About 1000 people", 1000)]


def test_invisible_characters_outside_figures_are_kept(signed_in, draft):
    # The non-joiner shapes Persian words, the joiner Indic ones, and the marks order mixed Arabic copy.
    body = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0915\u094d\u200d\u0937 \u200f\u0645\u0631\u062d\u0628\u0627\u200e 12 people."

    signed_in.post(edit_url(draft), edit_data(draft, body=body))

    draft.refresh_from_db()
    assert draft.body == body


def test_the_direction_marks_of_mixed_arabic_copy_are_accepted(desk):
    form = ArticleCopyForm(
        data={"headline": "Fine", "body": "The sign read \u200f\u0645\u0631\u062d\u0628\u0627\u200e today.", "desk": desk.pk}
    )
    assert form.is_valid(), form.errors


def test_an_empty_headline_is_refused_and_the_body_kept(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, headline="   ", body="New body I wrote"))

    assert "A headline is required." in field_errors(response, "headline")
    assert response.context["form"]["body"].value() == "New body I wrote"
    assert_unchanged(draft)


def test_an_empty_headline_on_create_saves_nothing(signed_in, desk):
    response = signed_in.post(reverse("articles:create"), {"headline": "", "body": "Keep me", "desk": desk.pk})

    assert "A headline is required." in field_errors(response, "headline")
    assert response.context["form"]["body"].value() == "Keep me"
    assert not Article.objects.exists()


def test_a_headline_over_200_characters_is_refused(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, headline="H" * 201))
    assert "longer than 200 characters" in field_errors(response, "headline")
    assert_unchanged(draft)


def test_a_forged_status_field_on_a_new_draft_is_a_clear_error_and_the_text_kept(signed_in, desk):
    response = signed_in.post(
        reverse("articles:create"),
        {"headline": "Forged", "body": "Typed with care.", "desk": desk.pk, "status": Status.PUBLISHED},
    )

    assert response.status_code == 200
    assert "A status cannot be set from this form" in " ".join(response.context["form"].non_field_errors())
    assert "A status cannot be set from this form" in response.content.decode()
    assert response.context["form"]["body"].value() == "Typed with care."
    assert not Article.objects.filter(headline="Forged").exists()


def test_a_forged_status_field_on_an_edit_is_a_clear_error_and_nothing_changes(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, body="Edited", status=Status.PUBLISHED))

    assert "A status cannot be set from this form" in response.content.decode()
    assert response.context["form"]["body"].value() == "Edited"
    assert_unchanged(draft)


@pytest.mark.parametrize("forged", ["", "abc", "-1", "99999999999999999999"])
def test_a_missing_or_forged_base_version_saves_nothing(signed_in, draft, forged):
    response = signed_in.post(edit_url(draft), edit_data(draft, body="My careful rewrite", base_version=forged))

    assert "lost track of which version" in response.content.decode()
    assert response.context["form"]["body"].value() == "My careful rewrite"
    assert_unchanged(draft)


def test_an_invalid_deadline_is_refused(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, deadline="next Tuesday-ish"))
    assert field_errors(response, "deadline")
    assert_unchanged(draft)


@pytest.mark.parametrize(
    "comment, error",
    [
        ("Legal advice \x07 do not run", "control character"),
        ("Legal advice \u202e 9-4", "reverses how the text after it is shown"),
        ("Legal advice. " * 400, "at most 5000 characters"),
        ("\u200b\u2060", "only invisible characters"),
    ],
)
def test_a_step_refused_for_its_reason_shows_the_page_again_with_the_reason_typed(client, editor, draft, comment, error):
    client.force_login(editor)

    response = client.post(reverse("articles:transition", args=[draft.pk, "kill"]), {"comment": comment})

    page = response.content.decode()
    assert response.status_code == 400
    assert error in page
    assert response.context["refused_step"]["comment"] == comment
    assert f'name="comment" rows="2" maxlength="5000" required aria-describedby="refused-kill">{comment[:40]}' in page
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert not draft.events.filter(action="kill").exists()


def test_a_schedule_refused_for_its_time_keeps_the_note_and_the_time(client, editor, draft):
    from tests.factories import move_to

    move_to(draft, "approved", editor=editor)
    client.force_login(editor)

    response = client.post(
        reverse("articles:transition", args=[draft.pk, "schedule"]),
        {"comment": "Lead the morning edition", "scheduled_for": "2001-01-01T10:00"},
    )

    page = response.content.decode()
    assert response.status_code == 400 and "must be in the future" in page
    assert "Lead the morning edition</textarea>" in page and 'value="2001-01-01T10:00"' in page
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED


def test_a_transition_comment_with_a_control_character_changes_nothing(signed_in, draft):
    response = signed_in.post(
        reverse("articles:transition", args=[draft.pk, "submit"]), {"comment": "Ready\x00"}, follow=True
    )
    page = response.content.decode()
    assert "control character (U+0000)" in page and "Null characters are not allowed." not in page
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_an_invalid_schedule_time_changes_nothing(client, editor, draft):
    from tests.factories import move_to

    move_to(draft, "approved", editor=editor)
    client.force_login(editor)
    url = reverse("articles:transition", args=[draft.pk, "schedule"])

    missing = client.post(url, {"scheduled_for": ""}, follow=True).content.decode()
    past = client.post(url, {"scheduled_for": "2001-01-01T10:00"}, follow=True).content.decode()
    garbage = client.post(url, {"scheduled_for": "soon"}, follow=True)

    assert "Choose a publication time" in missing
    assert "must be in the future" in past
    assert garbage.status_code == 400 and "Enter a valid date/time." in garbage.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED


@pytest.mark.parametrize(
    "path",
    [
        "/articles/999999/",
        "/articles/999999/edit/",
        "/articles/999999/revisions/",
        "/articles/abc/",
        "/articles/99999999999999999999/",
        "/articles/{pk}/revisions/1/abc/",
        "/articles/{pk}/revisions/1/99/",
        "/articles/{pk}/revisions/0/1/",
        "/articles/{pk}/revisions/99999999999999999999/1/",
        "/news/no-such-story/",
        "/news/{slug}/",  # a draft is not public
    ],
)
def test_bad_urls_give_404_not_500(signed_in, draft, path):
    response = signed_in.get(path.format(pk=draft.pk, slug=draft.slug))
    assert response.status_code == 404


def test_transition_on_a_missing_article_is_404(signed_in):
    assert signed_in.post("/articles/999999/transition/submit/").status_code == 404


@pytest.mark.parametrize("query", [{"old": "abc", "new": "1"}, {"old": "1", "new": "42"}, {"old": "", "new": ""}])
def test_bad_revision_numbers_in_the_compare_form_give_a_clear_message(signed_in, draft, query):
    response = signed_in.get(reverse("articles:revisions", args=[draft.pk]), query)
    assert response.status_code == 200
    assert response.context["form"].errors


@pytest.mark.parametrize("page", ["abc", "-3", "99999"])
def test_bad_page_numbers_still_show_a_page(signed_in, draft, page):
    assert signed_in.get(reverse("articles:my_drafts"), {"page": page}).status_code == 200
    assert signed_in.get(reverse("articles:public_index"), {"page": page}).status_code == 200


def test_a_deadline_that_has_passed_is_refused_and_nothing_is_saved(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, deadline="2020-01-01T09:00"))
    assert field_errors(response, "deadline") == "That deadline has already passed: give a time that is still ahead."
    assert_unchanged(draft)


def test_a_deadline_already_past_may_stay_while_the_copy_is_edited(signed_in, draft):
    from datetime import timedelta

    from django.utils import timezone

    from articles.models import Article

    past = (timezone.now() - timedelta(days=2)).replace(second=31, microsecond=0)
    Article.objects.filter(pk=draft.pk).update(deadline=past)
    draft.refresh_from_db()
    local = timezone.localtime(past).strftime("%Y-%m-%dT%H:%M")  # the minute the form shows

    response = signed_in.post(edit_url(draft), edit_data(draft, deadline=local, body="A new first paragraph."))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body == "A new first paragraph."


def test_the_service_refuses_a_past_deadline_however_it_is_called(reporter, desk):
    from datetime import timedelta

    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from articles import services

    with pytest.raises(ValidationError) as refused:
        services.article_create(author=reporter, desk=desk, headline="Late", deadline=timezone.now() - timedelta(hours=1))
    assert "deadline" in refused.value.message_dict


def test_a_body_at_the_limit_is_accepted_with_the_line_breaks_a_browser_sends(signed_in, draft, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 120
    paragraphs = "\r\n\r\n".join(["A sentence of thirty characters"] * 3)  # 93 characters, 99 as sent
    body = paragraphs + "\r\n" + "x" * (120 - len(paragraphs.replace("\r\n", "\n")) - 1)

    response = signed_in.post(edit_url(draft), edit_data(draft, body=body))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert len(draft.body) == 120


def test_a_standfirst_over_its_limit_is_refused_on_edit_and_the_text_kept(signed_in, draft):
    # A standfirst is a sentence or two; without a limit of its own it carried copy far over the body's.
    long_standfirst = "The council met again. " * 100

    response = signed_in.post(edit_url(draft), edit_data(draft, standfirst=long_standfirst))

    assert response.status_code == 200
    assert "the limit is 1,000" in field_errors(response, "standfirst")
    assert response.context["form"]["standfirst"].value() == long_standfirst
    assert_unchanged(draft)


def test_a_standfirst_over_its_limit_saves_no_new_draft(signed_in, desk):
    response = signed_in.post(
        reverse("articles:create"), {"headline": "Long standfirst", "standfirst": "s" * 1001, "desk": desk.pk}
    )

    assert "the limit is 1,000" in field_errors(response, "standfirst")
    assert not Article.objects.filter(headline="Long standfirst").exists()


def test_a_standfirst_at_its_limit_is_accepted(signed_in, draft):
    response = signed_in.post(edit_url(draft), edit_data(draft, standfirst="s" * 1000))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert len(draft.standfirst) == 1000


def test_the_service_refuses_a_standfirst_over_its_limit_however_it_is_called(reporter, desk):
    from django.core.exceptions import ValidationError

    from articles import services

    with pytest.raises(ValidationError) as refused:
        services.article_create(author=reporter, desk=desk, headline="Imported", standfirst="s" * 200_000)
    assert "the limit is 1,000" in " ".join(refused.value.message_dict["standfirst"])


@pytest.mark.parametrize("co_author", ["99999999999999999999", "abc", "-1"])
def test_a_co_author_id_no_database_could_hold_is_a_form_error_and_the_text_kept(signed_in, desk, draft, co_author):
    created = signed_in.post(
        reverse("articles:create"), {"headline": "Joint byline", "body": "Written together.", "desk": desk.pk,
                                     "co_authors": co_author}
    )
    edited = signed_in.post(edit_url(draft), edit_data(draft, body="Rewritten together.", co_authors=co_author))

    assert created.status_code == 200 and field_errors(created, "co_authors")
    assert created.context["form"]["body"].value() == "Written together."
    assert not Article.objects.filter(headline="Joint byline").exists()
    assert edited.status_code == 200 and field_errors(edited, "co_authors")
    assert edited.context["form"]["body"].value() == "Rewritten together."
    assert_unchanged(draft)


@pytest.mark.parametrize("invisible", ["\u200b\u200b", "\ufeff", " \u2060 \u200d ", "\u3164"])
def test_a_headline_of_invisible_characters_only_is_refused_and_the_body_kept(signed_in, desk, draft, invisible):
    created = signed_in.post(reverse("articles:create"), {"headline": invisible, "body": "Keep me", "desk": desk.pk})
    edited = signed_in.post(edit_url(draft), edit_data(draft, headline=invisible, body="New body I wrote"))

    assert "only invisible characters" in field_errors(created, "headline")
    assert created.context["form"]["body"].value() == "Keep me"
    assert not Article.objects.filter(body="Keep me").exists()
    assert "only invisible characters" in field_errors(edited, "headline")
    assert edited.context["form"]["body"].value() == "New body I wrote"
    assert_unchanged(draft)


def test_the_service_refuses_copy_that_shows_nothing_however_it_is_called(reporter, desk):
    from django.core.exceptions import ValidationError

    from articles import services

    with pytest.raises(ValidationError) as refused:
        services.article_create(author=reporter, desk=desk, headline="\u200b", standfirst="\u2060", body="Fine.")
    assert set(refused.value.message_dict) == {"headline", "standfirst"}
    assert not Article.objects.exists()


def test_text_with_joiners_inside_visible_words_is_accepted(signed_in, draft):
    # Persian and Indic words need the zero-width non-joiner and joiner between their letters.
    response = signed_in.post(edit_url(draft), edit_data(draft, standfirst="می\u200cخواهم", body="क्\u200dष"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.standfirst, draft.body) == ("می\u200cخواهم", "क्\u200dष")


@pytest.fixture
def newsroom_west_of_greenwich(settings):
    settings.TIME_ZONE = "America/New_York"


def test_a_deadline_beyond_the_calendar_the_database_keeps_is_a_form_error(newsroom_west_of_greenwich, signed_in, desk, draft):
    # 31 December 9999, 23:59 in New York is already the year 10000 in UTC, where times are stored.
    created = signed_in.post(
        reverse("articles:create"), {"headline": "Far off", "body": "Keep me", "desk": desk.pk, "deadline": "9999-12-31T23:59"}
    )
    edited = signed_in.post(edit_url(draft), edit_data(draft, body="Rewritten", deadline="9999-12-31T23:59"))

    assert "outside the calendar" in field_errors(created, "deadline")
    assert created.context["form"]["body"].value() == "Keep me"
    assert "outside the calendar" in field_errors(edited, "deadline")
    assert edited.context["form"]["body"].value() == "Rewritten"
    assert not Article.objects.filter(headline="Far off").exists()
    assert_unchanged(draft)


def test_a_publication_time_beyond_the_calendar_is_refused_on_the_page_and_the_admin(
    newsroom_west_of_greenwich, client, editor, draft
):
    from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

    from tests.factories import move_to

    move_to(draft, "approved", editor=editor)
    client.force_login(editor)

    page = client.post(
        reverse("articles:transition", args=[draft.pk, "schedule"]), {"scheduled_for": "9999-12-31T23:59"}
    )
    admin = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "schedule", ACTION_CHECKBOX_NAME: [draft.pk], "apply": "yes", "scheduled_for": "9999-12-31T23:59"},
    )

    assert page.status_code == 400 and "outside the calendar" in page.content.decode()
    assert admin.status_code == 200 and "outside the calendar" in admin.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED and draft.scheduled_for is None


def test_a_time_already_past_is_refused_with_the_time_it_is_now_in_the_newsroom(
    newsroom_west_of_greenwich, monkeypatch, client, editor, draft
):
    # An editor whose own clock or zone differs typed a time that looked ahead to them: the refusal
    # gives the newsroom's clock, by the page and the admin alike.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
    from django.utils import timezone

    from tests.factories import move_to

    move_to(draft, "approved", editor=editor)
    monkeypatch.setattr(timezone, "now", lambda: datetime(2027, 3, 5, 14, 2, tzinfo=ZoneInfo("UTC")))
    client.force_login(editor)
    an_hour_ago = "2027-03-05T08:02"  # in New York, where it is 09:02
    told = "The publication time must be in the future: in the newsroom it is now 5 Mar 2027, 09:02 EST (America/New_York)."

    page = client.post(reverse("articles:transition", args=[draft.pk, "schedule"]), {"scheduled_for": an_hour_ago})
    admin = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "schedule", ACTION_CHECKBOX_NAME: [draft.pk], "apply": "yes", "scheduled_for": an_hour_ago},
    )

    assert page.status_code == 400 and page.context["refused_step"]["errors"] == [told]
    assert admin.status_code == 200 and told in admin.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED and draft.scheduled_for is None


def test_the_services_refuse_a_time_beyond_the_calendar_however_they_are_called(reporter, editor, desk, draft):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.core.exceptions import ValidationError

    from articles import services
    from tests.factories import move_to

    far_off = datetime(9999, 12, 31, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(ValidationError, match="outside the calendar"):
        services.article_create(author=reporter, desk=desk, headline="Far off", deadline=far_off)
    approved = move_to(draft, "approved", editor=editor)
    with pytest.raises(ValidationError, match="outside the calendar"):
        services.article_transition(article_id=approved.pk, user=editor, name="schedule", scheduled_for=far_off)
    assert Article.objects.get(pk=approved.pk).status == Status.APPROVED
