"""Every non-trivial read of the editorial app: dashboards and queues, without N+1 queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from newsroom.people import person_name
from newsroom.times import as_recorded

from . import permissions
from .models import Article, HeldCorrection, Revision, WireImport, WorkflowEvent
from .wire import WireStory, headlines_tell_the_same_story, wire_headline_key
from .workflow import LIVE_STATES, PUBLIC_STATES, TRANSITIONS, Status, transition_named

REVIEW_QUEUE_STATES = (Status.SUBMITTED, Status.IN_REVIEW)


def _listing(queryset: QuerySet[Article]) -> QuerySet[Article]:
    # Lists never need the body; it can be 100k characters per row.
    return queryset.select_related("desk", "author", "assigned_editor").defer("body", "standfirst")


def articles_for_reporter(user, *, status: str = "") -> QuerySet[Article]:
    """The reporter's own articles, as author or co-author, most recently touched first; only those
    in `status`, when given.

    With their co-authors, for the permission asked of each row (may this reporter edit it?): without
    them, that is a query for every article someone else wrote."""
    # A subquery rather than a join on the co-authors: no DISTINCT over every article the reporter touched.
    co_authored = Article.co_authors.through.objects.filter(user=user).values("article_id")
    articles = Article.objects.filter(Q(author=user) | Q(pk__in=co_authored))
    if status:
        articles = articles.filter(status=status)
    return (
        _listing(articles)
        .prefetch_related("co_authors")
        .order_by("-updated_at")
    )


def review_queue() -> QuerySet[Article]:
    """Submitted and in-review articles, the nearest deadline first (no deadline last)."""
    return _listing(Article.objects.filter(status__in=REVIEW_QUEUE_STATES)).order_by(
        F("deadline").asc(nulls_last=True), "updated_at"
    )


def published_article_by_slug(slug: str) -> Article | None:
    return (
        Article.objects.select_related("desk", "author")
        .prefetch_related("co_authors")
        .filter(slug=slug, status__in=PUBLIC_STATES)
        .first()
    )


def published_articles() -> QuerySet[Article]:
    return _listing(Article.objects.filter(status__in=PUBLIC_STATES)).order_by("-published_at")


# The steps that put a correction in front of readers, each with its note: an editor's, and the one a
# correction held for the fact-check desk takes once its claims are cleared.
CORRECTION_ACTIONS = ("correct", "publish_held_correction")


def corrections_for(article: Article) -> QuerySet[WorkflowEvent]:
    return article.events.filter(action__in=CORRECTION_ACTIONS).order_by("created_at", "id")


def held_correction_for(article: Article) -> HeldCorrection | None:
    """The correction to the article held for the fact-check desk, if one is."""
    return (
        HeldCorrection.objects.select_related("requested_by", "live_revision").filter(article=article).first()
    )


def latest_correction(article: Article) -> WorkflowEvent | None:
    return corrections_for(article).select_related("actor").last()


def step_already_taken(article: Article, transition_name: str) -> WorkflowEvent | None:
    """The event of the step, if it was taken and the article has not been back since in a state
    the step starts from: the step sent again (a double click, a page from the back button) has
    nothing left to do. None if the step was never taken, or could be due again, or if what it did
    was undone since by a kill or an archive."""
    transition = transition_named(transition_name)
    taken = latest_event(article, transition.name)
    if taken is None or article.status in transition.sources:
        return None
    if article.status not in LIVE_STATES and taken.to_status != article.status:
        # Killed or archived copy is going nowhere: a publication or a submission sent again there is
        # a step that no longer applies, refused with the reason, not news that it was done. Only the
        # kill or the archive itself, sent again, was.
        return None
    later = Q(created_at__gt=taken.created_at) | Q(created_at=taken.created_at, id__gt=taken.id)
    # Only a move counts: a record that left the status as it was (an editor assigned, a scheduled
    # publication the gate held back) did not bring the article back to where the step starts.
    moved_back = article.events.filter(later, to_status__in=[s.value for s in transition.sources]).exclude(
        from_status=F("to_status")
    )
    if moved_back.exists():
        return None
    return taken


def latest_event(article: Article, action: str) -> WorkflowEvent | None:
    """The article's latest record of `action` (a workflow step's name, or another record's)."""
    return article.events.filter(action=action).select_related("actor").order_by("-created_at", "-id").first()


