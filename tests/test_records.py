"""The table: one flat record per mention and per equivalent, fixed Arrow types, exact decimals that
never round silently, float companions, open bounds, per-record errors that do not stop the table."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import salarynorm
from salarynorm import AmountOverflow, Mention, records, table_schema, to_arrow, to_pandas

DOCS = {
    "ad-1": "a salary of between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year",
    "ad-2": "up to €60k a year, or at least $50k",
    "ad-3": "no money here",
    "ad-4": "$25 an hour",
}


def _mentions() -> dict[str, list[Mention]]:
    return {k: salarynorm.extract(t) for k, t in DOCS.items()}


def test_equivalents_are_rows_of_their_own() -> None:
    rows = list(records(_mentions()))
    assert [(r["document_id"], r["mention_index"], r["equivalent_index"], r["currency"]) for r in rows] == [
        ("ad-1", 0, None, "USD"), ("ad-1", 0, 0, "AUD"),
        ("ad-2", 0, None, "EUR"), ("ad-2", 1, None, "USD"),
        ("ad-4", 0, None, "USD"),
    ]
    assert all(tuple(r) == salarynorm._records.COLUMNS for r in rows)
    eq = rows[1]
    assert DOCS["ad-1"][eq["start"]:eq["end"]] == eq["text"] == "A$445,000 – $1.3 million"
    assert eq["max"] == Decimal("1300000") and eq["period"] == "year"


def test_open_bounds_and_float_companions() -> None:
    up_to, at_least = (r for r in records(_mentions()) if r["document_id"] == "ad-2")
    assert (up_to["min"], up_to["min_float"], up_to["lower_open"], up_to["upper_open"]) == (None, None, True, False)
    assert up_to["max_float"] == 60000.0 and up_to["bound_text"] == "up to"
    assert (at_least["max"], at_least["upper_open"], at_least["min_float"]) == (None, True, 50000.0)


def test_input_shapes_pairs_and_bare_lists() -> None:
    texts = ["$5", "£7 an hour"]
    pairs = list(zip([10, 11], [salarynorm.extract(t) for t in texts], strict=True))
    assert [r["document_id"] for r in records(pairs)] == ["10", "11"]
    assert [r["document_id"] for r in records([salarynorm.extract(t) for t in texts])] == ["0", "1"]
    with pytest.raises(TypeError, match="int"):
        list(records([1, 2]))
    with pytest.raises(TypeError, match="str"):
        list(records("$5"))


def test_annualised_and_converted_with_the_schedule_and_rate() -> None:
    rows = list(records(_mentions(), per="year", to_currency="EUR", on=date(2023, 7, 29)))
    hourly = rows[-1]
    assert hourly["norm_period"] == "year" and hourly["norm_currency"] == "EUR"
    assert hourly["schedule"] == "US full-time" and hourly["hours_per_year"] == Decimal(2080)
    assert hourly["rate_date"] == date(2023, 7, 28) and "ECB" in hourly["rate_source"]
    expected = salarynorm.extract("$25 an hour")[0].per("year").convert("EUR", on=date(2023, 7, 29)).min
    assert abs(hourly["norm_min"] - expected) <= Decimal("0.5e-10")
    assert hourly["norm_min"].as_tuple().exponent >= -10


def test_a_record_that_cannot_be_restated_says_why_and_the_table_goes_on() -> None:
    docs = {"a": salarynorm.extract("$5"), "b": salarynorm.extract("£7 an hour")}
    a, b = records(docs, per="year")
    assert a["norm_min"] is None and "PeriodError" in a["norm_error"] and "'$5'" in a["norm_error"]
    assert b["norm_error"] is None and b["norm_min"] == Decimal(7 * 2080)
    a, _ = records(docs, per="year", assume="hour")
    assert a["assumed_period"] is True and a["norm_max"] == Decimal(10400)


def test_an_amount_that_does_not_fit_is_an_error_naming_it_never_rounded() -> None:
    huge = Mention(text="big", start=0, end=3, min=Decimal("1e28"), max=Decimal("1e28"))
    with pytest.raises(AmountOverflow, match="10000000000000000000000000000 of mention 'big'") as info:
        list(records({"d": [huge]}))
    assert info.value.value == Decimal("1e28")
    fine = Mention(text="x", start=0, end=1, min=Decimal("9" * 28), max=Decimal("9" * 28))
    assert next(records([[fine]]))["max"] == Decimal("9" * 28)
    tiny = Mention(text="y", start=0, end=1, min=Decimal("0.00000000001"), max=Decimal("0.00000000001"))
    with pytest.raises(AmountOverflow, match=r"0\.00000000001 .*more than 10 decimal places"):
        to_arrow({"d": [tiny]})


def test_schema_is_fixed_and_typed() -> None:
    schema = table_schema()
    assert schema.names == list(salarynorm._records.COLUMNS)
    assert schema.field("min").type == pa.decimal128(38, 10)
    assert schema.field("norm_max").type == pa.decimal128(38, 10)
    assert schema.field("max_float").type == pa.float64()
    assert schema.field("rate_date").type == pa.date32()
    assert not schema.field("document_id").nullable and schema.field("min").nullable
    assert b"AmountOverflow" in schema.field("min").metadata[b"description"]
    empty = to_arrow({})
    assert empty.num_rows == 0 and empty.schema == schema
    full = to_arrow(_mentions(), per="month", to_currency="USD", on=date(2023, 7, 27))
    assert full.schema == schema and full.num_rows == 5


def test_arrow_values_are_exact_and_parquet_keeps_the_types(tmp_path: object) -> None:
    table = to_arrow(_mentions())
    assert table.column("max").to_pylist()[:2] == [Decimal("900000"), Decimal("1300000")]
    path = f"{tmp_path}/m.parquet"
    pq.write_table(table, path)
    back = pq.read_table(path)
    assert back.schema.field("min").type == pa.decimal128(38, 10)
    assert back.equals(table)


def test_pandas_columns_are_typed_and_open_bounds_are_na() -> None:
    df = to_pandas(_mentions())
    assert str(df["min"].dtype) == "decimal128(38, 10)[pyarrow]"
    assert str(df["min_float"].dtype) == "double[pyarrow]"
    up_to = df[(df.document_id == "ad-2") & (df.mention_index == 0)].iloc[0]
    assert up_to["min_float"] is pd.NA and up_to["max_float"] == 60000.0
    assert df["max_float"].sum() == pytest.approx(900000 + 1300000 + 60000 + 25)
    mentions_only = df[df.equivalent_index.isna()]
    assert len(mentions_only) == 4


def test_import_salarynorm_does_not_import_pyarrow_or_pandas() -> None:
    code = ("import sys, salarynorm; salarynorm.extract('$5'); "
            "print([m for m in ('pyarrow', 'pandas', 'numpy') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
