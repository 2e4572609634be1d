"""Stage 6 of reading: deciding currencies and building mentions from the expressions, one document at
a time.

An ambiguous sign ("$", "¥", "kr", "£", "Rs", "C$") is read, in this order, through: the other end of
its own range or a precise sign beside it (expression), an explicitly signed amount of the same value
elsewhere in the document, or for a name with no common reading ("pesos") the one country among its
readings that the document names (document), the caller's ``default_currency`` (default), the country of
the caller's ``locale`` (locale: "$" in "es-MX" is MXN), for a bare "$" ("dollars", "cents") in a text the
caller gave no hint about the document's own strong evidence (document, ``_Resolver.dollar_of_document``),
the sign's most common reading (convention).
A prefixed sign elsewhere in the document is evidence only when nothing points the other way: Australian and
Canadian papers write "US$" beside a bare "$" that means their own dollar, while wire services write "C$"
beside a bare "$" that means the US dollar, restating one in the other or naming American places; so any US
evidence, any restatement between a bare "$" and another currency, or two local signs decide nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal
from typing import Final

import attrs

from .._mention import Mention
from .._values import CurrencySource, Period, exact
from .grammar.nodes import SIGN, Expr, Signal
from .grammar.signals import DOLLAR_SIGNS
from .tokens import trie
from .vocabulary import Vocabulary

__all__ = ["Decision", "build_mentions", "field_mention"]


def _values(expr: Expr) -> tuple[Decimal, Decimal, Signal | None, Signal | None]:
    sig_lo = expr.lo.signal or expr.hi.signal
    sig_hi = expr.hi.signal or expr.lo.signal
    return expr.lo.value(sig_lo), expr.hi.value(sig_hi), sig_lo, sig_hi


def _candidates(sigs: list[Signal]) -> tuple[str, ...]:
    cands = sigs[0].candidates
    for s in sigs[1:]:
        if s.candidates:
            cands = tuple(c for c in cands if c in s.candidates) if cands else s.candidates
    return cands


@functools.cache
def _qualifiers(v: Vocabulary) -> dict[str, frozenset[str]]:
    """Country words that make a currency name precise, from the language's own currency names: "mexican"
    and "mexico" (of "mexican peso", "mexico peso") -> {"MXN"}; "kenyan", "kenya" -> {"KES"}."""
    tab = v.tab
    heads = {name for name in v.names if " " not in name}
    out: dict[str, set[str]] = {}
    for name, cands in v.names.items():
        words = name.split()
        if len(words) < 2 or len(cands) != 1 or words[-1] not in heads:
            continue
        info = tab.currencies.get(cands[0])
        if info is None or not info.current:
            continue
        out.setdefault(" ".join(words[:-1]), set()).add(cands[0])
    return {q: frozenset(codes) for q, codes in out.items() if len(codes) == 1}


# How far from a mention a country word counts: its paragraph or so, not another story in the same input.
_COUNTRY_REACH = 2000
# Longer than any country word: searches of adjoining stretches overlap by this much.
_COUNTRY_LONGEST = 64
# How far a sentence reaches either way from an amount, for a place named where the money is paid.
_SENTENCE = 400


@functools.cache
def _country_regex(v: Vocabulary, cands: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex of the country words of ``cands`` ("Mexico", "Philippine", ... for "pesos"), as text writes
    them: capitalised or in capitals. Case-sensitive and without look-behind, so the engine skips at C
    speed to the capitals it may start with; the caller checks the word edges."""
    wanted = set(cands)
    words = sorted((q for q, codes in _qualifiers(v).items() if codes & wanted), key=len, reverse=True)
    if not words:
        return None
    forms = [form for w in words for form in (w.title(), w.upper())]
    return re.compile("|".join(re.escape(f) for f in forms))


