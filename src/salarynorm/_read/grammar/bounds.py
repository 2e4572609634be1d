"""Open bounds: one end of the amount given, the other left open.

Rules:

* ``bound_after``: "+" attached ("$100,000+"), "-plus" ("$100,000-plus"), or a bound phrase after the
  amount ("or more", "and above": min; "or less", "max": max), never "£30k plus benefits" or the next
  clause's "up to" ("7.40 p.h. & up to 46 hours");
* ``bound_before``: a bound phrase before the amount ("up to", "less than": max; "at least", "from":
  min), not "from" after a verb of change ("rose from $5"); in a money field a leading "to" ("to 35.00
  per hour") is an upper bound;
* ``figure_bound``: an amount's size in digits with its currency stated in the phrase, a lower bound of
  the smallest number of that size ("a six-figure dollar salary", "a six-figure sum in dollars": at least
  100,000). Without a currency word in the phrase ("a six-figure salary"), with an amount of its own after
  it ("a six-figure salary of over £100k": the amount says it) or as a plural noun ("the high five
  figures") it is no amount.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..tokens import NUM, PUNCT, WORD
from .cursor import Cursor, phrase_at, phrase_before
from .nodes import CODE, NAME, Amount, Expr
from .periods import period_phrase_at
from .ranges import change_context
from .signals import signal_at

__all__ = ["bound_after", "bound_before", "figure_bound"]

# Words between "six-figure" and "in dollars" ("a six-figure annual base salary in dollars"), at most.
FIGURE_NOUN_WORDS: Final = 4
# The counts of digits an amount's size is read for: "two-figure" (10) to "fifteen-figure".
FIGURE_COUNTS: Final = range(2, 16)


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


def figure_bound(cur: Cursor, k: int, first: int) -> Expr | None:
    """The size of an amount in digits ending at the currency word at token k, as a lower bound: "a
    six-figure dollar salary" (the currency right after the size), "a six-figure sum in dollars" (after
    the noun, joined by ``digit_count_currency_links``); None without one, or when an amount follows in the
    phrase ("a six-figure dollar salary of $150,000"). ``first``: the first token it may take."""
    lang = cur.lang
    if not lang.digit_count_words or k < 2 or not cur.near(k):
        return None
    j = k - 1
    if cur.low(j) in lang.digit_count_currency_links:
        for x in range(j - 1, max(first - 1, j - 2 - FIGURE_NOUN_WORDS), -1):
            if not cur.near(x + 1) or cur.t[x].kind != WORD:
                return None
            if cur.low(x) in lang.digit_count_words:
                j = x
                break
        else:
            return None
    if cur.low(j) not in lang.digit_count_words:
        return None
    c = j - 1
    if cur.is_punct(c, "-") and cur.t[c].attached and cur.t[j].attached:
        c -= 1  # "six-figure", "7-figure"; or spaced, "a six figure salary"
    elif not cur.spaced_once(j):
        return None
    if c < first or (c < j - 1 and not cur.t[c + 1].attached):
        return None
    count = lang.units.get(cur.low(c))
    if count is None and cur.t[c].kind == NUM and cur.t[c].text.isdigit() and len(cur.t[c].text) <= 2:
        count = int(cur.t[c].text)
    if count is None or count not in FIGURE_COUNTS:
        return None
    sig = signal_at(cur, k, prefix=False)
    if sig is None or sig.kind not in (NAME, CODE):
        return None
    if any(cur.t[x].kind == NUM for x in range(sig.t1, min(cur.n, sig.t1 + 4))):
        return None  # "a six-figure dollar salary of $150,000": the amount says it
    amt = Amount(Decimal(10) ** (count - 1), c, sig.t1, words=True)
    amt.signal = sig
    expr = Expr(amt, amt)
    expr.bound, expr.bound_text = "min", cur.text[cur.t[c].start : cur.t[j].end]
    for x in range(j + 1, k - 1):
        period = lang.period_adjectives.get(cur.low(x))
        if period is not None and cur.low(x + 1) in lang.pay_nouns | lang.pay_noun_modifiers:
            expr.period, expr.period_text = period, cur.t[x].text  # "a six-figure annual salary in dollars"
            break
    expr.t0, expr.t1 = c, sig.t1
    expr.start, expr.end = cur.t[c].start, cur.t[sig.t1 - 1].end
    expr.next = sig.t1
    return expr
