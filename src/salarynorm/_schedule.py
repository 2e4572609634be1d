"""Work schedules: how many hours, days, weeks, months and quarters make a year.

Converting pay between periods needs an explicit assumption ("$20 an hour" is $41,600 a year only for
someone paid 2,080 hours). A ``Schedule`` states it, travels with every converted result, and is immutable.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from ._values import PRECISION, Period, check_amount, context, to_decimal

__all__ = ["UK_FULL_TIME", "US_FULL_TIME", "Schedule", "period_factor"]

def _positive(_instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite() or value <= 0:
        raise ValueError(f"{attribute.name} must be a positive number, not {value}")


def _decimal(value: Decimal | int | str) -> Decimal:
    return to_decimal(value, "schedule figures")


@attrs.frozen(kw_only=True)
class Schedule:
    """A work schedule: the assumption behind every conversion between pay periods.

    A year has ``hours_per_week × weeks_per_year`` working hours, ``days_per_week × weeks_per_year``
    working days, ``weeks_per_year`` weeks, ``weeks_per_year / 2`` fortnights, 12 months and 4 quarters.

    Examples:
        >>> US_FULL_TIME.per_year(Period.HOUR), US_FULL_TIME.per_year(Period.DAY)
        (Decimal('2080'), Decimal('260'))
        >>> Schedule(hours_per_week=Decimal("37.5"), name="UK").per_year(Period.HOUR)
        Decimal('1950.0')
    """

    hours_per_week: Decimal = attrs.field(default=Decimal(40), converter=_decimal, validator=_positive)
    """Paid hours in a working week."""
    days_per_week: Decimal = attrs.field(default=Decimal(5), converter=_decimal, validator=_positive)
    """Paid days in a working week."""
    weeks_per_year: Decimal = attrs.field(default=Decimal(52), converter=_decimal, validator=_positive)
    """Paid weeks in a year (52 counts paid holidays as worked time, as annual salaries do)."""
    name: str = "custom schedule"
    """A label shown with results ("US full-time: 40 h × 52 weeks")."""

    def per_year(self, period: Period | str) -> Decimal:
        """How many of ``period`` make one year under this schedule.

        Examples:
            >>> US_FULL_TIME.per_year("week"), US_FULL_TIME.per_year(Period.FORTNIGHT)
            (Decimal('52'), Decimal('26'))
        """
        p = Period.parse(period)
        ctx = context()
        if p is Period.HOUR:
            return ctx.multiply(self.hours_per_week, self.weeks_per_year)
        if p is Period.DAY:
            return ctx.multiply(self.days_per_week, self.weeks_per_year)
        if p is Period.WEEK:
            return self.weeks_per_year
        if p is Period.FORTNIGHT:
            return ctx.divide(self.weeks_per_year, Decimal(2))
        if p is Period.MONTH:
            return Decimal(12)
        if p is Period.QUARTER:
            return Decimal(4)
        return Decimal(1)

    @property
    def hours_per_year(self) -> Decimal:
        """Working hours in a year (2,080 for the US default).

        Examples:
            >>> UK_FULL_TIME.hours_per_year
            Decimal('1950.0')
        """
        return self.per_year(Period.HOUR)

    def convert(self, amount: Decimal, from_period: Period | str, to_period: Period | str) -> Decimal:
        """``amount`` per ``from_period`` restated per ``to_period``: one exact multiplication and one
        division at 28 significant digits (so a round trip returns the amount within 1e-27 relative).

        Examples:
            >>> US_FULL_TIME.convert(Decimal("20"), "hour", "year")
            Decimal('41600')
            >>> US_FULL_TIME.convert(Decimal("41600"), "year", "hour")
            Decimal('20')
        """
        check_amount(amount)
        factor = period_factor(from_period, to_period, self)
        ctx = context()
        result = ctx.divide(ctx.multiply(amount, Decimal(factor.numerator)), Decimal(factor.denominator))
        if result == result.to_integral_value(context=ctx) and result.adjusted() < PRECISION:
            return result.quantize(Decimal(1), context=ctx)  # 41600, not 4.16E+4
        return result

    def describe(self) -> str:
        """A one-line statement of the assumption.

        Examples:
            >>> US_FULL_TIME.describe()
            'US full-time schedule (40 hours a week, 5 days a week, 52 weeks a year: 2080 hours, 260 days)'
        """
        hours = self.per_year(Period.HOUR).normalize()
        days = self.per_year(Period.DAY).normalize()
        return (f"{self.name} schedule ({self.hours_per_week} hours a week, {self.days_per_week} days a week, "
                f"{self.weeks_per_year} weeks a year: {hours:f} hours, {days:f} days)")


def period_factor(from_period: Period | str, to_period: Period | str, schedule: Schedule) -> Fraction:
    """The exact factor from pay per ``from_period`` to pay per ``to_period`` (yearly units of the first
    over yearly units of the second).

    Examples:
        >>> period_factor("month", "year", US_FULL_TIME)
        Fraction(12, 1)
    """
    return Fraction(schedule.per_year(from_period)) / Fraction(schedule.per_year(to_period))


US_FULL_TIME: Final = Schedule(name="US full-time")
"""40 hours and 5 days a week, 52 weeks a year: 2,080 hours and 260 days (the BLS convention)."""

UK_FULL_TIME: Final = Schedule(hours_per_week=Decimal("37.5"), name="UK full-time")
"""37.5 hours and 5 days a week, 52 weeks a year: 1,950 hours and 260 days."""
