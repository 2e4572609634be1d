"""Ranges and open bounds: both ends, or the one end the text gives."""

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


@given(sst.ranges())
def test_ranges_round_trip(expected: RenderedMoney) -> None:
    """A range "X – Y", "X-Y", "X to Y", "between X and Y" or "from X to Y", with the currency and the
    multiplier written once or on both ends ("$300-900k" is 300000-900000, "£45–55k", "300,000 to 900,000
    dollars", "€5 – €7"), and an optional period phrase before or after it, extracts to exactly one
    mention with that min, max, currency and period; its text runs from the first amount's first token
    to the last amount's last token ("between" and the period phrase lie outside)."""
    one_mention(expected)


@pytest.mark.parametrize(("opener", "connector"), sst.ALL_CONNECTORS)
@given(data=st.data())
@settings(max_examples=examples(0.2))
def test_every_range_connector_of_the_lexicon(opener: str, connector: str, data: st.DataObject) -> None:
    """Every dash, range word and opener the lexicon lists joins the two ends of a range (everyday
    currencies: the phrase is what is tested)."""
    one_mention(data.draw(sst.ranges(forms=EVERYDAY, connectors=[(opener, connector)], period=False)))


@given(sst.bounded())
def test_open_bounds(expected: RenderedMoney) -> None:
    """An open bound gives one side only: "up to", "under", "no more than" before the amount make it
    the max (min None); "at least", "over" before it, or "+" and "or more" after it, make it the min
    (max None). The bound phrase is not part of the mention's text."""
    one_mention(expected)


@pytest.mark.parametrize("phrase", sorted(EN.bounds_before.entries))
@given(data=st.data())
@settings(max_examples=examples(0.1))
def test_every_bound_phrase_before(phrase: str, data: st.DataObject) -> None:
    """Every bound phrase the lexicon reads before an amount opens the right side (everyday currencies,
    amounts in digits: the phrase is what is tested)."""
    one_mention(data.draw(sst.bounded(before=[phrase], after=[], forms=EVERYDAY, in_words=False)))


@pytest.mark.parametrize("phrase", sorted(EN.bounds_after.entries))
@given(data=st.data())
@settings(max_examples=examples(0.1))
def test_every_bound_phrase_after(phrase: str, data: st.DataObject) -> None:
    """Every bound phrase the lexicon reads after an amount opens the right side ("+" right after a
    number: "$100,000+"; everyday currencies, amounts in digits: the phrase is what is tested)."""
    one_mention(data.draw(sst.bounded(before=[], after=[phrase], forms=EVERYDAY, in_words=False)))


@given(sst.approximately())
def test_approximation(expected: RenderedMoney) -> None:
    """"about", "around", "roughly", "approximately", "~", "nearly", "almost", "circa", "some" before an
    amount, or "or so", "est.", "(est.)", "approx.", "-ish" after it, set ``approximate`` and change
    nothing else."""
    one_mention(expected)


@pytest.mark.parametrize(("where", "phrase"), [("before", p) for p in sorted(frozenset(EN.approx_before.entries))]
                         + [("after", p) for p in sorted(frozenset(EN.approx_after.entries))])
@given(data=st.data())
@settings(max_examples=examples(0.1))
def test_every_approximation_word(where: str, phrase: str, data: st.DataObject) -> None:
    """Every approximation word of the lexicon, before or after an amount, sets ``approximate``
    (everyday currencies, amounts in digits: the phrase is what is tested)."""
    before, after = ([phrase], []) if where == "before" else ([], [phrase])
    base = sst.money(forms=EVERYDAY, in_words=False)
    one_mention(data.draw(sst.approximately(base, before=before, after=after)))
