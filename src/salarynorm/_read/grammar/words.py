"""Numbers in words: "twenty dollars", "two and a half million euros", "fifty grand".

Rule ``words_at``: the longest number in words starting at a token, read by the language's own hook
(``salarynorm._lang.<language>.read_number_words``: how number words compose is what data cannot say),
with hyphens joining words as spaces would ("one-and-a-half million") and a money multiplier after it
("fifty grand"). The tail of a hyphenated phrase never starts a number of its own ("half" of
"one-and-a-half").
"""

from __future__ import annotations

from typing import Final

from ..._decimals import scaled
from ..tokens import PUNCT, WORD
from .cursor import Cursor
from .digits import multiplier_at
from .nodes import Amount
from .numerals import numeral_at

__all__ = ["MAX_NUMBER_WORDS", "words_at"]

# Number words read ahead at most (a number in words longer than this is not money writing).
MAX_NUMBER_WORDS: Final = 40


def words_at(cur: Cursor, i: int) -> Amount | None:
    """The number in words starting at token i, or None."""
    lang = cur.lang
    if lang.myriad_scales:
        return numeral_at(cur, i)  # "七万", "이천칠백삼십오만": numerals, not words
    w = cur.t[i].low
    if not (w in lang.units or w in lang.tens or w in lang.articles or w in lang.fractions
            or cur.v.numeral_word(w)):
        return None
    if i >= 2 and cur.t[i].attached and cur.is_punct(i - 1, "-") and cur.t[i - 1].attached \
            and cur.t[i - 2].kind == WORD:
        return None  # the tail of a hyphenated phrase: "half" of "one-and-a-half"
    words: list[str] = []
    index: list[int] = []
    for k in range(i, min(cur.n, i + MAX_NUMBER_WORDS)):
        tk = cur.t[k]
        if k > i and not cur.near(k):
            break
        if tk.kind == WORD:
            words.append(tk.low)
        elif tk.kind == PUNCT and tk.text == "-" and tk.attached:
            if words and words[-1] not in lang.tens and k + 1 < cur.n and cur.t[k + 1].attached \
                    and cur.t[k + 1].kind == WORD:
                continue  # "one-and-a-half million": the hyphens join words, as spaces would
            words.append("-")
        else:
            break
        index.append(k)
    got = lang.read_number_words(lang, words, 0)
    if got is None:
        return None
    value, used = got
    amt = Amount(value, i, index[used - 1] + 1, words=True)
    if any(words[u] in lang.scales for u in range(used)):
        amt.mult = 3
        amt.scale_word = next(words[u] for u in range(used - 1, -1, -1) if words[u] in lang.scales)
    mult = multiplier_at(cur, amt.t1)
    if mult is not None and mult[2]:  # "fifty grand"
        amt.number = scaled(amt.number, mult[0])
        amt.mult = mult[0]
        amt.t1 += mult[1]
        amt.grand = True
    return amt
