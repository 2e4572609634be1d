"""Restatements written in words: "€740 million, equivalent to $805 million", "£2bn, or roughly $2.5bn".

After a comma, the words of ``equivalent_leads_after_comma`` ("or about", "equivalent to", "which is", "worth"),
optionally followed by approximation words, restate the amount in another currency: the restatement is an
equivalent of the one mention, approximate when an approximation word leads it. In the same currency ("$5m,
or $10 a share") the two stay separate mentions, as do amounts joined by other words ("compared to").
(Tuple shape documented in tests/conftest.py.)
"""

from __future__ import annotations

import pytest

import salarynorm

RESTATED = [
    ("The fine of €740 million, equivalent to $805 million, was the largest ever",
     [("€740 million", "740000000", "740000000", "EUR", None,
       {"eq": [("$805 million", "805000000", "805000000", "USD", None)]})]),
    ("Wages average 65,000 PKR a month, which is about 230 USD",
     [("65,000 PKR", "65000", "65000", "PKR", "month",
       {"eq": [("230 USD", "230", "230", "USD", "month", {"approx": True})]})]),
    ("The bill came to £2bn, or roughly $2.5bn, over ten years",
     [("£2bn", "2000000000", "2000000000", "GBP", None,
       {"eq": [("$2.5bn", "2500000000", "2500000000", "USD", None, {"approx": True})]})]),
    ("The chipmaker raised NT$1bn, or about US$33 million, from the sale",
     [("NT$1bn", "1000000000", "1000000000", "TWD", None,
       {"eq": [("US$33 million", "33000000", "33000000", "USD", None, {"approx": True})]})]),
    ("The club paid €5m, the equivalent of $5.4m, for the striker",
     [("€5m", "5000000", "5000000", "EUR", None,
       {"eq": [("$5.4m", "5400000", "5400000", "USD", None, {"approx": True})]})]),
    ("A stake of €3m, worth about $3.2m at today's rates",
     [("€3m", "3000000", "3000000", "EUR", None,
       {"eq": [("$3.2m", "3200000", "3200000", "USD", None, {"approx": True})]})]),
    ("The ticket costs $1,000, i.e., €920",
     [("$1,000", "1000", "1000", "USD", None, {"eq": [("€920", "920", "920", "EUR", None)]})]),
    # Several restatements one after the other, each after its comma.
    ("Its budget was €5m, or about $5.4m, or roughly £4.3m",
     [("€5m", "5000000", "5000000", "EUR", None,
       {"eq": [("$5.4m", "5400000", "5400000", "USD", None, {"approx": True}),
               ("£4.3m", "4300000", "4300000", "GBP", None, {"approx": True})]})]),
    # A period after the restatement is the primary's too; one before it is the restatement's too.
    ("Nurses earn €3,000, or about $3,250 a month",
     [("€3,000", "3000", "3000", "EUR", "month",
       {"eq": [("$3,250", "3250", "3250", "USD", "month", {"approx": True})]})]),
    # An open bound holds for the restatement too; a bound of its own stays its own.
    ("Salaries of up to €50,000, equivalent to $54,000, are on offer",
     [("€50,000", None, "50000", "EUR", None, {"eq": [("$54,000", None, "54000", "USD", None)]})]),
    ("The house sold for €50,000, equal to more than $54,000",
     [("€50,000", "50000", "50000", "EUR", None, {"eq": [("$54,000", "54000", None, "USD", None)]})]),
    # A range restates a range.
    ("The role pays €60,000-€70,000, equivalent to $65,000-$76,000",
     [("€60,000-€70,000", "60000", "70000", "EUR", None,
       {"eq": [("$65,000-$76,000", "65000", "76000", "USD", None)]})]),
    # In parentheses after a lead before the primary, as already read.
    ("a deal worth about US$4 billion (roughly C$5.4 billion)",
     [("US$4 billion", "4000000000", "4000000000", "USD", None,
       {"approx": True, "eq": [("C$5.4 billion", "5400000000", "5400000000", "CAD", None, {"approx": True})]})]),
    ("€5m (about $5.4m)",
     [("€5m", "5000000", "5000000", "EUR", None,
       {"eq": [("$5.4m", "5400000", "5400000", "USD", None, {"approx": True})]})]),
]

