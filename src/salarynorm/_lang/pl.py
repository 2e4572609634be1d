"""Polish: what the data cannot say. Polish writes numbers word by word, each group below a thousand as
hundreds, tens and units ("trzysta pięćdziesiąt dwa"), then its scale in the form the number asks for
("dwa tysiące", "pięć tysięcy", "dwa i pół miliona"); a scale word alone is one of it ("tysiąc złotych",
"milion dolarów"), a fraction before a scale multiplies it ("pół miliona", "półtora miliarda"), and the
"bilion" is a million million (10^12), the long scale.
"""

from __future__ import annotations

from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

# The slots of a group below a thousand, written in this order: hundreds, tens, then a unit or a teen.
_HUNDREDS, _TENS, _UNITS, _NONE = 3, 2, 1, 0


def _slot(lex: Lexicon, word: str) -> tuple[int, int] | None:
    """(slot, value) of a number word below a thousand, or None: the units table holds the hundreds too
    ("pięćset" = 500), the tens table the tens."""
    if word in lex.tens:
        return _TENS, lex.tens[word]
    value = lex.units.get(word)
    if value is None:
        return None
    return (_HUNDREDS if value >= 100 else _UNITS), value


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a Polish number written in words, starting at ``words[i]`` (lower-case tokens). Returns
    (value, index after the last word used) for the longest reading, or None.

    Examples:
        >>> from salarynorm._lang import load
        >>> pl = load("pl")
        >>> read_number_words(pl, "dwa tysiące pięćset złotych".split())
        (Decimal('2500'), 3)
        >>> read_number_words(pl, "pół miliona".split()), read_number_words(pl, "tysiąc złotych".split())
        ((Decimal('500000'), 2), (Decimal('1000'), 1))
        >>> read_number_words(pl, "dwa i pół miliona".split())
        (Decimal('2500000'), 4)
    """
    n = len(words)
    total = Decimal(0)
    group: Decimal | None = None  # the group below a thousand read so far
    slot = _NONE  # the last slot of the group filled: the next word must fill a lower one
    last_scale = 99
    end = i
    j = i
    while j < n:
        w = words[j]
        if w in lex.scales:
            power = lex.scales[w]
            if power >= last_scale:
                break
            if group is None:
                if j != i or w not in lex.numeral_prefixes:
                    break
                group = Decimal(1)  # "tysiąc złotych", "milion dolarów": the scale alone is one of it
            total += scaled(group, power)
            last_scale = power
            group = None
            slot = _NONE
            j += 1
            end = j
            continue
        if w in lex.fractions:
            # "pół miliona", "półtora miliarda": a fraction counts only before a smaller scale.
            after = words[j + 1] if j + 1 < n else ""
            if group is not None or after not in lex.scales or lex.scales[after] >= last_scale:
                break
            num, den = lex.fractions[w]
            group = context().divide(Decimal(num), Decimal(den))
            slot = _UNITS
            j += 1
            continue
        if w in lex.number_and:
            # "dwa i pół miliona": a half added to the units before a scale.
            if group is None or j + 2 >= n or words[j + 1] not in lex.fractions \
                    or words[j + 2] not in lex.scales or lex.scales[words[j + 2]] >= last_scale:
                break
            num, den = lex.fractions[words[j + 1]]
            if num >= den:
                break
            group = group + context().divide(Decimal(num), Decimal(den))
            j += 2
            continue
        got = _slot(lex, w)
        if got is None:
            break
        kind, value = got
        if slot != _NONE and (kind >= slot or (slot == _TENS and value >= 10)):
            break  # "dwadzieścia trzydzieści", "sto pięćset", "dwadzieścia dwanaście": a new number
        if value == 0 and slot != _NONE:
            break
        group = Decimal(value) if group is None else group + value
        slot = kind
        j += 1
        end = j
    if group is not None:
        total += group  # (a fraction is read only before its scale, which ends the group)
    if end == i:
        return None
    return total, end
