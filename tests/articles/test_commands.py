import unicodedata
from datetime import timedelta
from datetime import timezone as dt_timezone
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from articles import services
from articles.models import Article, Desk, EditorialComment, Revision, WireImport, WorkflowEvent
from articles.permissions import is_editor, is_reporter
from articles.wire import parse_wire_text
from newsroom.times import as_recorded
from tests.factories import move_to


def run(command, *args, **options):
    stdout, stderr = StringIO(), StringIO()
    try:
        call_command(command, *args, stdout=stdout, stderr=stderr, **options)
    except CommandError as error:
        return stdout.getvalue(), stderr.getvalue(), error
    return stdout.getvalue(), stderr.getvalue(), None


# seed_demo


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True


def test_seed_demo_creates_one_account_per_role_with_the_printed_passwords(db, debug_on):
    stdout, _, error = run("seed_demo")

    assert error is None
    users = get_user_model().objects
    for username in ["reporter", "reporter2", "editor", "factchecker", "admin"]:
        assert users.get(username=username).check_password(username)
        assert f"{username:<12} / {username}" in stdout
    assert is_reporter(users.get(username="reporter")) and is_reporter(users.get(username="reporter2"))
    assert is_editor(users.get(username="editor")) and users.get(username="editor").is_staff
    assert users.get(username="factchecker").groups.filter(name="Fact-checker").exists()
    assert users.get(username="admin").is_superuser


def test_seed_demo_creates_desks_and_articles_in_every_editorial_state(db, debug_on):
    run("seed_demo")

    assert set(Desk.objects.values_list("slug", flat=True)) >= {"politics", "world", "business", "local"}
    statuses = set(Article.objects.values_list("status", flat=True))
    assert statuses >= {"draft", "submitted", "in_review", "changes_requested", "approved", "published", "corrected"}
    # Every state was reached through the workflow, so each step is in the audit trail.
    corrected = Article.objects.get(status="corrected")
    assert list(corrected.events.order_by("id").values_list("action", flat=True)) == [
        "create", "submit", "approve", "publish", "correct"
    ]
    assert "Correction:" in corrected.events.get(action="correct").comment
    assert WorkflowEvent.objects.get(action="request_changes").comment
    assert EditorialComment.objects.exists()
    # The review queue has deadlines to order by.
    in_the_queue = Article.objects.filter(status__in=["submitted", "in_review"])
    assert in_the_queue.exclude(deadline=None).count() >= 2


def test_seed_demo_includes_a_wire_report_with_a_named_speaker_and_quoted_figures(db, debug_on):
    run("seed_demo")

    wire = Article.objects.get(body__contains="Interior Minister Lena Varga")
    assert '"More than 3,000 officers' in wire.body
    assert "Varga said" in wire.body


def test_seed_demo_run_twice_changes_nothing(db, debug_on):
    run("seed_demo")
    counts = [model.objects.count() for model in (Desk, Article, Revision, WorkflowEvent, get_user_model())]
    password_hash = get_user_model().objects.get(username="editor").password

    stdout, _, error = run("seed_demo")

    assert error is None
    assert [model.objects.count() for model in (Desk, Article, Revision, WorkflowEvent, get_user_model())] == counts
    # Keeping the hash keeps the demo users logged in across restarts.
    assert get_user_model().objects.get(username="editor").password == password_hash
    assert "Demo logins" in stdout


def test_the_demo_users_take_a_new_story_to_readers_each_step_by_someone_off_its_byline(db, debug_on, client):
    from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
    from django.urls import reverse

    from tests.factories import clear_fact_check

    run("seed_demo")
    people = {person.username: person for person in get_user_model().objects.all()}
    article = services.article_create(
        author=people["reporter"], desk=Desk.objects.get(slug="local"), headline="Ferry timetable adds 12 sailings",
        body="The ferry company will add 12 sailings a week from June, its operations director said.",
    )
    client.force_login(people["reporter"])
    client.post(reverse("articles:transition", args=[article.pk, "submit"]))
    client.force_login(people["editor"])
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "approve", ACTION_CHECKBOX_NAME: [str(article.pk)], "index": "0"},
    )
    clear_fact_check(article, checker=people["factchecker"])
    client.post(reverse("articles:transition", args=[article.pk, "publish"]))

    article.refresh_from_db()
    assert article.status == "published"
    assert client.get(article.get_public_url()).status_code == 200
    steps = article.events.order_by("id").values_list("action", "actor__username")
    assert list(steps) == [("create", "reporter"), ("submit", "reporter"), ("approve", "editor"), ("publish", "editor")]


