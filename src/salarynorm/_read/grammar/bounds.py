"""Open bounds: one end of the amount given, the other left open.

Rules:

* ``bound_after``: "+" attached ("$100,000+"), "-plus" ("$100,000-plus"), or a bound phrase after the
  amount ("or more", "and above": min; "or less", "max": max), never "£30k plus benefits" or the next
  clause's "up to" ("7.40 p.h. & up to 46 hours");
* ``bound_before``: a bound phrase before the amount ("up to", "less than": max; "at least", "from":
  min), not "from" after a verb of change ("rose from $5"); in a money field a leading "to" ("to 35.00
  per hour") is an upper bound.
"""

from __future__ import annotations

from ..tokens import NUM, PUNCT, WORD
from .cursor import Cursor, phrase_at, phrase_before
from .nodes import Expr
from .periods import period_phrase_at
from .ranges import change_context

__all__ = ["bound_after", "bound_before"]


def bound_after(cur: Cursor, expr: Expr, k: int) -> int:
    """Read a bound phrase at token k after a single amount into ``expr``; the index after it."""
    if expr.is_range or k >= cur.n:
        return k
    lang = cur.lang
    tok = cur.t[k]
    if tok.kind == PUNCT and tok.text == "+" and tok.attached:
        expr.bound, expr.bound_text = "min", "+"
        return k + 1
    if tok.kind == PUNCT and tok.text == "-" and tok.attached and k + 1 < cur.n and cur.t[k + 1].attached:
        hyphenated = lang.bounds_after_hyphenated.value(cur.low(k + 1))
        if hyphenated is not None:
            expr.bound, expr.bound_text = hyphenated, cur.text[tok.start : cur.t[k + 1].end]  # "$100,000-plus"
            return k + 2
    n = phrase_at(cur, k, lang.bounds_after, 2) if tok.text != "+" else 0
    if n and cur.near(k):
        phrase = cur.words(k, k + n)
        end = k + n
        if phrase in lang.bounds_after_not_before_words and end < cur.n \
                and cur.t[end].kind == WORD and cur.near(end) and period_phrase_at(cur, end) is None:
            return k  # "£30k plus benefits", "max salary" is not a bound
        if end < cur.n and f"{cur.t[end - 1].low} {cur.t[end].low}" in lang.bounds_before:
            return k  # "7.40 p.h. & up to 46 hours": the next clause's "up to"
        expr.bound = lang.bounds_after.value(phrase)
        expr.bound_text = cur.text[cur.t[k].start : cur.t[end - 1].end]
        return end
    return k


def bound_before(cur: Cursor, expr: Expr, k: int, change: bool) -> tuple[int, bool]:
    """Read a bound phrase ending right before token k into ``expr``: (the index where it starts, whether
    more words before it may still belong to the expression). ``change``: a verb of change governs the
    amount ("rose from $5": "from" is no bound there)."""
    lang = cur.lang
    n = phrase_before(cur, k, lang.bounds_before, 5)
    if n:
        phrase = cur.words(k - n, k)
        if phrase in lang.change_openers and (change or change_context(cur, k - 1)):
            return k, False
        if cur.low(k - n - 1) in lang.bound_cancellers and cur.near(k - n):
            return k, False  # "eine Rechnung über 500 Euro": "über" belongs to the noun
        expr.bound = lang.bounds_before.value(phrase)
        expr.bound_text = cur.text[cur.t[k - n].start : cur.t[k - 1].end]
        return k - n, True
    if cur.field and k >= 1 and cur.low(k - 1) in lang.field_upper_bound_words \
            and all(t.kind != NUM for t in cur.t[: k - 1]):
        # salary fields: "to 35.00 per hour", "Basic to 115,000"
        expr.bound, expr.bound_text = "max", cur.t[k - 1].text
        return k - 1, False
    return k, False
