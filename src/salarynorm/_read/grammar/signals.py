"""Currency signals: how a currency is written next to a number.

Rules (each with the surface it reads):

* ``signal_at``: a sign ("$", "€", "zł"), an ISO code ("USD", also scale-prefixed "MUSD" and glued to a
  dollar "USD$"), a name ("euros", "US dollars", longest first), a minor unit ("cents", "99p"), a unit with
  no ISO code ("bitcoin") or one that carries a scale and a period ("LPA");
* ``code``: the ISO code a word spells, where it may be read as one ("ALL 5 solutions" is no lek);
* ``sign``: a sign's candidates, refusing letter signs that are words in prose ("R", "KM") unless the
  number glued to them, or one space after them, is written as money ("R18.99", "R 7 250");
* ``_bracketed_dollar``: the letters an editor puts in brackets before "$" ("[US]$3 million", "[C]$40
  million");
* ``not a currency pair``: "EUR/USD 1.0850" quotes a rate, it is not money.

Candidates are ISO codes, conventional reading first; which one is meant is decided per document later.
"""

from __future__ import annotations

from typing import Final

from ..tokens import NUM, PUNCT, SIGN, WORD, Token
from .cursor import SPACES, Cursor, phrase_at
from .digits import digits_at, multiplier_at
from .nodes import CODE, MINOR, NAME, UNIT, Signal
from .nodes import SIGN as SIGN_KIND

__all__ = ["DOLLAR_SIGNS", "code", "make_signal", "signal_at"]

DOLLAR_SIGNS: Final = frozenset({"$", "＄", "﹩"})


def make_signal(cur: Cursor, kind: str, i0: int, i1: int, cands: tuple[str, ...], key: str, *,
                divisor: int = 1, scale: int = 0, period: str | None = None, label: str | None = None) -> Signal:
    """A signal over tokens i0..i1-1, with the conventional reading of ``key`` (a sign, name or code)."""
    conv = cur.v.defaults.get(key) or cur.v.defaults.get(key.lower())
    if conv is None and len(cands) == 1:
        conv = cands[0]
    return Signal(kind, cur.text[cur.t[i0].start : cur.t[i1 - 1].end], cands, i0, i1, cur.t[i0].start,
                  cur.t[i1 - 1].end, convention=conv, divisor=divisor, scale=scale, period=period, label=label)


def formatted_number(cur: Cursor, i: int) -> bool:
    """True when token i is a number glued to the sign before it and written as money is: with decimals
    or digit groups ("R18.99", "R15 000", "R2,500"), or with a multiplier ("R2bn"); or one space after the
    sign, in digit groups or with a multiplier ("R 7 250", "N 250,000", "R 2bn"), never with decimals alone
    ("R 4.3" is the language's version) nor bare ("Section R 7", "N 250 road")."""
    if i >= cur.n or cur.t[i].kind != NUM:
        return False
    glued = cur.t[i].attached
    if not glued and cur.gap(i) not in SPACES:
        return False
    num = digits_at(cur, i)
    if num is None:
        return False
    if glued:
        return num.decimals or num.mult > 0 or num.t1 > i + 1 or not cur.t[i].text.isdigit()
    return num.mult > 0 or num.t1 > i + 1 or (not num.decimals and not cur.t[i].text.isdigit())


def sign(cur: Cursor, text: str, i0: int, i1: int) -> Signal | None:
    """The signal of a sign as written ("$", "zł", "Rs."), or of a unit with no ISO code ("₿")."""
    tab = cur.tab
    cands = tab.signs.get(text)
    if cands is None and text.endswith("."):
        cands = tab.signs.get(text[:-1])
    if cands is not None:
        if text[0].isalpha() and not cur.field and text in tab.letter_signs_prose_unsafe \
                and text not in cur.lang.signs_safe_in_prose \
                and not (text in cur.lang.letter_signs_on_formatted_numbers and formatted_number(cur, i1)):
            return None
        return make_signal(cur, SIGN_KIND, i0, i1, cands, text)
    label = tab.non_iso.get(text) or tab.non_iso.get(text.lower())
    if label is not None:
        return make_signal(cur, UNIT, i0, i1, (), text, label=label)
    return None


