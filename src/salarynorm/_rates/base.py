"""The rate itself and what every provider answers with: ``Rate`` (a value at a date, from a source)
and the ``RateProvider`` protocol, with the checks every provider applies to its arguments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, Protocol, runtime_checkable

import attrs

from .._values import check_amount, check_code, check_date, context

__all__ = ["Rate", "RateProvider"]

_ONE: Final = Decimal(1)
#: ``Rate.source`` when base and quote are the same currency: no provider was asked, nothing was loaded.
_SAME_CURRENCY_SOURCE: Final = "same currency (no conversion)"
_EUR: Final = "EUR"


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    return context().divide(numerator, denominator)


def _check_code(code: object, what: str) -> str:
    return check_code(code, what)


def _check_date(on: object) -> date:
    # A datetime is a date too; keep only its calendar day so that `on` and `rate_date` compare cleanly
    # (CurrencyConverter users ran into mixed date/datetime keys, alexprengere/currencyconverter#30).
    return check_date(on)


def _check_amount(amount: object) -> Decimal:
    return check_amount(amount, "the amount to convert")


def _positive_rate(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"a rate is a Decimal, not {type(value).__name__}")
    if not value.is_finite() or value <= 0:
        raise ValueError(f"a rate must be a finite positive number, not {value}")


@attrs.frozen
class Rate:
    """One exchange rate: 1 ``base`` = ``value`` ``quote``, as published on ``rate_date`` for the date ``on``.

    ``on`` is the date asked; ``rate_date`` is the publication actually used, which is earlier when
    nothing was published on ``on`` (a weekend, a holiday). ``source`` names the data in words.

    Examples:
        >>> from datetime import date
        >>> r = salarynorm.EcbRates().rate("EUR", "USD", date(2023, 7, 29))
        >>> r.value, r.on, r.rate_date
        (Decimal('1.101'), datetime.date(2023, 7, 29), datetime.date(2023, 7, 28))
        >>> r.inverse().value
        Decimal('0.9082652134423251589464123524')
    """

    #: ISO 4217 code of the currency converted from.
    base: str
    #: ISO 4217 code of the currency converted to.
    quote: str
    #: How many ``quote`` one ``base`` buys; finite and positive.
    value: Decimal = attrs.field(validator=_positive_rate)
    #: The date the rate was asked for.
    on: date
    #: The date of the publication used (``<= on`` for the ECB; ``on`` for a same-currency rate).
    rate_date: date
    #: Where the rate comes from, for people: "ECB euro foreign exchange reference rates (...)".
    source: str

    def inverse(self) -> Rate:
        """The same rate the other way round, quote to base (``1 / value``, 28 significant digits).

        Examples:
            >>> from datetime import date
            >>> salarynorm.FixedRates({"EUR": "0.8"}, base="USD").rate("USD", "EUR", date(2024, 1, 1)).inverse().value
            Decimal('1.25')
        """
        return Rate(self.quote, self.base, _divide(_ONE, self.value), self.on, self.rate_date, self.source)

    def convert(self, amount: Decimal) -> Decimal:
        """``amount`` of ``base`` in ``quote``: ``amount * value``, rounded to 28 significant digits.

        Use one rate for both ends of a range so they stay comparable.

        Examples:
            >>> from datetime import date
            >>> r = salarynorm.FixedRates({"AUD": "1.4833"}, base="USD").rate("USD", "AUD", date(2024, 1, 1))
            >>> r.convert(Decimal("300000")), r.convert(Decimal("900000"))
            (Decimal('444990.0000'), Decimal('1334970.0000'))
        """
        return context().multiply(_check_amount(amount), self.value)


@runtime_checkable
class RateProvider(Protocol):
    """What salarynorm needs from a source of exchange rates: one method, ``rate``.

    ``rate(base, quote, on)`` returns the :class:`Rate` for 1 ``base`` in ``quote`` on the date ``on``, or
    raises ``RateUnavailable`` (naming the currency or date it lacks) and ``CurrencyError`` for codes
    that are not ISO 4217. The same currency on both sides gives a rate of 1 with ``rate_date == on``.
    Any object with that method is a provider; no subclassing needed.

    Examples:
        >>> from datetime import date
        >>> class Parity:
        ...     def rate(self, base, quote, on):
        ...         return salarynorm.Rate(base, quote, Decimal(1), on, on, "parity, for tests")
        >>> isinstance(Parity(), salarynorm.RateProvider)
        True
        >>> salarynorm.convert_amount(Decimal("5"), "USD", "CAD", date(2024, 1, 1), rates=Parity())[0]
        Decimal('5')
    """

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` on the date ``on``; raises ``RateUnavailable`` when there is none."""
        ...  # pragma: no cover


def _same_currency(code: str, on: date) -> Rate:
    return Rate(code, code, _ONE, on, on, _SAME_CURRENCY_SOURCE)
