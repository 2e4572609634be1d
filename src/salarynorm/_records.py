"""The table record: one flat dict per mention (and one per equivalent), the same columns every time,
in plain Python (``Decimal``, ``float``, ``date``, ``str``); ``salarynorm._arrow`` gives it Arrow types.

Equivalents are rows of their own: the row of a mention has ``equivalent_index`` null, the row of its
k-th restatement in another currency has ``equivalent_index == k`` and the same ``document_id`` and
``mention_index``. A table of mentions is ``equivalent_index IS NULL``; a join on the two ids pairs each
restatement with what it restates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from typing import Any, Final

from ._errors import SalarynormError
from ._mention import Mention
from ._money import Money
from ._rates import RateProvider
from ._schedule import US_FULL_TIME, Schedule
from ._schema_org import SchemaOrgError, mention_fields
from ._values import Period, check_code, check_date

__all__ = ["COLUMNS", "PRECISION", "SCALE", "AmountOverflow", "from_schema_org", "records"]

PRECISION: Final = 38
"""Digits of every exact amount column: ``decimal128(38, 10)``."""
SCALE: Final = 10
"""Decimal places of every exact amount column: 28 digits before the point, 10 after."""
_QUANTUM: Final = Decimal(1).scaleb(-SCALE)
_LIMIT: Final = Decimal(10) ** (PRECISION - SCALE)
_CONTEXT: Final = Context(prec=PRECISION, rounding=ROUND_HALF_EVEN)

COLUMNS: Final = (
    "document_id", "mention_index", "equivalent_index", "start", "end", "text",
    "min", "max", "min_float", "max_float", "currency", "period", "approximate",
    "lower_open", "upper_open", "bound_text", "currency_source", "language",
    "norm_min", "norm_max", "norm_min_float", "norm_max_float", "norm_currency", "norm_period",
    "assumed_period", "schedule", "hours_per_year", "rate", "rate_date", "rate_source", "norm_error",
)
"""The record's keys, in the table's column order."""


class AmountOverflow(SalarynormError, ValueError):
    """An amount the table's ``decimal128(38, 10)`` columns cannot hold exactly: 28 digits or more before
    the point, or (for an amount read from the text) more than 10 after it. Never rounded silently.

    Examples:
        >>> m = salarynorm.Mention(text="x", start=0, end=1, min=Decimal("1e30"), max=Decimal("1e30"))
        >>> list(salarynorm.records({"doc": [m]}))
        Traceback (most recent call last):
        AmountOverflow: min 1000000000000000000000000000000 of mention 'x' (document 'doc') does not fit ...
    """


def _fit(value: Decimal | None, what: str, where: str, derived: bool) -> Decimal | None:
    """``value`` at the table's scale: exact for an amount read from the text (else ``AmountOverflow``);
    a derived amount (a restatement per another period or a conversion: already a quotient rounded to
    28 significant digits) is rounded half-even to the 10th decimal place, as the schema's metadata says."""
    if value is None:
        return None
    if abs(value) >= _LIMIT:
        raise AmountOverflow(f"{what} {value:f} of {where} does not fit decimal128({PRECISION}, {SCALE}): "
                             f"it has more than {PRECISION - SCALE} digits before the point", value)
    try:
        fitted = value.quantize(_QUANTUM, context=_CONTEXT)
    except InvalidOperation:  # pragma: no cover - the limit above keeps it within 38 digits
        raise AmountOverflow(f"{what} {value:f} of {where} does not fit decimal128({PRECISION}, {SCALE})",
                             value) from None
    if not derived and fitted != value:
        raise AmountOverflow(f"{what} {value:f} of {where} does not fit decimal128({PRECISION}, {SCALE}) "
                             f"exactly: it has more than {SCALE} decimal places", value)
    return fitted


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _documents(documents: object) -> Iterator[tuple[str, Sequence[Mention]]]:
    """(document id, its mentions) from a mapping of ids to mentions, (id, mentions) pairs, or bare lists
    of mentions (numbered from 0)."""
    items: Iterable[Any]
    if isinstance(documents, Mapping):
        items = documents.items()
    elif isinstance(documents, Iterable) and not isinstance(documents, (str, bytes)):
        items = documents
    else:
        raise TypeError(f"expected mentions per document (a dict of id -> mentions, (id, mentions) pairs "
                        f"or lists of mentions), not {type(documents).__name__}")
    for number, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Mention) \
                and isinstance(item[1], (list, tuple)):
            doc_id, mentions = item
        elif isinstance(item, (list, tuple)):
            doc_id, mentions = number, item
        else:
            raise TypeError(f"document {number}: expected a list of mentions or an (id, mentions) pair, "
                            f"not {type(item).__name__}")
        if doc_id is None or not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            raise TypeError(f"document {number}: the id must be a str or an int, not {type(doc_id).__name__}")
        for m in mentions:
            if not isinstance(m, Mention):
                raise TypeError(f"document {doc_id!r}: expected Mention objects, not {type(m).__name__}")
        yield str(doc_id), mentions


def _normalised(m: Mention, per: Period | None, schedule: Schedule, assume: Period | None,
                currency: str | None, on: date | None, rates: RateProvider | None) -> Money:
    money = m.money()
    if per is not None:
        money = money.per(per, schedule, assume=assume)
    if currency is not None:
        assert on is not None
        money = money.convert(currency, on=on, rates=rates)
    return money


