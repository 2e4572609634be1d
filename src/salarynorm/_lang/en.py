"""English: what the data cannot say. Number words compose by English rules ("three hundred and
fifty thousand", "two and a half million", "a quarter of a million"), and period phrases are built from
the period units with English articles ("an hour", "a year", "each month")."""

from __future__ import annotations

import functools
from decimal import Decimal

from .._decimals import context
from .lexicon import Lexicon

__all__ = ["period_phrases", "read_number_words"]


@functools.cache
def _digit_words(lex: Lexicon) -> dict[str, int]:
    return {w: v for w, v in lex.units.items() if v < 10}


def period_phrases(lex: Lexicon) -> dict[str, str]:
    """Every period spelling English writes, as Period.parse and the round-trip properties know them:
    the period words, "per <unit>", "/<unit>", "a day" ... "a year", "an hour", "each <unit>"."""
    units = lex.period_units
    whole = {u for u, p in units.items() if u == p}  # the full singular unit words
    return {
        **lex.period_words,
        **{f"per {u}": p for u, p in units.items() if u not in {"a", "pa"}},
        **{f"/{u}": p for u, p in units.items() if u not in {"pa", "calendar month"}},
        **{f"a {u}": p for u, p in units.items() if u in whole and u != "hour"},
        **{f"an {u}": p for u, p in units.items() if u == "hour"},
        **{f"each {u}": p for u, p in units.items() if u in whole and u not in {"fortnight", "quarter"}},
    }


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read an English number written in words, starting at ``words[i]`` (lowercase tokens, hyphens as
    their own "-" token). Returns (value, index after the last word used) for the longest reading, or None.

    Handles "twenty", "thirty-five thousand", "one hundred and fifty", "two and a half million",
    "half a million", "a quarter million", "a quarter of a million", "three quarters billion", "twelve
    lakh", "one point three".
    A leading "a"/"an" counts as one only before a scale or fraction word ("a million", "a quarter").

    Examples:
        >>> from salarynorm._lang import load
        >>> read_number_words(load("en"), "two and a half million".split())
        (Decimal('2500000.0'), 5)
    """
    digit_words = _digit_words(lex)
    n = len(words)
    total = Decimal(0)
    current = Decimal(0)
    last: str | None = None  # kind of the last word read: unit, tens, hundred, scale, and, frac, point
    end = i
    j = i
    while j < n:
        w = words[j]
        nxt = words[j + 1] if j + 1 < n else ""
        if w in lex.units:
            v = lex.units[w]
            if not (last in (None, "hundred", "scale", "and") or (last == "tens" and 0 < v < 10)):
                break
            current += v
            last = "unit"
        elif w in lex.tens:
            if last not in (None, "hundred", "scale", "and"):
                break
            current += lex.tens[w]
            last = "tens"
        elif w == "-" and last == "tens" and nxt in digit_words and digit_words[nxt] > 0:
            j += 1
            continue
        elif w in lex.hundred:
            if last not in ("unit", "tens") or (current % 100 == 0 and current >= 100):
                break
            current *= 100
            last = "hundred"
        elif w in lex.scales:
            if last not in ("unit", "tens", "hundred", "frac", "point"):
                break
            scale = Decimal(10) ** lex.scales[w]
            total += current * scale
            current = Decimal(0)
            last = "scale"
        elif w in lex.number_and:
            if last in ("hundred", "scale") and (nxt in lex.units or nxt in lex.tens):
                last = "and"
                j += 1
                continue
            if last in ("unit", "tens") and nxt in lex.articles and j + 2 < n and words[j + 2] in lex.fractions:
                num, den = lex.fractions[words[j + 2]]
                current += context().divide(Decimal(num), Decimal(den))
                last = "frac"
                j += 3
                end = j
                continue
            break
        elif w in lex.articles and last is None:
            if nxt in lex.scales or nxt in lex.hundred:
                current = Decimal(1)
                last = "unit"
            elif nxt in lex.fractions and not nxt.endswith("s"):
                j += 1
                continue
            else:
                break
        elif w in lex.fractions:
            num, den = lex.fractions[w]
            frac = context().divide(Decimal(num), Decimal(den))
            if last is None and not w.endswith("s"):
                current = frac
            elif last == "unit" and w.endswith("s") and current < 10:
                current *= frac  # "three quarters"
            else:
                break
            last = "frac"
            if nxt in lex.articles and j + 2 < n and words[j + 2] in lex.scales:
                j += 1  # "half a million"
            elif nxt in lex.fraction_of and j + 3 < n and words[j + 2] in lex.articles and words[j + 3] in lex.scales:
                j += 2  # "a quarter of a million", "three quarters of a billion"
        elif w in lex.point_words and last in ("unit", "tens", "hundred") and nxt in digit_words:
            k = j + 1
            digits = ""
            while k < n and words[k] in digit_words:
                digits += str(digit_words[words[k]])
                k += 1
            current += Decimal("0." + digits)
            last = "point"
            j = k
            end = j
            continue
        else:
            break
        j += 1
        end = j
    if last is None or end == i:
        return None
    return total + current, end
