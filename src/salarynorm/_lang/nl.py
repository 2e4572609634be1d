"""Dutch: what the data cannot say. Dutch writes numbers below a million as one word, units before tens
("vijfentwintigduizend" is 25,000, "tweeëntwintig" 22, "tweehonderdvijftig" 250, "vijftienhonderd" 1,500,
"tweeënhalf" 2.5), and scales above as words of their own ("twee miljoen", "een half miljoen", "anderhalf
miljard", "1,5 biljoen" is 1.5 × 10^12). Text that writes the parts apart ("vijf honderd", "twee-en-veertig",
"twintig duizend") reads as the one word would.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

# Kinds of the pieces a numeral word is made of.
_UNIT = "u"  # a unit or teen below twenty ("twee", "vijftien"; "een" inside a word: "eenentwintig")
_TENS = "t"  # "twintig"
_HUNDRED = "h"  # "honderd"
_THOUSAND = "k"  # "duizend"
_AND = "&"  # "en", "ën"
_FRACTION = "f"  # "half", "kwart", "anderhalf", "driekwart"

_Piece = tuple[str, str, int, int]  # (piece, kind, numerator, denominator)


@functools.cache
def _pieces(lex: Lexicon) -> tuple[_Piece, ...]:
    """Every piece of a numeral word, longest first."""
    out: dict[str, tuple[str, int, int]] = {}
    for w, v in lex.units.items():
        if v < 20:
            out[w] = (_UNIT, v, 1)
    for w in lex.articles:
        if w in lex.numeral_prefixes:
            out.setdefault(w, (_UNIT, 1, 1))  # the article is the one inside a word: "eenentwintig"
    for w, v in lex.tens.items():
        out[w] = (_TENS, v, 1)
    for w in lex.hundred:
        out[w] = (_HUNDRED, 100, 1)
    for w, p in lex.scales.items():
        if p == 3 and w.isalpha():
            out[w] = (_THOUSAND, 1000, 1)
    for w in lex.number_and:
        out[w] = (_AND, 0, 1)
    for w, (num, den) in lex.fractions.items():
        out[w] = (_FRACTION, num, den)
    return tuple(sorted(((w, k, n, d) for w, (k, n, d) in out.items()), key=lambda x: (-len(x[0]), x[0])))


def _split(word: str, pieces: tuple[_Piece, ...]) -> list[_Piece] | None:
    """The pieces ``word`` is made of, or None; tries longer pieces first and backtracks."""
    if not word:
        return []
    for piece in pieces:
        if word.startswith(piece[0]):
            rest = _split(word[len(piece[0]):], pieces)
            if rest is not None:
                return [piece, *rest]
    return None


def _below_hundred(parts: list[_Piece]) -> int | None:
    """A unit, a teen, tens, or a unit "en" tens ("vijfentwintig")."""
    kinds = [p[1] for p in parts]
    if kinds in ([_UNIT], [_TENS]):
        return parts[0][2]
    if kinds == [_UNIT, _AND, _TENS] and 0 < parts[0][2] < 10:
        return parts[0][2] + parts[2][2]
    return None


def _below_thousand(parts: list[_Piece]) -> int | None:
    """[head] honderd [below hundred] | below hundred; the head is a unit or, as in "vijftienhonderd" and
    "vijfentwintighonderd", any number below a hundred."""
    at = next((k for k, p in enumerate(parts) if p[1] == _HUNDRED), -1)
    if at < 0:
        return _below_hundred(parts)
    head = _below_hundred(parts[:at]) if at else 1
    tail = _below_hundred(parts[at + 1 :]) if at + 1 < len(parts) else 0
    if head is None or tail is None or head < 1:
        return None
    return head * 100 + tail


def _numeral(word: str, lex: Lexicon) -> tuple[Decimal, bool] | None:
    """(value, whether it is a bare fraction) of one numeral word ("vijfentwintigduizend", "tweeënhalf",
    "anderhalf", "driekwart"), or None. A bare fraction counts only before a scale ("een half miljoen")."""
    parts = _split(word, _pieces(lex))
    if not parts:
        return None
    ctx = context()
    if parts[-1][1] == _FRACTION:
        frac = ctx.divide(Decimal(parts[-1][2]), Decimal(parts[-1][3]))
        if len(parts) == 1:
            return frac, True  # "anderhalf", "driekwart", "half"
        body = parts[:-1]
        if len(body) >= 2 and body[-1][1] == _UNIT and body[-1][2] == 1 and body[-2][1] == _AND:
            body = body[:-1]  # "vijfeneenhalf"
        if len(body) < 2 or body[-1][1] != _AND or frac >= 1:
            return None
        whole = _integer(body[:-1])
        return (None if whole is None else (whole + frac, False))
    whole = _integer(parts)
    return None if whole is None else (whole, False)


def _integer(parts: list[_Piece]) -> Decimal | None:
    """[below thousand] duizend [below thousand] | below thousand."""
    if not parts:
        return None
    at = next((k for k, p in enumerate(parts) if p[1] == _THOUSAND), -1)
    if at < 0:
        small = _below_thousand(parts)
        return None if small is None else Decimal(small)
    if any(p[1] == _THOUSAND for p in parts[at + 1 :]):
        return None
    head = _below_thousand(parts[:at]) if at else 1
    tail = _below_thousand(parts[at + 1 :]) if at + 1 < len(parts) else 0
    if head is None or tail is None:
        return None
    return Decimal(head * 1000 + tail)


def _joined(lex: Lexicon, words: list[str], j: int) -> tuple[Decimal, bool, int] | None:
    """The longest numeral starting at words[j], written as one word or in parts the text spaced or hyphenated
    ("vijf honderd", "twee en veertig", "twintig duizend"): (value, bare fraction, index after it)."""
    pieces = _pieces(lex)
    best: tuple[Decimal, bool, int] | None = None
    joined = ""
    k = j
    while k < len(words) and k - j < 6:
        w = words[k]
        if w == "-":
            k += 1
            continue
        if _split(w, pieces) is None:
            break
        joined += w
        got = _numeral(joined, lex)
        if got is not None:
            best = (got[0], got[1], k + 1)
        k += 1
    return best


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a Dutch number written in words, starting at ``words[i]`` (lower-case tokens). Returns (value,
    index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> nl = load("nl")
        >>> read_number_words(nl, ["vijfentwintigduizend"]), read_number_words(nl, "een half miljoen".split())
        ((Decimal('25000'), 1), (Decimal('500000'), 3))
        >>> read_number_words(nl, "twee miljoen driehonderdduizend".split())
        (Decimal('2300000'), 3)
    """
    n = len(words)
    ctx = context()
    total = Decimal(0)
    current: Decimal | None = None
    fraction_only = False
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
            fraction_only = False
            j += 1
            end = j
            continue
        if current is not None and not fraction_only and w in lex.number_and and j + 2 < n \
                and words[j + 1] in lex.articles and words[j + 2] in lex.fractions:
            num, den = lex.fractions[words[j + 2]]
            if num < den and current == current.to_integral_value():
                current += ctx.divide(Decimal(num), Decimal(den))  # "twee en een half miljoen"
                fraction_only = True  # it needs its scale, as a bare fraction does
                j += 3
                continue
            break
        if w in lex.point_words and current is not None and not fraction_only and j + 1 < n:
            got = _joined(lex, words, j + 1)
            if got is not None and not got[1] and got[0] < 10 and got[2] == j + 2:
                current = current + Decimal(f"0.{int(got[0])}")  # "twee komma vijf miljoen"
                fraction_only = True
                j += 2
                continue
            break
        if current is not None:
            break
        if w in lex.articles:
            after = words[j + 1] if j + 1 < n else ""
            if after in lex.scales and lex.scales[after] > 3:
                current = Decimal(1)  # "een miljoen", "een miljard"
                j += 1
                continue
            if after in lex.fractions and j + 2 < n and words[j + 2] in lex.scales:
                num, den = lex.fractions[after]
                current = ctx.divide(Decimal(num), Decimal(den))  # "een half miljoen", "een kwart miljard"
                fraction_only = True
                j += 2
                continue
            break  # "een pond kaas", "een euro": an article, not a number
        got = _joined(lex, words, j)
        if got is None:
            break
        current, fraction_only, j = got
        if not fraction_only:
            end = j
    if current is not None and not fraction_only:
        total += current
    if end == i:
        return None
    return total, end
