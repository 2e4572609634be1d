"""Ranges and bounds in longer words: a range whose high end carries a bound ("from $5 million up to as much
as $20 million"), and an amount's size in digits with its currency ("a six-figure sum in dollars"), each
with the reading salarynorm must give, from the English lexicon."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._lang import load
from ._forms import _display_name, currency_forms
from ._values import CurrencyForm, RenderedMoney

_EN: Final = load("en")

#: (opener, connector) pairs whose connector ends in a bound phrase that leaves the top, for every range
#: word and opener of the lexicon and every such phrase of its bounds_before: "from X up to as much as Y",
#: "between X and no more than Y", "X to under Y" (not the label "max:", which is read between two signed
#: amounts only). Pass them to :func:`ranges` as ``connectors``.
BOUNDED_CONNECTORS: Final[tuple[tuple[str, str], ...]] = tuple(
    (opener, f"{conn}{phrase} ")
    for phrase in sorted(p for p, side in _EN.bounds_before.entries.items() if side == "max" and ":" not in p)
    for opener, conn in (
        *[("", f" {w} ") for w in sorted(_EN.range_words) if not w.startswith("-")],
        *[(f"{o} ", f" {c} ") for o, closers in sorted(_EN.range_openers.items()) for c in closers],
    )
)

#: Nouns an amount's size qualifies in the drawn phrases (no money words of their own).
_SIZED_NOUNS: Final = ("sum", "deal", "payout", "settlement", "contract")
_COUNTS: Final = tuple(sorted((w, v) for w, v in _EN.units.items() if 2 <= v <= 15))


@st.composite
def _sizes(draw: st.DrawFn, forms: SearchStrategy[CurrencyForm]) -> RenderedMoney:
    form = draw(forms)
    word, count = draw(st.sampled_from(_COUNTS))
    written = draw(st.sampled_from([word, str(count)]))
    figure = draw(st.sampled_from(sorted(_EN.digit_count_words)))
    size = f"{written}-{figure}"
    noun = draw(st.sampled_from(_SIZED_NOUNS))
    display = _display_name(draw, form.text) if form.kind == "name" else form.text
    lead = "an " if written[0] in "aeiou8" or written == "11" else "a "
    if draw(st.booleans()):
        link = draw(st.sampled_from(sorted(_EN.digit_count_currency_links)))
        surface = f"{size} {noun} {link} {display}"
        text = f"{lead}{surface}"
    else:
        surface = f"{size} {display}"
        text = f"{lead}{surface} {noun}"
    out = RenderedMoney(text, len(lead), len(lead) + len(surface), Decimal(10) ** (count - 1), None,
                        form.currency)
    return attrs.evolve(out)


def sizes_in_digits(*, forms: SearchStrategy[CurrencyForm] | None = None) -> SearchStrategy[RenderedMoney]:
    """An amount's size in digits with its currency stated in the phrase, a lower bound of the smallest
    number of that size: "a six-figure sum in dollars", "a 7-figure euro deal" (min 100,000 and
    1,000,000, max None). The mention's text runs from the size to the currency word. ``forms`` are the
    currency's surfaces (default: names and the codes that are no English words).

    Examples:
        >>> s = sizes_in_digits().example()
        >>> s.max is None and s.min >= 10
        True
    """
    # codes that are English words ("ALL", "MOP") are codes only touching a number
    chosen = forms if forms is not None else currency_forms(kinds=["name", "code"]).filter(lambda f: not f.wordlike)
    return _sizes(chosen)
