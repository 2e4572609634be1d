"""Portuguese: what the data cannot say. Numbers are written as words joined by "e": "cento e vinte e
cinco", "dois mil e quinhentos", "trezentos mil", "um milhão e meio", "dois milhões e quinhentos mil",
"meio milhão", and in Portugal "mil milhões" (10^9). The hundreds are words of their own ("duzentos",
"quinhentas"), listed among the units with their values; "um"/"uma" are articles, and one inside a number
("vinte e um mil").
"""

from __future__ import annotations

from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]


def _piece(lex: Lexicon, word: str) -> int | None:
    """The value of one number word below a thousand: a unit, a teen, a ten or a hundred."""
    value = lex.units.get(word)
    if value is None:
        value = lex.tens.get(word)
    return value


def _place(lex: Lexicon, word: str, value: int) -> int:
    """The place a piece fills: 100 for the hundreds, 10 for the tens, 1 for units and teens (a teen fills
    the tens and the units at once: nothing may follow it)."""
    if value >= 100:
        return 100
    if word in lex.tens:
        return 10
    return 1


def _below_thousand(lex: Lexicon, words: list[str], j: int) -> tuple[int, int] | None:
    """(value, index after) of a number below a thousand starting at words[j]: "cento e vinte e cinco",
    "duzentos", "vinte e um", "dezessete"; pieces after the first are joined by "e" and fill ever smaller
    places ("vinte e trinta" is two numbers)."""
    n = len(words)
    value = 0
    limit = 1000  # the next piece must be below this
    k = j
    end = j
    while k < n:
        w = words[k]
        piece = _piece(lex, w)
        if piece is None and k > j and w in lex.articles:
            piece = 1  # "vinte e um", "trinta e uma"
        if piece is None or piece >= limit or (piece == 0 and k > j):
            break
        value += piece
        k += 1
        end = k
        place = _place(lex, w, piece)
        limit = 1 if place == 1 or piece < 10 else place
        if limit == 1 or k + 1 >= n or words[k] not in lex.number_and:
            break
        nxt = words[k + 1]
        following = _piece(lex, nxt)
        if following is None and nxt in lex.articles:
            following = 1
        if following is None or following >= limit or following == 0:
            break
        k += 1  # the "e" joining the next piece
    if end == j:
        return None
    return value, end


def _head(lex: Lexicon, words: list[str], j: int) -> tuple[Decimal, int] | None:
    """The part of a number before its scale word: a number below a thousand, "um"/"uma" or "meio"/"meia"
    before a scale ("um milhão", "meio milhão"), a number with "vírgula" ("dois vírgula cinco milhões")."""
    n = len(words)
    nxt = words[j + 1] if j + 1 < n else ""
    w = words[j]
    if w in lex.articles:
        if nxt in lex.scales:
            return Decimal(1), j + 1
        return None
    if w in lex.fractions and nxt in lex.scales and lex.scales[nxt] > 3:
        num, den = lex.fractions[w]
        return context().divide(Decimal(num), Decimal(den)), j + 1
    got = _below_thousand(lex, words, j)
    if got is None:
        return None
    value, k = got
    if k + 1 < n and words[k] in lex.point_words:
        digit = lex.units.get(words[k + 1])
        if digit is not None and digit < 10 and k + 2 < n and words[k + 2] in lex.scales:
            return Decimal(value) + Decimal(digit) / 10, k + 2  # "dois vírgula cinco milhões"
    return Decimal(value), k


def _term(lex: Lexicon, words: list[str], j: int, below: int) -> tuple[Decimal, int, int] | None:
    """(value, index after, power of its big scale or 0) of one term of a number: [head] [mil [e] [head]]
    [big scale [e meio]], its big scale below ``below`` ("dois milhões" then "quinhentos mil")."""
    n = len(words)
    head = _head(lex, words, j) if j < n else None
    value = head[0] if head is not None else None
    k = head[1] if head is not None else j
    if k < n and lex.scales.get(words[k]) == 3 and below > 3:
        value = (value if value is not None else Decimal(1)) * 1000
        k += 1
        after = k + 1 if k < n and words[k] in lex.number_and else k
        tail = _below_thousand(lex, words, after) if after < n else None
        if tail is not None and not (tail[1] < n and words[tail[1]] in lex.scales):
            value += tail[0]  # "mil e quinhentos", "dois mil trezentos e vinte"
            k = tail[1]
    if value is None:
        return None
    power = 0
    if k < n and words[k] in lex.scales and 3 < lex.scales[words[k]] < below:
        power = lex.scales[words[k]]
        value = scaled(value, power)
        k += 1
        if k + 1 < n and words[k] in lex.number_and and words[k + 1] in lex.fractions:
            num, den = lex.fractions[words[k + 1]]
            value += scaled(context().divide(Decimal(num), Decimal(den)), power)  # "um milhão e meio"
            k += 2
    elif head is not None and head[0] != head[0].to_integral_value():
        return None  # "meio" without its scale
    return value, k, power


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a Portuguese number written in words, starting at ``words[i]`` (lower-case tokens). Returns
    (value, index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> pt = load("pt")
        >>> read_number_words(pt, "dois mil e quinhentos reais".split())
        (Decimal('2500'), 4)
        >>> read_number_words(pt, "um milhão e meio".split())
        (Decimal('1500000'), 4)
        >>> read_number_words(pt, "treze euros".split()), read_number_words(pt, "um real".split())
        ((Decimal('13'), 1), None)
    """
    n = len(words)
    total = Decimal(0)
    end = i
    below = 99
    j = i
    while j < n:
        start = j
        if j > i:
            if words[j] in lex.number_and:
                j += 1  # "dois milhões e quinhentos mil"
            if j >= n:
                break
        got = _term(lex, words, j, below)
        if got is None:
            break
        value, k, power = got
        if j > i and power == 0 and value >= Decimal(10) ** below:
            break
        total += value
        end = k
        j = k
        if power == 0:
            break  # a term without a big scale ends the number
        below = power
        if start == j:
            break
    if end == i:
        return None
    return total, end
