"""A bare "$" read from the document's own evidence (issue 13, item 7): a country's own dollar sign
elsewhere in the text, or one dollar country named where the money is paid or earned, with nothing that
points to the United States; the caller's ``default_currency`` or ``locale`` always wins."""

from __future__ import annotations

import pytest

import salarynorm
from salarynorm import CurrencySource
from salarynorm._lang import load
from salarynorm._read import vocabulary
from salarynorm._read.resolve import _qualifiers

DOC = CurrencySource.DOCUMENT
CONV = CurrencySource.CONVENTION


def _read(text: str, locale: str | None = None,
          default_currency: str | None = None) -> list[tuple[str, str | None, CurrencySource]]:
    return [(m.text, m.currency, m.currency_source)
            for m in salarynorm.extract(text, locale=locale, default_currency=default_currency)]


@pytest.mark.parametrize(("text", "expected"), [
    # (a) the document's own local sign elsewhere
    ("The A$5m deal was signed on Monday. The buyer paid $2m upfront.",
     [("A$5m", "AUD", CurrencySource.EXPLICIT), ("$2m", "AUD", DOC)]),
    ("The bakery chain said sales rose to C$19 million. It pays its bakers $22 an hour, up from $19.",
     [("C$19 million", "CAD", CONV), ("$22", "CAD", DOC), ("$19", "CAD", DOC)]),
    ("A flat in Kowloon rents for $18,000 a month; the same flat sold for HK$9 million in 2019.",
     [("$18,000", "HKD", DOC), ("HK$9 million", "HKD", CurrencySource.EXPLICIT)]),
    ("The NZ$40 million fund opens today. Grants of up to 5,000 dollars are available.",
     [("NZ$40 million", "NZD", CurrencySource.EXPLICIT), ("5,000 dollars", "NZD", DOC)]),
    # (b) one dollar country named where the money is paid or earned
    ("Nurses in Auckland earn $32 an hour. Senior nurses earn $45.",
     [("$32", "NZD", DOC), ("$45", "NZD", DOC)]),
    ("Singapore's minimum wage for cleaners will rise to $1,400 next year.", [("$1,400", "SGD", DOC)]),
    ("Average weekly earnings across Australia reached $1,923.", [("$1,923", "AUD", DOC)]),
])
def test_the_documents_own_evidence_decides_a_bare_dollar(
        text: str, expected: list[tuple[str, str, CurrencySource]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "why"), [
    ("Canada's prime minister visited the plant on Monday. The company will invest $5 million there.",
     "the country is named, but not in the sentence of the money"),
    ("Canadian officials said the company paid $5 million.", "named, but not as where the money is"),
    ("Talks with Canada on the $5 billion deal resumed.", "named, but not as where the money is"),
    ("Canada's biggest bank paid $2 billion in fines.", "the bank is Canada's, the money's place is not said"),
    ("The U.S. firm invested $2 billion in Canada.", "the United States is named"),
    ("In Canada, the Ohio-based company paid $5 million.", "an American place is named"),
    ("Ottawa pledged C$50 million, while the $20 million from Washington is still pending.",
     "an American place is named"),
    ("The A$5m deal comes on top of a US$3m loan. The buyer paid $2m upfront.", "the US dollar is written"),
    ("The A$5m deal and the NZ$3m deal closed. The buyer paid $2m upfront.", "two local signs"),
    ("Nurses in Auckland earn $32 an hour, in Sydney $40.", "two dollar countries named"),
    ("The A$5m deal includes a €2m fee. The buyer paid $2m upfront.", "international copy: another currency"),
])
def test_no_strong_evidence_keeps_the_us_dollar(text: str, why: str) -> None:
    bare = [(t, c, how) for t, c, how in _read(text) if t.startswith("$")]
    assert bare and all((c, how) == ("USD", CONV) for _, c, how in bare), why


def test_a_bare_dollar_restating_a_local_sign_is_another_dollar() -> None:
    """The wire services' "C$50 million ($37 million)": the bare "$" is the US dollar throughout."""
    text = "Ottawa pledged C$50 million ($37 million). A further $20 million comes next year."
    [first, second] = salarynorm.extract(text)
    assert (first.currency, [q.currency for q in first.equivalents]) == ("CAD", [None])
    assert (second.text, second.currency, second.currency_source) == ("$20 million", "USD", CONV)


def test_a_us_article_naming_canada_stays_usd() -> None:
    text = ("WASHINGTON - The Treasury said on Tuesday that tariffs on goods from Canada would raise $40 billion "
            "a year. Canadian exporters, who sold $420 billion of goods in the United States last year, objected.")
    assert {(c, how) for _, c, how in _read(text)} == {("USD", CONV)}


@pytest.mark.parametrize(("options", "currency", "how"), [
    ({"default_currency": "USD"}, "USD", CurrencySource.DEFAULT),
    ({"default_currency": "CAD"}, "CAD", CurrencySource.DEFAULT),
    ({"locale": "en-AU"}, "AUD", CurrencySource.LOCALE),
    ({"locale": "en-GB"}, "USD", CONV),  # a British page: "A$" beside "$" is the wire's style
])
def test_the_callers_hint_wins(options: dict[str, str], currency: str, how: CurrencySource) -> None:
    text = "The NZ$5m deal was signed on Monday. The buyer paid $2m upfront."
    assert _read(text, options.get("locale"), options.get("default_currency"))[1] == ("$2m", currency, how)


def test_every_place_stands_for_a_country_word_of_the_currency_names() -> None:
    """Each ``places`` entry names a country word the currency names hold ("auckland" = "new zealand"),
    so it stands for exactly one currency."""
    known = _qualifiers(vocabulary("en"))
    en = load("en")
    assert en.places
    assert {place: country for place, country in en.places.items() if country not in known} == {}
