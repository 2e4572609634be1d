"""Cents written after the main unit: "$20 43", "15 dollars and 50", "3 GBP 1 pence", "twenty dollar 43
cents", "US$3 and fourteen".

Rule ``cents_after``: a whole amount with a sign, code or name, followed by a number below 100 (digits or
words), optionally joined by "and" and optionally with its own minor-unit word. Without a minor-unit word
the trailing number counts only when punctuation, the end, or a word that may follow money ("each",
"only") comes after it: "$20 and 43 people" is not $20.43. Right after a currency written after the whole
number ("15 dólares 50 você pode", "15 euros 50 le repas"), one or two digits are cents before any word but
a number, scale, percent or period word.
"""

from __future__ import annotations

from decimal import Decimal

from ..._decimals import context, scaled
from ..tokens import NUM, PUNCT, WORD
from .cursor import Cursor
from .nodes import CODE, MINOR, NAME, SIGN, Amount
from .signals import signal_at
from .words import words_at

__all__ = ["cents_after", "units_after"]


def cents_after(cur: Cursor, amt: Amount, *, and_cents: bool = True) -> None:
    """Extend ``amt`` by cents written after it. ``and_cents`` False keeps "and 50" out of it (after
    "between", "and" joins a range)."""
    sig = amt.signal
    if sig is None or sig.kind not in (SIGN, CODE, NAME) or amt.decimals or amt.mult or sig.scale:
        return
    if amt.number != amt.number.to_integral_value():
        return
    j = amt.t1
    if j >= cur.n or not cur.near(j):
        return
    lang = cur.lang
    # "15 dólares 50", "15 USD 50", "15 euros 50": cents right after a currency written after the whole
    # number need no minor-unit word before any word but one that makes the number a count of its own.
    after_unit = sig.t0 > amt.t0 and sig.kind != SIGN and not lang.unspaced
    if cur.low(j) in lang.cents_connectors:
        if not and_cents:
            return
        after_unit = False
        j += 1
        if j >= cur.n or not cur.near(j):
            return
    tok = cur.t[j]
    if tok.kind == NUM:
        if not (tok.text.isdigit() and len(tok.text) <= 2):
            return
        cents = Decimal(tok.text)
        k = j + 1
    elif tok.kind == WORD:
        got = words_at(cur, j)
        if got is None or got.number >= 100 or got.number != got.number.to_integral_value() or got.mult:
            return
        cents = got.number
        k = got.t1
    else:
        return
    divisor = Decimal(100)
    minor = signal_at(cur, k, prefix=False) if k < cur.n and cur.near(k) else None
    if minor is not None and minor.kind == MINOR:
        divisor = Decimal(minor.divisor)
        k = minor.t1
    elif minor is not None:
        return  # "50 dollar 50 dollar": the next number has its own currency
    elif cur.t[amt.t1 - 1].low in lang.unit_chain:
        return  # "一块二" is 1.2: a bare number after the unit is the next unit down (units_after)
    elif k < cur.n and cur.t[k].attached and cur.t[k].kind != PUNCT and not lang.unspaced:
        return  # "10 turkish lira 11a": a code, not cents (words touch in text written without spaces)
    elif k < cur.n and cur.t[k].kind != PUNCT and cur.low(k) not in lang.continuation_followers \
            and not (after_unit and tok.kind == NUM and _free_after_cents(cur, k)):
        return  # "$20 and 43 people"
    elif k < cur.n and cur.t[k].kind == PUNCT and cur.t[k].text in "%-–/(" and cur.near(k):
        return
    ctx = context()
    amt.number = ctx.add(amt.number, ctx.divide(cents, divisor))
    amt.decimals = True
    amt.t1 = k


def units_after(cur: Cursor, amt: Amount) -> None:
    """Extend ``amt`` by the smaller units spoken after it, in languages that name them one after the other
    (``unit_chain``: each unit word with its place, the yuan 0, the jiao 1, the fen 2): "五元六角" is 5.6,
    "50元6角3分" 50.63, "两角五分" 0.25; a bare numeral after a unit is the next unit down ("一块二" is 1.2,
    "两毛五" 0.25), after a zero the one below that ("三块零四" is 3.04)."""
    chain = cur.lang.unit_chain
    sig = amt.signal
    if not chain or sig is None or amt.mult or sig.scale or amt.t1 > cur.n or amt.t1 <= amt.t0:
        return
    # The amount counts in its signal's unit (yuan, or jiao for "两角"); it ends at the place of its last
    # unit word ("五元七毛": jiao), or of its currency name ("5人民元と3角": yuan).
    if sig.kind == MINOR:
        if sig.text.lower() not in chain:
            return
        base = chain[sig.text.lower()]
    elif sig.kind in (SIGN, CODE, NAME):
        base = 0
    else:
        return
    last = cur.t[amt.t1 - 1].low
    place = chain.get(last, base)
    spoken = last in chain  # a bare numeral is the next unit down only right after a unit word of the chain
    if not spoken:
        x = amt.t1
        while x < cur.n and x < amt.t1 + 4 and cur.t[x].low not in chain:
            x += 1
        if x >= cur.n or x >= amt.t1 + 4:
            return  # no unit word of the chain follows: the common case
    units = cur.lang.units
    ctx = context()
    k = amt.t1
    if k < cur.n and cur.low(k) in cur.lang.cents_connectors and cur.near(k):
        k += 1
    while k < cur.n and cur.near(k):
        skip = 0
        if cur.low(k) in units and units[cur.low(k)] == 0 and k + 1 < cur.n:
            skip, k = 1, k + 1  # "零": the next unit is left out
        tok = cur.t[k]
        if tok.kind == NUM and tok.text.isdigit() and len(tok.text) == 1:
            digit = int(tok.text)
        elif tok.kind == WORD and tok.low in units and 0 < units[tok.low] < 10:
            digit = units[tok.low]
        else:
            return
        nxt = cur.low(k + 1)
        if nxt in chain and chain[nxt] > place and cur.near(k + 1):
            at, end = chain[nxt], k + 2  # "六角", "三分"
        elif spoken and nxt not in chain and tok.kind == WORD and (k + 1 >= cur.n or cur.t[k + 1].kind != NUM):
            at, end = place + 1 + skip, k + 1  # "一块二", "两毛五": the next unit down
        else:
            return
        amt.number = ctx.add(amt.number, scaled(Decimal(digit), base - at))
        amt.decimals = True
        amt.t1 = end
        place = at
        spoken = end == k + 2
        k = end


def _free_after_cents(cur: Cursor, k: int) -> bool:
    """True when token k may follow cents written right after the currency ("15 euros 50 le repas"): no
    number, scale, percent or period word that would make the cents a count of their own ("15 euros 20
    ans après", "10 USD 50 millions")."""
    tok = cur.t[k]
    if tok.kind != WORD:
        return False
    w = tok.low
    lang = cur.lang
    return not (w in lang.multipliers or w in lang.scales or w in cur.v.foreign_scales
                or w in lang.percent_words or w in lang.period_units or w in lang.period_words
                or w in cur.v.number_words_strict or cur.v.numeral_word(w))
