"""salarynorm benchmark suite: throughput on generated corpora, linear-time runs, short fields, start-up.

    python benchmarks/run.py                 # full run (several minutes), markdown tables on stdout
    python benchmarks/run.py --quick         # smoke run (about a minute)
    python benchmarks/run.py --json          # machine-readable output
    python benchmarks/run.py --only linear --cases amounts,prose
    python benchmarks/run.py --only profile  # cProfile + stage breakdown on the prose corpus

Exits 1 when a linear-time case fails (a doubling ratio at or above --max-ratio, a timeout or a crash), and,
with --enforce-targets, when a throughput target is missed. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import math
import os
import platform
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import compare
import corpus
import linear
import phases

HERE = Path(__file__).resolve().parent
SECTIONS = ("throughput", "languages", "fields", "batch", "startup", "linear", "compare", "phases", "profile")
DEFAULT_SECTIONS = ("throughput", "languages", "fields", "batch", "startup", "linear", "compare", "phases")
# The example corpora of each language (tests/corpora/<language>/*.toml): real sentences of its job ads,
# salary lines and news, a quarter of them with no money.
CORPORA = HERE.parent / "tests" / "corpora"

# Targets from the performance issue, in MB/s of UTF-8 input.
TARGETS = {"prose": 5.0, "dense": 1.0}
# The floor: one precompiled regex pass over the same text, consuming every match.
FLOOR_REGEX = re.compile(r"[$€£¥₹]\s?\d[\d,.]*")


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def best_of(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    """Best wall time of ``repeats`` calls (time.perf_counter, a full collection before each), last result."""
    best = float("inf")
    out: object = None
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def consume(rx: re.Pattern[str], text: str) -> list[str]:
    """Every match of ``rx`` in ``text`` as a string (the floor: one regex pass that produces its matches)."""
    return [m.group() for m in rx.finditer(text)]


def _each(fn: Callable[[str], object], items: list[str]) -> list[object]:
    return [fn(x) for x in items]


# --- sections ------------------------------------------------------------------------------------------


def bench_throughput(sizes: dict[str, int], repeats: int) -> list[dict[str, Any]]:
    import salarynorm

    salarynorm.extract("warm-up: $5 and €6")  # regex compilation and table loading are not throughput
    anchor = phases.anchor_pass()
    rows: list[dict[str, Any]] = []
    for c in (corpus.prose(sizes["prose"]), corpus.dense(sizes["dense"])):
        text = c.text
        mb = c.nbytes / 1e6
        _log(f"throughput: {c.name}, {mb:.1f} MB, best of {repeats}")
        t_ext, found = best_of(partial(salarynorm.extract, text), repeats)
        t_floor, floor_matches = best_of(partial(consume, FLOOR_REGEX, text), max(repeats, 3))
        row: dict[str, Any] = {
            "corpus": c.name,
            "mb": mb,
            "chars": len(text),
            "planted": c.planted,
            "found": len(found) if isinstance(found, list) else None,
            "seconds": t_ext,
            "mb_per_s": mb / t_ext,
            "floor_mb_per_s": mb / t_floor,
            "floor_matches": len(floor_matches) if isinstance(floor_matches, list) else None,
            "target_mb_per_s": TARGETS[c.name],
            "target_met": mb / t_ext >= TARGETS[c.name],
            "repeats": repeats,
        }
        if anchor is not None:
            t_anchor, _ = best_of(partial(anchor, text), max(repeats, 3))
            row["anchor_mb_per_s"] = mb / t_anchor
        rows.append(row)
    return rows


def bench_languages(size: int, repeats: int) -> list[dict[str, Any]]:
    """Per language: ``extract`` on its example sentences as one text of about ``size`` bytes (paragraphs,
    the language given), and each sentence alone with the language detected (the usual call on records)."""
    import tomllib

    import salarynorm

    rows: list[dict[str, Any]] = []
    for folder in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        sentences = [case["text"] for path in sorted(folder.glob("*.toml"))
                     for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]
        block = "\n\n".join(sentences)
        text = "\n\n".join(itertools.repeat(block, max(1, size // len(block.encode("utf-8")))))
        mb = len(text.encode("utf-8")) / 1e6
        language = folder.name
        salarynorm.extract(sentences[0], lang=language)  # its tables built: not throughput
        _log(f"languages: {language}, {len(sentences)} sentences, {mb:.2f} MB, best of {repeats}")
        t_text, found = best_of(partial(salarynorm.extract, text, lang=language), repeats)
        t_each, _ = best_of(partial(_each, salarynorm.extract, sentences), repeats)
        rows.append({
            "language": language,
            "sentences": len(sentences),
            "mb": mb,
            "mentions": len(found) if isinstance(found, list) else None,
            "mb_per_s": mb / t_text,
            "us_per_sentence_detected": t_each / len(sentences) * 1e6,
        })
    return rows


def bench_fields(count: int, repeats: int) -> list[dict[str, Any]]:
    import salarynorm

    flds = corpus.fields(count)
    nbytes = sum(len(f.encode("utf-8")) for f in flds)
    salarynorm.parse("warm-up: $5")
    _log(f"fields: {count} short fields, best of {repeats}")
    rows = []
    for name, fn in (("salarynorm.parse", salarynorm.parse), ("salarynorm.extract", salarynorm.extract)):
        t, _ = best_of(partial(_each, fn, flds), repeats)
        rows.append(
            {
                "call": name,
                "fields": count,
                "us_per_field": t / count * 1e6,
                "mb_per_s": nbytes / t / 1e6,
            }
        )
    return rows


def _drain(fn: Callable[..., Any], data: list[str], processes: int | None) -> int:
    return sum(1 for _ in fn(data, processes=processes))


def bench_batch(count: int, repeats: int, processes: int = 2) -> list[dict[str, Any]]:
    """Rows/s of ``parse_many`` on ``count`` short fields and ``extract_many`` on ``count`` short texts, in
    this process and with ``processes`` workers (the pool's start-up and each worker's table loading
    included: what a user's call costs), and the speed-up. The inputs are built before timing."""
    import salarynorm

    salarynorm.extract("warm-up: $5 and €6")
    rows: list[dict[str, Any]] = []
    for call, fn, data in (("parse_many", salarynorm.parse_many, corpus.fields(count)),
                           ("extract_many", salarynorm.extract_many, corpus.short_texts(count))):
        nbytes = sum(len(x.encode("utf-8")) for x in data)
        seconds: dict[int | None, float] = {}
        cpu: dict[int | None, float] = {}
        for n in (None, processes):
            _log(f"batch: {call} on {count:,} records, processes={n}, best of {repeats}")
            before = time.process_time()
            seconds[n], _ = best_of(partial(_drain, fn, data, n), repeats)
            cpu[n] = (time.process_time() - before) / repeats
        rows.append({
            "call": call,
            "records": count,
            "mb": nbytes / 1e6,
            "rows_per_s_1": count / seconds[None],
            "rows_per_s_n": count / seconds[processes],
            "processes": processes,
            "speedup": seconds[None] / seconds[processes],
            # CPU seconds of the calling process: all the work in one process, only the feeding with a pool.
            "cpu_s_1": cpu[None],
            "cpu_s_n": cpu[processes],
            "cpus": os.cpu_count(),
        })
    return rows


def md_batch(rows: list[dict[str, Any]]) -> str:
    return _table(
        ["call", "records", "MB", "rows/s, this process", "rows/s, processes=N", "N", "speed-up",
         "CPU s, this process", "CPU s of the caller, processes=N"],
        [[r["call"], f"{r['records']:,}", f"{r['mb']:.1f}", f"{r['rows_per_s_1']:,.0f}",
          f"{r['rows_per_s_n']:,.0f}", str(r["processes"]), f"{r['speedup']:.2f}×",
          f"{r['cpu_s_1']:.2f}", f"{r['cpu_s_n']:.2f}"]
         for r in rows],
    )


def bench_startup(repeats: int) -> dict[str, Any]:
    """Import time and first-call latency (regex compilation, currency table) in a fresh interpreter."""
    code = (
        "import time, json; t0 = time.perf_counter(); import salarynorm; t1 = time.perf_counter(); "
        "salarynorm.extract('a fee of $5'); t2 = time.perf_counter(); "
        "print(json.dumps({'import_s': t1 - t0, 'first_extract_s': t2 - t1}))"
    )
    _log(f"startup: best of {repeats} fresh interpreters")
    results = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
        )
        results.append(json.loads(out.stdout))
    return {
        "import_s": min(r["import_s"] for r in results),
        "first_extract_s": min(r["first_extract_s"] for r in results),
        "repeats": repeats,
    }


