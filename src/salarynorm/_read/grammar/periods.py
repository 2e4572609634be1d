"""Pay periods: the period an amount is quoted per.

Rules:

* ``period_phrase_at``: "<preposition> <unit>" ("per annum", "an hour", "/hr", "p/h", "$40-an-hour"), or
  one period word ("hourly", "p.a.", "pcm", "bi-weekly"); never a span of time ("a year earlier");
* ``period_after``: a period phrase after the expression, also after a pay qualifier ("€3k net monthly");
* ``period_before``: a period word right before the amount ("erhält monatlich 3.000 €"), a period
  adjective on the pay noun before it ("annual salary of $X", "hourly rate: $X"), or a period phrase as a
  label ("Salary per annum: £30,000", "Per hour: $20");
* ``compound_period``: a pay noun that carries its period, before or after the amount ("Jahresgehalt von
  50.000 €", "3.000 € Monatsbrutto").
"""

from __future__ import annotations

from ..tokens import PUNCT, WORD
from .cursor import Cursor
from .nodes import Expr

__all__ = ["period_after", "period_after_slash", "period_before", "period_phrase_at", "period_word"]


def period_word(cur: Cursor, i: int) -> bool:
    """Token i is a one-token period word ("hourly", "pa")."""
    return cur.low(i) in cur.lang.period_words


def period_after_slash(cur: Cursor, k: int) -> tuple[str, int] | None:
    """A unit after "/" at token k-1 ("/hr", "/ annum", "/per year")."""
    if k >= cur.n or cur.t[k].kind != WORD or not cur.near(k):
        return None
    lang = cur.lang
    w = cur.t[k].low.rstrip(".")
    if w in lang.period_units and (cur.t[k].attached or w not in lang.period_units_slash_only):
        return lang.period_units[w], k + 1  # "/a" is per annum, "/ a hundred" is not
    if w in lang.period_prepositions_for_abbreviations and k + 1 < cur.n:
        u = cur.low(k + 1).rstrip(".")
        if u in lang.period_units:
            return lang.period_units[u], k + 2
    if w in lang.period_words:
        return lang.period_words[w], k + 1
    return None


def time_span(cur: Cursor, k: int) -> bool:
    """True when the words at token k make "a year" before them a span of time, not a period:
    "a year earlier", "a year from now"; but "an hour from April" is a rate."""
    lang = cur.lang
    w = cur.low(k)
    if w in lang.not_period_followers:
        return True
    if w not in lang.time_relative_prepositions:
        return False
    return k + 1 >= cur.n or cur.t[k + 1].kind == PUNCT or cur.low(k + 1) in lang.time_reference_points


def period_phrase_at(cur: Cursor, k: int, *, label: bool = False) -> tuple[str, int] | None:
    """(period, index after the phrase) for a period phrase starting at token k, or None. ``label``: the
    phrase stands before the amount as a label ("Per annum: $5"), so it may start a line."""
    if k >= cur.n or not (label or cur.near(k)):
        return None
    lang = cur.lang
    if cur.field and cur.is_punct(k, ".") and k + 1 < cur.n:
        k += 1  # "65,000. per year" in salary fields
    start = k
    if cur.is_punct(k, "-") and cur.t[k].attached:
        k += 1  # "$40-an-hour", "$1.3 million-per-year"
    if k >= cur.n:
        return None
    tok = cur.t[k]
    if tok.kind == PUNCT and tok.text in "/／" and k + 1 < cur.n:
        return period_after_slash(cur, k + 1)
    w = tok.low
    if k + 1 < cur.n and f"{w} {cur.t[k + 1].low}" in lang.period_prepositions and cur.near(k + 1):
        w = f"{w} {cur.t[k + 1].low}"  # "in der Stunde"
        k += 1
    if w in lang.period_prepositions:
        j = k + 1
        if cur.is_punct(j, "-/") and j + 1 < cur.n:
            if w in lang.period_prepositions_needing_slash and cur.t[j].text != "/":
                return None
            j += 1
        if j >= cur.n or cur.t[j].kind != WORD or not cur.near(j):
            return None
        two = f"{cur.t[j].low} {cur.low(j + 1)}" if j + 1 < cur.n else ""
        if two in lang.period_units:
            return lang.period_units[two], j + 2
        u = cur.t[j].low.rstrip(".")
        if u not in lang.period_units:
            return None
        if u in lang.period_units_slash_only and w not in lang.period_prepositions_for_abbreviations:
            return None
        if w in lang.period_prepositions_of_time and time_span(cur, j + 1):
            return None  # "$13.18 billion a year earlier"
        return lang.period_units[u], j + 1
    if cur.is_punct(k + 1, "-") and cur.t[k + 1].attached and k + 2 < cur.n and cur.t[k + 2].attached \
            and f"{w}-{cur.t[k + 2].low}" in lang.period_words:
        return lang.period_words[f"{w}-{cur.t[k + 2].low}"], k + 3  # "bi-weekly"
    key = w if w in lang.period_words else w.rstrip(".")
    if key in lang.period_words:
        if k != start and key not in lang.period_words_after_hyphen:
            return None
        return lang.period_words[key], k + 1
    return None


