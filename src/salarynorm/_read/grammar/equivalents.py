"""Restatements in other currencies: "US$48,000 (A$71,000)", "(about $54,000)", "(US$6,900 / €6,400)",
"€740 million, equivalent to $805 million".

Rule ``equivalents``: a parenthesis right after the expression that holds one or more expressions of its
own, each optionally led by words such as "about", "or", "equivalent to", separated by "/", ";", "or".
Which of them really are other currencies is decided with the currencies (``resolve``): "$1,150.40/week
($28.76/hour)" restates in the same currency and becomes a mention of its own.

Rule ``equivalents_in_words``: a comma right after the expression and words that restate it
(``equivalent_leads_after_comma``: "or about", "equivalent to", "which is"), then another expression: "£2bn,
or roughly $2.5bn". Such a restatement is an equivalent only in another currency (``resolve``): "$5m, or
about $10 a share" stays two mentions, and a bare "or" is no lead ("£45,000 per annum, or $900k/yr").
"""

from __future__ import annotations

from collections.abc import Callable

from ..tokens import NUM
from .approximation import CLOSE, OPEN
from .cursor import Cursor, phrase_at
from .nodes import Expr

__all__ = ["equivalents", "equivalents_in_words"]

#: How the grammar reads an expression starting at a token (``grammar.expression``), passed in so that
#: this rule, which the expression rule itself calls, needs no import of it.
ReadExpression = Callable[[Cursor, int, bool], "Expr | None"]


def equivalents(cur: Cursor, expr: Expr, k: int, read: ReadExpression) -> int:
    """Read the restatements in a parenthesis at token k into ``expr``; the index after the parenthesis,
    or k when it holds no restatement."""
    if k >= cur.n or not cur.is_punct(k, OPEN) or not cur.near(k):
        return k
    lang = cur.lang
    close = CLOSE[cur.t[k].text]
    j = k + 1
    found: list[Expr] = []
    while j < cur.n:
        lead_approx = False
        n = phrase_at(cur, j, lang.equivalent_leads, 3)
        if n and cur.is_punct(j + n, ":"):
            n += 1  # "(approx: AFN1)"
        while n:
            if " ".join(cur.t[x].low for x in range(j, j + n) if cur.t[x].text != ":") in lang.approx_before:
                lead_approx = True
            j += n
            n = phrase_at(cur, j, lang.equivalent_leads, 3)
            if n and cur.is_punct(j + n, ":"):
                n += 1
        if j < cur.n and cur.low(j) in lang.range_openers:
            j += 1  # "(between £4 and £6)": the inner expression finds its opener by looking back
        if j >= cur.n:
            return k
        inner = read(cur, j, True)
        if inner is None or inner.field_bare:
            return k
        inner.approximate = inner.approximate or lead_approx
        found.append(inner)
        j = inner.next
        if cur.is_punct(j, close):
            expr.equivalents = found
            return j + 1
        if j < cur.n and (cur.t[j].text in lang.equivalent_separators or cur.low(j) in lang.equivalent_separators):
            j += 1
            continue
        return k
    return k

#: Per language (``Lexicon.tag``): every word of the leads of restatements in words and of the approximation
#: and bound phrases that may follow them.
_LEAD_WORDS: dict[str, frozenset[str]] = {}


def _cut_off(cur: Cursor, j: int) -> bool:
    """True when the tokens from j to the window's end may begin a restatement that the text goes on with
    (words of its lead, numbers, number words, currency words): a long restatement in words cut by the
    window's end ("or the equivalent | of about nineteen million ...")."""
    if cur.n == 0 or cur.t[cur.n - 1].end >= len(cur.text):
        return False
    v = cur.v
    lang = cur.lang
    if lang.tag not in _LEAD_WORDS:
        words: set[str] = set()
        for phrases in (lang.equivalent_leads_after_comma, lang.approx_before, lang.bounds_before):
            for phrase in phrases.entries:
                words.update(phrase.split())
        _LEAD_WORDS[lang.tag] = frozenset(words)
    lead_words = _LEAD_WORDS[lang.tag]
    for x in range(j, cur.n):
        tok = cur.t[x]
        if tok.kind != NUM and tok.low not in v.inner_words and tok.low not in lead_words \
                and not v.numeral_word(tok.low):
            return False
    return True


def equivalents_in_words(cur: Cursor, expr: Expr, k: int, read: ReadExpression) -> int:
    """Read the restatements written in words after a comma at token k into ``expr`` ("€740 million,
    equivalent to $805 million", "65,000 PKR a month, which is about 230 USD"); the index after the last,
    or k when none follows. Approximation words after the lead ("or roughly"), or ending it ("which is
    about"), make the restatement approximate; "€740 million, compared to $805 million" has no lead."""
    lang = cur.lang
    leads = lang.equivalent_leads_after_comma
    while k + 1 < cur.n and cur.is_punct(k, ",") and cur.near(k) and cur.near(k + 1):
        n = phrase_at(cur, k + 1, leads, leads.longest)
        if not n:
            return cur.n if _cut_off(cur, k + 1) else k
        j = k + 1 + n
        lead = cur.words(k + 1, j).split()
        approx = any(" ".join(lead[x:]) in lang.approx_before for x in range(len(lead)))
        if cur.is_punct(j, ",") and cur.near(j + 1):
            j += 1  # "i.e., $5"
        for _ in range(3):  # "or roughly", "which is just over": the inner expression reads them back
            m = phrase_at(cur, j, lang.approx_before)
            if m:
                approx = True
            else:
                m = phrase_at(cur, j, lang.bounds_before)
            if not m:
                break
            j += m
        if j < cur.n and cur.low(j) in lang.range_openers:
            j += 1  # "or between $4 and $6": the inner expression finds its opener by looking back
        inner = read(cur, j, True) if j < cur.n else None
        if inner is None and _cut_off(cur, k + 1):
            return cur.n  # "or about nineteen million nine hundred | ...": the window grows and is read again
        if inner is None or inner.field_bare:
            return k
        inner.approximate = inner.approximate or approx
        inner.in_words = True
        expr.equivalents.append(inner)
        k = inner.next
    return k
