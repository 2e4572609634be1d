"""Italian: what the data cannot say. Italian writes numbers below a million as one word, tens before units
("venticinquemila" is 25,000, "tremilacinquecento" 3,500, "centottanta" 180: a ten or "cento" drops its
last vowel before a unit that begins with one, "ventotto", "trentuno"), and scales above as words of their
own ("due milioni", "un miliardo", "mezzo milione", "un milione e mezzo", "un milione e duecentomila").
"""

from __future__ import annotations

import functools
from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

_VOWELS = "aeiouàèéìòù"


@functools.cache
def _pieces(lex: Lexicon) -> tuple[tuple[str, str, int, bool], ...]:
    """(piece, kind, value, elided) for every piece of a numeral word, longest first: kind "u" (a unit below
    20), "t" (tens), "h" (hundred), "k" (thousand: "mila", "mille"). An elided piece ("vent" of "ventotto",
    "cent" of "centottanta", "un" of "ventun") stands only before a piece that begins with a vowel."""
    out: dict[str, tuple[str, int, bool]] = {}
    for w, v in lex.units.items():
        if v < 20:
            out[w] = ("u", v, False)
            if v == 1 and w[-1] in _VOWELS:
                out.setdefault(w[:-1], ("u", v, True))  # "ventun", "trentun"
    for w, v in lex.tens.items():
        out[w] = ("t", v, False)
        if w[-1] in _VOWELS:
            out.setdefault(w[:-1], ("t", v, True))  # "ventotto", "trentuno"
    for w in lex.hundred:
        out[w] = ("h", 100, False)
        if w[-1] in _VOWELS:
            out.setdefault(w[:-1], ("h", 100, True))  # "centottanta", "centuno"
    for w, p in lex.scales.items():
        if p == 3 and w.isalpha():
            out[w] = ("k", 1000, False)
    return tuple(sorted(((w, k, v, e) for w, (k, v, e) in out.items()), key=lambda x: (-len(x[0]), x[0])))


def _split(word: str, pieces: tuple[tuple[str, str, int, bool], ...]) -> list[tuple[str, int]] | None:
    """The pieces ``word`` is made of, or None; tries longer pieces first and backtracks."""
    if not word:
        return []
    for piece, kind, value, elided in pieces:
        if word.startswith(piece):
            rest = word[len(piece):]
            if elided and (not rest or rest[0] not in _VOWELS):
                continue
            tail = _split(rest, pieces)
            if tail is not None:
                return [(kind, value), *tail]
    return None


def _below_thousand(parts: list[tuple[str, int]]) -> int | None:
    """[unit] cento [below hundred] | below hundred, where below hundred is a unit or teen, tens, or tens
    and a unit ("venticinque")."""
    value = 0
    at = next((k for k, (kind, _) in enumerate(parts) if kind == "h"), -1)
    if at >= 0:
        head = parts[:at]
        if len(head) > 1 or (head and (head[0][0] != "u" or not 2 <= head[0][1] <= 9)):
            return None
        value = (head[0][1] if head else 1) * 100
        parts = parts[at + 1 :]
    kinds = [k for k, _ in parts]
    if not kinds:
        return value if value else None
    if kinds in (["u"], ["t"]):
        return value + parts[0][1]
    if kinds == ["t", "u"] and 1 <= parts[1][1] <= 9:
        return value + parts[0][1] + parts[1][1]
    return None


def _numeral(word: str, lex: Lexicon) -> int | None:
    """The value of one numeral word ("venticinquemila", "tremilacinquecento", "centottanta"), or None."""
    parts = _split(word, _pieces(lex))
    if not parts:
        return None
    at = next((k for k, (kind, _) in enumerate(parts) if kind == "k"), -1)
    if at < 0:
        return _below_thousand(parts)
    head = _below_thousand(parts[:at]) if parts[:at] else 1
    tail = _below_thousand(parts[at + 1 :]) if parts[at + 1 :] else 0
    if head is None or tail is None:
        return None
    return head * 1000 + tail


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read an Italian number written in words, starting at ``words[i]`` (lower-case tokens). Returns
    (value, index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> it = load("it")
        >>> read_number_words(it, ["venticinquemila"]), read_number_words(it, "un milione e mezzo".split())
        ((Decimal('25000'), 1), (Decimal('1500000'), 4))
        >>> read_number_words(it, "due milioni trecentomila".split())
        (Decimal('2300000'), 3)
    """
    n = len(words)
    total = Decimal(0)
    current: Decimal | None = None
    end = i
    j = i
    last_scale = 99
    while j < n:
        w = words[j]
        if w in lex.scales and lex.scales[w] > 3:
            power = lex.scales[w]
            if current is None or power >= last_scale:
                break
            total += scaled(current, power)
            last_scale = power
            current = None
            j += 1
            end = j
            if j + 1 < n and words[j] in lex.number_and and words[j + 1] in lex.fractions:
                num, den = lex.fractions[words[j + 1]]
                total += scaled(context().divide(Decimal(num), Decimal(den)), power)  # "un milione e mezzo"
                j += 2
                end = j
                break
            if j + 1 < n and words[j] in lex.number_and:
                j += 1  # "un milione e duecentomila": what follows must be smaller (checked below)
            continue
        if w in lex.fractions and current is None and last_scale == 99 and j + 1 < n \
                and words[j + 1] in lex.scales and lex.scales[words[j + 1]] > 3:
            num, den = lex.fractions[w]
            current = context().divide(Decimal(num), Decimal(den))  # "mezzo milione"
            j += 1
            continue
        if w in lex.point_words and current is not None and j + 1 < n:
            frac = _numeral(words[j + 1], lex) if words[j + 1] not in lex.units else lex.units[words[j + 1]]
            if frac is not None and frac < 10:
                current = current + Decimal(f"0.{frac}")  # "due virgola cinque milioni"
                j += 2
                continue
            break
        if w in lex.number_and and current is not None and last_scale == 99 and j + 1 < n \
                and current >= 1000 and current % 1000 == 0:
            small = _numeral(words[j + 1], lex)
            if small is not None and small < 1000:
                current += small  # "duemila e cinquecento"
                j += 2
                end = j
            break
        if current is not None:
            break
        if w in lex.articles and w not in lex.units:
            after = words[j + 1] if j + 1 < n else ""
            if after in lex.scales and lex.scales[after] > 3:
                current = Decimal(1)  # "un milione", "una ventina" is not read
                j += 1
                continue
            break
        unit = lex.units.get(w)
        value = unit if unit is not None else _numeral(w, lex)
        if value is None:
            break
        if last_scale != 99 and Decimal(value) >= scaled(Decimal(1), last_scale):
            break  # "tra un milione e due milioni": not one number
        current = Decimal(value)
        j += 1
        end = j
        if j < n and words[j] in lex.scales and lex.scales[words[j]] == 3 and words[j].isalpha():
            current = current * 1000  # "venti mila"
            j += 1
            end = j
    if current is not None:
        total += current
    if end == i:
        return None
    return total, end
