"""The grammar: from tokens to money expressions.

An expression is one or two amounts (a range), each a number with an optional currency signal, plus what
the words around them say: open bounds ("up to"), approximation ("about"), a pay period ("per annum",
"hourly rate of") and restatements in other currencies ("(A$71,000)"). Currencies are not decided here:
each amount keeps its signal with every candidate ISO code, and ``_resolve`` decides per document.

The parser walks the tokens once, left to right; each step looks a bounded number of tokens ahead or
behind, so the cost is linear in the length of the window.
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal
from typing import Final

from . import _lexicon as lx
from ._currency_table import CurrencyTable, table
from ._lexicon import read_words
from ._numbers import read_digits
from ._scan import NUM, PUNCT, SIGN, WORD, Token
from ._values import context, scaled

__all__ = ["Amount", "Expr", "Parser", "Signal"]

# The longest number (in characters) read as money: no real amount has 40 digits, and Decimal
# conversion of megabyte-long digit runs would not be linear.
_MAX_NUMBER_CHARS: Final = 40
# How many tokens before its currency signal an expression may start ("between 300,000 and 900,000 dollars",
# "two hundred and fifty thousand dollars").
_REACH: Final = 24
# Number words read ahead at most (a number in words longer than this is not money writing).
_MAX_NUMBER_WORDS: Final = 40
_SPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007")
_DOLLAR_SIGNS: Final = frozenset({"$", "＄", "﹩"})
_OPEN: Final = frozenset({"(", "["})
_CLOSE: Final = {"(": ")", "[": "]"}
_YEAR_LIKE_MIN, _YEAR_LIKE_MAX = 1800, 2199
# Words and sentence ends, to read a few words before a window's tokens ("rose ... from").
_WORDS_RE: Final = re.compile(rf"[^\W\d_]+|[{re.escape(lx.SENTENCE_ENDS)}](?=\s+[A-Z])")


@functools.cache
def _signal_words() -> frozenset[str]:
    """Lower-case first words of every currency signal a word token can start: names, word-shaped signs,
    codes (also scale-prefixed), minor units, non-ISO units, "LPA". Anything else is rejected at once."""
    t = table()
    words: set[str] = {n.split()[0] for n in t.names}
    for s in list(t.signs) + list(t.non_iso) + list(t.minor_units):
        words.add(s.split()[0].lower())
        words.add(s.split()[0].lower().rstrip("."))
    for code in t.currencies:
        words.update(x.lower() for x in (code, *(p + code for p in lx.CODE_SCALE_PREFIXES)))
    words.update(p.split()[0] for p in lx.LAKHS_PER_ANNUM)
    words.update(lx.LETTER_MINOR_UNITS)
    return frozenset(words)


@functools.cache
def _start_words() -> frozenset[str]:
    """Lower-case words an amount can start with: signal words and English number words."""
    return frozenset(set(_signal_words()) | set(lx.UNITS) | set(lx.TENS) | set(lx.ARTICLES) | set(lx.FRACTIONS))


@functools.cache
def number_words(strict: bool = False) -> frozenset[str]:
    """Every word an English number is written with ("thirty", "five", "hundred", "and", "half"); with
    ``strict`` only those that are numbers by themselves (not "and", "a", "-")."""
    words = frozenset(set(lx.UNITS) | set(lx.TENS) | set(lx.HUNDRED) | set(lx.SCALES) | set(lx.FRACTIONS))
    return words if strict else frozenset(set(words) | set(lx.NUMBER_AND) | {"-"} | set(lx.ARTICLES)
                                          | set(lx.POINT_WORDS))


_EDGES: dict[tuple[int, int], frozenset[str]] = {}


def _edge_words(key: int, phrases: frozenset[str] | dict[str, str], edge: int) -> frozenset[str]:
    """First (edge 0) or last (edge -1) words of a lexicon's phrases, dots stripped; built once per lexicon
    (the lexicons are module constants, so their identity is a stable key)."""
    found = _EDGES.get((key, edge))
    if found is None:
        found = frozenset(p.split()[edge].rstrip(".") for p in phrases if p.split())
        _EDGES[(key, edge)] = found
    return found


@functools.cache
def _inner_words() -> frozenset[str]:
    """Words that may stand between an expression's first number and its currency signal: number words,
    multipliers, range connectors, openers, signal words, cents continuations."""
    t = table()
    name_words = {w for name in t.names for w in name.split()}
    # the letters of prefixed signs, which tokenised text writes apart: "hk $", "u.s $", "c $"
    stems = {s[:-1].lower() for s in t.signs if s.endswith("$") and len(s) > 1}
    stems |= {x.replace(".", "") for x in stems} | {x.rstrip(".") for x in stems}
    return frozenset(set(number_words()) | set(lx.MULTIPLIERS) | set(lx.RANGE_DASHES) | set(lx.RANGE_WORDS)
                     | set(lx.RANGE_OPENERS) | set(_signal_words()) | name_words | stems
                     | set(lx.EXPRESSION_JOINERS))


@functools.cache
def _after_article() -> frozenset[str]:
    """Words after which "a"/"an" may be a number: "a million", "a quarter", "a dollar", "an euro"."""
    return frozenset(set(_signal_words()) | set(lx.SCALES) | set(lx.HUNDRED) | set(lx.FRACTIONS))


class Signal:
    """A currency signal as written: a sign, an ISO code, a name, a minor unit or a non-ISO unit.

    ``candidates`` are ISO codes, conventional reading first. ``scale`` is a power of ten the signal itself
    implies ("MUSD" is millions, "LPA" is lakhs), ``divisor`` turns minor units into major ones, and
    ``period`` is a period the signal implies ("LPA" is yearly).
    """

    __slots__ = ("candidates", "convention", "divisor", "end", "kind", "label", "period", "scale", "start",
                 "t0", "t1", "text")

    def __init__(self, kind: str, text: str, candidates: tuple[str, ...], t0: int, t1: int, start: int,
                 end: int, *, convention: str | None = None, divisor: int = 1, scale: int = 0,
                 period: str | None = None, label: str | None = None) -> None:
        self.kind = kind
        self.text = text
        self.candidates = candidates
        self.t0 = t0
        self.t1 = t1
        self.start = start
        self.end = end
        self.convention = convention
        self.divisor = divisor
        self.scale = scale
        self.period = period
        self.label = label

    @property
    def explicit(self) -> bool:
        return len(self.candidates) == 1

    def __repr__(self) -> str:
        return f"Signal({self.kind}, {self.text!r}, {self.candidates[:4]})"


class Amount:
    """One amount: the number as written (multiplier applied), its signal, and its token span."""

    __slots__ = ("decimals", "grand", "mult", "negative", "number", "period", "raw", "scale_word", "signal", "t0", "t1",
                 "tail", "words")

    def __init__(self, number: Decimal, t0: int, t1: int, *, mult: int = 0, decimals: bool = False,
                 words: bool = False) -> None:
        self.number = number
        self.t0 = t0
        self.t1 = t1
        self.mult = mult
        self.decimals = decimals
        self.words = words
        self.grand = False
        self.signal: Signal | None = None
        self.raw: str | None = None  # the digits as written, to re-read once the currency is known
        self.tail = 0  # tokens after t1 that belong to the writing but not the surface ("/-" of "₹500/-")
        self.scale_word = ""  # the multiplier word as written, lower case ("k", "million", "lakh")
        self.negative = False  # a minus sign written with it: "-$5.00", "$-5.00", "USD -5"
        self.period: str | None = None  # a period glued to its multiplier: "£25kpa"

    def value(self, signal: Signal | None) -> Decimal:
        """The amount in the major unit, read through ``signal`` (its own, or the one it inherits)."""
        v = self.number
        if signal is not None:
            if signal.scale and not self.mult:
                v = scaled(v, signal.scale)
            if signal.divisor != 1:
                v = context().divide(v, Decimal(signal.divisor))
        return -v if self.negative else v

    def __repr__(self) -> str:
        return f"Amount({self.number}, {self.signal!r}, {self.t0}:{self.t1})"


class Expr:
    """A money expression: one amount or a range, with bound, approximation, period and equivalents."""

    __slots__ = ("approximate", "bound", "bound_text", "end", "equivalents", "field_bare", "hi", "lo", "next",
                 "period", "period_text", "start", "t0", "t1")

    def __init__(self, lo: Amount, hi: Amount) -> None:
        self.lo = lo
        self.hi = hi
        self.start = 0  # character offsets of the expression's surface, set by the parser
        self.end = 0
        self.t0 = lo.t0
        self.t1 = hi.t1
        self.next = hi.t1 + hi.tail  # first token after everything the expression consumed
        self.bound: str | None = None
        self.bound_text: str | None = None
        self.approximate = False
        self.period: str | None = None
        self.period_text: str | None = None
        self.equivalents: list[Expr] = []
        self.field_bare = False

    @property
    def is_range(self) -> bool:
        return self.lo is not self.hi

    def signals(self) -> list[Signal]:
        out = []
        for a in (self.lo, self.hi):
            if a.signal is not None and a.signal not in out:
                out.append(a.signal)
        return out

    def __repr__(self) -> str:
        return f"Expr({self.lo!r}..{self.hi!r}, {self.period}, eq={self.equivalents})"


class Parser:
    """Parses the tokens of one window of ``text`` into expressions.

    ``field`` is True for a money field (``salarynorm.parse``): there a bare number is an amount, letter
    signs that are ordinary words in prose ("R", "L", "BD") count, and "to X" opens a range downwards.
    """

    def __init__(self, text: str, tokens: list[Token], *, field: bool = False) -> None:
        self._and_cents = True
        self.text = text
        self.t = tokens
        self.n = len(tokens)
        self.field = field
        self.tab: CurrencyTable = table()

    # --- driver -------------------------------------------------------------------------------------

    def parse(self, anchors: list[int] | None = None) -> list[Expr]:
        """Every expression of the window, in order, none overlapping.

        ``anchors`` are the character offsets of the currency signals the window was cut around: an
        expression holds its signal and starts at most ``_REACH`` tokens before it ("two hundred and fifty
        thousand dollars"), so other tokens ("in 1999") are not tried at all. None tries every token.
        """
        out: list[Expr] = []
        starts = _start_words()
        t = self.t
        n = self.n
        allowed: bytearray | None = None
        if anchors is not None:
            # An expression runs from its first number to its signal through money words only ("300,000 to
            # 900,000 dollars", "two hundred and fifty thousand dollars"): walk back from each signal over
            # such tokens, and try no other start ("in 2019, the company paid $5m" never tries "2019").
            allowed = bytearray(n)
            begins = [tok.start for tok in t]
            inner = _inner_words()
            for a in anchors:
                k = bisect.bisect_right(begins, a) - 1
                lo = k
                while lo > 0 and k - lo < _REACH and (t[lo - 1].kind in (NUM, SIGN) or t[lo - 1].low in inner):
                    lo -= 1
                allowed[lo : k + 1] = b"\x01" * (k + 1 - lo)
        i = 0
        while i < n:
            tok = t[i]
            if (allowed is not None and not allowed[i]) or tok.kind == PUNCT or (
                    tok.kind == WORD and tok.low not in starts and not (i + 1 < n and t[i + 1].kind == SIGN)):
                i += 1  # cannot start an amount ("the", ","): the common case, decided in one lookup
                continue
            if tok.low in lx.ARTICLES and (i + 1 >= n or t[i + 1].low not in _after_article()):
                i += 1  # "a" starts an amount only before a scale, a fraction or a currency word
                continue
            e = self.expression(i)
            if e is None:
                i += 1
                continue
            out.append(e)
            i = max(e.next, i + 1)
        return out

    # --- token helpers ------------------------------------------------------------------------------

    def low(self, i: int) -> str:
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
        return g == "" or (len(g) == 1 and g in _SPACES)

    def near(self, i: int) -> bool:
        """Token i is attached to token i-1 or separated by plain spaces only (no line break)."""
        return i <= 0 or i >= self.n or self.t[i].near

    def is_punct(self, i: int, chars: str | frozenset[str]) -> bool:
        return 0 <= i < self.n and self.t[i].kind == PUNCT and self.t[i].text in chars

    def phrase_at(self, i: int, phrases: frozenset[str] | dict[str, str], max_words: int = 5) -> int:
        """Length in tokens of the longest phrase of ``phrases`` starting at token i (0 if none)."""
        if i >= self.n or self.t[i].low.rstrip(".") not in _edge_words(id(phrases), phrases, 0):
            return 0  # no phrase starts with this word: the common case, in one lookup
        best = 0
        words: list[str] = []
        for k in range(i, min(self.n, i + max_words)):
            if k > i and not self.near(k):
                break
            words.append(self.t[k].low)
            joined = " ".join(words)
            if joined in phrases or (joined.endswith(".") and joined[:-1] in phrases):
                best = k - i + 1
        return best

    def phrase_before(self, i: int, phrases: frozenset[str] | dict[str, str], max_words: int = 5) -> int:
        """Length in tokens of the longest phrase of ``phrases`` ending right before token i (0 if none)."""
        if i <= 0 or self.t[i - 1].low.rstrip(".") not in _edge_words(id(phrases), phrases, -1):
            return 0  # no phrase ends with this word
        best = 0
        words: list[str] = []
        for k in range(i - 1, max(-1, i - 1 - max_words), -1):
            if not self.near(k + 1):
                break
            words.insert(0, self.t[k].low)
            joined = " ".join(words)
            if joined in phrases or (joined.endswith(".") and joined[:-1] in phrases):
                best = i - k
        return best

    # --- currency signals ---------------------------------------------------------------------------

    def _sign(self, text: str, i0: int, i1: int, kind: str = "sign") -> Signal | None:
        tab = self.tab
        cands = tab.signs.get(text)
        if cands is None and text.endswith("."):
            cands = tab.signs.get(text[:-1])
        if cands is not None:
            if kind == "sign" and text[0].isalpha() and not self.field and text in tab.letter_signs_prose_unsafe \
                    and not (text in lx.LETTER_SIGNS_ON_FORMATTED_NUMBERS and self._formatted_number(i1)):
                return None
            return self._signal(kind, i0, i1, cands, text)
        label = tab.non_iso.get(text) or tab.non_iso.get(text.lower())
        if label is not None:
            return self._signal("unit", i0, i1, (), text, label=label)
        return None

    def _formatted_number(self, i: int) -> bool:
        """True when token i is a number glued to the sign before it and written as money is: with
        decimals or digit groups ("R18.99", "R15 000", "R2,500"), or with a multiplier ("R2bn")."""
        if i >= self.n or self.t[i].kind != NUM or not self.t[i].attached:
            return False
        num = self._digits_at(i)
        if num is None:
            return False
        return num.decimals or num.mult > 0 or num.t1 > i + 1 or not self.t[i].text.isdigit()

    def _signal(self, kind: str, i0: int, i1: int, cands: tuple[str, ...], key: str, **kw: object) -> Signal:
        conv = self.tab.defaults.get(key) or self.tab.defaults.get(key.lower())
        if conv is None and len(cands) == 1:
            conv = cands[0]
        return Signal(kind, self.text[self.t[i0].start : self.t[i1 - 1].end], cands, i0, i1,
                      self.t[i0].start, self.t[i1 - 1].end, convention=conv, **kw)  # type: ignore[arg-type]

    def _code(self, tok: Token, attached_to_number: bool, *, before_integer: bool = False,
              hybrid: bool = False) -> str | None:
        """The ISO code a word token spells, if it may be read as one here.

        Codes that are English words ("ALL", "TOP", "TRY") count only touching a number or in a field;
        codes that are common abbreviations ("PHP 8", "SDG 4") not before a bare integer; lower-case codes
        ("usd", "rmb") never for either kind. ``hybrid`` is a code glued to "$" ("cad$ 15"), always money.
        """
        w = tok.text
        tab = self.tab
        if len(w) != 3:
            return None
        up = w.upper()
        if up not in tab.currencies:
            return None
        if hybrid:
            return up
        if w != up and (w != w.lower() or up in tab.codes_that_are_words or up in tab.codes_that_are_acronyms):
            return None
        if up in tab.codes_that_are_words and not (self.field or attached_to_number):
            return None  # "ALL 5 solutions", "TOP 10"
        if up in tab.codes_that_are_acronyms and before_integer and not self.field:
            return None  # "PHP 8", "SDG 4", "CVE 2024"
        return up

    def signal_at(self, i: int, *, prefix: bool) -> Signal | None:
        """The currency signal starting at token i, or None. ``prefix`` says a number follows it (as in
        "$5", "USD 200"); otherwise it follows a number ("5$", "200 USD", "50 cents")."""
        if i >= self.n:
            return None
        tok = self.t[i]
        tab = self.tab
        if tok.kind == SIGN:
            sign_mu = tab.minor_units.get(tok.text)
            if sign_mu is not None:
                return None if prefix else self._signal("minor", i, i + 1, sign_mu.candidates, tok.text,
                                                        divisor=sign_mu.divisor)
            sig = self._sign(tok.text, i, i + 1)
            if sig is None:
                return None
            # "$ SGD4.90", "$SGD 5": a dollar sign that a code right after it makes precise.
            if tok.text in _DOLLAR_SIGNS and i + 1 < self.n and self.t[i + 1].kind == WORD and self.near(i + 1):
                code = self._code(self.t[i + 1], True)
                if code is not None and code in sig.candidates:
                    return self._signal("code", i, i + 2, (code,), code)
            return sig
        if tok.kind != WORD:
            return None
        nxt = self.t[i + 1] if i + 1 < self.n else None
        if tok.low not in _signal_words() and not (nxt is not None and nxt.kind == SIGN):
            return None
        # Code or letters + "$": "USD$ 115", "nzd$15", "BRL$20", "US $", "hk $", "c $" (tokenised news).
        if nxt is not None and nxt.kind == SIGN and nxt.text in _DOLLAR_SIGNS and not (
                tok.text.endswith(".") and "." not in tok.text[:-1]):  # "c. $500" is circa, not C$
            stem = tok.text.replace(".", "")
            attached = nxt.attached
            if attached or ((len(stem) >= 2 or stem.lower() == "c") and self.spaced_once(i + 1)):
                code = self._code(tok, True, hybrid=True) if len(stem) == 3 and tok.text.isalpha() else None
                if code is not None and code in (tab.signs.get("$") or ()) + (code,):
                    return self._signal("code", i, i + 2, (code,), code)
                for key in (stem + "$", stem.upper() + "$"):
                    if key in tab.signs and stem.lower() not in ("a", "s"):
                        return self._signal("sign", i, i + 2, tab.signs[key], key)
        if i >= 2 and tok.attached and self.is_punct(i - 1, "/") and self.t[i - 1].attached \
                and self.t[i - 2].kind == WORD and self._code(self.t[i - 2], True) is not None:
            return None  # "EUR/USD 1.0850": a currency pair quotes a rate, it is not money
        # ISO code, possibly scale-prefixed ("MUSD", "MEUR").
        touching = (prefix and nxt is not None and nxt.kind == NUM and nxt.attached) or (not prefix and tok.attached)
        bare_int = prefix and nxt is not None and nxt.kind == NUM and nxt.text.isdigit() \
            and self.multiplier_at(i + 2) is None
        code = self._code(tok, touching, before_integer=bare_int)
        if code is not None:
            return self._signal("code", i, i + 1, (code,), code)
        w = tok.text
        if len(w) in (4, 5) and w[0] in lx.CODE_SCALE_PREFIXES and w[1:].isupper():
            for cut in (1, 2):
                stem = w[cut:]
                if w[:cut] in lx.CODE_SCALE_PREFIXES and len(stem) == 3 and stem in tab.currencies:
                    return self._signal("code", i, i + 1, (stem,), stem, scale=lx.CODE_SCALE_PREFIXES[w[:cut]])
        # "LPA": lakhs per annum, INR by convention.
        n_lpa = self.phrase_at(i, lx.LAKHS_PER_ANNUM, 3)
        if n_lpa and not prefix:
            return self._signal("unit", i, i + n_lpa, ("INR",), "INR", scale=5, period="year")
        # Minor units: "cents", "pence", "99p", "10 c" (the single letters read through their words).
        minor_key = lx.LETTER_MINOR_UNITS.get(w, tok.low)
        mu = tab.minor_units.get(tok.low) or tab.minor_units.get(w) or tab.minor_units.get(minor_key)
        if mu is not None and not prefix:
            return self._signal("minor", i, i + 1, mu.candidates, minor_key, divisor=mu.divisor)
        # Word-shaped signs: "zł", "Kč", "руб.", "Rs", "RM", "kr". A word that is also a name ("lei") reads as
        # the name after a number, which number words may then precede ("two lei"), and as a sign before one.
        sig = self._sign(w, i, i + 1)
        # Names, longest first: "us dollars", "pounds sterling", "hong kong dollars", "euros"; a name longer
        # than a sign it starts with wins ("CFA franc BCEAO" over "CFA").
        best: Signal | None = None
        words: list[str] = []
        for k in range(i, min(self.n, i + 4)):
            if self.t[k].kind != WORD or (k > i and not self.spaced_once(k)):
                break
            words.append(self.t[k].low)
            joined = " ".join(words)
            cands = tab.names.get(joined) or tab.names.get(joined.rstrip("."))
            if cands is not None:
                best = self._signal("name", i, k + 1, cands, joined.rstrip("."))
            elif joined in tab.non_iso or joined.rstrip(".") in tab.non_iso:
                best = self._signal("unit", i, k + 1, (), joined, label=tab.non_iso.get(joined, joined))
        if sig is not None and (best is None or (best.t1 == sig.t1 and prefix)):
            return sig
        return best

    # --- numbers ------------------------------------------------------------------------------------

    def multiplier_at(self, i: int) -> tuple[int, int, bool] | None:
        """(power of ten, tokens used, implies money) of a multiplier word at token i ("k", "million"),
        also after a hyphen for the long words ("$1.5-billion", "a $5-million contract")."""
        if self.is_punct(i, "-") and self.t[i].attached and i + 1 < self.n and self.t[i + 1].attached \
                and self.t[i + 1].kind == WORD and self.t[i + 1].low in lx.SCALES:
            power = lx.SCALES[self.t[i + 1].low]
            return power, 2, False
        if i >= self.n or self.t[i].kind != WORD or not self.near(i):
            return None
        w = self.t[i].low
        key = w if w in lx.MULTIPLIERS else w.rstrip(".")
        if key not in lx.MULTIPLIERS:
            return None
        if key in lx.SHORT_MULTIPLIERS and not self.spaced_once(i):
            return None
        if self.t[i].text in lx.MULTIPLIERS_ATTACHED_ONLY and not self.t[i].attached:
            return None
        power = lx.MULTIPLIERS[key]
        if key in lx.STACKING_SCALES and i + 1 < self.n and self.spaced_once(i + 1):
            top = self.t[i + 1].low.rstrip(".")
            if top in lx.STACKED_SCALES and lx.STACKED_SCALES[top] > power:
                return power + lx.STACKED_SCALES[top], 2, False  # "₹1.5 lakh crore" is 1.5 × 10^12
        return power, 1, key in lx.MONEY_MULTIPLIERS

    def number_at(self, i: int, *, digits_only: bool = False) -> Amount | None:
        """The number starting at token i (digits, or English words), with a following multiplier."""
        if i >= self.n:
            return None
        tok = self.t[i]
        if tok.kind == NUM:
            return self._digits_at(i)
        if tok.kind == WORD and not digits_only:
            return self._words_at(i)
        return None

    def _digits_at(self, i: int) -> Amount | None:
        tok = self.t[i]
        if len(tok.text) > _MAX_NUMBER_CHARS:
            return None
        raw = tok.text
        j = i + 1
        # "1 234,56", "2 660": digit groups split by single spaces form one number when the groups say so.
        if len(raw) <= 3 and raw.isdigit():
            while j < self.n and self.t[j].kind == NUM and len(self.gap(j)) == 1 and self.gap(j) in _SPACES:
                nxt = self.t[j].text
                head = nxt.split(",")[0].split(".")[0]
                if len(head) != 3 or not head.isdigit() or "," in raw or "." in raw:
                    break
                raw = raw + self.gap(j) + nxt
                j += 1
        if self.field and j + 1 < self.n and self.is_punct(j, ".,") and self.t[j].attached \
                and self.t[j + 1].kind == NUM and len(self.t[j + 1].text) == 2 and self.t[j + 1].text.isdigit() \
                and self.gap(j + 1) == " " and self.t[j].text not in raw:
            raw = raw + self.t[j].text + self.t[j + 1].text  # price fields: "$119. 95", "118, 99 TL"
            j += 2
        if j < self.n and self.t[j].kind == PUNCT and self.t[j].text in lx.PERCENT_SIGNS and self.near(j):
            return None
        dash_cents = j + 1 < self.n and self.is_punct(j, ".,/") and self.t[j].attached \
            and self.is_punct(j + 1, "-–—") and self.t[j + 1].attached \
            and (j + 2 >= self.n or not (self.t[j + 2].attached and self.t[j + 2].kind == NUM))
        if j < self.n and self.t[j].low in lx.PERCENT_WORDS and self.near(j):
            return None
        mult = self.multiplier_at(j)
        glued = None
        if mult is None and j < self.n and self.t[j].attached and self.t[j].kind == WORD:
            if self.t[j].text[0] in lx.CJK_NUMERALS:
                return None  # "1億円", "3千万": a numeral phrase these digits only begin
            glued = self._glued_period(j)
            if glued is not None:
                mult = glued[0], 1, False
        reading = read_digits(raw.replace(". ", ".").replace(", ", ","), three_decimals=mult is not None)
        if reading is None or reading.length != len(raw.replace(". ", ".").replace(", ", ",")):
            return None
        amt = Amount(reading.value, i, j, decimals=reading.decimals or (dash_cents and mult is None))
        if dash_cents and mult is None:
            amt.tail = 2  # "50,- Kč", "1.899,-", "Rs. 25,000/-": a dash for "no fraction" (Central European, Indian)
        amt.raw = raw
        if mult is not None:
            power, used, money = mult
            amt.number = scaled(amt.number, power)
            amt.mult = power
            amt.t1 = j + used
            amt.grand = money
            amt.scale_word = self.t[j + used - 1].low
            if glued is not None:
                amt.period = glued[1]
                amt.scale_word = self.t[j].low[: -len(glued[2])]
        return amt

    def _glued_period(self, j: int) -> tuple[int, str, str] | None:
        """(power, period, period as written) of a word that glues a period to a multiplier: "kpa" of
        "£25kpa", "Kpcm" of "£2Kpcm"."""
        w = self.t[j].low
        for cut in (1, 2):
            head, tail = w[:cut], w[cut:]
            if head in lx.SHORT_MULTIPLIERS and tail in lx.GLUED_PERIODS:
                if self.signal_at(j, prefix=False) is not None:
                    return None  # "1KPW" is a North Korean won, not a thousand a week
                return lx.MULTIPLIERS[head], lx.PERIOD_WORDS[tail], tail
        return None

    def _words_at(self, i: int) -> Amount | None:
        w = self.t[i].low
        if not (w in lx.UNITS or w in lx.TENS or w in lx.ARTICLES or w in lx.FRACTIONS):
            return None
        if i >= 2 and self.t[i].attached and self.is_punct(i - 1, "-") and self.t[i - 1].attached \
                and self.t[i - 2].kind == WORD:
            return None  # the tail of a hyphenated phrase: "half" of "one-and-a-half"
        words: list[str] = []
        index: list[int] = []
        for k in range(i, min(self.n, i + _MAX_NUMBER_WORDS)):
            tk = self.t[k]
            if k > i and not self.near(k):
                break
            if tk.kind == WORD:
                words.append(tk.low)
            elif tk.kind == PUNCT and tk.text == "-" and tk.attached:
                if words and words[-1] not in lx.TENS and k + 1 < self.n and self.t[k + 1].attached \
                        and self.t[k + 1].kind == WORD:
                    continue  # "one-and-a-half million": the hyphens join words, as spaces would
                words.append("-")
            else:
                break
            index.append(k)
        got = read_words(words)
        if got is None:
            return None
        value, used = got
        amt = Amount(value, i, index[used - 1] + 1, words=True)
        if any(words[u] in lx.SCALES for u in range(used)):
            amt.mult = 3
            amt.scale_word = next(words[u] for u in range(used - 1, -1, -1) if words[u] in lx.SCALES)
        mult = self.multiplier_at(amt.t1)
        if mult is not None and mult[2]:  # "fifty grand"
            amt.number = scaled(amt.number, mult[0])
            amt.mult = mult[0]
            amt.t1 += mult[1]
            amt.grand = True
        return amt

    # --- amounts ------------------------------------------------------------------------------------

    def amount(self, i: int, *, and_cents: bool = True) -> Amount | None:
        """The amount starting at token i: a currency-signed number ("$5", "5 EUR", "twenty dollars",
        "50 cents"), or a bare number (the caller decides whether a bare number may be money).
        ``and_cents`` False keeps "and 50" out of the amount (after "between", "and" joins a range)."""
        tok = self.t[i]
        self._and_cents = and_cents
        # Signal first: "$5", "US$ 3.14", "USD 200", "Rs. 20", "dollar 22.5 million", "MAUD 60".
        if tok.kind in (SIGN, WORD):
            sig = self.signal_at(i, prefix=True)
            if sig is not None and sig.kind != "minor" and sig.t1 < self.n:
                amt = self._signed_number(sig)
                if amt is not None:
                    return amt
        # "a dollar", "an euro": one, when the phrase ends there.
        if tok.kind == WORD and tok.low in lx.ARTICLES and i + 1 < self.n:
            sig = self.signal_at(i + 1, prefix=False)
            if sig is not None and sig.kind in ("name", "minor") and self.near(i + 1):
                after = self.low(sig.t1)
                if sig.t1 >= self.n or self.t[sig.t1].kind == PUNCT or after in lx.ARTICLE_MONEY_FOLLOWERS:
                    amt = Amount(Decimal(1), i, sig.t1, words=True)
                    amt.signal = sig
                    self._continuation(amt)
                    return amt
        num = self.number_at(i)
        if num is None:
            return None
        sig = self._suffix_signal(num)
        if sig is not None and sig.kind == "name" and sig.text in lx.WEIGHT_NAMES and self._weight(num.t0, sig.t1):
            return None
        if sig is not None:
            num.signal = sig
            num.t1 = sig.t1
            num.tail = 0
            if not num.mult and sig.kind == "code":  # "75 USD million"
                mult = self.multiplier_at(num.t1)
                if mult is not None and mult[0] >= 6:
                    num.number = scaled(num.number, mult[0])
                    num.mult = mult[0]
                    num.t1 += mult[1]
            self._digits_for(num)
            self._continuation(num)
            return num
        if num.words and not num.grand and not (num.mult and self._indian_salary(i, num)):
            return None  # "five" alone is not money, even in a field
        if not self.field and self._indian_salary(i, num):
            num.signal = Signal("implied", self.t[num.t1 - 1].text, lx.INDIAN_SCALE_CURRENCIES, num.t1 - 1,
                                num.t1, self.t[num.t1 - 1].start, self.t[num.t1 - 1].end, convention="INR")
        return num

    def _minus_before(self, i: int) -> bool:
        """True when a minus sign touches token i from the left and stands apart from what precedes it:
        "-$5.00", "(−€3)"; not the dash of "$3-$5" or "2-$5"."""
        if i < 1 or not self.is_punct(i - 1, lx.MINUS_SIGNS) or not self.t[i].attached:
            return False
        if i < 2 or not self.t[i - 1].attached:
            return True
        return self.t[i - 2].kind == PUNCT and self.t[i - 2].text in lx.MINUS_OPENERS

    def _weight(self, t0: int, t1: int) -> bool:
        """True when "pounds" between tokens t0 and t1 weigh: a verb of weight within three words before
        the number ("weighs about 180 pounds"), or a unit of weight after it ("7 pounds 4 ounces")."""
        if self.phrase_at(t1, lx.WEIGHT_FOLLOWERS, 2) and self.near(t1):
            return True
        if t1 + 1 < self.n and self.t[t1].kind == NUM and self.low(t1 + 1) in lx.WEIGHT_FOLLOWERS:
            return True
        for k in range(t0 - 1, max(-1, t0 - 4), -1):
            if self.t[k].kind == PUNCT:
                return False
            if self.t[k].low in lx.WEIGHT_VERBS:
                return True
        return False

    def _signed_number(self, sig: Signal) -> Amount | None:
        j = sig.t1
        if self.field and self.is_punct(j, ":") and j + 1 < self.n and self.t[j].attached:
            j += 1  # price labels: "US$:12.99"
        minus = sig.kind in ("sign", "code") and self.is_punct(j, lx.MINUS_SIGNS) and self.near(j) \
            and j + 1 < self.n and self.t[j + 1].kind == NUM and self.t[j + 1].attached
        if minus:
            j += 1  # "$-5.00", "USD -5"
        if j >= self.n or not self.near(j):
            return None
        # A name goes before digits only ("ringgit 42", "dollar 22.5 million"), never before number words:
        # "the dollars thousand of times" is not money.
        if sig.kind == "name" and (self.t[j].kind != NUM or not self.spaced_once(j)
                                   or sig.text.lower() in lx.NAMES_NOT_BEFORE_NUMBER):
            return None
        num = self.number_at(j, digits_only=sig.kind != "code")
        if num is None:
            return None
        if num.words and sig.kind != "code":
            return None
        if sig.kind == "name" and not num.mult and not num.decimals and num.number == num.number.to_integral() \
                and _YEAR_LIKE_MIN <= num.number <= _YEAR_LIKE_MAX and "," not in self.t[j].text:
            return None
        if sig.kind == "name" and (self.signal_at(num.t1, prefix=False) is not None
                                   or (self.is_punct(num.t1, lx.RANGE_DASHES) and self.t[num.t1].attached)):
            return None  # "won 500 euros": the number has a currency of its own; "won 3-1" is a score
        if sig.kind == "sign" and sig.text in _DOLLAR_SIGNS and self._code_context(sig, num):
            return None
        num.t0 = sig.t0
        num.signal = sig
        num.negative = minus
        # A redundant or more precise signal after the number: "$10 dollars", "£94.50 GBP", "$1,190.00 AUD".
        tail = self.signal_at(num.t1, prefix=False)
        if tail is not None and tail.kind in ("code", "name") and self.near(tail.t0):
            common = tuple(c for c in sig.candidates if c in tail.candidates)
            if common and not (tail.kind == "code" and self._attached_to_number_after(tail)):
                merged = self._signal(tail.kind if len(common) < len(sig.candidates) else sig.kind, sig.t0,
                                      tail.t1, common, tail.text if len(common) == 1 else sig.text)
                merged.scale = sig.scale or tail.scale
                num.signal = merged
                num.t1 = tail.t1
        elif tail is not None and tail.kind == "unit" and tail.period and not num.mult and self.near(tail.t0) \
                and any(c in tail.candidates for c in sig.candidates):
            # "₹12 LPA", "Rs 7-9 LPA": the sign names the currency, the unit adds lakhs and the year.
            merged = self._signal(sig.kind, sig.t0, tail.t1, tail.candidates, sig.text, scale=tail.scale,
                                  period=tail.period)
            num.signal = merged
            num.t1 = tail.t1
        self._digits_for(num)
        self._continuation(num)
        return num

    def _digits_for(self, amt: Amount, signal: Signal | None = None) -> None:
        """Re-read "1.234" as 1.234 when every currency the signal may be has three minor digits
        ("KD 1.234", "423.923 OMR"): there a lone separator before three digits is a decimal point.
        ``signal`` is the one the amount inherits when it has none of its own (a range's other end)."""
        sig = amt.signal or signal
        if sig is None or amt.raw is None or amt.mult or not sig.candidates:
            return
        info = self.tab.currencies
        if all(c in info and info[c].digits == 3 for c in sig.candidates):
            reading = read_digits(amt.raw, three_decimals=True)
            if reading is not None:
                amt.number = reading.value
                amt.decimals = reading.decimals

    def _attached_to_number_after(self, sig: Signal) -> bool:
        return sig.t1 < self.n and self.t[sig.t1].kind == NUM and self.t[sig.t1].attached

    def _code_context(self, sig: Signal, num: Amount) -> bool:
        """True when a "$" and its number look like code ("s/(a)/$1/", "echo '$2'", "{print $10}"): only a
        positional parameter, one or two bare digits, can be; a number written as money is money whatever
        touches it ("**$100k**", "<b>$500</b>", "<td>$45,000</td>", 'a "$1 billion" deal')."""
        raw = num.raw
        if num.mult or num.decimals or raw is None or not raw.isdigit() or len(raw) > 2:
            return False
        before = self.text[sig.start - 1] if sig.start > 0 else " "
        end = self.t[num.t1 - 1].end
        after = self.text[end] if end < len(self.text) else " "
        if after == "/" and self._period_after_slash(num.t1 + 1) is not None:
            return False  # "Pay=$20/hr": a rate, whatever precedes it
        if before in lx.PROSE_QUOTES or after in lx.PROSE_QUOTES:
            # Quoted on both sides it is a shell's ("echo '$2'"); on one side, prose ('the "$5 menu"'):
            # judge the other side alone.
            if before in lx.PROSE_QUOTES and after in lx.PROSE_QUOTES:
                return True
            before = " " if before in lx.PROSE_QUOTES else before
            after = " " if after in lx.PROSE_QUOTES else after
        if before in lx.CODE_BEFORE or before.isalnum():
            return True
        if after in lx.CODE_AFTER or (after.isalpha() and num.t1 < self.n and self.t[num.t1].start == end
                                    and self.t[num.t1].kind == WORD and self.signal_at(num.t1, prefix=False) is None
                                    and not self._period_word(num.t1)):
            return True
        if after != "/":
            return False
        # "$85/bbl": a unit after the slash; "s/a/$1/g", "$1/": a substitution. (A period there returned above.)
        unit = self.t[num.t1 + 1] if num.t1 + 1 < self.n else None
        return unit is None or not (unit.kind == WORD and unit.attached and len(unit.text) >= 2
                                    and unit.text.isalpha())

    def _period_word(self, i: int) -> bool:
        return self.low(i) in lx.PERIOD_WORDS

    def _suffix_signal(self, num: Amount) -> Signal | None:
        """The signal after a number: "5 €", "10k$", "115USD", "50 cents", "99p", "one-yen", "12 LPA"."""
        j = num.t1 + num.tail
        if j >= self.n:
            return None
        hyphen = False
        if self.is_punct(j, "-") and self.t[j].attached and j + 1 < self.n and self.t[j + 1].attached:
            j += 1  # "12-cent", "one-yen"
            hyphen = True
        if not self.near(j):
            return None
        sig = self.signal_at(j, prefix=False)
        if sig is None:
            return None
        if hyphen and sig.kind not in ("name", "minor"):
            return None
        if sig.kind == "minor" and sig.text in lx.LETTER_MINOR_UNITS and sig.text.isalpha():
            # "99p", "50c", "10 c": only after a small amount ("1080p" is a video format, "100c" a grade),
            # and not "p/h", "p/a", "ph" — those spell a period ("10p/hr" is £10 per hour in job ads).
            if self.is_punct(sig.t1, "/") and self.t[sig.t1].attached:
                return None
            small = num.decimals or (num.number < 100 and not num.mult)
            if not small or num.words:
                return None
            if not self.t[j].attached and not (sig.t1 >= self.n or self.t[sig.t1].kind == PUNCT):
                return None
        if sig.kind == "code" and sig.t1 < self.n and self.t[sig.t1].kind == NUM and self.t[sig.t1].attached \
                and not self.t[j].attached:
            return None  # "3 USD50 cards": the code belongs to the number it touches
        if sig.kind == "sign" and not self.t[j].attached and sig.t1 < self.n and self.near(sig.t1):
            # "1 $ 10 dollars": a sign spaced on both sides binds to the right when the right side
            # confirms it with a name; "10 $ 30 $" keeps it on the left.
            right = self.number_at(sig.t1, digits_only=True)
            if right is not None:
                tail = self.signal_at(right.t1, prefix=False)
                if tail is not None and tail.kind == "name":
                    return None
        if num.words and sig.kind == "sign" and not self.field:
            return None  # "five $" is not how money is written in words
        return sig

    def _continuation(self, amt: Amount) -> None:
        """Cents written after the main unit: "$20 43", "15 dollars and 50", "3 GBP 1 pence",
        "twenty dollar 43 cents", "US$3 and fourteen"."""
        sig = amt.signal
        if sig is None or sig.kind not in ("sign", "code", "name") or amt.decimals or amt.mult or sig.scale:
            return
        if amt.number != amt.number.to_integral_value():
            return
        j = amt.t1
        if j >= self.n or not self.near(j):
            return
        if self.low(j) in lx.CENTS_CONNECTORS:
            if not self._and_cents:
                return
            j += 1
            if j >= self.n or not self.near(j):
                return
        tok = self.t[j]
        if tok.kind == NUM:
            if not (tok.text.isdigit() and len(tok.text) <= 2):
                return
            cents = Decimal(tok.text)
            k = j + 1
        elif tok.kind == WORD:
            got = self._words_at(j)
            if got is None or got.number >= 100 or got.number != got.number.to_integral_value() or got.mult:
                return
            cents = got.number
            k = got.t1
        else:
            return
        divisor = Decimal(100)
        minor = self.signal_at(k, prefix=False) if k < self.n and self.near(k) else None
        if minor is not None and minor.kind == "minor":
            divisor = Decimal(minor.divisor)
            k = minor.t1
        elif minor is not None:
            return  # "50 dollar 50 dollar": the next number has its own currency
        elif k < self.n and self.t[k].attached and self.t[k].kind != PUNCT:
            return  # "10 turkish lira 11a": a code, not cents
        elif k < self.n and self.t[k].kind != PUNCT and self.low(k) not in lx.CONTINUATION_FOLLOWERS:
            return  # "$20 and 43 people"
        elif k < self.n and self.t[k].kind == PUNCT and self.t[k].text in "%-–/(" and self.near(k):
            return
        amt.number = amt.number + context().divide(cents, divisor)
        amt.decimals = True
        amt.t1 = k

    # --- expressions --------------------------------------------------------------------------------

    def expression(self, i: int, *, inner: bool = False) -> Expr | None:
        """The expression whose first amount starts at token i, or None."""
        tok = self.t[i]
        if tok.kind == PUNCT:
            return None
        opener = self._opener(i)
        first = self.amount(i, and_cents=opener is None or not set(lx.RANGE_OPENERS[opener]) & lx.CENTS_CONNECTORS)
        if first is None:
            return None
        if first.signal is None and i >= 2 and self.t[i].attached and self.is_punct(i - 1, lx.RANGE_DASHES) \
                and self.t[i - 1].attached and self.t[i - 2].kind == NUM:
            return None  # "13" of "2012–13" is the end of a span, not the start of money
        if first.signal is not None and self._minus_before(i):
            first.negative = True  # "-$5.00", "−€3 discount"
            first.t0 = i - 1
        change = (opener in lx.CHANGE_OPENERS and self._change_context(i - 1)) or self._changed_by(i)
        expr: Expr | None = None
        j = first.t1 + first.tail
        conn = self._connector(j, opener, words=not change)
        first_period = None
        if conn is None:
            # "7 per hour to 8.50 per hour", "£10 an hour to £12 an hour": a period on each end.
            first_period = self.period_phrase_at(j)
            if first_period is not None:
                conn = self._connector(first_period[1], opener, words=not change)
        if conn is not None and conn < self.n:
            second = self.amount(conn)
            if second is not None:
                expr = self._range(first, second)
                if expr is not None and first_period is not None:
                    expr.period = first_period[0]
                    expr.period_text = self.text[self.t[j].start : self.t[first_period[1] - 1].end]
        if expr is None and self.field and conn is not None and conn < self.n \
                and self.low(conn) in lx.OPEN_TOP_WORDS and (first.signal is not None or self.field):
            expr = Expr(first, first)
            expr.bound, expr.bound_text = "min", self.t[conn].text  # "18,000 to Competitive"
            expr.next = conn + 1
        if expr is None:
            if first.signal is None and not first.grand and not self.field:
                return None
            expr = Expr(first, first)
        if first.signal is None and first.grand and expr.hi.signal is None:
            first.signal = self._grand_signal(first)
        if expr.lo.signal is None and expr.hi.signal is None:
            if not self.field:
                return None
            expr.field_bare = True
        if expr.hi.period is not None:
            expr.period = expr.hi.period  # "£25kpa"
            expr.period_text = self.t[expr.hi.t1 - 1].text[len(expr.hi.scale_word):]
        elif expr.hi.signal is not None and expr.hi.signal.label is None and expr.hi.signal.period:
            expr.period = expr.hi.signal.period
            # a unit signal is the period's own words ("LPA"); a sign merged with one ends with them ("₹12 LPA")
            expr.period_text = expr.hi.signal.text if expr.hi.signal.kind == "unit" else self.t[expr.hi.t1 - 1].text
        expr.t0, expr.t1 = expr.lo.t0, expr.hi.t1
        expr.start, expr.end = self.t[expr.t0].start, self.t[expr.t1 - 1].end
        self._after(expr, inner)
        self._before(expr, i, change)
        if expr.bound is not None and not expr.is_range:
            for q in expr.equivalents:
                if q.bound is None and not q.is_range:
                    q.bound = expr.bound  # "up to $200,000 (£160,000)": the restatement is a bound too
        return expr

    def _indian_salary(self, i: int, amt: Amount) -> bool:
        """"12 lakhs per annum", "a CTC of 1.2 crore": lakh or crore with a pay period after it or a pay word
        shortly before it is money (in rupees by convention); "12 lakh voters" is not."""
        words = [self.t[k].low for k in range(amt.t0, amt.t1)]
        if not any(w in lx.INDIAN_SCALES for w in words):
            return False
        if self.period_phrase_at(amt.t1) is not None:
            return True
        return any(self.t[k].low in lx.PAY_NOUNS for k in range(max(0, i - 5), i))

    def _grand_signal(self, amt: Amount) -> Signal:
        tok = self.t[amt.t1 - 1]
        # "fifty grand" is dollars or pounds, whichever the text is about: USD by convention, GBP (or any
        # dollar) through default_currency.
        readings = [self.tab.names.get(name, ()) for name in lx.MONEY_MULTIPLIER_NAMES]
        firsts = [r[0] for r in readings if r]
        cands = tuple(dict.fromkeys([*firsts, *(c for r in readings for c in r)]))
        return Signal("implied", tok.text, cands, amt.t1 - 1, amt.t1, tok.start, tok.end, convention=cands[0])

    def _opener(self, i: int) -> str | None:
        w = self.low(i - 1)
        if w in lx.RANGE_OPENERS and self.near(i):
            return w
        return None

    def _change_context(self, i: int) -> bool:
        """True when a verb of change comes within ten words before token i ("rose from $5", "cut the
        company's annual bill from $90m"), in the same sentence; within twenty-five when a comma stands
        right before token i ("raise its starting wage to more than $22 an hour, from $20.50"). Read from
        the text itself, which may reach back further than the window's tokens."""
        if i < 0 or i >= self.n:
            return False
        end = self.t[i].start
        reach = 25 if self.is_punct(i - 1, ",") else 10
        before = self.text[max(0, end - 10 * reach) : end]
        words: list[str] = _WORDS_RE.findall(before)[-reach:]
        for w in reversed(words):
            if w in lx.SENTENCE_ENDS:
                return False
            if w.lower() in lx.CHANGE_WORDS:
                return True
        return False

    def _changed_by(self, i: int) -> bool:
        """True when a verb of change stands right before token i, or before "by" right before it: "Gold
        rose Rs 250 to Rs 63,450" and "cut by $5 to $20" name a change and a new value, not a range."""
        k = i - 1
        if self.low(k) in lx.CHANGE_BY_WORDS:
            k -= 1
        if self.low(k) in lx.CHANGE_PARTICLES:
            k -= 1  # "went up $2 to $15"
        return k >= 0 and self.low(k) in lx.CHANGE_WORDS and self.low(k) not in lx.CHANGE_PARTICLES

    def _connector(self, j: int, opener: str | None, *, words: bool = True) -> int | None:
        """Index of the token after a range connector at token j, or None. ``words`` False allows only
        dashes: after a verb of change, "from $5 to $7" names two values, not a range."""
        if j >= self.n or not self.near(j):
            return None
        tok = self.t[j]
        if tok.kind == PUNCT and tok.text in lx.RANGE_DASHES:
            if self.is_punct(j + 1, "-") and self.t[j + 1].attached:
                j += 1  # "--"
            elif self.low(j + 1) == "to" and self.t[j + 1].attached and self.is_punct(j + 2, "-") \
                    and self.t[j + 2].attached:
                j += 2  # "-to-"
            if j + 1 < self.n and self.near(j + 1):
                return j + 1
            return None
        w = tok.low
        if not words:
            return None
        if opener is not None and w in lx.RANGE_OPENERS[opener]:
            return j + 1  # "between X and Y", "between X & Y", "from X to Y"
        if w in lx.RANGE_WORDS:
            return j + 1
        if j + 1 < self.n and f"{w} {self.t[j + 1].low}" in lx.RANGE_WORDS:
            return j + 2  # "up to"
        if w in lx.RANGE_CONNECTORS_BETWEEN_SIGNS and j + 1 < self.n and self.t[j + 1].kind == SIGN \
                and self.t[j - 1].kind == NUM:
            return j + 1  # "R$8.000,00 a R$13.000,00": the Romance "a" between two signed amounts
        return None

    def _range(self, lo: Amount, hi: Amount) -> Expr | None:
        """Two amounts joined by a connector, if they make a range: compatible currencies, low <= high.
        A currency, scale or multiplier written once serves both ends ("$300-900k", "7-9 lakh rupees")."""
        ls, hs = lo.signal, hi.signal
        # A currency only implied by a word ("2l p.a." is rupees by convention) yields to one written on the
        # other end: "US$1-2l p.a." is dollars.
        if hs is not None and hs.kind == "implied" and ls is not None and ls.kind != "implied":
            hi.signal = hs = None
        elif ls is not None and ls.kind == "implied" and hs is not None and hs.kind != "implied":
            lo.signal = ls = None
        if ls is None and hs is None and not self.field:
            return None
        if ls is not None and hs is not None:
            if ls.label != hs.label:
                return None
            if ls.candidates and hs.candidates and not set(ls.candidates) & set(hs.candidates):
                return None
            if ls.divisor != hs.divisor:
                return None
        sig_lo = ls or hs
        sig_hi = hs or ls
        if ls is None:
            self._digits_for(lo, hs)  # "JOD 1.250–1.500": the end without a sign reads like the other
        if hs is None:
            self._digits_for(hi, ls)
        lo_num = lo.number
        # A multiplier (or a scale the signal implies) written only on the high end serves the low end,
        # when that keeps low <= high: "$300-900k", "£45–55k", "12–15 LPA". Same for a bare thousands
        # shorthand: "30-45000", "21 - 23,000".
        hi_val = hi.value(sig_hi)
        lo_val = lo.value(sig_lo)
        if ls is not None and hs is not None and hs.scale and not ls.scale and not lo.mult and not hi.mult:
            cand = scaled(lo.number, hs.scale)  # "₹12–15 LPA", "$30-40 MUSD"
            if cand <= hi_val:
                lo.number = cand
                lo.mult = hs.scale
                return Expr(lo, hi)
        if hi.mult and not lo.mult and not lo.words:
            cand = scaled(lo.number, hi.mult)
            if Amount(cand, 0, 0, mult=hi.mult).value(sig_lo) <= hi_val:
                lo_num = cand
                lo.mult = hi.mult
        elif not lo.mult and not lo.decimals and (ls is None or hs is None) and not hi.mult and not hi.decimals \
                and lo.number < 1000 and hi.number >= 1000 and lo.number * 1000 <= hi.number < lo.number * 10000:
            lo_num = lo.number * 1000
        lo.number = lo_num
        lo_val = lo.value(sig_lo)
        if lo_val > hi_val:
            return None
        if ls is None and lo.number == lo.number.to_integral_value() and hi.signal is None and not self.field:
            return None
        if self._year_span(lo, hi):
            return None
        return Expr(lo, hi)

    def _year_span(self, lo: Amount, hi: Amount) -> bool:
        """"2012–13", "2019-2023": a span of years, never money, whatever follows."""
        if lo.signal is not None or lo.mult or lo.decimals or hi.mult or hi.decimals:
            return False
        lt = self.t[lo.t0].text
        ht = self.t[hi.t0].text if hi.t0 < self.n else ""
        if not (lt.isdigit() and len(lt) == 4 and _YEAR_LIKE_MIN <= int(lt) <= _YEAR_LIKE_MAX):
            return False
        return ht.isdigit() and (len(ht) == 2 or (len(ht) == 4 and _YEAR_LIKE_MIN <= int(ht) <= _YEAR_LIKE_MAX))

    # --- words after the expression -----------------------------------------------------------------

    def _after(self, expr: Expr, inner: bool) -> None:
        k = expr.next
        k = self._bound_after(expr, k)
        had_period = expr.period is not None
        k = self._period_after(expr, k)
        if expr.bound is None and expr.period is not None and not had_period:
            k = self._bound_after(expr, k)  # "$15/hr or more", "£10 an hour or less"
        # A parenthesis is a restatement when money is in it ("(approx. £4)"), an estimate note otherwise
        # ("(Glassdoor est.)"): try the restatement first.
        k2 = k if inner else self._equivalents(expr, k)
        if k2 == k:
            k = self._approx_after(expr, k)
            k2 = k if inner else self._equivalents(expr, k)
        if k2 != k:
            k = k2
            if expr.period is None:
                k = self._period_after(expr, k)
            k = self._approx_after(expr, k)
        expr.next = k

    def _bound_after(self, expr: Expr, k: int) -> int:
        if expr.is_range or k >= self.n:
            return k
        tok = self.t[k]
        if tok.kind == PUNCT and tok.text == "+" and tok.attached:
            expr.bound, expr.bound_text = "min", "+"
            return k + 1
        if tok.kind == PUNCT and tok.text == "-" and tok.attached and self.low(k + 1) == "plus" \
                and self.t[k + 1].attached:
            expr.bound, expr.bound_text = "min", self.text[tok.start : self.t[k + 1].end]  # "$100,000-plus"
            return k + 2
        n = self.phrase_at(k, lx.BOUNDS_AFTER, 2) if tok.text != "+" else 0
        if n and self.near(k):
            phrase = " ".join(self.t[x].low for x in range(k, k + n))
            end = k + n
            if phrase in lx.BOUNDS_AFTER_NOT_BEFORE_WORDS and end < self.n \
                    and self.t[end].kind == WORD and self.near(end) and self.period_phrase_at(end) is None:
                return k  # "£30k plus benefits", "max salary" is not a bound
            if end < self.n and f"{self.t[end - 1].low} {self.t[end].low}" in lx.BOUNDS_BEFORE:
                return k  # "7.40 p.h. & up to 46 hours": the next clause's "up to"
            expr.bound = lx.BOUNDS_AFTER.get(phrase) or lx.BOUNDS_AFTER[phrase.rstrip(".")]
            expr.bound_text = self.text[self.t[k].start : self.t[end - 1].end]
            return end
        return k

    def _period_after_slash(self, k: int) -> tuple[str, int] | None:
        """A unit after "/" at token k-1 ("/hr", "/ annum")."""
        if k >= self.n or self.t[k].kind != WORD or not self.near(k):
            return None
        w = self.t[k].low.rstrip(".")
        if w in lx.PERIOD_UNITS and (self.t[k].attached or w not in lx.PERIOD_UNITS_SLASH_ONLY):
            return lx.PERIOD_UNITS[w], k + 1  # "/a" is per annum, "/ a hundred" is not
        if w == "per" and k + 1 < self.n:
            u = self.low(k + 1).rstrip(".")
            if u in lx.PERIOD_UNITS:
                return lx.PERIOD_UNITS[u], k + 2
        if w in lx.PERIOD_WORDS:
            return lx.PERIOD_WORDS[w], k + 1
        return None

    def period_phrase_at(self, k: int, *, label: bool = False) -> tuple[str, int] | None:
        """(period, index after the phrase) for a period phrase starting at token k, or None. ``label``: the
        phrase stands before the amount as a label ("Per annum: $5"), so it may start a line."""
        if k >= self.n or not (label or self.near(k)):
            return None
        if self.field and self.is_punct(k, ".") and k + 1 < self.n:
            k += 1  # "65,000. per year" in salary fields
        start = k
        if self.is_punct(k, "-") and self.t[k].attached:
            k += 1  # "$40-an-hour", "$1.3 million-per-year"
        if k >= self.n:
            return None
        tok = self.t[k]
        if tok.kind == PUNCT and tok.text in "/／" and k + 1 < self.n:
            return self._period_after_slash(k + 1)
        w = tok.low
        if w in lx.PERIOD_PREPOSITIONS:
            j = k + 1
            if self.is_punct(j, "-/") and j + 1 < self.n:
                if w in lx.PERIOD_PREPOSITIONS_NEEDING_SLASH and self.t[j].text != "/":
                    return None
                j += 1
            if j >= self.n or self.t[j].kind != WORD or not self.near(j):
                return None
            two = f"{self.t[j].low} {self.low(j + 1)}" if j + 1 < self.n else ""
            if two in lx.PERIOD_UNITS:
                return lx.PERIOD_UNITS[two], j + 2
            u = self.t[j].low.rstrip(".")
            if u not in lx.PERIOD_UNITS:
                return None
            if u in lx.PERIOD_UNITS_SLASH_ONLY and w not in lx.PERIOD_PREPOSITIONS_FOR_ABBREVIATIONS:
                return None
            if w in lx.PERIOD_PREPOSITIONS_OF_TIME and self._time_span(j + 1):
                return None  # "$13.18 billion a year earlier"
            return lx.PERIOD_UNITS[u], j + 1
        if self.is_punct(k + 1, "-") and self.t[k + 1].attached and k + 2 < self.n and self.t[k + 2].attached \
                and f"{w}-{self.t[k + 2].low}" in lx.PERIOD_WORDS:
            return lx.PERIOD_WORDS[f"{w}-{self.t[k + 2].low}"], k + 3  # "bi-weekly"
        key = w if w in lx.PERIOD_WORDS else w.rstrip(".")
        if key in lx.PERIOD_WORDS:
            if k != start and key not in lx.PERIOD_WORDS_AFTER_HYPHEN:
                return None
            return lx.PERIOD_WORDS[key], k + 1
        return None

    def _time_span(self, k: int) -> bool:
        """True when the words at token k make "a year" before them a span of time, not a period:
        "a year earlier", "a year from now"; but "an hour from April" is a rate."""
        w = self.low(k)
        if w in lx.NOT_PERIOD_FOLLOWERS:
            return True
        if w not in lx.TIME_RELATIVE_PREPOSITIONS:
            return False
        return k + 1 >= self.n or self.t[k + 1].kind == PUNCT or self.low(k + 1) in lx.TIME_REFERENCE_POINTS

    def _period_after(self, expr: Expr, k: int) -> int:
        if expr.period is not None:
            again = self.period_phrase_at(k)  # the period repeated on the second end
            return again[1] if again is not None and again[0] == expr.period else k
        got = self.period_phrase_at(k)
        if got is None and self.low(k) in lx.PAY_QUALIFIERS and self.near(k):
            got = self.period_phrase_at(k + 1)  # "€3k net monthly", "$5,000 gross per month"
            if got is not None:
                k += 1
        if got is None:
            return k
        period, end = got
        expr.period = period
        first = k
        while first < end and self.t[first].kind == PUNCT and self.t[first].text in ".-":
            first += 1
        expr.period_text = self.text[self.t[first].start : self.t[end - 1].end]
        return end

    def _approx_after(self, expr: Expr, k: int) -> int:
        if k >= self.n or not self.near(k):
            return k
        if self.t[k].kind == PUNCT and self.t[k].text in _OPEN:
            close = _CLOSE[self.t[k].text]
            for e in range(k + 1, min(self.n, k + 6)):
                if self.is_punct(e, close):
                    inside = {self.t[x].low for x in range(k + 1, e)}
                    money_inside = any(self.t[x].kind in (NUM, SIGN) for x in range(k + 1, e))
                    if inside & lx.ESTIMATE_MARKERS and not money_inside:
                        expr.approximate = True
                        return e + 1
                    break
            return k
        if self.is_punct(k, "-") and self.t[k].attached and self.low(k + 1) in lx.APPROX_SUFFIXES_AFTER_HYPHEN \
                and self.t[k + 1].attached:
            expr.approximate = True  # "$50k-ish"
            return k + 2
        n = self.phrase_at(k, lx.APPROX_AFTER, 3)
        if n:
            expr.approximate = True
            return k + n
        return k

    def _equivalents(self, expr: Expr, k: int) -> int:
        """"(A$71,000)", "(about $54,000)", "(US$6,900 / €6,400)": restatements in parentheses right after
        the expression. Which of them are really other currencies is decided with the currencies."""
        if k >= self.n or not self.is_punct(k, _OPEN) or not self.near(k):
            return k
        close = _CLOSE[self.t[k].text]
        j = k + 1
        found: list[Expr] = []
        while j < self.n:
            lead_approx = False
            n = self.phrase_at(j, lx.EQUIVALENT_LEADS, 3)
            if n and self.is_punct(j + n, ":"):
                n += 1  # "(approx: AFN1)"
            while n:
                if " ".join(self.t[x].low for x in range(j, j + n) if self.t[x].text != ":") in lx.APPROX_BEFORE:
                    lead_approx = True
                j += n
                n = self.phrase_at(j, lx.EQUIVALENT_LEADS, 3)
                if n and self.is_punct(j + n, ":"):
                    n += 1
            if j < self.n and self.low(j) in lx.RANGE_OPENERS:
                j += 1  # "(between £4 and £6)": the inner expression finds its opener by looking back
            if j >= self.n:
                return k
            inner = self.expression(j, inner=True)
            if inner is None or inner.field_bare:
                return k
            inner.approximate = inner.approximate or lead_approx
            found.append(inner)
            j = inner.next
            if self.is_punct(j, close):
                expr.equivalents = found
                return j + 1
            if j < self.n and (self.t[j].text in lx.EQUIVALENT_SEPARATORS or self.low(j) in lx.EQUIVALENT_SEPARATORS):
                j += 1
                continue
            return k
        return k

    # --- words before the expression ----------------------------------------------------------------

    def _before(self, expr: Expr, i: int, change: bool) -> None:
        """Bound, approximation and period phrases that end right before the expression (token i)."""
        k = i
        if expr.is_range and self._opener(i):
            k -= 1  # "between", "from" belong to the range
        if self.is_punct(k - 1, ":") and k - 1 > 0:
            k -= 1  # "max: $5", "est: $5"
        for _ in range(3):
            n = self.phrase_before(k, lx.APPROX_BEFORE, 5)
            if n:
                expr.approximate = True
                k -= n
                continue
            if expr.is_range or expr.bound is not None:
                break
            n = self.phrase_before(k, lx.BOUNDS_BEFORE, 5)
            if n:
                phrase = " ".join(self.t[x].low for x in range(k - n, k))
                if phrase in lx.CHANGE_OPENERS and (change or self._change_context(k - 1)):
                    break
                expr.bound = lx.BOUNDS_BEFORE.get(phrase) or lx.BOUNDS_BEFORE[phrase.rstrip(".")]
                expr.bound_text = self.text[self.t[k - n].start : self.t[k - 1].end]
                k -= n
                continue
            if self.field and k >= 1 and self.low(k - 1) in lx.FIELD_UPPER_BOUND_WORDS \
                    and all(t.kind != NUM for t in self.t[: k - 1]):
                # salary fields: "to 35.00 per hour", "Basic to 115,000"
                expr.bound, expr.bound_text = "max", self.t[k - 1].text
                k -= 1
            break
        if expr.period is None:
            self._period_before(expr, k)

    def _period_before(self, expr: Expr, k: int) -> None:
        """"annual salary of $X", "hourly rate: $X", "a day rate of £350", "Annual: £30k", and period
        phrases as labels: "Salary per annum: £30,000", "Per hour: $20", "Salary (per year): $60k"."""
        if self.is_punct(k, ":") and self.near(k + 1):
            e = k - 1 if self.is_punct(k - 1, ")") else k
            for start in range(e - 1, max(-1, e - 4), -1):
                got = self.period_phrase_at(start, label=True)
                if got is not None and got[1] == e:
                    expr.period = got[0]
                    expr.period_text = self.text[self.t[start].start : self.t[e - 1].end]
                    return
        j = k - 1
        links = 0
        while j >= 0 and links < 3 and (self.t[j].low in lx.PAY_NOUN_LINKS or self.t[j].text == ":"):
            if not self.near(j + 1):
                return
            j -= 1
            links += 1
        nouns = 0
        while j >= 0 and nouns < 3 and (self.t[j].low in lx.PAY_NOUNS or self.t[j].low in lx.PAY_NOUN_MODIFIERS):
            if not self.near(j + 1):
                return
            j -= 1
            nouns += 1
        if j < 0 or (nouns == 0 and not (links and self.t[j + 1].text == ":")):
            return
        adj = self.t[j].low
        last = j + nouns  # the phrase ends at the last pay noun
        if j >= 2 and self.is_punct(j - 1, "-") and self.t[j].attached and self.t[j - 1].attached \
                and f"{self.t[j - 2].low}-{adj}" in lx.PERIOD_ADJECTIVES:
            adj = f"{self.t[j - 2].low}-{adj}"  # "bi-weekly pay of $5"
            j -= 2
        if adj in lx.PERIOD_ADJECTIVES and self.near(j + 1):
            expr.period = lx.PERIOD_ADJECTIVES[adj]
            expr.period_text = self.text[self.t[j].start : self.t[last].end]
