"""salarynorm's exceptions: every failure a caller can act on has its own type and names the bad value."""

from __future__ import annotations

__all__ = [
    "CurrencyError",
    "LanguageError",
    "PeriodError",
    "RateUnavailable",
    "SalarynormError",
]


class SalarynormError(Exception):
    """Base class of every error salarynorm raises on purpose.

    Examples:
        >>> try:
        ...     salarynorm.parse("20 000", default_currency="XYZ")
        ... except salarynorm.SalarynormError as exc:
        ...     print(exc.value)
        XYZ
    """

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.value = value
        """The offending value (a currency code, a period, a date...), for programs that handle the error."""


class CurrencyError(SalarynormError, ValueError):
    """A currency code that is not ISO 4217, or an operation that needs a currency the mention lacks.

    Examples:
        >>> salarynorm.extract("$5", default_currency="DOLLARS")
        Traceback (most recent call last):
        CurrencyError: 'DOLLARS' is not an ISO 4217 currency code
    """


class PeriodError(SalarynormError, ValueError):
    """A pay period that is unknown, or a period conversion the mention cannot support.

    Examples:
        >>> salarynorm.extract("$5")[0].per("year")
        Traceback (most recent call last):
        PeriodError: the mention '$5' states no pay period; pass assume=... to say which one it is
    """


class LanguageError(SalarynormError, ValueError):
    """A language or locale salarynorm has no data for, a malformed one, or a ``lang`` and a ``locale``
    that name different languages.

    Examples:
        >>> salarynorm.extract("5 €", lang="tlh")
        Traceback (most recent call last):
        LanguageError: salarynorm has no language data for 'tlh' (it reads: de, en, ...)
    """


class RateUnavailable(SalarynormError, LookupError):
    """No exchange rate for the currencies and date asked (unknown currency, date outside the data, a
    failed or refused request to an online source).

    Examples:
        >>> from datetime import date
        >>> salarynorm.EcbRates().rate("USD", "AUD", date(1990, 1, 1))
        Traceback (most recent call last):
        RateUnavailable: ECB reference rates start on 1999-01-04; no rate for USD/AUD on 1990-01-01 (...)
    """
