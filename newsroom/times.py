"""How the newsroom writes the time something was recorded, in messages that name who did it when."""

from django.utils import timezone
from django.utils.formats import date_format


def as_recorded(moment) -> str:
    """``moment`` in the newsroom's time zone, with the zone named ("29 Nov 2026, 12:48 EST"): someone
    answering for a story later must know which clock the times are on."""
    return date_format(timezone.localtime(moment), "j M Y, H:i T")


def now_in_the_newsroom() -> str:
    """The time now as ``as_recorded`` writes it, with the zone named as the forms name it ("5 Mar 2027,
    14:02 GMT (Europe/London)"): an editor told a time they typed has passed needs the clock it was
    measured by, when their own computer's zone or clock says otherwise."""
    return f"{as_recorded(timezone.now())} ({timezone.get_current_timezone_name()})"
