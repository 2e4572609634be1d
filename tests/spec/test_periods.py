"""Pay periods: every spelling the lexicon knows."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salarynorm import Period
from salarynorm import strategies as sst
from salarynorm._lang import load
from salarynorm._lang.en import period_phrases
from salarynorm.strategies import RenderedMoney

from .conftest import EVERYDAY, examples
from .test_round_trip import one_mention

EN = load("en")


@pytest.mark.parametrize("phrase", sorted(period_phrases(EN)))
@given(data=st.data())
@settings(max_examples=examples(0.05))
def test_every_period_spelling_round_trips(phrase: str, data: st.DataObject) -> None:
    """Every period spelling of the lexicon, written after an amount ("$25 per hour", "£30k p.a.",
    "$900k/yr", "€3,000 pcm", "$20 hourly", "£350 a day"), gives that period; the phrase is not part of
    the mention's text (everyday currencies, amounts in digits: the phrase is what is tested)."""
    m = data.draw(sst.money(forms=EVERYDAY, in_words=False))
    spaced = m.embed("", phrase if phrase.startswith("/") else " " + phrase)
    one_mention(attrs.evolve(spaced, period=Period(period_phrases(EN)[phrase])))


@given(sst.with_period(sst.money(), before=False))
def test_period_after_amount(expected: RenderedMoney) -> None:
    """Any amount followed by any period phrase of the lexicon reads with that period."""
    one_mention(expected)


@given(sst.period_prefixes(), sst.money())
def test_period_before_amount(prefix: tuple[str, Period], money: RenderedMoney) -> None:
    """A period adjective and a pay noun before the amount state its period: "annual salary of $X",
    "hourly rate: $X", "monthly rent is €X", "day rate of £X"."""
    phrase, period = prefix
    one_mention(attrs.evolve(money.embed(phrase), period=period))
