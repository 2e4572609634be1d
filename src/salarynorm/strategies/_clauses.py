"""A period stated by the clause: the pay noun the amount belongs to, a few words before it."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._lang import load
from .._values import Period
from ._forms import _vocabulary
from ._money import money, ranges
from ._values import RenderedMoney


@st.composite
def _governed(draw: st.DrawFn, base: SearchStrategy[RenderedMoney], broken: bool) -> RenderedMoney:
    lex = load("en")
    adjectives = sorted(w for w, _ in lex.period_adjectives.items() if w.isalpha() and w not in lex.period_units)
    nouns = sorted(w for w in lex.pay_nouns if w.isalpha())
    adjective = draw(st.sampled_from(adjectives))
    noun = draw(st.sampled_from(nouns))
    filler = draw(st.lists(st.sampled_from(_vocabulary()), min_size=1, max_size=6))
    drawn = draw(base)
    if drawn.period is not None:
        return drawn  # a period of its own wins over the clause's
    head = f"the {adjective} {noun} {' '.join(filler)}"
    if broken:
        # a sentence end between the pay noun and the amount: the clause is over
        more = draw(st.lists(st.sampled_from(_vocabulary()), min_size=1, max_size=3))
        head += draw(st.sampled_from([". ", "! ", "? "])) + " ".join(more)
    text = head + " " + drawn.text
    shift = len(head) + 1
    period = None if broken else Period(lex.period_adjectives[adjective])
    return attrs.evolve(drawn, text=text, start=drawn.start + shift, end=drawn.end + shift, period=period,
                        equivalents=tuple(attrs.evolve(q, start=q.start + shift, end=q.end + shift)
                                          for q in drawn.equivalents))


def governed(base: SearchStrategy[RenderedMoney] | None = None, *, broken: bool = False,
             ) -> SearchStrategy[RenderedMoney]:
    """What ``base`` draws (default: an amount or a range, no period of its own) after a pay noun carrying a
    period adjective and a few neutral words ("the monthly salary garden river morning $3,100"): the clause
    states the period. With ``broken``, a sentence ends between them, and the amount has no period.

    Examples:
        >>> governed().example().period is not None
        True
    """
    return _governed(base if base is not None else st.one_of(money(), ranges()), broken)