def _sizes(case: linear.Case, quick: bool) -> list[int]:
    if case.big:
        mb = 1_000_000
        return [mb // 2, mb] if quick else [5 * mb, 10 * mb]
    top = (1 << 19) if quick else (1 << 22)  # 512 K or 4 M characters
    if case.heavy:
        top >>= 2  # grammar-bound shapes run at tens of kB/s: 128 K or 1 M characters
    return [top >> k for k in range(3, -1, -1)]


Point = dict[str, Any]


# Hard timeouts of a linear-time case: its first size gets FIRST_DEADLINE seconds; each later size gets
# GROWTH times what the size before it took (doubling n should double the time), at least NEXT_FLOOR.
FIRST_DEADLINE = 60.0
GROWTH = 8.0
NEXT_FLOOR = 20.0
# How many times a ratio over the limit is measured again before the case counts as not linear.
CONFIRM_RUNS = 2


def _linear_child(name: str, sizes: list[int], min_time: float, cap: float) -> tuple[str, str, list[Point]]:
    """Run one case in a child process, reading one point per size as it is printed; the child is killed
    as soon as a size misses its deadline, or the whole series passes ``cap`` seconds.
    Returns (status, error, the points of the sizes that finished)."""
    cmd = [sys.executable, str(HERE / "linear.py"), name, *map(str, sizes), "--min-time", str(min_time)]
    lines: queue.Queue[str | None] = queue.Queue()
    with tempfile.TemporaryFile("w+") as errf:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errf, text=True)

        def pump() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        points: list[Point] = []
        status, err = "ok", ""
        start = last = time.perf_counter()
        deadline = FIRST_DEADLINE
        while True:
            now = time.perf_counter()
            wait = min(deadline - (now - last), cap - (now - start))
            try:
                line = lines.get(timeout=max(0.0, wait))
            except queue.Empty:
                proc.kill()
                status = "timeout"
                n = sizes[len(points)] if len(points) < len(sizes) else sizes[-1]
                err = f"killed: n={n} not done after {time.perf_counter() - last:.0f} s"
                if points:
                    err += f" (n={points[-1]['size']} took {points[-1]['seconds']:.2f} s)"
                break
            if line is None:
                break
            if line.startswith("{"):
                points.append(json.loads(line))
                now = time.perf_counter()
                deadline = max(NEXT_FLOOR, GROWTH * (now - last))
                last = now
        rc = proc.wait()
        if status == "ok" and rc != 0:
            errf.seek(0)
            status, err = "crash", (errf.read().strip().splitlines() or [f"exit code {rc}"])[-1]
    return status, err, points


