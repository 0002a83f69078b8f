"""People are named alike by the services, the admin and every template."""

from django.template import Context, Template

from tests.factories import UserFactory


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


def test_every_template_names_a_person_by_full_name_or_else_sign_in_name(db):
    named = UserFactory(username="fc2", first_name="Farah", last_name="Okoro")
    nameless = UserFactory(username="nameless", first_name="", last_name="")

    # No {% load %}: the filter is built into every template.
    assert render("{{ a|person_name }} / {{ b|person_name }}", a=named, b=nameless) == "Farah Okoro / nameless"
    # No one (a source whose author's account was deleted): nothing, so a default can stand in.
    assert render('{{ nobody|person_name|default:"—" }}', nobody=None) == "—"


def test_a_name_is_escaped_like_any_text(db):
    person = UserFactory(username="x", first_name="<b>Ann</b>", last_name="Lee")

    assert render("{{ p|person_name }}", p=person) == "&lt;b&gt;Ann&lt;/b&gt; Lee"