@dataclass(frozen=True)
class StepAlreadyTaken:
    """A step refused because it was taken already, said the same way by the web pages and the admin:
    news when it was this person's own earlier click, a warning when it was someone else's."""

    text: str
    by_someone_else: bool


def step_already_taken_notice(user, article: Article, transition_name: str) -> StepAlreadyTaken | None:
    """What to tell `user`, whose step on `article` was refused, if it was taken already (a double
    click, a page the back button brought up, or a colleague who got there first); None otherwise,
    and for someone who never takes this step (the refusal says who does)."""
    if not permissions.takes_part_in_transition(user, article, transition_name):
        return None
    taken = step_already_taken(article, transition_name)
    if taken is None:
        return None
    return notice_of_step_taken(user, article, taken)


def notice_of_step_taken(user, article: Article, taken: WorkflowEvent) -> StepAlreadyTaken:
    """`taken`, a step of `article` that `user` asked for again, said as done: by whom, when, and what
    the article is now (with the time it goes out, when it is scheduled: the one thing an editor who
    sent a schedule again must be sure of)."""
    label = TRANSITIONS[taken.action].label
    when = as_recorded(taken.created_at)
    now = f"the article is now {article.status_enum.label.lower()}"
    if article.status == Status.SCHEDULED and article.scheduled_for is not None:
        now += f" for {as_recorded(article.scheduled_for)}"
    if taken.actor_id == user.pk:
        return StepAlreadyTaken(f"“{label}” was already done: you did it at {when}, and {now}.", by_someone_else=False)
    return StepAlreadyTaken(
        f"“{label}” was already done by {taken.actor_display} at {when}, and {now}. Nothing was changed.",
        by_someone_else=True,
    )


# What the person who just took a step is told happens next, in plain words, after the step's name
# once done (the workflow table's): "done" alone left a reporter wondering whether anyone would see
# the copy, and an editor where the story went.
STEP_DONE_TEXTS = {
    "submit": (
        "the desk will review it next. Until an editor takes it for review, you can withdraw it to change "
        "the copy."
    ),
    "withdraw": "the article is a draft again, to change and submit when it is ready.",
    "start_review": "approve it when it is ready, or request changes from its writers.",
    "request_changes": (
        "the article is back with its writers, who see your comment above the copy; it comes back to the "
        "desk when they submit it again."
    ),
    "approve": "the article is ready to be scheduled or published.",
    "unschedule": "the article is approved again and goes out only when it is scheduled or published.",
    "return_to_review": "it needs approving again before it can be scheduled or published.",
    "kill": "the article will not be published. An editor can restore it to a draft.",
    "archive": "readers no longer find the article; its public page is gone until an editor unarchives it.",
    "restore": "the article is back with its writers, to change and submit again.",
}
# Steps after which readers have the article: the message links the page they see.
STEP_DONE_PUBLIC_TEXTS = {
    "publish": "readers can see it now on {}.",
    "unarchive": "readers can see it again on {}, at the address it had.",
    "correct": "readers see its note on {}.",
}