NOT_RESTATED = [
    # The same currency: two mentions, as before.
    ("The company paid $5m, or $10 a share, for the stake",
     [("$5m", "5000000", "5000000", "USD", None), ("$10", "10", "10", "USD", None)]),
    ("The company paid $5m, or about $10 a share, for the stake",
     [("$5m", "5000000", "5000000", "USD", None), ("$10", "10", "10", "USD", None, {"approx": True})]),
    # "$" after "US$" may be the same dollar: in words, that is no restatement.
    ("The company paid US$5m, or about $10 a share",
     [("US$5m", "5000000", "5000000", "USD", None), ("$10", "10", "10", "USD", None, {"approx": True})]),
    ("He was paid $20,000 a month, which is $240,000 a year, as an adviser",
     [("$20,000", "20000", "20000", "USD", "month"), ("$240,000", "240000", "240000", "USD", "year")]),
    # The restatement's period is not the primary's when they are one currency.
    ("a salary of £48,000, which is £4,000 a month",
     [("£48,000", "48000", "48000", "GBP", None), ("£4,000", "4000", "4000", "GBP", "month")]),
    # Words that compare, not restate.
    ("Sales were €740 million, compared to $805 million last year",
     [("€740 million", "740000000", "740000000", "EUR", None),
      ("$805 million", "805000000", "805000000", "USD", None)]),
    ("Profit rose to €740 million, while costs fell to $805 million",
     [("€740 million", "740000000", "740000000", "EUR", None),
      ("$805 million", "805000000", "805000000", "USD", None)]),
    # No money after the lead.
    ("The fund lost $5m, or 10% of revenue", [("$5m", "5000000", "5000000", "USD", None)]),
    ("Tickets cost £10, or less for members", [("£10", "10", "10", "GBP", None)]),
    # A bare "or" offers another amount ("or about", "or roughly" restate).
    ("Pay: £45,000 - £55,000 per annum, or $900k/yr",
     [("£45,000 - £55,000", "45000", "55000", "GBP", "year"), ("$900k", "900000", "900000", "USD", "year")]),
    ("The bill came to £2bn, or $2.5bn",
     [("£2bn", "2000000000", "2000000000", "GBP", None), ("$2.5bn", "2500000000", "2500000000", "USD", None)]),
    # No comma: an alternative, not a restatement.
    ("Pay €5 or $6 at the door",
     [("€5", "5", "5", "EUR", None), ("$6", "6", "6", "USD", None)]),
    # Different periods: two rates, not one restated.
    ("€5,000 a month, which works out at about $65,000 a year",
     [("€5,000", "5000", "5000", "EUR", "month"), ("$65,000", "65000", "65000", "USD", "year", {"approx": True})]),
]

IN_OTHER_LANGUAGES = [
    ("de", "Die Strafe beträgt 4,6 Mrd. Euro, umgerechnet rund 5 Mrd. Dollar.",
     [("4,6 Mrd. Euro", "4600000000", "4600000000", "EUR", None,
       {"eq": [("5 Mrd. Dollar", "5000000000", "5000000000", "USD", None, {"approx": True})]})]),
    ("de", "Er verdient 5.000 Franken, also etwa 5.200 Euro im Monat.",
     [("5.000 Franken", "5000", "5000", "CHF", "month",
       {"eq": [("5.200 Euro", "5200", "5200", "EUR", "month", {"approx": True})]})]),
    ("de", "Der Umsatz lag bei 5 Mio. Euro, das entspricht 5,4 Mio. Dollar.",
     [("5 Mio. Euro", "5000000", "5000000", "EUR", None,
       {"eq": [("5,4 Mio. Dollar", "5400000", "5400000", "USD", None)]})]),
    ("de", "Der Umsatz stieg auf 5 Mio. Euro, während die Kosten 2 Mio. Dollar betrugen.",
     [("5 Mio. Euro", "5000000", "5000000", "EUR", None), ("2 Mio. Dollar", "2000000", "2000000", "USD", None)]),
    ("fr", "Une amende de 740 millions d'euros, soit 805 millions de dollars.",
     [("740 millions d'euros", "740000000", "740000000", "EUR", None,
       {"eq": [("805 millions de dollars", "805000000", "805000000", "USD", None)]})]),
    ("es", "Pagó 800 euros, es decir, 870 dólares.",
     [("800 euros", "800", "800", "EUR", None, {"eq": [("870 dólares", "870", "870", "USD", None)]})]),
    ("es", "La multa fue de 1.200 millones de pesos mexicanos, o unos 70 millones de dólares.",
     [("1.200 millones de pesos mexicanos", "1200000000", "1200000000", "MXN", None,
       {"eq": [("70 millones de dólares", "70000000", "70000000", "USD", None, {"approx": True})]})]),
]


@pytest.mark.parametrize(("text", "wants"), RESTATED)
def test_restated_in_words(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), NOT_RESTATED)
def test_not_restated(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("lang", "text", "wants"), IN_OTHER_LANGUAGES)
def test_restated_in_other_languages(lang: str, text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text, lang=lang), wants)
