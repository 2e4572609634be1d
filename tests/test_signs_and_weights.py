"""A sign between two numbers belongs to the one it touches; "pounds" of flour weigh (issue 13, item 8)."""

from __future__ import annotations

import pytest

import salarynorm


@pytest.mark.parametrize(("text", "surface", "value", "currency", "period"), [
    ("The minimum wage for workers aged under 21 £10.18 an hour", "£10.18", "10.18", "GBP", "hour"),
    ("workers aged 18 to 20 £8.60 an hour", "£8.60", "8.6", "GBP", "hour"),
    ("5 €10 each", "€10", "10", "EUR", None),
])
def test_a_sign_glued_to_the_next_number_is_that_number_s(text: str, surface: str, value: str, currency: str,
                                                         period: str | None) -> None:
    m, = salarynorm.extract(text)
    assert (m.text, str(m.min), m.currency, m.period.value if m.period else None) == (surface, value, currency,
                                                                                      period)


def test_a_sign_spaced_on_both_sides_stays_with_the_number_before_it() -> None:
    assert [m.text for m in salarynorm.extract("10 $ 30 $")] == ["10 $", "30 $"]


@pytest.mark.parametrize("text", [
    "Buy a pound of flour at the market",
    "2 pounds of beef and a bag of rice",
    "a 5-pound bag of rice",
    "a 300-pound man",
    "he lost 10 pounds",
])
def test_pounds_of_something_weigh(text: str) -> None:
    assert salarynorm.extract(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("It costs 5 pounds", "5"),
    ("it costs a pound", "1"),
    ("a 10-pound note", "10"),
    ("a 5-pound fine", "5"),
])
def test_pounds_that_pay(text: str, value: str) -> None:
    m, = salarynorm.extract(text)
    assert (str(m.min), m.currency) == (value, "GBP")


def test_a_price_per_pound_is_one_amount() -> None:
    m, = salarynorm.extract("Ground beef sold for $4.125 a pound")
    assert (str(m.min), m.currency) == ("4.125", "USD")
