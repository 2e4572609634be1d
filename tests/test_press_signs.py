"""Letter signs and messy digits as the press writes them (issue 13, item 4): the shilling "Sh", the rand and
the naira with a space after the letter, the stray space after a thousands comma, the editor's bracketed
letters before "$", and three decimals that are a price per unit rather than a grouping. Each with the
negatives that keep the letters ordinary letters.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import salarynorm
from salarynorm import CurrencySource, Period


def one(text: str, **kw: str) -> salarynorm.Mention:
    found = salarynorm.extract(text, **kw)
    assert len(found) == 1, (text, found)
    return found[0]


# --- the shilling ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The county pays casual workers Sh45,000 a month", "Sh45,000", Decimal(45000)),
    ("The budget sets aside Sh2.5 billion for bursaries", "Sh2.5 billion", Decimal(2_500_000_000)),
    ("MPs voted themselves a Sh1.1m car grant", "Sh1.1m", Decimal(1_100_000)),
    ("KSh 2.5 million was recovered", "KSh 2.5 million", Decimal(2_500_000)),
])
def test_shilling_sign_is_the_kenyan_shilling_by_convention(text: str, surface: str, value: Decimal) -> None:
    m = one(text)
    assert (m.text, m.min, m.max, m.currency) == (surface, value, value, "KES")


@pytest.mark.parametrize(("text", "code"), [
    ("In Tanzania, teachers earn Sh450,000 a month", "TZS"),
    ("Dar es Salaam: the Tanzanian government set aside Sh2 trillion", "TZS"),
    ("Uganda's parliament approved Sh20 billion for roads", "UGX"),
    ("Ugandan MPs get a Sh20m allowance", "UGX"),
    ("Kenya's Treasury released Sh5 billion", "KES"),
])
def test_shilling_takes_the_country_the_text_names(text: str, code: str) -> None:
    m = one(text)
    assert m.currency == code
    if code != "KES":
        assert m.currency_source == CurrencySource.DOCUMENT
        assert set(m.currency_candidates) >= {"KES", "TZS", "UGX"}


def test_shilling_with_two_countries_named_keeps_its_convention() -> None:
    m = one("Traders from Uganda and Tanzania paid Sh3,000 at the border")
    assert m.currency == "KES"


@pytest.mark.parametrize("text", [
    "Sh, be quiet, the baby is asleep",
    "Sh! Not now.",
    "The SH 1 highway was closed",  # New Zealand's State Highway: not the shilling's spelling
    "Sh-boom was a hit in 1954",
])
def test_sh_as_a_word_is_no_money(text: str) -> None:
    assert salarynorm.extract(text) == []


# --- the rand and the naira written apart from their number ------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value", "code"), [
    ("Domestic workers earn R18 500 a month", "R18 500", Decimal(18500), "ZAR"),
    ("The minimum wage is R 7 250 a month", "R 7 250", Decimal(7250), "ZAR"),
    ("A bursary of R 18,500 per year", "R 18,500", Decimal(18500), "ZAR"),
    ("The fund lost R 2.5 billion", "R 2.5 billion", Decimal(2_500_000_000), "ZAR"),
    ("Salary: N 250,000 monthly", "N 250,000", Decimal(250000), "NGN"),
])
def test_letter_sign_one_space_before_a_grouped_number(text: str, surface: str, value: Decimal, code: str) -> None:
    m = one(text)
    assert (m.text, m.min, m.currency) == (surface, value, code)


@pytest.mark.parametrize("text", [
    "See Section R 7 of the code",
    "Take the N 250 road north",
    "Children start grade R at five",
    "Install R 4.3 and the tidyverse",  # the language, its version
    "Rows R 18 and R 19 are reserved",
    "R 500 and N 95 are model numbers",
])
def test_letters_with_a_bare_or_decimal_number_after_a_space_are_no_money(text: str) -> None:
    assert salarynorm.extract(text) == []


def test_rand_spaced_with_the_period_after_it() -> None:
    m = one("The minimum wage is R 7 250 a month")
    assert m.period == Period.MONTH


# --- a stray space after a thousands comma ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The governor approved N250, 000 for each ward", "N250, 000", Decimal(250000)),
    ("Corps members now earn N77, 000 monthly", "N77, 000", Decimal(77000)),
    ("The contract was worth N1, 500, 000", "N1, 500, 000", Decimal(1_500_000)),
    ("The contract was worth N1,500, 000", "N1,500, 000", Decimal(1_500_000)),
    ("He was fined $5, 000 by the court", "$5, 000", Decimal(5000)),
])
def test_stray_space_after_a_thousands_comma(text: str, surface: str, value: Decimal) -> None:
    m = one(text)
    assert (m.text, m.min) == (surface, value)


def test_stray_space_in_a_range() -> None:
    m = one("Salaries range from N250, 000 to N300, 000 a month")
    assert (m.min, m.max, m.currency, m.period) == (Decimal(250000), Decimal(300000), "NGN", Period.MONTH)


@pytest.mark.parametrize(("text", "values"), [
    ("Bets of $250, 500 or 750 were taken", [Decimal(250)]),  # a list: its items stay apart
    ("Tickets cost $5, 10 and 20", [Decimal(5)]),
    ("It cost $250, 000.50 in total", [Decimal(250)]),  # not a grouping this rule knows
])
def test_lists_after_a_comma_stay_apart(text: str, values: list[Decimal]) -> None:
    assert [m.min for m in salarynorm.extract(text)] == values


def test_a_year_before_a_comma_is_no_money() -> None:
    assert salarynorm.extract("In 2019, 000 was the code on the door") == []


# --- the editor's bracketed letters before "$" ------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value", "code"), [
    ("\"We paid [US]$3 million for it,\" he said", "[US]$3 million", Decimal(3_000_000), "USD"),
    ("\"a [C]$40 million contract\"", "[C]$40 million", Decimal(40_000_000), "CAD"),
    ("\"worth [NZ]$500\"", "[NZ]$500", Decimal(500), "NZD"),
    ("\"[U.S.]$3 million\"", "[U.S.]$3 million", Decimal(3_000_000), "USD"),
])
def test_bracketed_letters_make_the_sign(text: str, surface: str, value: Decimal, code: str) -> None:
    m = one(text)
    assert (m.text, m.min, m.currency, m.currency_text) == (surface, value, code, surface.split("$")[0] + "$")


def test_bracketed_sign_takes_the_words_around_it() -> None:
    m = one("about [US]$3 million")
    assert m.approximate and m.text == "[US]$3 million"
    m = one("up to [C]$40 million a year")
    assert (m.min, m.max, m.bound_text, m.period) == (None, Decimal(40_000_000), "up to", Period.YEAR)
    m = one("from [C]$40 million to [C]$50 million")
    assert (m.text, m.min, m.max, m.currency) == ("[C]$40 million to [C]$50 million", Decimal(40_000_000),
                                                  Decimal(50_000_000), "CAD")


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("- [x]$3 refund", "$3", "USD"),  # a checkbox, not an editor's letters
    ("items [a]$3", "$3", "USD"),
    ("[US] $3 million", "$3 million", "USD"),  # the letters stand apart: only the sign is money
])
def test_brackets_that_are_not_an_editors_letters(text: str, surface: str, code: str) -> None:
    m = one(text)
    assert (m.text, m.currency) == (surface, code)


# --- three decimals that are a price per unit ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "period"), [
    ("The minimum wage was $7.125 an hour", Decimal("7.125"), Period.HOUR),
    ("an hourly rate of $7.125", Decimal("7.125"), Period.HOUR),
    ("Regular averaged $3.499 a gallon", Decimal("3.499"), None),
    ("$3.499/gal at the pump", Decimal("3.499"), None),
    ("The board declared $1.125 per share", Decimal("1.125"), None),
    ("Gas prices averaged $3.499 nationally", Decimal("3.499"), None),
    ("Diesel: $4.125", Decimal("4.125"), None),
])
def test_three_decimals_per_unit_are_a_decimal(text: str, value: Decimal, period: Period | None) -> None:
    m = one(text)
    assert (m.min, m.max, m.period) == (value, value, period)


def test_three_decimals_on_both_ends_of_an_hourly_range() -> None:
    m = one("$7.125 to $7.375 an hour")
    assert (m.min, m.max, m.period) == (Decimal("7.125"), Decimal("7.375"), Period.HOUR)


@pytest.mark.parametrize(("text", "value"), [
    ("$1.250", Decimal(1250)),  # alone: a grouping
    ("$7.125", Decimal(7125)),
    ("$7.125 million", Decimal(7_125_000)),  # a multiplier: the decimals were always read
    ("$1.250 per month", Decimal(1250)),  # only the hour, not the month
    ("$7,125 an hour", Decimal(7125)),  # a comma groups in English
    ("It costs $2.500 a year. Petrol is dear", Decimal(2500)),  # the fuel word is in the next sentence
])
def test_three_digits_after_a_point_group_elsewhere(text: str, value: Decimal) -> None:
    assert one(text).min == value


def test_german_point_always_groups() -> None:
    m = one("Der Lohn beträgt 7.125 € pro Stunde", lang="de")
    assert m.min == Decimal(7125)
