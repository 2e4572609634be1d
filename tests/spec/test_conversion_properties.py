"""Properties of converting pay between periods and currencies, and of comparing it with a figure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import FixedRates, Money, Period, Reference, Schedule

PERIODS = st.sampled_from(list(Period))
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000000"), places=2, allow_nan=False,
                      allow_infinity=False)
SCHEDULES = st.builds(
    Schedule,
    hours_per_week=st.decimals(min_value=Decimal(1), max_value=Decimal(80), places=1),
    days_per_week=st.integers(min_value=1, max_value=7).map(Decimal),
    weeks_per_year=st.integers(min_value=1, max_value=53).map(Decimal),
)


def close(a: Decimal, b: Decimal) -> bool:
    """Equal within the documented quantisation: 28 significant digits, two roundings."""
    return abs(a - b) <= abs(b) * Decimal("1e-26")


@given(AMOUNTS, PERIODS, PERIODS, SCHEDULES)
def test_period_round_trip(amount: Decimal, a: Period, b: Period, schedule: Schedule) -> None:
    """Pay restated per another period and back is the pay it was, within the 28-digit quantisation."""
    there = schedule.convert(amount, a, b)
    assert close(schedule.convert(there, b, a), amount)


@given(AMOUNTS, AMOUNTS, PERIODS, SCHEDULES)
def test_annualising_is_monotone(x: Decimal, y: Decimal, period: Period, schedule: Schedule) -> None:
    """More pay per period is never less pay per year."""
    lo, hi = min(x, y), max(x, y)
    assert schedule.convert(lo, period, Period.YEAR) <= schedule.convert(hi, period, Period.YEAR)


@given(AMOUNTS, AMOUNTS, st.integers(min_value=1, max_value=1000), PERIODS, SCHEDULES)
def test_annualising_is_linear(x: Decimal, y: Decimal, k: int, period: Period, schedule: Schedule) -> None:
    """Annualising a sum is the sum of the annualised parts, and k times the pay is k times the year."""
    year = Period.YEAR
    assert close(schedule.convert(x + y, period, year),
                 schedule.convert(x, period, year) + schedule.convert(y, period, year))
    assert close(schedule.convert(x * k, period, year), schedule.convert(x, period, year) * k)


@given(AMOUNTS, AMOUNTS, st.sampled_from(["USD", "EUR", "GBP", "JPY"]), st.sampled_from(["USD", "AUD", "INR"]))
def test_rate_of_one_is_identity(x: Decimal, y: Decimal, base: str, quote: str) -> None:
    """Converting with a rate of exactly 1 changes the currency and nothing else."""
    rates = FixedRates({base: Decimal(1), quote: Decimal(1)}, base=base)
    lo, hi = min(x, y), max(x, y)
    money = Money(min=lo, max=hi, currency=base, period=Period.YEAR).convert(quote, on=date(2024, 1, 2), rates=rates)
    assert (money.min, money.max, money.currency) == (lo, hi, quote)


@given(AMOUNTS, AMOUNTS, PERIODS, AMOUNTS, PERIODS)
def test_comparison_ratios_follow_the_range(x: Decimal, y: Decimal, period: Period, figure: Decimal,
                                            figure_period: Period) -> None:
    """Against any positive figure, the low end's ratio is at most the high end's, and each end's ratio
    times the figure is that end (restated in the figure's period)."""
    lo, hi = min(x, y), max(x, y)
    ref = Reference(name="a figure", amount=figure, currency="USD", period=figure_period)
    c = salarynorm.compare(Money(min=lo, max=hi, currency="USD", period=period), ref)
    assert c.ratio_min is not None and c.ratio_max is not None
    assert c.ratio_min <= c.ratio_max
    assert c.money.max is not None and close(c.ratio_max * figure, c.money.max)
    assert c.covers_min is not None and c.covers_max is not None and c.covers_min <= c.covers_max
