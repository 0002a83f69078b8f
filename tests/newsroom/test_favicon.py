"""The newsroom's icon: a static file every page links, and the address browsers ask for by habit."""

import struct

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse


def test_favicon_ico_sends_browsers_to_the_static_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == static("favicon.ico")
    assert "max-age=86400" in response["Cache-Control"]


def test_the_icon_is_an_icon_file_of_the_sizes_a_tab_and_a_bookmark_use():
    with open(finders.find("favicon.ico"), "rb") as icon:
        data = icon.read()

    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = {data[6 + 16 * n] for n in range(count)}
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    assert sizes == {16, 32}
    assert len(data) < 8 * 1024


def test_every_page_links_the_icon_from_the_newsrooms_own_files(client, db):
    page = client.get(reverse("articles:public_index")).content.decode()

    assert f'<link rel="icon" href="{static("favicon.ico")}"' in page
    assert 'href="data:,"' not in page