def _ratios(points: list[dict[str, Any]]) -> list[float]:
    return [b["seconds"] / a["seconds"] for a, b in itertools.pairwise(points) if a["seconds"] > 0]


def _exponent(points: list[Point]) -> float | None:
    """k in time ~ n^k from the smallest to the largest size measured (1 linear, 2 quadratic)."""
    if len(points) < 2 or points[0]["seconds"] <= 0:
        return None
    a, b = points[0], points[-1]
    return math.log(b["seconds"] / a["seconds"]) / math.log(b["size"] / a["size"])


def bench_linear(
    cases: Sequence[str], quick: bool, max_ratio: float, min_time: float
) -> list[dict[str, Any]]:
    rows = []
    for name in cases:
        case = linear.CASES[name]
        sizes = _sizes(case, quick)
        timeout = max(60.0, case.budget * sum(sizes) / 1e6)
        _log(f"linear: {name} {case.shape}, sizes {sizes}")
        t0 = time.perf_counter()
        status, err, points = _linear_child(name, sizes, min_time, timeout)
        reruns = 0
        while status == "ok" and max(_ratios(points), default=0.0) >= max_ratio and reruns < CONFIRM_RUNS:
            # A ratio over the limit is confirmed by measuring again (on a shared machine another process
            # can slow one size down): each size keeps its best time over the runs.
            _log(f"linear: {name}: ratio {max(_ratios(points)):.2f}, measuring again to confirm")
            reruns += 1
            status, err, again = _linear_child(name, sizes, min_time, timeout)
            if len(again) == len(points):
                points = [
                    a if a["seconds"] <= b["seconds"] else b for a, b in zip(points, again, strict=True)
                ]
        ratios = _ratios(points)
        if status == "ok" and ratios and max(ratios) >= max_ratio:
            status = "not linear"
        last = points[-1] if points else None
        rows.append(
            {
                "case": name,
                "shape": case.shape,
                "sizes": sizes,
                "points": points,
                "ratios": ratios,
                "max_ratio": max(ratios) if ratios else None,
            "exponent": _exponent(points),
                "mb_per_s_largest": last["nbytes"] / last["seconds"] / 1e6
                if last and last["seconds"]
                else None,
                "mentions_largest": last["mentions"] if last else None,
                "timeout_s": timeout,
                "wall_s": time.perf_counter() - t0,
                "reruns": reruns,
                "status": status,
                "error": err,
            }
        )
    return rows


