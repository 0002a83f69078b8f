"""Every editorial permission decision, in one place.

Views, the admin, admin actions and services all ask these functions, so a hidden button is never
the only guard. Role capabilities come from Django permissions granted to the Reporter, Editor and
Fact-checker groups (see the roles data migration); object rules (authorship, state) are added here.
"""

from __future__ import annotations

from .workflow import (
    AUTHOR_EDITABLE_STATES,
    EDITOR_EDITABLE_STATES,
    TRANSITIONS,
    UNPUBLISHED_STATES,
    Actor,
    IllegalTransition,
    available_transitions,
    check_transition,
    refused_to_its_writers,
    transition_named,
)

REPORTER_PERMISSION = "articles.add_article"
EDITOR_PERMISSION = "articles.review_article"
PUBLISHER_PERMISSION = "articles.publish_article"
VIEW_PERMISSION = "articles.view_article"


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_reporter(user) -> bool:
    return _active(user) and user.has_perm(REPORTER_PERMISSION)


def is_editor(user) -> bool:
    return _active(user) and user.has_perm(EDITOR_PERMISSION)


def is_author_of(user, article) -> bool:
    if not _active(user) or article.pk is None:
        return False
    if article.author_id == user.pk:
        return True
    prefetched = getattr(article, "_prefetched_objects_cache", {}).get("co_authors")
    if prefetched is not None:
        # A page that asks for many objects of one article loads its co-authors once.
        return any(co_author.pk == user.pk for co_author in prefetched)
    return article.co_authors.filter(pk=user.pk).exists()


def actors_for(user, article) -> frozenset[Actor]:
    """The capacities in which `user` may act on `article` in the workflow table."""
    actors = set()
    if is_reporter(user) and is_author_of(user, article):
        actors.add(Actor.AUTHOR)
    if is_editor(user):
        actors.add(Actor.EDITOR)
    return frozenset(actors)


def can_create_article(user) -> bool:
    return is_reporter(user)


def can_view_article(user, article) -> bool:
    if not _active(user):
        return False
    # Editors and fact-checkers read every article; a reporter reads what they write.
    return user.has_perm(VIEW_PERMISSION) or is_author_of(user, article)


def can_edit_copy(user, article) -> bool:
    """May `user` change the headline, standfirst and body now?"""
    if is_author_of(user, article):
        # Whoever is on the byline edits as its writer, whatever else they are: once the copy is with
        # the desk, an editor on the byline changing it would put text no second editor has read in
        # front of readers (the four-eyes rule), since an approval is not taken again for every edit.
        return (is_reporter(user) or is_editor(user)) and article.status in AUTHOR_EDITABLE_STATES
    return is_editor(user) and article.status in EDITOR_EDITABLE_STATES


# Steps that put copy in front of readers, or take it away, need the publishing permission on top.
PUBLISHING_TRANSITIONS = frozenset({"schedule", "publish", "correct", "archive", "unarchive"})


def is_left_to_another_editor(user, article, transition) -> bool:
    """The four-eyes rule: nobody on an article's byline, as author or co-author, reviews it or puts it
    in front of readers (the steps the workflow table marks `another_editor_must`), whatever roles they
    hold, the superuser's included. There is no override: a rule that the person it binds could set
    aside, with however good a reason, would be no second pair of eyes. A newsroom with one editor has
    the superuser, on no byline of the story, take the step, or gives a second person the Editor role."""
    return bool(transition.another_editor_must) and is_author_of(user, article)


def check_user_transition(user, article, transition_name: str):
    """Return the transition `user` may take on `article` now, or raise IllegalTransition saying why not."""
    actors = actors_for(user, article)
    transition = transition_named(transition_name)
    # Before the article's state: a writer is not told that their own story is in the wrong state to
    # approve, as if they might once it is not.
    if transition.actors & actors and is_left_to_another_editor(user, article, transition):
        raise IllegalTransition(refused_to_its_writers(transition))
    transition = check_transition(transition_name, article.status, actors)
    if transition.name in PUBLISHING_TRANSITIONS and not user.has_perm(PUBLISHER_PERMISSION):
        raise IllegalTransition(f"You do not have permission to {transition.label.lower()}.")
    return transition


def takes_part_in_transition(user, article, transition_name: str) -> bool:
    """Is `user` someone who takes this step on `article`, whatever state the article is in now?"""
    transition = transition_named(transition_name)
    if not transition.actors & actors_for(user, article) or is_left_to_another_editor(user, article, transition):
        return False
    return transition.name not in PUBLISHING_TRANSITIONS or user.has_perm(PUBLISHER_PERMISSION)


