"""Hypothesis strategies that write money the way people do, with the reading salarynorm must give.

Use them to test your own pipeline with the generators salarynorm's own specification uses: every
strategy draws text *together with its expected reading* (exact ``Decimal`` amounts, the ISO 4217
currency, the pay period), so a property is one line:

>>> from hypothesis import given
>>> import salarynorm
>>> from salarynorm import strategies as sst
>>> @given(sst.money())
... def test_reads_money(expected):
...     [mention] = salarynorm.extract(expected.text)
...     expected.assert_matches(mention)

The strategies are small and composable, like Hypothesis's own: :func:`money` draws one amount,
:func:`ranges` two, :func:`bounded`, :func:`approximately` and :func:`with_period` decorate what another
strategy drew, :func:`equivalents` restates it in other currencies, :func:`in_prose` embeds it in
:func:`prose`, and :func:`non_money` draws text with numbers but no money at all.

Every surface they write comes from salarynorm's own data: the currency table (signs, codes, names,
minor-unit digits) and the lexicon (multipliers, period phrases, bound and approximation words, range
connectors), and only in forms the documentation promises to read. Ambiguous signs ("$", "£", "¥", "kr")
are drawn with their conventional reading ("$" is USD) unless you ask for unambiguous ones only.

Hypothesis is an optional dependency: ``import salarynorm`` never imports it, and importing this module
without it raises ImportError (``pip install hypothesis``).
"""

from __future__ import annotations

try:
    from hypothesis import assume
    from hypothesis import strategies as st
    from hypothesis.strategies import SearchStrategy
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess by the test suite
    raise ImportError(
        "salarynorm.strategies needs Hypothesis, an optional dependency: pip install hypothesis "
        "(or pip install 'salarynorm[test]')"
    ) from _exc

import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final, Literal

import attrs

from . import _lexicon as lx
from ._currency_table import language_names, table
from ._lang import load
from ._mention import Mention
from ._values import Period

__all__ = [
    "ALL_CONNECTORS",
    "ALL_KINDS",
    "ALL_STYLES",
    "COMMON_APPROX_AFTER",
    "COMMON_APPROX_BEFORE",
    "COMMON_BOUNDS_AFTER",
    "COMMON_BOUNDS_BEFORE",
    "COMMON_CONNECTORS",
    "CurrencyForm",
    "Embedded",
    "Kind",
    "NumberStyle",
    "RenderedMoney",
    "amounts",
    "approximately",
    "bounded",
    "currency_forms",
    "equivalents",
    "in_language",
    "in_prose",
    "messy_text",
    "money",
    "multipliers",
    "non_money",
    "number_words",
    "numerals",
    "period_prefixes",
    "periods",
    "prose",
    "ranges",
    "with_period",
]

Kind = Literal["sign", "dollar", "letters", "code", "name"]
Placement = Literal["prefix", "prefix_space", "suffix", "suffix_space"]
NumberStyle = Literal["plain", "western", "european", "space", "nbsp", "narrow_nbsp", "thin", "space_dot",
                      "apostrophe", "curly_apostrophe", "indian"]

ALL_KINDS: Final[tuple[Kind, ...]] = ("sign", "dollar", "letters", "code", "name")
ALL_STYLES: Final[tuple[NumberStyle, ...]] = ("plain", "western", "european", "space", "nbsp", "narrow_nbsp",
                                              "thin", "space_dot", "apostrophe", "curly_apostrophe", "indian")
#: The open-bound phrases of the design brief: upper bounds before the amount, lower bounds after it.
COMMON_BOUNDS_BEFORE: Final[tuple[str, ...]] = ("up to", "at least", "over", "under", "no more than")
COMMON_BOUNDS_AFTER: Final[tuple[str, ...]] = ("+", "or more")


# --------------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------------


@attrs.frozen
class CurrencyForm:
    """One way of writing a currency next to a number, and the ISO code salarynorm must read from it.

    ``kind`` is "sign" ("€", "£", "$US"), "dollar" (a prefixed dollar: "US$", "A$", "HK$"), "letters" (a
    sign spelled in letters: "zł", "kr", "Rs", "руб."), "code" ("EUR") or "name" ("euros", "US dollars").
    ``explicit`` is False for an ambiguous surface ("$", "£", "kr", "dollars") whose ``currency`` is its
    conventional reading.

    Examples:
        >>> form = currency_forms(kinds=["dollar"]).example()
        >>> form.kind
        'dollar'
    """

    text: str
    currency: str
    kind: Kind
    explicit: bool
    #: True for ISO codes that are also English words ("TOP", "CUP"): written attached to the number only.
    wordlike: bool = False
    #: True for ISO codes that are also common acronyms ("PHP", "SDG"): never right before a bare integer
    #: ("PHP 8" is the language), so only before a grouped, decimal or multiplied number, or after one.
    acronym: bool = False


@attrs.frozen
class RenderedMoney:
    """Money as written (``text``) and the reading salarynorm must give for it.

    ``start``/``end`` delimit the expected mention's surface inside ``text`` (words such as "between",
    "up to" or "per year" lie outside it). ``equivalents`` are the expected restatements, with spans in
    the same ``text``.

    Examples:
        >>> m = RenderedMoney(text="about €5 a day", start=6, end=8, min=Decimal(5), max=Decimal(5),
        ...                   currency="EUR", period=Period.DAY, approximate=True)
        >>> m.surface
        '€5'
    """

    text: str
    start: int
    end: int
    min: Decimal | None
    max: Decimal | None
    currency: str | None
    period: Period | None = None
    approximate: bool = False
    equivalents: tuple[RenderedMoney, ...] = ()

    @property
    def surface(self) -> str:
        """The expected ``Mention.text``."""
        return self.text[self.start : self.end]

    @property
    def is_single(self) -> bool:
        """True for one exact amount (``min == max``)."""
        return self.min is not None and self.min == self.max

    def embed(self, prefix: str = "", suffix: str = "") -> RenderedMoney:
        """The same money with text around it: spans shift by ``len(prefix)``.

        Examples:
            >>> m = RenderedMoney(text="€5", start=0, end=2, min=Decimal(5), max=Decimal(5), currency="EUR")
            >>> m.embed("Paid ", " today.").start
            5
        """
        text = prefix + self.text + suffix
        return self._moved(text, len(prefix))

    def _moved(self, text: str, by: int) -> RenderedMoney:
        return attrs.evolve(
            self,
            text=text,
            start=self.start + by,
            end=self.end + by,
            equivalents=tuple(e._moved(text, by) for e in self.equivalents),
        )

    def mismatches(self, mention: Mention, *, spans: bool = True) -> list[str]:
        """What ``mention`` gets wrong against this expectation (empty when it is right).

        ``spans`` False skips the surface offsets and compares the reading only.
        """
        out: list[str] = []
        for name in ("min", "max", "currency", "period", "approximate"):
            want, got = getattr(self, name), getattr(mention, name)
            if want != got:
                out.append(f"{name}: expected {want!r}, got {got!r}")
        if spans and (mention.start, mention.end) != (self.start, self.end):
            out.append(f"surface: expected {self.surface!r} at {self.start}, got {mention.text!r} at {mention.start}")
        if len(mention.equivalents) != len(self.equivalents):
            out.append(f"equivalents: expected {len(self.equivalents)}, got {len(mention.equivalents)}: "
                       f"{[e.to_dict() for e in mention.equivalents]}")
        else:
            for k, (want_eq, got_eq) in enumerate(zip(self.equivalents, mention.equivalents, strict=True)):
                out.extend(f"equivalent {k}: {p}" for p in want_eq.mismatches(got_eq, spans=spans))
        return out

    def assert_matches(self, mention: Mention, *, spans: bool = True) -> None:
        """Raise AssertionError listing every difference between ``mention`` and this expectation."""
        problems = self.mismatches(mention, spans=spans)
        if problems:
            raise AssertionError(f"{self.text!r}: " + "; ".join(problems) + f"\n  got {mention.to_dict()}")


