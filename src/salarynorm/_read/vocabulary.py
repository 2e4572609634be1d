"""One language's reading vocabulary: its lexicon, the currency table, and the word sets derived from both
that the scanner and the grammar test tokens against (built once per language, then shared).

The currency table is neutral (codes, signs, digits); currency *names* are the language's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from .._currency_table import CurrencyTable, MinorUnit, language_names, table
from .._lang import Lexicon, PhraseSet, languages, load
from .._lang.schema import SCHEMA
from .tokens import token_regex

__all__ = ["Vocabulary", "foreign_scales", "vocabulary"]


class Vocabulary:
    """The lexicon and currency names of one language, and the word sets the grammar derives from them."""

    __slots__ = (
        "after_article",
        "defaults",
        "dotted_signs",
        "dotted_words",
        "elisions",
        "foreign_scales",
        "inner_words",
        "known_words",
        "lang",
        "minor_units",
        "names",
        "number_words",
        "number_words_strict",
        "numeral_prefixes",
        "signal_words",
        "start_words",
        "tab",
        "tokens",
        "word_codes",
    )

    def __init__(self, lang: Lexicon, tab: CurrencyTable, names: Mapping[str, tuple[str, ...]],
                 defaults: Mapping[str, str], minor_units: Mapping[str, MinorUnit]) -> None:
        self.lang = lang
        self.tab = tab
        self.names = names
        self.defaults = defaults
        self.minor_units = minor_units
        # Lower-case first words of every currency signal a word token can start: names, word-shaped signs,
        # codes (also scale-prefixed), minor units, non-ISO units, "LPA". Anything else is refused at once.
        words: set[str] = {n.split()[0] for n in names}
        for s in list(tab.signs) + list(tab.non_iso) + list(minor_units):
            words.add(s.split()[0].lower())
            words.add(s.split()[0].lower().rstrip("."))
        for code in tab.currencies:
            words.update(x.lower() for x in (code, *(p + code for p in lang.code_scale_prefixes)))
        words.update(p.split()[0] for p in lang.lakhs_per_annum.entries)
        words.update(lang.letter_minor_units)
        self.signal_words = frozenset(words)
        # Every word a number is written with ("thirty", "five", "hundred", "half"); the strict set only
        # those that are numbers by themselves, the full one also the joiners ("and", "-", "a", "point").
        self.number_words_strict = frozenset(set(lang.units) | set(lang.tens) | set(lang.hundred)
                                             | set(lang.scales) | set(lang.fractions) | set(lang.small_scales)
                                             | set(lang.myriad_scales))
        self.number_words = frozenset(set(self.number_words_strict) | set(lang.number_and) | {"-"}
                                      | set(lang.articles) | set(lang.point_words))
        # Beginnings of numbers written as one word ("zweitausend"), longest first.
        self.numeral_prefixes = tuple(sorted(lang.numeral_prefixes, key=lambda w: (-len(w), w)))
        # Words an amount can start with: signal words and number words.
        self.start_words = frozenset(set(self.signal_words) | set(lang.units) | set(lang.tens)
                                     | set(lang.articles) | set(lang.fractions) | set(lang.small_scales)
                                     | set(lang.myriad_scales))
        # Words that may stand between an expression's first number and its currency signal.
        name_words = {w for name in names for w in name.split()}
        # the letters of prefixed signs, which tokenised text writes apart: "hk $", "u.s $", "c $"
        stems = {s[:-1].lower() for s in tab.signs if s.endswith("$") and len(s) > 1}
        stems |= {x.replace(".", "") for x in stems} | {x.rstrip(".") for x in stems}
        self.inner_words = frozenset(set(self.number_words) | set(lang.multipliers) | set(lang.range_dashes)
                                     | set(lang.range_words) | set(lang.range_openers) | set(self.signal_words)
                                     | name_words | stems | set(lang.expression_joiners)
                                     | set(lang.scale_currency_links) | set(lang.elisions)
                                     | set(lang.name_joiners)
                                     # "300,000 to as much as 900,000 dollars": a range's high end may carry
                                     # a bound that leaves its top (ranges.connector)
                                     | {w for p, side in lang.bounds_before.entries.items() if side == "max"
                                        for w in p.split()})
        # Words after which "a"/"an" may be a number: "a million", "a quarter", "a dollar", "an euro".
        self.after_article = frozenset(set(self.signal_words) | set(lang.scales) | set(lang.hundred)
                                       | set(lang.fractions) | set(lang.money_multipliers)
                                       | set(lang.money_multipliers_in_context) | set(lang.note_words))
        # Words that keep a final dot ("Rs.", "approx.", "est.", "c."): abbreviations the data spells with it.
        # Any other word's final dot is sentence punctuation and becomes a token of its own.
        dotted: set[str] = set()
        sources: list[object] = [tab.signs, names, minor_units, tab.non_iso, lang.bounds_before.entries,
                                 lang.bounds_after.entries, lang.approx_before.entries, lang.approx_after.entries,
                                 lang.period_words, lang.equivalent_leads.entries, lang.estimate_markers,
                                 lang.multipliers, lang.open_top_words, lang.change_words, lang.range_openers]
        for src in sources:
            for key in src:  # type: ignore[attr-defined]
                for w in str(key).split():
                    if w.endswith(".") and len(w) > 1:
                        dotted.add(w.lower())
        dotted.update(lang.abbreviations)
        self.dotted_words = frozenset(dotted)
        # ISO codes that are words of this language in lower case ("sur", "ils" in French): no code unless
        # they touch their number ("50sur"), as codes that are English words ("ALL", "TOP") are not.
        own: set[str] = set(lang.function_words)
        for key, (kind, _doc) in SCHEMA.items():
            if kind in ("words", "phrases", "bounds", "periods", "powers", "numbers", "closers"):
                value = getattr(lang, key)
                for entry in (value.entries if isinstance(value, PhraseSet) else value):
                    own.update(str(entry).split())
        self.word_codes = frozenset(c.lower() for c in tab.currencies) & frozenset(own)
        # Scale words of the other packs read after digits in this language's text ("$ 300 milhões" in a
        # Spanish wire): mixed-language text is common in job ads and news (see ``foreign_scales``).
        self.foreign_scales = {w: p for w, p in foreign_scales().items() if w not in own}
        self.inner_words = frozenset(set(self.inner_words) | set(self.foreign_scales))
        # Elided articles written onto the next word ("d'euros"), longest first, with either apostrophe.
        self.elisions = tuple(sorted({e for x in lang.elisions for e in (x, x.replace("'", "’"))},
                                     key=lambda e: (-len(e), e)))
        # Signs with a dot inside and none at the end ("ش.ج", "د.إ"): a final dot after one ends a sentence.
        self.dotted_signs = frozenset(x for x in tab.signs if "." in x and not x.endswith("."))
        # The tokenizer: a language written without spaces cuts its letters into the words its data knows.
        dictionary = _dictionary(lang, own, names, minor_units, tab)
        self.tokens = token_regex(lang.unspaced, dictionary)
        # The words the tokenizer knows in such a language: any other letter glued to a word is part of a
        # longer word the data does not know ("五角大楼", the Pentagon; "五分钟", five minutes).
        self.known_words = frozenset(dictionary)

    def numeral_word(self, word: str) -> bool:
        """True when ``word`` (lower case) may be a number written as one word ("fünfundzwanzigtausend")."""
        return bool(self.numeral_prefixes) and word.startswith(self.numeral_prefixes)

    def __repr__(self) -> str:
        return f"Vocabulary({self.lang.tag!r})"


@functools.cache
def foreign_scales() -> dict[str, int]:
    """The scale words of every pack that may be read in the text of another (word -> power of ten): those
    every pack that has the word (as a scale or a multiplier) reads alike, at a power on which the packs do
    not disagree. The short and long scales part at 10^9 ("billion" is 10^9 in English, 10^12 in German
    and French), and a writer mixing languages may carry either into the other language's word, so no
    scale at a power some word takes differently in two packs is read across languages ("bilhões", "mld");
    "millions", "milhões", "mln" are 10^6 everywhere."""
    readings: dict[str, set[int]] = {}
    scale_readings: dict[str, set[int]] = {}
    for language in languages():
        lex = load(language)
        for w, p in lex.scales.items():
            scale_readings.setdefault(w, set()).add(p)
        for w, p in {**lex.multipliers, **lex.scales}.items():
            readings.setdefault(w, set()).add(p)
    contested = {p for powers in scale_readings.values() if len(powers) > 1 for p in powers}
    out: dict[str, int] = {}
    for w in scale_readings:
        powers = readings[w]
        if len(powers) == 1:
            power = next(iter(powers))
            if power not in contested:
                out[w] = power
    return out


def _dictionary(lang: Lexicon, own: set[str], names: Mapping[str, tuple[str, ...]],
                minor_units: Mapping[str, MinorUnit], tab: CurrencyTable) -> tuple[str, ...]:
    """The words a language written without spaces is cut into: every word of its data (currency names
    whole and word by word, minor units, signs, numerals, bound and period words, pay nouns with their
    period glued on: "年収", "월급") made only of the ``unspaced`` letters. Empty for a language written with
    spaces."""
    if not lang.unspaced:
        return ()
    whole = re.compile(f"[{lang.unspaced}]+")
    words: set[str] = set(own)
    for key in list(names) + list(minor_units) + list(tab.signs):
        words.add(key)
        words.update(key.split())
    words.update(p + n for p in lang.period_compound_prefixes for n in lang.pay_nouns)
    # A word spelt only with numerals is read as the numerals: "오만원" is 50,000 won before it is Oman.
    numerals = set(lang.units) | set(lang.small_scales) | set(lang.myriad_scales)
    return tuple(sorted(w for w in words if whole.fullmatch(w) and not (len(w) > 1 and set(w) <= numerals)))


@functools.cache
def vocabulary(tag: str) -> Vocabulary:
    """The vocabulary of a language or locale tag ("en", "de_CH"), built on first use: the language's
    lexicon, and its currency names (English names live in the currency table itself, those of the
    other languages in ``_data/names_<language>.json``) with their conventional readings and minor units,
    over the neutral table of signs and codes."""
    lang = load(tag)
    tab = table()
    own = language_names(lang.language)
    if own is None:
        return Vocabulary(lang, tab, tab.names, tab.defaults, tab.minor_units)
    # The table's defaults for signs and minor units hold in every language; its English names do not.
    defaults = {**{k: c for k, c in tab.defaults.items() if k in tab.signs or k in tab.minor_units},
                **own.defaults}
    minor = {**tab.minor_units, **own.minor_units}
    return Vocabulary(lang, tab, own.names, defaults, minor)