def step_done_text(article: Article, transition_name: str) -> str | SafeString:
    """What the person who just took a step on `article` is told: what happens next. A schedule says
    when the copy goes out, and a new time what it replaced: the time is what the editor has to be sure
    of. Made from the article as the step left it, with no query but a schedule's look-up of the time
    it replaced."""
    if transition_name == "schedule" and article.scheduled_for is not None:
        goes_out = as_recorded(article.scheduled_for)
        # The schedule just taken, and the one before it, which set the time a reschedule replaced.
        schedules = list(article.events.filter(action="schedule").order_by("-created_at", "-id")[:2])
        if len(schedules) == 2 and schedules[0].from_status == Status.SCHEDULED and schedules[1].scheduled_for:
            return f"Rescheduled: the article now goes out at {goes_out}, not {as_recorded(schedules[1].scheduled_for)}."
        return f"Scheduled: the article goes out at {goes_out}."
    done = TRANSITIONS[transition_name].done_label
    if transition_name in STEP_DONE_PUBLIC_TEXTS and article.is_public:
        public_page = format_html('<a href="{}">its public page</a>', article.get_public_url())
        return format_html("{}: " + STEP_DONE_PUBLIC_TEXTS[transition_name], done, public_page)
    return f"{done}: {STEP_DONE_TEXTS[transition_name]}" if transition_name in STEP_DONE_TEXTS else f"{done}."


def revisions_for(article: Article) -> QuerySet[Revision]:
    return article.revisions.select_related("created_by").defer("body").order_by("-number")


def revision_numbers(article: Article) -> list[int]:
    """Every revision number of the article, newest first (the comparison form offers them all)."""
    return list(article.revisions.order_by("-number").values_list("number", flat=True))


def revision_pair(article: Article, old_number: int, new_number: int) -> tuple[Revision, Revision] | None:
    found = {r.number: r for r in article.revisions.filter(number__in=[old_number, new_number])}
    if old_number not in found or new_number not in found:
        return None
    return found[old_number], found[new_number]


def status_change_in_force(article: Article) -> WorkflowEvent | None:
    """The step that put the article in the status it has now (None for a draft never moved)."""
    return (
        article.events.filter(to_status=article.status)
        .exclude(from_status=F("to_status"))
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )


def events_for(article: Article) -> QuerySet[WorkflowEvent]:
    return article.events.select_related("actor").order_by("-created_at", "-id")


def editorial_notes_for(article: Article, events: list[WorkflowEvent]) -> list:
    """The editors' comments and the notes given with workflow steps (`events`, as loaded for the
    page), as one conversation, newest first like the history beside it. Listed apart, a comment from
    before a resubmission sat above the notes that answered it."""
    comments = list(article.comments.select_related("author"))
    notes = [*comments, *(event for event in events if event.comment)]
    return sorted(notes, key=lambda note: note.created_at, reverse=True)


def changes_requested_of(article: Article) -> WorkflowEvent | None:
    """The editor's request a reporter is answering: the latest one, while the article is still back
    with its writers for changes (once resubmitted, the request has been answered)."""
    if article.status != Status.CHANGES_REQUESTED:
        return None
    return events_for(article).filter(action="request_changes").first()


def visible_articles(user) -> QuerySet[Article]:
    """Articles a user may open in the web app."""
    if user.has_perm(permissions.VIEW_PERMISSION):
        return Article.objects.all()
    return Article.objects.filter(Q(author=user) | Q(co_authors=user)).distinct()


def users_with_permission(permission: str, *, include_deactivated: bool = False) -> QuerySet:
    """Active users holding `permission` ("app_label.codename") through a group, directly, or as superusers.

    `include_deactivated` adds those whose accounts were closed: they may no longer act, but what they
    wrote and decided stays theirs, and a list filtered by person must still find it."""
    from django.contrib.auth import get_user_model

    app_label, codename = permission.split(".", 1)
    via_group = Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label)
    direct = Q(user_permissions__codename=codename, user_permissions__content_type__app_label=app_label)
    people = get_user_model().objects.filter(via_group | direct | Q(is_superuser=True))
    if not include_deactivated:
        people = people.filter(is_active=True)
    return people.distinct().order_by("username")


def people_by_name(people) -> list[tuple[int, str]]:
    """People as a list filter offers them to choose from, by the name colleagues know them by: their
    full name (their sign-in name when they have none, and beside it when two share a full name), a
    closed account said so; in the order of what is shown."""
    people = list(people)
    full_names = [person.get_full_name() for person in people]
    shared = {name for name in full_names if name and full_names.count(name) > 1}
    choices = []
    for person, full_name in zip(people, full_names):
        name = full_name or person.get_username()
        if full_name in shared:
            name = f"{full_name} ({person.get_username()})"
        choices.append((person.pk, name if person.is_active else f"{name} (deactivated)"))
    return sorted(choices, key=lambda choice: choice[1].casefold())


