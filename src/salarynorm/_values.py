"""The bottom layer: the vocabulary every other module shares, one check for each kind of value, and the
one decimal-context policy.

Nothing here imports another salarynorm module except the errors and the data it reads (the currency
table and the language data), so every module can import it at the top without a cycle. The layers above
it, each importing only those below: ``_schedule`` → ``_rates`` → ``_money`` → ``_compare`` → ``_mention``
→ the reading pipeline (``_read``) → ``_api`` (``tests/test_layers.py`` checks the order).

The decimal policy lives in ``_decimals`` (below the language data, whose number readers use it) and is
re-exported here: amounts are exact, scaling is exact, anything else is rounded once to 28 digits in a
fresh context, and the caller's ``decimal`` context never changes a result.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from ._currency_table import table
from ._decimals import PRECISION, context, scaled
from ._errors import CurrencyError, PeriodError
from ._lang import period_phrases

__all__ = [
    "PRECISION",
    "CurrencySource",
    "Period",
    "check_amount",
    "check_code",
    "check_date",
    "context",
    "exact",
    "plain",
    "scaled",
    "to_decimal",
]

# ----------------------------------------------------------------------------------------------- checks --


def check_amount(value: object, what: str = "an amount") -> Decimal:
    """``value`` if it is a finite ``Decimal``; a ``TypeError`` for any other type (floats too: amounts
    are exact), a ``ValueError`` for NaN and infinities. Both name what was received.

    Examples:
        >>> check_amount(Decimal("12.50"))
        Decimal('12.50')
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}")
    return value


def to_decimal(value: object, what: str = "amounts") -> Decimal:
    """An exact figure given as a ``Decimal``, an ``int`` or a numeric ``str`` ("37.5"); floats and bools
    are refused (``TypeError``), text that is no finite number too (``ValueError``).

    Examples:
        >>> to_decimal("37.5"), to_decimal(40)
        (Decimal('37.5'), Decimal('40'))
    """
    if isinstance(value, (float, bool)) or not isinstance(value, (Decimal, int, str)):
        raise TypeError(f"{what} are exact: pass a Decimal, an int or a str, not a {type(value).__name__}")
    if isinstance(value, Decimal):
        return check_amount(value, what)
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        raise ValueError(f"{what}: {value!r} is not a number") from None
    return check_amount(number, what)


def check_code(value: object, what: str = "a currency") -> str:
    """The ISO 4217 code ``value`` spells, upper-cased ("usd" is "USD"); a ``TypeError`` for a non-str,
    a :class:`~salarynorm.CurrencyError` naming the value for a code ISO 4217 does not have.

    Examples:
        >>> check_code(" eur ")
        'EUR'
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be an ISO 4217 code (str), not {type(value).__name__}")
    code = value.strip().upper()
    if code not in table().currencies:
        raise CurrencyError(f"{value!r} is not an ISO 4217 currency code", value)
    return code


def check_date(value: object, what: str = "on") -> date:
    """A calendar day from a ``date`` or a ``datetime`` (its day: dates and datetimes then compare
    cleanly); anything else is a ``TypeError`` naming the type.

    Examples:
        >>> check_date(datetime(2023, 7, 27, 15, 30))
        datetime.date(2023, 7, 27)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")


def plain(value: Decimal | None) -> str | None:
    """The contract's decimal string: plain digits, no exponent, no trailing fractional zeros.

    Examples:
        >>> plain(Decimal("1.3E+6")), plain(Decimal("22.50")), plain(None)
        ('1300000', '22.5', None)
    """
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def exact(value: Decimal | None) -> Decimal | None:
    """An amount stored without exponent noise: ``Decimal("1.30E+6")`` becomes ``Decimal("1300000")``;
    checked as :func:`check_amount` checks it.

    Examples:
        >>> exact(Decimal("1.30E+6"))
        Decimal('1300000')
    """
    if value is None:
        return None
    check_amount(value)
    exponent = value.as_tuple().exponent
    if exponent == 0 or (isinstance(exponent, int) and exponent < 0 and value.as_tuple().digits[-1] != 0):
        return value  # already plain: "300000", "12.99" (the common case, without string work)
    return Decimal(plain(value))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ vocabulary --


class Period(enum.Enum):
    """The pay period a money expression is quoted per.

    Examples:
        >>> Period("hour") is Period.HOUR
        True
        >>> Period.parse("per annum")
        <Period.YEAR: 'year'>
    """

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @classmethod
    def parse(cls, value: Period | str) -> Period:
        """Read a period from an enum member, its value ("year") or any period phrase salarynorm knows in
        any language ("per annum", "hourly", "/hr", "pcm", "pro Monat").

        Raises :class:`salarynorm.PeriodError` naming the value when it is not a period.
        """
        if isinstance(value, Period):
            return value
        if not isinstance(value, str):
            raise TypeError(f"a period must be a Period or a str, not {type(value).__name__}")
        key = " ".join(value.strip().lower().split())
        try:
            return cls(key)
        except ValueError:
            pass
        found = period_phrases().get(key)
        if found is None:
            raise PeriodError(f"{value!r} is not a pay period", value)
        return cls(found)

    def __str__(self) -> str:
        return self.value


class CurrencySource(enum.Enum):
    """How a mention's currency was decided, strongest first.

    Examples:
        >>> salarynorm.extract("US$5")[0].currency_source
        <CurrencySource.EXPLICIT: 'explicit'>
        >>> salarynorm.extract("$5")[0].currency_source
        <CurrencySource.CONVENTION: 'convention'>
    """

    EXPLICIT = "explicit"
    """An ISO code, an unambiguous symbol or name ("USD", "A$", "€", "euros")."""
    EXPRESSION = "expression"
    """Ambiguous signs narrowed by the rest of their own expression: "C$5 – $10" can only be CAD. (A range
    with one explicit end, "US$300,000 – $900,000", is ``EXPLICIT``.)"""
    DOCUMENT = "document"
    """An ambiguous sign whose amount is written with an explicit currency elsewhere in the same document
    (a headline's "$1.3 million" restating the body's "A$1.3 million"), or a name with no common reading
    or a regional sign whose country the text around it names ("Mexico's ... 248.93 pesos", "Pakistan's
    ... Rs 14.5 trillion")."""
    DEFAULT = "default"
    """The caller's ``default_currency``."""
    LOCALE = "locale"
    """The currency of the country the caller's ``locale`` names: "$" read with ``locale="es-MX"`` is MXN."""
    CONVENTION = "convention"
    """The most common reading of an ambiguous sign ("$" is USD, "¥" is JPY)."""
    UNKNOWN = "unknown"
    """Nothing decides it (a bare number in a money field with no default, or a non-ISO unit like bitcoin)."""

    def __str__(self) -> str:
        return self.value
