"""Reading money in text, stage by stage, in this order (one module each):

1. ``anchors``: every currency signal in the text, in one pass: where money may be;
2. ``windows``: text around the anchors, merged and bounded: the only text read further;
3. ``tokens``: each window cut into signs, numbers, words and punctuation;
4. ``numbers``: digits read in every grouping convention (number words: each language's hook);
5. ``grammar``: tokens to expressions (amounts, ranges, bounds, approximation, periods, restatements),
   one module per group of rules, every word from the language data (``vocabulary``);
6. ``resolve``: each expression's currency decided per document, and ``Mention`` objects built.

``read_text`` runs stages 1-5 on running text, ``read_field`` stages 3-5 on one money field; ``read_best``
runs either in the language that reads most of an undecided text. The public ``extract`` and ``parse``
(``salarynorm._api``) choose the language and add stage 6.
"""

from __future__ import annotations

import functools
from typing import Final

from .._lang.detect import candidates
from .anchors import find_anchors
from .clauses import govern
from .grammar import Cursor, Expr, parse_window
from .layout import layout_periods
from .tokens import NUM, Token, tokenize
from .vocabulary import Vocabulary, vocabulary
from .windows import LOOKBACK, MAX_EXTEND, grow_back, grow_forward, windows

__all__ = ["DEFAULT_LANGUAGE", "Expr", "Vocabulary", "read_best", "read_field", "read_text", "vocabulary"]

#: The reading when neither the call nor the text says which language it is.
DEFAULT_LANGUAGE: Final = "en"
# An undecided text this short is also read in the languages its words point to, and the reading that
# takes the most of it for money wins (the default's on a tie); at most this many other languages are tried.
_SHORT: Final = 1000
_TRIES: Final = 2
# How many tokens after the last expression of a window may still be its connector and second end.
_RUN_ON: Final = 8


@functools.cache
def _connector_words(tag: str) -> frozenset[str]:
    """The words a range connector starts with in a language: its range words ("to", "up" of "up to") and
    the closers of its openers ("and" of "between")."""
    lang = vocabulary(tag).lang
    return frozenset({p.split()[0] for p in lang.range_words if p.split()}
                     | {c for closers in lang.range_openers.values() for c in closers})


def _runs_on(tokens: list[Token], k: int, v: Vocabulary) -> bool:
    """True when the window's last few tokens from index k are a range word and then only numbers or words
    that may stand inside an expression ("to as much as 1", "through not exceeding"): the window may have
    cut an expression's second end."""
    if not 0 < len(tokens) - k <= _RUN_ON or tokens[k].low not in _connector_words(v.lang.tag):
        return False
    return all(t.kind == NUM or t.low in v.inner_words for t in tokens[k:])


def _runs_back(tokens: list[Token], k: int, v: Vocabulary) -> bool:
    """True when every token of the window before index k is a number or a word that may stand inside an
    expression ("billion up to a maximum of" before "2 billion Australian dollars"): the window may have
    cut an expression's first end."""
    return k <= 2 * _RUN_ON and all(t.kind == NUM or t.low in v.inner_words for t in tokens[:k])


def read_text(text: str, v: Vocabulary) -> list[Expr]:
    """The money expressions of running text, in order, none overlapping."""
    exprs: list[Expr] = []
    floor = 0
    n = len(text)
    spans = windows(text, find_anchors(text, v.lang.tag), v.lang.sentence_ends)
    index = 0
    while index < len(spans):
        s, e, anchors = spans[index]
        index += 1
        tokens = tokenize(text, s, e, v.dotted_words, v.dotted_signs, v.elisions, v.tokens)
        found = parse_window(Cursor(text, tokens, v), anchors)
        for _ in range(MAX_EXTEND):
            if found and s > floor and (found[0].t0 < LOOKBACK or _runs_back(tokens, found[0].t0, v)):
                # An expression that starts within a few words of the window's start may have words before
                # it that matter ("annual pay of ...", "at least ...", "cut ... from"), or may start earlier
                # still ("thirty five million seven hundred ... dollars"): read further back.
                s = grow_back(text, s, floor)
            elif found and e < n and (found[-1].next >= len(tokens) - 2 or _runs_on(tokens, found[-1].next, v)):
                # An expression running into the window's end ("AUD 1 trillion – 10 trillion each day") may
                # go on, also when only words that join a range's second end stand between them ("AUD 10,000
                # to as much as 1,000,000" cut after "as much as 1"): read further, taking in the next window
                # if it is reached.
                e = grow_forward(text, e)
                while index < len(spans) and spans[index][0] <= e:
                    e = max(e, spans[index][1])
                    anchors = anchors + spans[index][2]
                    index += 1
            else:
                break
            tokens = tokenize(text, s, e, v.dotted_words, v.dotted_signs, v.elisions, v.tokens)
            found = parse_window(Cursor(text, tokens, v), anchors)
        exprs.extend(found)
        floor = e
    layout_periods(text, exprs, v)  # a period stated by a table's header or a list's header line
    govern(text, exprs, v)  # a period stated on the pay noun a clause away ("monthly salary ... is X")
    return exprs


