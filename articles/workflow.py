"""The editorial workflow as data: states, transitions, and who may take each.

Pure Python, no Django import: the table is the single source of truth that the services, the admin
actions and the reporter pages consult, and it can be read (and tested) on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    CORRECTED = "corrected"
    KILLED = "killed"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.DRAFT: "Draft",
    Status.SUBMITTED: "Submitted",
    Status.IN_REVIEW: "In review",
    Status.CHANGES_REQUESTED: "Changes requested",
    Status.APPROVED: "Approved",
    Status.SCHEDULED: "Scheduled",
    Status.PUBLISHED: "Published",
    Status.CORRECTED: "Published, corrected",
    Status.KILLED: "Killed",
    Status.ARCHIVED: "Archived",
}


class Actor(StrEnum):
    """The capacity in which someone acts on one article."""

    AUTHOR = "author"  # the reporter who wrote it, or a co-author
    EDITOR = "editor"
    SYSTEM = "system"  # Celery beat and the scan pipeline, never a person


# States in which the public can read the article.
PUBLIC_STATES = frozenset({Status.PUBLISHED, Status.CORRECTED})
# States in which the author may still change the copy.
AUTHOR_EDITABLE_STATES = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})
# States before the article reaches readers.
UNPUBLISHED_STATES = frozenset(
    {Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.APPROVED, Status.SCHEDULED}
)
# States of copy on its way to readers or in front of them: the fact-check desk's work. A published
# article's claims stay, since a correction is checked against them; killed copy (until it is restored)
# and archived copy are going nowhere.
LIVE_STATES = UNPUBLISHED_STATES | PUBLIC_STATES
# States in which an editor may change the copy (sub-editing); published copy changes only by correction.
EDITOR_EDITABLE_STATES = UNPUBLISHED_STATES
# States whose copy has been cleared: an edit that changes a checked claim sends it back to review.
CLEARED_STATES = frozenset({Status.APPROVED, Status.SCHEDULED})


class IllegalTransition(Exception):
    """Raised when a transition is not allowed from the article's state or for the actor."""


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[Status]
    target: Status
    actors: frozenset[Actor]
    comment_required: bool = False
    # Publishing transitions obey the fact-check gate: no unresolved claim may go out.
    gated: bool = False
    needs_schedule_time: bool = False
    # Steps that put copy in front of readers wait for its embargo (see embargo_holds_back).
    held_by_embargo: bool = False
    # The four-eyes rule: a step that reviews the copy or puts it in front of readers is a second
    # person's, never taken by anyone on the article's byline, whatever roles they hold. The verb says
    # what another editor must do instead ("approve" this story); empty for every other step.
    another_editor_must: str = ""
    # Puts a correction held for the fact-check desk in front of readers, once the claims it brings are
    # cleared (or waived): the gate of a correction is those claims, not every claim of the article.
    publishes_held_correction: bool = False
    # The step named as done ("Approved"): what the records of who did what, such as the admin's log,
    # call it. Every step has one (a test checks).
    done_label: str = ""


def _t(name, label, sources, target, actors, **options) -> Transition:
    return Transition(name, label, frozenset(sources), target, frozenset(actors), **options)


