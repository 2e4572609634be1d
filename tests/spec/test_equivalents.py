"""Equivalents: a restatement in another currency belongs to the money it restates."""

from __future__ import annotations

from hypothesis import given

from salarynorm import strategies as sst
from salarynorm.strategies import RenderedMoney

from .test_round_trip import one_mention


@given(sst.equivalents(allow_ranges=False, period=False))
def test_single_equivalent(expected: RenderedMoney) -> None:
    """"US$48,000 (A$71,000)": an amount followed by a parenthesis restating it in another, unambiguous
    currency (optionally led by "about", "or", "~", "=", "approx." ...) is ONE mention with ONE
    equivalent, in that other currency; the equivalent is not a mention of its own."""
    one_mention(expected)


@given(sst.equivalents())
def test_equivalents_of_ranges_with_periods(expected: RenderedMoney) -> None:
    """"US$300,000 – US$900,000 (A$445,000 – A$1.3 million) per year": ranges restate ranges, and a period
    after the parenthesis applies to the mention and its equivalent alike."""
    one_mention(expected)


@given(sst.equivalents(count=2, allow_ranges=False, period=False))
def test_several_equivalents(expected: RenderedMoney) -> None:
    """"CHF 100 (US$110 / €105)": several restatements in one parenthesis, separated by "/", ";", "," or
    "or", are all equivalents of the one mention, in order."""
    one_mention(expected)