def _row(m: Mention, doc_id: str, index: int, eq: int | None, norm: Money | None, error: str | None) -> dict[str, Any]:
    where = f"mention {m.text!r} (document {doc_id!r})"
    lo, hi = _fit(m.min, "min", where, False), _fit(m.max, "max", where, False)
    nlo = nhi = None
    if norm is not None:
        nlo = _fit(norm.min, "norm_min", where, True)
        nhi = _fit(norm.max, "norm_max", where, True)
    rate = None if norm is None else norm.rate
    schedule = None if norm is None else norm.schedule
    return {
        "document_id": doc_id, "mention_index": index, "equivalent_index": eq,
        "start": m.start, "end": m.end, "text": m.text,
        "min": lo, "max": hi, "min_float": _float(lo), "max_float": _float(hi),
        "currency": m.currency, "period": None if m.period is None else m.period.value,
        "approximate": m.approximate, "lower_open": m.min is None, "upper_open": m.max is None,
        "bound_text": m.bound_text, "currency_source": m.currency_source.value, "language": m.language,
        "norm_min": nlo, "norm_max": nhi, "norm_min_float": _float(nlo), "norm_max_float": _float(nhi),
        "norm_currency": None if norm is None else norm.currency,
        "norm_period": None if norm is None or norm.period is None else norm.period.value,
        "assumed_period": None if norm is None else norm.assumed_period,
        "schedule": None if schedule is None else schedule.name,
        "hours_per_year": None if schedule is None else _fit(schedule.hours_per_year, "hours_per_year", where, True),
        "rate": None if rate is None else _fit(rate.value, "rate", where, True),
        "rate_date": None if rate is None else rate.rate_date,
        "rate_source": None if rate is None else rate.source,
        "norm_error": error,
    }


def records(documents: object, *, per: Period | str | None = None, schedule: Schedule = US_FULL_TIME,
            assume: Period | str | None = None, to_currency: str | None = None, on: date | None = None,
            rates: RateProvider | None = None) -> Iterator[dict[str, Any]]:
    """One flat record per mention and per equivalent (rows of their own, ``equivalent_index`` set), keys
    :data:`COLUMNS`, for mentions per document: a dict ``{id: mentions}``, ``(id, mentions)`` pairs (the
    output of ``extract`` zipped with ids) or bare lists of mentions (ids "0", "1", ...). Ids are kept as
    ``str``.

    ``per`` restates every amount per that period through ``schedule`` (``assume`` names the period of
    mentions that state none); ``to_currency`` with ``on`` converts at that date (``rates``: default the
    embedded ECB rates). Those go to the ``norm_*`` columns with the schedule and the rate used; a mention
    that cannot be restated (no period, no currency, no rate) keeps them null and says why in
    ``norm_error``, and the batch goes on. Exact amounts are ``Decimal``s with 10 decimal places at most,
    floats beside them for plotting; an amount too large for ``decimal128(38, 10)`` raises
    :class:`AmountOverflow` naming it.

    Examples:
        >>> docs = {"ad-1": salarynorm.extract("$25 an hour"), "ad-2": salarynorm.extract("up to €60k a year")}
        >>> rows = list(salarynorm.records(docs, per="year"))
        >>> [(r["document_id"], r["max_float"], r["lower_open"], r["norm_max_float"]) for r in rows]
        [('ad-1', 25.0, False, 52000.0), ('ad-2', 60000.0, True, 60000.0)]
    """
    target = None if per is None else Period.parse(per)
    assumed = None if assume is None else Period.parse(assume)
    if not isinstance(schedule, Schedule):
        raise TypeError(f"schedule must be a Schedule, not {type(schedule).__name__}")
    currency = None if to_currency is None else check_code(to_currency, "to_currency")
    day = None if on is None else check_date(on)
    if currency is not None and day is None:
        raise TypeError("to_currency needs on=: the date whose exchange rate converts the amounts")
    wanted = target is not None or currency is not None
    for doc_id, mentions in _documents(documents):
        for index, mention in enumerate(mentions):
            for eq, m in [(None, mention), *enumerate(mention.equivalents)]:
                norm: Money | None = None
                error: str | None = None
                if wanted:
                    try:
                        norm = _normalised(m, target, schedule, assumed, currency, day, rates)
                    except SalarynormError as exc:
                        error = f"{type(exc).__name__}: {exc}"
                yield _row(m, doc_id, index, eq, norm, error)


def from_schema_org(obj: object) -> Mention:
    """The salary of a schema.org ``MonetaryAmount``, or of a ``JobPosting``'s ``baseSalary`` (else its
    ``estimatedSalary``), as a :class:`Mention`: ``value`` a number, a numeric string or a
    ``QuantitativeValue`` (``value`` or ``minValue``/``maxValue``, ``unitText`` HOUR ... YEAR). ``obj`` is
    a dict or its JSON text. The mention's ``text`` is the amount's compact JSON (``start`` 0, ``end`` its
    length). Raises :class:`SchemaOrgError` naming what it cannot read.

    Examples:
        >>> posting = {"@type": "JobPosting", "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
        ...     "value": {"@type": "QuantitativeValue", "minValue": 45000, "maxValue": "55000", "unitText": "YEAR"}}}
        >>> m = salarynorm.from_schema_org(posting)
        >>> m.min, m.max, m.currency, m.period.value
        (Decimal('45000'), Decimal('55000'), 'GBP', 'year')
    """
    fields = mention_fields(obj)
    try:
        return Mention(**fields)
    except ValueError as exc:  # pragma: no cover - mention_fields checks what Mention checks
        raise SchemaOrgError(str(exc), obj) from None
