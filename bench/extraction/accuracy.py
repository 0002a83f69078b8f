"""Accuracy of factcheck.extraction against the hand-labelled sentence set.

    python bench/extraction/accuracy.py [--set PATH] [--errors]

Headline: value precision / recall / F1 over numeric claims (every kind except date
and quote). A predicted single value matches a labelled single value when they agree
within 1e-5 relative; a predicted range matches a labelled range when both ends do.
Each label is matched at most once (greedy, per sentence). Kind need not agree for the
headline figure; a per-kind breakdown and the kind-agreement rate are printed as well.
Dates and quote speakers are scored separately (speakers equal but for case and a leading
article). This is a benchmark: it prints figures
and always exits 0.
"""

import argparse
import json
import sys
import traceback
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_SET = HERE / "labelled.jsonl"
TARGET_F1 = 0.93
NON_NUMERIC = ("date", "quote")


def speaker_key(name):
    """A speaker as compared: case and a leading article do not count ("A senior official" is
    "senior official"; the sets' writers differ on the article, and so may readers)."""
    name = " ".join(name.split()).lower()
    for article in ("a ", "an ", "the "):
        if name.startswith(article):
            return name[len(article):]
    return name


def same_speaker(predicted, labelled):
    return speaker_key(predicted) == speaker_key(labelled)


def close(a, b):
    return abs(a - b) <= 1e-5 * max(abs(a), abs(b))


def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def scored_text(row):
    """The text handed to the extractor and the span of it that is scored."""
    context = row.get("context")
    if context:
        full = context + " " + row["text"]
        return full, len(context) + 1, len(full)
    return row["text"], 0, len(row["text"])


def pred_shape(claim):
    """('single', v), ('range', (lo, hi)) or (None, None) for a numeric prediction."""
    value = getattr(claim, "value", None)
    low = getattr(claim, "low", None)
    high = getattr(claim, "high", None)
    if value is not None:
        return "single", float(value)
    if low is not None and high is not None:
        if close(float(low), float(high)):
            return "single", float(low)
        return "range", (float(low), float(high))
    if low is not None or high is not None:
        return "single", float(low if low is not None else high)
    return None, None


def label_shape(label):
    if label.get("value") is not None:
        return "single", float(label["value"])
    return "range", (float(label["low"]), float(label["high"]))


def shapes_match(p, lab):
    if p[0] != lab[0] or p[0] is None:
        return False
    if p[0] == "single":
        return close(p[1], lab[1])
    return close(p[1][0], lab[1][0]) and close(p[1][1], lab[1][1])


def fmt_shape(shape):
    if shape[0] == "single":
        return f"{shape[1]:g}"
    if shape[0] == "range":
        return f"{shape[1][0]:g}..{shape[1][1]:g}"
    return "(no value)"


def greedy(preds, labels, match, prefer=None):
    """Match each prediction, in order, to the first free label it matches.

    ``prefer(p, lab)`` picks among several matching labels (e.g. same kind first).
    Returns (pairs, unmatched_preds, unmatched_labels).
    """
    free = list(range(len(labels)))
    pairs, fps = [], []
    for p in preds:
        candidates = [i for i in free if match(p, labels[i])]
        if prefer is not None:
            candidates.sort(key=lambda i: 0 if prefer(p, labels[i]) else 1)
        if candidates:
            i = candidates[0]
            free.remove(i)
            pairs.append((p, labels[i]))
        else:
            fps.append(p)
    return pairs, fps, [labels[i] for i in free]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self):
        return prf(self.tp, self.fp, self.fn)

    def row(self, name, width=14):
        p, r, f = self.prf()
        return (f"  {name:<{width}} {p:6.3f} {r:6.3f} {f:6.3f}"
                f"   tp {self.tp:4d}  fp {self.fp:4d}  fn {self.fn:4d}")


