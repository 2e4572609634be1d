"""Ranges: two amounts joined by a connector.

Rules:

* ``opener``: a word before the first amount that announces a range ("between", "from", "zwischen");
* ``connector``: a dash ("-", "–", "--", "-to-"), a range word ("to", "bis"), the closer of the opener
  ("between X and Y"), or the Romance "a" between two signed amounts ("R$8.000,00 a R$13.000,00"); after
  a range word, a bound phrase that leaves the top belongs to the connector ("up to as much as $20m");
* ``range_of``: two amounts that make a range: compatible currencies, low <= high, with a currency,
  scale or multiplier written once serving both ends ("$300-900k", "7-9 lakh rupees", "30-45000");
* ``change_context`` / ``changed_by``: after a verb of change "from $5 to $7" is two values, not a range
  ("rose from $5 to $7", "Gold rose Rs 250 to Rs 63,450").
"""

from __future__ import annotations

import re
from typing import Final

from ..._decimals import scaled
from ..tokens import NUM, PUNCT, SIGN, WORD
from .cursor import Cursor, phrase_at
from .digits import digits_for
from .nodes import IMPLIED, Amount, Expr
from .not_money import year_span
from .signals import DOLLAR_SIGNS

__all__ = ["change_context", "changed_by", "connector", "opener", "range_of"]

# Words and sentence ends, to read a few words before a window's tokens ("rose ... from").
_WORDS_RE: Final = re.compile(r"[^\W\d_]+")


def opener(cur: Cursor, i: int) -> str | None:
    """The range opener right before token i ("between", "tussen de"), or None."""
    if not cur.near(i):
        return None
    two = f"{cur.low(i - 2)} {cur.low(i - 1)}"
    if i >= 2 and two in cur.lang.range_openers and cur.near(i - 1):
        return two
    w = cur.low(i - 1)
    if w in cur.lang.range_openers:
        return w
    return None


def change_context(cur: Cursor, i: int) -> bool:
    """True when a verb of change comes within ten words before token i ("rose from $5", "cut the
    company's annual bill from $90m"), in the same sentence; within twenty-five when a comma stands
    right before token i ("raise its starting wage to more than $22 an hour, from $20.50"). Read from
    the text itself, which may reach back further than the window's tokens."""
    if i < 0 or i >= cur.n:
        return False
    lang = cur.lang
    end = cur.t[i].start
    reach = 25 if cur.is_punct(i - 1, ",") else 10
    before = cur.text[max(0, end - 10 * reach) : end]
    words: list[tuple[int, str]] = [(m.start(), m.group()) for m in _WORDS_RE.finditer(before)][-reach:]
    stop = _last_sentence_end(before, lang.sentence_ends)
    for at, w in reversed(words):
        if at < stop:
            return False
        if w.lower() in lang.change_words:
            return True
    return False


def _last_sentence_end(text: str, ends: frozenset[str]) -> int:
    """The offset of the last sentence end in ``text``: a mark followed by spaces and a capital ("... ago.
    Pay rose"); -1 if there is none."""
    upper = -1
    for k in range(len(text) - 1, -1, -1):
        ch = text[k]
        if ch.isupper():
            upper = k
        elif ch in ends and upper > k + 1 and text[k + 1 : upper].isspace():
            return k
        elif not ch.isspace():
            upper = -1
    return -1


def changed_by(cur: Cursor, i: int) -> bool:
    """True when a verb of change stands right before token i, or before "by" right before it: "Gold
    rose Rs 250 to Rs 63,450" and "cut by $5 to $20" name a change and a new value, not a range."""
    lang = cur.lang
    k = i - 1
    if cur.low(k) in lang.change_by_words:
        k -= 1
    if cur.low(k) in lang.change_particles:
        k -= 1  # "went up $2 to $15"
    return k >= 0 and cur.low(k) in lang.change_words and cur.low(k) not in lang.change_particles


def connector(cur: Cursor, j: int, opened: str | None, *, words: bool = True) -> int | None:
    """Index of the token after a range connector at token j, or None. ``words`` False allows only
    dashes: after a verb of change, "from $5 to $7" names two values, not a range."""
    if j >= cur.n or not cur.near(j):
        return None
    lang = cur.lang
    tok = cur.t[j]
    if tok.kind == PUNCT and tok.text in lang.range_dashes:
        if cur.is_punct(j + 1, "-") and cur.t[j + 1].attached:
            j += 1  # "--"
        elif cur.is_punct(j + 2, "-") and cur.t[j + 1].attached and cur.t[j + 2].attached \
                and f"-{cur.low(j + 1)}-" in lang.range_words:
            j += 2  # "-to-"
        if j + 1 < cur.n and cur.near(j + 1):
            return j + 1
        return None
    w = tok.low
    if not words:
        return None
    if opened is not None and w in lang.range_openers[opened]:
        return _high_bound(cur, j + 1)  # "between X and Y", "between X & Y", "from X to Y"
    if j + 1 < cur.n and f"{w} {cur.t[j + 1].low}" in lang.range_words and cur.near(j + 1):
        return _high_bound(cur, j + 2)  # "up to", "tot maximaal": the longer connector first
    if w in lang.range_words:
        return _high_bound(cur, j + 1)
    if w in lang.range_connectors_between_signs and j + 1 < cur.n and cur.t[j + 1].kind == SIGN \
            and cur.t[j - 1].kind == NUM:
        return j + 1  # "R$8.000,00 a R$13.000,00": the Romance "a" between two signed amounts
    return None


