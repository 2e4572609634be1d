"""schema.org MonetaryAmount out (Mention.to_schema_org) and back (salarynorm.from_schema_org)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import salarynorm
from salarynorm import Mention, Period, PeriodError, SchemaOrgError, from_schema_org


@pytest.mark.parametrize("text", [
    "£45,000 - £55,000 per annum", "$25 an hour", "€350 a day", "up to $650,000", "at least $50k a month",
    "$22.50 an hour", "¥1億", "1 234,56 zł",
])
def test_round_trip_keeps_amounts_currency_period(text: str) -> None:
    m = salarynorm.extract(text)[0]
    obj = json.loads(json.dumps(m.to_schema_org()))  # JSON-ready
    back = from_schema_org(obj)
    assert (back.min, back.max, back.currency, back.period) == (m.min, m.max, m.currency, m.period)
    assert back.text == back.text[back.start:back.end] and back.start == 0


def test_shape_of_a_range_a_single_amount_and_open_bounds() -> None:
    assert salarynorm.extract("US$300,000 – $900,000 a year")[0].to_schema_org() == {
        "@type": "MonetaryAmount", "currency": "USD",
        "value": {"@type": "QuantitativeValue", "minValue": 300000, "maxValue": 900000, "unitText": "YEAR"}}
    assert salarynorm.extract("$22.50 an hour")[0].to_schema_org()["value"] == {
        "@type": "QuantitativeValue", "value": 22.5, "unitText": "HOUR"}
    up_to = salarynorm.extract("up to $650,000")[0].to_schema_org()["value"]
    assert "minValue" not in up_to and up_to["maxValue"] == 650000 and "unitText" not in up_to
    at_least = salarynorm.extract("at least $50k")[0].to_schema_org()["value"]
    assert at_least["minValue"] == 50000 and "maxValue" not in at_least
    assert from_schema_org({"@type": "MonetaryAmount", "currency": "USD",
                            "value": {"@type": "QuantitativeValue", "maxValue": 650000}}).min is None


def test_fortnight_and_quarter_are_restated_through_the_schedule_with_a_note() -> None:
    fortnight = Mention(text="A$2,600 a fortnight", start=0, end=19, min=Decimal(2600), max=Decimal(2600),
                        currency="AUD", period=Period.FORTNIGHT)
    value = fortnight.to_schema_org()["value"]
    assert (value["value"], value["unitText"]) == (1300, "WEEK")
    assert "stated per fortnight (A$2,600 a fortnight)" in value["description"]
    assert "restated per week through the US full-time schedule" in value["description"]
    back = from_schema_org(fortnight.to_schema_org())
    assert back.per("fortnight").min == Decimal(2600)
    quarter = Mention(text="€9,000-12,000 a quarter", start=0, end=23, min=Decimal(9000), max=Decimal(12000),
                      currency="EUR", period=Period.QUARTER)
    value = quarter.to_schema_org(salarynorm.UK_FULL_TIME)["value"]
    assert (value["minValue"], value["maxValue"], value["unitText"]) == (36000, 48000, "YEAR")
    assert "UK full-time" in value["description"]


def test_reads_a_job_posting_value_as_number_string_or_quantitative_value() -> None:
    posting = {"@context": "https://schema.org/", "@type": "JobPosting", "title": "Nurse",
               "baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
                              "value": {"@type": "QuantitativeValue", "value": "32,500", "unitText": "year"}}}
    m = from_schema_org(posting)
    assert (m.min, m.max, m.currency, m.period) == (Decimal(32500), Decimal(32500), "GBP", Period.YEAR)
    assert from_schema_org(json.dumps(posting)).max == Decimal(32500)
    plain = {"@type": "MonetaryAmount", "currency": "usd", "value": 18.75}
    assert (from_schema_org(plain).max, from_schema_org(plain).currency) == (Decimal("18.75"), "USD")
    estimated = {"@type": "JobPosting", "estimatedSalary": [
        {"@type": "MonetaryAmountDistribution", "currency": "EUR", "minValue": 40000, "maxValue": 50000}]}
    assert (from_schema_org(estimated).min, from_schema_org(estimated).max) == (Decimal(40000), Decimal(50000))
    assert from_schema_org({"@type": "https://schema.org/MonetaryAmount", "value": "7"}).currency is None


@pytest.mark.parametrize(("obj", "error", "named"), [
    ({"@type": "MonetaryAmount", "currency": "USD", "value": "lots"}, SchemaOrgError, "'lots'"),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": float("nan")}, SchemaOrgError, "nan"),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": True}, SchemaOrgError, "True"),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"unitText": "YEAR"}}, SchemaOrgError, "no value"),
    ({"@type": "MonetaryAmount", "currency": "USD", "minValue": 9, "maxValue": 5}, SchemaOrgError, "9"),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": 5, "unitText": "FORTNIGHTLY"}, PeriodError,
     "'FORTNIGHTLY'"),
    ({"@type": "MonetaryAmount", "currency": "DOLLARS", "value": 5}, salarynorm.CurrencyError, "'DOLLARS'"),
    ({"@type": "Offer", "price": 5}, SchemaOrgError, "'Offer'"),
    ({"@type": "JobPosting", "title": "Cook"}, SchemaOrgError, "baseSalary"),
    ("{not json", SchemaOrgError, "'{not json'"),
])
def test_bad_input_raises_a_typed_error_naming_the_value(obj: object, error: type[Exception], named: str) -> None:
    with pytest.raises(error, match=named.replace("{", r"\{").replace("(", r"\(")):
        from_schema_org(obj)


def test_not_a_dict_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="list"):
        from_schema_org([1, 2])