def code(cur: Cursor, tok: Token, attached_to_number: bool, *, before_integer: bool = False,
         hybrid: bool = False) -> str | None:
    """The ISO code a word token spells, if it may be read as one here.

    Codes that are words ("ALL", "TOP", "TRY") count only touching a number or in a field; codes that are
    common abbreviations ("PHP 8", "SDG 4") not before a bare integer; lower-case codes ("usd", "rmb")
    never for either kind. ``hybrid`` is a code glued to "$" ("cad$ 15"), always money.
    """
    w = tok.text
    tab = cur.tab
    if len(w) != 3:
        return None
    up = w.upper()
    if up not in tab.currencies:
        return None
    if hybrid:
        return up
    if w != up and (w != w.lower() or up in tab.codes_that_are_words or up in tab.codes_that_are_acronyms):
        return None
    if w != up and w in cur.v.word_codes and not (cur.field or attached_to_number):
        return None  # "sur 3 ans": a French word, not the Soviet rouble
    if up in tab.codes_that_are_words and not (cur.field or attached_to_number):
        return None  # "ALL 5 solutions", "TOP 10"
    if up in tab.codes_that_are_acronyms and before_integer and not cur.field:
        return None  # "PHP 8", "SDG 4", "CVE 2024"
    return up


# The brackets of an editor's insertion in a quotation: "[US]$3 million", "[C]$40 million".
_EDITORIAL: Final = ("[", "]")


def _bracketed_dollar(cur: Cursor, i: int) -> Signal | None:
    """The dollar sign at token i with the letters an editor put before it in brackets, all glued ("[US]$",
    "[C]$", "[NZ]$"): the sign those letters make, over the brackets too."""
    if i < 3 or not (cur.t[i].attached and cur.is_punct(i - 1, _EDITORIAL[1]) and cur.t[i - 1].attached
                     and cur.t[i - 2].kind == WORD and cur.t[i - 2].attached and cur.is_punct(i - 3, _EDITORIAL[0])):
        return None
    stem = cur.t[i - 2].text.replace(".", "")
    cands = cur.tab.signs.get(stem + cur.t[i].text) if stem.isupper() else None  # "[x]$3" is a checkbox
    return None if cands is None else make_signal(cur, SIGN_KIND, i - 3, i + 1, cands, stem + cur.t[i].text)


