"""Ranges, open bounds, approximation, pay periods and equivalents in running text (tuple shape documented
in conftest.py).
"""

from __future__ import annotations

import json

import pytest

import salarynorm

# --- Two-ended ranges ------------------------------------------------------------------------------------
RANGES = [
    ("The role pays between $50,000 and $60,000 depending on experience",
     [("$50,000 and $60,000", "50000", "60000", "USD", None)]),
    ("The role pays $50,000 – $60,000 depending on experience",
     [("$50,000 – $60,000", "50000", "60000", "USD", None)]),
    ("The role pays $50,000 - $60,000 depending on experience",
     [("$50,000 - $60,000", "50000", "60000", "USD", None)]),
    ("Pay ranges from $50,000 to $60,000 depending on experience",
     [("$50,000 to $60,000", "50000", "60000", "USD", None)]),
    ("Base pay is $300-900k plus equity for staff engineers",
     [("$300-900k", "300000", "900000", "USD", None)]),
    ("Salary: £45–55k plus an annual bonus",
     [("£45–55k", "45000", "55000", "GBP", None)]),
    ("Salary: £45k–£55k plus an annual bonus",
     [("£45k–£55k", "45000", "55000", "GBP", None)]),
    ("Locum nurses are paid $50-60/hr on weekends",
     [("$50-60", "50", "60", "USD", "hour")]),
    ("The settlements ranged from 300,000 to 900,000 dollars per claimant",
     [("300,000 to 900,000 dollars", "300000", "900000", "USD", None)]),
    ("Freelancers on the platform charge 15-20 usd for a logo",
     [("15-20 usd", "15", "20", "USD", None)]),
    ("Freshers are offered 7-9 lakh rupees in their first year",
     [("7-9 lakh rupees", "700000", "900000", "INR", None)]),
    ("The bank is raising €2bn–€3bn in fresh capital",
     [("€2bn–€3bn", "2000000000", "3000000000", "EUR", None)]),
    ("Bids came in at $10 million-$15 million for the site",
     [("$10 million-$15 million", "10000000", "15000000", "USD", None)]),
    ("Salary: $60,000 to $70,000 per year, 401(k) match up to 4%",
     [("$60,000 to $70,000", "60000", "70000", "USD", "year")]),
    ("Tickets cost €20 to €35 depending on the seat",
     [("€20 to €35", "20", "35", "EUR", None)]),
    ("Estimates put the damage between $1 billion and $1.5 billion in total",
     [("$1 billion and $1.5 billion", "1000000000", "1500000000", "USD", None)]),
    ("Salary range: 45,000 - 55,000 GBP per annum for the analyst role",
     [("45,000 - 55,000 GBP", "45000", "55000", "GBP", "year")]),
    ("We offer 55.000 – 65.000 € per year plus a company car",
     [("55.000 – 65.000 €", "55000", "65000", "EUR", "year")]),
    ("Salary: AUD 120,000 - 140,000 + super",
     [("AUD 120,000 - 140,000", "120000", "140000", "AUD", None)]),
    ("Salary: ₹4,00,000 - ₹6,00,000 a year for freshers",
     [("₹4,00,000 - ₹6,00,000", "400000", "600000", "INR", "year")]),
    ("CTC: 8-12 LPA for candidates with two years of experience",
     [("8-12 LPA", "800000", "1200000", "INR", "year")]),
    ("Compensation: $95K/yr - $120K/yr plus stock",
     [("$95K/yr - $120K", "95000", "120000", "USD", "year")]),
    ("Welders on the project make $40 to 50 dollars an hour",
     [("$40 to 50 dollars", "40", "50", "USD", "hour")]),
    ("Welders on the project make between 40 and 50 dollars an hour",
     [("40 and 50 dollars", "40", "50", "USD", "hour")]),
    ("Welders on the project make between $40 and 50 an hour", [("$40 and 50", "40", "50", "USD", "hour")]),
    ("Seasonal pickers are paid between £9 and 10 per hour", [("£9 and 10", "9", "10", "GBP", "hour")]),
    ("Faixa salarial: R$8.000,00 a R$13.000,00 para analistas",
     [("R$8.000,00 a R$13.000,00", "8000", "13000", "BRL", None)]),
    # Thousands written once with the currency written once: "£40-45,000" is 40,000 to 45,000.
    ("Graduate engineers start on £40-45,000 in Bristol",
     [("£40-45,000", "40000", "45000", "GBP", None)]),
]

