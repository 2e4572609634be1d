"""The scanner: finds where money may be (anchors) and cuts those windows of text into tokens.

Two compiled regexes, built once from the currency table and the lexicon on first use:

* the anchor regex finds currency signals (signs, codes, names, minor units): in running text no money
  exists without one, so text far from any anchor is never tokenized, which is what makes prose fast;
* the token regex cuts a window into signs, numbers, words and punctuation.

Every quantifier is possessive or bounded, so both run in linear time on any input.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from ._currency_table import table
from ._lexicon import LAKHS_PER_ANNUM, MONEY_MULTIPLIERS, SCALES

__all__ = ["NUM", "PUNCT", "SIGN", "WORD", "Token", "anchor_regex", "tokenize"]

SIGN: Final = 1
NUM: Final = 2
WORD: Final = 3
PUNCT: Final = 4

# A word: letters (with combining marks, for scripts that need them), dots or apostrophes inside
# ("U.S.", "p.a.", "so'm") and an optional final dot ("Rs.", "approx.").
_LETTER = r"[^\W\d_]"
_MARK = r"[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed" \
        r"\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a83" \
        r"\u0abc-\u0acd\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bcd\u0bd7\u0c00-\u0c04\u0c3e-\u0c56" \
        r"\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57\u0d81-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e" \
        r"\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_WORD_CHAR = rf"(?:{_LETTER}|{_MARK})"
_WORD = rf"{_WORD_CHAR}++(?:[.'’]{_WORD_CHAR}++)*+\.?+"
# A number: digit groups joined by single separators (grouping or decimal; read by _numbers), or a
# leading decimal point (".75"). Each separator must be followed by a digit.
_NUM = r"(?:\.(?=\d))?+\d++(?:[.,'’\u00a0\u202f\u2009]\d++)*+"
# Word-shaped signs ("zł", "Kč", "руб.", "Rs") are looked up from word tokens; the rest ("$", "A$", "R$",
# "د.إ", "ரூ") go into the sign alternation, longest first, so "US$" is one token, never "US" + "$".
_WORD_SHAPED = re.compile(rf"^{_WORD}$")


class Token:
    """One token of a window: kind, surface, lowercase surface, absolute offsets, and whether it touches
    the previous token (no space between)."""

    __slots__ = ("attached", "end", "kind", "low", "start", "text")

    def __init__(self, kind: int, text: str, start: int, end: int, attached: bool) -> None:
        self.kind = kind
        self.text = text
        self.low = text.lower()
        self.start = start
        self.end = end
        self.attached = attached

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r}, {self.start})"


@functools.cache
def _sign_alternation() -> str:
    signs = [s for s in table().signs if not _WORD_SHAPED.match(s)]
    signs += [s for s in table().non_iso if not _WORD_SHAPED.match(s) and s not in signs]
    signs += [s for s in table().minor_units if not _WORD_SHAPED.match(s) and s not in signs]
    parts = []
    for s in sorted(set(signs), key=lambda x: (-len(x), x)):
        p = re.escape(s)
        if re.match(_LETTER, s[0]):
            p = rf"(?<!{_LETTER}){p}"
        if re.match(_LETTER, s[-1]):
            p = rf"{p}(?!{_WORD_CHAR})"
        parts.append(p)
    return "|".join(parts)


@functools.cache
def token_regex() -> re.Pattern[str]:
    """The window tokenizer: signs, numbers, words, single punctuation characters; spaces skipped."""
    return re.compile(
        rf"(?P<s>{_sign_alternation()})|(?P<n>{_NUM})|(?P<w>{_WORD})|(?P<p>[^\s])",
    )


@functools.cache
def _dotted_words() -> frozenset[str]:
    """Words that keep a final dot ("Rs.", "approx.", "est.", "c."): abbreviations the data and the lexicon
    spell with it. Any other word's final dot is sentence punctuation and becomes a token of its own."""
    from . import _lexicon as lx

    t = table()
    words: set[str] = set()
    sources: list[object] = [t.signs, t.names, t.minor_units, t.non_iso, lx.BOUNDS_BEFORE, lx.BOUNDS_AFTER,
                             lx.APPROX_BEFORE, lx.APPROX_AFTER, lx.PERIOD_WORDS, lx.EQUIVALENT_LEADS,
                             lx.ESTIMATE_MARKERS, lx.MULTIPLIERS, lx.OPEN_TOP_WORDS, lx.CHANGE_WORDS]
    for src in sources:
        for key in src:  # type: ignore[attr-defined]
            for w in str(key).split():
                if w.endswith(".") and len(w) > 1:
                    words.add(w.lower())
    words.update({"mr.", "mrs.", "ms.", "dr.", "st.", "no.", "vs.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr."})
    return frozenset(words)


