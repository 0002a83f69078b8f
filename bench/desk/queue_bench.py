"""Query count per page and p50 render time of the fact-check desk and the editors' admin lists, on
PostgreSQL or SQLite.

    python bench/desk/queue_bench.py [--articles 10000,100000] [--claims-per-article 10] [--runs 15] [--keep]
                                     [--database-url postgres://postgres@127.0.0.1:5432/newsroom_bench_desk]
    python bench/desk/queue_bench.py --database-url sqlite:///.run/bench-desk.sqlite3

Creates its own database (dropped at the end unless --keep; on SQLite, a file of its own that must not
exist yet), migrates it, and bulk-loads articles, one revision each and their claims (COPY on
PostgreSQL, batched inserts on SQLite), growing in steps (by default 10k articles and 100k
claims, then 100k and 1M). At each step it renders, through the test client as a signed-in
fact-checker or editor:

  the fact-check queue (page 1, a deep page in each order, filtered by desk and kind, "my claims"), a claim page,
  the Article admin changelist, the Claim admin changelist and the review queue,

and prints the queries each page ran and the median (p50) time of --runs renders. The query count
should not move as the data grows; the time target is 100 ms. This is a benchmark: it prints figures
and asserts nothing.

The data look like a working newsroom with a heavy backlog: 93% of articles published with their claims
ruled, 7% still moving through the workflow with most of their claims open, deadlines spread over two months (a tenth
without one), a claim in seven inside a quote, and claim-memory keys shared across articles.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))

from bench_database import is_sqlite, recreate_database, release_database, setup_django, sqlite_path  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/newsroom_bench_desk"
TARGET_MS = 100.0

KINDS = ["count"] * 4 + ["money"] * 2 + ["percent"] * 2 + ["measure", "date", "quote", "vague", "ordinal"]
UNITS = {"count": "people", "money": "EUR", "percent": "%", "measure": "km", "vague": "people", "ordinal": ""}
SPEAKERS = ["Lena Varga", "Daniel Osei", "Ruth Halden", "Jonas Feld", "Agnes Moor", "Piotr Adamek", "Ines Marlow"]
FILLER = (
    "The figures were published by the ministry on Thursday and have been disputed by the opposition, "
    "which says the methodology changed twice since the last report was released to parliament. "
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="10000,100000", help="article counts to grow to, comma separated")
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15, help="renders per page for the median")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args()


# --- Loading -----------------------------------------------------------------------------------------


class _SqliteRows:
    """COPY's write_row for SQLite: rows inserted in batches of executemany, times stored as Django
    stores them there (naive UTC text), so that they compare with the times the pages write."""

    BATCH = 5000

    def __init__(self, raw, table: str, columns: str):
        marks = ", ".join("%s" for _ in columns.split(","))
        self.raw, self.sql, self.rows = raw, f"INSERT INTO {table} ({columns}) VALUES ({marks})", []

    def write_row(self, row) -> None:
        self.rows.append(
            tuple(v.astimezone(UTC).replace(tzinfo=None).isoformat(" ") if isinstance(v, datetime) else v for v in row)
        )
        if len(self.rows) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.raw.executemany(self.sql, self.rows)
            self.rows = []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.flush()


def bulk_rows(raw, table: str, columns: str):
    """Something to write_row() into: PostgreSQL's COPY, or batched inserts on SQLite."""
    if hasattr(raw, "copy"):
        return raw.copy(f"COPY {table} ({columns}) FROM STDIN")
    return _SqliteRows(raw, table, columns)