def compound_period(cur: Cursor, i: int) -> str | None:
    """The period of a compound pay noun at token i: a period part, pay qualifiers and a pay noun written as
    one word ("Jahresgehalt", "Bruttomonatsgehalt", "Jahresbruttoeinkommen", "Stundenlohn", "Monatsbrutto").
    Languages that write such compounds list their period parts (``period_compound_prefixes``)."""
    prefixes = cur.lang.period_compound_prefixes
    if not prefixes or i >= cur.n or cur.t[i].kind != WORD:
        return None
    word = _strip_qualifiers(cur, cur.t[i].low)
    for prefix, period in prefixes.items():
        if word.startswith(prefix) and len(word) > len(prefix):
            rest = _strip_qualifiers(cur, word[len(prefix):])
            if rest in cur.lang.pay_nouns:
                return period
    return None


def _strip_qualifiers(cur: Cursor, word: str) -> str:
    """``word`` without the pay qualifiers glued to its front ("brutto" of "Bruttojahresgehalt")."""
    for qualifier in cur.lang.pay_qualifiers:
        if word.startswith(qualifier) and len(word) > len(qualifier) + 2:
            return word[len(qualifier):]
    return word


def _adjective_after_noun(cur: Cursor, j: int) -> tuple[str, int] | None:
    """(period, first token) of a pay noun followed by its period adjective ending at token j, in the
    languages that put adjectives after nouns: "salaire annuel (brut)", "sueldo mensual", "wynagrodzenie
    roczne". Modifiers may stand on either side of the adjective."""
    lang = cur.lang
    k = j
    while k >= 0 and j - k < 2 and cur.t[k].low in lang.pay_noun_modifiers and cur.t[k].low not in lang.pay_nouns:
        k -= 1
    if k < 1 or cur.t[k].low not in lang.period_adjectives or not cur.near(k):
        return None
    period = lang.period_adjectives[cur.t[k].low]
    k -= 1
    while k >= 0 and cur.t[k].low in lang.pay_noun_modifiers and cur.t[k].low not in lang.pay_nouns:
        k -= 1
    if k < 0 or not (cur.t[k].low in lang.pay_nouns or _strip_qualifiers(cur, cur.t[k].low) in lang.pay_nouns) \
            or not cur.near(k + 1):
        return None
    return period, k


def period_after(cur: Cursor, expr: Expr, k: int) -> int:
    """Read a period phrase at token k after the expression into it; the index after what was read."""
    if expr.period is not None:
        again = period_phrase_at(cur, k)  # the period repeated on the second end
        return again[1] if again is not None and again[0] == expr.period else k
    got = period_phrase_at(cur, k)
    if got is None and cur.low(k) in cur.lang.pay_qualifiers and cur.near(k):
        got = period_phrase_at(cur, k + 1)  # "€3k net monthly", "$5,000 gross per month"
        if got is not None:
            k += 1
    if got is None and k < cur.n and cur.near(k):
        compound = compound_period(cur, k)  # "55.000 € Jahresgehalt", "3.000 € Monatsbrutto"
        if compound is not None:
            got = compound, k + 1
    if got is None:
        return k
    period, end = got
    expr.period = period
    first = k
    while first < end and cur.t[first].kind == PUNCT and cur.t[first].text in ".-":
        first += 1
    expr.period_text = cur.text[cur.t[first].start : cur.t[end - 1].end]
    return end


