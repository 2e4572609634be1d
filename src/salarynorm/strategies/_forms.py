"""Currency forms: every way the currency table says a currency is written next to a number, and the
neutral words prose around money may use (none the grammar reads)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._currency_table import table
from .._lang import PhraseSet, load
from .._lang.schema import SCHEMA
from ._values import ALL_KINDS, CurrencyForm, Kind, Placement, _Num

#: The English lexicon: the English generators write what it reads.
_EN: Final = load("en")

# --------------------------------------------------------------------------------------------------------
# The data: currency surfaces from the table, words from the lexicon
# --------------------------------------------------------------------------------------------------------

_WORD_SHAPED: Final = re.compile(r"[^\W\d_]+(?:[.'’ʻ][^\W\d_]+)*\.?")
_DOLLAR_PREFIX: Final = re.compile(r"[A-Za-z.]+\$")
# ISO codes starting with X that are money in everyday text (the rest are metals, funds and test codes).
_X_CURRENCIES: Final = frozenset({"XAF", "XOF", "XPF", "XCD", "XCG"})
_ACRONYMS: Final = {"us": "US", "u.s.": "U.S.", "uk": "UK", "usa": "USA", "uae": "UAE", "cfa": "CFA",
                    "cfp": "CFP", "st.": "St."}


def _current(code: str) -> bool:
    info = table().currencies.get(code)
    return info is not None and info.current


def _reading(candidates: tuple[str, ...], key: str) -> tuple[str, bool] | None:
    """(the currency a surface means, explicit?) when it has one current reading or a current default."""
    tab = table()
    if len(candidates) == 1:
        return (candidates[0], True) if _current(candidates[0]) else None
    default = tab.defaults.get(key)
    if default is not None and default in candidates and _current(default):
        return default, False
    return None


@functools.cache
def _all_forms() -> tuple[CurrencyForm, ...]:
    tab = table()
    forms: list[CurrencyForm] = []
    for sign, cands in tab.signs.items():
        if any(ch.isspace() for ch in sign) or sign in tab.letter_signs_prose_unsafe or sign[0].isdigit():
            continue
        got = _reading(cands, sign)
        if got is None:
            continue
        if _DOLLAR_PREFIX.fullmatch(sign) and sign != "$":
            kind: Kind = "dollar"
        elif _WORD_SHAPED.fullmatch(sign):
            kind = "letters"
        else:
            kind = "sign"
        forms.append(CurrencyForm(sign, got[0], kind, got[1]))
    for code, info in tab.currencies.items():
        if info.current and (not code.startswith("X") or code in _X_CURRENCIES):
            forms.append(CurrencyForm(code, code, "code", True, wordlike=code in tab.codes_that_are_words,
                                      acronym=code in tab.codes_that_are_acronyms))
    for name, cands in tab.names.items():
        words = name.split()
        if len(words) > 4 or not all(_WORD_SHAPED.fullmatch(w) for w in words):
            continue
        got = _reading(cands, name)
        if got is None:
            continue
        forms.append(CurrencyForm(name, got[0], "name", got[1]))
    return tuple(sorted(forms, key=lambda f: (f.kind, f.text)))


def _display_name(draw: st.DrawFn, name: str) -> str:
    """A name as English text writes it: "US dollars", "Australian dollars", "euros"."""
    if draw(st.booleans()):
        return name
    words = name.split()
    out = [_ACRONYMS.get(w, w if w in ("and", "of", "&") else w[:1].upper() + w[1:]) for w in words[:-1]]
    return " ".join([*out, words[-1]])


def _words_of(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield from re.split(r"[\s\-/]+", value.lower())
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _words_of(k)
            yield from _words_of(v)
    elif isinstance(value, (set, frozenset, tuple, list)):
        for v in value:
            yield from _words_of(v)


@functools.cache
def _forbidden_words() -> frozenset[str]:
    """Every word that could make or change money: the lexicon, the currency table, number words."""
    tab = table()
    words: set[str] = set()
    for key in SCHEMA:
        value = getattr(_EN, key)
        words.update(_words_of(value.entries if isinstance(value, PhraseSet) else value))
    for key in [*tab.names, *tab.signs, *tab.minor_units, *tab.non_iso, *tab.defaults]:
        words.update(_words_of(key))
    words.update(c.lower() for c in tab.currencies)
    words.update(w.rstrip(".") for w in list(words))
    return frozenset(w for w in words if w)


_NEUTRAL_TEXT: Final = (
    "garden river morning walked along old bridge city library opened doors books children played near lake "
    "while their parents talked weather mild sunny people gathered square music festival began evening "
    "lights street window kitchen bread coffee friends shared stories mountain trail forest birds sang softly "
    "bright calm painting museum visitors admired colours writer novel chapter quietly slowly happily "
    "together because although however meanwhile this that these those she he they we it our village "
    "harbour boats sailed across harbour wind blew gently over hills green valley farmers planted seeds "
    "spring summer autumn winter snow fell cold night stars shone above rooftops teacher explained lesson "
    "students listened carefully notes board chalk dust afternoon sunlight warm stone steps cat slept "
    "beside fireplace dog barked loudly neighbours laughed kindly gardeners trimmed hedges roses bloomed "
    "fountain sparkled tourists photographed statue ancient temple pilgrims climbed path orchard apples "
    "ripened baskets filled carts rolled market stalls displayed vegetables herbs spices smells drifted "
    "alley musicians tuned violins choir rehearsed hymn poets recited verses audience applauded warmly"
)


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    bad = _forbidden_words()
    return tuple(sorted({w for w in _NEUTRAL_TEXT.split() if len(w) > 1 and w not in bad}))


# --------------------------------------------------------------------------------------------------------
# Currency forms
# --------------------------------------------------------------------------------------------------------


_COMMON_SURFACES: Final = frozenset({
    "$", "€", "£", "¥", "₹", "₩", "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "USD", "EUR", "GBP", "JPY",
    "CHF", "AUD", "CAD", "INR", "CNY", "SEK", "kr", "Rs", "zł", "dollars", "dollar", "euros", "euro",
    "pounds", "pound", "us dollars", "australian dollars", "canadian dollars", "pounds sterling", "yen",
    "rupees", "swiss francs",
})


def currency_forms(*, kinds: Iterable[Kind] = ALL_KINDS, explicit: bool | None = None,
                   currencies: Iterable[str] | None = None, exclude: Iterable[str] = (),
                   common: bool = False) -> SearchStrategy[CurrencyForm]:
    """Ways of writing a current currency, drawn from salarynorm's currency table.

    ``kinds`` limits the surfaces ("sign", "dollar", "letters", "code", "name"); ``explicit=True`` keeps
    unambiguous surfaces only ("€", "US$", "EUR", "euros"), ``False`` only ambiguous ones ("$", "£",
    "dollars") with their conventional reading; ``currencies`` and ``exclude`` filter by ISO code;
    ``common`` keeps the surfaces everyday English text uses most ("$", "€", "£", "US$", "A$", "EUR",
    "euros", "US dollars", "pounds sterling", ...). Without ``common``, half the draws still come from
    those, the other half from every surface of the table.

    Examples:
        >>> currency_forms(kinds=["code"], currencies=["EUR"]).example().text
        'EUR'
    """
    kinds = tuple(kinds)
    wanted = None if currencies is None else {c.upper() for c in currencies}
    banned = {c.upper() for c in exclude}
    pool = [f for f in _all_forms() if f.kind in kinds and (explicit is None or f.explicit == explicit)
            and (wanted is None or f.currency in wanted) and f.currency not in banned
            and (not common or f.text in _COMMON_SURFACES)]
    if not pool:
        raise ValueError("no currency form matches these filters")
    # Half the draws come from the forms everyday text uses most, so they are never starved by the
    # hundreds of rarer surfaces the table holds.
    everyday = [f for f in pool if f.text in _COMMON_SURFACES]
    if everyday and len(everyday) < len(pool):
        return st.one_of(_pick(everyday), _pick(pool))
    return _pick(pool)


def _pick(pool: Sequence[CurrencyForm]) -> SearchStrategy[CurrencyForm]:
    # Like sampled_from, without a repr listing hundreds of forms in every failure report.
    items = tuple(pool)
    return st.integers(0, len(items) - 1).map(items.__getitem__)


def _placements(form: CurrencyForm, num: _Num) -> list[Placement]:
    """Where ``form`` may stand next to ``num``: names after the number with a space, prefixed dollars
    before it, ISO codes that are English words attached only ("CUP5", "5CUP"), codes that are acronyms
    never before a bare integer, the rest anywhere. A currency starting with a letter is never attached
    after a number ending in one ("60kEUR" is one word)."""
    out: list[Placement]
    if form.kind == "name":
        return ["suffix_space"]
    if form.kind == "dollar":
        return ["prefix", "prefix_space"]
    out = ["prefix", "suffix"] if form.wordlike else ["prefix", "prefix_space", "suffix", "suffix_space"]
    if num.letter_end and _letter_start(form.text):
        out.remove("suffix")
    if num.letter_end and _merges(num.text, form.text):
        # "1 T$": the multiplier "T" and the sign "$" would spell the pa'anga's "T$"; "5 bn $" would be "BN$".
        out = [p for p in out if not p.startswith("suffix")]
    if form.acronym and num.text.split(" ")[0].isdigit():
        out = [p for p in out if not p.startswith("prefix")]
    return out


def _letter_start(text: str) -> bool:
    return text[:1].isalpha()


def _merges(number: str, sign: str) -> bool:
    """True when the letters ending ``number`` (a multiplier) and ``sign`` written after them would begin
    another sign of the table ("T" + "$" is "T$", and "T" + "$SR" begins with it)."""
    signs = table().signs
    letters = re.search(r"[^\W\d_]*$", number)
    tail = letters.group() if letters is not None else ""
    for j in range(1, len(tail) + 1):
        joined = tail[-j:] + sign
        if joined in signs or joined.upper() in signs:
            return True
        # The tokenizer takes the longest sign that is not a word at the multiplier's letter: "1 T$SR" is "T$".
        if any(len(s) > j and not _WORD_SHAPED.fullmatch(s) and (joined.startswith(s) or joined.upper().startswith(s))
               for s in signs):
            return True
    return False
