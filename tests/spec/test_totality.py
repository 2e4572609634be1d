"""Totality: any str whatsoever is read without error, and whatever comes back keeps the contract."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst

from .conftest import check_mention, check_mentions

# Every code point Python's str can hold, lone surrogates included, plus the texts that stress a money
# grammar (signs, numbers in every format, lexicon words, rendered money glued together).
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(exclude_categories=())),
    st.text(alphabet=st.characters(categories=["Cs", "Cc", "Cf", "So", "Sc"])),
    st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x08FF)),  # Hebrew, Arabic, Syriac
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)),  # emoji
    sst.messy_text(),
)


@given(any_text)
def test_extract_is_total(text: str) -> None:
    """For any str, ``extract`` returns a list and never raises. Every mention's ``text`` is exactly
    ``source[start:end]``; mentions come in text order and never overlap (nor do their equivalents);
    ``min <= max`` when both are set and at least one is; ``to_dict()`` has exactly the contract's keys,
    with plain decimal strings, an ISO code or null, a period name or null, and survives JSON; an
    equivalent never shares its primary's currency and has no equivalents of its own."""
    check_mentions(text, salarynorm.extract(text))


@given(any_text)
def test_extract_is_deterministic(text: str) -> None:
    """Reading the same text twice gives the same mentions."""
    assert salarynorm.extract(text) == salarynorm.extract(text)


@given(any_text, st.sampled_from([None, "USD", "AUD", "EUR", "jpy"]))
def test_extract_with_default_currency_is_total(text: str, default: str | None) -> None:
    """``default_currency`` (any ISO code, any case) never makes ``extract`` raise or break the contract."""
    check_mentions(text, salarynorm.extract(text, default_currency=default))


@given(any_text, st.sampled_from([None, "GBP", "usd"]), st.sampled_from([None, "year", "hour", "per annum"]))
def test_parse_is_total(field: str, default: str | None, period: str | None) -> None:
    """For any str, ``parse`` returns None or one well-formed Mention of that field, and never raises,
    whatever the defaults."""
    m = salarynorm.parse(field, default_currency=default, default_period=period)
    if m is not None:
        check_mention(field, m)
