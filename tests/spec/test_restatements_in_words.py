"""Restatements written in words: money restated in another currency after a comma and words that say so
belongs to the money it restates, as a parenthesis does."""

from __future__ import annotations

from hypothesis import given

import salarynorm
from salarynorm import strategies as sst
from salarynorm.strategies import RenderedMoney

from .conftest import check_mentions
from .test_round_trip import one_mention


@given(sst.restated_in_words(allow_ranges=False, period=False))
def test_single_restatement_in_words(expected: RenderedMoney) -> None:
    """"€740 million, equivalent to $805 million", "£2bn, or roughly $2.5bn": an amount, a comma, words
    restating it ("or about", "equivalent to", "which is", "worth", "i.e." ... optionally followed by an
    approximation word) and an amount in another, unambiguous currency is ONE mention with ONE equivalent
    in that currency, approximate exactly when an approximation word leads it; the restatement is not a
    mention of its own."""
    one_mention(expected)


@given(sst.restated_in_words(count=2))
def test_restatements_in_words_of_ranges_with_periods(expected: RenderedMoney) -> None:
    """"CHF 100-120 per day, or about US$110-132, equal to €105-126": ranges restate ranges, several restatements may
    follow one another, each after its comma, and a period after the primary or after the last
    restatement applies to the mention and every equivalent alike."""
    one_mention(expected)


@given(sst.restated_in_same_currency())
def test_restatement_in_the_same_currency_is_a_mention(pair: tuple[RenderedMoney, RenderedMoney]) -> None:
    """"€5m, or about €10 a share", "€5,000, which is about €4,800": words of restatement between two amounts in
    the same currency restate nothing: they are two mentions, in order, neither with an equivalent."""
    first, second = pair
    mentions = salarynorm.extract(first.text)
    check_mentions(first.text, mentions)
    assert len(mentions) == 2, f"{first.text!r}: expected two mentions, got {[m.to_dict() for m in mentions]}"
    first.assert_matches(mentions[0])
    second.assert_matches(mentions[1])