def run_compare(quick: bool, other_python: str | None, n_fields: int) -> list[dict[str, Any]]:
    rows = compare.run(quick, n_fields=n_fields)
    have = {r["library"] for r in rows}
    if other_python:
        missing = [lib for lib in compare.LIBRARIES if lib not in have]
        if missing:
            _log(f"compare: {', '.join(missing)} under {other_python}")
            cmd = [
                other_python,
                str(HERE / "compare.py"),
                "--only",
                ",".join(missing),
                "--fields",
                str(n_fields),
            ]
            cmd += ["--quick"] if quick else []
            try:
                out = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=True)
                rows += json.loads(out.stdout.strip().splitlines()[-1])
            except (subprocess.SubprocessError, OSError, ValueError, IndexError) as exc:
                _log(f"compare: {other_python} failed: {exc}")
    return rows


def machine() -> dict[str, Any]:
    import salarynorm

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "salarynorm": salarynorm.__version__,
    }


# --- markdown ------------------------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _f(x: float | None, digits: int = 2) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    if x < 1:
        return f"{x:.2g}"
    return f"{x:.{digits}f}"


def md_machine(m: dict[str, Any]) -> str:
    return (
        f"Measured {m['date']} on {m['cpu']} ({m['cores']} cores; every figure is single-threaded), "
        f"{m['implementation']} {m['python']}, {m['platform']}, salarynorm {m['salarynorm']}."
    )


def md_throughput(rows: list[dict[str, Any]]) -> str:
    return _table(
        [
            "corpus",
            "MB",
            "amounts planted / found",
            "salarynorm MB/s",
            "target",
            "met",
            "floor regex MB/s",
            "anchor pass MB/s",
            "floor / salarynorm",
        ],
        [
            [
                r["corpus"],
                _f(r["mb"], 1),
                f"{r['planted']:,} / {r['found']:,}",
                _f(r["mb_per_s"]),
                _f(r["target_mb_per_s"], 0),
                "yes" if r["target_met"] else "**no**",
                _f(r["floor_mb_per_s"], 0),
                _f(r.get("anchor_mb_per_s"), 1),
                f"{r['floor_mb_per_s'] / r['mb_per_s']:,.0f}×",
            ]
            for r in rows
        ],
    )


def md_languages(rows: list[dict[str, Any]]) -> str:
    return _table(
        ["language", "sentences", "MB", "mentions", "MB/s (lang given)", "µs per sentence (detected)"],
        [[r["language"], r["sentences"], _f(r["mb"]), f"{r['mentions']:,}", _f(r["mb_per_s"]),
          _f(r["us_per_sentence_detected"], 1)] for r in rows],
    )


