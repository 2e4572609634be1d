"""``FixedRates``: a table of your own rates against one base currency, such as a finance team's budget
rates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from .._errors import RateUnavailable
from .base import _ONE, Rate, _check_code, _check_date, _divide, _same_currency

__all__ = ["FixedRates"]

class FixedRates:
    """Exchange rates from your own table, such as a finance team's budget or month-end rates.

    ``rates`` maps ISO codes to how many units of each one unit of ``base`` buys; ``base`` itself is 1
    (you may list it, with the value 1). Values are ``Decimal`` or ``str`` ("1.4833"), never ``float``:
    a float has already lost the digits your table had, so it raises ``TypeError``. Cross rates go
    through the base (``rate(AUD, EUR) = EUR ÷ AUD``, 28 significant digits); a rate against the base
    keeps your digits. The table applies to every date; ``Rate.rate_date`` is ``as_of`` when given (the
    day the table was set), else the date asked.

    Examples:
        >>> from datetime import date
        >>> budget = salarynorm.FixedRates({"USD": Decimal("1"), "AUD": Decimal("1.4833"), "EUR": "0.91"},
        ...                                base="USD", as_of=date(2024, 1, 1), source="FY2024 budget rates")
        >>> r = budget.rate("AUD", "EUR", date(2024, 3, 5))
        >>> r.value, r.rate_date, r.source
        (Decimal('0.6134969325153374233128834356'), datetime.date(2024, 1, 1), 'FY2024 budget rates')
    """

    __slots__ = ("_as_of", "_base", "_rates", "_source")

    def __init__(
        self,
        rates: Mapping[str, Decimal | str],
        *,
        base: str,
        as_of: date | None = None,
        source: str = "fixed rates",
    ) -> None:
        """Check and keep the table; see the class docstring for its meaning.

        Examples:
            >>> salarynorm.FixedRates({"AUD": 1.4833}, base="USD")
            Traceback (most recent call last):
            TypeError: the rate for AUD is a float (1.4833); give a Decimal or a str, so no digits are lost
        """
        self._base = _check_code(base, "base")
        self._as_of = None if as_of is None else _check_date(as_of)
        if not isinstance(source, str):
            raise TypeError(f"source must be a str, not {type(source).__name__}")
        self._source = source
        table_: dict[str, Decimal] = {}
        for raw_code, raw_value in rates.items():
            code = _check_code(raw_code, "a currency of the table")
            if code in table_:
                raise ValueError(f"{code} appears twice in the table")
            table_[code] = self._parse(code, raw_value)
        if table_.setdefault(self._base, _ONE) != _ONE:
            raise ValueError(f"the base {self._base} must be 1 in its own table, not {table_[self._base]}")
        self._rates: Mapping[str, Decimal] = MappingProxyType(table_)

    @staticmethod
    def _parse(code: str, raw: object) -> Decimal:
        if isinstance(raw, float):
            raise TypeError(f"the rate for {code} is a float ({raw!r}); give a Decimal or a str, so no digits are lost")
        if isinstance(raw, Decimal):
            value = raw
        elif isinstance(raw, str):
            try:
                value = Decimal(raw.strip())
            except InvalidOperation:
                raise ValueError(f"the rate for {code}, {raw!r}, is not a number") from None
        else:
            raise TypeError(f"the rate for {code} must be a Decimal or a str, not {type(raw).__name__}")
        if not value.is_finite() or value <= 0:
            raise ValueError(f"the rate for {code} must be a finite positive number, not {raw!r}")
        return value

    def __repr__(self) -> str:
        return f"FixedRates({dict(self._rates)!r}, base={self._base!r}, as_of={self._as_of!r}, source={self._source!r})"

    @property
    def base(self) -> str:
        """The currency the table is quoted against.

        Examples:
            >>> salarynorm.FixedRates({"EUR": "0.91"}, base="usd").base
            'USD'
        """
        return self._base

    @property
    def rates(self) -> Mapping[str, Decimal]:
        """The table, read-only: code -> units per one ``base`` (the base included, as 1).

        Examples:
            >>> dict(salarynorm.FixedRates({"EUR": "0.91"}, base="USD").rates)
            {'EUR': Decimal('0.91'), 'USD': Decimal('1')}
        """
        return self._rates

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` from the table; ``RateUnavailable`` naming a currency not in it.

        Examples:
            >>> from datetime import date
            >>> salarynorm.FixedRates({"EUR": "0.8"}, base="USD").rate("EUR", "USD", date(2024, 1, 1)).value
            Decimal('1.25')
        """
        base, quote, on = _check_code(base, "base"), _check_code(quote, "quote"), _check_date(on)
        if base == quote:
            return _same_currency(base, on)
        for code in (base, quote):
            if code not in self._rates:
                raise RateUnavailable(
                    f"{self._source} have no rate for {code} (they cover {', '.join(sorted(self._rates))})", code)
        # Against the base the table's own digits; anything else is one rounded division.
        value = self._rates[quote] if base == self._base else _divide(self._rates[quote], self._rates[base])
        return Rate(base, quote, value, on, self._as_of or on, self._source)
