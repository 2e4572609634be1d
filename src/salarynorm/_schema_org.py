"""schema.org's ``MonetaryAmount`` (the ``baseSalary`` and ``estimatedSalary`` of a ``JobPosting``): a
mention written as one, and one read back into a mention's fields.

schema.org's ``unitText`` knows HOUR, DAY, WEEK, MONTH and YEAR only, so pay per fortnight is restated
per week and pay per quarter per year, through the work schedule (both exact: a fortnight is half of the
schedule's two weeks, a quarter a fourth of its year), and the amount says so in its ``description``.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from ._errors import PeriodError, SalarynormError
from ._schedule import US_FULL_TIME, Schedule
from ._values import CurrencySource, Period, check_code, plain

if TYPE_CHECKING:
    from ._mention import Mention

__all__ = ["SchemaOrgError", "mention_fields", "to_schema_org"]

UNITS: Final = {Period.HOUR: "HOUR", Period.DAY: "DAY", Period.WEEK: "WEEK", Period.MONTH: "MONTH",
                Period.YEAR: "YEAR"}
_PERIODS: Final = {unit: period for period, unit in UNITS.items()}
_RESTATED: Final = {Period.FORTNIGHT: Period.WEEK, Period.QUARTER: Period.YEAR}


class SchemaOrgError(SalarynormError, ValueError):
    """A schema.org object that holds no salary salarynorm can read: not a ``MonetaryAmount`` (nor a
    ``JobPosting`` with one), a value that is no number, an unknown ``unitText``. ``value`` is the
    offending part.

    Examples:
        >>> salarynorm.from_schema_org({"@type": "MonetaryAmount", "currency": "USD", "value": "lots"})
        Traceback (most recent call last):
        SchemaOrgError: the MonetaryAmount's value 'lots' is not a number
    """


def _number(value: Decimal) -> int | float:
    """A JSON number for an amount: an int when whole, else the float whose shortest repr is the amount."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def to_schema_org(mention: Mention, schedule: Schedule = US_FULL_TIME) -> dict[str, Any]:
    """``mention`` as a schema.org ``MonetaryAmount`` dict (see :meth:`salarynorm.Mention.to_schema_org`)."""
    lo, hi, period = mention.min, mention.max, mention.period
    note = None
    if period in _RESTATED:
        assert period is not None
        target = _RESTATED[period]
        note = (f"stated per {period.value} ({mention.text}); restated per {target.value} through the "
                f"{schedule.name} schedule ({plain(schedule.per_year(period))} {period.value}s a year)")
        lo = None if lo is None else schedule.convert(lo, period, target)
        hi = None if hi is None else schedule.convert(hi, period, target)
        period = target
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if lo is not None and lo == hi:
        value["value"] = _number(lo)
    else:
        if lo is not None:
            value["minValue"] = _number(lo)
        if hi is not None:
            value["maxValue"] = _number(hi)
    if period is not None:
        value["unitText"] = UNITS[period]
    if note is not None:
        value["description"] = note
    out: dict[str, Any] = {"@type": "MonetaryAmount"}
    if mention.currency is not None:
        out["currency"] = mention.currency
    out["value"] = value
    return out


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds]


def _amount(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise SchemaOrgError(f"the MonetaryAmount's {what} {value!r} is not a number", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SchemaOrgError(f"the MonetaryAmount's {what} {value!r} is not a finite number", value)
        return Decimal(repr(value))
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except ArithmeticError:
        raise SchemaOrgError(f"the MonetaryAmount's {what} {value!r} is not a number", value) from None
    if not number.is_finite():
        raise SchemaOrgError(f"the MonetaryAmount's {what} {value!r} is not a finite number", value)
    return number


def _salary(obj: dict[str, Any]) -> dict[str, Any]:
    """The MonetaryAmount in ``obj``: itself, or a JobPosting's ``baseSalary`` (else ``estimatedSalary``;
    the first of a list)."""
    kinds = _types(obj)
    if "MonetaryAmount" in kinds or "MonetaryAmountDistribution" in kinds:
        return obj
    if "JobPosting" in kinds or "baseSalary" in obj or "estimatedSalary" in obj:
        for key in ("baseSalary", "estimatedSalary"):
            salary = obj.get(key)
            if isinstance(salary, list):
                salary = salary[0] if salary else None
            if isinstance(salary, dict):
                return salary
            if isinstance(salary, (int, float, str)) and not isinstance(salary, bool):
                return {"@type": "MonetaryAmount", "value": salary}
        raise SchemaOrgError("the JobPosting has no baseSalary or estimatedSalary", obj.get("title", obj))
    raise SchemaOrgError(f"expected a MonetaryAmount or a JobPosting, not @type {obj.get('@type')!r}",
                         obj.get("@type"))


def mention_fields(obj: object) -> dict[str, Any]:
    """The keyword arguments of a ``Mention`` for the salary in ``obj`` (a dict, or JSON text of one).

    Examples:
        >>> mention_fields({"@type": "MonetaryAmount", "currency": "usd", "value": 52000})["max"]
        Decimal('52000')
    """
    if isinstance(obj, str):
        source = obj
        try:
            obj = json.loads(source)
        except ValueError:
            raise SchemaOrgError(f"{source[:60]!r} is not JSON", source) from None
    if not isinstance(obj, dict):
        raise TypeError(f"expected a schema.org object (a dict or its JSON text), not {type(obj).__name__}")
    salary = _salary(obj)
    value = salary.get("value")
    unit = salary.get("unitText")
    low, high = salary.get("minValue"), salary.get("maxValue")
    if isinstance(value, dict):
        unit = value.get("unitText", unit)
        low, high = value.get("minValue", low), value.get("maxValue", high)
        value = value.get("value")
    if isinstance(value, list):
        value = value[0] if value else None
    lo = None if low is None else _amount(low, "minValue")
    hi = None if high is None else _amount(high, "maxValue")
    if value is not None:
        amount = _amount(value, "value")
        lo = amount if lo is None else lo
        hi = amount if hi is None else hi
    if lo is None and hi is None:
        raise SchemaOrgError("the MonetaryAmount states no value, minValue or maxValue", salary)
    if lo is not None and hi is not None and lo > hi:
        raise SchemaOrgError(f"the MonetaryAmount's minValue {plain(lo)} is above its maxValue {plain(hi)}",
                             salary)
    period = None
    if unit is not None:
        if not isinstance(unit, str) or unit.strip().upper() not in _PERIODS:
            raise PeriodError(f"unitText {unit!r} is not one of HOUR, DAY, WEEK, MONTH, YEAR", unit)
        period = _PERIODS[unit.strip().upper()]
    currency = salary.get("currency")
    code = None if currency is None else check_code(currency, "the MonetaryAmount's currency")
    text = json.dumps(salary, ensure_ascii=False, separators=(",", ":"), default=str)
    return {"text": text, "start": 0, "end": len(text), "min": lo, "max": hi, "currency": code,
            "period": period, "currency_source": CurrencySource.EXPLICIT if code else CurrencySource.UNKNOWN}