def read_field(field: str, v: Vocabulary) -> list[Expr]:
    """The money expressions of one money field (a bare number is an amount there), in order, without
    dates ("July, 2004")."""
    tokens = tokenize(field, 0, len(field), v.dotted_words, v.dotted_signs, v.elisions, v.tokens)
    return [e for e in parse_window(Cursor(field, tokens, v, field=True)) if not _date_like(tokens, e, v)]


def _date_like(tokens: list[Token], expr: Expr, v: Vocabulary) -> bool:
    """A bare year after a month name ("July, 2004") is a date, not an amount."""
    if not expr.field_bare or expr.is_range:
        return False
    tok = tokens[expr.t0]
    if tok.kind == NUM and tok.text.isdigit() and len(tok.text) == 4:
        return any(tokens[k].low in v.lang.months for k in range(max(0, expr.t0 - 2), expr.t0))
    return False


def covered(text: str, exprs: list[Expr]) -> int:
    """How much of the text a reading takes for money (its expressions, their periods and bounds, and
    restatements, in letters and digits: a dot an abbreviation keeps is no more money, "AUD1 m." read in
    French takes no more than "AUD1 m" in English): the reading that understands more of it wins ("20
    ringgit and 43 sen" whole beats it in two; "per annum" understood beats it left over)."""
    total = 0
    for e in exprs:
        total += _letters(text[e.start:e.end]) + _letters(e.period_text or "") + _letters(e.bound_text or "")
        for q in e.equivalents:
            total += _letters(text[q.start:q.end])
    return total


def _letters(part: str) -> int:
    count = 0
    for ch in part:
        if ch.isalnum():
            count += 1
    return count


def whole(text: str, exprs: list[Expr]) -> bool:
    """True when a reading takes all of the text for one expression (no other reading can do better): the
    usual field ("£84,000 - £94,000 per annum"), which is then read once. Two expressions may be one in
    another language ("1 USD" and "23 centimes" are "1 USD et 23 centimes")."""
    return len(exprs) == 1 and covered(text, exprs) >= _letters(text)


def others(text: str, guessed: bool, exprs: list[Expr]) -> tuple[str, ...]:
    """The languages worth trying besides the default when the call names none, the text's words do not
    decide ("Inwestycja warta 2 mld zł", "2,1 milliards d'euros (2,3 milliards de dollars)") and the
    default's reading leaves some of it unread: only for short texts, where the money itself tells more
    than the few words around it."""
    if not guessed or len(text) > _SHORT or whole(text, exprs):
        return ()
    return candidates(text, DEFAULT_LANGUAGE)[:_TRIES]


def read_best(text: str, v: Vocabulary, guessed: bool, field: bool) -> tuple[Vocabulary, list[Expr]]:
    """``text`` read with ``v`` (as one money field when ``field``, else as running text), or in another
    language when ``guessed`` (the default language for want of evidence) and that reading takes more of
    the text for money (see ``others``)."""
    exprs = read_field(text, v) if field else read_text(text, v)
    for other in others(text, guessed, exprs):
        w = vocabulary(other)
        theirs = read_field(text, w) if field else read_text(text, w)
        if covered(text, theirs) > covered(text, exprs):
            v, exprs = w, theirs
    return v, exprs
