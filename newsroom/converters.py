"""Path converters shared by every app's URLs. Importing this module registers them."""

from django.urls import register_converter


class DatabaseIntConverter:
    """A non-negative integer that fits a 64-bit database column; longer numbers are simply no match (404)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(DatabaseIntConverter, "dbint")