def person_label(person) -> str:
    """A person as a filter offers them: by full name, with a closed account said so."""
    name = person_name(person)
    return name if person.is_active else f"{name} (deactivated)"


def draft_made_with_token(form_token) -> Article | None:
    """The draft a new-draft form with this one-time token made, if it made one."""
    return Article.objects.filter(draft_form_token=form_token).first() if form_token is not None else None


def is_the_draft_this_form_made(article: Article, *, author, desk, copy: dict[str, str]) -> bool:
    """Is `article` what this new-draft form, sent again as it was, made the first time?"""
    return (
        article.author_id == author.pk
        and article.desk_id == desk.pk
        and article.revisions.filter(number=1, **copy).exists()
    )

# Agencies reuse a slug day after day ("BRITAIN-ECONOMY/"): only a version sent within this time of the
# story's last import updates it; a later one is a new story.
WIRE_UPDATE_WINDOW = timedelta(hours=48)


def earlier_import_of_the_story(story: WireStory, *, headline: str) -> WireImport | None:
    """The latest import of the last WIRE_UPDATE_WINDOW of which `story` may be another version: one
    under the same slug keyword whose headline tells the same story, or, where either came without a
    slug line, one with the same headline. `headline` is the story's headline as it will be stored
    (cleaned), since that is how imports are recorded."""
    key = wire_headline_key(headline)
    same_slug_or_headline = Q(headline_key=key)
    if story.slug:
        same_slug_or_headline |= Q(slug=story.slug)
    candidates = (
        WireImport.objects.select_related("article")
        .filter(same_slug_or_headline, imported_at__gte=timezone.now() - WIRE_UPDATE_WINDOW)
        .order_by("-imported_at", "-id")
    )
    for candidate in candidates[:50]:
        if story.slug and candidate.slug:
            if candidate.slug == story.slug and headlines_tell_the_same_story(candidate.headline_key, headline):
                return candidate
        elif candidate.headline_key == key:
            return candidate
    return None


def wire_import_of_copy(fingerprint: str) -> WireImport | None:
    """The import that brought in this very copy (by its fingerprint), if any did."""
    return WireImport.objects.filter(copy_fingerprint=fingerprint).first()


def latest_wire_import(article: Article) -> WireImport | None:
    """The version of the agency's story imported into `article` last: the copy it left is the draft's
    unless someone has edited it since."""
    return article.wire_imports.order_by("-imported_at", "-id").first()


def furthest_wire_update(article: Article) -> WireImport | None:
    """The import of `article`'s story with the highest UPDATE number."""
    return article.wire_imports.order_by("-update_number", "-imported_at", "-id").first()


# --- People -----------------------------------------------------------------------------------------


def sign_in_pause_ends(*, username: str, ip_address: str | None, now: datetime | None = None) -> datetime | None:
    """When sign-in as `username` from `ip_address` may resume, or None when it is not paused.

    The sign-in limit (django-axes) keeps a row of failures for each name, address and browser, dated by
    its latest failure, and refuses the pair while the rows dated within the cool-off add up to the
    limit. Rows drop out oldest first, so the pause ends when enough of them have."""
    now = now or timezone.now()
    cool_off = timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
    rows = list(
        AccessAttempt.objects.filter(username=username, ip_address=ip_address, attempt_time__gte=now - cool_off)
        .order_by("attempt_time")
        .values_list("attempt_time", "failures_since_start")
    )
    failures = sum(count for _, count in rows)
    if failures < settings.SIGN_IN_FAILURE_LIMIT:
        return None
    for attempt_time, count in rows:
        failures -= count
        if failures < settings.SIGN_IN_FAILURE_LIMIT:
            return attempt_time + cool_off
    return None  # not reached: without any row there are no failures
