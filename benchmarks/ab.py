"""A/B throughput of two builds in one run: the same seeded corpora through ``salarynorm.extract`` in two
interpreters (two virtual environments, e.g. the last release and this checkout, both compiled),
alternating A and B so that the machine's drift falls on both alike.

    python benchmarks/ab.py --a /path/to/venv-a/bin/python --b /path/to/venv-b/bin/python
    python benchmarks/ab.py --a ... --b ... --rounds 7 --prose-mb 5 --dense-mb 3

Prints a markdown table: best MB/s of each side per corpus (best of ``--rounds`` child runs, each the best
of ``--repeat`` calls), thousands of ``parse`` calls per second on 5,000 short fields, and B's change
against A. Nothing is downloaded; the corpora come from corpus.py.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, {here!r})
import corpus
import salarynorm
sizes = {sizes!r}
out = {{}}
for name, size in sizes.items():
    text = getattr(corpus, name)(size).text
    salarynorm.extract(text[:20000])  # warm-up: tables, regexes, automata
    best = float("inf")
    for _ in range({repeat}):
        gc.collect()
        t0 = time.perf_counter()
        salarynorm.extract(text)
        best = min(best, time.perf_counter() - t0)
    out[name] = len(text.encode("utf-8")) / best / 1e6
fields = corpus.fields({fields})
for f in fields[:200]:
    salarynorm.parse(f)
best = float("inf")
for _ in range({repeat}):
    t0 = time.perf_counter()
    for f in fields:
        salarynorm.parse(f)
    best = min(best, time.perf_counter() - t0)
out["fields"] = len(fields) / best / 1e3  # thousand fields per second
print(json.dumps({{"mbps": out, "build": salarynorm.__file__}}))
"""


def run(python: str, sizes: dict[str, int], repeat: int, fields: int = 5000) -> dict[str, float]:
    code = _CHILD.format(here=str(HERE), sizes=sizes, repeat=repeat, fields=fields)
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, timeout=1800)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])["mbps"]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--a", required=True, help="interpreter of build A (the reference)")
    ap.add_argument("--b", required=True, help="interpreter of build B")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--prose-mb", type=float, default=5)
    ap.add_argument("--dense-mb", type=float, default=3)
    args = ap.parse_args(argv)
    sizes = {"prose": int(args.prose_mb * 1e6), "dense": int(args.dense_mb * 1e6)}
    best: dict[str, dict[str, float]] = {"A": {}, "B": {}}
    for r in range(args.rounds):
        for side, python in (("A", args.a), ("B", args.b)) if r % 2 == 0 else (("B", args.b), ("A", args.a)):
            got = run(python, sizes, args.repeat)
            for name, mbps in got.items():
                best[side][name] = max(best[side].get(name, 0.0), mbps)
            print(f"round {r + 1} {side}: " + ", ".join(f"{k} {v:.2f} MB/s" for k, v in got.items()),
                  file=sys.stderr, flush=True)
    print("| corpus | A | B | B vs A |")
    print("|---|---:|---:|---:|")
    for name in [*sizes, "fields"]:
        a, b = best["A"][name], best["B"][name]
        unit = "k fields/s" if name == "fields" else "MB/s"
        print(f"| {name} ({unit}) | {a:.2f} | {b:.2f} | {100 * (b / a - 1):+.1f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