def test_a_story_the_demo_superuser_writes_is_approved_by_the_demo_editor(db, debug_on):
    run("seed_demo")
    people = {person.username: person for person in get_user_model().objects.all()}
    article = services.article_create(
        author=people["admin"], desk=Desk.objects.get(slug="local"), headline="Harbour wall repairs begin",
    )
    services.article_transition(article_id=article.pk, user=people["admin"], name="submit")

    with pytest.raises(services.IllegalTransition, match="another editor must approve this story"):
        services.article_transition(article_id=article.pk, user=people["admin"], name="approve")
    article = services.article_transition(article_id=article.pk, user=people["editor"], name="approve")
    assert article.status == "approved"


def test_seed_demo_refuses_to_create_known_passwords_with_debug_off(db, settings):
    settings.DEBUG = False

    _, _, error = run("seed_demo")

    assert error is not None and "DEBUG" in str(error)
    assert not get_user_model().objects.filter(username="admin").exists()


def test_seed_demo_runs_with_debug_off_when_forced(db, settings):
    settings.DEBUG = False

    _, _, error = run("seed_demo", force=True)

    assert error is None
    assert get_user_model().objects.filter(username="admin", is_superuser=True).exists()


# import_wire


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_import_wire_turns_each_file_into_a_draft_with_headline_and_paragraphs(reporter, desk, tmp_path):
    first = write(
        tmp_path,
        "ferry.txt",
        "\n\nFerry strike enters second day\n\nFerries stayed in port on Tuesday.\nTalks resume today.\n\n\n"
        '"We are ready to talk," said union leader Joe Bram.\n',
    )
    second = write(tmp_path, "budget.txt", "Budget passes\n\nThe budget passed by 50 votes to 12.")

    stdout, stderr, error = run("import_wire", first, second, desk="politics", author="rita")

    assert error is None and stderr == ""
    ferry = Article.objects.get(headline="Ferry strike enters second day")
    assert ferry.body == (
        "Ferries stayed in port on Tuesday.\nTalks resume today.\n\n"
        '"We are ready to talk," said union leader Joe Bram.'
    )
    assert (ferry.status, ferry.desk, ferry.author) == ("draft", desk, reporter)
    assert ferry.revisions.count() == 1
    assert f"imported {first} as article #{ferry.pk} 'Ferry strike enters second day'" in stdout
    assert Article.objects.filter(headline="Budget passes").exists()


def test_import_wire_strips_a_byte_order_mark_and_windows_line_endings(reporter, desk, tmp_path):
    path = write(tmp_path, "bom.txt", "\ufeffHeadline from Windows\r\n\r\nLine one\r\nLine two\r\n".encode())

    run("import_wire", path, desk="politics", author="rita")

    article = Article.objects.get()
    assert article.headline == "Headline from Windows"
    assert article.body == "Line one\nLine two"


