"""Time the revision and edit-conflict word diff on long bodies.

    python bench/articles/diff_speed.py [--chars 100000]

A body of news-like paragraphs (invented here) is compared with itself after three kinds of
edit: one word inserted in the middle, one figure changed, and a paragraph moved. Prints
seconds per comparison; asserts nothing.
"""

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from articles.diffing import word_diff_html  # noqa: E402

WORDS = "the council said 4,300 people and a rise of 12% in the year to March were expected".split()


def body(chars: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < chars:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 90))) + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=100_000)
    args = parser.parse_args(argv)
    before = body(args.chars)
    middle = len(before) // 2
    paragraphs = before.split("\n\n")
    edits = {
        "one word inserted mid-body": before[:middle] + " inserted " + before[middle:],
        "one figure changed": before.replace("4,300", "4,350", 1),
        "a paragraph moved": "\n\n".join(paragraphs[1:] + paragraphs[:1]),
    }
    print(f"body of {len(before):,} characters, {len(paragraphs)} paragraphs")
    for name, after in edits.items():
        start = time.perf_counter()
        word_diff_html(before, after, context=240)
        print(f"  {name:<28} {time.perf_counter() - start:8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