S, A = Status, Actor
TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in [
        _t(
            "submit",
            "Submit for review",
            [S.DRAFT, S.CHANGES_REQUESTED],
            S.SUBMITTED,
            [A.AUTHOR],
            done_label="Submitted for review",
        ),
        _t("withdraw", "Withdraw submission", [S.SUBMITTED], S.DRAFT, [A.AUTHOR], done_label="Submission withdrawn"),
        _t(
            "start_review",
            "Take for review",
            [S.SUBMITTED],
            S.IN_REVIEW,
            [A.EDITOR],
            another_editor_must="review",
            done_label="Taken for review",
        ),
        _t(
            "request_changes",
            "Request changes",
            [S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED],
            S.CHANGES_REQUESTED,
            [A.EDITOR],
            comment_required=True,
            done_label="Changes requested",
        ),
        _t(
            "approve",
            "Approve",
            [S.SUBMITTED, S.IN_REVIEW],
            S.APPROVED,
            [A.EDITOR],
            another_editor_must="approve",
            done_label="Approved",
        ),
        # From scheduled too: a new time for a scheduled article is another schedule, with the same
        # checks (the embargo, the fact-check gate) and its own line in the history.
        _t(
            "schedule",
            "Schedule",
            [S.APPROVED, S.SCHEDULED],
            S.SCHEDULED,
            [A.EDITOR],
            gated=True,
            needs_schedule_time=True,
            held_by_embargo=True,
            another_editor_must="schedule",
            done_label="Scheduled",
        ),
        _t("unschedule", "Unschedule", [S.SCHEDULED], S.APPROVED, [A.EDITOR], done_label="Unscheduled"),
        _t(
            "publish",
            "Publish now",
            [S.APPROVED, S.SCHEDULED],
            S.PUBLISHED,
            [A.EDITOR],
            gated=True,
            held_by_embargo=True,
            another_editor_must="publish",
            done_label="Published",
        ),
        _t(
            "publish_scheduled",
            "Publish on schedule",
            [S.SCHEDULED],
            S.PUBLISHED,
            [A.SYSTEM],
            gated=True,
            held_by_embargo=True,
            done_label="Published on schedule",
        ),
        # An edit after approval that changes a checked claim sends the copy back to review.
        _t(
            "return_to_review",
            "Return to review",
            [S.APPROVED, S.SCHEDULED],
            S.IN_REVIEW,
            [A.SYSTEM, A.EDITOR],
            done_label="Returned to review",
        ),
        _t(
            "correct",
            "Publish a correction",
            [S.PUBLISHED, S.CORRECTED],
            S.CORRECTED,
            [A.EDITOR],
            comment_required=True,
            another_editor_must="correct",
            done_label="Correction published",
        ),
        # A correction whose copy brings claims the desk has not cleared waits for them; it goes out by
        # itself once they are cleared or waived (Celery beat, and the ruling or waiver that clears the last).
        _t(
            "publish_held_correction",
            "Publish a held correction",
            [S.PUBLISHED, S.CORRECTED],
            S.CORRECTED,
            [A.SYSTEM],
            publishes_held_correction=True,
            done_label="Held correction published",
        ),
        _t(
            "kill",
            "Kill",
            [S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED, S.SCHEDULED],
            S.KILLED,
            [A.EDITOR],
            comment_required=True,
            done_label="Killed",
        ),
        _t(
            "archive",
            "Archive (unpublish)",
            [S.PUBLISHED, S.CORRECTED],
            S.ARCHIVED,
            [A.EDITOR],
            comment_required=True,
            done_label="Archived",
        ),
        # Killed copy never went out, so it starts again as a draft. Archived copy was reviewed, checked
        # and published, and cannot have changed since: bringing it back puts that copy in front of
        # readers again, so it is a publishing step (the four-eyes rule, the gate, the embargo), with
        # a reason, as taking it down had.
        _t(
            "unarchive",
            "Unarchive (republish)",
            [S.ARCHIVED],
            S.PUBLISHED,
            [A.EDITOR],
            comment_required=True,
            gated=True,
            held_by_embargo=True,
            another_editor_must="republish",
            done_label="Republished",
        ),
        _t("restore", "Restore to draft", [S.KILLED], S.DRAFT, [A.EDITOR], done_label="Restored to draft"),
    ]
}


def step_label(name: str, from_status: Status | str) -> str:
    """What the history calls a step taken from `from_status`: a schedule of an article already
    scheduled set a new time for it, and says so."""
    if name == "schedule" and from_status == Status.SCHEDULED:
        return "Reschedule"
    return TRANSITIONS[name].label


def step_done_label(name: str, from_status: Status | str) -> str:
    """What a step taken from `from_status` is called once done ("Approved"); a new time for a
    scheduled article, as in the history, is "Rescheduled"."""
    if name == "schedule" and from_status == Status.SCHEDULED:
        return "Rescheduled"
    return TRANSITIONS[name].done_label


def transition_named(name: str) -> Transition:
    try:
        return TRANSITIONS[name]
    except KeyError:
        raise IllegalTransition(f"There is no workflow step called {name!r}.") from None


