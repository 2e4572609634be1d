"""A period stated on the pay noun a clause away from the amount (issue: "Reading the sentence")."""

from __future__ import annotations

import pytest

import salarynorm


@pytest.mark.parametrize(("text", "surface", "period"), [
    ("the average monthly salary for a nurse in Abuja is ₦380,000", "₦380,000", "month"),
    ("monthly take-home pay after tax comes to roughly £3,100", "£3,100", "month"),
    ("hourly rates for senior carers are now £13.20 to £15.75", "£13.20 to £15.75", "hour"),
    ("companies whose annual revenue exceeds €20 million", "€20 million", "year"),
    ("employees contribute $1,900 annually toward premiums", "$1,900", "year"),
    ("monthly salaries for the role range from ₹80,000 to ₹1.1 lakh", "₹80,000 to ₹1.1 lakh", "month"),
    ("the daily rate is typically £500–£600", "£500–£600", "day"),
    ("Das durchschnittliche monatliche Gehalt einer Pflegekraft in Berlin liegt bei 3.000 €.", "3.000 €", "month"),
    ("Le salaire mensuel moyen d'une infirmière à Lyon est de 2 100 €.", "2 100 €", "month"),
    ("El salario mensual promedio de una enfermera en Madrid es de 1.800 euros.", "1.800 euros", "month"),
])
def test_the_pay_noun_states_the_period(text: str, surface: str, period: str) -> None:
    m, = salarynorm.extract(text)
    assert (m.text, m.period.value if m.period else None) == (surface, period)


def test_every_amount_of_the_clause_takes_it() -> None:
    drivers, clerks = salarynorm.extract("median weekly pay for drivers ($1,042) and clerks ($880) was unchanged")
    assert (drivers.period, clerks.period) == (salarynorm.Period.WEEK, salarynorm.Period.WEEK)


@pytest.mark.parametrize("text", [
    "a monthly report of $5m in sales",  # a report is no pay noun
    "Monthly salaries rose, but the bonus was $5,000.",  # a new clause, and its own pay noun
    "The monthly salary is low. A car costs $5,000.",  # a new sentence
    "a 10-year pay deal worth $5m",  # "year" of "10-year" is no period adjective
    "the monthly rent of the flat that cost $300,000",  # the nearest pay noun ("cost") states none
])
def test_no_period_crosses_a_clause_or_comes_from_another_noun(text: str) -> None:
    m, = salarynorm.extract(text)
    assert m.period is None


def test_an_amount_s_own_period_stays_and_stops_the_clause() -> None:
    """"$25 an hour" keeps its own period; the clause's does not reach past it to a later amount."""
    first, second = salarynorm.extract("the annual salary is $50,000 or $25 an hour")
    assert (first.period, second.period) == (salarynorm.Period.YEAR, salarynorm.Period.HOUR)
    _, hourly, later = salarynorm.extract("the annual salary is $50,000 or $25 an hour, then $900 in summer")
    assert (hourly.period, later.period) == (salarynorm.Period.HOUR, None)
