"""Comparing pay: against reference figures (a union's threshold, a minimum wage) and against itself (is a
restatement in another currency consistent with the exchange rate of the day?)."""

from __future__ import annotations

import functools
import tomllib
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import CurrencyError, SalarynormError
from ._money import Money, _amount_text, mention_like
from ._rates import Rate, RateProvider, default_provider
from ._schedule import US_FULL_TIME, Schedule
from ._values import Period, check_code, check_date, context, plain, to_decimal

if TYPE_CHECKING:
    from ._mention import Mention  # above this layer: comparisons read a mention's fields only

__all__ = ["Comparison", "EquivalenceCheck", "Reference", "check_equivalents", "compare", "reference",
           "references"]

def _decimal(value: Decimal | int | str) -> Decimal:
    return to_decimal(value, "reference amounts")


def _day(value: object, what: str = "on") -> date:
    return check_date(value, what)


def _optional_day(value: object) -> date | None:
    return None if value is None else _day(value, "a validity date")


def _period(value: Period | str) -> Period:
    return Period.parse(value)


def _code(value: str) -> str:
    return check_code(value)


@attrs.frozen(kw_only=True)
class Reference:
    """A reference figure to compare pay with: an amount of a currency per period, valid over dates,
    with where it comes from. The built-in catalogue is :func:`references`; make your own freely.

    Examples:
        >>> living = Reference(name="London Living Wage", amount=Decimal("13.85"), currency="GBP",
        ...                    period="hour", valid_from=date(2024, 10, 22))
        >>> living.in_force(date(2025, 1, 1))
        True
    """

    name: str
    """What the figure is ("US federal minimum wage")."""
    amount: Decimal = attrs.field(converter=_decimal)
    """The figure, in the currency's major unit."""
    currency: str = attrs.field(converter=_code)
    """ISO 4217 code."""
    period: Period = attrs.field(converter=_period)
    """The period the figure is per."""
    valid_from: date | None = attrs.field(default=None, converter=_optional_day)
    """First day the figure applies (None: since always)."""
    valid_to: date | None = attrs.field(default=None, converter=_optional_day)
    """Last day the figure applies (None: still in force)."""
    source: str | None = None
    """Where the figure is published (a URL or a citation)."""
    citation: str | None = None
    """Where on the source the figure appears."""
    key: str | None = None
    """The series it belongs to in the catalogue ("us-federal-minimum-wage")."""
    note: str | None = None
    """Caveats (age bands, eligibility rules)."""

    def __attrs_post_init__(self) -> None:
        if not self.amount.is_finite() or self.amount <= 0:
            raise ValueError(f"a reference amount must be positive, not {self.amount}")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is after valid_to {self.valid_to}")

    def in_force(self, on: date) -> bool:
        """True when the figure applies on ``on``.

        Examples:
            >>> reference("us-federal-minimum-wage", on=date(2024, 1, 1)).in_force(date(2008, 1, 1))
            False
        """
        day = _day(on)
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    def money(self) -> Money:
        """The figure as :class:`Money`.

        Examples:
            >>> str(reference("us-federal-minimum-wage").money())
            '7.25 USD an hour'
        """
        return Money(min=self.amount, max=self.amount, currency=self.currency, period=self.period)

    def __str__(self) -> str:
        return f"{self.name} ({self.money()})"


@functools.cache
def references(key: str | None = None) -> tuple[Reference, ...]:
    """The built-in catalogue of dated reference figures (``_data/references.toml``), each with its
    source; only those of series ``key`` when given. Oldest first within a series.

    Examples:
        >>> [str(r.amount) for r in references("us-federal-minimum-wage")][-1]
        '7.25'
    """
    raw = tomllib.loads(resources.files("salarynorm").joinpath("_data/references.toml").read_text("utf-8"))
    out = []
    for entry in raw.get("reference", []):
        if key is not None and entry.get("key") != key:
            continue
        out.append(Reference(
            name=entry["name"], amount=Decimal(entry["amount"]), currency=entry["currency"],
            period=entry["period"], valid_from=entry.get("valid_from"), valid_to=entry.get("valid_to"),
            source=entry.get("source"), citation=entry.get("citation"), key=entry.get("key"),
            note=entry.get("note"),
        ))
    out.sort(key=lambda r: (r.key or "", r.valid_from or date.min))
    if key is not None and not out:
        known = sorted({r.key for r in references() if r.key})
        raise SalarynormError(f"no reference series {key!r}; the catalogue has {', '.join(known)}", key)
    return tuple(out)


