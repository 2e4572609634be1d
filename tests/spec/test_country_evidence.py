"""Country evidence: a currency name that no convention decides ("pesos", "dinars", "shillings"), or a
regional one whose convention yields ("rupees", "kr"), takes the currency of the one country the document
names among its candidates."""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import CurrencySource
from salarynorm._currency_table import table
from salarynorm._lang import load
from salarynorm._read import vocabulary
from salarynorm._read.resolve import _qualifiers

EN = load("en")


@functools.cache
def _cases(regional: bool = False) -> tuple[tuple[str, str, str], ...]:
    """(name, country word, code): a one-word name with several current readings and no convention (or,
    ``regional``, a convention that yields to the country named: "rupees", "kroner"), a country word that
    names exactly one of them."""
    tab = table()
    out = []
    for name, cands in tab.names.items():
        if " " in name or len(cands) < 2:
            continue
        if (name in tab.defaults) != regional or (regional and name not in EN.country_over_convention):
            continue
        for word, codes in _qualifiers(vocabulary("en")).items():
            [code] = codes
            if code in cands and word.isalpha():
                out.append((name, word, code))
    return tuple(sorted(out))


@given(st.sampled_from(_cases() + _cases(regional=True)), st.integers(1, 10**6), st.booleans())
def test_the_one_country_named_decides(case: tuple[str, str, str], amount: int, before: bool) -> None:
    """"In Kenya a meal costs 500 shillings": when the text names the country of exactly one of a
    name's readings, before or after the amount, the mention takes that currency, recorded as decided by
    the document, with every reading of the name kept as candidates. Regional names with a convention
    ("rupees" are INR, "krona" SEK) yield to the country named too ("Pakistan ... 500 rupees" is PKR)."""
    name, word, code = case
    money = f"{amount} {name}"
    text = f"In {word.title()}, it costs {money}." if before else f"It costs {money}, in {word.title()}."
    [m] = salarynorm.extract(text)
    assert m.text == money
    assert (m.currency, m.currency_source) == (code, CurrencySource.DOCUMENT), text
    assert set(table().names[name]) == set(m.currency_candidates)


@given(st.sampled_from(_cases()), st.integers(1, 10**6))
def test_no_country_leaves_it_open(case: tuple[str, str, str], amount: int) -> None:
    """Without a country word the same name stays undecided (no currency, source unknown) unless the
    caller's ``default_currency`` is one of its readings."""
    name, _, code = case
    text = f"It costs {amount} {name}."
    [m] = salarynorm.extract(text)
    assert (m.currency, m.currency_source) == (None, CurrencySource.UNKNOWN)
    [d] = salarynorm.extract(text, default_currency=code)
    assert (d.currency, d.currency_source) == (code, CurrencySource.DEFAULT)
