"""Ranges and bounds in longer words: a range's high end may carry a bound that leaves its top, and an
amount's size in digits with its currency stated is a lower bound."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salarynorm import strategies as sst
from salarynorm._lang import load
from salarynorm.strategies import RenderedMoney

from .conftest import EVERYDAY, examples
from .test_round_trip import one_mention

EN = load("en")
MAX_PHRASES = sorted(p for p, side in EN.bounds_before.entries.items() if side == "max" and ":" not in p)


@pytest.mark.parametrize("phrase", MAX_PHRASES)
@given(data=st.data())
@settings(max_examples=examples(0.2))
def test_a_range_high_end_may_carry_its_bound(phrase: str, data: st.DataObject) -> None:
    """A range word or an opener's closer followed by a bound phrase that leaves the top ("from $5
    million up to as much as $20 million", "between €5 and no more than €8", "300,000 to under 900,000
    dollars") still joins the two ends: one mention from the first amount to the last, min the first,
    max the second (the bound says what the high end says already)."""
    connectors = [(o, c) for o, c in sst.BOUNDED_CONNECTORS if c.endswith(f" {phrase} ")]
    one_mention(data.draw(sst.ranges(forms=EVERYDAY, connectors=connectors, period=False)))


@given(sst.sizes_in_digits())
def test_an_amounts_size_with_its_currency_is_a_lower_bound(expected: RenderedMoney) -> None:
    """"a six-figure sum in dollars", "a 7-figure euro deal": a count of digits before "figure" with a
    currency name or code stated in the phrase (right after the size, or after the noun with "in") is
    one mention, min 10^(count-1) of that currency, max None, its text from the size to the currency."""
    one_mention(expected)
