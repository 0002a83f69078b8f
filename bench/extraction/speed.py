"""Speed and memory of factcheck.extraction, with quantulum3 as the yardstick.

    python bench/extraction/speed.py [--mb 1.0] [--slice-kb 50] [--repeat 3] [--no-memory]

Texts are the labelled sentences (labelled.jsonl) shuffled into paragraphs and
article-length documents, repeated until there is about --mb megabytes of UTF-8 text.
Ours runs one call per document; quantulum3 (much slower) runs
quantulum3.parser.parse once per paragraph on a --slice-kb slice of the same documents,
and ours runs on that same slice too, so the ratio compares like with like.
Memory is the peak resident set (ru_maxrss) of fresh child interpreters.
This is a benchmark: it prints figures and asserts nothing.
"""

import argparse
import json
import random
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

LABELLED = HERE / "labelled.jsonl"
TARGET_RATIO = 100.0
TARGET_MB_S = 2.0
TARGET_RSS_MB = 50.0


def sentences(path=LABELLED):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                text = row["text"]
                if row.get("context"):
                    text = row["context"] + " " + text
                out.append(text)
    return out


def documents(seed=7, path=LABELLED):
    """Endless stream of article-like documents: 4-8 paragraphs of 2-5 sentences."""
    pool = sentences(path)
    rnd = random.Random(seed)
    while True:
        order = pool[:]
        rnd.shuffle(order)
        i = 0
        while i < len(order):
            paragraphs = []
            for _ in range(rnd.randint(4, 8)):
                n = rnd.randint(2, 5)
                if i >= len(order):
                    break
                paragraphs.append(" ".join(order[i:i + n]))
                i += n
            if paragraphs:
                yield "\n\n".join(paragraphs)


def take_bytes(n_bytes, seed=7):
    docs, total = [], 0
    for doc in documents(seed):
        docs.append(doc)
        total += len(doc.encode("utf-8"))
        if total >= n_bytes:
            return docs, total
    raise AssertionError("unreachable")


def time_ours(extract_claims, docs, repeat):
    extract_claims(docs[0])  # warm-up: compiled patterns, lazy tables
    runs, n_claims = [], 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = 0
        for doc in docs:
            n_claims += len(extract_claims(doc))
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    return runs, n_claims


def time_quantulum(docs):
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    paragraphs = [p for doc in docs for p in doc.split("\n\n")]
    parser.parse(paragraphs[0])  # warm-up: loads the unit tables
    t0, c0 = time.perf_counter(), time.process_time()
    n_quantities = 0
    for p in paragraphs:
        n_quantities += len(parser.parse(p))
    return (time.perf_counter() - t0, time.process_time() - c0), n_quantities, len(paragraphs)


CHILD = r"""
import json, resource, sys, warnings
sys.dont_write_bytecode = True  # importing speed from here must not litter the bench folder
sys.path.insert(0, {repo!r})
sys.path.insert(0, {here!r})
mode, n_bytes = {mode!r}, {n_bytes!r}
out = {{"mode": mode}}
if mode == "ours":
    from factcheck.extraction import extract_claims
    if n_bytes:
        from speed import documents
        done = claims = 0
        for doc in documents(seed=11):
            claims += len(extract_claims(doc))
            done += len(doc.encode("utf-8"))
            if done >= n_bytes:
                break
        out.update(bytes=done, claims=claims)
elif mode == "quantulum3":
    warnings.filterwarnings("ignore")
    from quantulum3 import parser
    if n_bytes:
        from speed import documents
        done = found = 0
        for doc in documents(seed=11):
            for p in doc.split("\n\n"):
                found += len(parser.parse(p))
            done += len(doc.encode("utf-8"))
            if done >= n_bytes:
                break
        out.update(bytes=done, claims=found)
out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    with open("/proc/self/status") as fh:
        out["hwm_kb"] = int(fh.read().split("VmHWM:")[1].split()[0])
except (OSError, IndexError, ValueError):
    pass
print(json.dumps(out))
"""


