"""Which language a text is in, among the languages salarynorm has data for, from the lexicons' own
evidence: each language's function words ("der", "und"; "the", "and") and the money words no other
language shares ("brutto" is German and English job-ad usage alike, so it counts for neither; "monatlich",
"Jahresgehalt" and "Mio." count for German). Measured against two detector libraries on short job-ad
text in ``benchmarks/langdetect/RESULTS.md``: on money text the lexicon's evidence is rarely wrong when
it answers, and answers nothing (None, so the caller's default reading applies) when the text gives no
evidence, as "45.000 € p.a." does not.

Examples:
    >>> detect("Das Jahresgehalt liegt zwischen 45.000 und 55.000 Euro brutto.")
    'de'
    >>> detect("The salary is between $45,000 and $55,000."), detect("45.000 €")
    ('en', None)
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Final

from .._currency_table import language_names, table
from . import languages, load
from .lexicon import Lexicon
from .schema import SCHEMA

__all__ = ["candidates", "detect", "evidence"]

# How much of a long text is looked at: its language shows in its first paragraphs.
_SAMPLE: Final = 3000
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# Letters from here on are no Latin script (IPA, Greek, Cyrillic, Arabic, Devanagari, CJK, Hangul...).
_NOT_LATIN: Final = "\u0250"
# Keys of small everyday words that many languages share and a language lists only to join or follow its
# money ("to", "of", "and", "the"): no evidence of any language.
_NO_EVIDENCE: Final = frozenset({"pay_noun_links", "expression_joiners", "equivalent_separators",
                                 "continuation_followers", "article_money_followers", "time_reference_points",
                                 "time_relative_prepositions", "cents_connectors", "elisions", "scale_currency_links"})
# Keys whose words are evidence of the language (words of the grammar, not signs or punctuation).
_EVIDENCE_KINDS: Final = frozenset({"words", "phrases", "bounds", "periods", "powers", "numbers", "fractions",
                                    "closers"})
# Keys of an evidence kind whose words are currency names ("pesos", "libras", "won"): evidence only as
# currency names are (see ``_name_words``), not as words of the language's grammar.
_NAME_KEYS: Final = frozenset({"country_over_convention", "weight_names", "names_not_before_number"})


def _words_of(language: str) -> frozenset[str]:
    """Every word of ``language``'s lexicon, split into single words (words base.toml gives every language
    are in all of them, so they are evidence for none)."""
    lex = load(language)
    out: set[str] = set()
    for key, (kind, _doc) in SCHEMA.items():
        if kind not in _EVIDENCE_KINDS or key in _NO_EVIDENCE or key in _NAME_KEYS:
            continue
        value = getattr(lex, key)
        entries = value.entries if hasattr(value, "entries") else value
        for entry in entries:
            for word in str(entry).lower().split():
                # An elided article is no word of its own: "all'incirca" gives "incirca", not "all".
                out.update(_WORD.findall(word.replace("’", "'").rsplit("'", 1)[-1]))
    return frozenset(out)


@functools.cache
def _neutral_words() -> frozenset[str]:
    """Words of the signs and minor units every language shares ("Fr.", "Rs", "cents"): no evidence."""
    tab = table()
    out: set[str] = set()
    for surface in [*tab.signs, *tab.minor_units]:
        out.update(_WORD.findall(surface.lower()))
    return frozenset(out)


def _names_of(language: str) -> frozenset[str]:
    """Every word of ``language``'s currency names ("indische", "rupien"; "indian", "rupees")."""
    names = table().names if language == "en" else getattr(language_names(language), "names", {})
    out: set[str] = set()
    for name in names:
        out.update(_WORD.findall(name))
    return frozenset(out)


@functools.cache
def _name_words() -> dict[str, frozenset[str]]:
    """Per language, the words of its currency names less the words another language writes as words of its
    own and not in a currency name: the territories and borrowed names inside a name ("el" of "El Salvador
    colón" is Spanish, "banco" of "dólar do Banco Popular da China" is Spanish too) are no evidence."""
    names = {language: _names_of(language) for language in languages()}
    words = {language: _words_of(language) | load(language).function_words for language in languages()}
    out: dict[str, frozenset[str]] = {}
    for language, own in names.items():
        foreign: set[str] = set()
        for other in languages():
            if other != language:
                foreign.update(words[other] - names[other])
        out[language] = own - foreign
    return out


