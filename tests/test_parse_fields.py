"""``parse`` on one money field (a price string, a salary column from a job board export): a bare number is
an amount, the field's first money expression is returned, and the caller's defaults apply only where the
field is silent. Rows: (field, keyword arguments, expected mention tuple or None); see conftest.py.
"""

from __future__ import annotations

import pytest

import salarynorm

# --- Price strings (shop listings, classified ads) -------------------------------------------------------
PRICES = [
    ("1.299,00", {}, ("1.299,00", "1299", "1299", None, None)),
    ("1,299.00", {}, ("1,299.00", "1299", "1299", None, None)),
    ("Cena: 1 235", {}, ("1 235", "1235", "1235", None, None)),
    ("12.50", {}, ("12.50", "12.5", "12.5", None, None)),
    ("€ 1.234,50", {}, ("€ 1.234,50", "1234.5", "1234.5", "EUR", None)),
    ("  £25,000  ", {}, ("£25,000", "25000", "25000", "GBP", None)),
    ("Price: 14,85 EUR", {}, ("14,85 EUR", "14.85", "14.85", "EUR", None)),
    ("Free!", {}, ("Free", "0", "0", None, None)),
    ("free", {}, ("free", "0", "0", None, None)),
    ("", {}, None),
    ("Competitive", {}, None),
    ("Negotiable", {}, None),
    ("Call for price", {}, None),
    # A minus sign is kept, wherever it stands: refunds and discounts.
    ("-$5.00", {}, ("-$5.00", "-5", "-5", "USD", None)),
    ("$-5.00", {}, ("$-5.00", "-5", "-5", "USD", None)),
    ("USD -5", {}, ("USD -5", "-5", "-5", "USD", None)),
    ("Refund: −€12,50", {}, ("−€12,50", "-12.5", "-12.5", "EUR", None)),
]

# --- Salary columns from job boards --------------------------------------------------------------------
SALARIES = [
    ("21,000 + benefits", {}, ("21,000", "21000", "21000", None, None)),
    ("20000 - 30000/annum", {}, ("20000 - 30000", "20000", "30000", None, "year")),
    ("£18,000 to £22,000 per annum + Benefits", {},
     ("£18,000 to £22,000", "18000", "22000", "GBP", "year")),
    ("25 per hour", {}, ("25", "25", "25", None, "hour")),
    ("7.51 to 10.19 per hour", {}, ("7.51 to 10.19", "7.51", "10.19", None, "hour")),
    ("$53K-$91K (Glassdoor est.)", {}, ("$53K-$91K", "53000", "91000", "USD", None, {"approx": True})),
    ("$68K-$104K (Employer est.)", {}, ("$68K-$104K", "68000", "104000", "USD", None, {"approx": True})),
    ("Employer Provided Salary:$150K-$160K", {}, ("$150K-$160K", "150000", "160000", "USD", None)),
    ("$17-$27 Per Hour", {}, ("$17-$27", "17", "27", "USD", "hour")),
    ("$17 - $27 Per Hour (Employer est.)", {},
     ("$17 - $27", "17", "27", "USD", "hour", {"approx": True})),
    ("Up to 30,000", {}, ("30,000", None, "30000", None, None, {"bound": "Up to"})),
    ("18,000 to Competitive", {}, ("18,000", "18000", None, None, None)),
    ("From 35,000 DOE", {}, ("35,000", "35000", None, None, None)),
    ("45000", {}, ("45000", "45000", "45000", None, None)),
    ("Salary: 45000", {}, ("45000", "45000", "45000", None, None)),
    ("£30k - £35k", {}, ("£30k - £35k", "30000", "35000", "GBP", None)),
    ("£30k - £35k pa + car allowance", {}, ("£30k - £35k", "30000", "35000", "GBP", "year")),
    ("$85,000 - $105,000 a year", {}, ("$85,000 - $105,000", "85000", "105000", "USD", "year")),
    ("£450 - £550 per day", {}, ("£450 - £550", "450", "550", "GBP", "day")),
    ("€3.500 brutto", {}, ("€3.500", "3500", "3500", "EUR", None)),
    ("8 - 12 LPA", {}, ("8 - 12 LPA", "800000", "1200000", "INR", "year")),
    ("£9.50ph", {}, ("£9.50", "9.5", "9.5", "GBP", "hour")),
    ("USD 4,000-5,000/month", {}, ("USD 4,000-5,000", "4000", "5000", "USD", "month")),
    ("₹ 15,000 - 20,000 a month", {}, ("₹ 15,000 - 20,000", "15000", "20000", "INR", "month")),
    ("10 - 12 USD per hour", {}, ("10 - 12 USD", "10", "12", "USD", "hour")),
    ("$100k+", {}, ("$100k", "100000", None, "USD", None, {"bound": "+"})),
    ("From £10.42 an hour", {}, ("£10.42", "10.42", None, "GBP", "hour")),
    ("Up to £14.50 per hour", {}, ("£14.50", None, "14.5", "GBP", "hour")),
    ("40K - 50K", {}, ("40K - 50K", "40000", "50000", None, None)),
    ("CHF 120'000", {}, ("CHF 120'000", "120000", "120000", "CHF", None)),
    ("1.299,00 zł", {}, ("1.299,00 zł", "1299", "1299", "PLN", None)),
    ("July, 2004", {}, None),
    ("Rs. 25,000/-", {}, ("Rs. 25,000", "25000", "25000", "INR", None)),
    ("Rs. 25,000/- per month", {}, ("Rs. 25,000", "25000", "25000", "INR", "month")),
]