def reference(key: str, on: date | None = None) -> Reference:
    """The figure of series ``key`` in force on ``on`` (default: the latest one).

    Examples:
        >>> reference("us-federal-minimum-wage", on=date(2020, 6, 1)).amount
        Decimal('7.25')
    """
    series = references(key)
    if on is None:
        return series[-1]
    on = _day(on)
    for r in reversed(series):
        if r.in_force(on):
            return r
    raise SalarynormError(f"no {key!r} figure in force on {on.isoformat()}", on)


def _ratio(value: Decimal | None, amount: Decimal) -> Decimal | None:
    return None if value is None else context().divide(value, amount)


def _covers(value: Decimal | None, amount: Decimal) -> int | None:
    if value is None:
        return None
    return int(context().divide(value, amount).to_integral_value(rounding=ROUND_FLOOR))


def _times(ratio: Decimal) -> str:
    """The ratio to one decimal, or to three where one decimal would hide the difference (0.966, not 1.0)."""
    shown = ratio.quantize(Decimal("0.1"), context=context())
    if shown == 1 and ratio != 1:
        shown = ratio.quantize(Decimal("0.001"), context=context())  # "0.966 times ..., below it", not "1.0 times"
    return f"{shown:f}"


@attrs.frozen(kw_only=True)
class Comparison:
    """Pay set against a reference figure, in the reference's currency and period.

    Examples:
        >>> m = salarynorm.extract("between US$300,000 and $900,000 per year")[0]
        >>> c = compare(m, reference("sag-aftra-health-earned-eligibility", on=date(2023, 7, 1)))
        >>> c.ratio_max.quantize(Decimal("0.1")), c.covers_max
        (Decimal('34.0'), 34)
    """

    money: Money
    """The pay, restated in the reference's currency and per the reference's period."""
    reference: Reference
    """The figure compared with."""
    on: date | None
    """The date of the comparison (the rate date asked for; whether the figure was in force)."""
    ratio_min: Decimal | None
    """Lower end divided by the figure (None when the pay has no lower end)."""
    ratio_max: Decimal | None
    """Upper end divided by the figure."""
    difference_min: Decimal | None
    """Lower end minus the figure."""
    difference_max: Decimal | None
    """Upper end minus the figure."""
    covers_min: int | None
    """How many whole figures the lower end covers."""
    covers_max: int | None
    """How many whole figures the upper end covers."""

    @property
    def in_force(self) -> bool | None:
        """Whether the figure applied on the comparison's date (None when no date was given)."""
        return None if self.on is None else self.reference.in_force(self.on)

    def summary(self) -> str:
        """One line of plain English.

        Examples:
            >>> m = salarynorm.extract("between US$300,000 and $900,000 per year")[0]
            >>> print(compare(m, reference("sag-aftra-health-earned-eligibility", on=date(2023, 7, 1))).summary())
            ... # doctest: +ELLIPSIS
            The top of the range, 900,000 USD a year, is 34.0 times the SAG-AFTRA ...
        """
        ref = f"the {self.reference.name} of {self.reference.money()}"
        per = self.money.period
        unit = f" a{'n' if per is Period.HOUR else ''} {per.value}" if per else ""
        cur = f" {self.money.currency}"
        lo, hi = self.money.min, self.money.max
        parts: list[str] = []
        if lo is not None and hi is not None and lo != hi:
            assert self.ratio_min is not None and self.ratio_max is not None
            parts.append(f"The top of the range, {_amount_text(hi)}{cur}{unit}, is {_times(self.ratio_max)} times "
                         f"{ref}: it would cover it {self.covers_max} times; the bottom, "
                         f"{_amount_text(lo)}{cur}{unit}, is {_times(self.ratio_min)} times.")
        elif hi is not None and lo is None:
            assert self.ratio_max is not None
            parts.append(f"At most {_amount_text(hi)}{cur}{unit}, up to {_times(self.ratio_max)} times {ref}.")
        elif lo is not None and hi is None:
            assert self.ratio_min is not None
            parts.append(f"At least {_amount_text(lo)}{cur}{unit}, {_times(self.ratio_min)} times {ref} or more.")
        elif lo is not None:
            assert self.ratio_min is not None
            said = f"{_amount_text(lo)}{cur}{unit}"
            if self.money.mention is not None and (self.money.schedule or self.money.rate):
                said = f"{Money.of(self.money.mention)}, that is {said},"
            gap = f"{_amount_text(abs(lo - self.reference.amount))}{cur}"
            if lo == self.reference.amount:
                parts.append(f"{said} is exactly {ref}.")
            else:
                verb = "above" if lo > self.reference.amount else "below"
                parts.append(f"{said} is {_times(self.ratio_min)} times {ref}, {verb} it by {gap}.")
        notes = []
        if self.money.schedule is not None:
            assumed = " (period assumed)" if self.money.assumed_period else ""
            notes.append(f"period converted on the {self.money.schedule.describe()}{assumed}")
        if self.money.rate is not None:
            r = self.money.rate
            notes.append(f"converted at {plain(r.value)} {r.quote} per {r.base} of {r.rate_date.isoformat()} "
                         f"({r.source})")
        if self.on is not None and not self.reference.in_force(self.on):
            notes.append(f"note: the figure was not in force on {self.on.isoformat()}")
        return " ".join(parts) + (" [" + "; ".join(notes) + "]" if notes else "")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view of the comparison.

        Examples:
            >>> m = salarynorm.extract("$15 an hour")[0]
            >>> compare(m, reference("us-federal-minimum-wage")).to_dict()["ratio_min"][:6]
            '2.0689'
        """
        return {
            "money": self.money.to_dict(),
            "reference": {"name": self.reference.name, "amount": plain(self.reference.amount),
                          "currency": self.reference.currency, "period": self.reference.period.value,
                          "valid_from": self.reference.valid_from and self.reference.valid_from.isoformat(),
                          "valid_to": self.reference.valid_to and self.reference.valid_to.isoformat(),
                          "source": self.reference.source},
            "on": self.on and self.on.isoformat(),
            "ratio_min": plain(self.ratio_min), "ratio_max": plain(self.ratio_max),
            "difference_min": plain(self.difference_min), "difference_max": plain(self.difference_max),
            "covers_min": self.covers_min, "covers_max": self.covers_max,
            "summary": self.summary(),
        }


def compare(pay: Mention | Money, ref: Reference, *, on: date | None = None, rates: RateProvider | None = None,
            schedule: Schedule = US_FULL_TIME, assume: Period | str | None = None) -> Comparison:
    """Set pay (a mention or :class:`Money`) against a reference figure: converted to the figure's period
    through ``schedule`` and to its currency at the rate of ``on``, then the ratio, difference and how
    many whole figures each end covers.

    Examples:
        >>> m = salarynorm.extract("$900,000 a year")[0]
        >>> compare(m, reference("sag-aftra-health-earned-eligibility", on=date(2023, 7, 1))).covers_max
        34
    """
    if isinstance(pay, Money):
        money = pay
    elif mention_like(pay):
        money = Money.of(pay)
    else:
        raise TypeError(f"expected a Mention or Money, not {type(pay).__name__}")
    if on is not None:
        on = _day(on)
    if not isinstance(ref, Reference):
        raise TypeError(f"expected a Reference, not {type(ref).__name__}")
    money = money.per(ref.period, schedule, assume=assume)
    if money.currency != ref.currency:
        if money.currency is None:
            raise CurrencyError("the pay has no known currency to compare with "
                                f"{ref.currency}; extract it with default_currency=...", pay)
        if on is None:
            raise CurrencyError(f"comparing {money.currency} with {ref.currency} needs a rate date: pass on=...",
                                money.currency)
        money = money.convert(ref.currency, on=on, rates=rates)
    amount = ref.amount
    return Comparison(
        money=money, reference=ref, on=on,
        ratio_min=_ratio(money.min, amount), ratio_max=_ratio(money.max, amount),
        difference_min=None if money.min is None else money.min - amount,
        difference_max=None if money.max is None else money.max - amount,
        covers_min=_covers(money.min, amount), covers_max=_covers(money.max, amount),
    )


@attrs.frozen(kw_only=True)
class EquivalenceCheck:
    """A restatement checked against the exchange rate of the day: the rate the text implies, the
    provider's rate, and how far apart they are.

    Examples:
        >>> m = salarynorm.extract("US$300,000 (A$445,000)")[0]
        >>> check = check_equivalents(m, on=date(2023, 7, 27))[0]
        >>> check.implied_min.quantize(Decimal("0.0001")), check.rate.rate_date
        (Decimal('1.4833'), datetime.date(2023, 7, 27))
    """

    primary: Mention
    """The mention as first written ("US$300,000")."""
    equivalent: Mention
    """Its restatement ("A$445,000")."""
    implied_min: Decimal | None
    """Equivalent's lower end over the primary's: units of the equivalent's currency per primary unit."""
    implied_max: Decimal | None
    """The same for the upper ends."""
    rate: Rate | None
    """The provider's rate for the pair on the date (None when the restatement's currency is unknown)."""
    deviation_min: Decimal | None
    """implied_min / rate - 1 (0.01 is 1% more than the rate)."""
    deviation_max: Decimal | None
    """implied_max / rate - 1."""

    def summary(self) -> str:
        """One line of plain English.

        Examples:
            >>> m = salarynorm.extract("US$300,000 (A$445,000)")[0]
            >>> print(check_equivalents(m, on=date(2023, 7, 27))[0].summary())  # doctest: +ELLIPSIS
            US$300,000 restated as A$445,000 implies 1.4833 AUD per USD; the rate on 2023-07-27 was ...
        """
        p, e = self.primary, self.equivalent
        if self.rate is None:
            return f"{p.text} restated as {e.text}: cannot check, the restatement's currency is unknown"
        implied = [x for x in (self.implied_min, self.implied_max) if x is not None]
        devs = [x for x in (self.deviation_min, self.deviation_max) if x is not None]
        shown = "–".join(dict.fromkeys(f"{x.quantize(Decimal('0.0001'), context=context()):f}" for x in implied))
        off = ", ".join(dict.fromkeys(f"{x * 100:+.1f}%" for x in devs))
        return (f"{p.text} restated as {e.text} implies {shown} {self.rate.quote} per {self.rate.base}; "
                f"the rate on {self.rate.rate_date.isoformat()} was "
                f"{self.rate.value.quantize(Decimal('0.0001'), context=context()):f} ({off}; {self.rate.source})")