def md_fields(rows: list[dict[str, Any]], cmp_rows: list[dict[str, Any]]) -> str:
    out = [
        [r["call"], f"{r['fields']:,} fields", _f(r["us_per_field"], 1), _f(r["mb_per_s"])] for r in rows
    ]
    out += [
        [
            f"{r['library']} {r['version']} `{r['call']}`",
            r["input"],
            _f(r["us_per_field"], 1),
            _f(r["mb_per_s"]),
        ]
        for r in cmp_rows
    ]
    return _table(["call", "input", "µs per field", "MB/s"], out)


def md_startup(s: dict[str, Any]) -> str:
    return _table(
        ["import salarynorm", "first extract() (regex compile, currency table)"],
        [[f"{s['import_s'] * 1000:.0f} ms", f"{s['first_extract_s'] * 1000:.0f} ms"]],
    )


def md_linear(rows: list[dict[str, Any]]) -> str:
    def size(n: int) -> str:
        return f"2^{n.bit_length() - 1}" if n & (n - 1) == 0 else f"{n / 1e6:g} M"

    out = []
    for r in rows:
        pts = r["points"]
        times = " → ".join(f"{p['seconds']:.3g}" for p in pts) or "–"
        ratios = ", ".join(f"{x:.2f}" for x in r["ratios"]) or "–"
        status = r["status"] if r["status"] == "ok" else f"**{r['status']}**"
        if r["error"]:
            status += f": {r['error']}"
        if r["reruns"]:
            status += f" (measured {r['reruns'] + 1}×)"
        out.append(
            [
                r["case"],
                f"`{r['shape']}`",
                f"{size(r['sizes'][0])}…{size(r['sizes'][-1])}",
                times,
                ratios,
                _f(r["max_ratio"]),
                _f(r["exponent"]),
                _f(r["mb_per_s_largest"], 2),
                status,
            ]
        )
    return _table(
        ["case", "input", "n (chars)", "seconds", "t(2n)/t(n)", "max", "k in n^k", "MB/s at largest",
         "status"],
        out,
    )


def md_phases(b: dict[str, Any]) -> str:
    if "error" in b:
        return f"Stage breakdown unavailable ({b['error']})."
    t = _table(
        ["stage", "seconds", "share"],
        [[s["stage"], f"{s['seconds']:.3f}", f"{100 * s['share']:.0f}%"] for s in b["stages"]],
    )
    tops = ", ".join(f"`{a}` {n}" for a, n in b["top_anchors"])
    return (
        f"{t}\n\nOn {b['chars']:,} characters of prose (extract: {b['extract_seconds']:.2f} s): "
        f"{b['anchors']:,} anchors ({b['anchors_per_kchar']:.1f} per 1000 characters), {b['windows']:,} "
        f"windows covering {100 * b['window_coverage']:.0f}% of the text, {b['tokens']:,} tokens "
        f"(tokenizer {b['us_per_token_tokenize']:.1f} µs and grammar {b['us_per_token_grammar']:.1f} µs per "
        f"token), {b['mentions']:,} mentions. Most frequent anchors: {tops}."
    )