# --- Defaults apply only where the field is silent -----------------------------------------------------
DEFAULTS = [
    ("12", {"default_currency": "GBP"}, ("12", "12", "12", "GBP", None, {"src": "default"})),
    ("$12", {"default_currency": "GBP"}, ("$12", "12", "12", "USD", None)),
    ("12 EUR", {"default_currency": "GBP"}, ("12 EUR", "12", "12", "EUR", None, {"src": "explicit"})),
    ("$12", {"default_currency": "AUD"}, ("$12", "12", "12", "AUD", None, {"src": "default"})),
    ("25,000", {"default_currency": "GBP", "default_period": "year"},
     ("25,000", "25000", "25000", "GBP", "year")),
    ("25 per hour", {"default_period": "year"}, ("25", "25", "25", None, "hour")),
    ("£25,000 per annum", {"default_period": "hour"}, ("£25,000", "25000", "25000", "GBP", "year")),
    ("21,000 + benefits", {"default_currency": "GBP", "default_period": "year"},
     ("21,000", "21000", "21000", "GBP", "year")),
    ("25", {"default_period": "per annum"}, ("25", "25", "25", None, "year")),
    ("25", {"default_period": salarynorm.Period.WEEK}, ("25", "25", "25", None, "week")),
    ("Free!", {"default_currency": "EUR"}, ("Free", "0", "0", "EUR", None, {"src": "default"})),
]


def _check(field: str, kwargs: dict, want: tuple | None, expect) -> None:
    got = salarynorm.parse(field, **kwargs)
    if want is None:
        assert got is None
    else:
        assert got is not None, f"parse({field!r}) found nothing"
        expect(field, [got], [want])


@pytest.mark.parametrize(("field", "kwargs", "want"), PRICES)
def test_price_fields(field: str, kwargs: dict, want: tuple | None, expect) -> None:
    _check(field, kwargs, want, expect)


@pytest.mark.parametrize(("field", "kwargs", "want"), SALARIES)
def test_salary_fields(field: str, kwargs: dict, want: tuple | None, expect) -> None:
    _check(field, kwargs, want, expect)


@pytest.mark.parametrize(("field", "kwargs", "want"), DEFAULTS)
def test_defaults_only_fill_silence(field: str, kwargs: dict, want: tuple | None, expect) -> None:
    _check(field, kwargs, want, expect)


def test_parse_returns_the_first_expression() -> None:
    m = salarynorm.parse("£30,000 (rising to £34,000 after probation)")
    assert m is not None
    assert (m.text, m.min, m.max) == ("£30,000", 30000, 30000)


def test_extract_does_not_read_bare_numbers_but_parse_does() -> None:
    assert salarynorm.extract("21,000 + benefits") == []
    assert salarynorm.parse("21,000 + benefits") is not None
