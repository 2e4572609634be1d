"""Stage 5b of reading: what the clause says about an amount, beyond its neighbourhood.

A pay period is often stated on the noun the amount belongs to, a few words before it: "the average monthly
salary for a nurse in Abuja is ₦380,000", "monthly take-home pay after tax comes to roughly £3,100",
"median weekly pay for drivers ($1,042) and clerks ($880)". Rule ``govern``: for an expression with no
period of its own, the nearest pay noun before it in its clause decides: with a period adjective on it
("monthly salaries", "annual revenue"), that period; without one ("the bonus was $5,000"), none. The walk
stops at the end of a sentence or clause (``sentence_ends``, ``clause_breaks``), at an amount with a period
of its own, and after ``REACH`` tokens. "A monthly report of $5m in sales" names no pay noun: no period.
Every word comes from the language data (``pay_nouns``, ``pay_noun_modifiers``, ``pay_qualifiers``,
``period_adjectives`` less the bare unit nouns, ``clause_breaks``).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from .grammar import Expr
from .layout import cell_start
from .tokens import PUNCT, WORD, tokenize, trie
from .vocabulary import Vocabulary

__all__ = ["REACH", "govern"]

# Tokens a clause is read back over from its amount, and characters of text taken for them.
REACH: Final = 24
_SPAN: Final = 240


@functools.cache
def _adjectives(v: Vocabulary) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The period adjectives a clause may carry ("monthly", "annual", "hourly"; not the bare nouns "year",
    "day" of "a 10-year pay deal"), and a regex finding them as written (lower case, capitalised, upper case),
    which gates the walk: a plain prefix tree of literals, searched at C speed (edges are checked after)."""
    lang = v.lang
    adjectives = {w: p for w, p in lang.period_adjectives.items() if w not in lang.period_units}
    if not adjectives:
        return adjectives, None
    forms = sorted({f for w in adjectives for f in (w, w.capitalize(), w.upper())})
    return adjectives, re.compile(trie(forms))


def _adjective_in(finder: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """True when a period adjective stands as a whole word in ``text[lo:hi]``."""
    m = finder.search(text, lo, hi)
    while m is not None:
        a, b = m.span()
        if not (a > 0 and text[a - 1].isalpha()) and not (b < len(text) and text[b].isalpha()):
            return True
        m = finder.search(text, a + 1, hi)
    return False


def govern(text: str, exprs: list[Expr], v: Vocabulary) -> None:
    """Give each expression without a period the period its clause states on its pay noun."""
    adjectives, finder = _adjectives(v)
    if finder is None:
        return
    floor = 0  # the end of the last amount with a period read beside it: no clause reaches back past it
    for expr in exprs:
        if expr.period is not None:
            # read beside the amount (this stage gives periods only to amounts after the ones it has passed)
            floor = max(floor, expr.end)
            continue
        # The text the clause may hold: back to the previous amount that has a period of its own.
        lo = max(floor, expr.start - _SPAN)
        lo = cell_start(text, lo, expr.start)  # a table's other cells are not the amount's clause
        if not _adjective_in(finder, text, lo, expr.start):
            continue  # no period adjective at all before it: the common case, decided in one search
        found = _period_of_clause(text, lo, expr.start, v, adjectives)
        if found is not None:
            expr.period, expr.period_text = found


def _period_of_clause(text: str, lo: int, end: int, v: Vocabulary,
                      adjectives: dict[str, str]) -> tuple[str, str] | None:
    """(period, the adjective and noun as written) of the nearest pay noun before ``end``, or None."""
    lang = v.lang
    t = tokenize(text, lo, end, v.dotted_words, v.dotted_signs, v.elisions, v.tokens)
    stop = max(-1, len(t) - 1 - REACH)
    k = len(t) - 1
    while k > stop:
        tok = t[k]
        if tok.kind == PUNCT and tok.text in lang.sentence_ends:
            return None
        if tok.kind == WORD and tok.low in lang.clause_breaks:
            return None
        if tok.kind == WORD and tok.low in adjectives and tok.near:
            # noun-first languages: "le salaire mensuel moyen d'une infirmière ... est de 2 100 €"
            j = k - 1
            while j >= 0 and (t[j].low in lang.pay_noun_modifiers or t[j].low in lang.pay_qualifiers):
                j -= 1
            if j >= 0 and t[j].low in lang.pay_nouns:
                return adjectives[tok.low], text[t[j].start : tok.end]
        if tok.kind == WORD and tok.low in lang.pay_nouns:
            noun = k
            j = k - 1
            # modifiers and qualifiers between the adjective and the noun: "monthly take-home pay",
            # "annual base salary", "weekly gross pay"
            while j >= 0:
                if t[j].low in lang.pay_noun_modifiers or t[j].low in lang.pay_qualifiers:
                    j -= 1
                elif j >= 2 and t[j - 1].text == "-" and t[j - 1].attached and t[j].attached \
                        and f"{t[j - 2].low}-{t[j].low}" in lang.pay_qualifiers:
                    j -= 3  # "take-home"
                else:
                    break
            if j >= 0 and t[j].low in adjectives and t[j + 1].near:
                return adjectives[t[j].low], text[t[j].start : t[noun].end]
            return None  # the nearest pay noun states no period: the clause decides nothing
        k -= 1
    return None
