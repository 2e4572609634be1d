"""Money in tables and lists whose header states the period: "| Role | Annual salary |", "Per month",
"Day rates for contractors:"."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._lang import load
from .._values import Period
from ._forms import _vocabulary, currency_forms
from ._money import money, ranges
from ._values import RenderedMoney

#: The ways a table or a list is laid out.
LAYOUTS = ("markdown", "pipes", "tabs", "list")


@st.composite
def _header(draw: st.DrawFn) -> tuple[str, Period]:
    """A header stating a period, from the English lexicon: "Annual salary", "Per month", "Hourly",
    "Salary (per annum)"."""
    lex = load("en")
    nouns = sorted(w for w in lex.pay_nouns if w.isalpha() and w in {"salary", "pay", "wage", "rate", "income",
                                                                    "fee", "rent", "stipend", "earnings"})
    kind = draw(st.sampled_from(["adjective", "label", "word", "noun and label"]))
    if kind == "adjective":
        adjective = draw(st.sampled_from(sorted(w for w in lex.period_adjectives if w.isalpha())))
        words, period = f"{adjective} {draw(st.sampled_from(nouns))}", lex.period_adjectives[adjective]
    elif kind == "word":
        word = draw(st.sampled_from(sorted(w for w in lex.period_words if w.isalpha())))
        words, period = word, lex.period_words[word]
    else:
        unit = draw(st.sampled_from(sorted(u for u in lex.period_units
                                           if u.isalpha() and u not in lex.period_units_slash_only)))
        words, period = f"per {unit}", lex.period_units[unit]
        if kind == "noun and label":
            words = f"{draw(st.sampled_from(nouns))} ({words})"
    return words[:1].upper() + words[1:], Period(period)


def _placed(drawn: RenderedMoney, text: str, at: int, period: Period | None) -> RenderedMoney:
    """``drawn`` written at offset ``at`` of ``text``, with ``period`` unless it has its own."""
    return attrs.evolve(drawn, text=text, start=drawn.start + at, end=drawn.end + at,
                        period=drawn.period if drawn.period is not None else period,
                        equivalents=tuple(attrs.evolve(q, text=text, start=q.start + at, end=q.end + at)
                                          for q in drawn.equivalents))


@st.composite
def _tables(draw: st.DrawFn, base: SearchStrategy[RenderedMoney], layouts: tuple[str, ...]
            ) -> tuple[RenderedMoney, ...]:
    layout = draw(st.sampled_from(layouts))
    header, period = draw(_header())
    words = _vocabulary()
    rows = draw(st.lists(st.tuples(st.sampled_from(words), base), min_size=1, max_size=4))
    # a second money column whose header ("Bonus") states no period, on either side of the first; not after a
    # tab, which the grammar reads as a space ("5,000<tab>USD" is one amount)
    other = draw(st.booleans()) and layout in ("markdown", "pipes")
    left = other and draw(st.booleans())
    seconds = [draw(base) for _ in rows] if other else []
    placed: list[tuple[int, RenderedMoney, Period | None]] = []
    if layout == "list":
        text = f"{header} for {draw(st.sampled_from(words))}:\n"
        for label, drawn in rows:
            text += f"- {label}: "
            placed.append((len(text), drawn, period))
            text += drawn.text + "\n"
    else:
        sep = "\t" if layout == "tabs" else " | "
        edge = "| " if layout == "markdown" else ""
        end = " |" if layout == "markdown" else ""
        columns = [header, "Bonus"] if other and not left else ["Bonus", header] if other else [header]
        text = edge + sep.join(["Role", *columns]) + end + "\n"
        if layout == "markdown":
            text += "|" + "|".join("---" for _ in range(len(columns) + 1)) + "|\n"
        for index, (label, drawn) in enumerate(rows):
            text += edge + label
            cells = [(drawn, period), (seconds[index], None)] if other else [(drawn, period)]
            for cell, cell_period in (reversed(cells) if left else cells):
                text += sep
                placed.append((len(text), cell, cell_period))
                text += cell.text
            text += end + "\n"
    return tuple(_placed(drawn, text, at, p) for at, drawn, p in placed)


def in_tables(base: SearchStrategy[RenderedMoney] | None = None, *,
              layouts: tuple[str, ...] = LAYOUTS) -> SearchStrategy[tuple[RenderedMoney, ...]]:
    """Rows of what ``base`` draws (default: an amount or a range in an unambiguous currency, since which
    dollar a bare "$" is is decided for the whole document) in a table or a list whose header states a
    period from the lexicon: a markdown table ("| Role | Annual salary |" over "|---|---|"), pipes without
    the separator row, tab-separated rows, or a list under "Day rates for ...:". Every amount without a
    period of its own has the header's; a second column headed "Bonus", on either side, has none. All the drawn readings
    share one ``text``, in reading order.

    Examples:
        >>> readings = in_tables().example()
        >>> len({r.text for r in readings})
        1
    """
    if base is None:
        forms = currency_forms(explicit=True)
        base = st.one_of(money(forms=forms), ranges(forms=forms))
    return _tables(base, layouts)
