"""Filters every template has without loading them (TEMPLATES' "builtins" in the settings)."""

from django import template

from .people import person_name

register = template.Library()


@register.filter(name="person_name")
def person_name_filter(person) -> str:
    """A person as colleagues know them (newsroom.people.person_name); nothing for no one."""
    return person_name(person) if person else ""
