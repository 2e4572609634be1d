"""Documents of several sentences with money: what a bare "$" is read as depends on the whole text."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._currency_table import table
from ._forms import currency_forms
from ._money import money
from ._prose import prose
from ._values import Embedded, RenderedMoney


@attrs.frozen
class DollarDocument:
    """Sentences of :func:`prose` with money: ``plain`` are the amounts written with a bare "$", ``signed``
    the amount written with a country's own dollar sign ("A$", "NZ$", "C$"), if any. ``local`` is that
    sign's currency, which every bare "$" of the document is read as (None: the US dollar, by convention).
    Offsets are where each amount starts in ``text``."""

    text: str
    plain: tuple[Embedded, ...]
    signed: Embedded | None
    local: str | None


def _local_dollar_codes() -> list[str]:
    """The currencies a bare "$" may be besides its conventional one, that have a dollar sign of their own."""
    dollars = table().signs.get("$", ())
    return sorted(set(dollars[1:]) - {dollars[0]} if dollars else set())


@st.composite
def _dollar_documents(draw: st.DrawFn, local: bool) -> DollarDocument:
    bare = currency_forms(kinds=["sign"], currencies=[table().signs["$"][0]], explicit=False)
    amounts: list[tuple[RenderedMoney, bool]] = [(m, False) for m in
                                                 draw(st.lists(money(forms=bare), min_size=1, max_size=3))]
    code: str | None = None
    if local:
        own = currency_forms(kinds=["dollar"], currencies=_local_dollar_codes())
        signed = draw(money(forms=own))
        code = signed.currency
        amounts.insert(draw(st.integers(0, len(amounts))), (signed, True))
    text = draw(prose(max_sentences=2))
    plain: list[Embedded] = []
    signed_at: Embedded | None = None
    for m, is_signed in amounts:
        lead = draw(prose(min_sentences=1, max_sentences=1, end_sentence=False))
        at = len(text) + len(lead)
        text += lead + m.text + ". "
        if is_signed:
            signed_at = Embedded(text, at, m)
        else:
            plain.append(Embedded(text, at, m))
    text += draw(prose(max_sentences=2))
    return DollarDocument(text, tuple(attrs.evolve(e, text=text) for e in plain),
                          None if signed_at is None else attrs.evolve(signed_at, text=text), code)


def dollar_documents(*, local: bool = False) -> SearchStrategy[DollarDocument]:
    """A few sentences of neutral prose, one to three of them ending in an amount written with a bare "$";
    with ``local`` one more sentence (anywhere among them) with an amount in a country's own dollar sign
    ("A$", "NZ$", "C$", "HK$", "S$"...) whose currency is one a bare "$" may be. Nothing else in the text
    says where it is from: no other currency, no place.

    Examples:
        >>> d = dollar_documents(local=True).example()
        >>> d.signed is not None and d.local == d.signed.money.currency
        True
    """
    return _dollar_documents(local)