def test_import_wire_rejects_bad_files_by_name_and_imports_the_rest(reporter, desk, tmp_path, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 100
    good = write(tmp_path, "good.txt", "Good headline\n\nA body of reasonable length.")
    empty = write(tmp_path, "empty.txt", "")
    damaged_utf8 = write(tmp_path, "damaged.txt", "Café owners protest\n\nThe café closed.".encode() + b" \xe9")
    missing = str(tmp_path / "missing.txt")
    too_long = write(tmp_path, "long.txt", "Long headline\n\n" + "word " * 30)
    huge = write(tmp_path, "huge.txt", "Huge headline\n\n" + "x" * 10_000)
    headline_only = write(tmp_path, "headline-only.txt", "Just a headline\n\n   \n")

    stdout, stderr, error = run(
        "import_wire", empty, good, damaged_utf8, missing, too_long, huge, headline_only, desk="politics", author="rita"
    )

    assert list(Article.objects.values_list("headline", flat=True)) == ["Good headline"]
    assert f"imported {good}" in stdout
    lines = stderr.splitlines()
    assert f"rejected {empty}: the file is empty" in lines
    assert any(line.startswith(f"rejected {damaged_utf8}: it is not valid UTF-8") for line in lines)
    assert any(line.startswith(f"rejected {missing}: it cannot be read") for line in lines)
    assert any(line.startswith(f"rejected {too_long}:") and "the limit is 100" in line for line in lines)
    assert any(line.startswith(f"rejected {huge}: it is too large") for line in lines)
    assert f"rejected {headline_only}: it has a headline but no body" in lines
    assert error is not None and "6 of 7 files rejected" in str(error)


def test_import_wire_removes_invisible_characters_inside_figures(reporter, desk, tmp_path):
    path = write(tmp_path, "rally.txt", "Rally draws 1\u2060000\n\nAbout 1\u200b000 people came, 2\u00ad,000 said police.")

    run("import_wire", path, desk="politics", author="rita")

    article = Article.objects.get()
    assert (article.headline, article.body) == ("Rally draws 1000", "About 1000 people came, 2,000 said police.")


def test_import_wire_rejects_text_with_control_characters(reporter, desk, tmp_path):
    path = write(tmp_path, "control.txt", "Headline\n\nBody with a \x07 bell.")

    _, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is not None
    assert f"rejected {path}: body:" in stderr and "control character" in stderr
    assert not Article.objects.exists()


def test_import_wire_with_an_unknown_desk_imports_nothing(reporter, desk, tmp_path):
    path = write(tmp_path, "good.txt", "Good headline\n\nBody.")

    stdout, _, error = run("import_wire", path, desk="sport", author="rita")

    assert error is not None and "sport" in str(error) and "politics" in str(error)
    assert stdout == ""
    assert not Article.objects.exists()


@pytest.mark.parametrize("author", ["nobody", "edna"])
def test_import_wire_requires_an_existing_reporter_as_author(editor, desk, tmp_path, author):
    path = write(tmp_path, "good.txt", "Good headline\n\nBody.")

    _, _, error = run("import_wire", path, desk="politics", author=author)

    assert error is not None and author in str(error)
    assert not Article.objects.exists()


def test_import_wire_reads_the_agencys_slug_line_version_tag_and_note_as_such(reporter, desk, tmp_path):
    path = write(
        tmp_path,
        "bank.txt",
        "BC-VALDORIA-RATES/ (URGENT)\n"
        "CORRECTED-UPDATE 1-Central bank of Valdoria holds rates at 5.25%\n"
        "(Corrects size of bond purchases in paragraph 3 to 2 billion crowns, not 20 billion)\n\n"
        "VALDORIA CITY, March 3 (Reuters) - The central bank kept its main rate at 5.25% on Tuesday.\n\n"
        "The bank said it would buy 2 billion crowns of bonds.\n\n"
        "(Reporting by Piet Vos; Editing by Kim Lund)\n",
    )

    stdout, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None and stderr == ""
    article = Article.objects.get()
    assert article.headline == "Central bank of Valdoria holds rates at 5.25%"
    # The agency's note is for the desk, not the reader: its "20 billion" is no figure of the story.
    assert article.body.startswith("VALDORIA CITY, March 3 (Reuters) - ")
    assert "20 billion" not in article.body
    assert article.body.endswith("(Reporting by Piet Vos; Editing by Kim Lund)")
    assert article.revisions.get().note == (
        "Imported from bank.txt CORRECTED-UPDATE 1 "
        "(Corrects size of bond purchases in paragraph 3 to 2 billion crowns, not 20 billion)"
    )


def test_import_wire_keeps_an_embargo_in_front_of_the_desk_and_out_of_the_headline(reporter, desk, tmp_path):
    path = write(
        tmp_path,
        "study.txt",
        "EMBARGOED UNTIL 0001 GMT MARCH 4\r\nHealth study finds walking cuts heart risk\r\n\r\n"
        "LONDON, March 3 (Reuters) - People who walk 7,000 steps a day have a 31% lower risk.\r\n",
    )

    stdout, _, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None
    article = Article.objects.get()
    assert article.headline == "Health study finds walking cuts heart risk"
    assert article.body.startswith("EMBARGOED UNTIL 0001 GMT MARCH 4\n\nLONDON, March 3 (Reuters)")
    assert "EMBARGOED UNTIL 0001 GMT MARCH 4: kept at the top of the body" in stdout


def test_import_wire_holds_the_draft_to_the_time_its_embargo_line_gives(reporter, desk, editor, tmp_path):
    lifts = (timezone.now() + timedelta(days=2)).astimezone(dt_timezone.utc).replace(second=0, microsecond=0)
    line = f"EMBARGOED UNTIL {lifts:%H%M} GMT {lifts:%B %-d %Y}".upper()
    path = write(tmp_path, "study.txt", f"{line}\nHealth study finds walking cuts heart risk\n\nLONDON - People walk.\n")

    stdout, _, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None
    article = Article.objects.get()
    assert article.embargo_until == lifts
    assert f"{line}: kept at the top of the body; it cannot be published before {as_recorded(lifts)}" in stdout
    event = WorkflowEvent.objects.get(article=article, action="set_embargo")
    assert event.actor == reporter and f"From the agency's line “{line}”." in event.comment
    article = move_to(article, "approved", editor=editor)
    with pytest.raises(services.PublicationEmbargoed):
        services.article_transition(article_id=article.pk, user=editor, name="publish")


def test_import_wire_says_when_the_embargo_lines_time_cannot_be_read(reporter, desk, tmp_path):
    path = write(tmp_path, "study.txt", "EMBARGOED UNTIL 0001 MARCH 4\nHealth study finds walking cuts heart risk\n\nBody.")

    stdout, _, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None
    assert Article.objects.get().embargo_until is None
    assert "no time could be read from it: an editor sets the embargo on the article in the admin" in stdout


@pytest.mark.parametrize(
    "headline",
    ["UK-FRANCE TALKS COLLAPSE", "Update on the ferry talks", "COVID-19 cases rise 5%", "Vote count: 52-48"],
)
def test_import_wire_keeps_headlines_that_only_look_like_agency_lines(reporter, desk, tmp_path, headline):
    path = write(tmp_path, "story.txt", f"{headline}\n\nThe body.")

    run("import_wire", path, desk="politics", author="rita")

    assert Article.objects.get().headline == headline


def test_import_wire_rejects_a_file_with_only_the_agencys_lines(reporter, desk, tmp_path):
    path = write(tmp_path, "slug.txt", "BC-PORTS-STRIKE/\nEMBARGOED UNTIL 0001 GMT\n")

    _, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is not None and f"rejected {path}: it has only the agency's slug or embargo line" in stderr
    assert not Article.objects.exists()


def test_the_wire_module_imports_no_django():
    import articles.wire

    source = open(articles.wire.__file__, encoding="utf-8").read()
    assert "import django" not in source and "from django" not in source


def test_import_wire_run_twice_on_the_same_files_makes_no_second_draft(reporter, desk, tmp_path):
    first = write(tmp_path, "ferry.txt", "Ferry strike enters second day\n\nFerries stayed in port, said 40 crews.")
    second = write(tmp_path, "budget.txt", "Budget passes\n\nThe budget passed by 50 votes to 12.")
    run("import_wire", first, second, desk="politics", author="rita")
    ferry = Article.objects.get(headline="Ferry strike enters second day")

    stdout, stderr, error = run("import_wire", first, second, desk="politics", author="rita")

    assert error is None and stderr == ""
    assert Article.objects.count() == 2
    assert ferry.revisions.count() == 1
    assert f"skipped {first}: already imported from ferry.txt as article #{ferry.pk}" in stdout
    assert stdout.splitlines()[-1] == "2 files: 0 imported, 0 updated, 2 skipped, 0 rejected."


def test_import_wire_knows_the_same_copy_saved_under_another_name_with_other_line_ends(reporter, desk, tmp_path):
    original = write(tmp_path, "ferry.txt", "Ferry strike enters second day\n\nFerries stayed in port.\n")
    again = write(tmp_path, "ferry copy (1).txt", "\ufeffFerry strike enters second day\r\n\r\nFerries stayed in port.\r\n".encode())
    run("import_wire", original, desk="politics", author="rita")
    ferry = Article.objects.get()
    # The desk works on the draft meanwhile; the copy imported again must not undo or duplicate that.
    ferry_edited, _ = services.article_save_copy(
        article_id=ferry.pk, user=ferry.author, base_version=1,
        headline="Ferry strike: day two", standfirst="", body="Ferries stayed in port.",
    )

    stdout, _, error = run("import_wire", again, desk="politics", author="rita")

    assert error is None
    assert list(Article.objects.values_list("headline", flat=True)) == ["Ferry strike: day two"]
    assert f"skipped {again}: already imported from ferry.txt as article #{ferry.pk}" in stdout


def test_import_wire_of_the_same_copy_at_once_keeps_one_draft(reporter, desk):
    story = parse_wire_text("Ferry strike enters second day\n\nFerries stayed in port.")
    first, _ = services.article_import_wire(author=reporter, desk=desk, story=story, file_name="ferry.txt")
    # As if the second run had looked before the first one saved: the database refuses its record.
    with mock.patch.object(WireImport.objects, "filter", side_effect=[WireImport.objects.none(), WireImport.objects.all()]):
        with pytest.raises(services.WireCopyAlreadyImported) as raised:
            services.article_import_wire(author=reporter, desk=desk, story=story, file_name="ferry-again.txt")

    assert raised.value.wire_import.article == first
    assert Article.objects.count() == 1


PORT_STRIKE = (
    "BC-PORTS-STRIKE/ (URGENT)\n"
    "Dockworkers at Northmere port extend strike\n\n"
    "NORTHMERE, March 3 (Reuters) - Dockworkers extended their strike, leaving 42 ships waiting.\n\n"
    "The union, which represents about 3,400 workers, is seeking a 9% pay rise.\n\n"
    "(Writing by Anna Pell; Editing by Tom Greaves)\n"
)
PORT_STRIKE_UPDATE_2 = (
    "BC-PORTS-STRIKE/ (UPDATE 2)\n"
    "UPDATE 2-Dockworkers at Northmere port extend strike to third day\n"
    "(Adds minister's quote in paragraph 3, updates ships waiting)\n\n"
    "NORTHMERE, March 3 (Reuters) - Dockworkers extended their strike, leaving 47 ships waiting.\n\n"
    "The union, which represents about 3,400 workers, is seeking a 9% pay rise.\n\n"
    '"Every day this goes on costs the country dearly," Transport Minister Carla Weiss said.\n\n'
    "(Writing by Anna Pell; Editing by Tom Greaves)\n"
)


def test_import_wire_applies_a_later_version_of_a_story_to_its_draft(reporter, desk, tmp_path):
    original = write(tmp_path, "ports.txt", PORT_STRIKE)
    update = write(tmp_path, "ports-2.txt", PORT_STRIKE_UPDATE_2)
    run("import_wire", original, desk="politics", author="rita")
    article = Article.objects.get()

    stdout, stderr, error = run("import_wire", update, desk="politics", author="rita")

    assert error is None and stderr == ""
    article.refresh_from_db()
    assert Article.objects.count() == 1
    assert article.headline == "Dockworkers at Northmere port extend strike to third day"
    assert "47 ships" in article.body and "Carla Weiss" in article.body
    assert [r.number for r in article.revisions.all()] == [2, 1]
    assert article.revisions.get(number=2).note == (
        "Imported from ports-2.txt UPDATE 2 (Adds minister's quote in paragraph 3, updates ships waiting)"
    )
    assert f"updated article #{article.pk} 'Dockworkers at Northmere port extend strike to third day' from {update}" in stdout
    assert stdout.splitlines()[-1] == "1 files: 0 imported, 1 updated, 0 skipped, 0 rejected."


def test_import_wire_finds_the_story_by_its_headline_when_the_agency_sends_no_slug_line(reporter, desk, tmp_path):
    original = write(tmp_path, "a.txt", "Floods close schools\n\nFloods closed 120 schools.")
    update = write(tmp_path, "b.txt", "UPDATE 1-Floods close schools\n\nFloods closed 140 schools.")

    run("import_wire", original, update, desk="politics", author="rita")

    assert list(Article.objects.values_list("body", flat=True)) == ["Floods closed 140 schools."]


def test_import_wire_treats_the_same_headline_without_a_version_tag_as_another_story(reporter, desk, tmp_path):
    monday = write(tmp_path, "a.txt", "Stocks close higher\n\nShares rose 1%.")
    tuesday = write(tmp_path, "b.txt", "Stocks close higher\n\nShares rose 2%.")

    run("import_wire", monday, tuesday, desk="politics", author="rita")

    assert Article.objects.count() == 2


def test_import_wire_skips_an_earlier_version_that_arrives_after_a_later_one(reporter, desk, tmp_path):
    update = write(tmp_path, "a-update.txt", PORT_STRIKE_UPDATE_2)
    original = write(tmp_path, "b-original.txt", PORT_STRIKE)
    update_1 = write(tmp_path, "c-update-1.txt", PORT_STRIKE_UPDATE_2.replace("UPDATE 2", "UPDATE 1").replace("47", "45"))

    stdout, stderr, error = run("import_wire", update, original, update_1, desk="politics", author="rita")

    assert error is None and stderr == ""
    article = Article.objects.get()
    assert "47 ships" in article.body and article.revisions.count() == 1
    assert f"skipped {original}: it is an earlier version of article #{article.pk}" in stdout
    assert f"skipped {update_1}: it is an earlier version of article #{article.pk}" in stdout
    assert "which has UPDATE 2 already" in stdout



def test_import_wire_imports_a_story_with_a_recurring_headline_after_an_update_of_the_last_one(reporter, desk, tmp_path):
    monday_update = write(tmp_path, "mon-2.txt", "UPDATE 1-Stocks close higher\n\nShares rose 1.2% by the close.")
    tuesday = write(tmp_path, "tue.txt", "Stocks close higher\n\nShares rose 2% on Tuesday.")
    run("import_wire", monday_update, desk="politics", author="rita")

    stdout, _, error = run("import_wire", tuesday, desk="politics", author="rita")

    assert error is None
    assert sorted(Article.objects.values_list("body", flat=True)) == [
        "Shares rose 1.2% by the close.", "Shares rose 2% on Tuesday."
    ]
    assert f"imported {tuesday} as article #" in stdout


def test_import_wire_imports_todays_first_story_under_a_slug_reused_from_yesterday(reporter, desk, tmp_path):
    yesterday = write(tmp_path, "mon.txt", "BRITAIN-ECONOMY/\nUPDATE 3-UK growth slows to 0.1% in third quarter\n\nGDP grew 0.1%.")
    today = write(tmp_path, "tue.txt", "BRITAIN-ECONOMY/\nUK inflation falls to 2.3% in October\n\nInflation fell to 2.3%.")
    run("import_wire", yesterday, desk="politics", author="rita")

    stdout, _, error = run("import_wire", today, desk="politics", author="rita")

    assert error is None
    assert Article.objects.filter(headline="UK inflation falls to 2.3% in October").exists(), stdout
    assert Article.objects.filter(headline="UK growth slows to 0.1% in third quarter").exists()


def test_import_wire_applies_no_update_to_another_story_under_the_same_slug(reporter, desk, tmp_path):
    yesterday = write(tmp_path, "mon.txt", "BRITAIN-ECONOMY/\nUK growth slows to 0.1% in third quarter\n\nGDP grew 0.1%.")
    today_update = write(
        tmp_path, "tue-1.txt",
        "BRITAIN-ECONOMY/\nUPDATE 1-UK inflation falls to 2.3% in October\n\nInflation fell to 2.3%, the ONS said.",
    )
    run("import_wire", yesterday, desk="politics", author="rita")

    run("import_wire", today_update, desk="politics", author="rita")

    assert sorted(Article.objects.values_list("headline", flat=True)) == [
        "UK growth slows to 0.1% in third quarter", "UK inflation falls to 2.3% in October"
    ]
    assert Article.objects.get(headline__startswith="UK growth").version == 1


def test_import_wire_imports_a_first_version_under_a_slug_and_headline_updated_hours_ago(reporter, desk, tmp_path):
    # A market report under the same slug and headline every day: yesterday's reached UPDATE 1.
    yesterday = write(tmp_path, "mon.txt", "US-STOCKS/\nUPDATE 1-Stocks close higher\n\nShares rose 1.2% by the close.")
    today = write(tmp_path, "tue.txt", "US-STOCKS/\nStocks close higher\n\nShares rose 2% on Tuesday.")
    run("import_wire", yesterday, desk="politics", author="rita")
    WireImport.objects.update(imported_at=timezone.now() - timedelta(hours=20))

    stdout, _, error = run("import_wire", today, desk="politics", author="rita")

    assert error is None
    assert Article.objects.count() == 2, stdout


def test_import_wire_applies_a_later_version_sent_with_a_note_and_no_update_number(reporter, desk, tmp_path):
    first = write(tmp_path, "a.txt", "BC-FLOODS/\nFloods close schools\n\nFloods closed 120 schools.")
    update_1 = write(tmp_path, "b.txt", "BC-FLOODS/\nUPDATE 1-Floods close schools\n\nFloods closed 140 schools.")
    later = write(
        tmp_path, "c.txt",
        "BC-FLOODS/\nFloods close schools\n\n(Adds death toll)\n\nFloods closed 140 schools. Two people died.",
    )
    run("import_wire", first, update_1, desk="politics", author="rita")

    stdout, _, error = run("import_wire", later, desk="politics", author="rita")

    assert error is None
    article = Article.objects.get()
    assert article.body == "Floods closed 140 schools. Two people died."
    assert article.revisions.get(number=3).note == "Imported from c.txt (Adds death toll)"


def test_import_wire_finds_the_story_when_the_feed_writes_accents_decomposed(reporter, desk, tmp_path):
    headline = unicodedata.normalize("NFD", "Café owners in Liège protest")
    first = write(tmp_path, "a.txt", f"{headline}\n\nAbout 300 café owners marched.")
    update = write(tmp_path, "b.txt", f"UPDATE 1-{headline}\n\nAbout 400 café owners marched.")

    stdout, _, error = run("import_wire", first, update, desk="politics", author="rita")

    assert error is None
    article = Article.objects.get()
    assert (article.version, article.body) == (2, "About 400 café owners marched.")

def test_import_wire_does_not_overwrite_a_draft_the_desk_has_edited_or_taken_on(reporter, desk, tmp_path, editor):
    original = write(tmp_path, "ports.txt", PORT_STRIKE)
    update = write(tmp_path, "ports-2.txt", PORT_STRIKE_UPDATE_2)
    run("import_wire", original, desk="politics", author="rita")
    article = Article.objects.get()
    services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=1,
        headline="Port strike: day three", standfirst="", body=article.body,
    )

    _, stderr, error = run("import_wire", update, desk="politics", author="rita")

    assert error is not None and "1 of 1 files rejected" in str(error)
    assert f"rejected {update}: it updates article #{article.pk} 'Port strike: day three', whose copy has been edited" in stderr
    article.refresh_from_db()
    assert (article.headline, article.version) == ("Port strike: day three", 2)

    services.article_transition(article_id=article.pk, user=reporter, name="submit")
    _, stderr, error = run("import_wire", update, desk="politics", author="rita")

    assert f"which is submitted and not {reporter.get_full_name()}'s to edit now" in stderr
    assert Article.objects.get().version == 2


