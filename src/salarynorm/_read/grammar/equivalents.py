"""Restatements in other currencies: "US$48,000 (A$71,000)", "(about $54,000)", "(US$6,900 / €6,400)".

Rule ``equivalents``: a parenthesis right after the expression that holds one or more expressions of its
own, each optionally led by words such as "about", "or", "equivalent to", separated by "/", ";", "or".
Which of them really are other currencies is decided with the currencies (``resolve``): "$1,150.40/week
($28.76/hour)" restates in the same currency and becomes a mention of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from .approximation import CLOSE, OPEN
from .cursor import Cursor, phrase_at
from .nodes import Expr

__all__ = ["equivalents"]

#: How the grammar reads an expression starting at a token (``grammar.expression``), passed in so that
#: this rule, which the expression rule itself calls, needs no import of it.
ReadExpression = Callable[[Cursor, int, bool], "Expr | None"]


def equivalents(cur: Cursor, expr: Expr, k: int, read: ReadExpression) -> int:
    """Read the restatements in a parenthesis at token k into ``expr``; the index after the parenthesis,
    or k when it holds no restatement."""
    if k >= cur.n or not cur.is_punct(k, OPEN) or not cur.near(k):
        return k
    lang = cur.lang
    close = CLOSE[cur.t[k].text]
    j = k + 1
    found: list[Expr] = []
    while j < cur.n:
        lead_approx = False
        n = phrase_at(cur, j, lang.equivalent_leads, 3)
        if n and cur.is_punct(j + n, ":"):
            n += 1  # "(approx: AFN1)"
        while n:
            if " ".join(cur.t[x].low for x in range(j, j + n) if cur.t[x].text != ":") in lang.approx_before:
                lead_approx = True
            j += n
            n = phrase_at(cur, j, lang.equivalent_leads, 3)
            if n and cur.is_punct(j + n, ":"):
                n += 1
        if j < cur.n and cur.low(j) in lang.range_openers:
            j += 1  # "(between £4 and £6)": the inner expression finds its opener by looking back
        if j >= cur.n:
            return k
        inner = read(cur, j, True)
        if inner is None or inner.field_bare:
            return k
        inner.approximate = inner.approximate or lead_approx
        found.append(inner)
        j = inner.next
        if cur.is_punct(j, close):
            expr.equivalents = found
            return j + 1
        if j < cur.n and (cur.t[j].text in lang.equivalent_separators or cur.low(j) in lang.equivalent_separators):
            j += 1
            continue
        return k
    return k