_KINDS: Final = {"s": SIGN, "n": NUM, "w": WORD, "p": PUNCT}


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets. A sentence-final dot is split from the word it
    ends ("annum." is "annum" and "."), unless the word is an abbreviation that takes it ("Rs.", "est.")."""
    out: list[Token] = []
    prev_end = -1
    dotted = _dotted_words()
    for m in token_regex().finditer(text, start, end):
        s, e = m.start(), m.end()
        kind = _KINDS[m.lastgroup or "p"]
        word = m.group()
        if kind == WORD and word[-1] == "." and len(word) > 1 and word.lower() not in dotted \
                and "." not in word[:-1]:
            out.append(Token(WORD, word[:-1], s, e - 1, s == prev_end))
            out.append(Token(PUNCT, ".", e - 1, e, True))
        else:
            out.append(Token(kind, word, s, e, s == prev_end))
        prev_end = e
    return out


def _trie(words: list[str]) -> str:
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


@functools.cache
def anchor_regex() -> re.Pattern[str]:
    """Finds currency signals in running text: non-letter sign characters, word-shaped signs, the head
    word of every currency name (case-insensitive: "dollars", "euro", "rupees"), ISO codes in capitals,
    optionally scale-prefixed ("USD", "MUSD"), minor units and money multipliers ("cents", "grand",
    "lakh", "LPA"). The grammar decides whether an anchor is money; the anchor only says where to look."""
    t = table()
    chars: set[str] = set()
    literals: set[str] = set()
    words: set[str] = set()
    for s in list(t.signs) + list(t.non_iso) + list(t.minor_units):
        if _WORD_SHAPED.match(s):
            words.add(s.lower())
            continue
        # Anchor on the sign's distinctive character ("$" of "A$", "₹"), never on a letter or on common
        # punctuation; a sign made only of those ("B/.", "S/") is anchored as a whole.
        special = [ch for ch in s if not (ch.isalnum() or ch.isspace() or ch in "./,'-_")]
        if special:
            chars.add(special[0])
        else:
            literals.add(s)
    for name in t.names:
        words.add(name.split()[-1])
    words.update(MONEY_MULTIPLIERS)
    words.update(w for w in SCALES if w.startswith(("lakh", "lac", "crore")))
    words.update(p.split()[0] for p in LAKHS_PER_ANNUM)
    words.update(c.lower() for c in t.currencies if c not in t.codes_that_are_words)
    # Single ASCII letters ("R", "p") are no anchors; single ideographs ("元", "円") are.
    words = {w.rstrip(".") for w in words if len(w.rstrip(".")) > 1 or not w.isascii()}
    sign_chars = "".join(sorted(chars))
    lits = "|".join(re.escape(x) for x in sorted(literals, key=lambda x: (-len(x), x)))
    pattern = (
        rf"[{re.escape(sign_chars)}]"
        + (rf"|(?<!{_LETTER})(?:{lits})" if lits else "")
        + rf"|(?<=\d)\s?[pc](?!{_LETTER})"  # "99p", "50c", "10 c"
        rf"|(?<!{_LETTER})(?:[MK]?[A-Z]{{3}}|(?i:{_trie(sorted(words))}))(?!{_LETTER})"
    )
    return re.compile(pattern)
