"""The word diff shown for edit conflicts and revisions."""

from articles.diffing import word_diff_html


def test_long_unchanged_text_is_left_out_around_a_change_and_what_is_kept_is_escaped():
    before = "Intro " + " ".join(f"word{n}" for n in range(400)) + "\n\nThe <i>figure</i> is 4,300."
    after = before.replace("4,300", "4,350")

    html = word_diff_html(before, after, context=60)

    assert "<del>4,300.</del><ins>4,350.</ins>" in html
    assert "word10 " not in html and "word399" in html and '<span class="diff-skip">' in html
    assert "The &lt;i&gt;figure&lt;/i&gt; is " in html and "<i>" not in html


def test_without_context_the_whole_text_is_shown():
    before = " ".join(f"word{n}" for n in range(400))
    assert word_diff_html(before, before + " end").count("word") == 400
