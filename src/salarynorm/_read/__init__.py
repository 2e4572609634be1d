"""Reading money in text, stage by stage, in this order (one module each):

1. ``anchors``: every currency signal in the text, in one pass: where money may be;
2. ``windows``: text around the anchors, merged and bounded: the only text read further;
3. ``tokens``: each window cut into signs, numbers, words and punctuation;
4. ``numbers``: digits read in every grouping convention (number words: each language's hook);
5. ``grammar``: tokens to expressions (amounts, ranges, bounds, approximation, periods, restatements),
   one module per group of rules, every word from the language data (``vocabulary``);
6. ``resolve``: each expression's currency decided per document, and ``Mention`` objects built.

``read_text`` runs stages 1-5 on running text, ``read_field`` stages 3-5 on one money field; the public
``extract`` and ``parse`` (``salarynorm._api``) add stage 6.
"""

from __future__ import annotations

from .anchors import find_anchors
from .grammar import Cursor, Expr, parse_window
from .tokens import NUM, Token, tokenize
from .vocabulary import Vocabulary, vocabulary
from .windows import LOOKBACK, MAX_EXTEND, grow_back, grow_forward, windows

__all__ = ["Expr", "Vocabulary", "read_field", "read_text", "vocabulary"]


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
            if found and s > floor and found[0].t0 < LOOKBACK:
                # An expression that starts within a few words of the window's start may have words before
                # it that matter ("annual pay of ...", "at least ...", "cut ... from"), or may start earlier
                # still ("thirty five million seven hundred ... dollars"): read further back.
                s = grow_back(text, s, floor)
            elif found and e < n and found[-1].next >= len(tokens) - 2:
                # An expression running into the window's end ("AUD 1 trillion – 10 trillion each day") may
                # go on: read further, taking in the next window if it is reached.
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