@pytest.mark.parametrize(
    "encoding, raw",
    [
        ("latin-1", "Café owners in Liège protest\n\nLIÈGE, March 3 (AFP) - About 300 café owners marched.".encode("latin-1")),
        ("cp1252", "Minister’s plan draws “fierce” criticism – opposition\n\nThe plan cuts 1,200 posts.".encode("cp1252")),
    ],
)
def test_import_wire_reads_a_file_in_windows_1252_or_latin_1(reporter, desk, tmp_path, encoding, raw):
    path = write(tmp_path, f"{encoding}.txt", raw)

    stdout, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None and stderr == ""
    article = Article.objects.get()
    assert (article.headline, article.body) == tuple(raw.decode(encoding).split("\n\n"))
    assert f"imported {path} as article #{article.pk} {article.headline!r} (read as Windows-1252: the file is not UTF-8)" in stdout


def test_import_wire_refuses_utf8_with_a_damaged_byte_rather_than_garble_its_accents(reporter, desk, tmp_path):
    path = write(tmp_path, "damaged.txt", "Café owners protest\n\nThe café closed at 9".encode() + b"\x96" + b"10pm.")

    _, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is not None
    assert f"rejected {path}: it is not valid UTF-8 (byte 0x96 at offset 43), though the rest of it is" in stderr
    assert not Article.objects.exists()



