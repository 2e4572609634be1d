"""Failure behaviour: wrong argument types raise TypeError naming the type, bad codes and periods raise
salarynorm's own errors naming the value, and any ``str`` at all returns a list without raising.
"""

from __future__ import annotations

import pytest

import salarynorm

# --- Not a str: TypeError naming the type received -----------------------------------------------------
NOT_STR = [
    (b"Salary: $50,000", "bytes"),
    (bytearray(b"$5"), "bytearray"),
    (None, "NoneType"),
    (123, "int"),
    (12.5, "float"),
    (["$5"], "list"),
]


@pytest.mark.parametrize(("value", "type_name"), NOT_STR)
def test_extract_rejects_non_str(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=type_name):
        salarynorm.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "type_name"), NOT_STR)
def test_parse_rejects_non_str(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=type_name):
        salarynorm.parse(value)  # type: ignore[arg-type]


# --- Bad currency codes and periods name the value ---------------------------------------------------------
@pytest.mark.parametrize("code", ["DOLLARS", "XYZ", "US", "$", "", "EURO"])
def test_invalid_default_currency_raises_currency_error(code: str) -> None:
    with pytest.raises(salarynorm.CurrencyError, match=repr(code).replace("$", r"\$")) as info:
        salarynorm.extract("The bill came to $45", default_currency=code)
    assert info.value.value == code
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, salarynorm.SalarynormError)


def test_invalid_default_currency_raises_even_without_money() -> None:
    with pytest.raises(salarynorm.CurrencyError, match="XYZ"):
        salarynorm.extract("", default_currency="XYZ")


def test_parse_invalid_default_currency() -> None:
    with pytest.raises(salarynorm.CurrencyError, match="XYZ"):
        salarynorm.parse("20 000", default_currency="XYZ")


@pytest.mark.parametrize("period", ["sometimes", "per decade", "weekly-ish"])
def test_parse_invalid_default_period(period: str) -> None:
    with pytest.raises(salarynorm.PeriodError, match=period) as info:
        salarynorm.parse("25", default_period=period)
    assert info.value.value == period


def test_default_currency_of_wrong_type() -> None:
    with pytest.raises(TypeError, match="int"):
        salarynorm.extract("$5", default_currency=840)  # type: ignore[arg-type]


# --- Any str returns a list ----------------------------------------------------------------------------
ANY_STR = [
    pytest.param("", id="empty"),
    pytest.param(" \t\n\r ", id="whitespace"),
    pytest.param("\x00\x01\x02 $5 \x07\x1b[31m", id="control-chars"),
    pytest.param("\ud800", id="lone-high-surrogate"),
    pytest.param("\udfff$5\ud800", id="surrogates-around-money"),
    pytest.param("$\ud800 5", id="surrogate-inside-money"),
    pytest.param("💰 The bonus is $5,000 🎉🎉", id="emoji"),
    pytest.param("💵💵💵", id="emoji-only"),
    pytest.param("الراتب الشهري 5000 دولار أمريكي", id="arabic"),
    pytest.param("المبلغ $500 فقط", id="arabic-with-sign"),
    pytest.param("המשכורת 10,000 ₪ לחודש", id="hebrew"),
    pytest.param("\u202eUSD 500\u202c and \u200f$5\u200e", id="bidi-controls"),
    pytest.param("$" * 5000, id="dollar-signs"),
    pytest.param("$1" * 3000, id="glued-amounts"),
    pytest.param("1," * 5000 + "000 USD", id="long-number"),
    pytest.param("between " * 2000 + "$5", id="repeated-words"),
    pytest.param("(" * 3000 + "US$5" + ")" * 3000, id="deep-parentheses"),
    pytest.param("\ufeff$5\ufffd\ufffe", id="bom-and-replacement"),
    pytest.param("Ａ＄５ ＄５０ ５０円", id="fullwidth"),
]


@pytest.mark.parametrize("text", ANY_STR)
def test_any_str_returns_a_list(text: str) -> None:
    got = salarynorm.extract(text)
    assert isinstance(got, list)
    for m in got:
        assert text[m.start:m.end] == m.text
        m.to_dict()


@pytest.mark.parametrize("text", ANY_STR)
def test_any_str_parse_returns_mention_or_none(text: str) -> None:
    got = salarynorm.parse(text)
    assert got is None or isinstance(got, salarynorm.Mention)


def test_one_megabyte_of_prose() -> None:
    para = ("The council met on Tuesday to discuss the new library, which opened in 1998 and now serves "
            "160,000 residents. Inflation was 3.2% last year. ")
    text = para * (1_000_000 // len(para) + 1)
    text = text[:1_000_000]
    assert len(text) == 1_000_000
    assert salarynorm.extract(text) == []


def test_one_megabyte_with_money_scattered() -> None:
    para = "Residents voted on Tuesday. " * 40 + "The library costs $2.5 million. "
    text = para * (1_000_000 // len(para))
    got = salarynorm.extract(text)
    assert len(got) == text.count("$2.5 million")
    assert {m.min for m in got} == {2500000}



def test_dense_long_document_loses_no_mention() -> None:
    text = "Pay $5. " * 30000  # 240,000 characters, one mention every 8: several windows of the longest size
    got = salarynorm.extract(text)
    assert len(got) == 30000
