"""Output identity of factcheck.extraction across a change meant to keep it (a speed-up, a tidy-up).

    python bench/extraction/identity.py save BEFORE.jsonl      # on the code before the change
    python bench/extraction/identity.py compare BEFORE.jsonl   # on the code after it

The inputs are built the same way every time from the project's own texts: the labelled and
held-out sentences, article-shaped documents of the speed benchmark (figure-dense and
news-density), each labelled sentence lower-cased, upper-cased, without commas, with curly
quotes and with its words shuffled, the string literals of the extraction tests, random
strings over an alphabet of digits, quote marks, currency signs, dashes, odd Unicode and
line breaks, random word salads, and the later held-out sets (whole articles, quotes with
their context) as they are. `save` writes one line per input, [index, claims];
`compare` reruns and reports the first input whose claims differ, and how many differ.
Exit status: 0 when identical, 1 when not, 2 on a usage error.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
for path in (str(REPO), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from factcheck.extraction import extract_claims  # noqa: E402

import speed  # noqa: E402

ODD_CHARACTERS = ["\u00e9", "\u0130", "\u017f", "\u2028", "\x00", "\ud800"]


def inputs() -> list[str]:
    texts = []
    for name in ("labelled.jsonl", "heldout.jsonl"):
        with open(HERE / name, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    texts.append(((row.get("context") or "") + " " + row["text"]).strip())
    sentences = len(texts)
    texts += speed.take_bytes(400_000)[0]
    texts += speed.take_bytes(400_000, news=True)[0]
    rnd = random.Random(3)
    for s in texts[:sentences]:
        words = s.split()
        rnd.shuffle(words)
        texts += [s.lower(), s.upper(), s.replace(",", ""),
                  s.replace('"', "\u201c", 1).replace('"', "\u201d", 1), " ".join(words)]
    for test_file in sorted((REPO / "tests" / "factcheck").glob("test_extraction*.py")):
        source = test_file.read_text(encoding="utf-8")
        texts += [m.group(1) for m in re.finditer(r'"((?:[^"\\\n]|\\.){20,})"', source)]
    rnd = random.Random(5)
    alphabet = list("abcdefghij ABCDE 0123456789 ,.;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019$\u20ac\u00a3%()\n\n\t")
    alphabet += ODD_CHARACTERS
    for _ in range(1500):
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 400))))
    vocabulary = " ".join(texts[:sentences]).split()
    for _ in range(800):
        texts.append(" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(3, 120))))
    # The later held-out sets as they are: whole articles and quotes with their context.
    for path in sorted(HERE.glob("heldout?*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    texts.append(((row.get("context") or "") + " " + row["text"]).strip())
    return texts


def outputs():
    for i, text in enumerate(inputs()):
        yield json.dumps([i, [c.to_dict() for c in extract_claims(text)]], sort_keys=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "compare"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    command, path = argv
    if command == "save":
        n = 0
        with open(path, "w", encoding="utf-8") as out:
            for line in outputs():
                out.write(line + "\n")
                n += 1
        print(f"saved the claims of {n} inputs to {path}")
        return 0
    with open(path, encoding="utf-8") as fh:
        before = fh.read().splitlines()
    after = list(outputs())
    n = len(after)
    if n != len(before):
        print(f"{path} holds {len(before)} inputs, this run {n}: saved from other inputs?")
        return 1
    differing, first = 0, None
    for old, new in zip(before, after):
        if old != new:
            differing += 1
            first = first or (old, new)
    if not differing:
        print(f"identical on {n} inputs")
        return 0
    old, new = (json.loads(x) for x in first)
    print(f"{differing} of {n} inputs differ; the first is input {old[0]}:")
    old_claims = {json.dumps(c, sort_keys=True) for c in old[1]}
    new_claims = {json.dumps(c, sort_keys=True) for c in new[1]}
    for c in sorted(old_claims - new_claims):
        print("  - " + c)
    for c in sorted(new_claims - old_claims):
        print("  + " + c)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
