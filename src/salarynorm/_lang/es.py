"""Spanish: what the data cannot say. Spanish writes numbers word by word ("dos mil quinientos", "treinta y
cinco", "un millón y medio"), twenty-one to twenty-nine and the hundreds as one word ("veintiún",
"doscientos", "quinientas"), and counts millions with "mil" before them: "mil millones" is 10^9 and the
"billón" a million million (10^12), the long scale.
"""

from __future__ import annotations

from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

# Hundreds that are no unit glued to "cientos": "quinientos" (500), and the stems of "setecientos" and
# "novecientos" ("siete", "nueve" change inside the compound).
_IRREGULAR_HUNDREDS = {"quinientos": 5, "quinientas": 5}
_INNER_UNITS = {"sete": 7, "nove": 9}


def _hundreds(lex: Lexicon, word: str) -> int | None:
    """The value of a hundreds word: "cien", "ciento" (100), "doscientos", "setecientas", "quinientos"."""
    if word in _IRREGULAR_HUNDREDS:
        return _IRREGULAR_HUNDREDS[word] * 100
    for h in lex.hundred:
        if not h.endswith("s"):
            if word == h:
                return 100  # "cien", "ciento"
            continue
        if word.endswith(h) and len(word) > len(h):
            stem = word[: -len(h)]
            unit = lex.units.get(stem)
            if unit is None:
                unit = _INNER_UNITS.get(stem)
            if unit is not None and 1 < unit < 10 and stem not in lex.articles:
                return unit * 100
    return None


def _below_thousand(lex: Lexicon, words: list[str], j: int) -> tuple[int, int] | None:
    """[hundreds] [tens ["y" unit] | unit] starting at words[j]: (value, index after), or None."""
    n = len(words)
    value = 0
    read = False
    if j < n:
        h = _hundreds(lex, words[j])
        if h is not None:
            value, read, j = h, True, j + 1
    if j < n and words[j] in lex.tens:
        value += lex.tens[words[j]]
        read = True
        j += 1
        if j + 1 < n and words[j] in lex.number_and and 0 < lex.units.get(words[j + 1], 0) < 10:
            value += lex.units[words[j + 1]]  # "treinta y cinco", "cuarenta y un mil"
            j += 2
    elif j < n and words[j] in lex.units and not (read and lex.units[words[j]] == 0):
        if words[j] in lex.articles and not read and not _scale_follows(lex, words, j + 1):
            return None  # "un dólar", "una libra": an article, not a number ("un millón" is one)
        value += lex.units[words[j]]  # "ciento un", "doscientas una"
        read = True
        j += 1
    return (value, j) if read else None


def _scale_follows(lex: Lexicon, words: list[str], j: int) -> bool:
    """A scale ("mil", "millones") or a fraction before one stands at words[j]: "un millón", "un medio millón"."""
    if j >= len(words):
        return False
    return words[j] in lex.scales or (words[j] in lex.fractions and j + 1 < len(words)
                                      and (words[j + 1] in lex.scales or words[j + 1] in lex.fraction_of))


def _thousands(lex: Lexicon, words: list[str], j: int) -> tuple[Decimal, int] | None:
    """A number below a million: [below thousand] ["mil" [below thousand]], or a fraction before a scale
    ("medio millón", "un cuarto de millón"): (value, index after), or None."""
    n = len(words)
    if j < n and words[j] in lex.articles and j + 1 < n and words[j + 1] in lex.fractions:
        j += 1  # "un cuarto de millón"
    if j < n and words[j] in lex.fractions:
        k = j + 1
        if k < n and words[k] in lex.fraction_of:
            k += 1
        if k < n and words[k] in lex.scales:
            num, den = lex.fractions[words[j]]
            return context().divide(Decimal(num), Decimal(den)), k
        return None
    got = _below_thousand(lex, words, j)
    head = 0
    if got is not None:
        head, j = got
    if j < n and words[j] in lex.scales and lex.scales[words[j]] == 3 and (got is None or head > 0):
        value = (head if got is not None else 1) * 1000
        j += 1
        tail = _below_thousand(lex, words, j)
        if tail is not None:
            value += tail[0]
            j = tail[1]
        return Decimal(value), j
    if got is None:
        return None
    if j < n and words[j] in lex.point_words and j + 1 < n and 0 <= lex.units.get(words[j + 1], 10) < 10:
        k = j + 1
        digits = ""
        while k < n and 0 <= lex.units.get(words[k], 10) < 10 and words[k] not in lex.articles:
            digits += str(lex.units[words[k]])
            k += 1
        if digits:
            return Decimal(f"{head}.{digits}"), k  # "dos coma cinco millones"
    return Decimal(head), j


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a Spanish number written in words, starting at ``words[i]`` (lower-case tokens). Returns
    (value, index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> es = load("es")
        >>> read_number_words(es, "dos mil quinientos".split()), read_number_words(es, "un millón y medio".split())
        ((Decimal('2500'), 3), (Decimal('1500000'), 4))
        >>> read_number_words(es, "un mil millones".split())
        (Decimal('1000000000'), 3)
        >>> read_number_words(es, "trescientos cuarenta y dos".split())
        (Decimal('342'), 4)
    """
    n = len(words)
    total = Decimal(0)
    j = i
    end = i
    last_power = 99
    while j < n:
        got = _thousands(lex, words, j)
        if got is None:
            break
        value, k = got
        if k < n and words[k] in lex.scales and lex.scales[words[k]] > 3 and value > 0:
            power = lex.scales[words[k]]
            if power >= last_power:
                break
            total += scaled(value, power)
            last_power = power
            k += 1
            # "un millón y medio", "dos millones y media"
            if k + 1 < n and words[k] in lex.number_and and words[k + 1] in lex.fractions:
                num, den = lex.fractions[words[k + 1]]
                total += scaled(context().divide(Decimal(num), Decimal(den)), power)
                k += 2
            j = end = k
            continue
        if value != value.to_integral_value() and (k >= n or words[k] not in lex.scales):
            break  # "medio" alone, "dos coma cinco" before no scale: not read here
        total += value
        end = k
        break
    if end == i:
        return None
    return total, end
