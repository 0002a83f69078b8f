"""Fill an empty newsroom with desks, one account per role and articles in every editorial state.

Safe to run again: what already exists is left as it is. The stories are invented for the demo.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles import services
from articles.models import Article, Desk
from articles.permissions import EDITOR_ROLE, FACT_CHECKER_ROLE, REPORTER_ROLE
from articles.workflow import TRANSITIONS

DESKS = [("Politics", "politics"), ("World", "world"), ("Business", "business"), ("Local", "local")]


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    first_name: str
    last_name: str
    role: str = ""
    is_staff: bool = False
    is_superuser: bool = False

    @property
    def description(self) -> str:
        if self.is_superuser:
            return "administrator (superuser)"
        return f"{self.role}{' (staff)' if self.is_staff else ''}"


DEMO_USERS = [
    DemoUser("reporter", "reporter", "Rosa", "Lind", role=REPORTER_ROLE),
    DemoUser("reporter2", "reporter2", "Sam", "Okafor", role=REPORTER_ROLE),
    DemoUser("editor", "editor", "Edith", "Marsh", role=EDITOR_ROLE, is_staff=True),
    DemoUser("factchecker", "factchecker", "Farid", "Nasser", role=FACT_CHECKER_ROLE),
    DemoUser("admin", "admin", "Ada", "Mensah", is_staff=True, is_superuser=True),
]


@dataclass(frozen=True)
class DemoArticle:
    desk: str
    author: str
    headline: str
    standfirst: str
    body: str
    # Workflow steps taken after the draft is written: (transition name, username, comment).
    steps: tuple[tuple[str, str, str], ...] = ()
    editorial_comment: str = ""
    # Hours from seeding to the deadline, so that the queues' "nearest deadline first" shows.
    deadline_in_hours: int | None = None


DEMO_ARTICLES = [
    DemoArticle(
        desk="politics",
        author="reporter",
        headline="More than 3,000 police deployed as capital prepares for weekend marches",
        standfirst="The interior ministry calls it the largest policing operation in the city since 2019.",
        body="""\
The government will deploy more than 3,000 police officers across the capital this weekend, where \
organisers of three separate marches expect up to 40,000 people, the interior ministry said on Thursday.

Interior Minister Lena Varga told reporters that officers from six regional forces would reinforce the \
city's own units from Friday evening.

"More than 3,000 officers will be on duty on Saturday alone, and every one of them has been briefed on \
the right to protest," Varga said.

The ministry said the operation would cost about 4.2 million euros, roughly double the cost of the last \
comparable weekend in 2021.

Organisers of the largest march, a coalition of public-sector unions, said they had agreed a route of \
5 kilometres from Central Station to Parliament Square with the police. Coalition spokesman Piotr Adamek \
said the unions expected "at least 25,000 members and their families".

Varga said road closures would begin at 6 a.m. on Saturday and that 12 metro stations near the route \
could close at short notice.""",
        steps=(("submit", "reporter", ""), ("start_review", "editor", "")),
        deadline_in_hours=5,
        editorial_comment="Checking the 3,000 figure against the ministry's written statement before I approve.",
    ),
    DemoArticle(
        desk="local",
        author="reporter",
        headline="Riverside residents divided over plan for round-the-clock bus lane",
        standfirst="Shop owners fear for passing trade; commuters want faster buses.",
        body="""\
A proposal to turn Riverside Road into a 24-hour bus lane has drawn 1,200 responses in the first two weeks \
of a public consultation, with shop owners and commuters sharply divided.

The transport committee says buses on the route carry 18,000 passengers a day and lose an average of \
nine minutes at peak times.

Mara Kell, who has run a hardware shop on the road for 22 years, said customers would no longer be able \
to stop outside.
"Half my trade is people who pull up for five minutes," she said.

The consultation closes on 30 June.""",
    ),
    DemoArticle(
        desk="business",
        author="reporter2",
        headline="Regional bakery chain to close 14 shops as energy costs bite",
        standfirst="Halden's Bakery says its energy bills have doubled in two years.",
        body="""\
