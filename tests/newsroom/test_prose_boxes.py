"""Every box of prose a person types into, on the web pages and in the admin, refuses a NUL once,
saying where it is: Django's own shorter refusal of it is not given beside that."""

import pytest
from django.core.exceptions import ValidationError

from articles.admin import ArticleAdminForm, CorrectionNoteForm, TransitionCommentForm
from articles.forms import ArticleCopyForm, CorrectionForm, HeldCorrectionWaiverForm, TransitionForm
from factcheck.admin import GateWaiverForm
from factcheck.forms import RulingForm, SourceForm, WaiveForm

PROSE_BOXES = [
    (ArticleCopyForm, "headline"), (ArticleCopyForm, "standfirst"), (ArticleCopyForm, "body"),
    (ArticleCopyForm, "note"), (TransitionForm, "comment"), (CorrectionForm, "note"),
    (HeldCorrectionWaiverForm, "reason"), (RulingForm, "note"), (SourceForm, "note"), (WaiveForm, "reason"),
    (ArticleAdminForm, "headline"), (ArticleAdminForm, "standfirst"), (ArticleAdminForm, "body"),
    (ArticleAdminForm, "note"), (TransitionCommentForm, "comment"), (CorrectionNoteForm, "comment"),
    (GateWaiverForm, "reason"),
]


@pytest.mark.parametrize(("form_class", "name"), PROSE_BOXES, ids=lambda x: getattr(x, "__name__", x))
def test_a_nul_is_refused_once_with_its_place(form_class, name):
    box = form_class.base_fields[name]

    with pytest.raises(ValidationError) as refused:
        box.clean("Rates rose\x00 again")

    assert len(refused.value.messages) == 1
    assert "U+0000" in refused.value.messages[0] and "character 11" in refused.value.messages[0]


@pytest.mark.parametrize(("form_class", "name"), PROSE_BOXES, ids=lambda x: getattr(x, "__name__", x))
def test_other_control_characters_are_still_refused(form_class, name):
    with pytest.raises(ValidationError, match="U\\+001B"):
        form_class.base_fields[name].clean("Rates rose\x1b again")
