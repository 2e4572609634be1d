"""Issue 13, items 5 and 6: open and closed ranges in longer words ("from $5 million up to as much as $20
million", "anywhere from", "somewhere between", "north of", "in the region of", "six-figure"), and the slang
the users' sources write ("bucks", "a buck fifty", "50 bands", "a mill", "a grand", "quid", "a fiver",
"two tenners"), each read in a money sense only.

Each case: (text, [(mention text, min, max, currency, period, approximate), ...]); min or max None is an
open end.
"""

from __future__ import annotations

import pytest

import salarynorm

Row = tuple[str, str | None, str | None, str, str | None, bool]


def _read(text: str, **kw: str) -> list[Row]:
    return [(m.text, None if m.min is None else str(m.min), None if m.max is None else str(m.max), m.currency,
             None if m.period is None else m.period.value, m.approximate)
            for m in salarynorm.extract(text, **kw)]


# --- Ranges in longer words ------------------------------------------------------------------------------
LONGER_RANGES: list[tuple[str, list[Row]]] = [
    ("The fund is seeking from $5 million up to as much as $20 million.",
     [("$5 million up to as much as $20 million", "5000000", "20000000", "USD", None, False)]),
    ("The job pays anywhere from $40,000 to $55,000.",
     [("$40,000 to $55,000", "40000", "55000", "USD", None, False)]),
    ("It pays somewhere between $40,000 and $55,000 a year.",
     [("$40,000 and $55,000", "40000", "55000", "USD", "year", False)]),
    ("An annual salary anywhere between £40,000 & £55,000.",
     [("£40,000 & £55,000", "40000", "55000", "GBP", "year", False)]),
    ("Tickets cost between $5 and no more than $8.",
     [("$5 and no more than $8", "5", "8", "USD", None, False)]),
    ("Bids came in from $10 million to as high as $15 million.",
     [("$10 million to as high as $15 million", "10000000", "15000000", "USD", None, False)]),
    ("He earns $80k or so.", [("$80k", "80000", "80000", "USD", None, True)]),
    ("The house is worth upwards of $2m.", [("$2m", "2000000", None, "USD", None, False)]),
    ("Senior engineers make north of $200k.", [("$200k", "200000", None, "USD", None, False)]),
    ("A salary in the region of £45,000.", [("£45,000", "45000", "45000", "GBP", None, True)]),
    ("Rooms go for as little as $40 a night.", [("$40", "40", None, "USD", None, False)]),
    ("Flights as low as €19.", [("€19", "19", None, "EUR", None, False)]),
]

# After a verb of change "from X to Y" names two values, whatever words join them.
CHANGES: list[tuple[str, list[Row]]] = [
    ("Its target rose from $5 million up to as much as $20 million.",
     [("$5 million", "5000000", "5000000", "USD", None, False),
      ("$20 million", None, "20000000", "USD", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), LONGER_RANGES + CHANGES)
def test_longer_ranges(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


# --- An amount's size in digits --------------------------------------------------------------------------
FIGURES: list[tuple[str, list[Row]]] = [
    ("She landed a six-figure sum in dollars.",
     [("six-figure sum in dollars", "100000", None, "USD", None, False)]),
    ("a six-figure annual salary in US dollars",
     [("six-figure annual salary in US dollars", "100000", None, "USD", "year", False)]),
    ("He signed a seven-figure euro deal.", [("seven-figure euro", "1000000", None, "EUR", None, False)]),
    ("a 6-figure USD payout", [("6-figure USD", "100000", None, "USD", None, False)]),
    ("six-figure sums in pounds", [("six-figure sums in pounds", "100000", None, "GBP", None, False)]),
    # The amount after it says it: one mention, the amount's.
    ("a six-figure salary of over £100k", [("£100k", "100000", None, "GBP", None, False)]),
    ("a six-figure dollar salary of $150,000", [("$150,000", "150000", "150000", "USD", None, False)]),
]
FIGURES_NOT_MONEY = [
    "He earns in the high five figures.",
    "He got a six-figure salary.",
    "a six figure salary in London",
    "Sales reached six figures in dollars terms.",
    "The top seeds were a six-figure draw in the rankings.",
    "She earns a low six-figure salary, paid in instalments.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_six_figure_with_its_currency_is_a_lower_bound(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", FIGURES_NOT_MONEY)
def test_six_figure_without_a_currency_is_no_mention(text: str) -> None:
    assert _read(text) == []


def test_six_figure_takes_the_documents_dollar() -> None:
    """The currency word is read as any other: "dollars" in a text with an Australian default is AUD."""
    assert _read("a six-figure sum in dollars", default_currency="AUD") == [
        ("six-figure sum in dollars", "100000", None, "AUD", None, False)]


# --- Slang -----------------------------------------------------------------------------------------------
SLANG: list[tuple[str, list[Row]]] = [
    ("It cost 20 bucks.", [("20 bucks", "20", "20", "USD", None, False)]),
    ("A coffee is a buck fifty.", [("a buck fifty", "1.5", "1.5", "USD", None, False)]),
    ("It cost a buck.", [("a buck", "1", "1", "USD", None, False)]),
    ("It costs a dollar fifty.", [("a dollar fifty", "1.5", "1.5", "USD", None, False)]),
    ("He made 50 bands last year.", [("50 bands", "50000", "50000", "USD", None, False)]),
    ("He spent 20 bands on a chain.", [("20 bands", "20000", "20000", "USD", None, False)]),
    ("He made a mill last year.", [("a mill", "1000000", "1000000", "USD", None, False)]),
    ("She earns 2 mill a year.", [("2 mill", "2000000", "2000000", "USD", "year", False)]),
    ("It cost a grand.", [("a grand", "1000", "1000", "USD", None, False)]),
    ("I owe him a grand.", [("a grand", "1000", "1000", "USD", None, False)]),
    ("Rent is a grand a month.", [("a grand", "1000", "1000", "USD", "month", False)]),
    ("He paid 50 grand.", [("50 grand", "50000", "50000", "USD", None, False)]),
    ("It cost 20 quid.", [("20 quid", "20", "20", "GBP", None, False)]),
    ("Lend me a fiver.", [("a fiver", "5", "5", "GBP", None, False)]),
    ("It cost a tenner.", [("a tenner", "10", "10", "GBP", None, False)]),
    ("She gave me two tenners.", [("two tenners", "20", "20", "GBP", None, False)]),
    ("He found 3 fivers in his coat.", [("3 fivers", "15", "15", "GBP", None, False)]),
]
SLANG_NOT_MONEY = [
    "Two bands played last night.",
    "There were 3 bands on the bill.",
    "The festival paid 3 bands to play.",
    "He formed 2 bands in college.",
    "a paper mill",
    "They bought a mill by the river.",
    "They made a mill wheel.",
    "a grand piano",
    "It was a grand, sweeping gesture.",
    "She made a grand entrance.",
    "He shot a buck and a doe.",
    "The buck stops here.",
]


@pytest.mark.parametrize(("text", "expected"), SLANG)
def test_slang_in_a_money_sense(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", SLANG_NOT_MONEY)
def test_slang_words_in_another_sense_are_no_money(text: str) -> None:
    assert _read(text) == []


def test_a_fiver_takes_the_documents_currency() -> None:
    """A note word's currency is the first reading of note_names (GBP) unless the text says another:
    a US default makes "a fiver" five dollars."""
    assert _read("Lend me a fiver.", default_currency="USD") == [("a fiver", "5", "5", "USD", None, False)]
