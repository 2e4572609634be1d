"""Approximation: "about $5", "$5 or so", "$50k-ish", "$45,000 (Glassdoor est.)".

Rules:

* ``approx_before``: an approximation phrase right before the amount ("about", "roughly", "~", "rund");
* ``approx_after``: an approximation phrase after it ("or so", "est.", "-ish"), or a parenthesis whose
  words mark an estimate and hold no money ("(Glassdoor est.)": with money in it, it is a restatement).
"""

from __future__ import annotations

from typing import Final

from ..tokens import NUM, PUNCT, SIGN
from .cursor import Cursor, phrase_at, phrase_before
from .nodes import Expr

__all__ = ["CLOSE", "OPEN", "approx_after", "approx_before"]

OPEN: Final = frozenset({"(", "[", "（"})
CLOSE: Final = {"(": ")", "[": "]", "（": "）"}  # the full-width pair of Chinese and Japanese text


def approx_before(cur: Cursor, expr: Expr, k: int) -> int:
    """Mark ``expr`` approximate when an approximation phrase ends right before token k; the index where
    the phrase starts (k when there is none)."""
    n = phrase_before(cur, k, cur.lang.approx_before, 5)
    if n:
        expr.approximate = True
    return k - n


def approx_after(cur: Cursor, expr: Expr, k: int) -> int:
    """Mark ``expr`` approximate when an approximation phrase or an estimate note starts at token k; the
    index after it."""
    if k >= cur.n or not cur.near(k):
        return k
    lang = cur.lang
    if cur.t[k].kind == PUNCT and cur.t[k].text in OPEN:
        close = CLOSE[cur.t[k].text]
        for e in range(k + 1, min(cur.n, k + 6)):
            if cur.is_punct(e, close):
                inside = {cur.t[x].low for x in range(k + 1, e)}
                money_inside = any(cur.t[x].kind in (NUM, SIGN) for x in range(k + 1, e))
                if inside & lang.estimate_markers and not money_inside:
                    expr.approximate = True
                    return e + 1
                break
        return k
    if cur.is_punct(k, "-") and cur.t[k].attached and cur.low(k + 1) in lang.approx_suffixes_after_hyphen \
            and cur.t[k + 1].attached:
        expr.approximate = True  # "$50k-ish"
        return k + 2
    n = phrase_at(cur, k, lang.approx_after, 3)
    if n:
        expr.approximate = True
        return k + n
    return k