class Loader:
    def __init__(self, *, seed: int, claims_per_article: int):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from articles.models import Desk

        self.random = random.Random(seed)
        self.claims_per_article = claims_per_article
        self.now = datetime.now(UTC)
        self.articles = 0
        self.claims = 0
        self.deadlines: dict[int, datetime | None] = {}
        User = get_user_model()

        def user(username, role=None, **flags):
            person, _ = User.objects.get_or_create(username=username, defaults=flags)
            if role:
                person.groups.add(Group.objects.get(name=role))
            return person

        self.checker = user("bench-checker", "Fact-checker", is_staff=True)
        self.other_checkers = [user(f"bench-checker{n}", "Fact-checker") for n in range(4)]
        self.editor = user("bench-editor", "Editor", is_staff=True)
        self.reporters = [user(f"bench-reporter{n}", "Reporter") for n in range(20)]
        self.desks = [
            Desk.objects.get_or_create(slug=f"desk-{n}", defaults={"name": f"Desk {n}"})[0] for n in range(8)
        ]
        self.memory_pool = [f"count:{self.random.getrandbits(128):032x}" for _ in range(40000)]

    def grow_to(self, target_articles: int) -> float:
        from django.db import connection

        started = time.perf_counter()
        first, last = self.articles + 1, target_articles
        sqlite = connection.vendor == "sqlite"
        with connection.cursor() as cursor:
            raw = cursor.cursor
            self._copy_articles(raw, first, last)
            self._copy_revisions(raw, first, last)
            self._copy_claims(raw, first, last)
            if sqlite:
                connection.commit()
            else:
                for table in ["articles_article", "articles_revision", "factcheck_claim"]:
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                    )
        # What autovacuum does to freshly loaded tables: statistics, and the visibility map that lets
        # the counts read the partial index alone. VACUUM cannot run inside a transaction block.
        # SQLite keeps no statistics until asked: ANALYZE, as a deployment would after loading.
        with connection.cursor() as cursor:
            if sqlite:
                cursor.execute("ANALYZE")
            else:
                for table in ["articles_article", "articles_revision", "factcheck_claim"]:
                    cursor.execute(f"VACUUM ANALYZE {table}")
        self.articles = target_articles
        return time.perf_counter() - started

    def _status(self, article_id: int) -> str:
        roll = (article_id * 7919) % 100
        if roll < 93:
            return "published"
        return {93: "approved", 94: "scheduled", 95: "in_review", 96: "in_review", 97: "submitted"}.get(roll, "draft")

    def _copy_articles(self, raw, first: int, last: int) -> None:
        columns = (
            "id, headline, slug, standfirst, body, desk_id, author_id, deadline, assigned_editor_id, status, "
            "version, scheduled_for, published_at, created_at, updated_at"
        )
        with bulk_rows(raw, "articles_article", columns) as copy:
            for article_id in range(first, last + 1):
                status = self._status(article_id)
                r = self.random
                deadline = None if r.random() < 0.1 else self.now + timedelta(minutes=r.randint(-30 * 1440, 30 * 1440))
                self.deadlines[article_id] = deadline
                created = self.now - timedelta(minutes=r.randint(0, 60 * 1440))
                copy.write_row(
                    (
                        article_id,
                        f"Story {article_id}: council weighs the cost of the new plan",
                        f"story-{article_id}",
                        "A standfirst of one sentence.",
                        FILLER * 3,
                        r.choice(self.desks).pk,
                        r.choice(self.reporters).pk,
                        deadline,
                        self.editor.pk if status != "draft" and r.random() < 0.5 else None,
                        status,
                        1,
                        self.now + timedelta(days=1) if status == "scheduled" else None,
                        created if status == "published" else None,
                        created,
                        created,
                    )
                )

    def _copy_revisions(self, raw, first: int, last: int) -> None:
        columns = "id, article_id, number, headline, standfirst, body, created_by_id, created_at, note"
        with bulk_rows(raw, "articles_revision", columns) as copy:
            for article_id in range(first, last + 1):
                copy.write_row(
                    (
                        article_id,
                        article_id,
                        1,
                        f"Story {article_id}: council weighs the cost of the new plan",
                        "A standfirst of one sentence.",
                        FILLER * 3,
                        self.reporters[article_id % len(self.reporters)].pk,
                        self.now,
                        "First draft",
                    )
                )

    def _claim_status(self, article_status: str) -> str:
        roll = self.random.random()
        if article_status == "published":
            return "verified" if roll < 0.92 else ("unverifiable" if roll < 0.97 else "waived")
        if article_status in {"approved", "scheduled"}:
            return "verified" if roll < 0.85 else ("unverified" if roll < 0.95 else "in_progress")
        if roll < 0.6:
            return "unverified"
        return "in_progress" if roll < 0.7 else ("verified" if roll < 0.95 else "inaccurate")

    def _copy_claims(self, raw, first: int, last: int) -> None:
        columns = (
            "id, article_id, kind, text, start, \"end\", value, low, high, unit, qualifier, direction, speaker, "
            "quoted, sentence, sentence_start, sentence_end, score, fingerprint, status, verdict, assigned_to_id, "
            "version, attribution_status, attribution_note, memory_key, first_seen_revision_id, "
            "last_seen_revision_id, is_present, replaces_id, created_at, updated_at, article_deadline, article_live"
        )
        from articles.workflow import LIVE_STATES

        r = self.random
        checkers = [self.checker, *self.other_checkers]
        claim_id = self.claims
        with bulk_rows(raw, "factcheck_claim", columns) as copy:
            for article_id in range(first, last + 1):
                article_status = self._status(article_id)
                deadline = self.deadlines[article_id]
                for n in range(self.claims_per_article):
                    claim_id += 1
                    kind = r.choice(KINDS)
                    quoted = kind == "quote" or r.random() < 0.08
                    speaker = r.choice(SPEAKERS) if quoted or r.random() < 0.2 else ""
                    value = None if kind in {"date", "quote"} else float(r.randint(1, 50000))
                    status = self._claim_status(article_status)
                    text = f"{int(value):,} {UNITS.get(kind, '')}".strip() if value is not None else "“We will act,”"
                    who = speaker or "they"
                    sentence = f"Officials said on Monday that {text} were affected across the region, {who} said."
                    start = 200 + n * 180
                    offset = sentence.index(text)
                    ruled = status not in {"unverified"}
                    created = self.now - timedelta(minutes=r.randint(0, 60 * 1440))
                    copy.write_row(
                        (
                            claim_id, article_id, kind, text, start + offset, start + offset + len(text), value,
                            None, None, UNITS.get(kind, ""), "", "", speaker, quoted, sentence, start,
                            start + len(sentence), round(r.random(), 3), f"{article_id:08x}{n:04x}{claim_id:08x}",
                            status, "Checked against the ministry's tables." if ruled else "",
                            r.choice(checkers).pk if ruled else None, 1,
                            "verified" if article_status == "published" or r.random() >= 0.7 else "unverified",
                            "", r.choice(self.memory_pool) if value is not None else "", article_id, article_id,
                            True, None, created, created, deadline, article_status in LIVE_STATES,
                        )
                    )
        self.claims = claim_id


