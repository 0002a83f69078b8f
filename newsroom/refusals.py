"""What a user is told when an action is refused, from a refusal of either kind."""

from django.core.exceptions import ValidationError


def refusal_text(error: Exception) -> str:
    """The message of a PermissionDenied or a ValidationError as one line for the user (a refusal
    raised with no message still says what happened)."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You are not allowed to do that."
