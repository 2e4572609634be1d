"""The anchor search: every currency word is found wherever it stands, whatever touches it, so that the
windows the grammar reads cover all the money. (Money is checked end to end elsewhere; these pin the
search's own edges: the text's start and end, case, non-ASCII neighbours.)"""

from __future__ import annotations

import pytest

import salarynorm
from salarynorm._read.anchors import find_anchors


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_anchors(text, "en")]


@pytest.mark.parametrize(("text", "words"), [
    ("zł 5", ["zł"]),
    ("руб 5", ["руб"]),
    ("5 РУБ", ["РУБ"]),
    ("5 ZŁ", ["ZŁ"]),
    ("5 Kč", ["Kč"]),
    ("USD 5", ["USD"]),
    ("5 usd", ["usd"]),
    ("→USD 5", ["USD"]),
    ("5\u00a0EUR", ["EUR"]),
    ("“dollars” 5", ["dollars"]),
    ("5—euros", ["euros"]),
    ("café usd 5", ["usd"]),
    ("Cena 50 zł i 30 руб. oraz 5 Kč", ["zł", "руб", "Kč"]),
])
def test_anchor_words_are_found_at_any_edge(text: str, words: list[str]) -> None:
    assert _found(text) == words


@pytest.mark.parametrize("text", ["some brand", "sombre", "caféusd", "usdé", "ALL 5 solutions"])
def test_words_inside_words_are_not_anchors(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("zł 5 za chleb", "zł 5"),
    ("руб. 300 за хлеб", "руб. 300"),
])
def test_money_at_the_start_of_the_text(text: str, want: str) -> None:
    assert [m.text for m in salarynorm.extract(text)] == [want]


@pytest.mark.parametrize("unit", ["it costs 500 pesos. ", "500 dollars ", "$1 ", "about €5 a day; "])
def test_money_dense_text_longer_than_a_window_loses_nothing(unit: str) -> None:
    """Windows are cut into bounded pieces on money-dense text; a cut never separates a number from the
    currency word after it."""
    text = unit * (200_000 // len(unit))
    mentions = salarynorm.extract(text)
    assert len(mentions) == 200_000 // len(unit)
    assert {m.text for m in mentions} == {salarynorm.extract(unit)[0].text}