@functools.cache
def _places(v: Vocabulary, cands: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """The country words of ``cands`` and the places standing for them (``places``: "auckland" -> "new
    zealand"), as a regex of the forms text writes them in (capitalised or in capitals; the caller checks the
    word edges), and each word lower-cased -> the one currency it names."""
    wanted = set(cands)
    quals = _qualifiers(v)
    words = {q: codes for q, codes in quals.items() if codes & wanted}
    for place, country in v.lang.places.items():
        codes = quals.get(country)
        if codes is not None and codes & wanted:
            words[place] = codes
    if not words:
        return None, {}
    forms = sorted({form for w in words for form in (w.title(), w.upper())})
    return re.compile(trie(forms)), words  # a prefix tree: the engine branches on one character at a time


def _plain(sigs: list[Signal], convention: str | None) -> bool:
    """True for a currency written the plain way of the dollar ("$", "dollars", "cents"): no signal that
    names one currency or a country's own sign, every one conventionally ``convention``."""
    return bool(sigs) and convention is not None and all(
        len(s.candidates) > 1 and s.convention == convention and _local_sign(s) is None for s in sigs)


def _local_sign(s: Signal) -> str | None:
    """The currency a dollar-style sign of its own names ("A$", "C $", "NZ$", "US$"), else None."""
    if s.kind != SIGN or "$" not in s.text or s.text in DOLLAR_SIGNS:
        return None
    if s.convention is not None:
        return s.convention
    return s.candidates[0] if len(s.candidates) == 1 else None


def _sentence(text: str, start: int, end: int, ends: frozenset[str]) -> tuple[int, int]:
    """The stretch of ``text`` around [start, end) up to the nearest sentence ends (a mark before whitespace,
    or a line break), looking at most ``_SENTENCE`` characters either way."""
    lo = max(0, start - _SENTENCE)
    a = start
    while a > lo and not (text[a - 1] == "\n" or (a >= 2 and text[a - 1].isspace() and text[a - 2] in ends)):
        a -= 1
    hi = min(len(text), end + _SENTENCE)
    b = end
    while b < hi and not (text[b] == "\n" or (text[b] in ends and (b + 1 == len(text) or text[b + 1].isspace()))):
        b += 1
    return a, b


class Decision:
    """How one expression's currency was decided: the code (None when undecided), how, every candidate
    the signals allowed, and the signal as written."""

    __slots__ = ("candidates", "code", "how", "written")

    def __init__(self, code: str | None, how: CurrencySource, candidates: tuple[str, ...],
                 written: str | None) -> None:
        self.code = code
        self.how = how
        self.candidates = candidates
        self.written = written


class _Resolver:
    def __init__(self, v: Vocabulary, exprs: list[Expr], default_currency: str | None, text: str = "",
                 region: str | None = None) -> None:
        self.v = v
        self.default = default_currency
        self.text = text
        # The caller said where the document is from: the document's own evidence for "$" is not asked.
        self.hinted = default_currency is not None or region is not None
        # The dollar the document itself shows for a bare "$" (see dollar_of_document), once asked.
        self.doc_dollar: str | None = None
        dollar = v.tab.signs.get("$", ())
        # The dollar sign's readings, conventional first ("USD", then every other dollar and peso).
        self.dollars: tuple[str, ...] = dollar
        self.dollar: str | None = dollar[0] if dollar else None
        self.doc_dollar_asked = False
        # The currencies of the caller's locale's country, its own first ("MX" -> MXN).
        self.local: tuple[str, ...] = v.tab.territories.get(region, ()) if region is not None else ()
        # Per candidate tuple: the country words found in the stretch of text searched so far, and that stretch.
        self.countries: dict[tuple[str, ...], tuple[list[tuple[int, frozenset[str]]], int, int]] = {}
        self.exprs = exprs
        # Values written with an explicit currency anywhere in the document: value -> codes (gathered when
        # an ambiguous sign first asks: most documents, and most fields, have none).
        self.evidence: dict[Decimal, set[str]] | None = None

    def _evidence(self) -> dict[Decimal, set[str]]:
        if self.evidence is None:
            self.evidence = {}
            for e in self.exprs:
                for x in [e, *e.equivalents]:
                    sigs = x.signals()
                    if sigs and any(s.explicit for s in sigs):
                        lo, hi, _, _ = _values(x)
                        code = _candidates(sigs)
                        if len(code) == 1:
                            self.evidence.setdefault(lo, set()).add(code[0])
                            self.evidence.setdefault(hi, set()).add(code[0])
        return self.evidence

    def currency(self, expr: Expr) -> Decision:
        """The currency of ``expr``: from its own signals (explicit, or narrowed by the expression), the
        same amount written explicitly elsewhere or a country the text names (document), the caller's
        default, the country of the caller's locale, the sign's convention, in this order."""
        sigs = expr.signals()
        if not sigs:
            if self.default is not None:
                return Decision(self.default, CurrencySource.DEFAULT, (), None)
            return Decision(None, CurrencySource.UNKNOWN, (), None)
        written = sigs[0].text
        if any(s.label is not None for s in sigs):
            return Decision(None, CurrencySource.UNKNOWN, (), written)
        cands = _candidates(sigs)
        if len(cands) == 1:
            how = CurrencySource.EXPLICIT if any(s.explicit for s in sigs) else CurrencySource.EXPRESSION
            return Decision(cands[0], how, cands, written)
        if not cands:
            return Decision(None, CurrencySource.UNKNOWN, cands, written)
        lo, hi, _, _ = _values(expr)
        evidence = self._evidence()
        seen = (evidence.get(lo, set()) | evidence.get(hi, set())) & set(cands)
        if len(seen) == 1:
            return Decision(seen.pop(), CurrencySource.DOCUMENT, cands, written)
        if not any(s.convention in cands for s in sigs) \
                or all(s.text.lower() in self.v.lang.country_over_convention for s in sigs):
            named = self._country(cands, expr)
            if named is not None:
                return Decision(named, CurrencySource.DOCUMENT, cands, written)
        if self.default is not None and self.default in cands:
            return Decision(self.default, CurrencySource.DEFAULT, cands, written)
        for code in self.local:
            if code in cands:
                return Decision(code, CurrencySource.LOCALE, cands, written)
        if self.local and written in DOLLAR_SIGNS and self._writes_own_dollar(self.local[0]):
            # "pt-BR": after "R$ 3.000", a bare "$ 4.000" is the real written short.
            return Decision(self.local[0], CurrencySource.LOCALE, cands, written)
        if not self.hinted and _plain(sigs, self.dollar):
            if not self.doc_dollar_asked:
                self.doc_dollar = self.dollar_of_document()
                self.doc_dollar_asked = True
            if self.doc_dollar is not None and self.doc_dollar in cands:
                return Decision(self.doc_dollar, CurrencySource.DOCUMENT, cands, written)
        for s in sigs:
            if s.convention is not None and s.convention in cands:
                return Decision(s.convention, CurrencySource.CONVENTION, cands, written)
        return Decision(None, CurrencySource.UNKNOWN, cands, written)

    def dollar_of_document(self) -> str | None:
        """The one local dollar the document shows for its bare "$" (and "dollars", "cents"), on strong
        evidence only: its own local sign elsewhere ("A$5m deal ... paid $2m
        upfront"), else one dollar country named where the money is paid or earned, in the sentence of a
        bare "$" amount ("nurses in Auckland earn $32 an hour", "Singapore's minimum wage ... $1,400"). None
        when anything points the other way: the conventional country's sign, code, name or places anywhere
        ("US$", "USD", "U.S.", "Washington"), a bare "$" restating another currency or restated in one (the
        wire services' "C$50 million ($37 million)"), money in a currency no "$" can be ("€", "£": the
        international pages, where "$" is the convention), two local signs, or two countries named. Once per
        document, when its first bare "$" gets this far."""
        convention = self.dollar
        cands = self.dollars
        if convention is None:
            return None
        wanted = set(cands)
        local: set[str] = set()
        bare: list[int] = []  # where the bare "$" amounts start
        for e in self.exprs:
            primary = e.signals()
            plain = _plain(primary, convention)
            if plain:
                bare.append(e.start)
            for x in [e, *e.equivalents]:
                sigs = primary if x is e else x.signals()
                if x is not e and sigs and _plain(sigs, convention) != plain:
                    return None  # "C$50 million ($37 million)": the bare "$" is another currency
                for s in sigs:
                    if s.candidates == (convention,):
                        return None  # "US$", "USD", "U.S. dollars"
                    if s.candidates and wanted.isdisjoint(s.candidates):
                        return None  # "€", "£", "CHF": international copy, where "$" is the convention
                    own = _local_sign(s)
                    if own == convention:
                        return None
                    if own is not None and own in cands:
                        local.add(own)
        if len(local) > 1:
            return None
        rx, words = _places(self.v, cands)
        text = self.text
        named: set[str] = set()
        located: list[tuple[int, int, str]] = []  # (start, end, code) of places named as where money is
        if rx is not None:
            for m in rx.finditer(text):
                a, b = m.span()
                if (a and (text[a - 1].isalpha() or text[a - 1] == "$")) or (b < len(text) and text[b].isalpha()):
                    continue  # inside a word, or a sign's letters ("US$5" is a sign, seen above)
                codes = words[m.group().lower()]
                if convention in codes:
                    return None  # "Washington", "U.S.": the conventional country is named
                named |= codes
                if self._located(a, b):
                    located.append((a, b, next(iter(codes))))
        if local:
            return local.pop()
        if len(named) != 1:
            return None
        ends = self.v.lang.sentence_ends
        bare.sort()
        for a, b, code in located:
            lo, hi = _sentence(text, a, b, ends)
            at = bisect.bisect_left(bare, lo)
            if at < len(bare) and bare[at] < hi:
                return code
        return None

    def _located(self, a: int, b: int) -> bool:
        """True when the place at [a, b) is named as where money is paid or earned: after a preposition of
        place ("nurses in Auckland earn"), or owning a pay noun one or two words on ("Singapore's minimum
        wage"; not "Canada's biggest bank paid", where the money's place is not said)."""
        text = self.text
        lang = self.v.lang
        for p in lang.place_possessives:
            if text.startswith(p, b):
                after = text[b + len(p) : b + len(p) + 40].lower().split()[:2]
                return any(w.strip(",.;:") in lang.pay_nouns for w in after)
        j = a
        while j > 0 and a - j < 8 and text[j - 1] == " ":
            j -= 1
        k = j
        while k > 0 and j - k < 16 and text[k - 1].isalpha():
            k -= 1
        return j < a and text[k:j].lower() in lang.place_prepositions

    def _writes_own_dollar(self, code: str) -> bool:
        """True when the document writes the locale's currency with a dollar-style sign of its own ("R$")."""
        return any(_local_sign(s) == code for e in self.exprs for x in [e, *e.equivalents] for s in x.signals())

    def _country(self, cands: tuple[str, ...], expr: Expr) -> str | None:
        """The one candidate whose country the text around ``expr`` names ("Mexico's minimum wage ...
        248.93 pesos"), for a name no convention decides, or a regional sign whose convention may yield
        ("Rs", "kr"). "$", "£" and "¥" never take this: a US paper names Canada beside its own dollars."""
        rx = _country_regex(self.v, cands)
        if rx is None:
            return None
        lo, hi = max(0, expr.start - _COUNTRY_REACH), expr.end + _COUNTRY_REACH
        hits = self._country_words(rx, cands, lo, hi)
        found: set[str] = set()
        for at in range(bisect.bisect_left(hits, (lo,)), len(hits)):
            pos, codes = hits[at]
            if pos >= hi:
                break
            found |= codes
            if len(found) > 1:
                return None
        return found.pop() if found else None

    def _country_words(self, rx: re.Pattern[str], cands: tuple[str, ...], lo: int,
                       hi: int) -> list[tuple[int, frozenset[str]]]:
        """The country words of ``cands`` as (position, codes), sorted, covering at least [lo, hi).
        Mentions come in text order, so the searched stretch only grows forward and each part of the text
        is searched once, however many mentions look at it ("500 pesos" a thousand times in a row)."""
        hits, begin, end = self.countries.get(cands, ([], 0, 0))
        if not begin <= lo <= end:
            hits, begin, end = [], lo, lo  # first use, a gap, or a mention out of order: start afresh
        if hi > end:
            text = self.text
            quals = _qualifiers(self.v)
            wanted = set(cands)
            last = hits[-1][0] if hits else -1
            for m in rx.finditer(text, max(begin, end - _COUNTRY_LONGEST), hi):
                a, b = m.span()
                if a <= last or (a and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha()):
                    continue  # already seen; or inside a word: "Indiana" is not "India"
                hits.append((a, quals[m.group().lower()] & wanted))
                last = a
            end = hi
        self.countries[cands] = (hits, begin, end)
        return hits


_PERIODS: Final = {p.value: p for p in Period}
# Mention's fields, in the order _made sets them: checked here, once, so that a field added to Mention cannot
# be left unset by the trusted path below.
_FIELDS: Final = ("text", "start", "end", "min", "max", "currency", "period", "approximate", "equivalents",
                  "currency_source", "currency_candidates", "currency_text", "period_text", "bound_text", "language")
if tuple(f.name for f in attrs.fields(Mention)) != _FIELDS:
    raise RuntimeError("salarynorm._read.resolve._made does not set Mention's fields: update it")


def _stored(value: Decimal) -> Decimal:
    """``value`` as ``Mention`` stores an amount (``_values.exact``, without its checks: the reader's
    values are finite Decimals): "25000" and "12.99" as they are, "5.7E+4" as "57000", "22.50" as "22.5".
    Its string tells at a sixth of the cost of ``as_tuple`` whether there is anything to do: an exponent
    above zero always shows as "E" (or "e"), a fractional trailing zero as a last "0" after a dot."""
    shown = str(value)
    if "E" not in shown and "e" not in shown and ("." not in shown or shown[-1] != "0"):
        return value  # exponent 0, or below 0 with a last digit that is not 0: what exact() keeps as is
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return Decimal(int(value))  # what exact() gives ("5.7E+4" -> "57000"), without the string round trip
    return exact(value)  # type: ignore[return-value]  # "22.50" -> "22.5", "1E-7" as it is


def _made(text: str, start: int, end: int, lo: Decimal | None, hi: Decimal | None, currency: str | None,
          period: Period | None, approximate: bool, equivalents: tuple[Mention, ...], how: CurrencySource,
          candidates: tuple[str, ...], written: str | None, period_text: str | None, bound_text: str | None,
          language: str) -> Mention:
    """A Mention of values the reader has already checked (finite Decimals, at least one end, low <= high:
    ``ranges.range_of``), set field by field: the public constructor's converters and checks, run on every
    mention of every document, cost more than reading a short field. ``Mention(...)`` still checks
    whatever a caller passes it."""
    if lo is not None and hi is not None and lo > hi:  # cannot happen; as Mention() would say if it did
        raise ValueError(f"min {lo} is above max {hi}")
    m = object.__new__(Mention)
    object.__setattr__(m, "text", text)
    object.__setattr__(m, "start", start)
    object.__setattr__(m, "end", end)
    object.__setattr__(m, "min", None if lo is None else _stored(lo))
    object.__setattr__(m, "max", None if hi is None else _stored(hi))
    object.__setattr__(m, "currency", currency)
    object.__setattr__(m, "period", period)
    object.__setattr__(m, "approximate", approximate)
    object.__setattr__(m, "equivalents", equivalents)
    object.__setattr__(m, "currency_source", how)
    object.__setattr__(m, "currency_candidates", candidates)
    object.__setattr__(m, "currency_text", written)
    object.__setattr__(m, "period_text", period_text)
    object.__setattr__(m, "bound_text", bound_text)
    object.__setattr__(m, "language", language)
    return m


def _mention(text: str, expr: Expr, cur: Decision, period: str | None,
             equivalents: tuple[Mention, ...], language: str, period_text: str | None = None) -> Mention:
    lo, hi, _, _ = _values(expr)
    lo_v: Decimal | None = lo
    hi_v: Decimal | None = hi
    if not expr.is_range and expr.bound == "max":
        lo_v = None
    elif not expr.is_range and expr.bound == "min":
        hi_v = None
    return _made(text[expr.start : expr.end], expr.start, expr.end, lo_v, hi_v, cur.code,
                 None if period is None else _PERIODS[period], expr.approximate, equivalents, cur.how,
                 cur.candidates, cur.written, expr.period_text if period_text is None else period_text,
                 expr.bound_text, language)


def field_mention(v: Vocabulary, field: str, exprs: list[Expr], default_currency: str | None,
                  default_period: str | None, region: str | None) -> Mention | None:
    """The mention of one money field read as ``exprs``: its first amount with a currency signal ("3 issues
    for only 14,85 EUR"), else its first bare number; None when it holds none."""
    if not exprs:
        return None
    chosen = exprs[0]
    for e in exprs:
        if not e.field_bare:
            chosen = e
            break
    return build_mentions(v, field, [chosen], default_currency=default_currency, default_period=default_period,
                          region=region, field=True)[0]


def build_mentions(v: Vocabulary, text: str, exprs: list[Expr], *, default_currency: str | None = None,
                   default_period: str | None = None, region: str | None = None, field: bool = False) -> list[Mention]:
    """Mentions for the parsed expressions of one document, in text order.

    A restatement that turns out to be in the same currency as its primary ("$1,150.40/week
    ($28.76/hour)") is not an equivalent: it becomes a mention of its own; one written in words after a
    comma ("US$5m, or $10 a share") also when its sign may be the primary's currency.
    """
    resolver = _Resolver(v, exprs, default_currency, text, region)
    # A money field is one amount, its own document: no text around it to show which dollar it is.
    resolver.hinted = resolver.hinted or field
    language = v.lang.language
    out: list[Mention] = []
    for e in exprs:
        cur = resolver.currency(e)
        period = e.period or default_period
        period_text = e.period_text
        kept: list[tuple[Expr, Decision]] = []
        eqs: list[Mention] = []
        split: list[Mention] = []
        for q in e.equivalents:
            qcur = resolver.currency(q)
            if q.period is not None and period is not None and q.period != period:
                split.append(_mention(text, q, qcur, q.period, (), language))  # "$1,150.40/week ($28.76/hour)"
                continue
            if q.in_words and (qcur.written == cur.written or (cur.code is not None and (
                    qcur.code == cur.code or cur.code in qcur.candidates))):
                split.append(_mention(text, q, qcur, q.period or default_period, (), language))  # "$5m, or $10"
                continue
            if cur.code is not None and (qcur.code == cur.code or cur.code in qcur.candidates):
                if qcur.how is CurrencySource.EXPLICIT or qcur.written == cur.written \
                        or _values(q)[:2] == _values(e)[:2]:
                    split.append(_mention(text, q, qcur, q.period, (), language))  # the same currency said twice
                    continue
                # "US$48,000 ($71,000)": a different amount restated under an ambiguous sign is another
                # member of that sign's family, not the primary's currency: the caller's default says
                # which, else it stays open with the remaining candidates.
                others = tuple(c for c in qcur.candidates if c != cur.code)
                if default_currency is not None and default_currency in others:
                    qcur = Decision(default_currency, CurrencySource.DEFAULT, others, qcur.written)
                else:
                    qcur = Decision(None, CurrencySource.UNKNOWN, others, qcur.written)
            if q.in_words and e.period is None and q.period is not None and period_text is None:
                period, period_text = q.period, q.period_text  # "5.000 Franken, also etwa 5.200 Euro im Monat"
            kept.append((q, qcur))
        for q, qcur in kept:
            eqs.append(_mention(text, q, qcur, q.period or period, (), language))
        out.append(_mention(text, e, cur, period, tuple(eqs), language, period_text))
        out.extend(split)
    return out
