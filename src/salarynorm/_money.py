"""``Money``: a mention's amounts made comparable, restated per another period or in another currency,
with every assumption it took (the schedule, the exchange rate and its date) carried along."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import CurrencyError, PeriodError
from ._rates import Rate, RateProvider, default_provider
from ._schedule import US_FULL_TIME, Schedule
from ._values import Period, check_amount, check_code, check_date, plain

if TYPE_CHECKING:
    from ._mention import Mention  # above this layer: Money.of reads a mention's fields only

__all__ = ["Money"]


def _amount_text(value: Decimal) -> str:
    """12345.6 -> "12,345.6": grouped, no trailing zeros, at most two decimals (for display only: the
    amounts themselves stay exact)."""
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    text = plain(value) or "0"
    if "." in text and len(text.partition(".")[2]) == 1:
        text += "0"  # money reads with whole cents: 24.50, not 24.5
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}"
    return sign + grouped + (f".{frac}" if frac else "")


def mention_like(value: object) -> bool:
    """True for a :class:`~salarynorm.Mention` (or anything with its fields): the class lives in a layer
    above this one, so it is recognised by what it has."""
    return all(hasattr(value, name) for name in ("text", "min", "max", "currency", "period", "equivalents"))


def _amount(value: object) -> Decimal | None:
    return None if value is None else check_amount(value)


def _currency(value: object) -> str | None:
    return None if value is None else check_code(value)


def _period(value: object) -> Period | None:
    return None if value is None else Period.parse(value)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Money:
    """Amounts (a range, a single amount or an open bound) in one currency per one period, with how they
    were obtained. Made from a mention (``Mention.money``, ``Mention.per``, ``Mention.convert``) or directly.

    Examples:
        >>> m = salarynorm.extract("$20 an hour")[0].per("year")
        >>> m.min, m.currency, m.period.value, m.schedule.name
        (Decimal('41600'), 'USD', 'year', 'US full-time')
        >>> str(m)
        '41,600 USD a year'
    """

    min: Decimal | None = attrs.field(converter=_amount)
    """Lower end (None for an upper bound only)."""
    max: Decimal | None = attrs.field(converter=_amount)
    """Upper end (None for a lower bound only)."""
    currency: str | None = attrs.field(converter=_currency)
    """ISO 4217 code, or None when unknown."""
    period: Period | None = attrs.field(converter=_period)
    """The pay period the amounts are per, or None when unstated."""
    schedule: Schedule | None = None
    """The work schedule used to change the period, if it was changed."""
    assumed_period: bool = False
    """True when the original period was not stated but assumed by the caller (``assume=``)."""
    rate: Rate | None = None
    """The exchange rate used to change the currency, if it was changed (value, its date, its source)."""
    mention: Mention | None = attrs.field(default=None, eq=False, repr=False)
    """The mention these amounts come from, when they do."""

    def __attrs_post_init__(self) -> None:
        if self.min is None and self.max is None:
            raise ValueError("money needs at least one of min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")

    @classmethod
    def of(cls, mention: Mention) -> Money:
        """The mention's own amounts, currency and period, unconverted.

        Examples:
            >>> Money.of(salarynorm.extract("€45k a year")[0]).max
            Decimal('45000')
        """
        if not mention_like(mention):
            raise TypeError(f"expected a Mention, not {type(mention).__name__}")
        return cls(min=mention.min, max=mention.max, currency=mention.currency, period=mention.period,
                   mention=mention)

    def _label(self) -> str:
        return repr(self.mention.text) if self.mention is not None else str(self)

    def per(self, period: Period | str, schedule: Schedule = US_FULL_TIME, *,
            assume: Period | str | None = None) -> Money:
        """The same pay per another period, through ``schedule`` (default: US full-time, 2,080 hours).

        Pay with no stated period is never annualised silently: it raises :class:`PeriodError` unless
        ``assume`` says which period it is (and the result records that it was assumed).

        Examples:
            >>> salarynorm.extract("£350 a day")[0].per("year", salarynorm.UK_FULL_TIME).min
            Decimal('91000')
            >>> salarynorm.extract("$5")[0].per("year", assume="hour").max
            Decimal('10400')
        """
        target = Period.parse(period)
        if not isinstance(schedule, Schedule):
            raise TypeError(f"schedule must be a Schedule, not {type(schedule).__name__}")
        source = self.period
        assumed = self.assumed_period
        if source is None:
            if assume is None:
                raise PeriodError(
                    f"the mention {self._label()} states no pay period; pass assume=... to say which one it is",
                    self.mention if self.mention is not None else self)
            source = Period.parse(assume)
            assumed = True
        if source is target:
            return attrs.evolve(self, period=target, assumed_period=assumed)
        lo = None if self.min is None else schedule.convert(self.min, source, target)
        hi = None if self.max is None else schedule.convert(self.max, source, target)
        return attrs.evolve(self, min=lo, max=hi, period=target, schedule=schedule, assumed_period=assumed)

    def convert(self, currency: str, *, on: date, rates: RateProvider | None = None) -> Money:
        """The same pay in another currency at the rate of ``on`` (default provider: the embedded ECB
        reference rates; a day without publication uses the last one before it). Both ends use one rate.

        Examples:
            >>> from datetime import date
            >>> m = salarynorm.extract("US$300,000 a year")[0].convert("AUD", on=date(2023, 7, 27))
            >>> m.currency, m.rate.rate_date, m.min.quantize(Decimal(1))
            ('AUD', datetime.date(2023, 7, 27), Decimal('441789'))
        """
        if self.currency is None:
            raise CurrencyError(f"the mention {self._label()} has no known currency to convert from",
                                self.mention if self.mention is not None else self)
        check_date(on)
        provider = rates if rates is not None else default_provider()
        rate = provider.rate(self.currency, currency, on)
        lo = None if self.min is None else rate.convert(self.min)
        hi = None if self.max is None else rate.convert(self.max)
        return attrs.evolve(self, min=lo, max=hi, currency=rate.quote, rate=rate)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: decimal strings, the period's name, the schedule and rate used.

        Examples:
            >>> salarynorm.extract("$20 an hour")[0].per("year").to_dict()["schedule"]["hours_per_year"]
            '2080'
        """
        return {
            "min": plain(self.min),
            "max": plain(self.max),
            "currency": self.currency,
            "period": None if self.period is None else self.period.value,
            "assumed_period": self.assumed_period,
            "schedule": None if self.schedule is None else {
                "name": self.schedule.name,
                "hours_per_week": plain(self.schedule.hours_per_week),
                "days_per_week": plain(self.schedule.days_per_week),
                "weeks_per_year": plain(self.schedule.weeks_per_year),
                "hours_per_year": plain(self.schedule.hours_per_year),
            },
            "rate": None if self.rate is None else {
                "base": self.rate.base,
                "quote": self.rate.quote,
                "value": plain(self.rate.value),
                "date": self.rate.rate_date.isoformat(),
                "asked_for": self.rate.on.isoformat(),
                "source": self.rate.source,
            },
        }

    def __str__(self) -> str:
        cur = f" {self.currency}" if self.currency else ""
        per = f" a{'n' if self.period is Period.HOUR else ''} {self.period.value}" if self.period else ""
        if self.min is None and self.max is not None:
            body = f"up to {_amount_text(self.max)}"
        elif self.max is None and self.min is not None:
            body = f"at least {_amount_text(self.min)}"
        elif self.min == self.max and self.min is not None:
            body = _amount_text(self.min)
        else:
            body = f"{_amount_text(self.min or Decimal(0))}–{_amount_text(self.max or Decimal(0))}"
        return body + cur + per