def signal_at(cur: Cursor, i: int, *, prefix: bool) -> Signal | None:
    """The currency signal starting at token i, or None. ``prefix`` says a number follows it (as in "$5",
    "USD 200"); otherwise it follows a number ("5$", "200 USD", "50 cents")."""
    if i >= cur.n:
        return None
    tok = cur.t[i]
    tab = cur.tab
    if tok.kind == PUNCT:  # "[C]$50 million" from its bracket, as a range's second end starts
        if prefix and tok.text == _EDITORIAL[0] and i + 3 < cur.n and cur.t[i + 3].text in DOLLAR_SIGNS:
            return _bracketed_dollar(cur, i + 3)
        return None
    if tok.kind == SIGN:
        sign_mu = cur.v.minor_units.get(tok.text)
        if sign_mu is not None:
            return None if prefix else make_signal(cur, MINOR, i, i + 1, sign_mu.candidates, tok.text,
                                                   divisor=sign_mu.divisor)
        sig = sign(cur, tok.text, i, i + 1)
        if sig is None:
            return None
        if prefix and tok.text in DOLLAR_SIGNS:
            edited = _bracketed_dollar(cur, i)
            if edited is not None:
                return edited
        # "$ SGD4.90", "$SGD 5": a dollar sign that a code right after it makes precise.
        if tok.text in DOLLAR_SIGNS and i + 1 < cur.n and cur.t[i + 1].kind == WORD and cur.near(i + 1):
            c = code(cur, cur.t[i + 1], True)
            if c is not None and c in sig.candidates:
                return make_signal(cur, CODE, i, i + 2, (c,), c)
        return sig
    if tok.kind != WORD:
        return None
    nxt = cur.t[i + 1] if i + 1 < cur.n else None
    if tok.low not in cur.v.signal_words and not (nxt is not None and nxt.kind == SIGN):
        return None
    # Code or letters + "$": "USD$ 115", "nzd$15", "BRL$20", "US $", "hk $", "c $" (tokenised news).
    if nxt is not None and nxt.kind == SIGN and nxt.text in DOLLAR_SIGNS and not (
            tok.text.endswith(".") and "." not in tok.text[:-1]):  # "c. $500" is circa, not C$
        stem = tok.text.replace(".", "")
        attached = nxt.attached
        if attached or ((len(stem) >= 2 or stem.lower() in cur.lang.dollar_letters_spaced) and cur.spaced_once(i + 1)):
            c = code(cur, tok, True, hybrid=True) if len(stem) == 3 and tok.text.isalpha() else None
            if c is not None and c in (tab.signs.get("$") or ()) + (c,):
                return make_signal(cur, CODE, i, i + 2, (c,), c)
            for key in (stem + "$", stem.upper() + "$"):
                if key in tab.signs and stem.lower() not in cur.lang.not_dollar_letters:
                    return make_signal(cur, SIGN_KIND, i, i + 2, tab.signs[key], key)
    prefixes = cur.lang.code_scale_prefixes
    if nxt is not None and nxt.kind == SIGN and nxt.attached and tok.text in prefixes \
            and nxt.text not in DOLLAR_SIGNS:
        glued = sign(cur, nxt.text, i + 1, i + 2)
        if glued is not None and glued.kind == SIGN_KIND:
            return make_signal(cur, SIGN_KIND, i, i + 2, glued.candidates, nxt.text,
                               scale=prefixes[tok.text])  # "750 T€", "60 k€", "3 M€"
    if i >= 2 and tok.attached and cur.is_punct(i - 1, "/") and cur.t[i - 1].attached \
            and cur.t[i - 2].kind == WORD and code(cur, cur.t[i - 2], True) is not None:
        return None  # "EUR/USD 1.0850": a currency pair quotes a rate, it is not money
    # ISO code, possibly scale-prefixed ("MUSD", "MEUR").
    touching = (prefix and nxt is not None and nxt.kind == NUM and nxt.attached) or (not prefix and tok.attached)
    bare_int = prefix and nxt is not None and nxt.kind == NUM and nxt.text.isdigit() \
        and multiplier_at(cur, i + 2) is None
    c = code(cur, tok, touching, before_integer=bare_int)
    if c is not None:
        return make_signal(cur, CODE, i, i + 1, (c,), c)
    w = tok.text
    if len(w) in (4, 5) and w[0] in prefixes and w[1:].isupper():
        for cut in (1, 2):
            stem = w[cut:]
            if w[:cut] in prefixes and len(stem) == 3 and stem in tab.currencies:
                return make_signal(cur, CODE, i, i + 1, (stem,), stem, scale=prefixes[w[:cut]])
    # "LPA": lakhs per annum, INR by convention.
    n_lpa = phrase_at(cur, i, cur.lang.lakhs_per_annum, 3)
    if n_lpa and not prefix:
        return make_signal(cur, UNIT, i, i + n_lpa, ("INR",), "INR", scale=5, period="year")
    # Minor units: "cents", "pence", "99p", "10 c" (the single letters read through their words).
    minor_key = cur.lang.letter_minor_units.get(w, tok.low)
    minor = cur.v.minor_units
    mu = minor.get(tok.low) or minor.get(w) or minor.get(minor_key)
    if mu is not None and not prefix:
        return make_signal(cur, MINOR, i, i + 1, mu.candidates, minor_key, divisor=mu.divisor)
    # Word-shaped signs: "zł", "Kč", "руб.", "Rs", "RM", "kr". A word that is also a name ("lei") reads as
    # the name after a number, which number words may then precede ("two lei"), and as a sign before one.
    sig = sign(cur, w, i, i + 1)
    # Names, longest first: "us dollars", "pounds sterling", "hong kong dollars", "euros"; a name longer
    # than a sign it starts with wins ("CFA franc BCEAO" over "CFA").
    # A hyphen glued between two words joins them as a space would: "US-Dollar", "CFA-Franc".
    best: Signal | None = None
    words: list[str] = []
    k = i
    while k < min(cur.n, i + 6):
        if cur.t[k].kind != WORD or (k > i and not cur.spaced_once(k)):
            break
        words.append(cur.t[k].low)
        joined = " ".join(words)
        cands = cur.names.get(joined) or cur.names.get(joined.rstrip("."))
        if cands is not None:
            best = make_signal(cur, NAME, i, k + 1, cands, joined.rstrip("."))
        elif joined in tab.non_iso or joined.rstrip(".") in tab.non_iso:
            best = make_signal(cur, UNIT, i, k + 1, (), joined, label=tab.non_iso.get(joined, joined))
        if k + 2 < cur.n and cur.is_punct(k + 1, cur.lang.name_joiners) and cur.t[k + 1].attached \
                and cur.t[k + 2].attached:
            k += 2
        else:
            k += 1
    if sig is not None and (best is None or (best.t1 == sig.t1 and prefix)):
        return sig
    return best
