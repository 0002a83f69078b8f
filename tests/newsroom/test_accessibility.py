"""What a screen-reader and keyboard user meets on the pages every role shares: sign-in and the page frame."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_page_starts_with_a_link_past_the_navigation_to_the_main_content(client, reporter):
    client.force_login(reporter)
    for url in [reverse("articles:my_drafts"), reverse("articles:public_index"), reverse("factcheck:queue")]:
        html = client.get(url).content.decode()
        body = html[html.index("<body"):]
        first_link = re.search(r"<a [^>]*>", body).group(0)
        assert 'href="#main"' in first_link, url
        assert re.search(r'<main [^>]*id="main"[^>]*tabindex="-1"', html), url
