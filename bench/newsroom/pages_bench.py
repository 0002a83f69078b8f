"""Every page of every role, on a busy newsroom built through the services: queries, SQL time, p50 time.

    python bench/newsroom/pages_bench.py [--articles 300,3000] [--runs 5] [--keep]
                                         [--database-url sqlite:///.run/bench-newsroom.sqlite3]
    python bench/newsroom/pages_bench.py --database-url postgres://postgres@127.0.0.1:5432/newsroom_bench_pages
    python bench/newsroom/pages_bench.py --measure-kept [--only "editor: claims"]   # again, on the kept data

Creates its own database (on SQLite a file that must not exist yet; on PostgreSQL a database of that
name, dropped first), migrates it and builds the newsroom the way its people do, through the services:
40 staff (24 reporters, 8 editors, 8 fact-checkers), 8 desks, and articles in every editorial state,
each written, saved again, scanned for claims by the real extractor, reviewed with editorial
comments, taken and ruled on by the desk (with sources), waived, published, corrected, killed or
archived. One reporter writes an eighth of the copy. One article is heavier than any other: 60
revisions, 30 editorial comments, three co-authors, three corrections and a claim with a long history.

The newsroom grows in steps (by default 300 articles, then 3,000, with about 5,700 and 53,000 claims:
saves leave the claims they reword behind, gone from the copy). At each step every page is rendered
through the test client as the role that uses it, and the queries it ran, their time, the median (p50)
time of --runs renders and the page's size are printed. A page whose query count differs between the
steps, or between a list of a few rows and a full one (the "few rows" lines), runs queries per row;
SQL time that grows between the steps reads more of a table than the page shows. --keep keeps the
database, and --measure-kept measures it again (migrated first) without building anything. This is a
benchmark: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

from bench_database import recreate_database, release_database, setup_django  # noqa: E402

DEFAULT_URL = "sqlite:///.run/bench-newsroom.sqlite3"
TARGET_MS = 300.0

PARAGRAPHS = [
    "The government will deploy more than {a:,} police officers across the capital this weekend, where "
    "organisers of three separate marches expect up to {b:,} people, the interior ministry said on Thursday.",
    "Interior Minister {speaker} told reporters that officers from six regional forces would reinforce the "
    "city's own units from Friday evening.",
    '"More than {a:,} officers will be on duty on Saturday alone, and every one of them has been briefed on '
    'the right to protest," {surname} said.',
    "The ministry said the operation would cost about {c} million euros, roughly double the cost of the last "
    "comparable weekend.",
    "Organisers of the largest march said they had agreed a route of {d} kilometres from Central Station to "
    'Parliament Square with the police. A spokesman said the unions expected "at least {e:,} members".',
    "Road closures would begin early on Saturday and {f} metro stations near the route could close at short "
    "notice, the transport authority said.",
]
SPEAKERS = ["Lena Varga", "Daniel Osei", "Ruth Halden", "Jonas Feld", "Agnes Moor", "Piotr Adamek"]
# Roll (0-99) -> the state an article is left in: most copy a newsroom holds is published.
STATES = (
    [("published", 50), ("corrected", 5), ("archived", 3), ("killed", 4), ("draft", 12), ("changes_requested", 4),
     ("submitted", 7), ("in_review", 7), ("approved", 4), ("scheduled", 4)]
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="300,3000", help="article counts to grow to, comma separated")
    parser.add_argument("--runs", type=int, default=5, help="renders per page for the median")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--only", default="", help="measure only the pages whose label contains this")
    parser.add_argument(
        "--measure-kept", action="store_true",
        help="measure a database an earlier run kept (migrated first), without building anything",
    )
    parser.add_argument("--seed", type=int, default=11)
    return parser.parse_args()


# --- Building the newsroom through the services -----------------------------------------------------


class Newsroom:
    @classmethod
    def kept(cls) -> "Newsroom":
        """The newsroom an earlier run built and kept."""
        from django.contrib.auth import get_user_model

        from articles.models import Article, Desk

        newsroom = cls.__new__(cls)
        User = get_user_model()
        newsroom.reporters = [User.objects.get(username=f"reporter{n}") for n in range(24)]
        newsroom.editors = [User.objects.get(username=f"editor{n}") for n in range(8)]
        newsroom.checkers = [User.objects.get(username=f"checker{n}") for n in range(8)]
        newsroom.desks = list(Desk.objects.order_by("slug"))
        newsroom.reporter, newsroom.editor = newsroom.reporters[0], newsroom.editors[0]
        newsroom.checker = newsroom.checkers[0]
        newsroom.heavy = Article.objects.get(headline__startswith="Live:").pk
        newsroom.articles = list(Article.objects.exclude(pk=newsroom.heavy).values_list("pk", flat=True))
        return newsroom

    def __init__(self, seed: int):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from articles.models import Desk

        self.random = random.Random(seed)
        self.articles: list[int] = []
        self.by_state: dict[str, list[int]] = {}
        User = get_user_model()
        names = iter(
            f"{first} {last}"
            for last in ["Lind", "Okafor", "Marsh", "Nasser", "Mensah", "Kowal", "Berg", "Tanaka"]
            for first in ["Rosa", "Sam", "Edith", "Farid", "Ada"]
        )

        def person(username, role, **flags):
            first, last = next(names).split()
            user = User.objects.create_user(username, password=username, first_name=first, last_name=last, **flags)
            user.groups.add(Group.objects.get(name=role))
            return user

        self.reporters = [person(f"reporter{n}", "Reporter") for n in range(24)]
        self.editors = [person(f"editor{n}", "Editor", is_staff=True) for n in range(8)]
        self.checkers = [person(f"checker{n}", "Fact-checker") for n in range(8)]
        self.desks = [Desk.objects.create(name=f"Desk {n}", slug=f"desk-{n}") for n in range(8)]
        # The reporter whose pages are measured writes an eighth of the copy, as a busy one does.
        self.reporter = self.reporters[0]
        self.editor = self.editors[0]
        self.checker = self.checkers[0]
        self.heavy = None
        self.figures_of: dict[int, dict] = {}  # each article's figures, which a save changes one of

    # One article -------------------------------------------------------------------------------

    def figures(self) -> dict:
        r = self.random
        speaker = r.choice(SPEAKERS)
        return {
            "a": r.randint(500, 9000), "b": r.randint(10, 90) * 1000, "c": round(r.uniform(1, 9), 1),
            "d": r.randint(2, 12), "e": r.randint(5, 50) * 1000, "f": r.randint(3, 20),
            "speaker": speaker, "surname": speaker.split()[-1],
        }

    def body(self, *, paragraphs: int | None = None, figures: dict | None = None) -> str:
        # Two to four paragraphs: about ten claims an article.
        count = paragraphs or self.random.randint(2, 4)
        return "\n\n".join(p.format(**(figures or self.figures())) for p in PARAGRAPHS[:count])

    def _scan(self, article_id: int) -> None:
        from factcheck import services as factcheck_services
        from factcheck.models import OPEN_SCAN_STATUSES, ScanRun

        for run in ScanRun.objects.filter(article_id=article_id, status__in=OPEN_SCAN_STATUSES):
            factcheck_services.scan_run_execute(scan_run_id=run.pk)

    def _save_again(self, article_id: int, user, *, note: str = "") -> None:
        """Save the copy again with one figure changed, as a reporter updating a story does."""
        from articles import services
        from articles.models import Article

        article = Article.objects.get(pk=article_id)
        figures = self.figures_of[article_id]
        figures["b"] += 1000
        body = self.body(paragraphs=len(article.body.split("\n\n")), figures=figures)
        services.article_save_copy(
            article_id=article_id, user=user, base_version=article.version, headline=article.headline,
            standfirst=article.standfirst, body=body, note=note,
        )
        self._scan(article_id)

    def _step(self, article_id: int, name: str, user, comment: str = "") -> None:
        from django.utils import timezone

        from articles import services

        services.article_transition(
            article_id=article_id, user=user, name=name, comment=comment,
            scheduled_for=timezone.now() + timedelta(days=2) if name == "schedule" else None,
        )

    def _work_the_desk(self, article_id: int, *, share: float) -> None:
        """The desk takes and rules on `share` of the article's open claims; the rest stay open."""
        from factcheck import services as factcheck_services
        from factcheck.models import ClaimCheck
        from factcheck.selectors import claims_blocking_publication

        from articles.models import Article

        r = self.random
        article = Article.objects.get(pk=article_id)
        for claim in claims_blocking_publication(article):
            if r.random() >= share:
                continue
            checker = r.choice(self.checkers)
            if r.random() < 0.1:
                factcheck_services.claim_take(claim_id=claim.pk, user=checker)
            roll = r.random()
            verdict = "verified" if roll < 0.9 else ("unverifiable" if roll < 0.96 else "inaccurate")
            source = factcheck_services.SourceInput(
                kind="url", reference=f"https://statistics.example.org/tables/{claim.pk}", note="Table 4"
            )
            checks = [ClaimCheck.FIGURE, ClaimCheck.ATTRIBUTION] if claim.has_attribution_check else [ClaimCheck.FIGURE]
            for check in checks:
                claim.refresh_from_db(fields=["status", "attribution_status"])
                current = claim.attribution_status if check == ClaimCheck.ATTRIBUTION else claim.status
                if current not in ("unverified", "in_progress"):
                    continue  # a quote verified as said answered for the figures inside it
                factcheck_services.claim_rule(
                    claim_id=claim.pk, user=checker, verdict=verdict, note="Checked against the published tables.",
                    sources=[source], check=check,
                )

    def _clear_for_publication(self, article_id: int) -> None:
        """Rule on everything still open; an editor waives what the desk ruled inaccurate or could not
        check in time (claim by claim, having read the ruling)."""
        from factcheck import services as factcheck_services
        from factcheck.selectors import claims_blocking_publication

        from articles.models import Article

        self._work_the_desk(article_id, share=1.0)
        for claim in claims_blocking_publication(Article.objects.get(pk=article_id)):
            factcheck_services.claim_waive(
                claim_id=claim.pk, user=self.editor, reason="The minister's office confirmed it on the record."
            )

    def add_article(self, number: int, *, state: str = "", author=None) -> int:
        from django.db import transaction
        from django.utils import timezone

        from articles import services

        r = self.random
        roll = r.randrange(100)
        for chosen, weight in STATES:
            if roll < weight:
                break
            roll -= weight
        state = state or chosen
        author = author or (self.reporter if r.random() < 0.125 else r.choice(self.reporters[1:]))
        co_authors = [r.choice(self.reporters)] if r.random() < 0.2 else []
        editor = r.choice(self.editors)
        figures = self.figures()
        with transaction.atomic():
            article = services.article_create(
                author=author, desk=r.choice(self.desks),
                headline=f"Story {number}: {r.randint(2, 90):,}00 police for the weekend marches",
                standfirst="The interior ministry calls it the largest policing operation in years.",
                body=self.body(figures=figures), co_authors=co_authors,
                deadline=timezone.now() + timedelta(hours=r.randint(1, 24 * 30)) if r.random() < 0.8 else None,
            )
            self.figures_of[article.pk] = figures
            self._scan(article.pk)
            for _ in range(r.randint(0, 2)):
                self._save_again(article.pk, author)
            if r.random() < 0.3:
                # The reporter backs a figure with a source before the desk sees it.
                from factcheck import services as factcheck_services
                from factcheck.models import Claim

                claim = Claim.objects.filter(article=article, is_present=True).first()
                if claim is not None:
                    factcheck_services.claim_add_source(
                        claim_id=claim.pk, user=author, kind="document", reference="Ministry press release, p. 2"
                    )
            self._walk(article.pk, state, author=author, editor=editor)
            for _ in range(r.randint(0, 3)):
                services.editorial_comment_add(
                    article_id=article.pk, user=r.choice(self.editors), body="Check the second figure with the desk."
                )
        self.articles.append(article.pk)
        self.by_state.setdefault(state, []).append(article.pk)
        return article.pk

    def _walk(self, article_id: int, state: str, *, author, editor) -> None:
        from articles import services

        if state == "draft":
            self._work_the_desk(article_id, share=0.2)
            return
        if state == "killed":
            self._step(article_id, "kill", editor, "The story fell through.")
            return
        self._step(article_id, "submit", author)
        if state == "submitted":
            self._work_the_desk(article_id, share=0.3)
            return
        if state == "changes_requested":
            self._step(article_id, "request_changes", editor, "The third paragraph needs a second source.")
            self._work_the_desk(article_id, share=0.5)
            return
        self._step(article_id, "start_review", editor)
        if state == "in_review":
            self._work_the_desk(article_id, share=0.6)
            return
        self._clear_for_publication(article_id)
        self._step(article_id, "approve", editor)
        if state == "approved":
            return
        if state == "scheduled":
            self._step(article_id, "schedule", editor)
            return
        self._step(article_id, "publish", editor)
        if state == "corrected":
            from articles.models import Article

            article = Article.objects.get(pk=article_id)
            services.article_publish_correction(
                article_id=article_id, user=editor, note="An earlier version gave the wrong cost.",
                headline=article.headline, standfirst=article.standfirst,
                body=article.body.replace(" million euros", ".5 million euros", 1), base_version=article.version,
            )
            self._scan(article_id)
            self._work_the_desk(article_id, share=0.5)
        elif state == "archived":
            self._step(article_id, "archive", editor, "Taken down at the source's request.")

    def add_heavy_article(self) -> int:
        """The longest-running story: 60 revisions, 30 editorial comments, three co-authors, published
        and corrected three times, with one claim taken, released and ruled on many times."""
        from django.db import transaction

        from articles import services
        from articles.models import Article
        from factcheck import services as factcheck_services
        from factcheck.models import Claim

        r = self.random
        figures = self.figures()
        with transaction.atomic():
            article = services.article_create(
                author=self.reporter, desk=self.desks[0], headline="Live: the weekend marches, as they happen",
                standfirst="Updated through the day.", body=self.body(paragraphs=len(PARAGRAPHS), figures=figures),
                co_authors=self.reporters[1:4],
            )
            self.figures_of[article.pk] = figures
            self._scan(article.pk)
            for n in range(59):
                # A live story: each update moves the expected turnout on.
                self._save_again(article.pk, r.choice([self.reporter, *self.reporters[1:4]]), note=f"Update {n + 1}")
            claim = Claim.objects.filter(article=article, is_present=True).order_by("start").first()
            for n in range(12):
                factcheck_services.claim_add_source(
                    claim_id=claim.pk, user=self.checkers[n % 8], kind="url",
                    reference=f"https://statistics.example.org/tables/{n}", note="Another table",
                )
                factcheck_services.claim_take(claim_id=claim.pk, user=self.checkers[n % 8])
                factcheck_services.claim_release(claim_id=claim.pk, user=self.checkers[n % 8])
            for n in range(30):
                services.editorial_comment_add(
                    article_id=article.pk, user=self.editors[n % 8], body=f"Note {n + 1}: keep the figures sourced."
                )
            self._walk(article.pk, "published", author=self.reporter, editor=self.editor)
            for n in range(3):
                current = Article.objects.get(pk=article.pk)
                services.article_publish_correction(
                    article_id=article.pk, user=self.editor, note=f"Correction {n + 1}: the cost was misstated.",
                    headline=current.headline, standfirst=current.standfirst,
                    body=current.body.replace(" million euros", "5 million euros", 1), base_version=current.version,
                )
                self._scan(article.pk)
                self._clear_for_publication(article.pk)
        self.heavy = article.pk
        return article.pk

    def grow_to(self, target: int) -> float:
        from django.db import connection

        started = time.perf_counter()
        if self.heavy is None:
            self.add_heavy_article()
            # The pages measured open one of the reporter's drafts and one of their published stories.
            self.add_article(1, state="draft", author=self.reporter)
            self.add_article(2, state="published", author=self.reporter)
        while len(self.articles) < target:
            self.add_article(len(self.articles) + 1)
            if len(self.articles) % 250 == 0:
                print(f"    {len(self.articles):,} articles", flush=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as a deployment's autovacuum (or an operator on SQLite) would
        return time.perf_counter() - started


# --- Measuring --------------------------------------------------------------------------------------


def measure(client, url: str, runs: int) -> tuple[int, float, float, int]:
    """(queries, their time in ms, p50 time of the whole render in ms, size of the page in bytes)"""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm the caches: templates, the database's pages
    assert response.status_code == 200, (url, response.status_code)
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # Read now: the captured queries are read from the connection's log, which every request empties.
    count, sql_ms = len(queries), sum(float(q["time"]) for q in queries) * 1000
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return count, sql_ms, statistics.median(times), len(response.content)


def pages(newsroom: Newsroom) -> list[tuple[str, str, str]]:
    """(label, url, role) for every page a role uses; "few rows" pages pair with a full list."""
    from django.urls import reverse
    from django.utils import timezone

    from articles.models import Article, Revision
    from factcheck.models import Claim, ScanRun

    heavy = Article.objects.get(pk=newsroom.heavy)
    own_draft = (
        Article.objects.filter(author=newsroom.reporter, status="draft").exclude(pk=heavy.pk).order_by("pk").first()
    )
    light_published = (
        Article.objects.filter(status="published", author=newsroom.reporter).exclude(pk=heavy.pk).order_by("pk").first()
    )
    heavy_claim = (
        Claim.objects.filter(article=heavy, is_present=True).order_by("start").first()
    )
    light_claim = Claim.objects.filter(article=own_draft, is_present=True).order_by("start").first()
    open_claim = Claim.objects.filter(status="unverified", article_live=True).order_by("pk").first()
    heavy_run = ScanRun.objects.filter(article=heavy).order_by("-id").first()
    last_revision = Revision.objects.filter(article=heavy).order_by("-number").first()
    article_admin = reverse("admin:articles_article_changelist")
    claim_admin = reverse("admin:factcheck_claim_changelist")
    run_admin = reverse("admin:factcheck_scanrun_changelist")
    queue = reverse("factcheck:queue")
    mine_pages = max(1, (Article.objects.filter(author=newsroom.reporter).count() + 19) // 20)
    news_pages = max(1, (Article.objects.filter(status__in=["published", "corrected"]).count() + 19) // 20)
    q = lambda **params: "?" + urlencode(params)  # noqa: E731
    week = (timezone.now(), timezone.now() + timedelta(days=7))
    return [
        # The reporter
        ("reporter: my drafts", reverse("articles:my_drafts"), "reporter"),
        ("reporter: my drafts, last page", reverse("articles:my_drafts") + q(page=mine_pages), "reporter"),
        ("reporter: article page (draft)", own_draft.get_absolute_url(), "reporter"),
        ("reporter: article page (heavy)", heavy.get_absolute_url(), "reporter"),
        ("reporter: scan panel (draft)", reverse("factcheck:scan_panel", args=[own_draft.pk]), "reporter"),
        ("reporter: scan panel (heavy)", reverse("factcheck:scan_panel", args=[heavy.pk]), "reporter"),
        ("reporter: edit page (draft)", reverse("articles:edit", args=[own_draft.pk]), "reporter"),
        ("reporter: history (draft)", reverse("articles:revisions", args=[own_draft.pk]), "reporter"),
        ("reporter: history (heavy)", reverse("articles:revisions", args=[heavy.pk]), "reporter"),
        ("reporter: compare r1 with last (heavy)",
         reverse("articles:revision_compare", args=[heavy.pk, 1, last_revision.number]), "reporter"),
        ("reporter: claim page (draft)", reverse("factcheck:claim", args=[light_claim.pk]), "reporter"),
        ("reporter: claim page (heavy)", reverse("factcheck:claim", args=[heavy_claim.pk]), "reporter"),
        # The editor, in the admin
        ("editor: admin index", reverse("admin:index"), "editor"),
        ("editor: review queue", reverse("admin:articles_reviewqueuearticle_changelist"), "editor"),
        ("editor: review queue, in review", reverse("admin:articles_reviewqueuearticle_changelist")
         + q(status__exact="in_review"), "editor"),
        ("editor: articles", article_admin, "editor"),
        ("editor: articles, few rows", article_admin + q(q=own_draft.headline.split(":")[0] + ":"), "editor"),
        ("editor: articles, published", article_admin + q(status__exact="published"), "editor"),
        ("editor: articles, by desk", article_admin + q(desk__id__exact=newsroom.desks[1].pk), "editor"),
        ("editor: articles, by author", article_admin + q(author__id__exact=newsroom.reporter.pk), "editor"),
        ("editor: articles, by editor", article_admin + q(assigned_editor__id__exact=newsroom.editor.pk), "editor"),
        ("editor: articles, deadline 7 days", article_admin + q(deadline__gte=str(week[0]), deadline__lt=str(week[1])),
         "editor"),
        ("editor: articles, search", article_admin + q(q="police"), "editor"),
        ("editor: articles, sorted by deadline", article_admin + q(o="-6"), "editor"),
        ("editor: articles, sorted by status", article_admin + q(o="2"), "editor"),
        ("editor: article change page (draft)", reverse("admin:articles_article_change", args=[own_draft.pk]),
         "editor"),
        ("editor: article change page (heavy)", reverse("admin:articles_article_change", args=[heavy.pk]), "editor"),
        ("editor: article page (heavy)", heavy.get_absolute_url(), "editor"),
        ("editor: correction form (heavy)", reverse("articles:correct", args=[heavy.pk]), "editor"),
        ("editor: claims", claim_admin, "editor"),
        ("editor: claims, few rows", claim_admin + q(article__id__exact=own_draft.pk), "editor"),
        ("editor: claims, inaccurate", claim_admin + q(status__exact="inaccurate"), "editor"),
        ("editor: claims, money", claim_admin + q(kind__exact="money"), "editor"),
        ("editor: claims, gone from copy", claim_admin + q(is_present__exact="0"), "editor"),
        ("editor: claims, by desk", claim_admin + q(article__desk__id__exact=newsroom.desks[2].pk), "editor"),
        ("editor: claims, search", claim_admin + q(q="Varga"), "editor"),
        ("editor: claims, sorted by text", claim_admin + q(o="1"), "editor"),
        ("editor: claim change page (draft)", reverse("admin:factcheck_claim_change", args=[light_claim.pk]), "editor"),
        ("editor: claim change page (heavy)", reverse("admin:factcheck_claim_change", args=[heavy_claim.pk]), "editor"),
        ("editor: scan runs", run_admin, "editor"),
        ("editor: scan runs, few rows", run_admin + q(article__id__exact=own_draft.pk), "editor"),
        ("editor: scan runs, done", run_admin + q(status__exact="done"), "editor"),
        ("editor: scan runs, by reason", run_admin + q(reason="save"), "editor"),
        ("editor: scan runs, by desk", run_admin + q(article__desk__id__exact=newsroom.desks[3].pk), "editor"),
        ("editor: scan runs, search", run_admin + q(q="police"), "editor"),
        ("editor: scan runs, this year", run_admin + q(queued_at__year=heavy.created_at.year), "editor"),
        ("editor: scan run change page", reverse("admin:factcheck_scanrun_change", args=[heavy_run.pk]), "editor"),
        ("editor: revisions", reverse("admin:articles_revision_changelist"), "editor"),
        ("editor: revisions, search", reverse("admin:articles_revision_changelist") + q(q="Update"), "editor"),
        ("editor: workflow events", reverse("admin:articles_workflowevent_changelist"), "editor"),
        ("editor: workflow events, publish", reverse("admin:articles_workflowevent_changelist")
         + q(action="publish"), "editor"),
        # The fact-checker
        ("checker: queue", queue, "checker"),
        ("checker: queue, page 5", queue + q(page=5), "checker"),
        ("checker: queue, few rows", queue + q(article=own_draft.pk), "checker"),
        ("checker: queue, all", queue + q(status="all"), "checker"),
        ("checker: queue, verified", queue + q(status="verified"), "checker"),
        ("checker: queue, inaccurate", queue + q(status="inaccurate"), "checker"),
        ("checker: queue, attribution", queue + q(status="attribution"), "checker"),
        ("checker: queue, quotes", queue + q(kind="quote"), "checker"),
        ("checker: queue, desk", queue + q(desk=newsroom.desks[4].pk), "checker"),
        ("checker: queue, mine", queue + q(assignee="me"), "checker"),
        ("checker: queue, nobody's", queue + q(assignee="none"), "checker"),
        ("checker: queue, speaker", queue + q(speaker="Varga"), "checker"),
        ("checker: queue, submitted", queue + q(stage="submitted"), "checker"),
        ("checker: queue, drafts", queue + q(stage="drafts"), "checker"),
        ("checker: queue, killed or archived", queue + q(stage="killed_or_archived"), "checker"),
        ("checker: claim page (open)", reverse("factcheck:claim", args=[open_claim.pk]), "checker"),
        ("checker: claim page (heavy)", reverse("factcheck:claim", args=[heavy_claim.pk]), "checker"),
        # Readers
        ("reader: news", reverse("articles:public_index"), "reader"),
        ("reader: news, last page", reverse("articles:public_index") + q(page=news_pages), "reader"),
        ("reader: article", light_published.get_public_url(), "reader"),
        ("reader: article (heavy)", heavy.get_public_url(), "reader"),
    ]


def main() -> None:
    args = parse_args()
    steps = [int(n) for n in args.articles.split(",")]
    if args.measure_kept:
        args.keep = True
    else:
        print(f"Creating {args.database_url} and migrating…", flush=True)
        recreate_database(args.database_url)
    try:
        setup_django(args.database_url)
        from django.core.management import call_command
        from django.test import Client

        from factcheck.models import Claim

        call_command("migrate", verbosity=0)
        newsroom = Newsroom.kept() if args.measure_kept else Newsroom(args.seed)
        if args.measure_kept:
            steps = [len(newsroom.articles)]
        clients = {"reader": Client()}
        for role, user in [("reporter", newsroom.reporter), ("editor", newsroom.editor), ("checker", newsroom.checker)]:
            clients[role] = Client()
            clients[role].force_login(user)
        results: dict[str, dict[int, tuple[int, float, float, int]]] = {}
        for target in steps:
            took = 0.0 if args.measure_kept else newsroom.grow_to(target)
            print(f"Built {len(newsroom.articles) + 1:,} articles, {Claim.objects.count():,} claims ({took:.0f} s)",
                  flush=True)
            for label, url, role in pages(newsroom):
                if args.only and args.only not in label:
                    continue
                measured = results.setdefault(label, {})[target] = measure(clients[role], url, args.runs)
                queries, sql_ms, p50, size = measured
                flag = " *" if p50 > TARGET_MS else ""
                print(f"  {label:<44} {queries:>3} queries {sql_ms:7.1f} ms of SQL  p50 {p50:7.1f} ms{flag}  "
                      f"{size / 1024:5.0f} kB", flush=True)
        print()
        print(f"{'page':<44}" + "".join(f"{f'{n:,} articles':>34}" for n in steps))
        print(f"{'':<44}" + "".join(f"{'queries  sql ms   p50 ms     kB':>34}" for _ in steps))
        for label, by_step in results.items():
            row = f"{label:<44}"
            for n in steps:
                queries, sql_ms, p50, size = by_step.get(n, (0, 0.0, 0.0, 0))
                row += f"{queries:>10} {sql_ms:>7.1f} {p50:>8.1f}{' *' if p50 > TARGET_MS else '  '}{size / 1024:>6.0f}"
            counts = {by_step[n][0] for n in steps if n in by_step}
            print(row + ("   <- queries grew" if len(counts) > 1 else ""), flush=True)
        print(f"\n* p50 over {TARGET_MS:.0f} ms.")
    finally:
        release_database(args.database_url, args.keep)


if __name__ == "__main__":
    main()