@functools.cache
def _evidence() -> dict[str, frozenset[str]]:
    """Per language: its function words, the words of its data and of its currency names, less the signs and
    minor units every language writes alike. A word several languages have counts for each of them ("de" is
    French, Spanish and Portuguese): it makes a tie, which decides nothing, and takes nothing from any."""
    names = _name_words()
    return {language: (_words_of(language) | names[language] | load(language).function_words)
            - _neutral_words() for language in languages()}


@functools.cache
def _others() -> dict[str, frozenset[str]]:
    """Function words of languages without a pack (``detect.toml``): their text is known as theirs."""
    raw = tomllib.loads(resources.files("salarynorm._lang").joinpath("detect.toml").read_text(encoding="utf-8"))
    read = set(languages())
    return {language: frozenset(words) for language, words in raw["function_words"].items() if language not in read}


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """word -> the languages it is evidence for, so that each word of a text costs one lookup."""
    out: dict[str, tuple[str, ...]] = {}
    for language, words in [*_evidence().items(), *_others().items()]:
        for word in words:
            out[word] = (*out.get(word, ()), language)
    return out


@functools.cache
def _numeral_readers() -> tuple[tuple[str, tuple[str, ...], Lexicon], ...]:
    """(language, numeral prefixes, lexicon) of the languages that write numbers as one word."""
    out = []
    for language in languages():
        lex = load(language)
        if lex.numeral_prefixes:
            out.append((language, tuple(sorted(lex.numeral_prefixes)), lex))
    return tuple(out)


def _reads_whole(lex: Lexicon, word: str) -> bool:
    got = lex.read_number_words(lex, [word], 0)
    return got is not None and got[1] == 1


def evidence(text: str) -> list[tuple[str, float]]:
    """The languages ``text``'s words are evidence for, most first, with how much (a word shared by k
    languages counts 1/k for each); empty for a text in a script none of them writes.

    Examples:
        >>> evidence("Das Gehalt: 3.000 Euro")[0][0]
        'de'
    """
    index = _index()
    numerals = _numeral_readers()
    codes = table().currencies
    counts: dict[str, float] = {}
    latin = other = 0
    for written in _WORD.findall(text[:_SAMPLE]):
        if max(written) >= _NOT_LATIN:
            other += 1
            continue
        latin += 1
        if len(written) == 3 and written.isupper() and written in codes:
            continue  # "DEM 170 000": an ISO code, whatever word it spells
        word = written.lower()
        found = index.get(word)
        if found is None and numerals and word not in _neutral_words():  # "cents" is no French "cent"
            # A number written as one word is its language's ("siebenhundert", "fünfundzwanzigtausend").
            found = tuple(language for language, prefixes, lex in numerals
                          if word.startswith(prefixes) and _reads_whole(lex, word))
        if found:
            # A word counts 1 shared among the languages that have it: "dollars" is everyone's and decides
            # nothing, "und" is German's alone.
            share = 1 / len(found)
            for language in found:
                counts[language] = counts.get(language, 0.0) + share
    if other > latin:
        return []  # a text in another script ("... नोकिया oy ab ने ..."): its Latin words are quotes
    return sorted(counts.items(), key=lambda item: -item[1])


def detect(text: str) -> str | None:
    """The language of ``text`` ("de", "en"), or None when its words give no clear evidence for one of
    the languages salarynorm reads (a Swedish text is known as Swedish, and Swedish has no pack yet)."""
    ranked = evidence(text)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] <= ranked[1][1] * 1.5:
        return None  # as much evidence for another language: undecided
    best = ranked[0][0]
    return best if best in _evidence() else None


def candidates(text: str, than: str) -> tuple[str, ...]:
    """The languages salarynorm reads that ``text`` gives at least as much evidence for as for ``than``,
    most first, ``than`` left out: where ``detect`` cannot decide, the ones worth trying besides it."""
    readable = _evidence()
    scores = evidence(text)
    floor = next((score for language, score in scores if language == than), 0.0)
    return tuple(language for language, score in scores
                 if language in readable and language != than and score >= floor)
