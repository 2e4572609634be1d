"""Invariance: text around money that says nothing about money changes nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst
from salarynorm.strategies import Embedded

from .conftest import check_mentions, shifted

any_money = st.one_of(
    sst.money(),
    sst.ranges(),
    sst.bounded(),
    sst.approximately(),
    sst.with_period(sst.money()),
    sst.equivalents(),
)


@given(sst.in_prose(any_money))
def test_neutral_prose_changes_nothing(doc: Embedded) -> None:
    """Money embedded in neutral prose (no digits, no currency, none of the lexicon's words) before and
    after it, mid-sentence or as its own sentence, gives the same mentions as the money alone: same text,
    min, max, currency, period, approximation and equivalents, with every offset shifted by the length of
    the prose before it."""
    alone = salarynorm.extract(doc.money.text)
    inside = salarynorm.extract(doc.text)
    check_mentions(doc.text, inside)
    assert [m.to_dict() for m in inside] == [shifted(m.to_dict(), doc.offset) for m in alone]


@given(sst.in_prose(any_money))
def test_embedded_money_reads_as_expected(doc: Embedded) -> None:
    """Money embedded in neutral prose is found as exactly one mention, the expected one."""
    inside = salarynorm.extract(doc.text)
    assert len(inside) == 1, f"{doc.text!r}: {[m.to_dict() for m in inside]}"
    doc.expected.assert_matches(inside[0])


@given(sst.prose(), sst.prose(end_sentence=False))
def test_prose_alone_has_no_money(first: str, second: str) -> None:
    """The neutral prose itself holds no money."""
    assert salarynorm.extract(first + second) == []
