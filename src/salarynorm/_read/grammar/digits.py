"""Numbers in digits and the multipliers after them.

Rules:

* ``digits_at``: a number in digits in any grouping ("1,234.56", "1.234,56", "1 234", "12,50,000",
  "98'500"), with the digit groups a space splits ("1 234,56"), the cents a price field writes apart
  ("$119. 95"), the thousands a stray space splits off ("N250, 000") and the dash of "no fraction" ("50,-",
  "4850.-"); never a percentage ("5 %");
* ``multiplier_at``: a multiplier after it ("$900k", "£2.5bn", "$1.5-billion", "₹1.5 lakh crore");
* ``glued_period``: a period glued to the multiplier ("£25kpa");
* ``digits_for``: "KD 1.234" is 1.234 when every currency the signal may be has three minor digits;
* ``decimals_per_unit``: "$7.125 an hour", "$3.499 a gallon", "gas at $3.499" are 7.125 and 3.499.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..._decimals import context, scaled
from ..numbers import read_digits
from ..tokens import NUM, PUNCT, WORD
from .cursor import SPACES, Cursor
from .nodes import Amount, Expr, Signal

__all__ = ["MAX_NUMBER_CHARS", "decimals_per_unit", "digits_at", "digits_for", "multiplier_at"]

# The longest number (in characters) read as money: no real amount has 40 digits, and Decimal
# conversion of megabyte-long digit runs would not be linear.
MAX_NUMBER_CHARS: Final = 40


def multiplier_at(cur: Cursor, i: int, *, foreign: bool = False) -> tuple[int, int, bool] | None:
    """(power of ten, tokens used, implies money) of a multiplier word at token i ("k", "million"),
    also after a hyphen for the long words ("$1.5-billion", "a $5-million contract"). ``foreign``: after
    digits, a scale word of another language that reads alike in every language is one too ("$ 300
    milhões" in a Spanish text; see ``vocabulary.foreign_scales``)."""
    lang = cur.lang
    if cur.is_punct(i, "-") and cur.t[i].attached and i + 1 < cur.n and cur.t[i + 1].attached \
            and cur.t[i + 1].kind == WORD and cur.t[i + 1].low in lang.scales:
        return lang.scales[cur.t[i + 1].low], 2, False
    if i >= cur.n or cur.t[i].kind != WORD or not cur.near(i):
        return None
    w = cur.t[i].low
    key = w if w in lang.multipliers else w.rstrip(".")
    if key not in lang.multipliers:
        if foreign and w in cur.v.foreign_scales and cur.spaced_once(i):
            return cur.v.foreign_scales[w], 1, False
        return None
    if key in lang.short_multipliers and not cur.spaced_once(i):
        return None
    if cur.t[i].text in lang.multipliers_attached_only and not cur.t[i].attached:
        return None
    power = lang.multipliers[key]
    if key in lang.stacking_scales and i + 1 < cur.n and cur.spaced_once(i + 1):
        top = cur.t[i + 1].low.rstrip(".")
        if top in lang.stacked_scales and lang.stacked_scales[top] > power:
            return power + lang.stacked_scales[top], 2, False  # "₹1.5 lakh crore" is 1.5 × 10^12
    return power, 1, key in lang.money_multipliers


def glued_period(cur: Cursor, j: int) -> tuple[int, str, str] | None:
    """(power, period, period as written) of a word that glues a period to a multiplier: "kpa" of
    "£25kpa", "Kpcm" of "£2Kpcm"."""
    w = cur.t[j].low
    lang = cur.lang
    for cut in (1, 2):
        head, tail = w[:cut], w[cut:]
        if head in lang.short_multipliers and tail in lang.glued_periods:
            if w.upper() in cur.tab.currencies or w in cur.names:
                return None  # "1KPW" is a North Korean won, not a thousand a week
            return lang.multipliers[head], lang.period_words[tail], tail
    return None


# The most thousands groups a stray space may split off ("N1, 500, 000, 000"): bounded, so that a long run of
# "1, 000, 000, ..." costs each start a constant.
_STRAY_GROUPS: Final = 4


def _stray_spaced_groups(cur: Cursor, i: int, j: int, raw: str) -> int:
    """The token after the thousands groups that a stray space splits from the number ending before token j
    ("N250, 000", "N1, 500, 000", common in Nigerian writing), or j itself. Only groups ending in "000" and
    making a well-grouped number: a list ("5, 10, 250", "$250, 500 or 750") never reads as one."""
    k = j
    groups = ""
    last = ""
    for _ in range(_STRAY_GROUPS):
        if not (k + 1 < cur.n and cur.is_punct(k, ",") and cur.t[k].attached and cur.gap(k + 1) == " "
                and cur.t[k + 1].kind == NUM and len(cur.t[k + 1].text) == 3 and cur.t[k + 1].text.isdigit()):
            break
        last = cur.t[k + 1].text
        groups += "," + last
        k += 2
    if last != "000" or (cur.is_punct(k, ",.") and k + 1 < cur.n and cur.t[k].attached and cur.t[k + 1].attached):
        return j  # not ending in "000", or more digits glued after it: "250, 000,5" is no number we know
    written = raw + groups
    reading = read_digits(written)
    return k if reading is not None and reading.length == len(written) and not reading.decimals else j


def digits_at(cur: Cursor, i: int) -> Amount | None:
    """The number in digits at token i, with a multiplier after it, or None (a percentage, a number too
    long for money, digits that only begin a numeral phrase)."""
    tok = cur.t[i]
    if len(tok.text) > MAX_NUMBER_CHARS:
        return None
    if i >= 2 and tok.attached and cur.is_punct(i - 1, "#") and cur.t[i - 1].attached \
            and cur.is_punct(i - 2, "&") and cur.is_punct(i + 1, ";") and cur.t[i + 1].attached:
        return None  # "&#36;": a character reference (read as HTML with markup="html"), never the number 36
    raw = tok.text
    j = i + 1
    # "1 234,56", "2 660": digit groups split by single spaces form one number when the groups say so.
    if len(raw) <= 3 and raw.isdigit():
        while j < cur.n and cur.t[j].kind == NUM and len(cur.gap(j)) == 1 and cur.gap(j) in SPACES:
            nxt = cur.t[j].text
            head = nxt.split(",")[0].split(".")[0]
            if len(head) != 3 or not head.isdigit() or "," in raw or "." in raw:
                break
            raw = raw + cur.gap(j) + nxt
            j += 1
    if cur.field and j + 1 < cur.n and cur.is_punct(j, ".,") and cur.t[j].attached \
            and cur.t[j + 1].kind == NUM and len(cur.t[j + 1].text) == 2 and cur.t[j + 1].text.isdigit() \
            and cur.gap(j + 1) == " " and cur.t[j].text not in raw:
        raw = raw + cur.t[j].text + cur.t[j + 1].text  # price fields: "$119. 95", "118, 99 TL"
        j += 2
    elif "." not in raw and j + 1 < cur.n and cur.is_punct(j, ",") and cur.t[j].attached:
        j = _stray_spaced_groups(cur, i, j, raw)
        raw = cur.text[cur.t[i].start : cur.t[j - 1].end]
    lang = cur.lang
    if j < cur.n and cur.t[j].kind == PUNCT and cur.t[j].text in lang.percent_signs and cur.near(j):
        return None
    dash_cents = j + 1 < cur.n and cur.is_punct(j, ".,/") and cur.t[j].attached \
        and cur.is_punct(j + 1, "-–—") and cur.t[j + 1].attached \
        and (j + 2 >= cur.n or not (cur.t[j + 2].attached and cur.t[j + 2].kind == NUM))
    if j < cur.n and cur.t[j].low in lang.percent_words and cur.near(j):
        return None
    mult = multiplier_at(cur, j, foreign=True)
    glued = None
    if mult is None and j < cur.n and cur.t[j].attached and cur.t[j].kind == WORD:
        if cur.t[j].text[0] in lang.cjk_numerals and not lang.myriad_scales:
            return None  # "1億円", "3千万": a numeral phrase these digits only begin (read whole where the
            # language counts in myriads: there a word starting with one is another word, "1百慕大元")
        glued = glued_period(cur, j)
        if glued is not None:
            mult = glued[0], 1, False
    written = raw.replace(". ", ".").replace(", ", ",")
    reading = read_digits(written, three_decimals=mult is not None, decimal_mark=lang.decimal_mark)
    if reading is None or reading.length != len(written):
        return None
    amt = Amount(reading.value, i, j, decimals=reading.decimals or (dash_cents and mult is None))
    if dash_cents and mult is None:
        amt.tail = 2  # "50,- Kč", "1.899,-", "Rs. 25,000/-": a dash for "no fraction" (Central European, Indian)
    amt.raw = raw
    if mult is not None:
        power, used, money = mult
        amt.number = scaled(amt.number, power)
        amt.mult = power
        amt.t1 = j + used
        amt.grand = money
        amt.scale_word = cur.t[j + used - 1].low
        if glued is not None:
            amt.period = glued[1]
            amt.scale_word = cur.t[j].low[: -len(glued[2])]
        k = amt.t1
        if k + 1 < cur.n and cur.t[k].low in lang.number_and and cur.t[k + 1].low in lang.fractions \
                and cur.near(k) and cur.near(k + 1):
            num, den = lang.fractions[cur.t[k + 1].low]  # "2 milliards et demi", "3 millones y medio"
            amt.number = amt.number + scaled(context().divide(Decimal(num), Decimal(den)), power)
            amt.t1 = k + 2
        elif k + 1 < cur.n and cur.t[k].kind == NUM and cur.t[k].text.isdigit() and len(cur.t[k].text) <= 3 \
                and cur.spaced_once(k) and cur.t[k + 1].kind == WORD and cur.spaced_once(k + 1) \
                and lang.scales.get(cur.t[k + 1].low, power) < power \
                and Decimal(cur.t[k].text) < Decimal(10) ** (power - lang.scales[cur.t[k + 1].low]):
            # "2 millones 450 mil": a remainder in a smaller scale after the scale
            amt.number = amt.number + scaled(Decimal(cur.t[k].text), lang.scales[cur.t[k + 1].low])
            amt.t1 = k + 2
            amt.scale_word = cur.t[k + 1].low
    return amt


# How far before an amount a fuel word makes it a fuel price ("regular gas averaged $3.499").
_FUEL_REACH: Final = 5
# Punctuation that ends the sentence a fuel word must share with the amount.
_SENTENCE_ENDS: Final = frozenset(".!?;")


def decimals_per_unit(cur: Cursor, expr: Expr) -> None:
    """Re-read "$7.125" as 7.125 where three decimals are what is meant: beside an hourly period ("$7.125 an
    hour"), a price per unit ("$3.499 a gallon", "$1.125 per share") or a fuel price ("diesel at $4.125").
    Alone, "$1.250" stays 1,250."""
    lang = cur.lang
    if lang.decimal_mark == "," or not (_three_decimals(expr.lo) or _three_decimals(expr.hi)):
        return
    k = expr.next
    per_unit = k + 1 < cur.n and cur.low(k) in lang.period_prepositions and cur.low(k + 1) in lang.unit_price_nouns \
        and cur.near(k) and cur.near(k + 1)
    if not (expr.period == "hour" or per_unit or _fuel_before(cur, expr.t0)):
        return
    for a in (expr.lo, expr.hi):
        if _three_decimals(a) and a.raw is not None:
            reading = read_digits(a.raw, three_decimals=True)
            if reading is not None:
                a.number = reading.value
                a.decimals = True


def _three_decimals(amt: Amount) -> bool:
    """An amount written with one "." before exactly three digits and nothing else ("7.125"), read as a
    grouping."""
    raw = amt.raw
    if raw is None or amt.mult or amt.decimals or raw.count(".") != 1 or not raw.replace(".", "").isdigit():
        return False
    head, tail = raw.split(".")
    return len(tail) == 3 and 1 <= len(head) <= 3


def _fuel_before(cur: Cursor, i: int) -> bool:
    """True when a fuel word is among the few words before token i, in its sentence."""
    for k in range(i - 1, max(-1, i - 1 - _FUEL_REACH), -1):
        if cur.t[k].kind == PUNCT and cur.t[k].text in _SENTENCE_ENDS:
            return False
        if cur.t[k].low in cur.lang.fuel_nouns:
            return True
    return False


def digits_for(cur: Cursor, amt: Amount, signal: Signal | None = None) -> None:
    """Re-read "1.234" as 1.234 when every currency the signal may be has three minor digits
    ("KD 1.234", "423.923 OMR"): there a lone separator before three digits is a decimal point.
    ``signal`` is the one the amount inherits when it has none of its own (a range's other end)."""
    sig = amt.signal or signal
    if sig is None or amt.raw is None or amt.mult or not sig.candidates:
        return
    info = cur.tab.currencies
    if all(c in info and info[c].digits == 3 for c in sig.candidates):
        reading = read_digits(amt.raw, three_decimals=True)
        if reading is not None:
            amt.number = reading.value
            amt.decimals = reading.decimals
