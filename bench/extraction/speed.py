"""Speed and memory of factcheck.extraction, with quantulum3 as the yardstick.

    python bench/extraction/speed.py [--mb 1.0] [--slice-kb 50] [--repeat 3] [--no-memory]
                                     [--text all|dense|news|articles] [--file PATH]

Three texts are measured in the same run, each against quantulum3 on the same text:

* dense: the labelled sentences (labelled.jsonl) shuffled into paragraphs and
  article-length documents. Every sentence carries a figure, about 20 claims per KB:
  the worst case, several times denser in figures than real copy.
* news: article-shaped documents in which labelled sentences are interleaved with
  ordinary news sentences without figures (FILLER, written for this benchmark), at
  about the density of wire copy (4-5 claims per KB).
* articles: the whole articles of the held-out sets, written without sight of the
  extractor, with their own mix of figures, names and quotes (their writers were asked
  for many, so they are nearly as dense as the dense text).

Each text is repeated until there is about --mb megabytes of UTF-8 text. Ours runs one
call per document. quantulum3 (much slower) runs on a --slice-kb slice of the same
documents, and ours runs on that same slice too, so the ratio compares like with like.
quantulum3 is timed two ways: quantulum3.parser.parse once per document, the same call
ours gets and the way a newsroom would call it, which gives the headline ratio; and once
per paragraph, shown beside it. Which of the two is quicker for quantulum3 depends on the
text (on these documents the per-paragraph calls are), so both are printed. Throughput is
given by wall clock and by CPU time (time.process_time), which is steadier on a busy
machine.
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
# Claims per KB aimed at by the news text: about what wire copy carries.
NEWS_CLAIMS_PER_KB = 4.5

# Ordinary news sentences with no figure, date or quote in them, invented for this
# benchmark. They pad the labelled sentences out to the density of real copy.
FILLER = [
    "The ministry said the talks had been constructive but declined to give details of what was discussed.",
    "Opposition leaders accused the government of rushing the bill through parliament without proper scrutiny.",
    "Residents described hearing a loud bang before smoke began to pour from the roof of the warehouse.",
    "The central bank has come under pressure from exporters who say the strong currency is hurting sales.",
    "Police urged drivers to avoid the area while emergency crews cleared debris from the motorway.",
    "Analysts said the decision was widely expected and would do little to calm jittery markets.",
    "The company did not respond to a request for comment on the allegations.",
    "Aid agencies warned that access to the worst-hit villages remained extremely difficult.",
    "The mayor promised a full review of how the city handled the flooding.",
    "Negotiators from both sides are expected to resume talks in the capital after a short break.",
    "Several witnesses told local media that the gunman had fled on foot towards the river.",
    "The proposal has divided the governing coalition, with junior partners threatening to walk out.",
    "Farmers in the north say the drought has left pastures bare and wells running dry.",
    "The court adjourned the hearing so that defence lawyers could examine new evidence.",
    "Shares in the carmaker slipped after it warned of supply problems at its main plant.",
    "The government insists the new rules will make the system fairer for ordinary taxpayers.",
    "Teachers' unions have threatened further strikes unless ministers improve their offer.",
    "The storm brought down power lines and uprooted trees across much of the coast.",
    "Human rights groups called for an independent investigation into the deaths.",
    "The minister told reporters that the country would not bow to outside pressure.",
    "Investigators are still trying to establish what caused the train to leave the tracks.",
    "The summit ended without agreement on how to share the cost of the new border force.",
    "Local officials said the evacuation had gone smoothly despite heavy traffic on the main roads.",
    "The party's leadership contest has exposed deep divisions over immigration and the economy.",
    "Doctors at the hospital said the patient was in a stable condition.",
    "The regulator opened an inquiry into whether the merger would harm competition.",
    "Diplomats said the envoy had carried a message from the president to the rebel commanders.",
    "The festival went ahead under tight security after organisers received threats.",
    "Critics argue the scheme rewards large landowners while doing little for small farms.",
    "The museum said the painting had been returned to its owners after a long legal battle.",
    "Rescue teams worked through the night to reach people trapped under the rubble.",
    "The airline blamed the disruption on a computer fault that affected check-in systems.",
    "Environmental campaigners welcomed the ruling but said it did not go far enough.",
    "The prime minister is under growing pressure to sack the embattled health secretary.",
    "Officials later confirmed that the suspect had been known to the security services.",
    "The report criticised the management of the project and called for stronger oversight.",
    "Coastguard vessels searched the area but found no trace of the missing fishing boat.",
    "The union said its members were angry at the way the changes had been introduced.",
    "Supporters gathered outside the courthouse to await the verdict.",
    "The government has promised to publish the findings of the inquiry in full.",
    "Heavy rain has made many rural roads impassable, cutting off remote communities.",
    "The bank said it would review its lending practices in light of the findings.",
    "Protesters blocked the main bridge into the city, causing long delays for commuters.",
    "The senator said she would vote against the measure unless it was substantially amended.",
    "Engineers are assessing the damage to the dam before deciding whether it is safe.",
    "The club apologised to fans after the match was abandoned because of crowd trouble.",
    "The ceasefire appeared to be holding, although sporadic gunfire was reported near the border.",
    "Prosecutors said the defendant had shown no remorse for his actions.",
    "The charity said demand for its services had never been higher.",
    "Ministers are expected to announce new measures to ease the pressure on hospitals.",
    "The wildfire forced the closure of a major highway and several nearby campsites.",
    "The foreign ministry summoned the ambassador to explain the remarks.",
    "Economists say the slowdown reflects weaker demand from the country's main trading partners.",
    "The authorities imposed a curfew in the town after a night of rioting.",
    "The chief executive said the company remained committed to its expansion plans.",
    "Voters in the region have grown frustrated with what they see as broken promises.",
    "The builder blamed rising material costs and a shortage of skilled workers for the delays.",
    "The agency said it was monitoring the situation closely and would issue updates as needed.",
    "Lawmakers from both parties criticised the handling of the crisis.",
    "The village has been without running water since the pipeline was damaged.",
    "Officials said the vaccine rollout would be extended to more age groups soon.",
    "The governor declared a state of emergency and asked for federal assistance.",
]


def labelled_rows(path=LABELLED):
    """(text, number of labelled claims) for each labelled sentence, its context before it."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                text = row["text"]
                if row.get("context"):
                    text = row["context"] + " " + text
                out.append((text, len(row.get("labels") or ())))
    return out


