"""Exchange-rate properties: identity, round trips, consistent cross rates and inverses, all within the
documented quantisation.

The quantisation (salarynorm._rates): published rates are exact; every computed rate and converted amount
is one Decimal operation rounded to 28 significant digits, so each such step is off by a factor
``1 + d`` with ``|d| <= 5e-28``. A chain of ``n`` steps is therefore off by at most the factor
``((1 + 5e-28) / (1 - 5e-28)) ** n``; ``close(x, y, n)`` checks exactly that bound, no looser.
"""

from __future__ import annotations

import decimal
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salarynorm._rates import EcbRates, FixedRates, Rate, convert_amount
from salarynorm._values import PRECISION as _PRECISION

ECB = EcbRates()
FIRST, LAST = ECB.date_range()  # reads the data once, before any example is timed
EPS = Decimal(5) * Decimal(10) ** -_PRECISION  # the largest relative error of one rounding
WIDE = decimal.Context(prec=100)  # the tests' own arithmetic must not round


def close(got: Decimal, want: Decimal, steps: int) -> bool:
    """``got`` is within ``steps`` roundings of ``want``: |got - want| <= |want| * (((1+e)/(1-e))**steps - 1)."""
    with decimal.localcontext(WIDE):
        factor = ((1 + EPS) / (1 - EPS)) ** steps - 1
        return abs(got - want) <= abs(want) * factor


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2)
signed_amounts = st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=4,
                             allow_nan=False, allow_infinity=False)
days = st.dates(min_value=FIRST, max_value=LAST)
some_codes = st.sampled_from(["USD", "EUR", "AUD", "GBP", "JPY", "INR", "KWD", "AED", "CHF", "BRL"])


def draw_codes(data: st.DataObject, day: date, n: int) -> list[str]:
    """``n`` distinct currencies the ECB published a rate for in the publication used for ``day``."""
    available = sorted(ECB.currencies(day))
    return data.draw(st.lists(st.sampled_from(available), min_size=n, max_size=n, unique=True), label="codes")


@given(amount=signed_amounts, a=some_codes, b=some_codes, day=st.dates())
def test_rate_of_one_is_the_identity(amount: Decimal, a: str, b: str, day: date) -> None:
    """Converting with a FixedRates rate of exactly 1 returns the amount unchanged, digit for digit,
    whichever two currencies and whatever date; so does converting a currency into itself."""
    parity = FixedRates({a: "1", b: "1.000"}, base=a) if a != b else FixedRates({}, base=a)
    converted, rate = convert_amount(amount, a, b, day, rates=parity)
    assert converted == amount
    assert rate.value == 1
    assert convert_amount(amount, a, a, day, rates=ECB)[0] == amount


@given(data=st.data(), amount=amounts, day=days)
def test_there_and_back_returns_the_amount(data: st.DataObject, amount: Decimal, day: date) -> None:
    """With the ECB rates of any date the data covers, converting an amount from A to B and back to A
    gives the original amount within four roundings (two rates, two products)."""
    a, b = draw_codes(data, day, 2)
    there, to_b = convert_amount(amount, a, b, day)
    back, to_a = convert_amount(there, b, a, day)
    assert close(back, amount, 4), (a, b, day, amount, back)
    assert to_b.rate_date == to_a.rate_date


@given(data=st.data(), day=days)
def test_cross_rates_are_consistent(data: st.DataObject, day: date) -> None:
    """For any three currencies A, B, C published on a date, rate(A,B) * rate(B,C) equals rate(A,C)
    within three roundings: every cross rate goes through the same EUR figures of the same day."""
    a, b, c = draw_codes(data, day, 3)
    ab, bc, ac = ECB.rate(a, b, day), ECB.rate(b, c, day), ECB.rate(a, c, day)
    with decimal.localcontext(WIDE):
        product = ab.value * bc.value
    assert close(product, ac.value, 3), (a, b, c, day)
    assert ab.rate_date == bc.rate_date == ac.rate_date


@given(data=st.data(), day=days)
def test_inverse_is_the_reverse_rate(data: st.DataObject, day: date) -> None:
    """rate(A,B).inverse() equals rate(B,A) within three roundings, and carries the same dates and
    source; for a direct EUR rate the two are equal outright."""
    a, b = draw_codes(data, day, 2)
    forward, reverse = ECB.rate(a, b, day), ECB.rate(b, a, day)
    inverse = forward.inverse()
    assert close(inverse.value, reverse.value, 3), (a, b, day)
    assert (inverse.base, inverse.quote, inverse.on, inverse.rate_date, inverse.source) == (
        reverse.base, reverse.quote, reverse.on, reverse.rate_date, reverse.source)
    if a == "EUR":
        assert inverse == reverse


@given(data=st.data(), day=days)
def test_rate_date_is_the_last_publication_on_or_before(data: st.DataObject, day: date) -> None:
    """The publication used is on or before the date asked, at most the data's longest gap (5 days)
    earlier, and is itself a publication day (asking for it directly uses it)."""
    a, b = draw_codes(data, day, 2)
    rate = ECB.rate(a, b, day)
    assert rate.on == day
    assert day - timedelta(days=5) <= rate.rate_date <= day
    assert ECB.rate(a, b, rate.rate_date) == Rate(a, b, rate.value, rate.rate_date, rate.rate_date, rate.source)


positive_rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4)
fixed_tables = st.dictionaries(st.sampled_from(["EUR", "AUD", "GBP", "JPY", "INR", "CHF"]), positive_rates,
                               min_size=2, max_size=6)


@given(table=fixed_tables, data=st.data())
def test_fixed_rates_cross_and_inverse(table: dict[str, Decimal], data: st.DataObject) -> None:
    """With any table of your own: rates against the base are the table's figures exactly, cross rates
    are consistent within three roundings, and inverses match the reverse rate within three."""
    rates = FixedRates(table, base="USD")
    a, b, c = data.draw(st.lists(st.sampled_from([*table, "USD"]), min_size=3, max_size=3, unique=True))
    day = date(2024, 1, 1)
    for code in (a, b, c):
        if code != "USD":
            assert rates.rate("USD", code, day).value == table[code]
    ab, bc, ac = rates.rate(a, b, day), rates.rate(b, c, day), rates.rate(a, c, day)
    with decimal.localcontext(WIDE):
        product = ab.value * bc.value
    assert close(product, ac.value, 3)
    assert close(ab.inverse().value, rates.rate(b, a, day).value, 3)


def test_close_is_not_vacuous() -> None:
    """The bound is tight enough to fail: one unit in the 27th significant digit is outside one step."""
    assert close(Decimal("1.000000000000000000000000000"), Decimal(1), 1)
    assert not close(Decimal("1.00000000000000000000000001"), Decimal(1), 1)
    with pytest.raises(AssertionError):
        assert close(Decimal("1.48"), Decimal("1.47"), 4)
