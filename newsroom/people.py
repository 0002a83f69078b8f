"""People as colleagues know them: by their full name, or their sign-in name when they have none.

The desk's pages, its messages and the history of every claim name people so, as the list filters
and the claim page's "Checker" already did, so that nobody reads "fc2" beside "Farah Okoro" and
wonders whether they are two people.
"""


def person_name(person) -> str:
    return person.get_full_name() or person.get_username()