# --- Measuring ---------------------------------------------------------------------------------------


def measure(client, url: str, runs: int) -> tuple[int, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm the caches: templates, the database's buffers
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    count = len(queries)  # now: every request clears the connection's query log
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return count, statistics.median(times), response.status_code


def pages(loader) -> list[tuple[str, str, object]]:
    from django.test import Client
    from django.urls import reverse

    from factcheck.models import Claim

    checker, editor = Client(), Client()
    checker.force_login(loader.checker)
    editor.force_login(loader.editor)
    queue = reverse("factcheck:queue")
    some_open = Claim.objects.filter(status="unverified").order_by("id").values_list("pk", flat=True).first()
    return [
        ("queue, page 1", queue, checker),
        ("queue, page 100", f"{queue}?page=100", checker),
        ("queue, by priority, page 100", f"{queue}?sort=priority&page=100", checker),
        ("queue, by age, page 100", f"{queue}?sort=age&page=100", checker),
        ("queue, desk + kind filter", f"{queue}?desk={loader.desks[0].pk}&kind=money", checker),
        ("queue, my open claims", f"{queue}?assignee=me", checker),
        ("queue, verified (history)", f"{queue}?status=verified&page=20", checker),
        ("claim page", reverse("factcheck:claim", args=[some_open]), checker),
        ("admin: articles", reverse("admin:articles_article_changelist"), editor),
        ("admin: claims", reverse("admin:factcheck_claim_changelist"), editor),
        ("admin: review queue", reverse("admin:articles_reviewqueuearticle_changelist"), editor),
    ]


def main() -> None:
    args = parse_args()
    steps = [int(n) for n in args.articles.split(",")]
    name = sqlite_path(args.database_url) if is_sqlite(args.database_url) else urlparse(args.database_url).path[1:]
    print(f"Creating {name} and migrating…", flush=True)
    recreate_database(args.database_url)
    try:
        setup_django(args.database_url)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        loader = Loader(seed=args.seed, claims_per_article=args.claims_per_article)
        results: dict[str, dict[int, tuple[int, float]]] = {}
        for target in steps:
            took = loader.grow_to(target)
            loaded = f"Loaded {loader.articles:,} articles and {loader.claims:,} claims"
            print(f"{loaded} ({took:.0f} s for this step)", flush=True)
            for label, url, client in pages(loader):
                queries, p50, _ = measure(client, url, args.runs)
                results.setdefault(label, {})[target] = (queries, p50)
                print(f"  {label:<28} {queries:>3} queries  p50 {p50:7.1f} ms", flush=True)
        print()
        header = f"{'page':<28}" + "".join(f"{f'{n:,} art.':>22}" for n in steps)
        print(header)
        print(f"{'':<28}" + "".join(f"{'queries   p50 ms':>22}" for _ in steps))
        for label, by_step in results.items():
            row = f"{label:<28}"
            for n in steps:
                queries, p50 = by_step[n]
                flag = "" if p50 <= TARGET_MS else " *"
                row += f"{queries:>12} {p50:>7.1f}{flag:<2}"
            print(row)
        print(f"\n* over the {TARGET_MS:.0f} ms target. Claims per article: {args.claims_per_article}.")
    finally:
        release_database(args.database_url, args.keep)


if __name__ == "__main__":
    main()