# --- Year spans and scores are never money, even beside it ----------------------------------------------
SPANS_AND_SCORES = [
    ("Wages rose from £300 in 2012–13 to £340 in 2014–15",
     [("£300", "300", "300", "GBP", None), ("£340", "340", "340", "GBP", None)]),
    ("The 2012-13 accounts show a £4m loss",
     [("£4m", "4000000", "4000000", "GBP", None)]),
    ("After the 3-1 defeat the club fined him €50,000",
     [("€50,000", "50000", "50000", "EUR", None)]),
]

# --- Open bounds: upper only (min None) ----------------------------------------------------------------
UPPER_BOUNDS = [
    ("Bonuses of up to $650,000 are available to partners",
     [("$650,000", None, "650000", "USD", None, {"bound": "up to"})]),
    ("Traders can earn as much as $650,000 in a good year",
     [("$650,000", None, "650000", "USD", None)]),
    ("The scheme pays a maximum of $10,000 per applicant",
     [("$10,000", None, "10000", "USD", None)]),
    ("The scheme pays maximum $10,000 per applicant",
     [("$10,000", None, "10000", "USD", None)]),
    ("Homes under $500,000 sold within a week",
     [("$500,000", None, "500000", "USD", None)]),
    ("Homes priced below $500,000 sold within a week",
     [("$500,000", None, "500000", "USD", None)]),
    ("Households earning less than US$26,000 qualify for the subsidy",
     [("US$26,000", None, "26000", "USD", None)]),
    ("Guests are asked to spend no more than $20 on a gift",
     [("$20", None, "20", "USD", None)]),
    ("The fine is at most €5,000 for a first offence",
     [("€5,000", None, "5000", "EUR", None)]),
]

# --- Open bounds: lower only (max None) ------------------------------------------------------------------
LOWER_BOUNDS = [
    ("Senior engineers earn at least $150k at the big firms",
     [("$150k", "150000", None, "USD", None, {"bound": "at least"})]),
    ("The post offers a minimum of £30,000 with overtime",
     [("£30,000", "30000", None, "GBP", None)]),
    ("The post offers minimum £30,000 with overtime",
     [("£30,000", "30000", None, "GBP", None)]),
    ("Players earning over $1 million face the new tax",
     [("$1 million", "1000000", None, "USD", None)]),
    ("Players earning above $1 million face the new tax",
     [("$1 million", "1000000", None, "USD", None)]),
    ("Players earning more than $1 million face the new tax",
     [("$1 million", "1000000", None, "USD", None)]),
    ("Plans starting at $9.99 are available in most markets",
     [("$9.99", "9.99", None, "USD", None)]),
    ("Flights from $199 go on sale on Monday",
     [("$199", "199", None, "USD", None)]),
    ("Senior Developer, $100,000+ with full benefits",
     [("$100,000", "100000", None, "USD", None, {"bound": "+"})]),
    ("Salaries of $100,000 or more are common in the sector",
     [("$100,000", "100000", None, "USD", None)]),
    ("The bank's $1m-plus a year traders kept their bonuses",
     [("$1m", "1000000", None, "USD", "year", {"bound": "-plus"})]),
    # The bound phrase after the period phrase.
    ("Warehouse staff earn $15/hr or more at the new site",
     [("$15", "15", None, "USD", "hour", {"bound": "or more"})]),
    ("Too many carers still earn £10 an hour or less",
     [("£10", None, "10", "GBP", "hour", {"bound": "or less"})]),
    # "& up to" begins the next clause; it is no "& up" bound.
    ("Cleaners get up to £9.50 an hour & up to 40 hours a week",
     [("£9.50", None, "9.5", "GBP", "hour", {"bound": "up to"})]),
]

# --- A change of value is two values, not a range ------------------------------------------------------
CHANGES = [
    ("The price of a ticket rose from $5 to $7 last year",
     [("$5", "5", "5", "USD", None), ("$7", "7", "7", "USD", None)]),
    ("The minimum wage increased from £10.42 to £11.44 in April",
     [("£10.42", "10.42", "10.42", "GBP", None), ("£11.44", "11.44", "11.44", "GBP", None)]),
    ("Profit fell from €3.1bn to €2.4bn as costs climbed",
     [("€3.1bn", "3100000000", "3100000000", "EUR", None),
      ("€2.4bn", "2400000000", "2400000000", "EUR", None)]),
    # A verb of change right before the first amount: a change and the new value.
    ("Gold rose Rs 250 to Rs 63,450 in Mumbai on Tuesday",
     [("Rs 250", "250", "250", "INR", None), ("Rs 63,450", "63450", "63450", "INR", None)]),
    ("Fees were cut by $5 to $20 for students",
     [("$5", "5", "5", "USD", None), ("$20", "20", "20", "USD", None)]),
    # "from" after a comma names the former value of a change said earlier in the sentence.
    ("Amazon will raise its average starting wage for warehouse workers to more than $22 an hour, "
     "from $20.50, the company said",
     [("$22", "22", None, "USD", "hour"), ("$20.50", "20.5", "20.5", "USD", None)]),
]