@attrs.frozen
class Embedded:
    """Money placed inside other text: ``text`` is the whole document, ``offset`` where the money starts,
    ``money`` the money as drawn on its own, ``expected`` its reading inside the document."""

    text: str
    offset: int
    money: RenderedMoney

    @property
    def expected(self) -> RenderedMoney:
        return self.money._moved(self.text, self.offset)


# --------------------------------------------------------------------------------------------------------
# The data: currency surfaces from the table, words from the lexicon
# --------------------------------------------------------------------------------------------------------

_WORD_SHAPED: Final = re.compile(r"[^\W\d_]+(?:[.'’ʻ][^\W\d_]+)*\.?")
_DOLLAR_PREFIX: Final = re.compile(r"[A-Za-z.]+\$")
# ISO codes starting with X that are money in everyday text (the rest are metals, funds and test codes).
_X_CURRENCIES: Final = frozenset({"XAF", "XOF", "XPF", "XCD", "XCG"})
_ACRONYMS: Final = {"us": "US", "u.s.": "U.S.", "uk": "UK", "usa": "USA", "uae": "UAE", "cfa": "CFA",
                    "cfp": "CFP", "st.": "St."}


def _current(code: str) -> bool:
    info = table().currencies.get(code)
    return info is not None and info.current


def _reading(candidates: tuple[str, ...], key: str) -> tuple[str, bool] | None:
    """(the currency a surface means, explicit?) when it has one current reading or a current default."""
    tab = table()
    if len(candidates) == 1:
        return (candidates[0], True) if _current(candidates[0]) else None
    default = tab.defaults.get(key)
    if default is not None and default in candidates and _current(default):
        return default, False
    return None


@functools.cache
def _all_forms() -> tuple[CurrencyForm, ...]:
    tab = table()
    forms: list[CurrencyForm] = []
    for sign, cands in tab.signs.items():
        if any(ch.isspace() for ch in sign) or sign in tab.letter_signs_prose_unsafe or sign[0].isdigit():
            continue
        got = _reading(cands, sign)
        if got is None:
            continue
        if _DOLLAR_PREFIX.fullmatch(sign) and sign != "$":
            kind: Kind = "dollar"
        elif _WORD_SHAPED.fullmatch(sign):
            kind = "letters"
        else:
            kind = "sign"
        forms.append(CurrencyForm(sign, got[0], kind, got[1]))
    for code, info in tab.currencies.items():
        if info.current and (not code.startswith("X") or code in _X_CURRENCIES):
            forms.append(CurrencyForm(code, code, "code", True, wordlike=code in tab.codes_that_are_words,
                                      acronym=code in tab.codes_that_are_acronyms))
    for name, cands in tab.names.items():
        words = name.split()
        if len(words) > 4 or not all(_WORD_SHAPED.fullmatch(w) for w in words):
            continue
        got = _reading(cands, name)
        if got is None:
            continue
        forms.append(CurrencyForm(name, got[0], "name", got[1]))
    return tuple(sorted(forms, key=lambda f: (f.kind, f.text)))


def _display_name(draw: st.DrawFn, name: str) -> str:
    """A name as English text writes it: "US dollars", "Australian dollars", "euros"."""
    if draw(st.booleans()):
        return name
    words = name.split()
    out = [_ACRONYMS.get(w, w if w in ("and", "of", "&") else w[:1].upper() + w[1:]) for w in words[:-1]]
    return " ".join([*out, words[-1]])


