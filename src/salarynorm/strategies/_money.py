"""Money: single amounts, periods, open bounds, approximation, ranges and restatements, each with the
reading salarynorm must give."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

import attrs
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._currency_table import table
from .._lang import load
from .._lang.en import period_phrases
from .._values import Period
from ._forms import _all_forms, _display_name, _placements, currency_forms
from ._numbers import _ATTACHED_ONLY, _render_digits, amounts, multipliers, number_words
from ._values import (
    ALL_STYLES,
    COMMON_BOUNDS_AFTER,
    COMMON_BOUNDS_BEFORE,
    CurrencyForm,
    NumberStyle,
    Placement,
    RenderedMoney,
    _Num,
)

#: The English lexicon: the English generators write what it reads.
_EN: Final = load("en")

# --------------------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------------------


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
    short = word.lower() in _EN.short_multipliers
    attached = word.lower() in _ATTACHED_ONLY or (short and draw(st.booleans()))
    return _Num(digits + ("" if attached else " ") + word, value, True)


def _plain_number(value: Decimal, currency: str, style: str) -> _Num:
    """``value`` in ``style``; plainly where that writes a lone "." before three digits ("1.250"): alone that
    groups thousands, but beside an hourly period or a unit price, which may follow, it is a decimal point."""
    three = table().currencies[currency].digits == 3
    text = _render_digits(value, style, lone_three_is_decimal=three)
    if not three and text.count(".") == 1 and text.replace(".", "").isdigit() and len(text.split(".")[1]) == 3:
        text = format(value, "f")
    return _Num(text, value, False)


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
    keys = sorted(phrases if phrases is not None else period_phrases(_EN))
    return st.sampled_from([(k, Period(period_phrases(_EN)[k])) for k in keys])


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
    nouns = sorted(_EN.pay_nouns & {"salary", "pay", "wage", "rate", "income", "compensation", "stipend",
                                   "remuneration", "rent", "fee", "retainer", "allowance", "earnings"})

    def build(adj: str, noun: str, link: str) -> tuple[str, Period]:
        return f"{adj} {noun}{link} ", Period(_EN.period_adjectives[adj])

    def label(noun: str, phrase: tuple[str, Period], parens: bool) -> tuple[str, Period]:
        text = f"({phrase[0]})" if parens else phrase[0]
        return (f"{noun.title()} {text}: " if noun else f"{text[:1].upper()}{text[1:]}: "), phrase[1]

    labels = [(f"per {unit}", Period(p)) for unit, p in sorted(_EN.period_units.items())
              if " " not in unit and unit not in _EN.period_units_slash_only]
    return st.one_of(
        st.builds(build, st.sampled_from(sorted(_EN.period_adjectives)), st.sampled_from(nouns),
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
        side = _EN.bounds_before.entries[phrase]
        out = m.embed(phrase + " ")
    else:
        side = _EN.bounds_after.entries[phrase]
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
    default is the common ones; pass ``sorted(salarynorm._lang.load("en").bounds_before.entries)`` for all); ``forms``,
    ``multiplied`` and ``in_words`` shape the amount as in :func:`money`.

    Examples:
        >>> b = bounded(before=["up to"], after=[]).example()
        >>> b.min is None and b.text.startswith("up to ")
        True
    """
    before, after = tuple(before), tuple(after)
    for p in before:
        if p not in _EN.bounds_before.entries:
            raise ValueError(f"{p!r} is not a bound phrase salarynorm reads before an amount")
    for p in after:
        if p not in _EN.bounds_after.entries:
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
    Pass ``sorted(salarynorm._lang.load("en").approx_before.entries)`` (or ``approx_after``) for every
    spelling.

    Examples:
        >>> approximately(before=["about"], after=[]).example().approximate
        True
    """
    b, a = list(before), list(after)
    for p in b:
        if p not in frozenset(_EN.approx_before.entries):
            raise ValueError(f"{p!r} is not an approximation word salarynorm reads before an amount")
    for p in a:
        if p not in frozenset(_EN.approx_after.entries):
            raise ValueError(f"{p!r} is not an approximation word salarynorm reads after an amount")
    return _approximately(base if base is not None else money(), b, a)


# --------------------------------------------------------------------------------------------------------
# Ranges
# --------------------------------------------------------------------------------------------------------

#: (opener, connector) pairs for every dash, range word and opener of the lexicon.
ALL_CONNECTORS: Final[tuple[tuple[str, str], ...]] = (
    *[("", d) for d in sorted(_EN.range_dashes)],
    *[("", f" {d} ") for d in sorted(_EN.range_dashes)],
    *[("", f" {w} ") for w in sorted(_EN.range_words) if not w.startswith("-")],
    *[("", w) for w in sorted(_EN.range_words) if w.startswith("-")],
    *[(f"{o} ", f" {c} ") for o, closers in sorted(_EN.range_openers.items()) for c in closers],
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
    (frozenset(_EN.equivalent_leads.entries) - set(_EN.bounds_before.entries) - {"to", "just over", "just under"})
    | {""}
))


def _approximating(lead: str) -> bool:
    return lead in frozenset(_EN.approx_before.entries) or lead.rstrip(":") in frozenset(_EN.approx_before.entries)


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
