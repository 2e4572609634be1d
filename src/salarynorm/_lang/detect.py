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


@functools.cache
def _scripts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Script name -> (its characters as the body of a regex class, the languages that claim it), from the
    ``scripts`` key of each language present ("hiragana" is Japanese's alone, "han" Japanese and Chinese)."""
    ranges: dict[str, str] = {}
    claims: dict[str, list[str]] = {}
    for language in languages():
        for script, chars in load(language).scripts.items():
            ranges[script] = ranges.get(script, "") + chars
            claims.setdefault(script, []).append(language)
    return {script: (ranges[script], tuple(claims[script])) for script in sorted(ranges)}


@functools.cache
def _script_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(script, a pattern of its runs of letters), for each script a language claims."""
    return tuple((script, re.compile(f"[{chars}]+")) for script, (chars, _langs) in _scripts().items())


@functools.cache
def _any_script() -> re.Pattern[str]:
    """One letter of any claimed script: a Latin text (its "€" and "–" too) has none, and one C-speed
    search says so (a tenth of the cost of the rest of detection on English prose)."""
    return re.compile("[" + "".join(chars for chars, _langs in _scripts().values()) + "]")


def _entries_of(language: str) -> set[str]:
    """The words of ``language``'s evidence keys as written, not split into letters (see ``_words_of``)."""
    lex = load(language)
    out: set[str] = set()
    for key, (kind, _doc) in SCHEMA.items():
        if kind in _EVIDENCE_KINDS and key not in _NO_EVIDENCE and key not in _NAME_KEYS:
            value = getattr(lex, key)
            for entry in (value.entries if hasattr(value, "entries") else value):
                out.update(str(entry).split())
    return out


@functools.cache
def _script_words() -> tuple[dict[str, tuple[str, ...]], int]:
    """(word -> the languages it is evidence for, the longest word's length) for the words written wholly in
    claimed scripts, whole, since such a language writes no spaces and one letter may be a word ("円" is
    Japanese, "元" Chinese): the language's function words, currency names and the words of its data but
    those base.toml gives every language (its "億" and "亿" multipliers are no evidence; a language that
    means them lists them among its function words)."""
    out: dict[str, tuple[str, ...]] = {}
    latin = [language for language in languages() if not load(language).scripts]
    shared = set.intersection(*(_entries_of(language) for language in latin)) if latin else set()
    for language in languages():
        lex = load(language)
        if not lex.scripts:
            continue
        letters = re.compile("[" + "".join(lex.scripts.values()) + "]+")
        names = getattr(language_names(language), "names", {})
        entries = set(lex.function_words) | {word for name in names for word in name.split()} \
            | (_entries_of(language) - shared)
        for word in entries:
            if letters.fullmatch(word) and language not in out.get(word, ()):
                out[word] = (*out.get(word, ()), language)
    return out, max((len(word) for word in out), default=0)


def _script_evidence(runs: list[str], among: tuple[str, ...]) -> dict[str, float]:
    """How much the words of ``runs`` (cut longest first) are evidence for each of ``among``; a word
    shared by k of them counts 1/k for each."""
    words, longest = _script_words()
    counts: dict[str, float] = {}
    for run in runs:
        i = 0
        while i < len(run):
            size = min(longest, len(run) - i)
            while size > 1 and run[i:i + size] not in words:
                size -= 1
            found = tuple(language for language in words.get(run[i:i + size], ()) if language in among)
            for language in found:
                counts[language] = counts.get(language, 0.0) + 1 / len(found)
            i += size
    return counts


# Letters of claimed scripts (besides shared numerals) a text needs to be decided by its script.
_SCRIPT_LETTERS: Final = 2


@functools.cache
def _shared_numerals() -> frozenset[str]:
    """The ideographic numerals the base data gives every language (``cjk_numerals``), and the letters of
    the currency names and signs every language's table holds ("人民币", "円", "元"): no evidence either."""
    t = table()
    return load("en").cjk_numerals | frozenset(ch for word in list(t.names) + list(t.signs) for ch in word
                                               if ch >= _NOT_LATIN and ch.isalpha())


def _by_script(text: str) -> list[tuple[str, float]] | None:
    """The ranking of a text written mostly in scripts that languages claim (the ``scripts`` key), or None
    for a text mostly in Latin letters (or in scripts none claims), which is read by its words. The languages
    whose scripts hold the most of its letters are its candidates ("の" and "カ" are Japanese's alone,
    Hangul Korean's); between several (a text of Han characters only is Japanese or Chinese) the words
    decide ("円", "億" against "元", "亿"), and with no clear word evidence the one claiming the fewest
    scripts wins (Han alone: Chinese; Japanese writes kana too)."""
    patterns = _script_patterns()
    if not patterns or _any_script().search(text) is None:
        return None
    letters: dict[str, int] = {}
    runs: list[str] = []
    shared = _shared_numerals()
    for script, pattern in patterns:
        found = pattern.findall(text)
        # Numerals every language reads ("万", "億" of "A$1 万/d") are no evidence of a script's language.
        letters[script] = sum(1 for run in found for ch in run if ch not in shared)
        runs.extend(found)
    total = sum(letters.values())
    if total < _SCRIPT_LETTERS:
        return None  # "人民币1/a", "七元": too few to decide; an undecided text is also read in their languages
    if total <= sum(len(word) for word in _WORD.findall(text) if max(word) < _NOT_LATIN):
        return None
    scripts = _scripts()
    covered: dict[str, int] = {}
    for script, count in letters.items():
        for language in scripts[script][1]:
            covered[language] = covered.get(language, 0) + count
    best = max(covered.values())
    # Nine in ten of the best: a Chinese text quoting one katakana name is still Chinese or Japanese alike.
    among = tuple(sorted(language for language, count in covered.items() if count * 10 >= best * 9))
    if len(among) == 1:
        return [(among[0], float(best))]
    counts = _script_evidence(runs, among)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1] * 1.5):
        return [(ranked[0][0], ranked[0][1])]
    claimed = {language: sum(language in langs for _chars, langs in scripts.values()) for language in among}
    fewest = min(claimed.values())
    default = [language for language in among if claimed[language] == fewest]
    return [(default[0], 0.0)] if len(default) == 1 else []


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
    sample = text[:_SAMPLE]
    for written in _WORD.findall(sample):
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
    by_script = _by_script(sample)
    if by_script is not None:
        return by_script  # a text in a script its languages claim (kana, Hangul, Han)
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
    found = [language for language, score in scores if language in readable and language != than and score >= floor]
    patterns = _script_patterns()
    if patterns and _any_script().search(text) is not None:
        # Letters of a claimed script in a mostly Latin text ("Senior engineer, 年収600万円〜800万円"): its
        # languages first, the ones whose scripts hold the most of those letters leading.
        scripts = _scripts()
        held: dict[str, int] = {}
        for script, pattern in patterns:
            count = sum(len(run) for run in pattern.findall(text))
            for language in scripts[script][1] if count else ():
                held[language] = held.get(language, 0) + count
        first = [language for language, _ in sorted(held.items(), key=lambda item: (-item[1], item[0]))
                 if language != than]
        found = first + [language for language in found if language not in held]
    return tuple(found)
