"""Text around money, and text without money: neutral prose, numbers that are no money, messy text."""

from __future__ import annotations

import re
from typing import Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._currency_table import table
from ._forms import _vocabulary
from ._money import bounded, equivalents, money, ranges
from ._values import Embedded, RenderedMoney

# --------------------------------------------------------------------------------------------------------
# Text around money, and text without money
# --------------------------------------------------------------------------------------------------------


@st.composite
def _prose(draw: st.DrawFn, min_sentences: int, max_sentences: int, end_sentence: bool) -> str:
    vocab = _vocabulary()
    n = draw(st.integers(min_sentences, max_sentences))
    sentences = []
    for k in range(n):
        words = draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=12))
        if len(words) > 3 and draw(st.booleans()):
            cut = draw(st.integers(1, len(words) - 1))
            words[cut - 1] += draw(st.sampled_from([",", ";"]))
        sentence = " ".join(words)
        sentence = sentence[:1].upper() + sentence[1:]
        last = k == n - 1 and not end_sentence
        sentences.append(sentence + (" " if last else draw(st.sampled_from([". ", ". ", "! ", "? ", ".\n"]))))
    return "".join(sentences)


def prose(*, min_sentences: int = 0, max_sentences: int = 3, end_sentence: bool = True) -> SearchStrategy[str]:
    """Filler sentences that cannot change a money mention: no digits, no currency word or sign, none of
    the lexicon's bound, approximation, period, range or number words; each sentence ends with ". " (or
    "! ", "? ", ".\\n"). With ``end_sentence`` False the last sentence is left open, ending with a space,
    so money can follow mid-sentence.

    Examples:
        >>> any(ch.isdigit() for ch in prose().example())
        False
    """
    return _prose(min_sentences, max_sentences, end_sentence)


_COUNT_NOUNS: Final = ("actors", "people", "visitors", "students", "trees", "books", "cars", "employees",
                       "members", "votes", "signatures", "downloads", "followers", "pages", "steps", "runners")


@st.composite
def _non_money_fragment(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["int", "decimal", "percent", "year", "date", "time", "phone", "version",
                                 "fixed", "count", "ordinal", "range", "big"]))
    if kind == "int":
        return str(draw(st.integers(0, 10**7)))
    if kind == "decimal":
        return f"{draw(st.integers(0, 999))}.{draw(st.integers(0, 99)):02d}"
    if kind == "percent":
        n = draw(st.sampled_from(["5", "12.5", "100", "0.25", "3,5"]))
        return n + draw(st.sampled_from(["%", " %", " percent", " per cent", " pct"]))
    if kind == "year":
        return str(draw(st.integers(1800, 2199)))
    if kind == "date":
        y, mo, d = draw(st.integers(1900, 2100)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
        return draw(st.sampled_from([f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}", f"{d:02d}.{mo:02d}.{y}",
                                     f"{d} May {y}", f"June {d}, {y}", f"{mo}/{d}"]))
    if kind == "time":
        h, mi = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        return f"{h}:{mi:02d}" + draw(st.sampled_from(["", " am", " h", ":30"]))
    if kind == "phone":
        a, b, c = draw(st.integers(200, 999)), draw(st.integers(200, 999)), draw(st.integers(1000, 9999))
        return draw(st.sampled_from([f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"{a} {b} {c}", f"+44 20 {b} {c}",
                                     f"0{a} {b}{c}"]))
    if kind == "version":
        x, y, z = draw(st.integers(0, 20)), draw(st.integers(0, 20)), draw(st.integers(0, 20))
        return draw(st.sampled_from([f"v{x}.{y}.{z}", f"version {x}.{y}", f"{x}.{y}.{z}", f"release {x}.{y}"]))
    if kind == "fixed":
        return draw(st.sampled_from(["401(k)", "Fortune 500", "24/7", "Q3", "Q4 2024", "9/11", "Route 66",
                                     "Boeing 747", "Windows 11", "COVID-19", "3D", "4K video", "5G", "Section 8",
                                     "Room 101", "Catch-22", "1st", "2nd", "3rd", "20th century", "No. 5"]))
    if kind == "count":
        n = draw(st.sampled_from(["160,000", "2,500", "12", "1.5 million", "300", "3 million", "45k", "2 billion",
                                  "10 thousand", "12 lakh"]))
        return f"{n} {draw(st.sampled_from(_COUNT_NOUNS))}"
    if kind == "ordinal":
        nth = draw(st.integers(1, 99))
        ending = "th" if 10 <= nth % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
        return f"{nth}{ending}"
    if kind == "range":
        a = draw(st.integers(1, 50))
        return f"{a}-{a + draw(st.integers(1, 50))} {draw(st.sampled_from(_COUNT_NOUNS))}"
    return f"{draw(st.integers(1, 999)):,} {draw(st.sampled_from(_COUNT_NOUNS))}"


