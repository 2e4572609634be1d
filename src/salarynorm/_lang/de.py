"""German: what the data cannot say. German writes numbers below a million as one word, units before tens
("fünfundzwanzigtausend" is 25,000, "zweihundertfünfzig" 250, "dreieinhalb" 3.5), and scales above as
words of their own ("zwei Millionen", "eine halbe Milliarde", "1,5 Billionen" is 1.5 × 10^12).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

# Pieces a German numeral word is made of, besides the lexicon's units, tens and "hundert"/"tausend": the
# forms units take inside compounds, and the fractions glued to a number.
_INNER_UNITS = {"ein": 1, "sieb": 7}  # "einhundert", "einundzwanzig"; "siebzehn" is a teen of its own
_HALF = ("einhalb", "anderthalb")


@functools.cache
def _pieces(lex: Lexicon) -> tuple[tuple[str, str, int], ...]:
    """(piece, kind, value) for every piece of a numeral word, longest first: kind "u" (unit below 20),
    "t" (tens), "h" (hundred), "k" (thousand), "&" ("und"), "½" ("einhalb")."""
    out: dict[str, tuple[str, int]] = {}
    for w, v in lex.units.items():
        if v < 20 and w not in lex.articles:
            out[w] = ("u", v)
    for w, v in _INNER_UNITS.items():
        out.setdefault(w, ("u", v))
    for w, v in lex.tens.items():
        out[w] = ("t", v)
    for w in lex.hundred:
        out[w] = ("h", 100)
    for w, p in lex.scales.items():
        if p == 3 and "." not in w:
            out[w] = ("k", 1000)
    for w in lex.number_and:
        out[w] = ("&", 0)
    for w in _HALF:
        out[w] = ("½", 0)
    return tuple(sorted(((w, k, v) for w, (k, v) in out.items()), key=lambda x: -len(x[0])))


def _split(word: str, pieces: tuple[tuple[str, str, int], ...]) -> list[tuple[str, int]] | None:
    """The pieces ``word`` is made of, or None; tries longer pieces first and backtracks ("eineinhalb" is
    "ein" + "einhalb", not "eine" + ...)."""
    if not word:
        return []
    for piece, kind, value in pieces:
        if word.startswith(piece):
            rest = _split(word[len(piece):], pieces)
            if rest is not None:
                return [(kind, value), *rest]
    return None


def _below_thousand(parts: list[tuple[str, int]]) -> int | None:
    """[unit] hundert [below hundred] | below hundred, where below hundred is a unit, a teen, tens, or a
    unit "und" tens ("fünfundzwanzig")."""
    value = 0
    if any(k == "h" for k, _ in parts):
        at = next(i for i, (k, _) in enumerate(parts) if k == "h")
        head = parts[:at]
        if len(head) > 1 or (head and head[0][0] != "u") or (head and head[0][1] >= 10):
            return None
        value = (head[0][1] if head else 1) * 100
        parts = parts[at + 1 :]
    kinds = [k for k, _ in parts]
    if kinds == []:
        return value if value else None
    if kinds in (["u"], ["t"]):
        return value + parts[0][1]
    if kinds == ["u", "&", "t"] and parts[0][1] < 10:
        return value + parts[0][1] + parts[2][1]
    return None


def _numeral(word: str, lex: Lexicon) -> Decimal | None:
    """The value of one numeral word ("fünfundzwanzigtausend", "dreieinhalb", "anderthalb"), or None."""
    parts = _split(word, _pieces(lex))
    if not parts:
        return None
    half = parts[-1][0] == "½"
    if half:
        parts = parts[:-1]
        if word.endswith("anderthalb"):
            return Decimal("1.5") if not parts else None
    total = 0
    if any(k == "k" for k, _ in parts):
        at = next(i for i, (k, _) in enumerate(parts) if k == "k")
        head = _below_thousand(parts[:at]) if parts[:at] else 1
        tail = _below_thousand(parts[at + 1 :]) if parts[at + 1 :] else 0
        if head is None or tail is None:
            return None
        total = head * 1000 + tail
    else:
        small = _below_thousand(parts)
        if small is None:
            return None
        total = small
    return Decimal(total) + (Decimal("0.5") if half else 0)


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a German number written in words, starting at ``words[i]`` (lower-case tokens). Returns
    (value, index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> de = load("de")
        >>> read_number_words(de, ["fünfundzwanzigtausend"]), read_number_words(de, "eine halbe million".split())
        ((Decimal('25000'), 1), (Decimal('500000.0'), 3))
        >>> read_number_words(de, "zwei millionen dreihunderttausend".split())
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
            continue
        if w in lex.fractions and current == 1 and j + 1 < n and words[j + 1] in lex.scales:
            num, den = lex.fractions[w]
            current = context().divide(Decimal(num), Decimal(den))  # "eine halbe Million"
            j += 1
            continue
        if w in lex.point_words and current is not None and j + 1 < n:
            frac = _numeral(words[j + 1], lex)
            if frac is not None and frac == frac.to_integral_value() and frac < 10:
                current = current + Decimal(f"0.{int(frac)}")  # "zwei Komma fünf Millionen"
                j += 2
                continue
            break
        if current is not None:
            break
        if w in lex.articles:
            after = words[j + 1] if j + 1 < n else ""
            if after in lex.scales or after in lex.fractions:
                current = Decimal(1)  # "eine Million", "einer Billion", "eine halbe Million"
                j += 1
                end = j
                continue
            break  # "ein Pfund Butter": an article, not a number
        unit = lex.units.get(w)
        number = Decimal(unit) if unit is not None else _numeral(w, lex)
        if number is None:
            break
        current = number
        j += 1
        end = j
        if j < n and words[j] in lex.scales and lex.scales[words[j]] == 3:
            current = current * 1000  # "zwanzig Tausend"
            j += 1
            end = j
    if current is not None:
        total += current
    if end == i:
        return None
    return total, end