def _high_bound(cur: Cursor, j: int) -> int:
    """Index of the high end after a range word at token j-1: past a bound phrase that leaves the top
    ("from $5 million up to as much as $20 million", "between $5 and no more than $8"): the range's high end
    is the most it says already."""
    n = phrase_at(cur, j, cur.lang.bounds_before, 5)
    if not n or not cur.near(j) or cur.lang.bounds_before.value(cur.words(j, j + n)) != "max":
        return j
    if cur.is_punct(j + n, ":") and cur.t[j + n].attached:
        n += 1  # "to max: $8"
    if j + n < cur.n and cur.t[j + n].kind in (NUM, SIGN, WORD):
        return j + n
    return j


def range_of(cur: Cursor, lo: Amount, hi: Amount) -> Expr | None:
    """Two amounts joined by a connector, if they make a range: compatible currencies, low <= high.
    A currency, scale or multiplier written once serves both ends ("$300-900k", "7-9 lakh rupees")."""
    ls, hs = lo.signal, hi.signal
    # A currency only implied by a word ("2l p.a." is rupees by convention) yields to one written on the
    # other end: "US$1-2l p.a." is dollars.
    if hs is not None and hs.kind == IMPLIED and ls is not None and ls.kind != IMPLIED:
        hi.signal = hs = None
    elif ls is not None and ls.kind == IMPLIED and hs is not None and hs.kind != IMPLIED:
        lo.signal = ls = None
    if ls is None and hs is None and not cur.field:
        return None
    if ls is not None and hs is not None:
        if ls.label != hs.label:
            return None
        if ls.candidates and hs.candidates and not set(ls.candidates) & set(hs.candidates):
            # "R$ 3.000 a $ 4.000", "NT$30,000-$40,000": a bare dollar sign on one end is the other end's
            # dollar-style sign written short.
            bare, full = (hs, ls) if hs.text in DOLLAR_SIGNS else (ls, hs)
            if bare.text not in DOLLAR_SIGNS or full.text in DOLLAR_SIGNS or not full.text.endswith("$"):
                return None
            bare.candidates, bare.convention = full.candidates, full.convention
        if ls.divisor != hs.divisor:
            return None
    sig_lo = ls or hs
    sig_hi = hs or ls
    if ls is None:
        digits_for(cur, lo, hs)  # "JOD 1.250–1.500": the end without a sign reads like the other
    if hs is None:
        digits_for(cur, hi, ls)
    lo_num = lo.number
    # A multiplier (or a scale the signal implies) written only on the high end serves the low end,
    # when that keeps low <= high: "$300-900k", "£45–55k", "12–15 LPA". Same for a bare thousands
    # shorthand: "30-45000", "21 - 23,000".
    hi_val = hi.value(sig_hi)
    if ls is not None and hs is not None and hs.scale and not ls.scale and not lo.mult and not hi.mult:
        cand = scaled(lo.number, hs.scale)  # "₹12–15 LPA", "$30-40 MUSD"
        if cand <= hi_val:
            lo.number = cand
            lo.mult = hs.scale
            return Expr(lo, hi)
    if hi.mult and not lo.mult and not lo.words:
        cand = scaled(lo.number, hi.mult)
        if Amount(cand, 0, 0, mult=hi.mult).value(sig_lo) <= hi_val:
            lo_num = cand
            lo.mult = hi.mult
    elif not lo.mult and not lo.decimals and (ls is None or hs is None) and not hi.mult and not hi.decimals \
            and lo.number < 1000 and hi.number >= 1000 and lo.number * 1000 <= hi.number < lo.number * 10000:
        lo_num = lo.number * 1000
    lo.number = lo_num
    if lo.value(sig_lo) > hi_val:
        return None
    if ls is None and lo.number == lo.number.to_integral_value() and hi.signal is None and not cur.field:
        return None
    if year_span(cur, lo, hi):
        return None
    return Expr(lo, hi)
