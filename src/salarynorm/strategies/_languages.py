"""Other languages: money as a language's own text writes it, from that language's data."""

from __future__ import annotations

import functools
from decimal import Decimal

from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._currency_table import language_names, table
from .._lang import load
from .._values import Period
from ._forms import _current
from ._money import _shorthand
from ._values import RenderedMoney, _Num

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
            long_enough = len(name) > 3 or bool(load(language).unspaced)  # "ドル", "元", "원" are whole names
            if (single or name in own.defaults) and name.isalpha() and long_enough \
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


def _canonical(table: dict[str, int]) -> dict[int, str]:
    """value -> the first word the data gives for it (the common character: "一" before "壱")."""
    out: dict[int, str] = {}
    for word, value in table.items():
        out.setdefault(value, word)
    return out


def _numeral_group(value: int, language: str) -> str:
    """A number below 10,000 in numeral characters ("三千五百", "이천칠백"): one before a small scale is left
    out ("千", "百", "十"), as the languages write it."""
    lang = load(language)
    digit, small = _canonical(lang.units), _canonical(lang.small_scales)
    out = ""
    for power in (3, 2, 1):
        d = value // 10**power % 10
        if d:
            out += ("" if d == 1 else digit[d]) + small[power]
    if value % 10:
        out += digit[value % 10]
    return out


@st.composite
def _myriad_number(draw: st.DrawFn, language: str) -> _Num:
    """A number as Chinese, Japanese and Korean write it: digits ("12,000"), digits with myriad scales
    ("480万", "1億2000万", "3억 5천만"), or numeral characters ("七万", "三千五百"). Groups keep their zeros at the
    end only ("3500", not "1005", which speech says otherwise)."""
    lang = load(language)
    myriad = _canonical(lang.myriad_scales)

    def group() -> int:
        digits = draw(st.integers(min_value=1, max_value=4))
        head = draw(st.integers(min_value=1, max_value=9))
        rest = draw(st.integers(min_value=0, max_value=10 ** (digits - 1) - 1)) if digits > 1 else 0
        return int(str(head) + (str(rest).rstrip("0") if rest else "").ljust(digits - 1, "0"))

    style = draw(st.sampled_from(["digits", "myriad", "numerals"]))
    if style == "digits":
        whole = draw(st.integers(min_value=1, max_value=999_999))
        text = _grouped(str(whole), ",") if whole >= 1000 and draw(st.booleans()) else str(whole)
        return _Num(text, Decimal(whole), False)
    top = draw(st.sampled_from(sorted(myriad)))
    high = group()
    value = high * 10**top
    if style == "numerals":
        text = _numeral_group(high, language) + myriad[top]
        if draw(st.booleans()) and top > 4:
            low = group()
            text += _numeral_group(low, language) + myriad[top - 4]
            value += low * 10 ** (top - 4)
        return _Num(text, Decimal(value), False)
    spaced = " " if lang.language == "ko" and draw(st.booleans()) else ""
    text = f"{high}{myriad[top]}"
    if draw(st.booleans()) and top > 4:
        low = group()
        text += f"{spaced}{low}{myriad[top - 4]}"
        value += low * 10 ** (top - 4)
    return _Num(text, Decimal(value), False)


@st.composite
def _in_myriad_language(draw: st.DrawFn, language: str) -> RenderedMoney:
    """Money as Chinese, Japanese and Korean text writes it: the number glued to its currency ("480万円",
    "4200만원", "8000元"), a pay noun carrying the period in front ("年収", "연봉", "月薪"), bounds and
    approximations after the amount ("以上", "이하", "左右") or before it ("最大", "约"), ranges with "〜"."""
    lang = load(language)
    surface, code, before = draw(st.sampled_from(_language_forms(language)))
    gap = " " if lang.language == "ko" and draw(st.booleans()) else ""

    def attach(num: _Num) -> str:
        if before:
            return surface + num.text
        return num.text + (" " if surface.isascii() else gap) + surface

    lo = draw(_myriad_number(language))
    low: Decimal | None = lo.value
    high: Decimal | None = lo.value
    approximate = False
    shape = draw(st.sampled_from(["single", "range", "bound_before", "bound_after", "approx_before",
                                  "approx_after"]))
    lead = tail = ""
    if shape == "range":
        hi = draw(_myriad_number(language))
        assume(hi.value > lo.value)
        # "1〜5万円" is 10,000-50,000: a scale on the high end only serves the low end where it can.
        scales = [p for w, p in lang.myriad_scales.items() if w in hi.text]
        plain_lo = not any(w in lo.text for w in lang.myriad_scales)
        assume(not (scales and plain_lo and lo.value.scaleb(max(scales)) <= hi.value))
        dash = draw(st.sampled_from(sorted(d for d in lang.range_dashes if not d.isascii())))
        body = attach(lo) + dash + attach(hi)
        high = hi.value
    else:
        body = attach(lo)
        bounds = lang.bounds_before if shape == "bound_before" else lang.bounds_after
        if shape in ("bound_before", "bound_after"):
            phrases = sorted(p for p in bounds.entries if not p.isascii() and " " not in p and p not in "〜～")
            phrase = draw(st.sampled_from(phrases))
            low, high = (None, lo.value) if bounds.entries[phrase] == "max" else (lo.value, None)
            if shape == "bound_before":
                lead = phrase + gap
            else:
                tail = gap + phrase
        elif shape in ("approx_before", "approx_after"):
            entries = lang.approx_before.entries if shape == "approx_before" else lang.approx_after.entries
            phrase = draw(st.sampled_from(sorted(p for p in entries if not p.isascii() and " " not in p)))
            approximate = True
            if shape == "approx_before":
                lead = phrase + gap
            else:
                tail = gap + phrase
    period = None
    if draw(st.booleans()) and lang.period_compound_prefixes and not lead:
        prefix = draw(st.sampled_from(sorted(lang.period_compound_prefixes)))
        noun = draw(st.sampled_from(sorted(n for n in lang.pay_nouns if not n.isascii())))
        lead = prefix + noun + draw(st.sampled_from(["", " "] if lang.language == "ko" else [""]))
        period = Period(lang.period_compound_prefixes[prefix])
    start = len(lead)
    return RenderedMoney(text=lead + body + tail, start=start, end=start + len(body), min=low, max=high,
                         currency=code, period=period, approximate=approximate)


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
    if load(language).myriad_scales:
        return _in_myriad_language(language)
    return _in_language(language)
