"""Shared helpers for the example tables (tests/test_amounts.py, test_ranges.py, test_not_money.py, ...).

An expected mention is written as a plain tuple so the tables stay readable and need no imports:

    (text, min, max, currency, period)                  # approximate False, no equivalents
    (text, min, max, currency, period, {extras})        # extras: approx=True, eq=[...], src="explicit",
                                                        #         bound="up to", cands={"AUD", "CAD"}

``min``/``max`` are the contract's plain decimal strings ("1300000", "0.5") or None; ``period`` is the
period's value ("year") or None; ``eq`` holds the equivalents as tuples of the same shape.
``approximate`` and ``equivalents`` are always compared (default False / none); the currency source, the
bound phrase and the candidate codes only when the row names them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import pytest

from salarynorm import Mention

Want = tuple[Any, ...]


def _want_view(want: Want) -> dict[str, Any]:
    text, lo, hi, cur, per, *rest = want
    extras: dict[str, Any] = dict(rest[0]) if rest else {}
    unknown = set(extras) - {"approx", "eq", "src", "bound", "cands"}
    assert not unknown, f"bad extras key(s) in test table: {unknown}"
    view: dict[str, Any] = {
        "text": text, "min": lo, "max": hi, "currency": cur, "period": per,
        "approximate": extras.get("approx", False),
        "equivalents": [_want_view(e) for e in extras.get("eq", [])],
    }
    if "src" in extras:
        view["currency_source"] = extras["src"]
    if "bound" in extras:
        view["bound_text"] = extras["bound"]
    if "cands" in extras:
        view["candidates_include"] = sorted(extras["cands"])
    return view


def _got_view(m: Mention, want: dict[str, Any] | None) -> dict[str, Any]:
    d = m.to_dict()
    want_eqs = (want or {}).get("equivalents", [])
    view: dict[str, Any] = {
        "text": d["text"], "min": d["min"], "max": d["max"], "currency": d["currency"],
        "period": d["period"], "approximate": d["approximate"],
        "equivalents": [_got_view(e, want_eqs[i] if i < len(want_eqs) else None)
                        for i, e in enumerate(m.equivalents)],
    }
    if want is not None and "currency_source" in want:
        view["currency_source"] = m.currency_source.value
    if want is not None and "bound_text" in want:
        view["bound_text"] = m.bound_text
    if want is not None and "candidates_include" in want:
        wanted = set(want["candidates_include"])
        # Show the wanted codes when all are present, else the full list so the failure says what is there.
        have = set(m.currency_candidates)
        view["candidates_include"] = sorted(wanted) if wanted <= have else sorted(have)
    return view


def _check_spans(source: str, mentions: Sequence[Mention]) -> None:
    """Every mention (and equivalent) is its own slice of the source; mentions are in order, disjoint."""
    prev_end = -1
    for m in mentions:
        assert source[m.start:m.end] == m.text, (m.start, m.end, m.text)
        assert m.start >= prev_end, f"{m.text!r} overlaps or precedes the previous mention"
        prev_end = m.end
        for e in m.equivalents:
            assert source[e.start:e.end] == e.text, (e.start, e.end, e.text)
            assert e.start >= m.end, f"equivalent {e.text!r} starts before its primary ends"
        for x in (m, *m.equivalents):
            for v in (x.min, x.max):
                assert v is None or isinstance(v, Decimal)


def check_mentions(source: str, got: Sequence[Mention], wants: Sequence[Want]) -> None:
    _check_spans(source, got)
    want_views = [_want_view(w) for w in wants]
    got_views = [_got_view(m, want_views[i] if i < len(want_views) else None) for i, m in enumerate(got)]
    assert got_views == want_views


@pytest.fixture
def expect() -> Callable[..., None]:
    """``expect(source, mentions, wants)``: compare found mentions with a table row (see module doc)."""
    return check_mentions
