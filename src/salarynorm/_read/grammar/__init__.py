"""Stage 5 of reading: the grammar, from the tokens of a window to money expressions.

An expression is one or two amounts (a range), each a number with an optional currency signal, plus what
the words around them say: open bounds ("up to"), approximation ("about"), a pay period ("per annum",
"hourly rate of") and restatements in other currencies ("(A$71,000)"). Currencies are not decided here:
each amount keeps its signal with every candidate ISO code, and ``resolve`` decides per document.

This module is the one place that fixes the order in which the rules are tried; each rule lives in the
module of its group (``signals``, ``digits``, ``words``, ``amounts``, ``cents``, ``ranges``, ``bounds``,
``approximation``, ``periods``, ``equivalents``, ``not_money``), is a function over the ``Cursor`` and
reads its words from the language data. Reading walks the tokens once, left to right; each rule looks a
bounded number of tokens ahead or behind, so the cost is linear in the length of the window.
"""

from __future__ import annotations

import bisect
from typing import Final

from ..tokens import NUM, PUNCT, SIGN, WORD
from .amounts import amount, grand_signal, minus_before
from .approximation import approx_after, approx_before
from .bounds import bound_after, bound_before, figure_bound
from .cursor import SPACES, Cursor, phrase_before
from .digits import decimals_per_unit
from .equivalents import equivalents, equivalents_in_words
from .nodes import UNIT, Amount, Expr, Signal
from .periods import period_after, period_before, period_phrase_at
from .ranges import change_context, changed_by, connector, opener, range_of

__all__ = ["Amount", "Cursor", "Expr", "Signal", "expression", "parse_window"]

# How many tokens before its currency signal an expression may start ("between 300,000 and 900,000 dollars",
# "two hundred and fifty thousand dollars").
REACH: Final = 24


def parse_window(cur: Cursor, anchors: list[int] | None = None) -> list[Expr]:
    """Every expression of the window, in order, none overlapping.

    ``anchors`` are the character offsets of the currency signals the window was cut around: an
    expression holds its signal and starts at most ``REACH`` tokens before it ("two hundred and fifty
    thousand dollars"), so other tokens ("in 1999") are not tried at all. None tries every token.
    """
    out: list[Expr] = []
    v = cur.v
    starts = v.start_words
    t = cur.t
    n = cur.n
    allowed: bytearray | None = None
    if anchors is not None:
        # An expression runs from its first number to its signal through money words only ("300,000 to
        # 900,000 dollars", "two hundred and fifty thousand dollars"): walk back from each signal over
        # such tokens, and try no other start ("in 2019, the company paid $5m" never tries "2019").
        allowed = bytearray(n)
        begins = [tok.start for tok in t]
        inner = v.inner_words
        for a in anchors:
            k = bisect.bisect_right(begins, a) - 1
            lo = k
            while lo > 0 and k - lo < REACH and (t[lo - 1].kind in (NUM, SIGN) or t[lo - 1].low in inner
                                                 or v.numeral_word(t[lo - 1].low)):
                lo -= 1
            allowed[lo : k + 1] = b"\x01" * (k + 1 - lo)
    articles = cur.lang.articles
    after_article = v.after_article
    i = 0
    while i < n:
        tok = t[i]
        if (allowed is not None and not allowed[i]) or tok.kind == PUNCT or (
                tok.kind == WORD and tok.low not in starts and not (i + 1 < n and t[i + 1].kind == SIGN)
                and not v.numeral_word(tok.low)):
            i += 1  # cannot start an amount ("the", ","): the common case, decided in one lookup
            continue
        if tok.low in articles and (i + 1 >= n or t[i + 1].low not in after_article):
            i += 1  # "a" starts an amount only before a scale, a fraction or a currency word
            continue
        e = expression(cur, i, False)
        if e is None:
            e = figure_bound(cur, i, out[-1].next if out else 0)  # "a six-figure sum in dollars"
        if e is None:
            i += 1
            continue
        out.append(e)
        i = max(e.next, i + 1)
    return out


