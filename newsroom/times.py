"""How the newsroom writes the time something was recorded, in messages that name who did it when."""

from django.utils import timezone
from django.utils.formats import date_format


def as_recorded(moment) -> str:
    """``moment`` in the newsroom's time zone, with the zone named ("29 Nov 2026, 12:48 EST"): someone
    answering for a story later must know which clock the times are on."""
    return date_format(timezone.localtime(moment), "j M Y, H:i T")
