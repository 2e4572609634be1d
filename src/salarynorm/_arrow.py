"""The table of mentions with fixed Arrow types (``pip install "salarynorm[table]"``: pyarrow, pandas).

pyarrow and pandas are imported inside the functions only: ``import salarynorm`` never loads them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ._rates import RateProvider
from ._records import COLUMNS, PRECISION, SCALE, records
from ._schedule import US_FULL_TIME, Schedule
from ._values import Period

__all__ = ["table_schema", "to_arrow", "to_pandas"]

_NEEDS = 'the table helpers need pyarrow and pandas: pip install "salarynorm[table]"'

_DERIVED_NOTE = (f"restated or converted amount (a quotient already rounded to 28 significant digits), "
                 f"rounded half-even to {SCALE} decimal places")
_EXACT_NOTE = f"exact amount as read; one that does not fit decimal128({PRECISION}, {SCALE}) raises AmountOverflow"


def _pyarrow() -> Any:
    try:
        import pyarrow  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise ImportError(_NEEDS) from None
    return pyarrow


def table_schema() -> Any:
    """The ``pyarrow.Schema`` of :func:`to_arrow`'s table, the same for every input: one row per mention
    and one per equivalent (``equivalent_index`` set), amounts as exact ``decimal128(38, 10)`` with
    ``float64`` companions (``*_float``) for plotting, open bounds as nulls plus ``lower_open``/``upper_open``.

    Examples:
        >>> schema = salarynorm.table_schema()
        >>> str(schema.field("min").type), str(schema.field("min_float").type), str(schema.field("rate_date").type)
        ('decimal128(38, 10)', 'double', 'date32[day]')
    """
    pa = _pyarrow()
    exact = pa.decimal128(PRECISION, SCALE)
    note = {b"description": _EXACT_NOTE.encode()}
    derived = {b"description": _DERIVED_NOTE.encode()}
    types: dict[str, tuple[Any, bool, dict[bytes, bytes] | None]] = {
        "document_id": (pa.string(), False, None),
        "mention_index": (pa.int32(), False, None),
        "equivalent_index": (pa.int32(), True, {b"description": b"null: the mention; k: its k-th equivalent"}),
        "start": (pa.int64(), False, None),
        "end": (pa.int64(), False, None),
        "text": (pa.string(), False, None),
        "min": (exact, True, note),
        "max": (exact, True, note),
        "min_float": (pa.float64(), True, None),
        "max_float": (pa.float64(), True, None),
        "currency": (pa.string(), True, None),
        "period": (pa.string(), True, None),
        "approximate": (pa.bool_(), False, None),
        "lower_open": (pa.bool_(), False, {b"description": b"true when min is null (an upper bound only)"}),
        "upper_open": (pa.bool_(), False, {b"description": b"true when max is null (a lower bound only)"}),
        "bound_text": (pa.string(), True, None),
        "currency_source": (pa.string(), False, None),
        "language": (pa.string(), True, None),
        "norm_min": (exact, True, derived),
        "norm_max": (exact, True, derived),
        "norm_min_float": (pa.float64(), True, None),
        "norm_max_float": (pa.float64(), True, None),
        "norm_currency": (pa.string(), True, None),
        "norm_period": (pa.string(), True, None),
        "assumed_period": (pa.bool_(), True, None),
        "schedule": (pa.string(), True, None),
        "hours_per_year": (exact, True, None),
        "rate": (exact, True, derived),
        "rate_date": (pa.date32(), True, None),
        "rate_source": (pa.string(), True, None),
        "norm_error": (pa.string(), True, None),
    }
    assert tuple(types) == COLUMNS
    return pa.schema([pa.field(name, t, nullable=n, metadata=m) for name, (t, n, m) in types.items()],
                     metadata={b"salarynorm.table": b"1"})


def to_arrow(documents: object, *, per: Period | str | None = None, schedule: Schedule = US_FULL_TIME,
             assume: Period | str | None = None, to_currency: str | None = None, on: date | None = None,
             rates: RateProvider | None = None) -> Any:
    """A ``pyarrow.Table`` of :func:`table_schema` from mentions per document (as :func:`records` takes
    them, with the same options). An empty input gives an empty table of the same schema.

    Examples:
        >>> texts = {"a": "£45k-55k a year", "b": "US$300,000 (A$445,000)"}
        >>> table = salarynorm.to_arrow({k: salarynorm.extract(t) for k, t in texts.items()})
        >>> table.num_rows, table.column("currency").to_pylist(), table.column("equivalent_index").to_pylist()
        (3, ['GBP', 'USD', 'AUD'], [None, None, 0])
    """
    pa = _pyarrow()
    schema = table_schema()
    rows = list(records(documents, per=per, schedule=schedule, assume=assume, to_currency=to_currency, on=on,
                        rates=rates))
    return pa.Table.from_pylist(rows, schema=schema)


def to_pandas(documents: object, *, per: Period | str | None = None, schedule: Schedule = US_FULL_TIME,
              assume: Period | str | None = None, to_currency: str | None = None, on: date | None = None,
              rates: RateProvider | None = None) -> Any:
    """:func:`to_arrow` as a ``pandas.DataFrame`` with Arrow-backed columns (``pd.ArrowDtype``): the exact
    amounts stay ``decimal128(38, 10)``, open bounds are ``<NA>`` (never a crash in ``float()``).

    Examples:
        >>> df = salarynorm.to_pandas([salarynorm.extract("at least $50k a year")])
        >>> df.loc[0, "min_float"], df.loc[0, "upper_open"], str(df["min"].dtype)
        (50000.0, True, 'decimal128(38, 10)[pyarrow]')
    """
    _pyarrow()
    try:
        import pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise ImportError(_NEEDS) from None
    table = to_arrow(documents, per=per, schedule=schedule, assume=assume, to_currency=to_currency, on=on,
                     rates=rates)
    return table.to_pandas(types_mapper=pandas.ArrowDtype)