# --- Approximation ----------------------------------------------------------------------------------------
APPROXIMATE = [
    ("The deal is worth about $5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The deal is worth around $5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The deal is worth approximately $5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The deal is worth roughly $5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The deal is worth nearly $5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The clean-up cost some $5 million in the end",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The deal is worth ~$5 million to the club",
     [("$5 million", "5000000", "5000000", "USD", None, {"approx": True})]),
    ("The portrait fetched circa £2m at auction",
     [("£2m", "2000000", "2000000", "GBP", None, {"approx": True})]),
    ("The repairs will cost an est. $2.4 million",
     [("$2.4 million", "2400000", "2400000", "USD", None, {"approx": True})]),
    ("Annual running costs: $2.4 million (est.) for the new wing",
     [("$2.4 million", "2400000", "2400000", "USD", None, {"approx": True})]),
    ("The team earns around $50-60k on average",
     [("$50-60k", "50000", "60000", "USD", None, {"approx": True})]),
    ("Hotel rooms go for around $300 to $400 during the festival",
     [("$300 to $400", "300", "400", "USD", None, {"approx": True})]),
    ("He earned an estimated $48 million last year",
     [("$48 million", "48000000", "48000000", "USD", None, {"approx": True})]),
    ("The fee was $5 million, paid in cash",
     [("$5 million", "5000000", "5000000", "USD", None)]),
]