def period_before(cur: Cursor, expr: Expr, k: int) -> None:
    """"annual salary of $X", "hourly rate: $X", "a day rate of £350", "Annual: £30k", and period
    phrases as labels: "Salary per annum: £30,000", "Per hour: $20", "Salary (per year): $60k"."""
    lang = cur.lang
    if 0 < k < cur.n and cur.t[k - 1].kind == WORD and cur.t[k - 1].low in lang.period_words and cur.near(k) \
            and not cur.is_punct(k, ":"):
        expr.period = lang.period_words[cur.t[k - 1].low]  # "erhält vierzehntägig 180 Euro", "earns monthly $900"
        expr.period_text = cur.t[k - 1].text
        return
    for start in range(k - 1, max(-1, k - 4), -1):
        if cur.t[start].kind == PUNCT:
            break
        got = period_phrase_at(cur, start, label=True)
        if got is not None and got[1] == k and cur.near(k) and start < k - 1:
            expr.period = got[0]  # "dürfen im Monat höchstens 556 Euro verdienen"
            expr.period_text = cur.text[cur.t[start].start : cur.t[k - 1].end]
            return
    if cur.is_punct(k, ":") and cur.near(k + 1):
        e = k - 1 if cur.is_punct(k - 1, ")") else k
        for start in range(e - 1, max(-1, e - 4), -1):
            got = period_phrase_at(cur, start, label=True)
            if got is not None and got[1] == e:
                expr.period = got[0]
                expr.period_text = cur.text[cur.t[start].start : cur.t[e - 1].end]
                return
    j = k - 1
    links = 0
    while j >= 0 and links < 3 and (cur.t[j].low in lang.pay_noun_links or cur.t[j].text == ":"):
        if not cur.near(j + 1):
            return
        j -= 1
        links += 1
    after_noun = _adjective_after_noun(cur, j)
    if after_noun is not None:
        expr.period, start = after_noun  # "salaire annuel brut de 45 000 €", "wynagrodzenie roczne wynosi"
        expr.period_text = cur.text[cur.t[start].start : cur.t[j].end]
        return
    nouns = 0
    while j >= 0 and nouns < 3 and (cur.t[j].low in lang.pay_nouns or cur.t[j].low in lang.pay_noun_modifiers
                                     or _strip_qualifiers(cur, cur.t[j].low) in lang.pay_nouns):  # "Bruttogehalt"
        if not cur.near(j + 1):
            return
        j -= 1
        nouns += 1
    if j >= 0 and nouns == 0 and cur.near(j + 1):
        compound = compound_period(cur, j)
        if compound is not None:
            expr.period = compound  # "Das Jahresgehalt beträgt 50.000 €", "Stundenlohn: 14 €"
            expr.period_text = cur.t[j].text
            return
    if j < 0 or (nouns == 0 and not (links and cur.t[j + 1].text == ":")):
        return
    adj = cur.t[j].low
    last = j + nouns  # the phrase ends at the last pay noun
    if j >= 2 and cur.is_punct(j - 1, "-") and cur.t[j].attached and cur.t[j - 1].attached \
            and f"{cur.t[j - 2].low}-{adj}" in lang.period_adjectives:
        adj = f"{cur.t[j - 2].low}-{adj}"  # "bi-weekly pay of $5"
        j -= 2
    if adj in lang.period_adjectives and cur.near(j + 1):
        expr.period = lang.period_adjectives[adj]
        expr.period_text = cur.text[cur.t[j].start : cur.t[last].end]