def sentences(path=LABELLED):
    return [text for text, _ in labelled_rows(path)]


def figure_share(path=LABELLED, claims_per_kb=NEWS_CLAIMS_PER_KB):
    """Share of labelled sentences among all sentences that gives about claims_per_kb."""
    rows = labelled_rows(path)
    claims = sum(n for _, n in rows) / len(rows)
    size = sum(len(t.encode("utf-8")) + 1 for t, _ in rows) / len(rows)
    filler = sum(len(t.encode("utf-8")) + 1 for t in FILLER) / len(FILLER)
    d = claims_per_kb / 1e3
    return d * filler / (claims - d * size + d * filler)


def documents(seed=7, path=LABELLED, news=False):
    """Endless stream of article-like documents: 4-8 paragraphs of 2-5 sentences.

    With news=True, each sentence is a labelled one (in shuffled order) with the
    probability from figure_share, and otherwise a figure-free FILLER sentence.
    """
    pool = sentences(path)
    rnd = random.Random(seed)
    share = figure_share(path) if news else 1.0
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
                if news:
                    para = []
                    for _ in range(n):
                        if i < len(order) and rnd.random() < share:
                            para.append(order[i])
                            i += 1
                        else:
                            para.append(rnd.choice(FILLER))
                    paragraphs.append(" ".join(para))
                else:
                    paragraphs.append(" ".join(order[i:i + n]))
                    i += n
            if paragraphs:
                yield "\n\n".join(paragraphs)


