"""Stage 4 of reading: numbers written in digits, in every common grouping convention (number words are each
language's own: ``salarynorm._lang.<language>.read_number_words``).

The result is an exact Decimal. Separator choice follows grouping rules, not guesses: "1.234,56" and
"1,234.56" are both 1234.56; "12,50,000" is Indian grouping; "1 234" and "1'234" group thousands. A lone
"." or "," before exactly three digits is a thousands separator unless the caller says otherwise (a
multiplier follows, as in "$1.234 billion", or the currency has three minor digits, as in "KWD 1.234").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

__all__ = ["NumberReading", "read_digits"]

# Separators that can only group thousands (apostrophes as in Swiss "1'234.50", and the spaces).
_GROUP_ONLY: Final[frozenset[str]] = frozenset("'’ \u00a0\u202f\u2009\u2007")
_SPLIT: Final[re.Pattern[str]] = re.compile(r"(\d++)|([^\d])")


class NumberReading:
    """A number read from digits: its value, how many characters of the input it used, and whether a
    decimal separator was read (so "12.00" is known to be written with decimals)."""

    __slots__ = ("decimals", "length", "value")

    def __init__(self, value: Decimal, length: int, decimals: bool) -> None:
        self.value = value
        self.length = length
        self.decimals = decimals

    def __repr__(self) -> str:
        return f"NumberReading({self.value!r}, {self.length}, {self.decimals})"


def _valid_western(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and groups[0][0] != "0" and all(len(g) == 3 for g in groups[1:])


def _valid_indian(groups: list[str]) -> bool:
    # 12,34,567: a head of 1-2 digits, pairs, then a final triple.
    return (
        len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and groups[0][0] != "0"
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _grouped(groups: list[str]) -> bool:
    return len(groups) == 1 or _valid_western(groups) or _valid_indian(groups)


def read_digits(text: str, *, three_decimals: bool = False, decimal_mark: str = "") -> NumberReading | None:
    """Read the number at the start of ``text`` (digits and separators only, as the scanner cut them).

    ``three_decimals`` says a lone separator before exactly three digits is a decimal point (a multiplier
    follows, or the currency has three minor digits). ``decimal_mark`` ("," in German) is the language's
    decimal mark when it has one for certain: a lone one before three digits is then a decimal mark too
    ("1,500" is 1.5 in German), and the other mark only groups. Returns None when ``text`` holds no valid
    number; when only a prefix is valid (a stray separator), the reading covers that prefix.

    Examples:
        >>> read_digits("1.234,56").value, read_digits("12,50,000").value, read_digits("45.000").value
        (Decimal('1234.56'), Decimal('1250000'), Decimal('45000'))
    """
    if "\uff0e" in text or "\uff0c" in text:
        # the full-width point and comma of Chinese and Japanese text ("１．０７５３", "４，９８０")
        text = text.replace("\uff0e", ".").replace("\uff0c", ",")
    if text.startswith(".") and text[1:2].isdigit():
        frac = read_digits(text[1:])
        if frac is None or frac.decimals or len(text) - 1 != frac.length or not text[1:].isdigit():
            return None
        return NumberReading(Decimal("0" + text), len(text), True)  # ".75"
    parts: list[str] = []
    seps: list[str] = []
    for m in _SPLIT.finditer(text):
        if m.group(1) is not None:
            parts.append(m.group(1))
        else:
            if len(seps) >= len(parts):  # two separators in a row: stop
                break
            seps.append(m.group(2))
    if not parts:
        return None
    if len(seps) == len(parts):  # a trailing separator ("105." or "1,"): not part of the number
        seps.pop()
    if decimal_mark and len(seps) == 1 and seps[0] in ".,":
        # The language says which mark is decimal: "1,500" is 1.5 in German, and "48.000 milhões" is 48,000
        # millions in Portuguese even before a multiplier.
        three_decimals = seps[0] == decimal_mark
    return _interpret(parts, seps, three_decimals)


def _interpret(parts: list[str], seps: list[str], three_decimals: bool) -> NumberReading | None:
    def length(n_parts: int) -> int:
        return sum(len(p) for p in parts[:n_parts]) + sum(len(s) for s in seps[: n_parts - 1])

    if not seps:
        return NumberReading(Decimal(parts[0]), len(parts[0]), False)
    distinct = set(seps)
    last = seps[-1]
    # A decimal separator is a '.' or ',' used once, last, and different from the grouping separators.
    if last in ".," and seps.count(last) == 1:
        int_groups = parts[:-1]
        frac = parts[-1]
        group_seps = set(seps[:-1])
        if len(distinct) == 1:
            # One lone '.' or ','. Before exactly three digits it groups thousands unless told otherwise,
            # or unless the integer part cannot start a grouped number ("0.125").
            if len(frac) == 3 and not three_decimals and _valid_western([*int_groups, frac]):
                return NumberReading(Decimal(parts[0] + frac), length(2), False)
            return NumberReading(Decimal(f"{parts[0]}.{frac}"), length(2), True)
        if len(group_seps) == 1 and last not in group_seps and _grouped(int_groups):
            return NumberReading(Decimal("".join(int_groups) + "." + frac), length(len(parts)), True)
    # Otherwise every separator must be the same grouping separator with valid groups.
    if len(distinct) == 1 and (last in _GROUP_ONLY or last in ".,") and _grouped(parts):
        return NumberReading(Decimal("".join(parts)), length(len(parts)), False)
    # Invalid as a whole. Dates, versions and lists ("15.08.2017", "1.2.3", "1,2,3") are no number at all;
    # a run grouped by spaces keeps its longest valid prefix ("2008 100" is 2008).
    if seps[0] in _GROUP_ONLY:
        for n in range(len(parts) - 1, 0, -1):
            sub = _interpret(parts[:n], seps[: n - 1], three_decimals)
            if sub is not None:
                return sub
    return None
