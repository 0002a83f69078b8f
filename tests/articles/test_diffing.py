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


def _rebuilt(chunks, side):
    return "".join(c.text for c in chunks if c.op in ("equal", side))


def test_the_diff_rebuilds_both_texts_after_edits_anywhere_in_a_long_body():
    import random

    from articles.diffing import word_diff

    rng = random.Random(5)
    words = ["the", "council", "said", "4,300", "people", "and", "a", "rise", "of", "12%"]
    paragraphs = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(300)]
    before = "\n\n".join(paragraphs)
    for _ in range(20):
        edited = list(paragraphs)
        k = rng.randrange(len(edited))
        edited[k] = edited[k].replace("4,300", "4,350", 1) + " added"
        edited.insert(rng.randrange(len(edited)), "A new paragraph of 12 words.")
        del edited[rng.randrange(len(edited))]
        after = "\n\n".join(edited)
        chunks = word_diff(before, after)
        assert _rebuilt(chunks, "delete") == before and _rebuilt(chunks, "insert") == after


def test_a_changed_figure_in_a_long_body_is_a_word_change_not_a_paragraph_change():
    from articles.diffing import word_diff

    body = "\n\n".join(f"Paragraph {n} says the figure is {n * 100} and nothing more." for n in range(2000))
    changed = body.replace("figure is 123400 and", "figure is 123450 and")
    changes = [c for c in word_diff(body, changed) if c.op != "equal"]
    assert [(c.op, c.text) for c in changes] == [("delete", "123400"), ("insert", "123450")]


def test_a_rewrite_too_long_to_compare_word_by_word_is_shown_removed_and_added_whole():
    from articles.diffing import MAX_WORD_DIFF_PAIRS, word_diff

    words = int(MAX_WORD_DIFF_PAIRS ** 0.5)  # one paragraph each, as many tokens as the limit allows
    before = " ".join(f"a{n}" for n in range(words))
    after = " ".join(f"b{n}" for n in range(words))
    assert [c.op for c in word_diff(before, after)] == ["delete", "insert"]


def test_two_long_texts_of_short_repeated_lines_compare_in_moments_not_minutes():
    # 100,000 characters (the longest body) of two-character lines that repeat: matched line by line,
    # each line was compared with every equal one in the other text, and one comparison page took
    # more than a minute of the server's time (and was cut off by the web server's time-out).
    import time

    from articles.diffing import word_diff

    before, after = "x\ny\n" * 25_000, "y\nx\n" * 25_000
    started = time.monotonic()
    chunks = word_diff(before, after)
    assert time.monotonic() - started < 5
    assert _rebuilt(chunks, "delete") == before and _rebuilt(chunks, "insert") == after
