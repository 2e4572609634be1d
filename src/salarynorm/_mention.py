"""``Mention``, what ``extract`` and ``parse`` return: immutable, exact (Decimal), with a stable
``to_dict()`` view, and thin methods that hand it to the layers below (``Money``, comparison)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from ._compare import Comparison, EquivalenceCheck, Reference, check_equivalents, compare
from ._money import Money
from ._rates import RateProvider
from ._schedule import US_FULL_TIME, Schedule
from ._schema_org import to_schema_org
from ._values import CurrencySource, Period, exact, plain

__all__ = ["Mention"]


@attrs.frozen(kw_only=True, eq=True)
class Mention:
    """One money expression found in a text: a single amount, a range or an open bound, in one currency,
    optionally per period, with its restatements in other currencies.

    ``text == source[start:end]`` is the surface of the expression itself; words like "between", "up to" or
    "per year" may lie outside it and are recorded in ``bound_text`` and ``period_text``.

    Examples:
        >>> m = salarynorm.extract("between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year")[0]
        >>> m.min, m.max, m.currency, m.period
        (Decimal('300000'), Decimal('900000'), 'USD', <Period.YEAR: 'year'>)
        >>> m.equivalents[0].currency, m.equivalents[0].max
        ('AUD', Decimal('1300000'))
    """

    text: str
    start: int
    end: int
    min: Decimal | None = attrs.field(converter=exact)
    """Lower end, in the currency's major unit; None for an upper bound only ("up to $650,000")."""
    max: Decimal | None = attrs.field(converter=exact)
    """Upper end; None for a lower bound only ("at least $50k", "$100,000+")."""
    currency: str | None = None
    """ISO 4217 code, or None when nothing in the text or the call decides it."""
    period: Period | None = None
    approximate: bool = False
    equivalents: tuple[Mention, ...] = ()
    """The same money restated in other currencies, e.g. the parenthesis of "US$48,000 (A$71,000)"."""
    currency_source: CurrencySource = CurrencySource.UNKNOWN
    """How ``currency`` was decided."""
    currency_candidates: tuple[str, ...] = ()
    """Every ISO code the currency sign could stand for (("USD", "AUD", "CAD", ...) for "$"; ("EUR",) for "€")."""
    currency_text: str | None = None
    """The currency sign, code or name as written ("US$", "dollars", "EUR"); None when none was written."""
    period_text: str | None = None
    """The period phrase as written ("per annum", "/hr", "hourly rate of"); None when none was written."""
    bound_text: str | None = None
    """The bound phrase as written ("up to", "at least", "+"); None for an exact amount or a range."""
    language: str | None = None
    """The language the text was read in (ISO 639-1: "en", "de"): the caller's ``lang``/``locale``, or the one
    detected; None for a mention made by hand."""

    def __attrs_post_init__(self) -> None:
        if self.min is None and self.max is None:
            raise ValueError("a mention needs at least one of min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")

    @property
    def is_range(self) -> bool:
        """True when both ends are known and differ ("$50k–60k"); False for a single amount or a bound.

        Examples:
            >>> salarynorm.extract("$50k-60k")[0].is_range
            True
        """
        return self.min is not None and self.max is not None and self.min != self.max

    @property
    def amount(self) -> Decimal | None:
        """The single amount when ``min == max``, else None.

        Examples:
            >>> salarynorm.extract("£2.5bn")[0].amount
            Decimal('2500000000')
        """
        return self.min if self.min is not None and self.min == self.max else None

    def money(self) -> Money:
        """The mention's amounts as :class:`Money`, ready to be restated per another period or currency.

        Examples:
            >>> str(salarynorm.extract("£45k-55k a year")[0].money())
            '45,000–55,000 GBP a year'
        """
        return Money.of(self)

    def per(self, period: Period | str, schedule: Schedule | None = None, *,
            assume: Period | str | None = None) -> Money:
        """The pay per another period through a work schedule (default: US full-time, 2,080 hours a year).
        A mention with no period raises :class:`PeriodError` unless ``assume`` names its period.

        Examples:
            >>> salarynorm.extract("$25 an hour")[0].per("year").min
            Decimal('52000')
        """
        return self.money().per(period, schedule or US_FULL_TIME, assume=assume)

    def convert(self, currency: str, *, on: date, rates: RateProvider | None = None) -> Money:
        """The pay in another currency at the rate of ``on`` (default: the embedded ECB reference rates).

        Examples:
            >>> salarynorm.extract("€50,000")[0].convert("USD", on=date(2023, 7, 27)).rate.value
            Decimal('1.1125')
        """
        return self.money().convert(currency, on=on, rates=rates)

    def check_equivalents(self, *, on: date, rates: RateProvider | None = None) -> list[EquivalenceCheck]:
        """Each restatement in another currency checked against the rate of ``on`` (the document's date).

        Examples:
            >>> m = salarynorm.extract("US$300,000 (A$445,000)")[0]
            >>> m.check_equivalents(on=date(2023, 7, 27))[0].implied_min.quantize(Decimal("0.0001"))
            Decimal('1.4833')
        """
        return check_equivalents(self, on=on, rates=rates)

    def compare(self, reference: Reference, *, on: date | None = None, rates: RateProvider | None = None,
                schedule: Schedule | None = None, assume: Period | str | None = None) -> Comparison:
        """This pay set against a reference figure (see :func:`salarynorm.compare`).

        Examples:
            >>> m = salarynorm.extract("$900,000 a year")[0]
            >>> m.compare(salarynorm.reference("sag-aftra-health-earned-eligibility")).covers_max >= 30
            True
        """
        return compare(self, reference, on=on, rates=rates, schedule=schedule or US_FULL_TIME, assume=assume)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON-ready view: decimal strings, the period's name, equivalents nested.

        Examples:
            >>> salarynorm.extract("€45k a year")[0].to_dict()["max"]
            '45000'
        """
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "min": plain(self.min),
            "max": plain(self.max),
            "currency": self.currency,
            "period": None if self.period is None else self.period.value,
            "approximate": self.approximate,
            "equivalents": [e.to_dict() for e in self.equivalents],
        }

    def to_schema_org(self, schedule: Schedule | None = None) -> dict[str, Any]:
        """A schema.org ``MonetaryAmount`` (a JobPosting's ``baseSalary``): ``currency`` and a
        ``QuantitativeValue`` with ``value`` (one amount) or ``minValue``/``maxValue`` (an open bound has
        one of them) and ``unitText`` HOUR, DAY, WEEK, MONTH or YEAR. Pay per fortnight is restated per
        week and pay per quarter per year through ``schedule`` (default: US full-time), and its
        ``description`` says so. Amounts are JSON numbers (ints when whole).

        Examples:
            >>> salarynorm.extract("£45k-55k a year")[0].to_schema_org()["value"]
            {'@type': 'QuantitativeValue', 'minValue': 45000, 'maxValue': 55000, 'unitText': 'YEAR'}
        """
        return to_schema_org(self, schedule or US_FULL_TIME)

    def describe(self) -> dict[str, Any]:
        """``to_dict()`` plus how it was read: the currency's source and candidates, the period and bound
        phrases as written.

        Examples:
            >>> salarynorm.extract("$5")[0].describe()["currency_source"]
            'convention'
        """
        out = self.to_dict()
        out["equivalents"] = [e.describe() for e in self.equivalents]
        out.update(
            currency_source=self.currency_source.value,
            currency_candidates=list(self.currency_candidates),
            currency_text=self.currency_text,
            period_text=self.period_text,
            bound_text=self.bound_text,
            language=self.language,
        )
        return out