# --- main ----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="salarynorm benchmarks (see benchmarks/README.md)")
    ap.add_argument(
        "--quick", action="store_true", help="small corpora and series: a smoke run of about a minute"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of markdown")
    ap.add_argument("--only", help="comma-separated sections: " + ", ".join(SECTIONS))
    ap.add_argument("--cases", help="comma-separated linear cases: " + ", ".join(linear.CASES))
    ap.add_argument("--repeat", type=int, help="repeats for throughput (best of N; default 3, quick 2)")
    ap.add_argument("--prose-mb", type=float, help="size of the prose corpus (default 5, quick 1)")
    ap.add_argument(
        "--dense-mb", type=float, help="size of the money-dense corpus (default 3, quick 0.5)"
    )
    ap.add_argument(
        "--max-ratio", type=float, default=3.0, help="largest t(2n)/t(n) that passes (default 3)"
    )
    ap.add_argument(
        "--compare-python",
        metavar="PYTHON",
        help="another interpreter with quantulum3 (or price-parser) installed, for the comparison",
    )
    ap.add_argument(
        "--enforce-targets", action="store_true", help="exit 1 when a throughput target is missed"
    )
    ap.add_argument("--save", metavar="FILE", help="also write the JSON document to FILE")
    ap.add_argument(
        "--pin", type=int, metavar="CPU", help="pin this process and its children to one CPU"
    )
    a = ap.parse_args(argv)

    sections = a.only.split(",") if a.only else list(DEFAULT_SECTIONS)
    bad = [s for s in sections if s not in SECTIONS]
    cases = a.cases.split(",") if a.cases else list(linear.CASES)
    bad += [c for c in cases if c not in linear.CASES]
    if bad:
        ap.error(f"unknown section or case: {', '.join(bad)}")
    if a.pin is not None:
        os.sched_setaffinity(0, {a.pin})
    repeat = a.repeat or (2 if a.quick else 3)
    sizes = {
        "prose": int(1e6 * (a.prose_mb or (1 if a.quick else 5))),
        "dense": int(1e6 * (a.dense_mb or (0.5 if a.quick else 3))),
    }

    n_fields = 1000 if a.quick else 5000
    result: dict[str, Any] = {"machine": machine(), "quick": a.quick}
    md: list[str] = [
        f"# salarynorm benchmarks{' (quick)' if a.quick else ''}",
        md_machine(result["machine"]),
    ]

    def emit(title: str, body: str) -> None:
        md.append(f"## {title}\n\n{body}")
        if not a.json:
            print(f"## {title}\n\n{body}\n", flush=True)

    if not a.json:
        print("\n\n".join(md) + "\n", flush=True)
    failed = False
    if "throughput" in sections:
        rows = bench_throughput(sizes, repeat)
        result["throughput"] = rows
        emit(f"Throughput (extract, best of {repeat})", md_throughput(rows))
        failed |= a.enforce_targets and not all(r["target_met"] for r in rows)
    if "languages" in sections:
        rows = bench_languages(200_000 if a.quick else 1_000_000, repeat)
        result["languages"] = rows
        emit(f"Languages (example corpora, best of {repeat})", md_languages(rows))
    cmp_rows: list[dict[str, Any]] = []
    if "compare" in sections:
        cmp_rows = run_compare(a.quick, a.compare_python, n_fields)
        result["compare"] = cmp_rows
    if "fields" in sections:
        rows = bench_fields(n_fields, repeat)
        result["fields"] = rows
        emit("Short fields", md_fields(rows, cmp_rows))
    elif cmp_rows:
        emit("Other libraries", md_fields([], cmp_rows))
    if "batch" in sections:
        n_batch = 10_000 if a.quick else 100_000
        rows = bench_batch(n_batch, 1 if not a.quick else 2)
        result["batch"] = rows
        emit("Batch (extract_many, parse_many: one process and a pool)", md_batch(rows))
    if "startup" in sections:
        result["startup"] = bench_startup(3)
        emit("Start-up", md_startup(result["startup"]))
    if "linear" in sections:
        rows = bench_linear(cases, a.quick, a.max_ratio, 0.3 if a.quick else 1.0)
        result["linear"] = rows
        emit(f"Linear time (pass: every t(2n)/t(n) < {a.max_ratio:g}, no timeout)", md_linear(rows))
        failed |= any(r["status"] != "ok" for r in rows)
    if "phases" in sections or "profile" in sections:
        text = corpus.prose(sizes["prose"] // 5 if not a.quick else sizes["prose"]).text
        _log(f"phases: stage breakdown on {len(text):,} characters of prose")
        result["phases"] = phases.breakdown(text)
        emit("Where the time goes (prose)", md_phases(result["phases"]))
        if "profile" in sections:
            _log("profile: cProfile of one extract on the same text")
            result["profile"] = phases.profile(text)
            emit("cProfile (prose)", f"```text\n{result['profile'].strip()}\n```")
    if a.json:
        print(json.dumps(result, indent=2, default=str))
    if a.save:
        Path(a.save).write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
