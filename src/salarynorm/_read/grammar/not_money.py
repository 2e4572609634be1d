"""What looks like money and is not.

Rules:

* ``code_context``: "$1" in code ("s/(a)/$1/", "echo '$2'", "{print $10}"): a positional parameter;
* ``weight``: "pounds" that weigh ("weighs 180 pounds", "7 pounds 4 ounces");
* ``ordinary_name``: a currency name used as an ordinary word: a weight, an adjective of the noun after it
  ("3 złote medale"), a noun as often as money without a money context ("trois livres sur la Révolution");
* ``year_span``: "2012–13", "2019-2023" are years, never a range of money (and a name before a year,
  "won 2019", is no money: ``amounts.signed_number``).

Percentages ("5 %", "12 Prozent") are refused where digits are read (``digits.digits_at``), exchange-rate
quotes ("EUR/USD 1.0850") where signals are (``signals.signal_at``).
"""

from __future__ import annotations

from typing import Final

from ..tokens import NUM, PUNCT, WORD
from .cursor import Cursor, phrase_at, phrase_before
from .nodes import Amount, Signal
from .periods import period_after_slash, period_word
from .signals import signal_at

__all__ = ["YEAR_LIKE_MAX", "YEAR_LIKE_MIN", "code_context", "ordinary_name", "weight", "year_span"]

YEAR_LIKE_MIN: Final = 1800
YEAR_LIKE_MAX: Final = 2199


def code_context(cur: Cursor, sig: Signal, num: Amount) -> bool:
    """True when a "$" and its number look like code ("s/(a)/$1/", "echo '$2'", "{print $10}"): only a
    positional parameter, one or two bare digits, can be; a number written as money is money whatever
    touches it ("**$100k**", "<b>$500</b>", "<td>$45,000</td>", 'a "$1 billion" deal')."""
    raw = num.raw
    if num.mult or num.decimals or raw is None or not raw.isdigit() or len(raw) > 2:
        return False
    lang = cur.lang
    before = cur.text[sig.start - 1] if sig.start > 0 else " "
    end = cur.t[num.t1 - 1].end
    after = cur.text[end] if end < len(cur.text) else " "
    if after == "/" and period_after_slash(cur, num.t1 + 1) is not None:
        return False  # "Pay=$20/hr": a rate, whatever precedes it
    quotes = lang.prose_quotes
    if before in quotes or after in quotes:
        # Quoted on both sides it is a shell's ("echo '$2'"); on one side, prose ('the "$5 menu"'):
        # judge the other side alone.
        if before in quotes and after in quotes:
            return True
        before = " " if before in quotes else before
        after = " " if after in quotes else after
    if before in lang.code_before or before.isalnum():
        return True
    if after in lang.code_after or (after.isalpha() and num.t1 < cur.n and cur.t[num.t1].start == end
                                    and cur.t[num.t1].kind == WORD
                                    and signal_at(cur, num.t1, prefix=False) is None
                                    and not period_word(cur, num.t1)):
        return True
    if after != "/":
        return False
    # "$85/bbl": a unit after the slash; "s/a/$1/g", "$1/": a substitution. (A period there returned above.)
    unit = cur.t[num.t1 + 1] if num.t1 + 1 < cur.n else None
    return unit is None or not (unit.kind == WORD and unit.attached and len(unit.text) >= 2 and unit.text.isalpha())


def ordinary_name(cur: Cursor, num: Amount, sig: Signal) -> bool:
    """True when the name ``sig`` after the number ``num`` is an ordinary word there, not money: a weight
    ("3 Pfund Mehl"), the adjective of a noun after it ("3 złote medale"), or a name as often a noun, with
    no scale, no decimals and no money word shortly before ("j'ai lu 10 livres"), unless it is written alone
    ("quasi neuf livres", "10 livres": a price field or a query)."""
    lang = cur.lang
    name = sig.text.lower()
    if name in lang.weight_names and weight(cur, num.t0, sig.t1):
        return True
    if sig.t1 < cur.n and cur.near(sig.t1) and cur.low(sig.t1) in lang.name_adjective_nouns:
        return True
    if name not in lang.names_needing_money_context or num.mult or num.decimals:
        return False
    for k in range(num.t0 - 1, max(-1, num.t0 - 4), -1):
        if cur.t[k].kind == PUNCT:
            break
        if cur.t[k].low in lang.money_context_words or cur.t[k].low in lang.pay_nouns:
            return False
    return not _alone(cur, num.t0, sig.t1)


def _alone(cur: Cursor, t0: int, t1: int) -> bool:
    """True when tokens t0..t1-1 are the whole text but for approximation or bound words before them and
    punctuation after ("quasi neuf livres"): a phrase written alone is the price it names."""
    k = t0
    while k > 0:
        used = phrase_before(cur, k, cur.lang.approx_before) or phrase_before(cur, k, cur.lang.bounds_before)
        if not used:
            break
        k -= used
    if k > 0 or cur.text[: cur.t[0].start].strip():
        return False
    return all(cur.t[x].kind == PUNCT for x in range(t1, cur.n)) and not cur.text[cur.t[cur.n - 1].end :].strip()


def weight(cur: Cursor, t0: int, t1: int) -> bool:
    """True when "pounds" between tokens t0 and t1 weigh: a verb of weight within three words before
    the number ("weighs about 180 pounds"), or a unit of weight after it ("7 pounds 4 ounces")."""
    lang = cur.lang
    if phrase_at(cur, t1, lang.weight_followers, 2) and cur.near(t1):
        return True
    if t1 + 1 < cur.n and cur.t[t1].kind == NUM and cur.low(t1 + 1) in lang.weight_followers:
        return True
    for k in range(t0 - 1, max(-1, t0 - 4), -1):
        if cur.t[k].kind == PUNCT:
            return False
        if cur.t[k].low in lang.weight_verbs:
            return True
    return False


def year_span(cur: Cursor, lo: Amount, hi: Amount) -> bool:
    """"2012–13", "2019-2023": a span of years, never money, whatever follows."""
    if lo.signal is not None or lo.mult or lo.decimals or hi.mult or hi.decimals:
        return False
    lt = cur.t[lo.t0].text
    ht = cur.t[hi.t0].text if hi.t0 < cur.n else ""
    if not (lt.isdigit() and len(lt) == 4 and YEAR_LIKE_MIN <= int(lt) <= YEAR_LIKE_MAX):
        return False
    return ht.isdigit() and (len(ht) == 2 or (len(ht) == 4 and YEAR_LIKE_MIN <= int(ht) <= YEAR_LIKE_MAX))
