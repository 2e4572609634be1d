"""A period stated by the clause: the pay noun the amount belongs to carries it, a few words before."""

from __future__ import annotations

from hypothesis import given

import salarynorm
from salarynorm import strategies as sst
from salarynorm.strategies import RenderedMoney


@given(sst.governed())
def test_the_period_on_the_pay_noun_reaches_the_amount(expected: RenderedMoney) -> None:
    """An amount or a range with no period of its own, after a pay noun with a period adjective ("the
    monthly salary", "the hourly rates", "the annual revenue") and a few other words in the same clause, has
    that period."""
    mentions = salarynorm.extract(expected.text)
    assert len(mentions) == 1, (expected.text, mentions)
    expected.assert_matches(mentions[0])


@given(sst.governed(broken=True))
def test_a_sentence_end_stops_the_pay_noun_s_period(expected: RenderedMoney) -> None:
    """The same with a sentence ending between the pay noun and the amount: the amount has no period."""
    mentions = salarynorm.extract(expected.text)
    assert len(mentions) == 1, (expected.text, mentions)
    expected.assert_matches(mentions[0])
