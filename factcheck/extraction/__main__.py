"""Command line: ``python -m factcheck.extraction FILE...`` or ``--jsonl`` on standard input.

With files, prints one JSON object per claim per line, file by file, in order. With
``--jsonl``, reads ``{"id": ..., "text": ...}`` lines and prints ``{"id": ..., "claims": [...]}``
for each, in order; blank lines are skipped. A file that cannot be read or a line that is
not a JSON object with a string "text" is reported on standard error with its name or line
number; the other inputs are still processed and the exit status is 1 at the end.
Exit status 2 means the command line itself was wrong.
"""

from __future__ import annotations

import json
import sys

from .core import extract_claims

USAGE = "usage: python -m factcheck.extraction FILE... | python -m factcheck.extraction --jsonl < input.jsonl"


def _dumps(obj: object) -> str:
    try:
        s = json.dumps(obj, ensure_ascii=False, allow_nan=False)
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        # Lone surrogates cannot be written as UTF-8; escape them instead.
        return json.dumps(obj, ensure_ascii=True, allow_nan=False)


def _write(out, line: str) -> None:
    out.write(line.encode("utf-8"))
    out.write(b"\n")


def _run_files(paths: list[str], out, err) -> int:
    status = 0
    for path in paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            err.write(f"factcheck.extraction: cannot read {path}: {reason}\n")
            status = 1
            continue
        text = data.decode("utf-8", errors="replace")
        for claim in extract_claims(text):
            _write(out, _dumps(claim.to_dict()))
    return status


def _run_jsonl(inp, out, err) -> int:
    status = 0
    for lineno, raw in enumerate(inp, start=1):
        line = raw.decode("utf-8", errors="replace").strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            err.write(f"factcheck.extraction: line {lineno}: not valid JSON ({exc})\n")
            status = 1
            continue
        if not isinstance(obj, dict):
            err.write(f"factcheck.extraction: line {lineno}: expected a JSON object\n")
            status = 1
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            what = "missing" if "text" not in obj else "not a string"
            err.write(f"factcheck.extraction: line {lineno}: \"text\" is {what}\n")
            status = 1
            continue
        claims = [c.to_dict() for c in extract_claims(text)]
        _write(out, _dumps({"id": obj.get("id"), "claims": claims}))
    return status


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = sys.stdout.buffer
    err = sys.stderr
    if args in (["-h"], ["--help"]):
        sys.stdout.write(USAGE + "\n")
        return 0
    if "--jsonl" in args:
        rest = [a for a in args if a != "--jsonl"]
        if rest:
            err.write(USAGE + "\n")
            return 2
        status = _run_jsonl(sys.stdin.buffer, out, err)
    elif not args:
        err.write(USAGE + "\n")
        return 2
    else:
        status = _run_files(args, out, err)
    out.flush()
    return status


def _entry() -> int:
    try:
        return main()
    except BrokenPipeError:
        # The reader went away (e.g. piped into `head`); that is not our error to report.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(_entry())