Halden's Bakery, which runs 61 shops across the region, will close 14 of them by the end of March, the \
family-owned company said on Monday, blaming energy bills that it says have doubled in two years.

About 90 jobs are affected. Chief executive Ruth Halden said every affected employee would be offered a \
position in another shop within 30 kilometres.

"We bake through the night, and the ovens are the bill," Halden said. "We held our prices for as long as \
we could."

The company reported revenue of 48 million euros last year, up 3% on the year before, but said its \
operating profit had fallen by more than half.""",
        steps=(("submit", "reporter2", ""),),
        deadline_in_hours=2,
    ),
    DemoArticle(
        desk="world",
        author="reporter2",
        headline="Aid convoy reaches flooded border town after three-day delay",
        standfirst="About 8,000 people have been cut off since the river burst its banks.",
        body="""\
A convoy of 22 lorries carrying food, water and medical supplies reached the border town of Sarvik on \
Wednesday, three days later than planned, after flood water closed the only road into the town.

Local officials say about 8,000 people have been cut off since the river burst its banks last week. At \
least 11 people have died.

"We drove the last 40 kilometres at walking pace," said Ines Marlow, who coordinated the convoy for the \
relief agency Northbridge Aid. "The road is there, but only just."

The agency said a second convoy would leave on Friday if the weather held.""",
        steps=(
            ("submit", "reporter2", ""),
            ("start_review", "editor", ""),
            (
                "request_changes",
                "editor",
                "The death toll needs a source and a time: 'at least 11, according to the regional emergency "
                "service on Wednesday evening'. Please also give Northbridge Aid's full registered name.",
            ),
        ),
    ),
    DemoArticle(
        desk="business",
        author="reporter",
        headline="Port handles record container traffic in third quarter",
        standfirst="A second deep-water berth lets larger ships dock without waiting for the tide.",
        body="""\
The city's port handled 412,000 containers in the three months to September, its highest quarterly total \
on record, the port authority said on Tuesday.

The figure is 7.5% higher than in the same period last year. Harbour master Jonas Feld said the opening \
of a second deep-water berth in May had allowed larger ships to dock at any state of the tide.

"We no longer send ships to anchor overnight," Feld said.

The authority expects to handle more than 1.5 million containers in a full year for the first time.""",
        steps=(("submit", "reporter", ""), ("start_review", "editor", ""), ("approve", "editor", "")),
    ),
    DemoArticle(
        desk="local",
        author="reporter",
        headline="Library extension opens after two-year build",
        standfirst="The Central Library gains a children's floor and 120 study desks.",
        body="""\
The extension to the Central Library opened to the public on Saturday, adding a children's floor, a study \
room with 120 desks and a ground-floor café.

The project cost 6.8 million euros, two thirds of it paid by the city and the rest by a national culture \
fund.

Head librarian Agnes Moor said more than 2,000 people had visited on the first day. "People queued in the \
rain before we opened the doors," Moor said.

Weekday opening hours will be extended to 9 p.m. from next month.""",
        steps=(("submit", "reporter", ""), ("approve", "editor", ""), ("publish", "editor", "")),
    ),
    DemoArticle(
        desk="politics",
        author="reporter2",
        headline="Council approves 2.5% rise in local property tax",
        standfirst="The first increase in four years will pay mainly for school repairs and street lighting.",
        body="""\
The city council on Thursday approved a 2.5% rise in the local property tax, the first increase in four \
years, by 27 votes to 18.

Finance committee chair Daniel Osei said the rise would bring in about 9 million euros a year, most of it \
for school repairs and street lighting. "We have put this off for as long as was responsible," Osei said.

Opposition councillors proposed limiting the rise to 1.5%; the amendment failed by 24 votes to 21.

