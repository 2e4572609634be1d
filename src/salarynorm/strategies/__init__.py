"""Hypothesis strategies that write money the way people do, with the reading salarynorm must give.

Use them to test your own pipeline with the generators salarynorm's own specification uses: every
strategy draws text *together with its expected reading* (exact ``Decimal`` amounts, the ISO 4217
currency, the pay period), so a property is one line:

>>> from hypothesis import given
>>> import salarynorm
>>> from salarynorm import strategies as sst
>>> @given(sst.money())
... def test_reads_money(expected):
...     [mention] = salarynorm.extract(expected.text)
...     expected.assert_matches(mention)

The strategies are small and composable, like Hypothesis's own: :func:`money` draws one amount,
:func:`ranges` two, :func:`bounded`, :func:`approximately` and :func:`with_period` decorate what another
strategy drew, :func:`equivalents` restates it in other currencies, :func:`in_prose` embeds it in
:func:`prose`, and :func:`non_money` draws text with numbers but no money at all.

Every surface they write comes from salarynorm's own data: the currency table (signs, codes, names,
minor-unit digits) and the lexicon (multipliers, period phrases, bound and approximation words, range
connectors), and only in forms the documentation promises to read. Ambiguous signs ("$", "£", "¥", "kr")
are drawn with their conventional reading ("$" is USD) unless you ask for unambiguous ones only.

Hypothesis is an optional dependency: ``import salarynorm`` never imports it, and importing this module
without it raises ImportError (``pip install hypothesis``).
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401  (the friendly error below, before the submodules' own imports fail)
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess by the test suite
    raise ImportError(
        "salarynorm.strategies needs Hypothesis, an optional dependency: pip install hypothesis "
        "(or pip install 'salarynorm[test]')"
    ) from _exc

from ._clauses import governed
from ._documents import DollarDocument, dollar_documents
from ._forms import currency_forms
from ._languages import in_language
from ._money import (
    ALL_CONNECTORS,
    COMMON_APPROX_AFTER,
    COMMON_APPROX_BEFORE,
    COMMON_CONNECTORS,
    approximately,
    bounded,
    equivalents,
    money,
    period_prefixes,
    periods,
    ranges,
    with_period,
)
from ._numbers import amounts, multipliers, number_words, numerals
from ._prose import in_prose, messy_text, non_money, prose
from ._restatements import restated_in_same_currency, restated_in_words
from ._sizes import BOUNDED_CONNECTORS, sizes_in_digits
from ._tables import in_tables
from ._values import (
    ALL_KINDS,
    ALL_STYLES,
    COMMON_BOUNDS_AFTER,
    COMMON_BOUNDS_BEFORE,
    CurrencyForm,
    Embedded,
    Kind,
    NumberStyle,
    RenderedMoney,
)

__all__ = [
    "ALL_CONNECTORS",
    "ALL_KINDS",
    "ALL_STYLES",
    "BOUNDED_CONNECTORS",
    "COMMON_APPROX_AFTER",
    "COMMON_APPROX_BEFORE",
    "COMMON_BOUNDS_AFTER",
    "COMMON_BOUNDS_BEFORE",
    "COMMON_CONNECTORS",
    "CurrencyForm",
    "DollarDocument",
    "Embedded",
    "Kind",
    "NumberStyle",
    "RenderedMoney",
    "amounts",
    "approximately",
    "bounded",
    "currency_forms",
    "dollar_documents",
    "equivalents",
    "governed",
    "in_language",
    "in_prose",
    "in_tables",
    "messy_text",
    "money",
    "multipliers",
    "non_money",
    "number_words",
    "numerals",
    "period_prefixes",
    "periods",
    "prose",
    "ranges",
    "restated_in_same_currency",
    "restated_in_words",
    "sizes_in_digits",
    "with_period",
]
