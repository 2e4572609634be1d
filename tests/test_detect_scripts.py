"""Detection by script: a text mostly in letters of scripts that languages claim (the ``scripts`` key of
their data) is detected by them, not by Latin words. Each case is skipped until the packs it needs exist
and claim their scripts (Japanese, Chinese and Korean are being added)."""

from __future__ import annotations

import pytest

import salarynorm
from salarynorm._lang import languages, load
from salarynorm._lang.detect import detect


def _claims(*needed: str) -> None:
    missing = [language for language in needed if language not in languages() or not load(language).scripts]
    if missing:
        pytest.skip(f"no pack claiming a script yet for {', '.join(missing)}")


@pytest.mark.parametrize(("text", "language", "needed"), [
    ("年収600万円〜800万円", "ja", ("ja",)),             # Han and kana: kana is Japanese's alone
    ("月給は30万円です", "ja", ("ja",)),
    ("연봉 5000만원 이상", "ko", ("ko",)),                # Hangul: Korean's alone
    ("年薪30万元", "zh", ("ja", "zh")),                  # Han only: the words decide ("元")
    ("年収1000万円", "ja", ("ja", "zh")),                # Han only: "円" is Japanese
    ("工资五千", "zh", ("ja", "zh")),                    # Han only, no word of either: Chinese
])
def test_a_text_in_a_claimed_script_is_its_language(text: str, language: str, needed: tuple[str, ...]) -> None:
    _claims(*needed)
    assert detect(text) == language


def test_latin_text_quoting_a_claimed_script_is_detected_by_its_words() -> None:
    _claims("ja")
    assert detect("The salary is 5万円 per month, paid in yen to engineers in Tokyo") == "en"


def test_without_claimed_scripts_a_cjk_text_gives_no_language() -> None:
    if any(load(language).scripts for language in languages()):
        pytest.skip("a pack claims a script")
    assert detect("年収600万円〜800万円") is None


def test_the_base_claims_no_script() -> None:
    assert load("en").scripts == {} and load("de").scripts == {}


@pytest.mark.parametrize(("text", "language", "money"), [
    ("Senior engineer, 年収600万円〜800万円", "ja", "600万円〜800万円"),
    ("Backend engineer 연봉 4200만원", "ko", "4200만원"),
])
def test_an_undecided_latin_line_quoting_money_in_a_claimed_script_is_read_in_that_language(
        text: str, language: str, money: str) -> None:
    """A line with too few words to decide, whose money is written in a claimed script, is also read in the
    languages claiming it (``candidates``), and that reading, taking more of the line, wins."""
    _claims(language)
    (mention,) = salarynorm.extract(text)
    assert (mention.text, mention.language) == (money, language)
    assert mention.period is not None