def snippet(text, start, end, pad=25):
    a, b = max(0, start - pad), min(len(text), end + pad)
    return ("..." if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("..." if b < len(text) else "")


def evaluate(rows, extract_claims):
    numeric = Tally()
    dates = Tally()
    quotes = Tally()
    by_label_kind = defaultdict(lambda: [0, 0, 0])   # labels, matched, matched with same kind
    by_pred_kind = defaultdict(lambda: [0, 0])       # predictions, matched
    by_category = defaultdict(Tally)
    confusion = Counter()                            # (label kind, predicted kind) on matches
    errors = []                                      # (id, "FP"/"FN", area, description)
    crashes = []

    for row in rows:
        full, lo, hi = scored_text(row)
        try:
            claims = list(extract_claims(full))
        except Exception:  # a crash on one sentence should not hide the others
            crashes.append((row["id"], traceback.format_exc(limit=3)))
            claims = []
        claims = [c for c in claims if c.end > lo and c.start < hi]
        claims.sort(key=lambda c: (c.start, c.end))

        labels = row["labels"]
        num_labels = [lab for lab in labels if lab["kind"] not in NON_NUMERIC]
        date_labels = [lab for lab in labels if lab["kind"] == "date"]
        quote_labels = [lab for lab in labels if lab["kind"] == "quote"]
        num_preds = [c for c in claims if c.kind not in NON_NUMERIC]
        date_preds = [c for c in claims if c.kind == "date"]
        quote_preds = [c for c in claims if c.kind == "quote"]

        # numeric values
        pairs, fps, fns = greedy(
            num_preds, num_labels,
            lambda c, lab: shapes_match(pred_shape(c), label_shape(lab)),
            prefer=lambda c, lab: c.kind == lab["kind"])
        numeric.add(len(pairs), len(fps), len(fns))
        by_category[row["category"]].add(len(pairs), len(fps), len(fns))
        for lab in num_labels:
            by_label_kind[lab["kind"]][0] += 1
        for c, lab in pairs:
            by_label_kind[lab["kind"]][1] += 1
            by_label_kind[lab["kind"]][2] += c.kind == lab["kind"]
            by_pred_kind[c.kind][1] += 1
            confusion[(lab["kind"], c.kind)] += 1
        for c in num_preds:
            by_pred_kind[c.kind][0] += 1
        for c in fps:
            errors.append((row["id"], "FP", "value",
                           f"{c.kind} {fmt_shape(pred_shape(c))}  {snippet(full, c.start, c.end)}"))
        for lab in fns:
            errors.append((row["id"], "FN", "value",
                           f"{lab['kind']} {fmt_shape(label_shape(lab))}  {row['text']}"))

        # dates
        pairs, fps, fns = greedy(
            date_preds, date_labels,
            lambda c, lab: (lab["text"].lower() in c.text.lower()
                            or c.text.lower() in lab["text"].lower()))
        dates.add(len(pairs), len(fps), len(fns))
        for c in fps:
            errors.append((row["id"], "FP", "date", f"{c.text!r}  {snippet(full, c.start, c.end)}"))
        for lab in fns:
            errors.append((row["id"], "FN", "date", f"{lab['text']!r}  {row['text']}"))

        # quote speakers
        pairs, fps, fns = greedy(
            quote_preds, quote_labels,
            lambda c, lab: same_speaker(getattr(c, "speaker", None) or "", lab["speaker"]))
        quotes.add(len(pairs), len(fps), len(fns))
        for c in fps:
            errors.append((row["id"], "FP", "quote",
                           f"speaker={getattr(c, 'speaker', None)!r}  {snippet(full, c.start, c.end, 0)[:90]}"))
        for lab in fns:
            errors.append((row["id"], "FN", "quote", f"speaker={lab['speaker']!r}  {row['text'][:90]}"))

    return {
        "numeric": numeric, "dates": dates, "quotes": quotes,
        "by_label_kind": by_label_kind, "by_pred_kind": by_pred_kind,
        "by_category": by_category, "confusion": confusion,
        "errors": errors, "crashes": crashes,
    }


def report(rows, res, show_errors):
    numeric = res["numeric"]
    p, r, f = numeric.prf()
    print(f"Claim extraction accuracy: {len(rows)} labelled sentences")
    print()
    print("Numeric values (all kinds except date and quote)")
    print(f"  {'':<14} {'prec':>6} {'rec':>6} {'F1':>6}")
    print(numeric.row("values"))
    verdict = "meets" if f >= TARGET_F1 else "below"
    print(f"  target F1 >= {TARGET_F1:.2f}: {verdict} ({f:.3f})")
    print()

    print("By label kind (recall; kind agreement among matched labels)")
    total_matched = total_same = 0
    for kind in sorted(res["by_label_kind"]):
        n, matched, same = res["by_label_kind"][kind]
        total_matched += matched
        total_same += same
        agree = f"{same / matched:6.3f}" if matched else "     -"
        print(f"  {kind:<10} labels {n:4d}  matched {matched:4d}  recall {matched / n if n else 0:6.3f}"
              f"  same kind {agree}")
    rate = total_same / total_matched if total_matched else 0.0
    print(f"  kind agreement over all matched values: {rate:.3f} ({total_same}/{total_matched})")
    print()

    print("By predicted kind (precision)")
    for kind in sorted(res["by_pred_kind"]):
        n, matched = res["by_pred_kind"][kind]
        print(f"  {kind:<10} predicted {n:4d}  matched {matched:4d}  precision {matched / n if n else 0:6.3f}")
    mismatches = [(k, v) for k, v in res["confusion"].items() if k[0] != k[1]]
    if mismatches:
        print("  kind disagreements (label -> predicted): " + ", ".join(
            f"{a}->{b} {n}" for (a, b), n in sorted(mismatches, key=lambda kv: -kv[1])))
    print()

    print("By sentence category (numeric values)")
    print(f"  {'':<14} {'prec':>6} {'rec':>6} {'F1':>6}")
    for cat in sorted(res["by_category"]):
        print(res["by_category"][cat].row(cat))
    print()

    print("Dates (predicted text contains the label or vice versa)")
    print(res["dates"].row("dates"))
    print("Quotes (speaker equal, but for case and a leading article)")
    print(res["quotes"].row("speakers"))
    print()

    if res["crashes"]:
        print(f"Extractor raised on {len(res['crashes'])} sentences:")
        for sid, tb in res["crashes"][:10]:
            print(f"  {sid}: {tb.strip().splitlines()[-1]}")
        print()

    kinds = Counter((kind, area) for _, kind, area, _ in res["errors"])
    print("Errors: " + ", ".join(f"{area} {kind} {n}" for (kind, area), n in sorted(kinds.items())))
    if show_errors:
        for sid, kind, area, desc in res["errors"]:
            print(f"  {sid} {kind} {area:<5} {desc}")
    else:
        print("  (run with --errors to list them)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default=str(DEFAULT_SET), help="labelled JSONL file")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)

    rows = load(args.set)
    try:
        from factcheck.extraction import extract_claims
    except ImportError as exc:
        print(f"factcheck.extraction is not importable ({exc}); nothing to measure.")
        return 0
    res = evaluate(rows, extract_claims)
    report(rows, res, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
