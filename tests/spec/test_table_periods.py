"""A period stated by the header of a table's column or of a list: "| Role | Annual salary |", "Per month",
"Day rates for contractors:"."""

from __future__ import annotations

from hypothesis import given

import salarynorm
from salarynorm import strategies as sst
from salarynorm.strategies import RenderedMoney

from .conftest import check_mentions


@given(sst.in_tables())
def test_the_header_s_period_reaches_its_column(expected: tuple[RenderedMoney, ...]) -> None:
    """Amounts and ranges in the rows of a markdown, pipe or tab-separated table, or in the items of a list,
    under a header stating a period from the lexicon ("Annual salary", "Per month", "Hourly", "Salary (per
    week)", "Day rates for ...:") have that period unless they state their own; amounts in a column headed
    "Bonus", which states none, have none."""
    text = expected[0].text
    mentions = salarynorm.extract(text, lang="en")
    check_mentions(text, mentions)
    assert len(mentions) == len(expected), (text, [m.text for m in mentions])
    for want, got in zip(expected, mentions, strict=True):
        want.assert_matches(got)
