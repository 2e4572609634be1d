"""Where ``extract`` spends its time: the pipeline of ``salarynorm._extract.extract`` replayed stage by stage
(anchor scan and windows, tokenizer, grammar, currency resolution), plus how much of the text the anchors
pull into windows and which anchors fire most.

This reaches into private modules, so it is diagnostic only: if the internals change shape, ``breakdown``
returns an ``error`` entry instead of failing the run. ``profile`` is plain cProfile on ``extract``.
"""

from __future__ import annotations

import collections
import cProfile
import gc
import io
import pstats
import time
from collections.abc import Callable
from typing import Any

__all__ = ["anchor_pass", "breakdown", "profile"]


def anchor_pass() -> Callable[[str], list[str]] | None:
    """The library's own first pass (where money may be) as ``text -> anchor surfaces``, whichever form the
    scanner has: the reading pipeline's ``find_anchors(text, lang)``, the older ``_scan.find_anchors(text)``
    spans or ``anchor_regex()`` pattern. None if none of them."""
    try:
        from salarynorm._read.anchors import find_anchors

        return lambda text: [text[a:b] for a, b in find_anchors(text, "en")]
    except ImportError:
        pass
    try:
        from salarynorm import _scan  # type: ignore[attr-defined]  # builds before the reading pipeline
    except ImportError:
        return None
    find = getattr(_scan, "find_anchors", None)
    if callable(find):

        def by_spans(text: str) -> list[str]:
            return [text[a:b] for a, b in find(text)]

        return by_spans
    make = getattr(_scan, "anchor_regex", None)
    if callable(make):
        rx = make()

        def by_regex(text: str) -> list[str]:
            return [m.group() for m in rx.finditer(text)]

        return by_regex
    return None


def _timed(fn: Any, *args: Any) -> tuple[float, Any]:
    gc.collect()
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def breakdown(text: str, top: int = 12) -> dict[str, Any]:
    """Seconds per stage on ``text`` (one pass each, after a warm-up), window coverage and top anchors."""
    try:
        from salarynorm._read import vocabulary
        from salarynorm._read.anchors import find_anchors
        from salarynorm._read.grammar import Cursor, parse_window
        from salarynorm._read.resolve import build_mentions
        from salarynorm._read.tokens import tokenize
        from salarynorm._read.windows import windows
    except ImportError as exc:  # the internals moved: report, do not fail
        return {"error": f"internals changed: {exc}"}
    v = vocabulary("en")

    def _windows(text: str) -> list[Any]:
        return windows(text, find_anchors(text, "en"), v.lang.sentence_ends)

    try:
        import salarynorm

        salarynorm.extract("warm-up: $5")
        find = anchor_pass()
        if find is None:
            return {
                "error": "internals changed: no find_anchors() in salarynorm._read.anchors"
            }
        t_anchor, anchors = _timed(find, text)
        t_windows, spans = _timed(_windows, text)
        # A window is (start, end) or (start, end, extra...): the extras (the window's anchors) go to parse().
        t_tok, toks = _timed(lambda: [tokenize(text, w[0], w[1], v.dotted_words) for w in spans])

        def grammar() -> list[Any]:
            exprs: list[Any] = []
            for w, tk in zip(spans, toks, strict=True):
                exprs.extend(parse_window(Cursor(text, tk, v), *w[2:]))
            return exprs

        t_gram, exprs = _timed(grammar)
        t_res, mentions = _timed(lambda: build_mentions(v, text, exprs, default_currency=None))
        t_total, _ = _timed(salarynorm.extract, text)
    except Exception as exc:  # any drift in the private signatures
        return {"error": f"internals changed: {type(exc).__name__}: {exc}"}
    covered = sum(w[1] - w[0] for w in spans)
    n_tokens = sum(len(t) for t in toks)
    stages = {
        "anchor pass (inside _windows)": t_anchor,
        "windows, excluding the anchor pass": max(0.0, t_windows - t_anchor),
        "tokenize": t_tok,
        "grammar (parse_window)": t_gram,
        "resolve (build_mentions)": t_res,
    }
    staged = sum(stages.values())
    return {
        "chars": len(text),
        "extract_seconds": t_total,
        "stages": [
            {"stage": k, "seconds": v, "share": v / staged if staged else 0.0} for k, v in stages.items()
        ],
        "anchors": len(anchors),
        "anchors_per_kchar": 1000 * len(anchors) / max(1, len(text)),
        "top_anchors": collections.Counter(anchors).most_common(top),
        "windows": len(spans),
        "window_coverage": covered / max(1, len(text)),
        "tokens": n_tokens,
        "expressions": len(exprs),
        "mentions": len(mentions),
        "us_per_token_grammar": 1e6 * t_gram / max(1, n_tokens),
        "us_per_token_tokenize": 1e6 * t_tok / max(1, n_tokens),
    }


def profile(text: str, top: int = 25) -> str:
    """cProfile of one ``extract(text)``: the ``top`` functions by own time, then by cumulative time."""
    import salarynorm

    salarynorm.extract("warm-up: $5")
    prof = cProfile.Profile()
    prof.enable()
    salarynorm.extract(text)
    prof.disable()
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out)
    st.strip_dirs().sort_stats("tottime").print_stats(top)
    st.sort_stats("cumulative").print_stats(top)
    return out.getvalue()