@st.composite
def _non_money(draw: st.DrawFn) -> str:
    vocab = _vocabulary()
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        before = draw(st.lists(st.sampled_from(vocab), max_size=4))
        after = draw(st.lists(st.sampled_from(vocab), max_size=4))
        parts.append(" ".join([*before, draw(_non_money_fragment()), *after]))
    return draw(st.sampled_from([". ", ", ", "; "])).join(parts) + draw(st.sampled_from(["", "."]))


def non_money() -> SearchStrategy[str]:
    """Text full of numbers and no money: bare integers and decimals, percentages ("5%"), years and
    dates, times ("10:30"), phone numbers, versions ("v1.2.3"), "401(k)", "Fortune 500", "24/7", "Q3",
    counts ("160,000 actors", "1.5 million people"). salarynorm must find nothing in it.

    Examples:
        >>> isinstance(non_money().example(), str)
        True
    """
    return _non_money()


@st.composite
def _in_prose(draw: st.DrawFn, base: SearchStrategy[RenderedMoney]) -> Embedded:
    m = draw(base)
    prefix = draw(prose(end_sentence=draw(st.booleans())))
    last_word = m.text.split()[-1] if m.text.split() else ""
    seps = [", ", "; ", ". ", "! "]
    if last_word.rstrip(".").lower() not in {"plus", "max", "min", "maximum", "minimum"}:
        seps.append(" ")  # "£30k plus benefits": a word right after "plus" may say it is no bound
    last = re.search(r"[^\W\d_][\w.'’ʻ]*$", m.text)
    if m.text.endswith(".") or (last is not None and last.group() + "." in table().signs):
        # "kr." is another sign than "kr", "МАН." the same as "МАН": a full stop right after such a sign
        # is ambiguous, so the sentence goes on instead.
        seps = [s for s in seps if not s.startswith((".", "!"))] or [" "]
    sep = draw(st.sampled_from(seps))
    suffix = draw(prose(min_sentences=1)) if draw(st.booleans()) else ""
    tail = sep.rstrip() if not suffix else sep + suffix
    return Embedded(prefix + m.text + tail, len(prefix), m)


def in_prose(base: SearchStrategy[RenderedMoney]) -> SearchStrategy[Embedded]:
    """What ``base`` draws, with :func:`prose` before and after it.

    Examples:
        >>> e = in_prose(money()).example()
        >>> e.text[e.offset:].startswith(e.money.text)
        True
    """
    return _in_prose(base)


_MESSY_PIECES: Final = (
    "$", "€", "£", "¥", "₹", "US$", "A$", "C$", "HK$", "R$", "kr", "Rs.", "zł", "USD", "EUR", "GBP", "dollars",
    "euros", "pounds", "cents", "p", "k", "K", "m", "M", "bn", "mn", "million", "billion", "lakh", "crore",
    "grand", "LPA", "per", "a", "an", "/", "/hr", "p.a.", "per annum", "hourly", "up to", "at least", "over",
    "under", "+", "or more", "about", "~", "between", "and", "from", "to", "-", "–", "—", "(", ")", "[", "]",
    ",", ".", "'", "’", ":", ";", "%", "0", "1", "12", "123", "1,234", "1.234", "1 234", "1\u00a0234",
    "12,34,567", "0.5", ".75", "twenty", "thirty-five", "thousand", "half", "hundred", "one", "point",
    "\u202f", "\u2009", "\n", "\t", "\u200b", "\u200f", "\u202e", "\ufeff", "🙂", "👍🏽", "مرحبا", "שלום",
    "ر.س", "د.إ", "руб.", "₽", "元", "円", "₩", "\ud800", "\udfff", "\x00", "\x1b",
)


def messy_text(*, max_size: int = 300) -> SearchStrategy[str]:
    """Any text, biased towards what stresses a money grammar: Unicode of every category (lone
    surrogates, emoji, right-to-left scripts, control and format characters included), soups of currency
    signs, numbers in every format and the lexicon's words, and rendered money glued together.

    Examples:
        >>> isinstance(messy_text().example(), str)
        True
    """
    every_character = st.characters(exclude_categories=())
    piece = st.one_of(st.sampled_from(_MESSY_PIECES), st.text(max_size=3))
    glue = st.sampled_from(["", " ", " ", "\u00a0", "\n"])
    soup = st.lists(st.tuples(piece, glue), max_size=max(1, max_size // 3)).map(
        lambda parts: "".join(a + b for a, b in parts))
    rendered = st.lists(st.one_of(money().map(lambda m: m.text), ranges().map(lambda m: m.text),
                                  bounded().map(lambda m: m.text), equivalents().map(lambda m: m.text),
                                  st.sampled_from(_MESSY_PIECES), st.text(max_size=4)),
                        max_size=8).flatmap(lambda parts: glue.map(lambda g: (g or " ").join(parts)))
    return st.one_of(
        st.text(max_size=max_size),
        st.text(alphabet=every_character, max_size=max_size),
        soup,
        rendered,
    )
