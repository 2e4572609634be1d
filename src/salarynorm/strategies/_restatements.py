"""Restatements written in words: "€740 million, equivalent to $805 million", "£2bn, or roughly $2.5bn",
with the reading salarynorm must give (one mention and its equivalents, or two mentions in one currency)."""

from __future__ import annotations

from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._lang import load
from .._values import Period
from ._forms import _all_forms, currency_forms
from ._money import COMMON_APPROX_BEFORE, _period_suffix, money, periods, ranges
from ._values import RenderedMoney

__all__ = ["restated_in_same_currency", "restated_in_words"]

#: The English lexicon: the generators write what it reads.
_EN: Final = load("en")
#: The words after the comma, from the lexicon ("or about", "equivalent to", "which is", "worth").
_LEADS: Final = tuple(sorted(_EN.equivalent_leads_after_comma.entries))
#: Approximation words that may follow them ("or roughly", "which is about"): none, or a common one.
_APPROX: Final = ("", *(a for a in COMMON_APPROX_BEFORE if a in _EN.approx_before.entries))


def _approximating(words: str) -> bool:
    """True when the lead ends with an approximation phrase of the lexicon ("the equivalent of")."""
    split = words.split()
    return any(" ".join(split[x:]) in _EN.approx_before.entries for x in range(len(split)))


def _codes() -> list[str]:
    return sorted({f.currency for f in _all_forms() if f.explicit})


def _one(code: str, allow_ranges: bool) -> SearchStrategy[RenderedMoney]:
    forms = currency_forms(explicit=True, currencies=[code])
    singles = money(forms=forms)
    return st.one_of(singles, ranges(forms=forms, period=False)) if allow_ranges else singles


@st.composite
def _lead(draw: st.DrawFn) -> tuple[str, bool]:
    """", <lead> [approximation] " and whether it makes the restatement approximate."""
    lead = draw(st.sampled_from(_LEADS))
    approx = "" if _approximating(lead) else draw(st.sampled_from(_APPROX))
    words = lead + (" " + approx if approx else "")
    attached = approx in ("~", "≈")
    return ", " + words + ("" if attached else " "), bool(approx) or _approximating(lead)


@st.composite
def _restated(draw: st.DrawFn, count: int, allow_ranges: bool, period: bool) -> RenderedMoney:
    currencies = draw(st.lists(st.sampled_from(_codes()), min_size=count + 1, max_size=count + 1, unique=True))
    primary = draw(_one(currencies[0], allow_ranges))
    text = primary.text
    result_period: Period | None = None
    where = draw(st.sampled_from(["none", "after primary", "after restatement"])) if period else "none"
    if where == "after primary":
        phrase, result_period = draw(periods())
        text += _period_suffix(phrase)
    placed: list[tuple[RenderedMoney, int, bool]] = []
    for code in currencies[1:]:
        lead, approx = draw(_lead())
        text += lead
        eq = draw(_one(code, allow_ranges))
        placed.append((eq, len(text), approx))
        text += eq.text
    if where == "after restatement":
        phrase, result_period = draw(periods())
        text += _period_suffix(phrase)
    eqs = tuple(attrs.evolve(eq._moved(text, offset), approximate=eq.approximate or approx, period=result_period)
                for eq, offset, approx in placed)
    return attrs.evolve(primary._moved(text, 0), equivalents=eqs, period=result_period)


def restated_in_words(*, count: int = 1, allow_ranges: bool = True,
                      period: bool = True) -> SearchStrategy[RenderedMoney]:
    """Money restated in other currencies after a comma, in words of the lexicon's
    ``equivalent_leads_after_comma``, sometimes followed by an approximation word: "€740 million,
    equivalent to $805 million", "£2bn, or roughly $2.5bn", "PKR 65,000 a month, which is about USD 230",
    "CHF 100, or about US$110, equal to €105 per day". Every currency is unambiguous and different, so each restatement
    is an equivalent of the one mention, approximate when an approximation word leads it; a period after
    the primary or after the last restatement belongs to all of them.

    Examples:
        >>> r = restated_in_words(allow_ranges=False, period=False).example()
        >>> len(r.equivalents), r.equivalents[0].currency != r.currency
        (1, True)
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    return _restated(count, allow_ranges, period)


@st.composite
def _same(draw: st.DrawFn) -> tuple[RenderedMoney, RenderedMoney]:
    code = draw(st.sampled_from(_codes()))
    first = draw(_one(code, False))
    lead, approx = draw(_lead())
    second = draw(_one(code, False))
    text = first.text + lead + second.text
    offset = len(first.text) + len(lead)
    return (first._moved(text, 0),
            attrs.evolve(second._moved(text, offset), approximate=second.approximate or approx))


def restated_in_same_currency() -> SearchStrategy[tuple[RenderedMoney, RenderedMoney]]:
    """Two amounts in the same unambiguous currency joined as a restatement in words is ("€5m, or about
    €10 a share", "€5,000, which is about €4,800"): the same text (``[0].text == [1].text``) and the two mentions
    it holds, the second approximate when an approximation word leads it.

    Examples:
        >>> a, b = restated_in_same_currency().example()
        >>> a.text == b.text and a.currency == b.currency
        True
    """
    return _same()