The new rate applies from April.""",
        steps=(
            ("submit", "reporter2", ""),
            ("approve", "editor", ""),
            ("publish", "editor", ""),
            (
                "correct",
                "editor",
                "Correction: an earlier version of this article said the new rate would apply from March. "
                "It applies from April.",
            ),
        ),
    ),
]


class Command(BaseCommand):
    help = "Create demo desks, one account per role (with known passwords) and articles in every state."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="run even with DEBUG off (the demo accounts have well-known passwords)",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with well-known passwords, so it runs only with DEBUG=1. "
                "Pass --force to seed a non-debug site anyway."
            )
        for name, slug in DESKS:
            Desk.objects.update_or_create(slug=slug, defaults={"name": name})
        users = {spec.username: self.ensure_user(spec) for spec in DEMO_USERS}
        desks = {desk.slug: desk for desk in Desk.objects.all()}
        for spec in DEMO_ARTICLES:
            if Article.objects.filter(headline=spec.headline).exists():
                self.stdout.write(f"kept     {spec.headline!r}")
                continue
            article = self.create_article(spec, users=users, desks=desks)
            self.stdout.write(f"created  {spec.headline!r} ({article.status_enum.label.lower()})")
        self.print_logins()

    def ensure_user(self, spec: DemoUser):
        user, _ = get_user_model().objects.get_or_create(username=spec.username)
        user.first_name, user.last_name = spec.first_name, spec.last_name
        user.email = f"{spec.username}@newsroom.example"
        user.is_active, user.is_staff, user.is_superuser = True, spec.is_staff, spec.is_superuser
        # Re-hashing an unchanged password would log the account out of every session it has.
        if not user.check_password(spec.password):
            user.set_password(spec.password)
        user.save()
        if spec.role:
            user.groups.add(Group.objects.get(name=spec.role))
        return user

    @transaction.atomic
    def create_article(self, spec: DemoArticle, *, users, desks):
        article = services.article_create(
            author=users[spec.author],
            desk=desks[spec.desk],
            headline=spec.headline,
            standfirst=spec.standfirst,
            body=spec.body,
            deadline=timezone.now() + timedelta(hours=spec.deadline_in_hours) if spec.deadline_in_hours else None,
        )
        for name, username, comment in spec.steps:
            if TRANSITIONS[name].gated:
                self.clear_fact_check(article, checker=users["factchecker"])
            article = services.article_transition(
                article_id=article.pk, user=users[username], name=name, comment=comment
            )
        if spec.editorial_comment:
            services.editorial_comment_add(article_id=article.pk, user=users["editor"], body=spec.editorial_comment)
        return article

    def clear_fact_check(self, article, *, checker):
        """Do the fact-check desk's part before a demo article goes out: scan the copy now, rather than
        wait for a worker, and verify each claim with a demo source."""
        from factcheck import services as factcheck_services
        from factcheck.models import ClaimCheck, ScanRun
        from factcheck.selectors import claims_blocking_publication

        run = ScanRun.objects.filter(article=article, revision__number=article.version).order_by("-id").first()
        if run is None:
            run = factcheck_services.scan_run_queue(revision=article.revisions.get(number=article.version))
        if run.is_open:
            factcheck_services.scan_run_execute(scan_run_id=run.pk)
        source = factcheck_services.SourceInput(kind="document", reference="Demo: the reporter's notes and recording")
        for claim in claims_blocking_publication(article):
            checks = [ClaimCheck.FIGURE, ClaimCheck.ATTRIBUTION] if claim.has_attribution_check else [ClaimCheck.FIGURE]
            for check in checks:
                factcheck_services.claim_rule(
                    claim_id=claim.pk, user=checker, verdict="verified", note="Demo: checked against the notes.",
                    sources=[source], check=check,
                )

    def print_logins(self):
        self.stdout.write("")
        self.stdout.write("Demo logins (username / password):")
        for spec in DEMO_USERS:
            self.stdout.write(f"  {spec.username:<12} / {spec.password:<12} {spec.description}")