def _deviation(implied: Decimal | None, rate: Rate | None) -> Decimal | None:
    if implied is None or rate is None:
        return None
    return context().subtract(context().divide(implied, rate.value), Decimal(1))


def check_equivalents(mention: Mention, *, on: date, rates: RateProvider | None = None) -> list[EquivalenceCheck]:
    """Check every restatement of ``mention`` against the provider's rate of ``on`` (the document's date).

    Examples:
        >>> m = salarynorm.extract("€50,000 (about $54,000)")[0]
        >>> round(check_equivalents(m, on=date(2023, 7, 27))[0].deviation_min, 2)
        Decimal('-0.03')
    """
    if not mention_like(mention):
        raise TypeError(f"expected a Mention, not {type(mention).__name__}")
    if mention.currency is None:
        raise CurrencyError(f"the mention {mention.text!r} has no known currency", mention)
    on = _day(on)
    provider = rates if rates is not None else default_provider()
    out = []
    for eq in mention.equivalents:
        implied_min = None if eq.min is None or not mention.min else context().divide(eq.min, mention.min)
        implied_max = None if eq.max is None or not mention.max else context().divide(eq.max, mention.max)
        rate = None if eq.currency is None else provider.rate(mention.currency, eq.currency, on)
        out.append(EquivalenceCheck(primary=mention, equivalent=eq, implied_min=implied_min,
                                    implied_max=implied_max, rate=rate, deviation_min=_deviation(implied_min, rate),
                                    deviation_max=_deviation(implied_max, rate)))
    return out
