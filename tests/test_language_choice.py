"""Which language a text is read in, and what the caller's ``lang`` and ``locale`` change.

The rules: ``lang`` names the language, ``locale`` the language and its country; they must agree; a
language salarynorm has no data for is a ``LanguageError`` naming it, never a silent English reading.
Without either, the language is detected from the text's own words, and English reads a text that gives
no evidence. A locale's country decides ambiguous signs ("$" in "en-CA" is CAD) after the text's own
evidence and the caller's ``default_currency``. Every mention records the language it was read in.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import salarynorm
from salarynorm import CurrencySource, LanguageError


@pytest.mark.parametrize(("text", "language"), [
    ("Das Jahresgehalt liegt zwischen 45.000 und 55.000 Euro brutto.", "de"),
    ("Wir bieten bis zu 60.000 € im Jahr.", "de"),
    ("The salary is between $45,000 and $55,000 a year.", "en"),
    ("Salary: £30,000 per annum", "en"),
    ("45.000 €", "en"),  # no words to tell: the default reading
    ("Le salaire est de 3 000 euros par mois.", "fr"),
    ("Het salaris is 3.000 euro per maand.", "nl"),
    ("Lönen är 30 000 kronor i månaden och det är bra.", "en"),  # Swedish, which has no pack yet: not German
])
def test_the_language_is_detected_from_the_text(text: str, language: str) -> None:
    assert {m.language for m in salarynorm.extract(text)} == {language}


def test_lang_names_the_language_whatever_the_text_says() -> None:
    # "bis zu" is an upper bound in German; read as English the same words mean nothing.
    de, = salarynorm.extract("bis zu 60.000 €", lang="de")
    assert (de.min, de.max, de.language) == (None, 60000, "de")
    en, = salarynorm.extract("bis zu 60.000 €", lang="en")
    assert (en.min, en.max, en.language) == (60000, 60000, "en")


def test_locale_gives_the_language_and_the_country() -> None:
    m, = salarynorm.extract("Der Lohn beträgt $5,000 im Monat", locale="de-US")
    assert (m.language, m.currency, m.currency_source) == ("de", "USD", CurrencySource.LOCALE)
    m, = salarynorm.extract("a fee of $500", locale="en_CA")
    assert (m.currency, m.currency_source) == ("CAD", CurrencySource.LOCALE)
    m, = salarynorm.extract("Rs 30 lakh per annum", locale="en-PK")
    assert m.currency == "PKR"


def test_the_text_and_the_default_outrank_the_locale() -> None:
    m, = salarynorm.extract("US$500", locale="en-CA")
    assert (m.currency, m.currency_source) == ("USD", CurrencySource.EXPLICIT)
    m, = salarynorm.extract("$500", locale="en-CA", default_currency="AUD")
    assert (m.currency, m.currency_source) == ("AUD", CurrencySource.DEFAULT)
    m, = salarynorm.extract("500 kr", locale="en-GB")  # no GBP among the readings of "kr": its convention
    assert (m.currency, m.currency_source) == ("SEK", CurrencySource.CONVENTION)


def test_parse_takes_the_same_language_arguments() -> None:
    m = salarynorm.parse("ab 3.000 € brutto monatlich", lang="de")
    assert m is not None
    assert (m.min, m.max, m.period, m.language) == (3000, None, salarynorm.Period.MONTH, "de")
    m = salarynorm.parse("$4,500 a month", locale="en-AU")
    assert m is not None and m.currency == "AUD"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"lang": "xx"}, "no language data for 'xx'"),
    ({"lang": "sv"}, "no language data for 'sv'"),
    ({"locale": "sv-SE"}, "no language data for 'sv'"),
    ({"lang": "de-CH"}, "locale='de-CH'"),
    ({"lang": "de", "locale": "en-GB"}, "different languages"),
    ({"locale": "de-Schweiz"}, "is not a locale"),
    ({"lang": ""}, "is not a language code"),
])
def test_a_language_salarynorm_cannot_read_is_an_error_naming_it(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(LanguageError, match=message):
        salarynorm.extract("5 €", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(LanguageError, match=message):
        salarynorm.parse("5 €", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [1, b"de", ["de"]])
def test_lang_and_locale_of_the_wrong_type_are_type_errors(value: object) -> None:
    with pytest.raises(TypeError, match="lang must be"):
        salarynorm.extract("5 €", lang=value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="locale must be"):
        salarynorm.extract("5 €", locale=value)  # type: ignore[arg-type]


def test_the_language_is_in_describe_but_not_in_the_contract_view() -> None:
    m, = salarynorm.extract("Gehalt: 4.000 € brutto/Monat")
    assert m.describe()["language"] == "de"
    assert "language" not in m.to_dict()


def test_a_regional_overlay_reads_what_its_country_writes() -> None:
    # South African text writes the rand "R" glued to any amount; elsewhere "R500" is a droid or a road.
    assert salarynorm.extract("Entry costs R500", locale="en-ZA")[0].currency == "ZAR"
    assert salarynorm.extract("Entry costs R500") == []
    assert salarynorm.extract("Entry costs N500", locale="en-NG")[0].currency == "NGN"
    # Swiss German decides "1.500" by its digits, as prices there write the point as the decimal mark;
    # German reads it as fifteen hundred.
    assert salarynorm.extract("Preis: 2.500 Franken", locale="de-CH")[0].amount == 2500
    assert salarynorm.extract("Preis: 2,500 Franken", lang="de")[0].amount == Decimal("2.5")
    assert salarynorm.extract("Preis: 2,500 Franken", locale="de-CH")[0].amount == 2500


@pytest.mark.parametrize(("text", "locale", "currency"), [
    ("Le salaire est de 50 000 $ par an", "fr-CA", "CAD"),
    ("Sueldo de $12,500 al mes", "es-MX", "MXN"),
    ("Salario de $3.500.000 mensuales", "es-CO", "COP"),
    ("Le salaire est de 50 000 $ par an", None, "USD"),  # the language alone names no country
])
def test_a_bare_dollar_is_the_locale_s_own(text: str, locale: str | None, currency: str) -> None:
    m, = salarynorm.extract(text, locale=locale)
    assert m.currency == currency


def test_in_brazil_a_bare_dollar_after_the_real_is_the_real() -> None:
    """Brazilian text writes "R$" and, once the real is named, "$" short for it; "$" alone stays the dollar."""
    first, second = salarynorm.extract("Paga R$ 3.000; o outro paga $ 4.000.", locale="pt-BR")
    assert (first.currency, second.currency) == ("BRL", "BRL")
    m, = salarynorm.extract("Custa $ 4.000.", locale="pt-BR")
    assert m.currency == "USD"
    first, second = salarynorm.extract("Paga R$ 3.000; o outro paga $ 4.000.")
    assert second.currency == "USD"  # no locale: no country to follow


def test_a_bare_dollar_on_one_end_of_a_range_is_the_other_end_s_dollar_sign() -> None:
    m, = salarynorm.extract("Salário de R$ 3.000 a $ 4.000 por mês")
    assert (m.min, m.max, m.currency, m.period.value if m.period else None) == (3000, 4000, "BRL", "month")
    m, = salarynorm.extract("NT$30,000-$40,000 a month")
    assert (m.min, m.max, m.currency) == (30000, 40000, "TWD")
