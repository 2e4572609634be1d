"""Money written as each language's own text writes it reads back as written, when the language is named.

The generators (``salarynorm.strategies.in_language``) take every word from the language's data (its
currency names, multipliers, range, bound and approximation words, period phrases) and write numbers with
its decimal mark, so this property covers the whole language pack: a word the data lists and the grammar
does not read fails here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst

from .conftest import check_mentions

LANGUAGES = [lang for lang in salarynorm._lang.languages() if lang != "en"]  # English: test_round_trip.py


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_money_in_the_language_round_trips(language: str, data: st.DataObject) -> None:
    """An amount, a range ("zwischen X und Y", "X bis Y", "X–Y", the currency written once or on both
    ends), an open bound ("bis zu", "ab", "mindestens") or an approximation ("rund", "etwa", "ca.") in the
    language's number format and currency words, with an optional period phrase ("pro Jahr", "im Monat",
    "/Monat", "monatlich"), extracts with ``lang=`` to exactly one mention with the drawn values. In
    Chinese, Japanese and Korean the number is glued to its currency and counted in myriads, in digits,
    numeral characters or both ("480万円", "三千五百元", "3억 5천만원"), with a pay noun carrying the period
    in front ("年収", "연봉") and bounds and approximations after the amount ("以上", "이하", "左右")."""
    expected = data.draw(sst.in_language(language))
    mentions = salarynorm.extract(expected.text, lang=language)
    check_mentions(expected.text, mentions)
    assert len(mentions) == 1, f"{expected.text!r}: {[m.to_dict() for m in mentions]}"
    expected.assert_matches(mentions[0])
