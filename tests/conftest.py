import pytest

from tests.factories import ArticleFactory, DeskFactory, UserFactory


@pytest.fixture
def desk(db):
    return DeskFactory(name="Politics", slug="politics")


@pytest.fixture
def reporter(db):
    return UserFactory(username="rita", role="Reporter")


@pytest.fixture
def other_reporter(db):
    return UserFactory(username="oscar", role="Reporter")


@pytest.fixture
def editor(db):
    return UserFactory(username="edna", role="Editor", is_staff=True)


@pytest.fixture
def fact_checker(db):
    return UserFactory(username="faye", role="Fact-checker")


@pytest.fixture
def draft(reporter, desk):
    return ArticleFactory(author=reporter, desk=desk)