def expression(cur: Cursor, i: int, inner: bool) -> Expr | None:
    """The expression whose first amount starts at token i, or None. ``inner``: inside a restatement's
    parenthesis (no restatements of its own there)."""
    tok = cur.t[i]
    if tok.kind == PUNCT:
        return None
    if tok.kind == NUM and i > 0 and cur.t[i - 1].kind == NUM and cur.t[i - 1].text.isdigit() \
            and len(cur.t[i - 1].text) <= 3 and len(tok.gap) == 1 and tok.gap in SPACES \
            and len(tok.text.split(",")[0].split(".")[0]) == 3:
        return None  # "747" of "1 747": the tail of a number grouped by a space, never a number of its own
    lang = cur.lang
    opened = opener(cur, i)
    first = amount(cur, i, and_cents=opened is None or not set(lang.range_openers[opened]) & lang.cents_connectors)
    if first is None:
        return None
    if first.t0 < i:  # "[US]$3 million": the editor's bracket before the sign begins the amount
        i = first.t0
        opened = opened or opener(cur, i)
    if first.signal is None and i >= 2 and cur.t[i].attached and cur.is_punct(i - 1, lang.range_dashes) \
            and cur.t[i - 1].attached and cur.t[i - 2].kind == NUM:
        return None  # "13" of "2012–13" is the end of a span, not the start of money
    if first.signal is not None and minus_before(cur, i):
        first.negative = True  # "-$5.00", "−€3 discount"
        first.t0 = i - 1
    change = (opened in lang.change_openers and change_context(cur, i - 1)) or changed_by(cur, i)
    expr: Expr | None = None
    j = first.t1 + first.tail
    conn = connector(cur, j, opened, words=not change)
    first_period = None
    if conn is None:
        # "7 per hour to 8.50 per hour", "£10 an hour to £12 an hour": a period on each end.
        first_period = period_phrase_at(cur, j)
        if first_period is not None:
            conn = connector(cur, first_period[1], opened, words=not change)
    if conn is not None and conn < cur.n:
        second = amount(cur, conn)
        if second is not None:
            expr = range_of(cur, first, second)
            if expr is not None and first_period is not None:
                expr.period = first_period[0]
                expr.period_text = cur.text[cur.t[j].start : cur.t[first_period[1] - 1].end]
    if expr is None and cur.field and conn is not None and conn < cur.n and cur.low(conn) in lang.open_top_words:
        expr = Expr(first, first)
        expr.bound, expr.bound_text = "min", cur.t[conn].text  # "18,000 to Competitive"
        expr.next = conn + 1
    if expr is None:
        if first.signal is None and not first.grand and not cur.field:
            return None
        expr = Expr(first, first)
    if first.signal is None and first.grand and expr.hi.signal is None:
        first.signal = grand_signal(cur, first)
    if expr.lo.signal is None and expr.hi.signal is None:
        if not cur.field:
            return None
        expr.field_bare = True
    hi = expr.hi
    if hi.period is not None:
        expr.period = hi.period  # "£25kpa"
        expr.period_text = cur.t[hi.t1 - 1].text[len(hi.scale_word):]
    elif hi.signal is not None and hi.signal.label is None and hi.signal.period:
        expr.period = hi.signal.period
        # a unit signal is the period's own words ("LPA"); a sign merged with one ends with them ("₹12 LPA")
        expr.period_text = hi.signal.text if hi.signal.kind == UNIT else cur.t[hi.t1 - 1].text
    expr.t0, expr.t1 = expr.lo.t0, hi.t1
    expr.start, expr.end = cur.t[expr.t0].start, cur.t[expr.t1 - 1].end
    after(cur, expr, inner)
    before(cur, expr, i, change)
    decimals_per_unit(cur, expr)  # "$7.125 an hour", "$3.499 a gallon"
    if expr.bound is not None and not expr.is_range:
        for q in expr.equivalents:
            if q.bound is None and not q.is_range:
                q.bound = expr.bound  # "up to $200,000 (£160,000)": the restatement is a bound too
    return expr


def after(cur: Cursor, expr: Expr, inner: bool) -> None:
    """The words after the expression, in this order: a bound, a period (and a bound after it: "$15/hr
    or more"), restatements or an estimate note, then a period and approximation after the restatements."""
    k = bound_after(cur, expr, expr.next)
    had_period = expr.period is not None
    k = period_after(cur, expr, k)
    if expr.bound is None and expr.period is not None and not had_period:
        k = bound_after(cur, expr, k)  # "$15/hr or more", "£10 an hour or less"
    # A parenthesis is a restatement when money is in it ("(approx. £4)"), an estimate note otherwise
    # ("(Glassdoor est.)"): try the restatement first.
    k2 = k if inner else equivalents(cur, expr, k, expression)
    if k2 == k:
        k = approx_after(cur, expr, k)
        k2 = k if inner else equivalents(cur, expr, k, expression)
    if k2 != k:
        k = k2
        if expr.period is None:
            k = period_after(cur, expr, k)
        k = approx_after(cur, expr, k)
    if not inner:
        k = equivalents_in_words(cur, expr, k, expression)  # "£2bn, or roughly $2.5bn"
    expr.next = k


def before(cur: Cursor, expr: Expr, i: int, change: bool) -> None:
    """The words before the expression (token i is its first), nearest first: approximation and one bound
    (up to three phrases: "up to about", "approximately up to"), then a period on the pay noun or label."""
    k = i
    opened = opener(cur, i) if expr.is_range else None
    if opened is not None:
        k -= len(opened.split())  # "between", "from", "tussen de" belong to the range
    if cur.is_punct(k - 1, ":") and k - 1 > 0:
        k -= 1  # "max: $5", "est: $5"
    for _ in range(3):
        k2 = approx_before(cur, expr, k)
        if k2 != k:
            k = k2
            continue
        if expr.is_range or expr.bound is not None:
            if expr.bound is not None and not expr.is_range:
                n = phrase_before(cur, k, cur.lang.bounds_before)
                if n and cur.lang.bounds_before.value(cur.words(k - n, k)) == expr.bound:
                    k -= n  # "最大1200万円まで", "최대 8천만원까지": one bound said on both sides
            break
        k, more = bound_before(cur, expr, k, change)
        if not more:
            break
    if expr.period is None:
        period_before(cur, expr, k)
