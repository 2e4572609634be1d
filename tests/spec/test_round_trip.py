"""Round trip: money written in any supported form reads back to exactly its value and currency."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst
from salarynorm._currency_table import table
from salarynorm.strategies import ALL_KINDS, ALL_STYLES, RenderedMoney

from .conftest import EVERYDAY, check_mentions, examples

THREE_DIGITS = sorted(c for c, info in table().currencies.items() if info.current and info.digits == 3)


def one_mention(expected: RenderedMoney) -> None:
    """``expected.text`` holds exactly one mention, and it is the expected one (values, currency, period,
    approximation, equivalents, and the surface ``text[start:end]``)."""
    mentions = salarynorm.extract(expected.text)
    check_mentions(expected.text, mentions)
    assert len(mentions) == 1, f"{expected.text!r}: expected one mention, got {[m.to_dict() for m in mentions]}"
    expected.assert_matches(mentions[0])


@pytest.mark.parametrize("kind", ALL_KINDS)
@given(data=st.data())
def test_single_amount_round_trips(kind: str, data: st.DataObject) -> None:
    """A single amount written with a currency sign before or after it, attached or spaced ("€50", "50€",
    "50 €", "$ 75"), a prefixed dollar ("US$", "A$", "C$", "NZ$", "HK$", "S$", "R$"), a sign in letters
    ("zł", "kr", "Rs"), an ISO code before or after it ("USD 200", "200USD") or an English name after it
    ("5 euros", "10 US dollars", "4 pounds sterling") extracts to exactly one mention with
    ``min == max ==`` the amount, the currency the surface means (its conventional reading for "$", "£",
    "¥", "kr"), and the expression itself as its text."""
    one_mention(data.draw(sst.money(forms=sst.currency_forms(kinds=[kind]), multiplied=False, in_words=False)))


@pytest.mark.parametrize("style", ALL_STYLES)
@given(data=st.data())
@settings(max_examples=examples(0.5))
def test_number_formats_round_trip(style: str, data: st.DataObject) -> None:
    """Every grouping convention reads exactly: "1,234.56", "1.234,56", "1 234,56" (ASCII space,
    no-break, narrow no-break or thin space), "1 234.56", "1'234.50", "1’234.50", Indian "12,34,567",
    plain "1234.56"; a lone "." or "," before exactly three digits groups thousands ("45.000 €" is
    45000) except for currencies with three minor digits ("KWD 1.234" is 1.234). (Everyday currencies:
    the number format is what is tested.)"""
    one_mention(data.draw(sst.money(forms=EVERYDAY, multiplied=False, in_words=False,
                                    styles=[style])))  # type: ignore[list-item]


@given(st.one_of(sst.money(forms=sst.currency_forms(currencies=THREE_DIGITS), in_words=False),
                 sst.ranges(forms=sst.currency_forms(currencies=THREE_DIGITS))))
def test_three_minor_digit_currencies(expected: RenderedMoney) -> None:
    """For a currency with three minor digits (KWD, BHD, JOD, OMR, TND, LYD) a lone "." or "," before
    exactly three digits is a decimal point, on both ends of a range, whether the currency is written
    on that end or only on the other: "KWD 1.250" is 1.25, "JOD 1.250–1.500" is 1.25 to 1.5."""
    one_mention(expected)


@given(sst.money(forms=EVERYDAY, multiplied=True, in_words=False))
def test_multipliers_round_trip(expected: RenderedMoney) -> None:
    """A multiplier attached or spaced after the number scales it exactly: "$1.3 million" is 1300000,
    "£2.5bn" 2500000000, "EUR60k" 60000, "₹25 lakh" 2500000, "Rs 1.2 crore" 12000000, "5M", "5 mn";
    after a multiplier a lone "." before three digits is a decimal point ("$1.234 billion"). (Everyday
    currencies: the multiplier is what is tested.)"""
    one_mention(expected)


@given(sst.money(forms=sst.currency_forms(kinds=["name"]), in_words=True))
def test_number_words_round_trip(expected: RenderedMoney) -> None:
    """English number words before a currency name read exactly: "twenty dollars", "thirty-five
    thousand euros", "one hundred and fifty pounds", "two and a half million dollars", "half a million
    pounds", "a thousand dollars"."""
    one_mention(expected)


@given(sst.money())
def test_parse_reads_a_money_field_like_extract(expected: RenderedMoney) -> None:
    """A field holding just one rendered amount parses to the same mention ``extract`` finds in it."""
    [found] = salarynorm.extract(expected.text) or [None]
    parsed = salarynorm.parse(expected.text)
    assert parsed is not None, f"parse({expected.text!r}) found nothing"
    expected.assert_matches(parsed)
    assert found is not None
    assert parsed.to_dict() == found.to_dict()


@given(sst.money(forms=EVERYDAY, in_words=False), st.sampled_from(["-", "−"]))
def test_minus_sign_negates(expected: RenderedMoney, minus: str) -> None:
    """A minus sign written right before an amount ("-$5.00", "−€3", "-50 EUR") negates it: the same
    currency, ``min == max ==`` minus the amount, and the minus belongs to the mention's text."""
    text = minus + expected.text
    mentions = salarynorm.extract(text)
    check_mentions(text, mentions)
    assert len(mentions) == 1, f"{text!r}: {[m.to_dict() for m in mentions]}"
    [m] = mentions
    assert expected.min is not None
    assert (m.min, m.max, m.currency) == (-expected.min, -expected.min, expected.currency)
    assert m.text == minus + expected.surface