# --- Pay periods in every common spelling ---------------------------------------------------------------
PERIODS = [
    ("Cleaners earn $18 per hour on weekends", [("$18", "18", "18", "USD", "hour")]),
    ("Cleaners earn $18 an hour on weekends", [("$18", "18", "18", "USD", "hour")]),
    ("Drivers are paid $25 hourly in the city", [("$25", "25", "25", "USD", "hour")]),
    ("Locum rate $45/hr with mileage", [("$45", "45", "45", "USD", "hour")]),
    ("Tutors in London charge £30 ph for GCSE maths", [("£30", "30", "30", "GBP", "hour")]),
    ("She earns $40-an-hour as a contract welder", [("$40", "40", "40", "USD", "hour")]),
    ("An hourly rate of $35 applies to overtime", [("$35", "35", "35", "USD", "hour")]),
    ("Cooks earn $180 per day at the festival", [("$180", "180", "180", "USD", "day")]),
    ("Cooks earn $180 a day at the festival", [("$180", "180", "180", "USD", "day")]),
    ("A day rate of £350 is standard for contractors", [("£350", "350", "350", "GBP", "day")]),
    ("Security guards earn $900 per week in the city", [("$900", "900", "900", "USD", "week")]),
    ("Security guards earn $900 a week in the city", [("$900", "900", "900", "USD", "week")]),
    ("Pickers are paid $900 weekly during the harvest", [("$900", "900", "900", "USD", "week")]),
    ("Care workers on £450 pw are leaving the sector", [("£450", "450", "450", "GBP", "week")]),
    ("Pay $1,200/wk with overtime on top", [("$1,200", "1200", "1200", "USD", "week")]),
    ("The allowance is $2,100 per fortnight for couples", [("$2,100", "2100", "2100", "USD", "fortnight")]),
    ("Rent is $2,000 per month for a one-bedroom", [("$2,000", "2000", "2000", "USD", "month")]),
    ("Rent is $2,000 a month for a one-bedroom", [("$2,000", "2000", "2000", "USD", "month")]),
    ("Nurses are paid $5,000 monthly at the clinic", [("$5,000", "5000", "5000", "USD", "month")]),
    ("Two-bed flat to let, £1,200 pcm, near the station", [("£1,200", "1200", "1200", "GBP", "month")]),
    ("Studio downtown, $1,800/mo with parking", [("$1,800", "1800", "1800", "USD", "month")]),
    ("Pay is $80,000 per year plus superannuation", [("$80,000", "80000", "80000", "USD", "year")]),
    ("Pay is $80,000 a year plus superannuation", [("$80,000", "80000", "80000", "USD", "year")]),
    ("Pay is £80,000 per annum plus pension", [("£80,000", "80000", "80000", "GBP", "year")]),
    ("Directors are paid $200,000 annually at the bank", [("$200,000", "200000", "200000", "USD", "year")]),
    ("Salary: £35,000 p.a. plus benefits", [("£35,000", "35000", "35000", "GBP", "year")]),
    ("Salary: £35,000 pa plus benefits", [("£35,000", "35000", "35000", "GBP", "year")]),
    ("Salary $85,000/yr with benefits", [("$85,000", "85000", "85000", "USD", "year")]),
    ("The annual salary of $120,000 is fixed for three years",
     [("$120,000", "120000", "120000", "USD", "year")]),
    ("He left to take a $1.3 million-per-year job at a rival bank",
     [("$1.3 million", "1300000", "1300000", "USD", "year")]),
    ("The minister's £1.2m-a-year adviser resigned on Friday",
     [("£1.2m", "1200000", "1200000", "GBP", "year")]),
    ("Agency nurses earn £20-an-hour on night shifts", [("£20", "20", "20", "GBP", "hour")]),
    ("Rent is 2 500 zł a month in central Kraków", [("2 500 zł", "2500", "2500", "PLN", "month")]),
    ("Factory workers are paid RMB 5,000 a month in Dongguan",
     [("RMB 5,000", "5000", "5000", "CNY", "month")]),
    ("Salary: Rs. 25,000/- per month for the clerk post", [("Rs. 25,000", "25000", "25000", "INR", "month")]),
    ("The job pays ₹18,000/- monthly plus allowances", [("₹18,000", "18000", "18000", "INR", "month")]),
    ("Campus hires are offered 12 LPA at the Pune office",
     [("12 LPA", "1200000", "1200000", "INR", "year")]),
    ("The salary is £35,000 p.a.", [("£35,000", "35000", "35000", "GBP", "year")]),
    ("Rent £950 per calendar month, bills included", [("£950", "950", "950", "GBP", "month")]),
    ("Pay $20/h for night shifts at the depot", [("$20", "20", "20", "USD", "hour")]),
    ("Salary 30000 EUR/year gross for the Munich office",
     [("30000 EUR", "30000", "30000", "EUR", "year")]),
    ("Pay rate: $25.00 - $30.00 / hour", [("$25.00 - $30.00", "25", "30", "USD", "hour")]),
    ("He was paid $20,000 a month, or $240,000 a year, as an adviser",
     [("$20,000", "20000", "20000", "USD", "month"), ("$240,000", "240000", "240000", "USD", "year")]),
    ("Hourly wage: $15, paid weekly", [("$15", "15", "15", "USD", "hour")]),
    # A period glued to the multiplier, as UK job ads write it.
    ("Senior nurse, £35kpa plus overtime", [("£35kpa", "35000", "35000", "GBP", "year")]),
    ("Flat share at £1Kpcm near the station", [("£1Kpcm", "1000", "1000", "GBP", "month")]),
    # A period phrase as a label before the amount.
    ("Salary per annum: £30,000 with a company car", [("£30,000", "30000", "30000", "GBP", "year")]),
    ("Hourly: $20 for weekend shifts", [("$20", "20", "20", "USD", "hour")]),
    ("Compensation (per year): $60k plus equity", [("$60k", "60000", "60000", "USD", "year")]),
    ("Monthly salary: €2,800 gross", [("€2,800", "2800", "2800", "EUR", "month")]),
    # A period phrase that is a time reference is no period.
    ("Revenue was $14.2 billion, up from $13.18 billion a year earlier",
     [("$14.2 billion", "14200000000", "14200000000", "USD", None),
      ("$13.18 billion", "13180000000", "13180000000", "USD", None)]),
    ("Revenue was $14.2 billion, up from $13.18 billion a year earlier.",
     [("$14.2 billion", "14200000000", "14200000000", "USD", None),
      ("$13.18 billion", "13180000000", "13180000000", "USD", None)]),
    ("Sales reached €800m, compared with €650m a year ago",
     [("€800m", "800000000", "800000000", "EUR", None),
      ("€650m", "650000000", "650000000", "EUR", None)]),
    ("Sales reached $5 billion and should double a year from now",
     [("$5 billion", "5000000000", "5000000000", "USD", None)]),
    # A date or a deduction after the period leaves it a rate.
    ("The national living wage rises to £11.44 an hour from April 2024",
     [("£11.44", "11.44", "11.44", "GBP", "hour")]),
    ("The federal minimum wage has been $7.25 an hour since 2009",
     [("$7.25", "7.25", "7.25", "USD", "hour")]),
    ("She takes home £2,100 a month after tax", [("£2,100", "2100", "2100", "GBP", "month")]),
    # A pay qualifier between the amount and its period.
    ("A salary of €3k net monthly for the Lisbon office", [("€3k", "3000", "3000", "EUR", "month")]),
    ("The role pays $5,000 gross per month", [("$5,000", "5000", "5000", "USD", "month")]),
    ("Drivers earn $25 minimum per hour", [("$25", "25", None, "USD", "hour")]),
    # "LPA" after a rupee sign: lakhs and the year.
    ("He earns ₹12 LPA at a Bengaluru start-up", [("₹12 LPA", "1200000", "1200000", "INR", "year")]),
    ("Freshers are offered Rs 4.5 LPA", [("Rs 4.5 LPA", "450000", "450000", "INR", "year")]),
    # Periods with ranges and bounds.
    ("Contract role, £400-£450 per day outside IR35",
     [("£400-£450", "400", "450", "GBP", "day")]),
    ("Up to $35 an hour for experienced baristas",
     [("$35", None, "35", "USD", "hour")]),
]

