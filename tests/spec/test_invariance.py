"""Invariance: text around money that says nothing about money changes nothing."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst
from salarynorm._currency_table import table
from salarynorm._lang import PhraseSet, load
from salarynorm._lang.schema import SCHEMA
from salarynorm.strategies import Embedded, RenderedMoney

from .conftest import check_mentions, shifted

EN = load("en")

any_money = st.one_of(
    sst.money(),
    sst.ranges(),
    sst.bounded(),
    sst.approximately(),
    sst.with_period(sst.money()),
    sst.equivalents(),
)


@given(sst.in_prose(any_money))
def test_neutral_prose_changes_nothing(doc: Embedded) -> None:
    """Money embedded in neutral prose (no digits, no currency, none of the lexicon's words) before and
    after it, mid-sentence or as its own sentence, gives the same mentions as the money alone: same text,
    min, max, currency, period, approximation and equivalents, with every offset shifted by the length of
    the prose before it."""
    alone = salarynorm.extract(doc.money.text)
    inside = salarynorm.extract(doc.text)
    check_mentions(doc.text, inside)
    assert [m.to_dict() for m in inside] == [shifted(m.to_dict(), doc.offset) for m in alone]


@given(sst.in_prose(any_money))
def test_embedded_money_reads_as_expected(doc: Embedded) -> None:
    """Money embedded in neutral prose is found as exactly one mention, the expected one."""
    inside = salarynorm.extract(doc.text)
    assert len(inside) == 1, f"{doc.text!r}: {[m.to_dict() for m in inside]}"
    doc.expected.assert_matches(inside[0])


@given(sst.prose(), sst.prose(end_sentence=False))
def test_prose_alone_has_no_money(first: str, second: str) -> None:
    """The neutral prose itself holds no money."""
    assert salarynorm.extract(first + second) == []


def _lexicon_characters() -> frozenset[str]:
    """Every character of a word, sign or phrase salarynorm knows: those may change a mention."""
    chars: set[str] = set()
    for key in SCHEMA:
        value = getattr(EN, key)
        entries = value.entries if isinstance(value, PhraseSet) else [value] if isinstance(value, str) else value
        for entry in entries:
            chars.update(str(entry))
    tab = table()
    for key in [*tab.signs, *tab.minor_units, *tab.non_iso]:
        chars.update(key)
    return frozenset(chars)


# Unicode spaces and invisible format characters: what separates words in text from the web, PDFs and
# right-to-left scripts (no-break, em, ideographic and zero-width spaces, line separators, direction
# marks, the byte-order mark).
UNICODE_SPACING = sorted(
    {chr(c) for c in range(0x10000) if chr(c).isspace() and c > 0x20}
    | {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c"}
)
# Symbols and quotation marks no lexicon entry or currency sign uses: arrows, bullets, stars, check marks,
# typographic quotes, maths operators.
NEUTRAL_SYMBOLS = st.characters(categories=["So", "Sm", "Pi", "Pf"], min_codepoint=0x80).filter(
    lambda ch: ch not in _lexicon_characters() and ch not in "’‘"
)
single_money = st.one_of(sst.money(), sst.ranges(period=False))


@given(single_money, st.sampled_from(UNICODE_SPACING), st.sampled_from(UNICODE_SPACING),
       sst.prose(min_sentences=1), sst.prose(min_sentences=1))
def test_unicode_spacing_around_money_changes_nothing(money: RenderedMoney, left: str, right: str,
                                                      before: str, after: str) -> None:
    """Money separated from the text around it by any Unicode space or invisible format character
    (no-break, em or ideographic space, line separator, zero-width space, direction marks, byte-order
    mark) instead of an ASCII space reads the same as the money alone."""
    doc = before.rstrip(" ") + left + money.text + right + after
    offset = len(before.rstrip(" ")) + len(left)
    alone = salarynorm.extract(money.text)
    inside = salarynorm.extract(doc)
    check_mentions(doc, inside)
    assert [m.to_dict() for m in inside] == [shifted(m.to_dict(), offset) for m in alone]


@given(single_money, NEUTRAL_SYMBOLS, NEUTRAL_SYMBOLS)
def test_adjacent_symbols_change_nothing(money: RenderedMoney, left: str, right: str) -> None:
    """A symbol or quotation mark the lexicon does not know ("→", "•", "★", "✓", "«", "»", "“", "”"),
    right before or right after money, changes nothing: "→USD 5" reads like "USD 5"."""
    doc = left + money.text + right
    alone = salarynorm.extract(money.text)
    inside = salarynorm.extract(doc)
    check_mentions(doc, inside)
    assert [m.to_dict() for m in inside] == [shifted(m.to_dict(), 1) for m in alone]


MARKUP = [("'", "'"), ('"', '"'), ("*", "*"), ("**", "**"), ("_", "_"), ("<b>", "</b>"), ("<td>", "</td>"),
          ("[", "]"), ("`", "`")]


@given(single_money, st.sampled_from(MARKUP))
def test_quotes_and_markup_around_money_change_nothing(money: RenderedMoney, markup: tuple[str, str]) -> None:
    """Money in straight quotes or markup ('a "$1 billion" deal', "**$100k**", "<td>$45,000</td>") reads
    like the money alone. Only a "$" before one or two bare digits may be code there ("echo '$2'",
    "`$1`"): a positional parameter rather than money."""
    assume(not re.search(r"\$\s?\d{1,2}\b(?![.,]\d)", money.text))  # "$5", "$1-2": may be code here
    left, right = markup
    doc = left + money.text + right
    alone = salarynorm.extract(money.text)
    inside = salarynorm.extract(doc)
    check_mentions(doc, inside)
    assert [m.to_dict() for m in inside] == [shifted(m.to_dict(), len(left)) for m in alone]
