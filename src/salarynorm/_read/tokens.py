"""Stage 3 of reading: cutting a window of text into tokens (signs, numbers, words, punctuation).

One compiled regex, built once from the currency table's signs on first use. Every quantifier is
possessive or bounded, so it runs in linear time on any input.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from .._currency_table import table

__all__ = ["NUM", "PUNCT", "SIGN", "WORD", "WORD_SHAPED", "Token", "tokenize", "trie"]

SIGN: Final = 1
NUM: Final = 2
WORD: Final = 3
PUNCT: Final = 4

# A word: letters, with dots or apostrophes inside ("U.S.", "p.a.", "so'm") and an optional final dot
# ("Rs.", "approx."). Combining marks are not letters to the regex engine: signs written with them
# ("ரூ") are matched whole by the sign alternation instead, and other words may split at a mark, which
# changes nothing for money.
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}++(?:[.'’]{_LETTER}++)*+\.?+"
# A number: digit groups joined by single separators (grouping or decimal; read by the numbers stage), or a
# leading decimal point (".75"). Each separator must be followed by a digit.
_NUM = r"(?:\.(?=\d))?+\d++(?:(?:[.,'’\u00a0\u202f\u2009\uff0e]|(?<=[０-９])，(?=[０-９]))\d++)*+"
# Word-shaped signs ("zł", "Kč", "руб.", "Rs") are looked up from word tokens; the rest ("$", "A$", "R$",
# "د.إ", "ரூ") go into the sign alternation, longest first, so "US$" is one token, never "US" + "$".
WORD_SHAPED = re.compile(rf"^{_WORD}$")


class Token:
    """One token of a window: kind, surface, lowercase surface, absolute offsets, and the text between the
    previous token and this one (``gap``; "" when they touch, ``attached``)."""

    __slots__ = ("attached", "end", "gap", "kind", "low", "near", "start", "text")

    def __init__(self, kind: int, text: str, start: int, end: int, gap: str) -> None:
        self.kind = kind
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = end
        self.gap = gap
        self.attached = not gap
        #: Separated from the previous token by at most three spaces, no line break.
        self.near = len(gap) <= 3 and "\n" not in gap

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r}, {self.start})"


@functools.cache
def _sign_alternation() -> str:
    """Signs that are not word-shaped, as one prefix tree behind a one-character check, so the common case
    (a token that is no sign) costs a single set lookup."""
    t = table()
    signs = {s for s in list(t.signs) + list(t.non_iso) + list(t.minor_units) if not WORD_SHAPED.match(s)}
    tree = trie(sorted(signs))
    first = "".join(sorted({s[0] for s in signs}))
    # A sign ending in a letter must not run into a word ("R$" yes, "Rs" inside "Rsomething" no).
    return rf"(?=[{re.escape(first)}])(?:{tree})(?:(?<!{_LETTER})|(?!{_LETTER}))"


@functools.cache
def token_regex(unspaced: str = "", dictionary: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The window tokenizer: signs, numbers, words, single punctuation characters; spaces skipped.

    ``unspaced`` is the character class of letters a language writes without spaces between words (Chinese,
    Japanese; Korean glues its particles on): a run of them is cut into the ``dictionary``'s words, longest
    first, and single letters, while other letters form words as usual ("US$5万円" is "US$", "5", "万", "円").
    """
    if not unspaced:
        return re.compile(rf"(?P<s>{_sign_alternation()})|(?P<n>{_NUM})|(?P<w>{_WORD})|(?P<p>[^\s])")
    letter = rf"(?:(?![{unspaced}]){_LETTER})"
    spaced = rf"{letter}++(?:[.'’]{letter}++)*+\.?+"
    known = f"{trie(sorted(dictionary))}|" if dictionary else ""
    return re.compile(
        rf"(?P<s>{_sign_alternation()})|(?P<n>{_NUM})|(?P<w>{known}[{unspaced}]|{spaced})|(?P<p>[^\s])",
    )


_KINDS: Final = {"s": SIGN, "n": NUM, "w": WORD, "p": PUNCT}


def tokenize(text: str, start: int, end: int, dotted: frozenset[str],
             dotted_signs: frozenset[str] = frozenset(), elisions: tuple[str, ...] = (),
             pattern: re.Pattern[str] | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets. A sentence-final dot is split from the word it
    ends ("annum." is "annum" and "."), unless the word is an abbreviation that takes it ("Rs.", "est.": the
    language's ``dotted`` words); a word with dots inside keeps its final dot too ("U.S.", "z.B."), unless
    it is one of the ``dotted_signs`` before it ("ش.ج." is the shekel's sign and a full stop). A word that
    begins with one of the language's ``elisions`` is two tokens ("d'euros" is "d'" and "euros").
    ``pattern`` is the language's tokenizer (``token_regex``), the plain one by default."""
    out: list[Token] = []
    append = out.append
    prev_end = start
    kinds = _KINDS
    for m in (pattern or token_regex()).finditer(text, start, end):
        s, e = m.span()
        kind = kinds[m.lastgroup]  # type: ignore[index]
        word = m.group()
        gap = text[prev_end:s] if s != prev_end else ""
        if elisions and kind == WORD and ("'" in word or "’" in word):
            low = word.lower()
            cut = next((len(x) for x in elisions if low.startswith(x) and len(low) > len(x)), 0)
            if cut:
                append(Token(WORD, word[:cut], s, s + cut, gap))  # "d'" of "d'euros"
                word, s, gap = word[cut:], s + cut, ""
        if kind == WORD and word[-1] == "." and len(word) > 1 and word.lower() not in dotted \
                and ("." not in word[:-1] or word[:-1] in dotted_signs):
            append(Token(WORD, word[:-1], s, e - 1, gap))
            append(Token(PUNCT, ".", e - 1, e, ""))
        else:
            append(Token(kind, word, s, e, gap))
        prev_end = e
    if out:
        out[0].gap = " "  # the window's first token follows nothing the window knows of
        out[0].attached = False
    return out


def trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a prefix tree so the engine branches on one
    character at a time instead of trying hundreds of alternatives at every position."""
    tree: dict[str, dict[str, object]] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, object]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)  # type: ignore[arg-type]
