"""Numbers as money writes them: amounts, digit groupings of every convention, multipliers, number
words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._lang import load
from ._values import ALL_STYLES, NumberStyle

#: The English lexicon: the English generators write what it reads.
_EN: Final = load("en")

# --------------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------------


def amounts(*, min_value: Decimal | int = 1, max_value: Decimal | int = 10**9,
            places: int = 2) -> SearchStrategy[Decimal]:
    """Positive Decimal amounts as money is quoted: whole amounts, prices with ``places`` decimals (0 for
    JPY, 2 for most currencies, 3 for KWD), and round figures (45000, 1300000) of the kind multipliers
    write.

    Examples:
        >>> amounts(max_value=100, places=0).example() <= 100
        True
    """
    lo, hi = Decimal(min_value), Decimal(max_value)
    if lo <= 0 or hi < lo:
        raise ValueError("amounts need 0 < min_value <= max_value")
    first = int(lo.to_integral_value(rounding="ROUND_CEILING"))
    parts: list[SearchStrategy[Decimal]] = []
    if first <= hi:
        parts.append(st.integers(first, int(hi)).map(Decimal))
        top = len(str(int(hi)))
        parts.append(st.builds(lambda m, p: Decimal(m * 10**p), st.integers(1, 999), st.integers(0, top))
                     .filter(lambda d: lo <= d <= hi))
    if places > 0 or not parts:
        parts.append(st.decimals(min_value=lo, max_value=hi, places=max(places, 0), allow_nan=False,
                                 allow_infinity=False))
    return st.one_of(parts)


def _group(int_digits: str, sep: str, indian: bool = False) -> str:
    if indian and len(int_digits) > 3:
        head, tail = int_digits[:-3], int_digits[-3:]
        pairs: list[str] = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return sep.join([head, *pairs, tail])
    groups: list[str] = []
    while len(int_digits) > 3:
        groups.insert(0, int_digits[-3:])
        int_digits = int_digits[:-3]
    return sep.join([int_digits, *groups])


_STYLE_SEPARATORS: Final[dict[str, tuple[str, str]]] = {
    "plain": ("", "."),
    "western": (",", "."),
    "european": (".", ","),
    "space": (" ", ","),
    "nbsp": ("\u00a0", ","),
    "narrow_nbsp": ("\u202f", ","),
    "thin": ("\u2009", ","),
    "space_dot": (" ", "."),
    "apostrophe": ("'", "."),
    "curly_apostrophe": ("’", "."),
    "indian": (",", "."),
}


def _render_digits(value: Decimal, style: str, *, lone_three_is_decimal: bool) -> str:
    """``value`` in ``style``, or in plain digits when the style would read back differently under the
    documented separator rules: a lone "." or "," before exactly three digits groups thousands, unless a
    multiplier follows or the currency has three minor digits (then it is a decimal point)."""
    plain = format(value, "f")
    int_part, _, frac = plain.partition(".")
    group_sep, dec_sep = _STYLE_SEPARATORS[style]
    grouped = _group(int_part, group_sep, indian=style == "indian") if group_sep else int_part
    out = grouped + (dec_sep + frac if frac else "")
    seps = re.findall(r"\D", out)
    if len(seps) == 1 and seps[0] in ".,":
        head, tail = out.split(seps[0])
        if len(tail) == 3:
            reads_decimal = lone_three_is_decimal or not (len(head) <= 3 and head[0] != "0")
            if reads_decimal != bool(frac):
                return plain
    return out


def numerals(value: Decimal, *, styles: Sequence[NumberStyle] = ALL_STYLES, minor_digits: int = 2,
             before_multiplier: bool = False) -> SearchStrategy[str]:
    """``value`` written in digits, in a grouping convention that reads back to exactly ``value``:
    "1234.56", "1,234.56", "1.234,56", "1 234,56" (ASCII, no-break, narrow no-break or thin space),
    "1 234.56", "1'234.50", Indian "12,34,567". Where a style would be ambiguous (a lone "." before three
    digits) the number is written plainly instead.

    ``minor_digits`` is the currency's (3 for KWD: there "1.234" is a decimal); ``before_multiplier``
    says a multiplier follows (in "$1.234 billion" the "." is a decimal point).

    Examples:
        >>> numerals(Decimal("1234.5"), styles=["european"]).example()
        '1.234,5'
    """
    lone = minor_digits == 3 or before_multiplier
    return st.sampled_from(list(styles)).map(lambda s: _render_digits(value, s, lone_three_is_decimal=lone))


# Multipliers the grammar reads only attached to the number ("5l" is five lakh, "5 l" five litres).
_ATTACHED_ONLY: Final = frozenset({"l"})


def multipliers(*, words: Iterable[str] | None = None) -> SearchStrategy[tuple[str, int]]:
    """(multiplier as written, power of ten) from salarynorm's lexicon: "k", "K", "m", "M", "mn", "bn",
    "million", "billion", "thousand", "lakh", "crore", ... ("grand", which names money by itself, is left
    out). Single letters come in both cases ("5k", "5K").

    Examples:
        >>> multipliers(words=["bn"]).example()
        ('bn', 9)
    """
    keys = sorted(set(words) if words is not None else set(_EN.multipliers) - _EN.money_multipliers)
    pool: list[tuple[str, int]] = []
    for k in keys:
        power = _EN.multipliers[k.lower()]
        pool.append((k, power))
        if words is None and len(k) == 1:
            pool.append((k.upper(), power))
    return st.sampled_from(pool)


_UNIT_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                      "nineteen")
_TEN_WORDS: Final = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
                     9: "ninety"}


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 20:
        return _UNIT_WORDS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return _TEN_WORDS[tens]
    return _TEN_WORDS[tens] + ("-" if hyphen else " ") + _UNIT_WORDS[unit]


def _below_thousand(n: int, *, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_UNIT_WORDS[hundreds] + " hundred")
    if rest:
        if hundreds and use_and:
            parts.append("and")
        parts.append(_below_hundred(rest, hyphen))
    return " ".join(parts)


_WORD_SCALES: Final = ((9, "billion"), (6, "million"), (3, "thousand"))


@st.composite
def _number_words(draw: st.DrawFn) -> tuple[str, Decimal]:
    hyphen = draw(st.booleans())
    use_and = draw(st.booleans())
    shape = draw(st.sampled_from(["small", "small", "compound", "compound", "half", "article", "fraction"]))
    if shape == "fraction":
        power, scale = draw(st.sampled_from([(3, "thousand"), (6, "million"), (9, "billion")]))
        num, den, form = draw(st.sampled_from([(1, 2, "half of a {}"), (1, 4, "a quarter {}"),
                                               (1, 4, "a quarter of a {}"), (3, 4, "three quarters of a {}")]))
        value = (Decimal(num) / den).scaleb(power)
        text = form.format(scale)
    elif shape == "half":
        power, scale = draw(st.sampled_from([(3, "thousand"), (6, "million"), (9, "billion"), (5, "lakh"),
                                             (7, "crore")]))
        whole = draw(st.integers(0, 19))
        value = (Decimal(whole) + Decimal("0.5")).scaleb(power)
        text = f"half a {scale}" if whole == 0 else f"{_UNIT_WORDS[whole]} and a half {scale}"
        if whole and hyphen:
            text = text.replace(" and a half", "-and-a-half")  # "one-and-a-half million"
    elif shape == "article":
        power, scale = draw(st.sampled_from([(2, "hundred"), (3, "thousand"), (6, "million"), (9, "billion")]))
        value = Decimal(10) ** power
        text = f"a {scale}"
    elif shape == "small":
        n = draw(st.integers(2, 999))
        value = Decimal(n)
        text = _below_thousand(n, hyphen=hyphen, use_and=use_and)
    else:
        n = draw(st.integers(1000, 10**12 - 1))
        value = Decimal(n)
        parts: list[str] = []
        rest = n
        for power, scale in _WORD_SCALES:
            chunk, rest = divmod(rest, 10**power)
            if chunk:
                parts.append(_below_thousand(chunk, hyphen=hyphen, use_and=use_and) + " " + scale)
        if rest:
            if use_and and rest < 100:
                parts.append("and")
            parts.append(_below_thousand(rest, hyphen=hyphen, use_and=use_and))
        text = " ".join(parts)
    return text, Decimal(format(value, "f"))


def number_words(*, max_value: int = 10**12 - 1) -> SearchStrategy[tuple[str, Decimal]]:
    """(an English number in words, its exact value): "twenty", "thirty-five thousand", "one hundred and
    fifty", "two thousand and five", "two and a half million", "half a million", "a quarter of a million",
    "a thousand", "twelve and a half lakh".

    Examples:
        >>> text, value = number_words(max_value=999).example()
        >>> value <= 999
        True
    """
    return _number_words().filter(lambda tv: tv[1] <= max_value)
