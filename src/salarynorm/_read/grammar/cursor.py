"""The cursor every rule reads through: the tokens of one window, its language, and token helpers.

A rule is a function ``rule(cur, i, ...)`` that looks at tokens around index ``i`` and returns what it read
(an index after it, a node, or None); it keeps no state of its own. The cursor itself never changes while
a window is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..._currency_table import CurrencyTable
from ..._lang import Lexicon, PhraseSet
from ..tokens import PUNCT, Token
from ..vocabulary import Vocabulary

__all__ = ["Cursor", "phrase_at", "phrase_before"]

SPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007")


class Cursor:
    """The tokens ``t`` of one window of ``text`` and what reading them needs.

    ``field`` is True for a money field (``salarynorm.parse``): there a bare number is an amount, letter
    signs that are ordinary words in prose ("R", "L", "BD") count, and "to X" opens a range downwards.
    """

    __slots__ = ("field", "lang", "n", "names", "t", "tab", "text", "v")

    def __init__(self, text: str, tokens: list[Token], v: Vocabulary, *, field: bool = False) -> None:
        self.text = text
        self.t = tokens
        self.n = len(tokens)
        self.field = field
        self.v = v
        self.lang: Lexicon = v.lang
        self.tab: CurrencyTable = v.tab
        self.names: Mapping[str, tuple[str, ...]] = v.names

    def low(self, i: int) -> str:
        """Token i in lower case, or "" outside the window."""
        return self.t[i].low if 0 <= i < self.n else ""

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        if i <= 0 or i >= self.n:
            return ""
        return self.t[i].gap

    def spaced_once(self, i: int) -> bool:
        """True when token i follows token i-1 after exactly one space-like character (or none)."""
        if i <= 0 or i >= self.n:
            return True
        g = self.t[i].gap
        return g == "" or (len(g) == 1 and g in SPACES)

    def near(self, i: int) -> bool:
        """Token i is attached to token i-1 or separated by plain spaces only (no line break)."""
        return i <= 0 or i >= self.n or self.t[i].near

    def is_punct(self, i: int, chars: str | frozenset[str]) -> bool:
        """Token i is one of the punctuation characters ``chars``."""
        return 0 <= i < self.n and self.t[i].kind == PUNCT and self.t[i].text in chars

    def words(self, i: int, j: int) -> str:
        """Tokens i..j-1, lower case, joined by single spaces."""
        return " ".join(self.t[x].low for x in range(i, j))


def phrase_at(cur: Cursor, i: int, phrases: PhraseSet, max_words: int = 5) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token i (0 if none)."""
    if i >= cur.n or cur.t[i].low.rstrip(".") not in phrases.first:
        return 0  # no phrase starts with this word: the common case, in one lookup
    best = 0
    words: list[str] = []
    for k in range(i, min(cur.n, i + max_words)):
        if k > i and not cur.near(k):
            break
        words.append(cur.t[k].low)
        joined = " ".join(words)
        if joined in phrases.entries or (joined.endswith(".") and joined[:-1] in phrases.entries):
            best = k - i + 1
    return best


def phrase_before(cur: Cursor, i: int, phrases: PhraseSet, max_words: int = 5) -> int:
    """Length in tokens of the longest phrase of ``phrases`` ending right before token i (0 if none)."""
    if i <= 0 or cur.t[i - 1].low.rstrip(".") not in phrases.last:
        return 0  # no phrase ends with this word
    best = 0
    words: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - max_words), -1):
        if not cur.near(k + 1):
            break
        words.insert(0, cur.t[k].low)
        joined = " ".join(words)
        if joined in phrases.entries or (joined.endswith(".") and joined[:-1] in phrases.entries):
            best = i - k
    return best