@pytest.mark.parametrize(
    "text",
    [
        # French as AFP sets it: a no-break space before "»", so that "é\xa0»" is, by chance, valid UTF-8.
        "Le sommet est annulé\n\n« Le sommet est annulé\u00a0», a dit le ministre. 300 délégués sont rentrés.",
        # German: "ß“" is, by chance, valid UTF-8 too.
        "Straßen gesperrt\n\nDie Polizei sperrte die Große Straße für 3 Stunden: „Das ist kein Spaß“, sagte Müller.",
    ],
)
def test_import_wire_reads_windows_1252_in_which_some_bytes_happen_to_be_valid_utf8(reporter, desk, tmp_path, text):
    path = write(tmp_path, "afp.txt", text.encode("cp1252"))

    stdout, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None and stderr == ""
    article = Article.objects.get()
    assert (article.headline, article.body) == tuple(text.split("\n\n"))
    assert "(read as Windows-1252: the file is not UTF-8)" in stdout

# Committed as the command commits in production, so that each save hands its scan over at once
# (serialized_rollback: the flush afterwards must leave the role groups the migrations made).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_import_wire_while_redis_is_down_says_which_drafts_wait_for_their_scan(reporter, desk, tmp_path, caplog):
    from kombu.exceptions import OperationalError

    from factcheck.tasks import scan_revision

    paths = [write(tmp_path, f"s{n}.txt", f"Story {n}\n\nPrices rose {n + 1}% in March.") for n in range(3)]
    refused = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with mock.patch.object(scan_revision, "apply_async", side_effect=refused):
        stdout, stderr, error = run("import_wire", *paths, desk="politics", author="rita")

    assert error is None
    ids = sorted(Article.objects.values_list("pk", flat=True))
    assert (
        f"3 of the 3 drafts saved could not be handed to the scan queue (is Redis running?): "
        f"articles #{ids[0]}, #{ids[1]}, #{ids[2]}. They are saved, and their scans stay queued" in stderr
    )
    assert stdout.splitlines()[-1] == "3 files: 3 imported, 0 updated, 0 skipped, 0 rejected."
    # One line a scan in the log, with the reason, and no traceback burying the report.
    warnings = [r for r in caplog.records if r.name == "factcheck.services"]
    assert len(warnings) == 3
    assert all(r.exc_info is None and "Connection refused" in r.getMessage() for r in warnings)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_import_wire_with_redis_up_reports_no_waiting_scans(reporter, desk, tmp_path):
    from factcheck.models import ScanRun

    path = write(tmp_path, "s.txt", "Story\n\nPrices rose 3% in March.")

    _, stderr, error = run("import_wire", path, desk="politics", author="rita")

    assert error is None and stderr == ""
    assert ScanRun.objects.get().published_at is not None