def _words_of(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield from re.split(r"[\s\-/]+", value.lower())
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _words_of(k)
            yield from _words_of(v)
    elif isinstance(value, (set, frozenset, tuple, list)):
        for v in value:
            yield from _words_of(v)


@functools.cache
def _forbidden_words() -> frozenset[str]:
    """Every word that could make or change money: the lexicon, the currency table, number words."""
    tab = table()
    words: set[str] = set()
    for name in dir(lx):
        if name.isupper():
            words.update(_words_of(getattr(lx, name)))
    for key in [*tab.names, *tab.signs, *tab.minor_units, *tab.non_iso, *tab.defaults]:
        words.update(_words_of(key))
    words.update(c.lower() for c in tab.currencies)
    words.update(w.rstrip(".") for w in list(words))
    return frozenset(w for w in words if w)


_NEUTRAL_TEXT: Final = (
    "garden river morning walked along old bridge city library opened doors books children played near lake "
    "while their parents talked weather mild sunny people gathered square music festival began evening "
    "lights street window kitchen bread coffee friends shared stories mountain trail forest birds sang softly "
    "bright calm painting museum visitors admired colours writer novel chapter quietly slowly happily "
    "together because although however meanwhile this that these those she he they we it our village "
    "harbour boats sailed across harbour wind blew gently over hills green valley farmers planted seeds "
    "spring summer autumn winter snow fell cold night stars shone above rooftops teacher explained lesson "
    "students listened carefully notes board chalk dust afternoon sunlight warm stone steps cat slept "
    "beside fireplace dog barked loudly neighbours laughed kindly gardeners trimmed hedges roses bloomed "
    "fountain sparkled tourists photographed statue ancient temple pilgrims climbed path orchard apples "
    "ripened baskets filled carts rolled market stalls displayed vegetables herbs spices smells drifted "
    "alley musicians tuned violins choir rehearsed hymn poets recited verses audience applauded warmly"
)


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    bad = _forbidden_words()
    return tuple(sorted({w for w in _NEUTRAL_TEXT.split() if len(w) > 1 and w not in bad}))


# --------------------------------------------------------------------------------------------------------
# Currency forms
# --------------------------------------------------------------------------------------------------------


_COMMON_SURFACES: Final = frozenset({
    "$", "€", "£", "¥", "₹", "₩", "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "USD", "EUR", "GBP", "JPY",
    "CHF", "AUD", "CAD", "INR", "CNY", "SEK", "kr", "Rs", "zł", "dollars", "dollar", "euros", "euro",
    "pounds", "pound", "us dollars", "australian dollars", "canadian dollars", "pounds sterling", "yen",
    "rupees", "swiss francs",
})


def currency_forms(*, kinds: Iterable[Kind] = ALL_KINDS, explicit: bool | None = None,
                   currencies: Iterable[str] | None = None, exclude: Iterable[str] = (),
                   common: bool = False) -> SearchStrategy[CurrencyForm]:
    """Ways of writing a current currency, drawn from salarynorm's currency table.

    ``kinds`` limits the surfaces ("sign", "dollar", "letters", "code", "name"); ``explicit=True`` keeps
    unambiguous surfaces only ("€", "US$", "EUR", "euros"), ``False`` only ambiguous ones ("$", "£",
    "dollars") with their conventional reading; ``currencies`` and ``exclude`` filter by ISO code;
    ``common`` keeps the surfaces everyday English text uses most ("$", "€", "£", "US$", "A$", "EUR",
    "euros", "US dollars", "pounds sterling", ...). Without ``common``, half the draws still come from
    those, the other half from every surface of the table.

    Examples:
        >>> currency_forms(kinds=["code"], currencies=["EUR"]).example().text
        'EUR'
    """
    kinds = tuple(kinds)
    wanted = None if currencies is None else {c.upper() for c in currencies}
    banned = {c.upper() for c in exclude}
    pool = [f for f in _all_forms() if f.kind in kinds and (explicit is None or f.explicit == explicit)
            and (wanted is None or f.currency in wanted) and f.currency not in banned
            and (not common or f.text in _COMMON_SURFACES)]
    if not pool:
        raise ValueError("no currency form matches these filters")
    # Half the draws come from the forms everyday text uses most, so they are never starved by the
    # hundreds of rarer surfaces the table holds.
    everyday = [f for f in pool if f.text in _COMMON_SURFACES]
    if everyday and len(everyday) < len(pool):
        return st.one_of(_pick(everyday), _pick(pool))
    return _pick(pool)


def _pick(pool: Sequence[CurrencyForm]) -> SearchStrategy[CurrencyForm]:
    # Like sampled_from, without a repr listing hundreds of forms in every failure report.
    items = tuple(pool)
    return st.integers(0, len(items) - 1).map(items.__getitem__)


def _placements(form: CurrencyForm, num: _Num) -> list[Placement]:
    """Where ``form`` may stand next to ``num``: names after the number with a space, prefixed dollars
    before it, ISO codes that are English words attached only ("CUP5", "5CUP"), codes that are acronyms
    never before a bare integer, the rest anywhere. A currency starting with a letter is never attached
    after a number ending in one ("60kEUR" is one word)."""
    out: list[Placement]
    if form.kind == "name":
        return ["suffix_space"]
    if form.kind == "dollar":
        return ["prefix", "prefix_space"]
    out = ["prefix", "suffix"] if form.wordlike else ["prefix", "prefix_space", "suffix", "suffix_space"]
    if num.letter_end and _letter_start(form.text):
        out.remove("suffix")
    if num.letter_end and _merges(num.text, form.text):
        # "1 T$": the multiplier "T" and the sign "$" would spell the pa'anga's "T$"; "5 bn $" would be "BN$".
        out = [p for p in out if not p.startswith("suffix")]
    if form.acronym and num.text.split(" ")[0].isdigit():
        out = [p for p in out if not p.startswith("prefix")]
    return out


def _letter_start(text: str) -> bool:
    return text[:1].isalpha()


def _merges(number: str, sign: str) -> bool:
    """True when the letters ending ``number`` (a multiplier) and ``sign`` written after them would begin
    another sign of the table ("T" + "$" is "T$", and "T" + "$SR" begins with it)."""
    signs = table().signs
    letters = re.search(r"[^\W\d_]*$", number)
    tail = letters.group() if letters is not None else ""
    for j in range(1, len(tail) + 1):
        joined = tail[-j:] + sign
        if joined in signs or joined.upper() in signs:
            return True
        # The tokenizer takes the longest sign that is not a word at the multiplier's letter: "1 T$SR" is "T$".
        if any(len(s) > j and not _WORD_SHAPED.fullmatch(s) and (joined.startswith(s) or joined.upper().startswith(s))
               for s in signs):
            return True
    return False


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
    keys = sorted(set(words) if words is not None else set(lx.MULTIPLIERS) - lx.MONEY_MULTIPLIERS)
    pool: list[tuple[str, int]] = []
    for k in keys:
        power = lx.MULTIPLIERS[k.lower()]
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


# --------------------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------------------


@attrs.frozen
class _Num:
    text: str  # digits, with the multiplier when one is written
    value: Decimal
    letter_end: bool  # ends in a letter ("60k", "2 million"): a letter currency must not be attached


def _amounts_for(currency: str, max_value: int) -> SearchStrategy[Decimal]:
    """Amounts as the currency is quoted: no decimals for JPY, two for EUR, three for KWD."""
    return amounts(max_value=max_value, places=table().currencies[currency].digits)


@st.composite
def _mantissas(draw: st.DrawFn) -> Decimal:
    """The number before a multiplier: 1 to 999 with up to two decimals ("1.3", "45", "2.25")."""
    whole = draw(st.integers(1, 999))
    frac_digits = draw(st.sampled_from([0, 0, 1, 2]))
    if not frac_digits:
        return Decimal(whole)
    frac = draw(st.integers(1, 10**frac_digits - 1))
    return Decimal(whole) + Decimal(frac).scaleb(-frac_digits)


def _multiplier_style(style: str) -> str:
    # Before a multiplier the number is small: only the decimal separator matters.
    return style if style in ("plain", "western", "european") else "plain"


@st.composite
def _multiplied(draw: st.DrawFn, mantissa: Decimal, mult: tuple[str, int], style: str,
                written: bool = True) -> _Num:
    word, power = mult
    digits = _render_digits(mantissa, _multiplier_style(style), lone_three_is_decimal=True)
    value = Decimal(format(mantissa.scaleb(power), "f"))
    if not written:
        return _Num(digits, value, False)
    short = word.lower() in lx.SHORT_MULTIPLIERS
    attached = word.lower() in _ATTACHED_ONLY or (short and draw(st.booleans()))
    return _Num(digits + ("" if attached else " ") + word, value, True)


def _plain_number(value: Decimal, currency: str, style: str) -> _Num:
    three = table().currencies[currency].digits == 3
    return _Num(_render_digits(value, style, lone_three_is_decimal=three), value, False)


def _attach(num: _Num, placement: Placement, display: str) -> str:
    if placement == "prefix":
        return display + num.text
    if placement == "prefix_space":
        return display + " " + num.text
    if placement == "suffix":
        return num.text + display
    return num.text + " " + display


def _display(draw: st.DrawFn, form: CurrencyForm) -> str:
    return _display_name(draw, form.text) if form.kind == "name" else form.text


@attrs.frozen
class _Single:
    money: RenderedMoney
    ends_with_number: bool


def _sometimes(draw: st.DrawFn, flag: bool | None) -> bool:
    return flag if flag is not None else draw(st.integers(0, 3)) == 0


@st.composite
def _single(draw: st.DrawFn, forms: SearchStrategy[CurrencyForm], *, multiplied: bool | None,
            in_words: bool | None, styles: Sequence[NumberStyle], max_value: int) -> _Single:
    form = draw(forms)
    if form.kind == "name" and _sometimes(draw, in_words):
        text, value = draw(number_words(max_value=max_value))
        full = f"{text} {_display(draw, form)}"
        return _Single(RenderedMoney(full, 0, len(full), value, value, form.currency), False)
    style = draw(st.sampled_from(list(styles)))
    if _sometimes(draw, multiplied):
        num = draw(_multiplied(draw(_mantissas()), draw(multipliers()), style))
    else:
        num = _plain_number(draw(_amounts_for(form.currency, max_value)), form.currency, style)
    placement = draw(st.sampled_from(_placements(form, num)))
    full = _attach(num, placement, _display(draw, form))
    return _Single(RenderedMoney(full, 0, len(full), num.value, num.value, form.currency),
                   placement.startswith("prefix"))


def money(*, forms: SearchStrategy[CurrencyForm] | None = None, multiplied: bool | None = None,
          in_words: bool | None = None, styles: Iterable[NumberStyle] = ALL_STYLES,
          max_value: int = 10**9) -> SearchStrategy[RenderedMoney]:
    """One amount of money in a form salarynorm reads, with its exact value and ISO currency.

    Forms: signs before or after, attached or spaced ("€50", "50€", "50 €", "$ 75"); prefixed dollars
    ("US$", "A$", "C$", "NZ$", "HK$", "S$", "R$"); ISO codes ("USD 200", "200 USD", "EUR60k"); English
    names ("euros", "US dollars", "pounds sterling"); the number formats of :func:`numerals` (``styles``);
    multipliers ("$1.3 million" is exactly 1300000, "₹25 lakh", "£2.5bn", "60k€"); number words with a
    name ("thirty-five thousand euros"). ``multiplied`` and ``in_words`` say always (True), never (False)
    or sometimes (None, the default). ``forms`` narrows the currencies (see :func:`currency_forms`).

    Examples:
        >>> m = money(forms=currency_forms(currencies=["EUR"])).example()
        >>> m.currency, m.min == m.max
        ('EUR', True)
    """
    chosen = forms if forms is not None else currency_forms()
    styles = tuple(styles)
    return _single(chosen, multiplied=multiplied, in_words=in_words, styles=styles,
                   max_value=max_value).map(lambda s: s.money)


# --------------------------------------------------------------------------------------------------------
# Periods, bounds, approximation
# --------------------------------------------------------------------------------------------------------


def periods(*, phrases: Iterable[str] | None = None) -> SearchStrategy[tuple[str, Period]]:
    """(period phrase written after an amount, its period), from the lexicon's spellings:
    "per hour", "/hr", "a year", "p.a.", "pcm", "hourly", "each month", "per annum" ...

    Examples:
        >>> periods(phrases=["p.a."]).example()
        ('p.a.', <Period.YEAR: 'year'>)
    """
    keys = sorted(phrases if phrases is not None else lx.PERIOD_PHRASES)
    return st.sampled_from([(k, Period(lx.PERIOD_PHRASES[k])) for k in keys])


def _period_suffix(phrase: str) -> str:
    return phrase if phrase.startswith("/") else " " + phrase


def period_prefixes() -> SearchStrategy[tuple[str, Period]]:
    """(period phrase written before an amount, its period): a period adjective and a pay noun from the
    lexicon, with a link: "annual salary of ", "hourly rate: ", "monthly rent is ", "day rate of "; or a
    period phrase as a label, after an optional pay noun: "Salary per annum: ", "Per hour: ", "Pay (per
    year): ".

    Examples:
        >>> phrase, period = period_prefixes().example()
        >>> phrase.endswith(" ")
        True
    """
    nouns = sorted(lx.PAY_NOUNS & {"salary", "pay", "wage", "rate", "income", "compensation", "stipend",
                                   "remuneration", "rent", "fee", "retainer", "allowance", "earnings"})

    def build(adj: str, noun: str, link: str) -> tuple[str, Period]:
        return f"{adj} {noun}{link} ", Period(lx.PERIOD_ADJECTIVES[adj])

    def label(noun: str, phrase: tuple[str, Period], parens: bool) -> tuple[str, Period]:
        text = f"({phrase[0]})" if parens else phrase[0]
        return (f"{noun.title()} {text}: " if noun else f"{text[:1].upper()}{text[1:]}: "), phrase[1]

    labels = [(f"per {unit}", Period(p)) for unit, p in sorted(lx.PERIOD_UNITS.items())
              if " " not in unit and unit not in lx.PERIOD_UNITS_SLASH_ONLY]
    return st.one_of(
        st.builds(build, st.sampled_from(sorted(lx.PERIOD_ADJECTIVES)), st.sampled_from(nouns),
                  st.sampled_from([" of", ":", " is", " at", ""])),
        st.builds(label, st.sampled_from(["", *nouns]), st.sampled_from(labels), st.booleans()),
    )


@st.composite
def _with_period(draw: st.DrawFn, base: SearchStrategy[RenderedMoney], before: bool) -> RenderedMoney:
    m = draw(base)
    if before and draw(st.booleans()):
        phrase, period = draw(period_prefixes())
        return attrs.evolve(m.embed(phrase), period=period)
    phrase, period = draw(periods())
    return attrs.evolve(m.embed("", _period_suffix(phrase)), period=period)


def with_period(base: SearchStrategy[RenderedMoney], *, before: bool = True) -> SearchStrategy[RenderedMoney]:
    """What ``base`` draws, with a pay period: a phrase of :func:`periods` after it ("$25 per hour",
    "$900k/yr") or, when ``before``, one of :func:`period_prefixes` before it ("annual salary of $X").

    Examples:
        >>> with_period(money()).example().period is not None
        True
    """
    return _with_period(base, before)


@st.composite
def _bounded(draw: st.DrawFn, base: SearchStrategy[_Single], before: Sequence[str],
             after: Sequence[str]) -> RenderedMoney:
    single = draw(base)
    m = single.money
    options: list[tuple[str, str]] = [("before", p) for p in before]
    # A trailing "+" is written right after a number ("$100,000+", "£60k+"), not after a currency word.
    options += [("after", p) for p in after if p != "+" or single.ends_with_number]
    assume(bool(options))  # only "+" was asked for, and this amount ends with a currency word
    where, phrase = draw(st.sampled_from(options))
    if where == "before":
        side = lx.BOUNDS_BEFORE[phrase]
        out = m.embed(phrase + " ")
    else:
        side = lx.BOUNDS_AFTER[phrase]
        out = m.embed("", phrase if phrase == "+" else " " + phrase)
    if side == "max":
        return attrs.evolve(out, min=None)
    return attrs.evolve(out, max=None)


def bounded(*, forms: SearchStrategy[CurrencyForm] | None = None, before: Iterable[str] = COMMON_BOUNDS_BEFORE,
            after: Iterable[str] = COMMON_BOUNDS_AFTER, multiplied: bool | None = None,
            in_words: bool | None = None) -> SearchStrategy[RenderedMoney]:
    """An open bound: one amount with a bound phrase, so only one side is known. "up to $650,000" and
    "no more than 50 euros" have ``min`` None; "at least $50k", "$100,000+" and "€5 or more" have ``max``
    None. ``before``/``after`` choose the phrases among the lexicon's BOUNDS_BEFORE and BOUNDS_AFTER (the
    default is the common ones; pass ``sorted(salarynorm._lexicon.BOUNDS_BEFORE)`` for all); ``forms``,
    ``multiplied`` and ``in_words`` shape the amount as in :func:`money`.

    Examples:
        >>> b = bounded(before=["up to"], after=[]).example()
        >>> b.min is None and b.text.startswith("up to ")
        True
    """
    before, after = tuple(before), tuple(after)
    for p in before:
        if p not in lx.BOUNDS_BEFORE:
            raise ValueError(f"{p!r} is not a bound phrase salarynorm reads before an amount")
    for p in after:
        if p not in lx.BOUNDS_AFTER:
            raise ValueError(f"{p!r} is not a bound phrase salarynorm reads after an amount")
    chosen = forms if forms is not None else currency_forms()
    return _bounded(_single(chosen, multiplied=multiplied, in_words=in_words, styles=ALL_STYLES,
                            max_value=10**9), before, after)


#: The approximation words of the contract ("about", "around", "roughly", "~", "est." and the like).
COMMON_APPROX_BEFORE: Final[tuple[str, ...]] = ("about", "around", "roughly", "approximately", "approx.", "~",
                                                "nearly", "almost", "circa", "some")
COMMON_APPROX_AFTER: Final[tuple[str, ...]] = ("or so", "est.", "(est.)", "approx.", "-ish")


@st.composite
def _approximately(draw: st.DrawFn, base: SearchStrategy[RenderedMoney], before: Sequence[str],
                   after: Sequence[str]) -> RenderedMoney:
    m = draw(base)
    options = [("before", p) for p in before] + [("after", p) for p in after]
    where, phrase = draw(st.sampled_from(options))
    if where == "before":
        attached = phrase in ("~", "≈") and draw(st.booleans())
        out = m.embed(phrase + ("" if attached else " "))
    else:
        out = m.embed("", phrase if phrase.startswith("-") else " " + phrase)
    return attrs.evolve(out, approximate=True)


def approximately(base: SearchStrategy[RenderedMoney] | None = None, *,
                  before: Iterable[str] = COMMON_APPROX_BEFORE,
                  after: Iterable[str] = COMMON_APPROX_AFTER) -> SearchStrategy[RenderedMoney]:
    """What ``base`` draws (default :func:`money`), marked approximate by a word of the lexicon before it
    ("about €50,000", "~$5", "roughly 20 euros") or after it ("$50k or so", "£30k (est.)", "$50k-ish").
    Pass ``sorted(salarynorm._lexicon.APPROX_BEFORE)`` / ``APPROX_AFTER`` for every spelling.

    Examples:
        >>> approximately(before=["about"], after=[]).example().approximate
        True
    """
    b, a = list(before), list(after)
    for p in b:
        if p not in lx.APPROX_BEFORE:
            raise ValueError(f"{p!r} is not an approximation word salarynorm reads before an amount")
    for p in a:
        if p not in lx.APPROX_AFTER:
            raise ValueError(f"{p!r} is not an approximation word salarynorm reads after an amount")
    return _approximately(base if base is not None else money(), b, a)


# --------------------------------------------------------------------------------------------------------
# Ranges
# --------------------------------------------------------------------------------------------------------

#: (opener, connector) pairs for every dash, range word and opener of the lexicon.
ALL_CONNECTORS: Final[tuple[tuple[str, str], ...]] = (
    *[("", d) for d in sorted(lx.RANGE_DASHES)],
    *[("", f" {d} ") for d in sorted(lx.RANGE_DASHES)],
    *[("", f" {w} ") for w in sorted(lx.RANGE_WORDS) if not w.startswith("-")],
    *[("", w) for w in sorted(lx.RANGE_WORDS) if w.startswith("-")],
    *[(f"{o} ", f" {c} ") for o, closers in sorted(lx.RANGE_OPENERS.items()) for c in closers],
)
#: The connectors of the design brief: "X-Y", "X–Y", "X – Y", "X - Y", "X to Y", "between X and Y",
#: "from X to Y".
COMMON_CONNECTORS: Final[tuple[tuple[str, str], ...]] = (
    ("", "-"), ("", "–"), ("", " – "), ("", " - "), ("", " to "), ("between ", " and "), ("from ", " to "),
)


def _shorthand(lo: _Num, hi: _Num) -> bool:
    """Documented readings that make a range mean something else when the currency is written on one
    end only: the thousands shorthand ("30-45000 EUR" and "£40-45,000" are 30000-45000 and 40000-45000)
    and spans of years ("2019-2023 ..." is never money)."""
    a, b = lo.value, hi.value
    if a == a.to_integral_value() and a < 1000 <= b and a * 1000 <= b < a * 10000:
        return True
    return lo.text.isdigit() and len(lo.text) == 4 and 1800 <= int(lo.text) <= 2199


@st.composite
def _range(draw: st.DrawFn, forms: SearchStrategy[CurrencyForm], connectors: Sequence[tuple[str, str]],
           multiplied: bool, max_value: int) -> RenderedMoney:
    form = draw(forms)
    style = draw(st.sampled_from(ALL_STYLES))
    if multiplied and draw(st.booleans()):
        mult = draw(multipliers())
        m1, m2 = draw(st.lists(_mantissas(), min_size=2, max_size=2, unique=True).map(sorted))
        # The multiplier on both ends ("$300k-$900k") or on the high end only ("$300-900k"), which the
        # grammar carries over to the low end.
        lo = draw(_multiplied(m1, mult, style, written=draw(st.booleans())))
        hi = draw(_multiplied(m2, mult, style))
    else:
        values = _amounts_for(form.currency, max_value)
        v1, v2 = draw(st.tuples(values, values).map(sorted).filter(lambda vs: vs[0] < vs[1]))
        lo, hi = _plain_number(v1, form.currency, style), _plain_number(v2, form.currency, style)
    placements = [p for p in _placements(form, lo) if p in _placements(form, hi)]
    placement: Placement = draw(st.sampled_from(placements or ["suffix_space"]))
    prefix = placement.startswith("prefix")
    both = draw(st.booleans())  # the currency on both ends, or once
    if not both and _shorthand(lo, hi):
        both = True
    display = _display(draw, form)
    opener, conn = draw(st.sampled_from(list(connectors)))
    if prefix:
        lo_text = _attach(lo, placement, display)
        hi_text = _attach(hi, placement, display) if both else hi.text
    else:
        lo_text = _attach(lo, placement, display) if both else lo.text
        hi_text = _attach(hi, placement, display)
    text = opener + lo_text + conn + hi_text
    return RenderedMoney(text, len(opener), len(text), lo.value, hi.value, form.currency)


def ranges(*, forms: SearchStrategy[CurrencyForm] | None = None,
           connectors: Iterable[tuple[str, str]] = COMMON_CONNECTORS, multiplied: bool = True,
           period: bool = True, max_value: int = 10**9) -> SearchStrategy[RenderedMoney]:
    """A range: "X – Y", "X-Y", "X to Y", "between X and Y", "from X to Y", with the currency and the
    multiplier written once or on both ends ("$300-900k", "£45–55k", "300,000 to 900,000 dollars",
    "€5 – €7"), and, when ``period``, sometimes a period phrase before or after ("£45–55k per annum",
    "annual salary of $50k-$60k"). ``connectors`` are (opener, connector) pairs; the default is the
    common ones, :data:`ALL_CONNECTORS` every dash, word and opener of the lexicon.

    Examples:
        >>> r = ranges(period=False).example()
        >>> r.min < r.max
        True
    """
    chosen = forms if forms is not None else currency_forms()
    base = _range(chosen, tuple(connectors), multiplied, max_value)
    if not period:
        return base
    return st.one_of(base, with_period(base))


# --------------------------------------------------------------------------------------------------------
# Equivalents
# --------------------------------------------------------------------------------------------------------

#: Words that may open a restatement in parentheses without making it a bound, from the lexicon.
_EQUIVALENT_LEADS: Final = tuple(sorted(
    (lx.EQUIVALENT_LEADS - set(lx.BOUNDS_BEFORE) - {"to", "just over", "just under"}) | {""}
))


def _approximating(lead: str) -> bool:
    return lead in lx.APPROX_BEFORE or lead.rstrip(":") in lx.APPROX_BEFORE


@st.composite
def _equivalents(draw: st.DrawFn, count: int, allow_ranges: bool, period: bool) -> RenderedMoney:
    codes = sorted({f.currency for f in _all_forms() if f.explicit})
    currencies = draw(st.lists(st.sampled_from(codes), min_size=count + 1, max_size=count + 1, unique=True))

    def one(code: str) -> SearchStrategy[RenderedMoney]:
        forms = currency_forms(explicit=True, currencies=[code])
        singles = money(forms=forms)
        return st.one_of(singles, ranges(forms=forms, period=False)) if allow_ranges else singles

    primary = draw(one(currencies[0]))
    text = primary.text + " ("
    placed: list[tuple[RenderedMoney, int, bool]] = []
    for k, code in enumerate(currencies[1:]):
        if k:
            text += draw(st.sampled_from([" / ", "; ", ", ", " or "]))
        lead = draw(st.sampled_from(_EQUIVALENT_LEADS))
        text += lead + ("" if lead in ("", "~", "≈") else " ")
        eq = draw(one(code))
        placed.append((eq, len(text), _approximating(lead)))
        text += eq.text
    text += ")"
    result_period: Period | None = None
    if period and draw(st.booleans()):
        phrase, result_period = draw(periods())
        text += _period_suffix(phrase)
    eqs = tuple(attrs.evolve(eq._moved(text, offset), approximate=approx, period=result_period)
                for eq, offset, approx in placed)
    return attrs.evolve(primary._moved(text, 0), equivalents=eqs, period=result_period)


def equivalents(*, count: int = 1, allow_ranges: bool = True, period: bool = True) -> SearchStrategy[RenderedMoney]:
    """Money restated in other currencies right after it: "US$48,000 (A$71,000)", "€5 – €7 (about £4 –
    £6) per day", "CHF 100 (US$110 / €105)". Every currency is unambiguous and different, so each
    restatement must come back as an equivalent of the one mention, never as a mention of its own.

    Examples:
        >>> e = equivalents(allow_ranges=False, period=False).example()
        >>> len(e.equivalents), e.equivalents[0].currency != e.currency
        (1, True)
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    return _equivalents(count, allow_ranges, period)


# --------------------------------------------------------------------------------------------------------
# Text around money, and text without money
# --------------------------------------------------------------------------------------------------------


@st.composite
def _prose(draw: st.DrawFn, min_sentences: int, max_sentences: int, end_sentence: bool) -> str:
    vocab = _vocabulary()
    n = draw(st.integers(min_sentences, max_sentences))
    sentences = []
    for k in range(n):
        words = draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=12))
        if len(words) > 3 and draw(st.booleans()):
            cut = draw(st.integers(1, len(words) - 1))
            words[cut - 1] += draw(st.sampled_from([",", ";"]))
        sentence = " ".join(words)
        sentence = sentence[:1].upper() + sentence[1:]
        last = k == n - 1 and not end_sentence
        sentences.append(sentence + (" " if last else draw(st.sampled_from([". ", ". ", "! ", "? ", ".\n"]))))
    return "".join(sentences)


def prose(*, min_sentences: int = 0, max_sentences: int = 3, end_sentence: bool = True) -> SearchStrategy[str]:
    """Filler sentences that cannot change a money mention: no digits, no currency word or sign, none of
    the lexicon's bound, approximation, period, range or number words; each sentence ends with ". " (or
    "! ", "? ", ".\\n"). With ``end_sentence`` False the last sentence is left open, ending with a space,
    so money can follow mid-sentence.

    Examples:
        >>> any(ch.isdigit() for ch in prose().example())
        False
    """
    return _prose(min_sentences, max_sentences, end_sentence)


_COUNT_NOUNS: Final = ("actors", "people", "visitors", "students", "trees", "books", "cars", "employees",
                       "members", "votes", "signatures", "downloads", "followers", "pages", "steps", "runners")


@st.composite
def _non_money_fragment(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["int", "decimal", "percent", "year", "date", "time", "phone", "version",
                                 "fixed", "count", "ordinal", "range", "big"]))
    if kind == "int":
        return str(draw(st.integers(0, 10**7)))
    if kind == "decimal":
        return f"{draw(st.integers(0, 999))}.{draw(st.integers(0, 99)):02d}"
    if kind == "percent":
        n = draw(st.sampled_from(["5", "12.5", "100", "0.25", "3,5"]))
        return n + draw(st.sampled_from(["%", " %", " percent", " per cent", " pct"]))
    if kind == "year":
        return str(draw(st.integers(1800, 2199)))
    if kind == "date":
        y, mo, d = draw(st.integers(1900, 2100)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
        return draw(st.sampled_from([f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}", f"{d:02d}.{mo:02d}.{y}",
                                     f"{d} May {y}", f"June {d}, {y}", f"{mo}/{d}"]))
    if kind == "time":
        h, mi = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        return f"{h}:{mi:02d}" + draw(st.sampled_from(["", " am", " h", ":30"]))
    if kind == "phone":
        a, b, c = draw(st.integers(200, 999)), draw(st.integers(200, 999)), draw(st.integers(1000, 9999))
        return draw(st.sampled_from([f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"{a} {b} {c}", f"+44 20 {b} {c}",
                                     f"0{a} {b}{c}"]))
    if kind == "version":
        x, y, z = draw(st.integers(0, 20)), draw(st.integers(0, 20)), draw(st.integers(0, 20))
        return draw(st.sampled_from([f"v{x}.{y}.{z}", f"version {x}.{y}", f"{x}.{y}.{z}", f"release {x}.{y}"]))
    if kind == "fixed":
        return draw(st.sampled_from(["401(k)", "Fortune 500", "24/7", "Q3", "Q4 2024", "9/11", "Route 66",
                                     "Boeing 747", "Windows 11", "COVID-19", "3D", "4K video", "5G", "Section 8",
                                     "Room 101", "Catch-22", "1st", "2nd", "3rd", "20th century", "No. 5"]))
    if kind == "count":
        n = draw(st.sampled_from(["160,000", "2,500", "12", "1.5 million", "300", "3 million", "45k", "2 billion",
                                  "10 thousand", "12 lakh"]))
        return f"{n} {draw(st.sampled_from(_COUNT_NOUNS))}"
    if kind == "ordinal":
        nth = draw(st.integers(1, 99))
        ending = "th" if 10 <= nth % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
        return f"{nth}{ending}"
    if kind == "range":
        a = draw(st.integers(1, 50))
        return f"{a}-{a + draw(st.integers(1, 50))} {draw(st.sampled_from(_COUNT_NOUNS))}"
    return f"{draw(st.integers(1, 999)):,} {draw(st.sampled_from(_COUNT_NOUNS))}"


@st.composite
def _non_money(draw: st.DrawFn) -> str:
    vocab = _vocabulary()
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        before = draw(st.lists(st.sampled_from(vocab), max_size=4))
        after = draw(st.lists(st.sampled_from(vocab), max_size=4))
        parts.append(" ".join([*before, draw(_non_money_fragment()), *after]))
    return draw(st.sampled_from([". ", ", ", "; "])).join(parts) + draw(st.sampled_from(["", "."]))


def non_money() -> SearchStrategy[str]:
    """Text full of numbers and no money: bare integers and decimals, percentages ("5%"), years and
    dates, times ("10:30"), phone numbers, versions ("v1.2.3"), "401(k)", "Fortune 500", "24/7", "Q3",
    counts ("160,000 actors", "1.5 million people"). salarynorm must find nothing in it.

    Examples:
        >>> isinstance(non_money().example(), str)
        True
    """
    return _non_money()


@st.composite
def _in_prose(draw: st.DrawFn, base: SearchStrategy[RenderedMoney]) -> Embedded:
    m = draw(base)
    prefix = draw(prose(end_sentence=draw(st.booleans())))
    last_word = m.text.split()[-1] if m.text.split() else ""
    seps = [", ", "; ", ". ", "! "]
    if last_word.rstrip(".").lower() not in {"plus", "max", "min", "maximum", "minimum"}:
        seps.append(" ")  # "£30k plus benefits": a word right after "plus" may say it is no bound
    last = re.search(r"[^\W\d_][\w.'’ʻ]*$", m.text)
    if m.text.endswith(".") or (last is not None and last.group() + "." in table().signs):
        # "kr." is another sign than "kr", "МАН." the same as "МАН": a full stop right after such a sign
        # is ambiguous, so the sentence goes on instead.
        seps = [s for s in seps if not s.startswith((".", "!"))] or [" "]
    sep = draw(st.sampled_from(seps))
    suffix = draw(prose(min_sentences=1)) if draw(st.booleans()) else ""
    tail = sep.rstrip() if not suffix else sep + suffix
    return Embedded(prefix + m.text + tail, len(prefix), m)


def in_prose(base: SearchStrategy[RenderedMoney]) -> SearchStrategy[Embedded]:
    """What ``base`` draws, with :func:`prose` before and after it.

    Examples:
        >>> e = in_prose(money()).example()
        >>> e.text[e.offset:].startswith(e.money.text)
        True
    """
    return _in_prose(base)


_MESSY_PIECES: Final = (
    "$", "€", "£", "¥", "₹", "US$", "A$", "C$", "HK$", "R$", "kr", "Rs.", "zł", "USD", "EUR", "GBP", "dollars",
    "euros", "pounds", "cents", "p", "k", "K", "m", "M", "bn", "mn", "million", "billion", "lakh", "crore",
    "grand", "LPA", "per", "a", "an", "/", "/hr", "p.a.", "per annum", "hourly", "up to", "at least", "over",
    "under", "+", "or more", "about", "~", "between", "and", "from", "to", "-", "–", "—", "(", ")", "[", "]",
    ",", ".", "'", "’", ":", ";", "%", "0", "1", "12", "123", "1,234", "1.234", "1 234", "1\u00a0234",
    "12,34,567", "0.5", ".75", "twenty", "thirty-five", "thousand", "half", "hundred", "one", "point",
    "\u202f", "\u2009", "\n", "\t", "\u200b", "\u200f", "\u202e", "\ufeff", "🙂", "👍🏽", "مرحبا", "שלום",
    "ر.س", "د.إ", "руб.", "₽", "元", "円", "₩", "\ud800", "\udfff", "\x00", "\x1b",
)


def messy_text(*, max_size: int = 300) -> SearchStrategy[str]:
    """Any text, biased towards what stresses a money grammar: Unicode of every category (lone
    surrogates, emoji, right-to-left scripts, control and format characters included), soups of currency
    signs, numbers in every format and the lexicon's words, and rendered money glued together.

    Examples:
        >>> isinstance(messy_text().example(), str)
        True
    """
    every_character = st.characters(exclude_categories=())
    piece = st.one_of(st.sampled_from(_MESSY_PIECES), st.text(max_size=3))
    glue = st.sampled_from(["", " ", " ", "\u00a0", "\n"])
    soup = st.lists(st.tuples(piece, glue), max_size=max(1, max_size // 3)).map(
        lambda parts: "".join(a + b for a, b in parts))
    rendered = st.lists(st.one_of(money().map(lambda m: m.text), ranges().map(lambda m: m.text),
                                  bounded().map(lambda m: m.text), equivalents().map(lambda m: m.text),
                                  st.sampled_from(_MESSY_PIECES), st.text(max_size=4)),
                        max_size=8).flatmap(lambda parts: glue.map(lambda g: (g or " ").join(parts)))
    return st.one_of(
        st.text(max_size=max_size),
        st.text(alphabet=every_character, max_size=max_size),
        soup,
        rendered,
    )


# --------------------------------------------------------------------------------------------------------
# Other languages: money as a language's own text writes it, from that language's data
# --------------------------------------------------------------------------------------------------------


@functools.cache
def _language_forms(language: str) -> tuple[tuple[str, str, bool], ...]:
    """(surface, currency, written before the number) for the everyday currency forms of ``language``: the
    signs and codes every language shares, and the language's own currency names that have a conventional
    reading or only one (taken from its names data, as the grammar reads them)."""
    tab = table()
    out: list[tuple[str, str, bool]] = []
    for sign in ("€", "£", "CHF", "EUR", "USD", "GBP", "US$"):
        code = tab.signs[sign][0] if sign in tab.signs else sign[:3]
        out += [(sign, code, True), (sign, code, False)]
    own = language_names(language)
    if own is not None:
        for name, cands in sorted(own.names.items()):
            single = len(cands) == 1 and " " not in name and "-" not in name and _current(cands[0])
            code = own.defaults.get(name, cands[0])
            # (three-decimal currencies read "1.000" as one: the English generators cover them)
            if (single or name in own.defaults) and name.isalpha() and len(name) > 3 \
                    and name not in load(language).weight_names and tab.currencies[code].digits != 3:
                out.append((name.capitalize(), code, False))
    return tuple(out)


def _grouped(int_digits: str, sep: str) -> str:
    rev = int_digits[::-1]
    return sep.join(rev[k : k + 3] for k in range(0, len(rev), 3))[::-1]


@st.composite
def _language_number(draw: st.DrawFn, language: str, multiplied: bool) -> _Num:
    """A number as ``language`` writes it: its decimal mark, its digit groups ("45.000", "45 000",
    "45'000", "1.234,56"), or a small number with one of its multipliers ("4,5 Mio.", "2 Milliarden")."""
    lang = load(language)
    mark = lang.decimal_mark or "."
    group = "." if mark == "," else ","
    words = sorted(w for w in lang.multipliers if w.isascii() and w.rstrip(".").isalpha()
                   and w not in lang.multipliers_attached_only)
    if multiplied and words:
        word = draw(st.sampled_from(words))
        mantissa = draw(st.sampled_from([Decimal(1), Decimal(2), Decimal("2.5"), Decimal("4.5"), Decimal(12),
                                         Decimal(150)]))
        shown = word if len(word) == 1 else word.capitalize()  # "Mio.", "Millionen"; "k" stays
        value = Decimal(format(mantissa.scaleb(lang.multipliers[word]), "f"))
        return _Num(f"{format(mantissa, 'f').replace('.', mark)} {shown}", value, False)
    whole = draw(st.integers(min_value=1, max_value=999_999))
    cents = draw(st.sampled_from([None, None, 0, 5, 50, 99]))
    style = draw(st.sampled_from(["plain", "group", "space", "apostrophe"]))
    digits = str(whole)
    if whole >= 1000 and style != "plain":
        if style == "apostrophe":
            mark, group = ".", "'"  # Swiss: the apostrophe groups, the point marks the decimals
        digits = _grouped(digits, {"group": group, "space": "\u00a0", "apostrophe": group}[style])
    value = Decimal(whole)
    if cents is not None:
        digits += f"{mark}{cents:02d}"
        value += Decimal(cents).scaleb(-2)
    return _Num(digits, value, False)


@st.composite
def _language_period(draw: st.DrawFn, language: str) -> tuple[str, Period]:
    """A period phrase after the amount as ``language`` writes it ("pro Jahr", "im Monat", "/Monat",
    "monatlich", "p.a."), from its period prepositions, units and words."""
    lang = load(language)
    units = sorted(u for u in lang.period_units if u.isalpha() and u not in lang.period_units_slash_only
                   and len(u) > 3)
    prepositions = sorted(p for p in lang.period_prepositions if p.isalpha())
    how = draw(st.sampled_from(["preposition", "slash", "word"]))
    if how == "word" or not units or not prepositions:
        word = draw(st.sampled_from(sorted(lang.period_words)))
        return " " + word, Period(lang.period_words[word])
    unit = draw(st.sampled_from(units))
    if how == "slash":
        return "/" + unit.capitalize(), Period(lang.period_units[unit])
    return f" {draw(st.sampled_from(prepositions))} {unit.capitalize()}", Period(lang.period_units[unit])


@st.composite
def _in_language(draw: st.DrawFn, language: str) -> RenderedMoney:
    lang = load(language)
    surface, code, before = draw(st.sampled_from(_language_forms(language)))
    shape = draw(st.sampled_from(["single", "single", "range", "bound", "approx"]))
    multiplied = draw(st.booleans())
    lo = draw(_language_number(language, multiplied))

    def attach(num: _Num) -> str:
        if not before:
            return num.text + " " + surface
        return surface + (draw(st.sampled_from(["", " "])) if not surface.isalpha() else " ") + num.text

    lead = ""
    approximate = False
    low: Decimal | None = lo.value
    high: Decimal | None = lo.value
    if shape == "range":
        hi = draw(_language_number(language, multiplied))
        assume(hi.value > lo.value)
        opener, closer = draw(st.sampled_from(
            [("", d) for d in ("–", "-", " – ")] + [("", f" {w} ") for w in sorted(lang.range_words)]
            + [(f"{o} ", f" {c} ") for o, cs in sorted(lang.range_openers.items()) for c in cs if c.isalpha()]))
        once = not before and draw(st.booleans())  # "45.000 bis 55.000 €": the currency written once
        assume(not (once and _shorthand(lo, hi)))
        body = (lo.text if once else attach(lo)) + closer + attach(hi)
        lead = opener
        high = hi.value
    else:
        body = attach(lo)
        if shape == "bound":
            phrase = draw(st.sampled_from(sorted(p for p in lang.bounds_before.entries
                                                 if p not in lang.change_openers and p.rstrip(".").isalpha())))
            lead = phrase + " "
            low, high = (None, lo.value) if lang.bounds_before.entries[phrase] == "max" else (lo.value, None)
        elif shape == "approx":
            lead = draw(st.sampled_from(sorted(p for p in lang.approx_before.entries if p[0].isalpha()))) + " "
            approximate = True
    period = None
    tail = ""
    if draw(st.booleans()):
        tail, period = draw(_language_period(language))
    start = len(lead)
    return RenderedMoney(text=lead + body + tail, start=start, end=start + len(body), min=low, max=high,
                         currency=code, period=period, approximate=approximate)


def in_language(language: str) -> SearchStrategy[RenderedMoney]:
    """Money written the way ``language``'s own text writes it ("de": "bis zu 4,5 Mio. €", "zwischen 45.000
    und 55.000 Euro im Jahr", "rund 120 Franken pro Stunde", "CHF 98'500"), with the reading salarynorm
    must give when told the language: every word (currency names, multipliers, range, bound and
    approximation words, period phrases) comes from that language's data, the numbers follow its decimal
    mark.

    Examples:
        >>> in_language("de").example().text != ""
        True
    """
    return _in_language(language)

