"""Round trip: money written in any supported form reads back to exactly its value and currency."""

from __future__ import annotations

import pytest
from hypothesis import given

import salarynorm
from salarynorm import strategies as sst
from salarynorm.strategies import ALL_KINDS, RenderedMoney

from .conftest import check_mentions


def _one_mention(expected: RenderedMoney) -> None:
    mentions = salarynorm.extract(expected.text)
    check_mentions(expected.text, mentions)
    assert len(mentions) == 1, f"{expected.text!r}: expected one mention, got {[m.to_dict() for m in mentions]}"
    expected.assert_matches(mentions[0])


@pytest.mark.parametrize("kind", ALL_KINDS)
@given(data=sst.money(multiplied=False, in_words=False).flatmap(lambda m: sst.money(
    forms=sst.currency_forms(), multiplied=False, in_words=False)))
def test_placeholder(kind: str, data: RenderedMoney) -> None:  # replaced below
    """Placeholder."""
