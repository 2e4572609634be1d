"""Language detection for salarynorm's ``lang=None`` mode: lingua vs py3langid vs counting function words.

Which detector should ``salarynorm.extract(text, lang=None)`` use to find the ISO 639-1 language of a text
before reading it? This script measures the candidates on the multilingual conformance corpora and on
``samples.jsonl`` (short job-ad and news sentences with money in them, 20 per language, the real use), and
prints markdown tables (the ones in ``RESULTS.md``).

How to run (from the repository root)::

    python3 -m venv /work/venv-langdetect        # a scratch venv outside the repo; any path will do
    /work/venv-langdetect/bin/pip install lingua-language-detector==2.1.1 py3langid==0.4.0
    /work/venv-langdetect/bin/python benchmarks/langdetect/evaluate.py > /tmp/langdetect.md

    # options
    ... evaluate.py --only stopwords,py3langid-11   # some variants (names: --list)
    ... evaluate.py --corpora DIR                   # default: ../shared/corpora beside the repository
    ... evaluate.py --repeat 3 --startup-runs 3     # best of N (defaults)
    ... evaluate.py --json FILE                     # also save every number as JSON
    ... evaluate.py --python OTHER_PYTHON           # run the detectors under another interpreter

Only the standard library is needed to run it: variants whose package is missing (in the interpreter that
runs the detectors) are skipped with a note, so plain ``python3 evaluate.py`` measures the function-word
detector (``stopwords.py`` beside this file) alone. Nothing here is imported by salarynorm, and
salarynorm itself is not needed.

Each variant runs in its own fresh child process (this same file with ``--child``), so that import time,
first-call time and memory (RSS, from /proc/self/status) are its own: ``--startup-runs`` children time
the import, the detector's construction and a first call on ``PROBE``; one more child predicts every text
(that pass also warms it up) and then times ``--repeat`` more passes over the whole set and over the
samples alone, keeping the best. Texts "with letters" are those holding at least one alphabetic character
(``str.isalpha``); ``$10`` has none and has no language to find. "Short" is fewer than 40 characters
(code points, so every CJK sample is short).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import importlib.metadata
import importlib.util
import json
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
SAMPLES = HERE / "samples.jsonl"

TARGETS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko")
LINGUA_NAMES = {
    "en": "ENGLISH", "de": "GERMAN", "fr": "FRENCH", "es": "SPANISH", "pt": "PORTUGUESE", "it": "ITALIAN",
    "nl": "DUTCH", "pl": "POLISH", "ja": "JAPANESE", "zh": "CHINESE", "ko": "KOREAN",
}  # fmt: skip
FIELD_CORPORA = ("glassdoor_salary", "adzuna_salary")  # English salary fields, reported on their own
SKIPPED_CORPORA = ("price_parser",)  # mixed languages, unlabelled
SHORT = 40
PROBE = "45.000 € brutto p.a."  # the first call of every variant
NO_LANGUAGE = ("und", "zxx")  # py3langid: below min_confidence / "no linguistic content"; both read as None
SAME_LANGUAGE = {"no": "nb"}  # py3langid says "no" for Norwegian, the corpus file says nb (Bokmål)
LINGUA_DISTANCES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
PY3LANGID_CONFIDENCES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
PACKAGES = {  # distribution -> (import name, distributions whose files count in the install size)
    "lingua-language-detector": ("lingua", ("lingua-language-detector",)),
    "py3langid": ("py3langid", ("py3langid", "numpy")),
}


# --- the variants ------------------------------------------------------------------------------------------

Detect = Callable[[str], "str | None"]


def _import_lingua() -> Any:
    return importlib.import_module("lingua")


def _import_py3langid() -> Any:
    return importlib.import_module("py3langid.langid")


def _import_stopwords() -> Any:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return importlib.import_module("stopwords")


def _lingua(restricted: bool, low: bool = False, distance: float = 0.0) -> Callable[[Any], Detect]:
    def build(lingua: Any) -> Detect:
        builder_cls = lingua.LanguageDetectorBuilder
        if restricted:
            builder = builder_cls.from_languages(*(getattr(lingua.Language, n) for n in LINGUA_NAMES.values()))
        else:
            builder = builder_cls.from_all_languages()
        if low:
            builder = builder.with_low_accuracy_mode()
        if distance:
            builder = builder.with_minimum_relative_distance(distance)
        detector = builder.build()
        codes = {lang: lang.iso_code_639_1.name.lower() for lang in lingua.Language.all()}

        def detect(text: str) -> str | None:
            found = detector.detect_language_of(text)
            return None if found is None else codes[found]

        return detect

    return build


def _py3langid(restricted: bool, min_confidence: float | None = None) -> Callable[[Any], Detect]:
    def build(langid: Any) -> Detect:
        # An instance of its own (the module-level classify() shares one global identifier).
        if min_confidence is None:
            identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
        else:
            identifier = langid.LanguageIdentifier.from_model_file(
                langid.MODEL_FILE, norm_probs=True, min_confidence=min_confidence
            )
        if restricted:
            identifier.set_languages(list(TARGETS))
        classify = identifier.classify

        def detect(text: str) -> str | None:
            lang = classify(text)[0]
            return None if lang in NO_LANGUAGE else lang

        return detect

    return build


def _import_py3langid_and_stopwords() -> Any:
    return _import_py3langid(), _import_stopwords()


def _english_guard(modules: Any) -> Detect:
    """py3langid-11-c0.5, but None where stopwords.py counts as many English function words as detected ones."""
    langid, stopwords = modules
    detect_langid = _py3langid(True, 0.5)(langid)
    scores = stopwords.scores

    def detect(text: str) -> str | None:
        lang = detect_langid(text)
        if lang is None or lang == "en":
            return lang
        hits = scores(text)
        return None if hits.get("en", 0) and hits.get("en", 0) >= hits.get(lang, 0) else lang

    return detect


def _stopwords(module: Any) -> Detect:
    return module.detect  # type: ignore[no-any-return]


# name -> (import name of the package it needs, or "" for the stdlib, importer, builder, description)
VARIANTS: dict[str, tuple[str, Callable[[], Any], Callable[[Any], Detect], str]] = {
    "lingua-all": ("lingua", _import_lingua, _lingua(False), "lingua, all 75 languages (the default builder)"),
    "lingua-all-low": ("lingua", _import_lingua, _lingua(False, low=True), "lingua, all, low accuracy mode"),
    "lingua-all-d0.1": ("lingua", _import_lingua, _lingua(False, distance=0.1), "lingua, all, min rel. distance 0.1"),
    "lingua-11": ("lingua", _import_lingua, _lingua(True), "lingua, from_languages(11)"),
    "lingua-11-low": ("lingua", _import_lingua, _lingua(True, low=True), "lingua, 11 languages, low accuracy mode"),
    "lingua-11-d0.1": ("lingua", _import_lingua, _lingua(True, distance=0.1), "lingua, 11, min rel. distance 0.1"),
    "lingua-11-d0.25": ("lingua", _import_lingua, _lingua(True, distance=0.25), "lingua, 11, min rel. distance 0.25"),
    "lingua-11-low-d0.1": (
        "lingua", _import_lingua, _lingua(True, low=True, distance=0.1), "lingua, 11, low accuracy, distance 0.1"
    ),
    "py3langid-all": ("py3langid", _import_py3langid, _py3langid(False), "py3langid, all 140 labels"),
    "py3langid-11": ("py3langid", _import_py3langid, _py3langid(True), "py3langid, set_languages(11)"),
    "py3langid-11-c0.5": (
        "py3langid", _import_py3langid, _py3langid(True, 0.5), "py3langid, 11, norm_probs, min_confidence 0.5"
    ),
    "py3langid-11-c0.5-guard": (
        "py3langid", _import_py3langid_and_stopwords, _english_guard,
        "py3langid-11-c0.5, then None if stopwords.py finds >= as many English function words as of its answer",
    ),
    "stopwords": ("", _import_stopwords, _stopwords, "function words + script (stopwords.py), stdlib only"),
}  # fmt: skip


# --- child processes ---------------------------------------------------------------------------------------


def _rss_kb() -> dict[str, int]:
    """Current (VmRSS) and peak (VmHWM) resident set size of this process, in kB (Linux)."""
    out = {"rss": 0, "hwm": 0}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    out["rss"] = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    out["hwm"] = int(line.split()[1])
    except OSError:
        import resource

        out["rss"] = out["hwm"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def _startup(name: str) -> tuple[dict[str, float], Detect]:
    _, importer, builder, _ = VARIANTS[name]
    gc.collect()
    base = _rss_kb()["rss"]
    t0 = time.perf_counter()
    module = importer()
    t1 = time.perf_counter()
    after_import = _rss_kb()["rss"]
    detect = builder(module)
    t2 = time.perf_counter()
    detect(PROBE)
    t3 = time.perf_counter()
    after_first = _rss_kb()["rss"]
    stats = {
        "import_ms": (t1 - t0) * 1e3,
        "build_ms": (t2 - t1) * 1e3,
        "first_call_ms": (t3 - t2) * 1e3,
        "rss_import_mb": (after_import - base) / 1024,
        "rss_first_mb": (after_first - base) / 1024,
        "base_kb": base,
    }
    return stats, detect


def child_startup(name: str) -> dict[str, Any]:
    stats, _ = _startup(name)
    return stats


def child_run(name: str, spec_file: str, repeat: int) -> dict[str, Any]:
    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    texts: list[str] = spec["texts"]
    stats, detect = _startup(name)
    preds = [detect(t) for t in texts]
    mem = _rss_kb()
    stats["rss_all_mb"] = (mem["rss"] - stats["base_kb"]) / 1024
    stats["peak_all_mb"] = (mem["hwm"] - stats["base_kb"]) / 1024
    timings = {}
    for group, (lo, hi) in spec["groups"].items():
        subset = texts[lo:hi]
        best = float("inf")
        for _ in range(repeat):
            gc.collect()
            t0 = time.perf_counter()
            for text in subset:
                detect(text)
            best = min(best, time.perf_counter() - t0)
        timings[group] = best / len(subset) * 1e6
    return {"stats": stats, "us_per_call": timings, "preds": preds}


def child_sweep(family: str, spec_file: str) -> dict[str, list[str | None]]:
    """Predictions of the restricted (11-language) detector of ``family`` at every abstention threshold."""
    texts: list[str] = json.loads(Path(spec_file).read_text(encoding="utf-8"))["texts"]
    out: dict[str, list[str | None]] = {}
    if family == "lingua":
        lingua = _import_lingua()
        for distance in LINGUA_DISTANCES:
            detect = _lingua(True, distance=distance)(lingua)
            out[f"lingua-11, min distance {distance}"] = [detect(t) for t in texts]
    else:
        langid = _import_py3langid()
        identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(TARGETS))
        scored = [identifier.classify(t) for t in texts]
        for c in PY3LANGID_CONFIDENCES:
            out[f"py3langid-11, min confidence {c}"] = [
                None if lang in NO_LANGUAGE or conf < c else lang for lang, conf in scored
            ]
    return out


def child_probe() -> dict[str, Any]:
    """Which detector packages this interpreter has, their versions, licenses and installed size."""
    out: dict[str, Any] = {"python": platform.python_version(), "packages": {}}
    for dist, (module, counted) in PACKAGES.items():
        if importlib.util.find_spec(module) is None:
            continue
        info: dict[str, Any] = {"module": module, "size_mb": {}}
        for d in counted:
            meta = importlib.metadata.metadata(d)
            files = importlib.metadata.files(d) or []
            size = 0
            for f in files:
                with contextlib.suppress(OSError):
                    size += Path(str(f.locate())).stat().st_size
            info["size_mb"][d] = {
                "version": meta["Version"],
                "license": meta.get("License-Expression") or meta.get("License") or "?",
                "mb": size / 1e6,
            }
        info["version"] = info["size_mb"][dist]["version"]
        out["packages"][dist] = info
    return out


def _run_child(python: str, args: list[str], timeout: float) -> Any:
    proc = subprocess.run(
        [python, str(Path(__file__).resolve()), *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


# --- data --------------------------------------------------------------------------------------------------


def load_items(corpora: Path) -> list[dict[str, Any]]:
    """Every evaluated text as {text, lang, set, source}; set is samples, corpora (one of the 11), other, fields."""
    items: list[dict[str, Any]] = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            items.append({"text": doc["text"], "lang": doc["lang"], "set": "samples", "source": "samples"})
    for path in sorted(corpora.glob("*.jsonl")):
        stem = path.stem
        if stem in SKIPPED_CORPORA:
            continue
        if stem in FIELD_CORPORA:
            lang, kind = "en", "fields"
        else:
            lang = stem.rsplit("_", 1)[-1]
            if len(lang) != 2:
                continue
            kind = "corpora" if lang in TARGETS else "other"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append({"text": json.loads(line)["text"], "lang": lang, "set": kind, "source": stem})
    return items


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


# --- scoring -----------------------------------------------------------------------------------------------


def tally(pairs: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    n = ok = unknown = 0
    for gold, pred in pairs:
        n += 1
        if pred is None:
            unknown += 1
        elif pred == gold:
            ok += 1
    return {"n": n, "ok": ok, "unknown": unknown, "wrong": n - ok - unknown}


def pct(num: int, den: int) -> str:
    return "–" if den == 0 else f"{100 * num / den:.1f}"


def table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    align = align or "l" + "r" * (len(header) - 1)
    sep = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _select(items: list[dict[str, Any]], preds: list[str | None], pred_fn: Callable[[dict[str, Any]], bool]) -> list:
    return [(it["lang"], p) for it, p in zip(items, preds, strict=True) if pred_fn(it)]


def accuracy_table(items: list[dict[str, Any]], results: dict[str, Any], keep: Callable[[dict[str, Any]], bool]) -> str:
    """Accuracy % per language of the 11 over the items that ``keep`` selects, one row per variant."""
    header = ["variant", *TARGETS, "micro", "macro", "unknown %", "wrong when answered %"]
    rows = []
    for name, res in results.items():
        row = [name]
        accs = []
        for lang in TARGETS:
            t = tally(_select(items, res["preds"], lambda it, lang=lang: keep(it) and it["lang"] == lang))
            row.append(pct(t["ok"], t["n"]))
            if t["n"]:
                accs.append(t["ok"] / t["n"])
        t = tally(_select(items, res["preds"], keep))
        row += [
            pct(t["ok"], t["n"]),
            f"{100 * sum(accs) / len(accs):.1f}" if accs else "–",
            pct(t["unknown"], t["n"]),
            pct(t["wrong"], t["n"] - t["unknown"]),
        ]
        rows.append(row)
    counts = Counter(it["lang"] for it in items if keep(it))
    rows.append(["*n texts*", *(str(counts.get(lang, 0)) for lang in TARGETS), str(sum(counts.values()))] + [""] * 3)
    return table(header, rows)


def short_table(items: list[dict[str, Any]], results: dict[str, Any]) -> str:
    groups = [
        ("samples < 40", lambda it: it["set"] == "samples" and len(it["text"]) < SHORT),
        ("samples < 40, Latin script", lambda it: it["set"] == "samples" and len(it["text"]) < SHORT
         and it["lang"] not in ("ja", "zh", "ko")),
        ("samples ≥ 40", lambda it: it["set"] == "samples" and len(it["text"]) >= SHORT),
        ("corpora (11) < 40", lambda it: it["set"] == "corpora" and len(it["text"]) < SHORT),
        ("corpora (11) < 40, with letters", lambda it: it["set"] == "corpora" and len(it["text"]) < SHORT
         and has_letters(it["text"])),
        ("corpora (11) ≥ 40", lambda it: it["set"] == "corpora" and len(it["text"]) >= SHORT),
    ]  # fmt: skip
    header = ["variant"] + [f"{g} (n={sum(1 for it in items if f(it))})" for g, f in groups]
    rows = []
    for name, res in results.items():
        row = [name]
        for _, f in groups:
            t = tally(_select(items, res["preds"], f))
            row.append(f"{pct(t['ok'], t['n'])} / {pct(t['unknown'], t['n'])}")
        rows.append(row)
    return table(header, rows)


def english_table(items: list[dict[str, Any]], results: dict[str, Any]) -> tuple[str, str]:
    groups = [
        ("all English", lambda it: it["lang"] == "en" and it["set"] in ("samples", "corpora", "fields")),
        ("samples en", lambda it: it["set"] == "samples" and it["lang"] == "en"),
        ("recognizers_currency_en", lambda it: it["source"] == "recognizers_currency_en"),
        ("duckling_money_en", lambda it: it["source"] == "duckling_money_en"),
        ("duckling_money_en, with letters", lambda it: it["source"] == "duckling_money_en"
         and has_letters(it["text"])),
        ("glassdoor_salary", lambda it: it["source"] == "glassdoor_salary"),
        ("adzuna_salary", lambda it: it["source"] == "adzuna_salary"),
    ]  # fmt: skip
    header = ["variant"] + [f"{g} (n={sum(1 for it in items if f(it))})" for g, f in groups] + ["top wrong labels"]
    rows = []
    examples = []
    for name, res in results.items():
        row = [name]
        wrong_labels: Counter[str] = Counter()
        shown = []
        for _, f in groups:
            pairs = _select(items, res["preds"], f)
            t = tally(pairs)
            row.append(f"**{pct(t['wrong'], t['n'])}** / {pct(t['unknown'], t['n'])}")
        for it, p in zip(items, res["preds"], strict=True):
            if it["lang"] == "en" and p is not None and p != "en" and it["set"] in ("samples", "corpora", "fields"):
                wrong_labels[p] += 1
                if it["set"] in ("samples", "fields") and len(shown) < 4 and has_letters(it["text"]):
                    shown.append(f"`{it['text'][:60]}` → {p}")
        row.append(", ".join(f"{k} {v}" for k, v in wrong_labels.most_common(5)) or "–")
        rows.append(row)
        if shown:
            examples.append(f"* {name}: " + "; ".join(shown))
    return table(header, rows), "\n".join(examples)


def reverse_english_table(items: list[dict[str, Any]], results: dict[str, Any]) -> str:
    """Non-English text (of the 11) read as English: the other side of the English question."""
    header = ["variant", "samples, not en (n=200)", "corpora (11), not en", "corpora (11), not en, with letters"]
    rows = []
    for name, res in results.items():
        row = [name]
        for f in (
            lambda it: it["set"] == "samples" and it["lang"] != "en",
            lambda it: it["set"] == "corpora" and it["lang"] != "en",
            lambda it: it["set"] == "corpora" and it["lang"] != "en" and has_letters(it["text"]),
        ):
            pairs = _select(items, res["preds"], f)
            row.append(pct(sum(1 for _, p in pairs if p == "en"), len(pairs)))
        rows.append(row)
    return table(header, rows)


def other_languages_table(items: list[dict[str, Any]], results: dict[str, Any]) -> str:
    others = sorted({it["lang"] for it in items if it["set"] == "other"})
    header = ["variant", *others, "all: correct", "all: unknown", "all: one of the 11", "all: read as en"]
    rows = []
    for name, res in results.items():
        row = [name]
        for lang in others:
            t = tally(_select(items, res["preds"], lambda it, lang=lang: it["set"] == "other" and it["lang"] == lang))
            row.append(pct(t["ok"], t["n"]))
        pairs = _select(items, res["preds"], lambda it: it["set"] == "other")
        t = tally(pairs)
        row += [
            pct(t["ok"], t["n"]),
            pct(t["unknown"], t["n"]),
            pct(sum(1 for _, p in pairs if p in TARGETS), t["n"]),
            pct(sum(1 for _, p in pairs if p == "en"), t["n"]),
        ]
        rows.append(row)
    counts = Counter(it["lang"] for it in items if it["set"] == "other")
    rows.append(["*n texts*", *(str(counts[lang]) for lang in others), str(sum(counts.values()))] + [""] * 3)
    return table(header, rows)


def no_letters_table(items: list[dict[str, Any]], results: dict[str, Any]) -> str:
    kinds = ("corpora", "other", "fields")
    sel = [i for i, it in enumerate(items) if it["set"] in kinds and not has_letters(it["text"])]
    header = ["variant", f"unknown (n={len(sel)})", "en", "other answers (top 5)"]
    rows = []
    for name, res in results.items():
        answers = Counter(res["preds"][i] for i in sel)
        top = ", ".join(f"{k} {v}" for k, v in answers.most_common() if k not in (None, "en"))
        rows.append([name, str(answers.get(None, 0)), str(answers.get("en", 0)), top[:80] or "–"])
    return table(header, rows, "lrrl")


def sweep_table(items: list[dict[str, Any]], sweeps: dict[str, list[str | None]]) -> str:
    def english(it: dict[str, Any]) -> bool:
        return it["lang"] == "en" and it["set"] in ("samples", "corpora", "fields")

    groups: list[tuple[str, Callable[[dict[str, Any]], bool], str]] = [
        ("samples: acc", lambda it: it["set"] == "samples", "ok"),
        ("samples: unknown", lambda it: it["set"] == "samples", "unknown"),
        ("samples: wrong", lambda it: it["set"] == "samples", "wrong"),
        ("samples < 40, Latin: acc", lambda it: it["set"] == "samples" and len(it["text"]) < SHORT
         and it["lang"] not in ("ja", "zh", "ko"), "ok"),
        ("Recognizers (11): acc", lambda it: it["set"] == "corpora" and it["source"].startswith("recognizers_"), "ok"),
        ("all English: read as other", english, "wrong"),
        ("all English: unknown", english, "unknown"),
        ("English fields: read as other", lambda it: it["set"] == "fields", "wrong"),
    ]  # fmt: skip
    header = ["setting"] + [f"{g} % (n={sum(1 for it in items if f(it))})" for g, f, _ in groups]
    header.append("not English (11) read as en %")
    rows = []
    for name, preds in sweeps.items():
        row = [name]
        for _, f, key in groups:
            t = tally(_select(items, preds, f))
            row.append(pct(t[key], t["n"]))
        pairs = _select(items, preds, lambda it: it["set"] in ("samples", "corpora") and it["lang"] != "en")
        row.append(pct(sum(1 for _, p in pairs if p == "en"), len(pairs)))
        rows.append(row)
    return table(header, rows)


def speed_table(results: dict[str, Any], n_all: int, n_samples: int) -> str:
    header = [
        "variant", "import ms", "build ms", "first call ms", "RSS after import MB", "RSS after first call MB",
        f"RSS after all {n_all} texts MB", f"µs/call, all {n_all}", f"µs/call, samples {n_samples}",
    ]  # fmt: skip
    rows = []
    for name, res in results.items():
        s, u = res["startup"], res["us_per_call"]
        rows.append([
            name, f"{s['import_ms']:.1f}", f"{s['build_ms']:.1f}", f"{s['first_call_ms']:.1f}",
            f"{s['rss_import_mb']:.1f}", f"{s['rss_first_mb']:.1f}", f"{res['stats']['rss_all_mb']:.1f}",
            f"{u['all']:.1f}", f"{u['samples']:.1f}",
        ])  # fmt: skip
    return table(header, rows)


# --- main --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--only", default="", help="comma-separated variant names (see --list)")
    ap.add_argument("--list", action="store_true", help="list the variants and exit")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the texts, best kept")
    ap.add_argument("--startup-runs", type=int, default=3, help="fresh processes timing import/first call")
    ap.add_argument("--python", default=sys.executable, help="interpreter that runs the detectors")
    ap.add_argument("--no-sweep", action="store_true", help="skip the abstention-threshold sweep")
    ap.add_argument("--json", type=Path, help="also write every number (no predictions) to this file")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--startup", help=argparse.SUPPRESS)
    ap.add_argument("--spec", help=argparse.SUPPRESS)
    ap.add_argument("--sweep-child", help=argparse.SUPPRESS)
    ap.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.probe:
        print(json.dumps(child_probe()))
        return 0
    if args.startup:
        print(json.dumps(child_startup(args.startup)))
        return 0
    if args.child:
        print(json.dumps(child_run(args.child, args.spec, args.repeat), ensure_ascii=False))
        return 0
    if args.sweep_child:
        print(json.dumps(child_sweep(args.sweep_child, args.spec), ensure_ascii=False))
        return 0
    if args.list:
        for name, (pkg, _, _, desc) in VARIANTS.items():
            print(f"{name:22} {pkg or 'stdlib':10} {desc}")
        return 0

    names = [n for n in (args.only.split(",") if args.only else VARIANTS) if n]
    unknown_names = [n for n in names if n not in VARIANTS]
    if unknown_names:
        ap.error(f"unknown variant(s): {', '.join(unknown_names)} (see --list)")
    if not args.corpora.is_dir():
        ap.error(f"no corpora folder at {args.corpora} (use --corpora)")

    probe = _run_child(args.python, ["--probe"], 120)
    have = {info["module"] for info in probe["packages"].values()}
    skipped = [n for n in names if VARIANTS[n][0] and VARIANTS[n][0] not in have]
    names = [n for n in names if n not in skipped]

    items = load_items(args.corpora)
    # Samples first, so that the samples are one slice of the texts for the timing of that group alone.
    items.sort(key=lambda it: it["set"] != "samples")
    texts = [it["text"] for it in items]
    n_samples = sum(1 for it in items if it["set"] == "samples")
    spec = {"texts": texts, "groups": {"all": [0, len(texts)], "samples": [0, n_samples]}}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False)
        spec_file = f.name

    results: dict[str, Any] = {}
    try:
        for name in names:
            print(f"[langdetect] {name} ...", file=sys.stderr, flush=True)
            starts = [_run_child(args.python, ["--startup", name], 600) for _ in range(max(1, args.startup_runs))]
            run = _run_child(args.python, ["--child", name, "--spec", spec_file, "--repeat", str(args.repeat)], 3600)
            best = {k: min(s[k] for s in starts) for k in starts[0] if k != "base_kb"}
            preds = [SAME_LANGUAGE.get(p, p) for p in run["preds"]]
            results[name] = {"startup": best, "stats": run["stats"], "us_per_call": run["us_per_call"], "preds": preds}
        sweeps: dict[str, list[str | None]] = {}
        for family in ("lingua", "py3langid"):
            if not args.no_sweep and family in have:
                print(f"[langdetect] sweep {family} ...", file=sys.stderr, flush=True)
                found = _run_child(args.python, ["--sweep-child", family, "--spec", spec_file], 3600)
                sweeps.update({k: [SAME_LANGUAGE.get(p, p) for p in v] for k, v in found.items()})
    finally:
        Path(spec_file).unlink(missing_ok=True)

    out = []
    out.append(f"Python {probe['python']} ({args.python}); corpora: {args.corpora}")
    out.append("")
    pk_rows = []
    for dist, info in probe["packages"].items():
        for d, m in info["size_mb"].items():
            pk_rows.append([dist if d == dist else f"{dist} → {d}", m["version"], m["license"], f"{m['mb']:.1f}"])
    out.append(table(["package", "version", "license", "installed MB"], pk_rows, "lllr") if pk_rows else
               "No detector package found: lingua and py3langid variants skipped.")  # fmt: skip
    if skipped:
        out.append("")
        out.append(f"Skipped (package missing): {', '.join(skipped)}")
    sets = Counter(it["set"] for it in items)
    out.append("")
    out.append(
        f"Texts: {sets['samples']} samples, {sets['corpora']} corpus texts in the 11 languages, "
        f"{sets['other']} corpus texts in other languages, {sets['fields']} English salary fields."
    )
    out.append("\n### Variants\n")
    out.append(table(["variant", "what"], [[n, VARIANTS[n][3]] for n in names], "ll"))
    out.append("\n### Samples (samples.jsonl): accuracy % per language\n")
    out.append(accuracy_table(items, results, lambda it: it["set"] == "samples"))
    out.append("\n### Corpora in the 11 languages, all: accuracy % per language\n")
    out.append(accuracy_table(items, results, lambda it: it["set"] == "corpora"))
    out.append("\n### Recognizers-Text corpora (sentences, mostly news): accuracy % per language\n")
    out.append(accuracy_table(items, results, lambda it: it["set"] == "corpora"
                              and it["source"].startswith("recognizers_")))  # fmt: skip
    out.append("\n### Duckling corpora (money snippets: `ten dollars`, `EUR 20`, `$10`): accuracy % per language\n")
    out.append(accuracy_table(items, results, lambda it: it["set"] == "corpora"
                              and it["source"].startswith("duckling_")))  # fmt: skip
    out.append("\n### Short texts: accuracy % / unknown %\n")
    out.append(short_table(items, results))
    eng, examples = english_table(items, results)
    out.append("\n### English text read as another language: **wrong %** / unknown %\n")
    out.append(eng)
    if examples:
        out.append("\nExamples (samples and fields):\n")
        out.append(examples)
    out.append("\n### Non-English text (of the 11) read as English, %\n")
    out.append(reverse_english_table(items, results))
    out.append("\n### Corpora in languages outside the 11: accuracy %, and where the rest goes\n")
    out.append(other_languages_table(items, results))
    out.append("\n### Texts without any letter (`$10`, `10$`, `€ 1.000,-`): what each variant answers\n")
    out.append(no_letters_table(items, results))
    if sweeps:
        out.append("\n### Abstention thresholds of the restricted detectors (11 languages)\n")
        out.append(sweep_table(items, sweeps))
    out.append(f"\n### Speed and memory (best of {args.startup_runs} fresh processes; µs/call best of "
               f"{args.repeat} passes)\n")  # fmt: skip
    out.append(speed_table(results, len(texts), n_samples))
    print("\n".join(out))

    if args.json:
        dump = {
            "probe": probe,
            "skipped": skipped,
            "results": {n: {k: v for k, v in r.items() if k != "preds"} for n, r in results.items()},
        }
        args.json.write_text(json.dumps(dump, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