def check_transition(name: str, current: Status | str, actors: set[Actor] | frozenset[Actor]) -> Transition:
    """Return the transition if `actors` may take it from `current`; raise IllegalTransition otherwise."""
    transition = transition_named(name)
    current = Status(current)
    # Who may take the step is said first: telling someone who never may that the article is in
    # the wrong state would suggest they may once it is not.
    if not transition.actors & set(actors):
        who = " or ".join(sorted(a.value for a in transition.actors))
        raise IllegalTransition(f"Only the {who} may {transition.label.lower()}.")
    if current not in transition.sources:
        allowed_from = " or ".join(f"“{s.label.lower()}”" for s in sorted(transition.sources, key=lambda s: s.label))
        raise IllegalTransition(
            f"Cannot {transition.label.lower()}: the article is {current.label.lower()} "
            f"(allowed only from {allowed_from})."
        )
    return transition


def refused_to_its_writers(transition: Transition) -> str:
    """Why someone on the article's byline may not take a four-eyes step, and who takes it instead."""
    return (
        f"You cannot {transition.label.lower()}: you are on this story's byline, so another editor must "
        f"{transition.another_editor_must} this story."
    )


def steps_left_to_another_editor(transitions: list[Transition]) -> str:
    """Said on the article's page to a writer who would take these four-eyes steps on any other story,
    so that the buttons missing from their own are explained; empty for none."""
    verbs = [t.another_editor_must for t in transitions if t.another_editor_must]
    if not verbs:
        return ""
    return (
        f"You are on this story's byline, so another editor must {' or '.join(verbs)} this story: "
        "every story is seen by a second pair of eyes before it goes out."
    )


def embargo_holds_back(transition: Transition, *, goes_out_at: datetime, embargo_until: datetime | None) -> bool:
    """Would taking `transition` put the copy in front of readers at `goes_out_at` (now, or the time
    a schedule sets), before its embargo lifts? Copy may go out at the very moment it lifts.

    Unlike the fact-check gate, no editor can waive this: an embargo is the agency's (or the
    source's) terms, which the newsroom promised to keep, not a judgement of the newsroom's own.
    """
    return transition.held_by_embargo and embargo_until is not None and goes_out_at < embargo_until


def cleared_copy_edit_warning(status: Status | str, *, saved: bool) -> str:
    """What editing the copy of an approved or scheduled article may do, for the person editing it:
    before the save (`saved=False`) and once it is saved. Empty for any other state.

    The scan runs after the save, so nobody can say yet whether the article moves; they are told it may.
    """
    status = Status(status)
    if status not in CLEARED_STATES:
        return ""
    consequence = (
        "it goes back to review"
        + (" and is unscheduled" if status == Status.SCHEDULED else "")
        + " until the desk has checked them."
    )
    if saved:
        return (
            f"The copy of this {status.label.lower()} article changed. If the claim scan finds new or "
            f"reworded claims, {consequence}"
        )
    return (
        f"This article is {status.label.lower()}. If you change its copy and the claim scan finds new or "
        f"reworded claims, {consequence}"
    )


def how_an_author_adds_to_copy(status: Status | str, *, editor_name: str = "") -> str:
    """What the article's reporter can do to get an update into copy that is not theirs to edit now
    (empty while it is). On a breaking story new facts keep coming after the copy has gone to the desk;
    without this the reporter finds only that the Edit button is gone."""
    status = Status(status)
    editor = editor_name or "an editor"
    if status in AUTHOR_EDITABLE_STATES:
        return ""
    if status == Status.SUBMITTED:
        return "To add to the copy, withdraw the submission: it comes back to you as a draft to edit and submit again."
    if status in {Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED}:
        return (
            f"The copy is with the desk ({status.label.lower()}): only editors change it now. To add an update, "
            f"ask {editor} to request changes, which gives it back to you, or to make the change."
        )
    if status in PUBLIC_STATES:
        return f"The article is published: its copy changes only by a correction, which {editor} publishes."
    return f"The article is {status.label.lower()}: its copy is going nowhere, so it is not changed."


def available_transitions(current: Status | str, actors: set[Actor] | frozenset[Actor]) -> list[Transition]:
    current = Status(current)
    return [t for t in TRANSITIONS.values() if current in t.sources and t.actors & set(actors)]


def steps_taken_from(states) -> frozenset[str]:
    """The names of the steps that start from at least one of `states`: what a list holding only
    articles in those states can usefully offer."""
    states = {Status(state) for state in states}
    return frozenset(t.name for t in TRANSITIONS.values() if t.sources & states)