# --- Equivalents: the same money restated in another currency ---------------------------------------------
EQUIVALENTS = [
    ("The union says the starting salary is US$48,000 (A$71,000) for juniors",
     [("US$48,000", "48000", "48000", "USD", None,
       {"eq": [("A$71,000", "71000", "71000", "AUD", None)]})]),
    ("Each team receives €50,000 (about $54,000) from the fund",
     [("€50,000", "50000", "50000", "EUR", None,
       {"eq": [("$54,000", "54000", "54000", "USD", None, {"approx": True})]})]),
    ("Interns receive S$9,300 (US$6,900 / €6,400) for the summer",
     [("S$9,300", "9300", "9300", "SGD", None,
       {"eq": [("US$6,900", "6900", "6900", "USD", None), ("€6,400", "6400", "6400", "EUR", None)]})]),
    ("The post carries a salary of between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year",
     [("US$300,000 and $900,000", "300000", "900000", "USD", "year",
       {"src": "explicit",
        "eq": [("A$445,000 – $1.3 million", "445000", "1300000", "AUD", "year", {"src": "explicit"})]})]),
    ("The fine of £2 million ($2.5 million) was the largest this year",
     [("£2 million", "2000000", "2000000", "GBP", None,
       {"eq": [("$2.5 million", "2500000", "2500000", "USD", None)]})]),
    # An open bound holds for the restatement too.
    ("Salaries of up to $200,000 a year (£160,000) are on offer",
     [("$200,000", None, "200000", "USD", "year", {"eq": [("£160,000", None, "160000", "GBP", "year")]})]),
    # Two different rates in a parenthesis are two mentions, not a restatement.
    ("The award pays $1,150.40/week ($28.76/hour) for cleaners",
     [("$1,150.40", "1150.4", "1150.4", "USD", "week"),
      ("$28.76", "28.76", "28.76", "USD", "hour")]),
]


@pytest.mark.parametrize(("text", "wants"), RANGES)
def test_ranges(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), SPANS_AND_SCORES)
def test_year_spans_and_scores_are_not_ranges(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), UPPER_BOUNDS)
def test_upper_bounds(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), LOWER_BOUNDS)
def test_lower_bounds(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), CHANGES)
def test_changes_are_two_values(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), APPROXIMATE)
def test_approximate(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), PERIODS)
def test_periods(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), EQUIVALENTS)
def test_equivalents(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


def test_worked_example_to_dict() -> None:
    """The contract's worked example, byte for byte through JSON."""
    text = ("The review found the board offered a salary of between US$300,000 and $900,000 "
            "(A$445,000 – $1.3 million) per year to the new chief executive.")
    got = json.loads(json.dumps([m.to_dict() for m in salarynorm.extract(text)]))
    s1 = text.index("US$300,000")
    s2 = text.index("A$445,000")
    assert got == [{
        "text": "US$300,000 and $900,000", "start": s1, "end": s1 + 23,
        "min": "300000", "max": "900000", "currency": "USD", "period": "year", "approximate": False,
        "equivalents": [{
            "text": "A$445,000 – $1.3 million", "start": s2, "end": s2 + 24,
            "min": "445000", "max": "1300000", "currency": "AUD", "period": "year",
            "approximate": False, "equivalents": [],
        }],
    }]
