"""The public generators themselves: what they promise about the text they write."""

from __future__ import annotations

import re

from hypothesis import given

from salarynorm import strategies as sst
from salarynorm.strategies import RenderedMoney


@given(sst.prose())
def test_prose_is_neutral(text: str) -> None:
    """``prose()`` has no digit and no word the grammar knows (lexicon, currency names, signs, codes)."""
    assert not any(ch.isdigit() for ch in text)
    forbidden = sst._forms._forbidden_words()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        assert word not in forbidden, word


@given(sst.non_money())
def test_non_money_has_numbers(text: str) -> None:
    """``non_money()`` always writes at least one digit (it is about numbers that are not money)."""
    assert any(ch.isdigit() for ch in text)


@given(sst.money())
def test_rendered_money_is_consistent(m: RenderedMoney) -> None:
    """A rendered amount has min == max, a surface inside its text, and a currency of the table."""
    assert m.min == m.max
    assert m.min is not None
    assert m.min > 0
    assert 0 <= m.start < m.end <= len(m.text)
    assert m.surface.strip() == m.surface


@given(sst.in_prose(sst.ranges()))
def test_embedding_keeps_the_money(doc: sst.Embedded) -> None:
    """``in_prose`` puts the money's text at ``offset`` and shifts the expectation with it."""
    assert doc.text[doc.offset : doc.offset + len(doc.money.text)] == doc.money.text
    assert doc.expected.surface == doc.money.surface


def test_the_strategies_face_exports_exactly_its_public_names() -> None:
    """``salarynorm.strategies`` is a thin face over its private modules (as Hypothesis's own is): every
    name in ``__all__`` is there, and every public name it holds is in ``__all__``."""
    public = {name for name in vars(sst) if not name.startswith("_") and name not in ("annotations", "hypothesis")}
    assert set(sst.__all__) == public