def article_documents(seed=7):
    """Endless stream of the whole articles of the held-out sets, shuffled on each pass.

    They were written without sight of the extractor, as real copy is; their writers were
    asked for many figures and quotes, so they are denser in claims than most wire copy.
    """
    articles = []
    for path in sorted(HERE.glob("heldout?*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            articles += [row["text"] for row in map(json.loads, filter(str.strip, fh))
                         if row.get("category") == "article"]
    rnd = random.Random(seed)
    while True:
        order = articles[:]
        rnd.shuffle(order)
        yield from order


def repeated(text):
    """A document given on the command line (--file), again and again."""
    while True:
        yield text


def take_bytes(n_bytes, seed=7, news=False, articles=False, text=None):
    docs, total = [], 0
    stream = repeated(text) if text is not None else (article_documents(seed) if articles else documents(seed, news=news))
    for doc in stream:
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


def time_quantulum(docs, per_paragraph=False):
    """quantulum3 over docs, one parse per document (or per paragraph): (wall, cpu), found, calls."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    inputs = [p for doc in docs for p in doc.split("\n\n")] if per_paragraph else list(docs)
    parser.parse(inputs[0][:500])  # warm-up: loads the unit tables
    t0, c0 = time.perf_counter(), time.process_time()
    n_quantities = 0
    for text in inputs:
        n_quantities += len(parser.parse(text))
    return (time.perf_counter() - t0, time.process_time() - c0), n_quantities, len(inputs)


CHILD = r"""
import json, resource, sys, warnings
sys.dont_write_bytecode = True  # importing speed from here must not litter the bench folder
sys.path.insert(0, {repo!r})
sys.path.insert(0, {here!r})
mode, n_bytes, news = {mode!r}, {n_bytes!r}, {news!r}
out = {{"mode": mode}}
if mode == "ours":
    from factcheck.extraction import extract_claims
    if n_bytes:
        from speed import documents
        done = claims = 0
        for doc in documents(seed=11, news=news):
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
        for doc in documents(seed=11, news=news):
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


def child_rss(mode, n_bytes=0, news=False):
    code = CHILD.format(repo=str(REPO), here=str(HERE), mode=mode, n_bytes=n_bytes, news=news)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def mb(n_bytes):
    return n_bytes / 1e6


def line(name, n_bytes, times, found):
    wall, cpu = times
    size = f"{mb(n_bytes):.2f}MB" if n_bytes >= 1e6 else f"{n_bytes / 1e3:.1f}KB"
    print(f"  {name:<34} {size:>9} {wall:8.3f} {mb(n_bytes) / wall:8.3f}"
          f" {cpu:8.3f} {mb(n_bytes) / cpu:8.3f} {found:7d}")


def measure(extract_claims, name, news, args, text=None):
    """Time ours and quantulum3 on one text; print the table and return the headline figures."""
    articles = name == "articles"
    big, big_bytes = take_bytes(int(args.mb * 1e6), news=news, articles=articles, text=text)
    small, small_bytes = take_bytes(int(args.slice_kb * 1e3), news=news, articles=articles, text=text)
    paragraphs = sum(d.count("\n\n") + 1 for d in big)
    if text is not None:
        what = f"{args.file} ({len(text.encode('utf-8')) / 1e3:.1f} KB), repeated"
    elif articles:
        n_articles = len(set(big))
        what = f"the {n_articles} whole articles of the held-out sets, repeated"
    elif news:
        what = (f"labelled sentences ({figure_share():.0%} of sentences) among {len(FILLER)} "
                f"figure-free news sentences")
    else:
        what = f"{len(sentences())} labelled sentences shuffled"
    print(f"Text '{name}': {what}, in {len(big)} documents "
          f"({paragraphs} paragraphs, mean {big_bytes / len(big) / 1e3:.1f} KB per document)")

    runs, n_big = time_ours(extract_claims, big, args.repeat)
    slice_runs, n_small = time_ours(extract_claims, small, max(args.repeat, 5))
    try:
        q_times, q_found, q_docs = time_quantulum(small)
        p_times, p_found, q_paras = time_quantulum(small, per_paragraph=True)
    except ImportError:
        q_times = None

    # Wall clock is what a reader waits for; CPU time is steadier on a busy machine.
    median = sorted(runs)[len(runs) // 2]
    best = min(runs)
    ours_slice = min(slice_runs)
    per_kb = n_big / (big_bytes / 1e3)
    print(f"  claims per KB: {per_kb:.1f}")
    print(f"  {'extractor':<34} {'text':>9} {'wall s':>8} {'MB/s':>8} {'cpu s':>8} {'MB/s':>8} {'found':>7}")
    line("factcheck.extraction (median)", big_bytes, median, n_big)
    line("factcheck.extraction (best)", big_bytes, best, n_big)
    line("factcheck.extraction (same slice)", small_bytes, ours_slice, n_small)
    result = {
        "name": name, "per_kb": per_kb,
        "wall": mb(big_bytes) / median[0], "cpu": mb(big_bytes) / median[1],
        "ratio_wall": None, "ratio_cpu": None, "ratio_para_cpu": None,
    }
    if q_times is None:
        print("  quantulum3 is not installed: no ratio")
    else:
        line(f"quantulum3 parse, {q_docs} documents", small_bytes, q_times, q_found)
        line(f"quantulum3 parse, {q_paras} paragraphs", small_bytes, p_times, p_found)
        result["ratio_wall"] = q_times[0] / ours_slice[0]
        result["ratio_cpu"] = q_times[1] / ours_slice[1]
        result["ratio_para_cpu"] = p_times[1] / ours_slice[1]
        print(f"  ratio ours/quantulum3 on the same slice, one call per document each: "
              f"{result['ratio_wall']:,.0f}x wall clock, {result['ratio_cpu']:,.0f}x cpu   "
              f"(target >= {TARGET_RATIO:.0f}x)")
        print(f"  the same with quantulum3 called per paragraph: {result['ratio_para_cpu']:,.0f}x cpu")
    print(f"  ours on {mb(big_bytes):.1f} MB: {result['wall']:.2f} MB/s wall clock, "
          f"{result['cpu']:.2f} MB/s cpu   (target ~{TARGET_MB_S:.0f} MB/s)")
    print()
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text for our extractor")
    ap.add_argument("--slice-kb", type=float, default=50.0, help="kilobytes of text for quantulum3")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the text for ours")
    ap.add_argument("--no-memory", action="store_true", help="skip the child-process memory runs")
    ap.add_argument("--text", choices=("all", "dense", "news", "articles"), default="all",
                    help="which text to time (default: all)")
    ap.add_argument("--file", help="time this UTF-8 text file instead, one call per copy of it "
                    "(e.g. the reference wire report beside the checkout)")
    args = ap.parse_args(argv)
    file_text = None
    if args.file:
        try:
            with open(args.file, encoding="utf-8", errors="replace") as fh:
                file_text = fh.read()
        except OSError as exc:
            print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        if not file_text.strip():
            print(f"{args.file} holds no text", file=sys.stderr)
            return 2

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
        ("ours, extract 1 MB dense", child_rss("ours", 1_000_000)),
        ("ours, extract 10 MB dense", child_rss("ours", 10_000_000)),
        ("ours, extract 10 MB news", child_rss("ours", 10_000_000, news=True)),
        ("import quantulum3", child_rss("quantulum3")),
        (f"quantulum3, parse {args.slice_kb:.0f} KB dense", child_rss("quantulum3", int(args.slice_kb * 1e3))),
    ]

    try:
        from factcheck.extraction import extract_claims
    except ImportError as exc:
        print(f"factcheck.extraction is not importable ({exc}); nothing to measure.")
        return 0

    texts = [("dense", False), ("news", True), ("articles", False)]
    if args.text != "all":
        texts = [t for t in texts if t[0] == args.text]
    print("Throughput (one core)")
    print()
    if file_text is not None:
        results = [measure(extract_claims, "file", False, args, text=file_text)]
    else:
        results = [measure(extract_claims, name, news, args) for name, news in texts]

    print("Summary")
    print(f"  {'text':<8} {'claims/KB':>10} {'MB/s cpu':>9} {'MB/s wall':>10} {'x q3 cpu':>9} {'x q3 wall':>10}"
          f" {'x q3/para':>10}")
    for r in results:
        rc = f"{r['ratio_cpu']:8.0f}x" if r["ratio_cpu"] else f"{'-':>9}"
        rw = f"{r['ratio_wall']:9.0f}x" if r["ratio_wall"] else f"{'-':>10}"
        rp = f"{r['ratio_para_cpu']:9.0f}x" if r["ratio_para_cpu"] else f"{'-':>10}"
        print(f"  {r['name']:<8} {r['per_kb']:10.1f} {r['cpu']:9.2f} {r['wall']:10.2f} {rc} {rw} {rp}")
    print("  (x q3: quantulum3 called once per document, as ours is; x q3/para: once per paragraph)")
    print(f"  targets: >= {TARGET_RATIO:.0f}x quantulum3 on the same text, ~{TARGET_MB_S:.0f} MB/s")
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