def steps_withheld_from_writer(user, article) -> list:
    """The steps `user` could take on `article` now but for being on its byline: their page says why
    those buttons are missing, and who takes the steps instead."""
    if not is_author_of(user, article):
        return []
    return [
        transition
        for transition in available_transitions(article.status, actors_for(user, article))
        if transition.another_editor_must
        and (transition.name not in PUBLISHING_TRANSITIONS or user.has_perm(PUBLISHER_PERMISSION))
    ]


def answers_requested_changes(user, article) -> bool:
    """Is `user` one of those an editor's request for changes asks to act: a writer who makes them and
    submits the copy again? An editor reading the request has nothing to submit."""
    return takes_part_in_transition(user, article, "submit")


def can_take_transition(user, article, transition_name: str) -> bool:
    try:
        check_user_transition(user, article, transition_name)
    except IllegalTransition:
        return False
    return True


def steps_open_to(user, article) -> list:
    """The workflow steps `user` may take on `article` now, in the table's order: the buttons the
    article's web page and its admin page offer. Each is checked again when it is taken."""
    return [transition for transition in TRANSITIONS.values() if can_take_transition(user, article, transition.name)]


def can_change_embargo(user, article) -> bool:
    """May `user` set or clear the article's embargo now? An editor who may publish, before the copy
    is out: clearing an embargo is a decision to let the copy out, and once out it holds nothing back.
    So, as for publishing, not an editor on its byline (the four-eyes rule)."""
    return (
        is_editor(user)
        and user.has_perm(PUBLISHER_PERMISSION)
        and article.status in UNPUBLISHED_STATES
        and not is_author_of(user, article)
    )


def can_withdraw_held_correction(user, article) -> bool:
    """May `user` withdraw the correction held for the fact-check desk? An editor who may publish: it
    puts nothing in front of readers, so, like the other steps that hold copy back, it stays open to an
    editor on the byline (the four-eyes rule keeps them from correcting, not from holding back)."""
    return is_editor(user) and user.has_perm(PUBLISHER_PERMISSION)


def can_assign_editor(user, article) -> bool:
    return is_editor(user)


def can_take_off_byline(user, article, person) -> bool:
    """A co-author is taken off a byline by a colleague (its author, or another co-author or editor),
    never by themselves: leaving the byline of a story, then approving or publishing it, would get
    round the four-eyes rule."""
    return person.pk != getattr(user, "pk", None)


def can_be_assigned_editor(person, article) -> bool:
    """The editor assigned to a story reviews it, so it is never one of its writers (the four-eyes rule)."""
    return is_editor(person) and not is_author_of(person, article)


def can_assign_self(user, article) -> bool:
    """May `user` make themselves the article's assigned editor now? Not when they are already: the
    step would change nothing but add a line to the history."""
    return (
        can_assign_editor(user, article)
        and can_be_assigned_editor(user, article)
        and article.assigned_editor_id != user.pk
    )


def can_comment(user, article) -> bool:
    return is_editor(user)


def can_see_editorial_notes(user, article) -> bool:
    return is_editor(user) or is_author_of(user, article)


def can_use_admin_for_articles(user) -> bool:
    return _active(user) and user.is_staff and is_editor(user)


# Group names created by the roles data migration.
REPORTER_ROLE = "Reporter"
EDITOR_ROLE = "Editor"
FACT_CHECKER_ROLE = "Fact-checker"


def can_offer_transition(user, transition_name: str) -> bool:
    """Could `user` take this step on some article? Decides whether a bulk action is offered at all.

    Each article is still checked on its own with check_user_transition when the step is taken.
    """
    transition = transition_named(transition_name)
    roles = set()
    if is_editor(user):
        roles.add(Actor.EDITOR)
    if is_reporter(user):
        roles.add(Actor.AUTHOR)
    if not transition.actors & roles:
        return False
    return transition.name not in PUBLISHING_TRANSITIONS or user.has_perm(PUBLISHER_PERMISSION)


def can_delete_article(user, article=None) -> bool:
    # Articles leave the record by being killed or archived; deleting one erases its audit trail.
    return _active(user) and user.is_superuser


def can_manage_desks(user) -> bool:
    return _active(user) and user.is_superuser


# The sign-in limit's record of failed sign-ins (django-axes). It names people and the addresses they
# tried from, so it is shown only to the superuser and to those given the permission: the Editor group,
# whose members end a colleague's pause by clearing its record.
SIGN_IN_FAILURES_VIEW_PERMISSION = "axes.view_accessattempt"
SIGN_IN_FAILURES_CLEAR_PERMISSION = "axes.delete_accessattempt"


def can_see_sign_in_failures(user) -> bool:
    return _active(user) and user.is_staff and user.has_perm(SIGN_IN_FAILURES_VIEW_PERMISSION)


def can_clear_sign_in_failures(user) -> bool:
    return can_see_sign_in_failures(user) and user.has_perm(SIGN_IN_FAILURES_CLEAR_PERMISSION)