def child_rss(mode, n_bytes=0):
    code = CHILD.format(repo=str(REPO), here=str(HERE), mode=mode, n_bytes=n_bytes)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def mb(n_bytes):
    return n_bytes / 1e6


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text for our extractor")
    ap.add_argument("--slice-kb", type=float, default=50.0, help="kilobytes of text for quantulum3")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the text for ours")
    ap.add_argument("--no-memory", action="store_true", help="skip the child-process memory runs")
    args = ap.parse_args(argv)

    import importlib.util
    try:
        spec = importlib.util.find_spec("factcheck.extraction")
        found = spec is not None and spec.origin not in (None, "namespace")
    except ImportError:
        found = False
    except ValueError:  # already imported without a spec
        found = True
    if not found:
        print("factcheck.extraction is not importable; nothing to measure.")
        return 0

    # Linux carries ru_maxrss across fork and exec, so a child started from a
    # process that has already grown would report the parent's peak. The memory
    # children therefore run first, while this process is still a bare interpreter.
    memory = None if args.no_memory else [
        ("bare python", child_rss("bare")),
        ("import factcheck.extraction", child_rss("ours")),
        ("ours, extract 1 MB", child_rss("ours", 1_000_000)),
        ("ours, extract 10 MB", child_rss("ours", 10_000_000)),
        ("import quantulum3", child_rss("quantulum3")),
        (f"quantulum3, parse {args.slice_kb:.0f} KB", child_rss("quantulum3", int(args.slice_kb * 1e3))),
    ]

    try:
        from factcheck.extraction import extract_claims
    except ImportError as exc:
        print(f"factcheck.extraction is not importable ({exc}); nothing to measure.")
        return 0

    big, big_bytes = take_bytes(int(args.mb * 1e6))
    small, small_bytes = take_bytes(int(args.slice_kb * 1e3))
    paragraphs = sum(d.count("\n\n") + 1 for d in big)
    print(f"Texts: {len(sentences())} labelled sentences shuffled into {len(big)} documents "
          f"({paragraphs} paragraphs, mean {big_bytes / len(big) / 1e3:.1f} KB per document)")
    print()

    runs, n_big = time_ours(extract_claims, big, args.repeat)
    slice_runs, n_small = time_ours(extract_claims, small, max(args.repeat, 5))
    q_times, q_found, q_paras = time_quantulum(small)

    # Wall clock is what a reader waits for; CPU time is steadier on a busy machine.
    median = sorted(runs)[len(runs) // 2]
    best = min(runs)
    ours_slice = min(slice_runs)
    ours_mb_s = mb(big_bytes) / median[0]
    ratio_wall = (mb(small_bytes) / ours_slice[0]) / (mb(small_bytes) / q_times[0])
    ratio_cpu = (mb(small_bytes) / ours_slice[1]) / (mb(small_bytes) / q_times[1])

    def line(name, n_bytes, times, found):
        wall, cpu = times
        size = f"{mb(n_bytes):.2f}MB" if n_bytes >= 1e6 else f"{n_bytes / 1e3:.1f}KB"
        print(f"  {name:<34} {size:>9} {wall:8.3f} {mb(n_bytes) / wall:8.3f}"
              f" {cpu:8.3f} {mb(n_bytes) / cpu:8.3f} {found:7d}")

    print("Throughput (one core)")
    print(f"  {'extractor':<34} {'text':>9} {'wall s':>8} {'MB/s':>8} {'cpu s':>8} {'MB/s':>8} {'found':>7}")
    line("factcheck.extraction (median)", big_bytes, median, n_big)
    line("factcheck.extraction (best)", big_bytes, best, n_big)
    line("factcheck.extraction (same slice)", small_bytes, ours_slice, n_small)
    line(f"quantulum3 parse, {q_paras} paragraphs", small_bytes, q_times, q_found)
    print(f"  ratio ours/quantulum3 on the same slice: {ratio_wall:,.0f}x wall clock, {ratio_cpu:,.0f}x cpu"
          f"   (target >= {TARGET_RATIO:.0f}x)")
    print(f"  ours on {mb(big_bytes):.1f} MB: {ours_mb_s:.2f} MB/s wall clock, "
          f"{mb(big_bytes) / median[1]:.2f} MB/s cpu   (target ~{TARGET_MB_S:.0f} MB/s)")
    print()

    if memory is None:
        return 0
    print("Peak resident set of a fresh interpreter (ru_maxrss in the child; VmHWM as a cross-check)")
    base = memory[0][1].get("maxrss_kb")
    print(f"  {'process':<32} {'peak RSS':>10} {'over bare':>10} {'VmHWM':>9} {'text':>9} {'found':>8}")
    for name, res in memory:
        if "error" in res:
            print(f"  {name:<32} failed: {res['error']}")
            continue
        rss = res["maxrss_kb"] / 1024
        over = f"{(res['maxrss_kb'] - base) / 1024:8.1f}MB" if base else ""
        hwm = f"{res['hwm_kb'] / 1024:7.1f}MB" if res.get("hwm_kb") else ""
        text = f"{mb(res['bytes']):7.2f}MB" if res.get("bytes") else ""
        found = f"{res['claims']:8d}" if res.get("claims") is not None else ""
        print(f"  {name:<32} {rss:8.1f}MB {over:>10} {hwm:>9} {text:>9} {found:>8}")
    print(f"  target: peak RSS < {TARGET_RSS_MB:.0f} MB while extracting")
    print("  (Linux keeps ru_maxrss across fork and exec, so the bare row also reflects this")
    print("   launcher's size; VmHWM is the child's own peak.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
