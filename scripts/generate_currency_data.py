#!/usr/bin/env python3
"""Build ``src/salarynorm/_data/currencies.json``, salarynorm's currency tables, from the field's own sources,
and one ``names_<language>.json`` of currency names for every other language salarynorm reads.

Sources of currencies.json, in this order:

* CLDR through Babel: ISO codes, English names singular and plural in every English locale, currency symbols
  from every locale, minor-unit digits, which currencies are tender somewhere (on the curated
  ``as_of`` date), English territory names;
* price-parser's table of symbols and names, for what CLDR lacks;
* ``src/salarynorm/_data/currencies_curated.toml``, the small hand-kept remainder (read its header).

Sources of ``names_<language>.json`` (``LANGUAGES``): the same CLDR names from the language's own locales
(``de``, ``de_AT``, ``de_CH``...) read by the same code as the English ones, spelled as the language's text
writes them (``Spelling``: folding, hyphens, inflection, whether the head noun comes first), and
``names_curated_<language>.toml``. Currency codes, signs, digits and tender status are language-neutral and
stay in currencies.json; so do the English names. The ``as_of`` date and the excluded codes of
currencies_curated.toml hold for every language.

A note on hyphens: CLDR writes many German names as compounds ("US-Dollar", "Hongkong-Dollar",
"St.-Helena-Pfund"). salarynorm's tokenizer makes the hyphen a punctuation token of its own and the grammar
matches a name by joining consecutive word tokens with single spaces, so such a name is stored twice: as
written ("us-dollar", for a grammar that joins hyphenated parts) and space-joined ("us dollar", what the
grammar matches today); its head noun ("dollar") joins the family of every current dollar.

Usage::

    python scripts/generate_currency_data.py          # write every JSON file
    python scripts/generate_currency_data.py --check  # exit 1 if a committed JSON file is stale

The output is deterministic: sorted keys, sorted lists with the conventional reading first. Babel and
price-parser are needed here only; the runtime loader (``salarynorm._currency_table``) reads the JSON.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import functools
import hashlib
import importlib.metadata
import json
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import babel
import babel.localedata
import babel.numbers
from babel import Locale
from babel.core import get_cldr_version, get_global
from price_parser import _currencies as price_parser_table

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "src" / "salarynorm" / "_data"
OUTPUT = DATA_DIR / "currencies.json"
CURATED = DATA_DIR / "currencies_curated.toml"
#: The languages besides English that get a names file (names_<language>.json, from
#: names_curated_<language>.toml and CLDR's locales <language> and <language>_*).
LANGUAGES = ("de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "zh")


def names_output(language: str) -> Path:
    """The generated names file of ``language``."""
    return DATA_DIR / f"names_{language}.json"


def names_curated(language: str) -> Path:
    """The hand-kept names file of ``language``."""
    return DATA_DIR / f"names_curated_{language}.toml"


# A currency's status ranks the surfaces that point to it: for one surface ("dollar", "£", "р."), candidates
# of a better rank shadow the others, so a historic currency never competes with a current one and a fund
# or unit of account never competes with money.
CURRENT, HISTORIC, NEVER_TENDER = 0, 1, 2

#: A surface's rank for a code and whether its name was qualified (see ``build``).
Rank = Callable[[str, bool], int]

#: The prefix of a family reference in the curated file ("@dollar": every current dollar).
FAMILY = "@"
#: CLDR's qualifiers: "Afghan afghani (1927–2002)", "Belgian franc (financial)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
#: Letters only, optionally one abbreviation dot at the end: the signs that get case variants ("Ksh").
_LETTER_WORD = re.compile(r"^[^\W\d_]+\.?$")
#: Apostrophe look-alikes written in currency names ("paʻanga", "People’s").
_APOSTROPHES = str.maketrans({"’": "'", "ʻ": "'", "‘": "'", "`": "'"})


class CurationError(Exception):
    """The curated file contradicts the sources or itself; the message says which entry and why."""


# --------------------------------------------------------------------------------------------- sources --


def _tender(as_of: datetime.date) -> list[tuple[str, str, bool]]:
    """(territory, code, tender on ``as_of``) for every period a currency was legal tender somewhere."""
    day = (as_of.year, as_of.month, as_of.day)
    out = []
    for territory, periods in sorted(get_global("territory_currencies").items()):
        for code, start, end, tender in periods:
            if tender:  # CLDR also lists non-tender currencies in use (funds codes, the CNH)
                now = (start is None or tuple(start) <= day) and (end is None or tuple(end) >= day)
                out.append((territory, code, now))
    return out


def _tender_status(as_of: datetime.date) -> dict[str, int]:
    """Each ISO code's status on ``as_of``: tender in some territory then, tender once, or never tender."""
    status: dict[str, int] = {}
    for _territory, code, now in _tender(as_of):
        status[code] = min(status.get(code, HISTORIC), CURRENT if now else HISTORIC)
    return {code: status.get(code, NEVER_TENDER) for code in babel.numbers.list_currencies()}


def _current_territories(as_of: datetime.date) -> dict[str, set[str]]:
    """Territory -> the currencies tender there on ``as_of``."""
    out: dict[str, set[str]] = {}
    for territory, code, now in _tender(as_of):
        if now:
            out.setdefault(territory, set()).add(code)
    return out


#: Languages whose text is written in more than one script, each with its own CLDR locales: Chinese in
#: simplified ("美元", "港元") and traditional characters ("港幣", "新台幣").
_BOTH_SCRIPTS: Mapping[str, tuple[str, ...]] = {"zh": ("Hans", "Hant")}


@functools.cache
def _cldr_names(language: str = "en") -> tuple[tuple[str, str, bool], ...]:
    """(code, name, counted) for every name CLDR's locales of ``language`` give a currency.

    Every locale of the language in its default script counts: en, en_GB, en_IN, en_AU... but not
    en_Shaw or en_Dsrt; de, de_AT, de_CH, de_LI...; Chinese in both its scripts (``_BOTH_SCRIPTS``). So
    regional spellings ("rouble", "Bermudian dollar", Swiss "Weissrussischer Rubel") are in. ``counted`` is
    True for the forms of every plural category (``get_currency_name`` with a count of each,
    ``_plural_counts``), False for the display name ("US Dollar"). Cached: tests build often.
    """
    locales = []
    for identifier in sorted(babel.localedata.locale_identifiers()):
        if identifier == language or identifier.startswith(f"{language}_"):
            locale = Locale.parse(identifier)
            if locale.script is None or locale.script in _BOTH_SCRIPTS.get(language, ()):
                locales.append(locale)
    found: set[tuple[str, str, bool]] = set()
    for code in babel.numbers.list_currencies():
        for locale in locales:
            for count in (None, *_plural_counts(locale)):
                name = babel.numbers.get_currency_name(code, count, locale)
                if name == code or re.fullmatch(r"[A-Z]{3}", name):
                    continue  # the locale has no name for it and Babel fell back to the code
                found.add((code, name, count is not None))
    return tuple(sorted(found))


#: Counts tried to reach every CLDR plural category of a locale: integers of each size and ending that
#: the categories of CLDR's languages tell apart, a fraction, a million (French, Spanish... "many").
_SAMPLE_COUNTS = (1, 2, 0, 3, 5, 11, 21, 100, 1000000, 1.5)


def _plural_counts(locale: Locale) -> tuple[float, ...]:
    """One count for each plural category of ``locale`` (one, few, many, other...): English and German
    have one and other (1 "dollar", 2 "dollars"); Polish one, few, many and other (1 "dolar", 2 "dolary",
    5 "dolarów", 1.5 "dolara"). Counts 1 and 2 come first, so that a language with one and other only is
    asked exactly those."""
    rule = locale.plural_form
    wanted = {*rule.tags, "other"}
    chosen: dict[str, float] = {}
    for count in _SAMPLE_COUNTS:
        chosen.setdefault(rule(count), count)
    missing = wanted - set(chosen)
    if missing:
        raise CurationError(f"{locale}: no sample count for the plural categories {sorted(missing)}")
    return tuple(chosen.values())


@functools.cache
def _cldr_symbols() -> tuple[tuple[str, str], ...]:
    """(code, symbol) for every currency symbol of every CLDR locale, each locale being one community's
    usage. Babel exposes the standard symbols only, not CLDR's narrow ones. Cached: tests build often."""
    found: set[tuple[str, str]] = set()
    for identifier in babel.localedata.locale_identifiers():
        found.update(Locale.parse(identifier).currency_symbols.items())
    return tuple(sorted(found))


def _price_parser_entries(curated: Mapping[str, Any], codes: set[str]) -> list[tuple[str, dict[str, Any]]]:
    """price-parser's entries as (ISO code, entry), its non-ISO keys translated by the curated aliases."""
    section = curated.get("price_parser", {})
    aliases: dict[str, str] = section.get("aliases", {})
    ignored = set(section.get("ignore", []))
    out = []
    tables = (price_parser_table.CURRENCIES, price_parser_table.REPLACED_BY_EURO)
    for key, entry in (item for table in tables for item in table.items()):
        if key in ignored:
            continue
        code = aliases.get(key, key)
        if code not in codes:
            raise CurationError(
                f"price-parser key {key!r} is not a CLDR code: add it to [price_parser] aliases or ignore"
            )
        out.append((code, dict(entry)))
    for key, code in aliases.items():
        if code not in codes:
            raise CurationError(f"[price_parser] alias {key} -> {code}: {code} is not a CLDR code")
    return out


# ------------------------------------------------------------------------------------------- normalise --


def clean_sign(raw: str, codes: set[str]) -> str | None:
    """A symbol as text shows it, or None when it is no sign at all.

    Format characters (bidi marks, zero-width spaces) go, any space becomes one ASCII space, and a symbol
    that is an ISO code ("CHF") or has neither a letter nor a currency symbol ("-" placeholders) is dropped:
    codes are matched separately from signs.
    """
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = " ".join(text.split())
    if not text or not any(ch.isalpha() or unicodedata.category(ch) == "Sc" for ch in text):
        return None
    if len(text) == 3 and text.isalpha() and text.upper() in codes:
        return None
    return text


def sign_variants(sign: str, codes: set[str]) -> set[str]:
    """The sign and the spellings of it that mean the same: without its abbreviation dot ("Rs." -> "Rs",
    "د.إ." -> "د.إ"), and for letter signs of three letters or more, UPPER, Title and lower case ("lei" ->
    "LEI", "Lei"). A variant that is an ISO code is left out: codes are matched separately.
    """
    forms = {sign}
    letters_and_dots = all(ch.isalpha() or ch == "." for ch in sign)
    if letters_and_dots and sign.endswith(".") and sum(ch.isalpha() for ch in sign) >= 2:
        forms.add(sign.rstrip("."))
    for form in list(forms):
        if _LETTER_WORD.match(form) and sum(ch.isalpha() for ch in form) >= 3:
            forms.update({form.upper(), form[:1].upper() + form[1:].lower(), form.lower()})
    return {form for form in forms if not (len(form) == 3 and form.isalpha() and form.upper() in codes)}


def is_letter_sign(sign: str) -> bool:
    """True for a sign made of letters (with dots or spaces): "Rs", "kr.", "F CFA", "руб.", but not "R$"."""
    return any(ch.isalpha() for ch in sign) and all(ch.isalpha() or ch in ". " for ch in sign)


#: The combining voicing marks of kana (dakuten, handakuten), which are letters' parts, not accents.
_KANA_VOICING = frozenset("\u3099\u309a")


@functools.cache
def name_keys(name: str, language: str = "en") -> tuple[frozenset[str], bool]:
    """The lookup keys of a currency name in ``language`` and whether CLDR qualified it with a parenthesis.

    Keys are lowercase and single-spaced; "(1927–2002)" and other trailing qualifiers are removed (a
    qualified name ranks below an unqualified one), as are parentheses inside ("Falkland Islands (Malvinas)
    Pound"). Variants are added for the language's own spellings (``SPELLINGS``: none for English; German
    inflected and space-joined forms), for "&" written "and", curly apostrophes written straight, and
    letters without their accents ("colón" -> "colon", "króna" -> "krona"), as text often has them; the
    language may first write some letters otherwise (German "ü" -> "ue", "ł" -> "l").
    """
    spelling = spelling_of(language)
    text = unicodedata.normalize("NFC", name).strip()
    qualified = bool(_QUALIFIER.search(text))
    text = _PARENTHESIS.sub("", text)
    key = " ".join(text.lower().split())
    if not key:
        return frozenset(), qualified
    keys = {key, *spelling.variants(key)}
    for form in list(keys):
        if "&" in form:
            keys.add(" ".join(form.replace("&", " and ").split()))
    for form in list(keys):
        straight = form.translate(_APOSTROPHES)
        # Accents go, but not the voicing marks of kana ("ド" is not "ト": NFKD splits them off too).
        folded = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", straight.translate(spelling.fold))
            if not unicodedata.combining(ch) or ch in _KANA_VOICING
        )
        keys.update({straight, unicodedata.normalize("NFC", folded)})
    return frozenset(keys), qualified


def head_noun(key: str, spelling: Spelling | None = None) -> str | None:
    """The head noun of a name key, when it is a word: its last word ("us dollars" -> "dollars"), or in a
    language that puts the noun first (``Spelling.head_first``) its first after the few adjectives written
    before it (``Spelling.preposed``): "dólares estadounidenses" -> "dólares", "nouveaux shekels
    israéliens" -> "shekels"."""
    if spelling is not None and spelling.head is not None:
        return spelling.head(key)
    if spelling is not None and spelling.head_first:
        words = key.split(" ")
        while len(words) > 1 and words[0] in spelling.preposed:
            words = words[1:]
        word = words[0]
    else:
        word = key.rsplit(" ", 1)[-1]
    return word if word.replace("'", "").isalpha() else None


def territory_name(raw: str) -> str:
    """CLDR's territory name as text writes it before a currency: "Myanmar (Burma)" -> "Myanmar",
    "Congo - Kinshasa" -> "Congo"."""
    return _PARENTHESIS.sub("", raw.split(" - ", 1)[0]).strip()


# ------------------------------------------------------------------------------------------ spellings --


def _no_variants(key: str) -> set[str]:
    """No variants: the language's text writes CLDR's names as they are."""
    return set()


class Spelling(NamedTuple):
    """How one language's text writes the currency names its CLDR locales give."""

    #: Letters written otherwise before accents are dropped, as a ``str.translate`` table (German "ä" ->
    #: "ae": text without umlauts writes "Suedafrikanischer", never "Sudafrikanischer").
    fold: Mapping[int, str] = MappingProxyType({})
    #: Further keys of a lowercase, single-spaced key (inflected forms, hyphens written as spaces).
    variants: Callable[[str], set[str]] = _no_variants
    #: Further forms of a head noun, standing for the same currencies (German dative plural "rubeln").
    head_forms: Callable[[str], set[str]] = _no_variants
    #: The head noun comes first and its adjectives after it ("dollar canadien", "dólar estadounidense",
    #: "dolar amerykański"), rather than last ("US dollar", "Schweizer Franken", "Amerikaanse dollar").
    head_first: bool = False
    #: In a head-first language, the adjectives CLDR's names write before the head all the same ("nouveau
    #: shekel israélien", "nowy dolar tajwański"): skipped to find the head, never heads themselves.
    preposed: frozenset[str] = frozenset()
    #: The head noun of a name written as one word, where the language has its own way to find it.
    head: Callable[[str], str | None] | None = None


#: German adjective endings, longest first: strong, weak and mixed declension use no others.
_GERMAN_ENDINGS = ("en", "em", "er", "es", "e")


@functools.cache
def _german_adjective_stems() -> frozenset[str]:
    """Stems that CLDR's German currency names themselves show as adjectives without being -isch: with the
    ending -e and with -er ("neu" of "Neuer Taiwan-Dollar" and "Neue Taiwan-Dollar"). Currency nouns have
    no such pair ("Unze", "Unzen"; "Gourde", "Gourdes"), so they do not qualify."""
    endings: dict[str, set[str]] = {}
    for _code, name, _counted in _cldr_names("de"):
        for word in _PARENTHESIS.sub("", name).lower().split():
            ending = next((e for e in _GERMAN_ENDINGS if word.endswith(e)), None)
            if ending is not None and len(word) - len(ending) >= 3:
                endings.setdefault(word[: -len(ending)], set()).add(ending)
    return frozenset(stem for stem, found in endings.items() if {"e", "er"} <= found and not stem.endswith("sch"))


def german_adjective(word: str) -> str | None:
    """The stem of a lowercase German adjective as currency names inflect it, or None for another word.

    A word is an adjective when it ends in -e, -en, -er, -es or -em and its stem either ends in -sch (every
    adjective of origin: "schwedische", "britisches", "deutsche", "são-toméischer") or is one that CLDR's
    German names show with both -e and -er ("neuer", ``_german_adjective_stems``). Invariant words are
    thereby left alone: "Schweizer" (stem "schweiz"), "US", nouns ("Unze", "Mark"), foreign words ("Peso",
    "Novo"); so are the rare adjectives CLDR shows in one form only ("Konvertible").
    """
    for ending in _GERMAN_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return stem if stem.endswith("sch") or stem in _german_adjective_stems() else None
    return None


def german_variants(key: str) -> set[str]:
    """Further keys of a German name key: its leading adjectives inflected, and hyphens written as spaces.

    CLDR gives nominatives ("schwedische krone", "japanischer yen", "britisches pfund"); text writes every
    case and gender after amounts and articles ("89 schwedische kronen", "mit 50 schwedischen kronen",
    "dem britischen pfund"). So the adjectives before the head noun (``german_adjective``; all of them, as
    in "israelischer neuer schekel") get each of the five endings -e, -en, -er, -es, -em together; the
    head noun keeps CLDR's singular and plural. A form no text writes ("schwedischem kronen") costs one
    unused key. Then every form with a hyphen ("us-dollar", "st.-helena-pfund") is also stored with spaces
    ("us dollar", "st. helena pfund"): see the module docstring on hyphens.
    """
    words = key.split(" ")
    stems: list[str] = []
    for word in words[:-1]:
        stem = german_adjective(word)
        if stem is None:
            break
        stems.append(stem)
    forms = {key}
    if stems:
        rest = words[len(stems) :]
        forms.update(" ".join([*(stem + ending for stem in stems), *rest]) for ending in _GERMAN_ENDINGS)
    for form in list(forms):
        if "-" in form:
            forms.add(" ".join(form.replace("-", " ").split()))
    return forms - {key}


def german_head_forms(head: str) -> set[str]:
    """The dative plural of a German head noun where it differs from CLDR's plural: nouns in unstressed -el
    and -er (after a consonant) add -n ("mit 100 Rubeln", "in Schekeln"). Nouns in -e already have it
    (CLDR's "Kronen", "Rupien"), the others take none ("Dollar", "Pfund", "Franken", "Yen", "Riel").

    Deliberately not generated: the genitive singular in -s ("des Dollars", "des Rubels", "des Euros"),
    which German writes after an article, never after an amount; the colloquial plurals "Dollars" and
    "Euros", which do follow amounts, are curated in names_curated_de.toml.
    """
    return {head + "n"} if re.search(r"[^aeiouäöüy](?:el|er)$", head) else set()


def unspaced_variants(key: str) -> set[str]:
    """A name CLDR writes with spaces also written without them, as Japanese and Korean text often does
    ("カナダ ドル" -> "カナダドル", "캐나다 달러" -> "캐나다달러"); the middle dot ("スイス・フラン") the grammar
    reads as a space."""
    forms = {key, key.replace(" ", "")}
    return {script_spaced(form) for form in forms} | forms - {key}


#: Where Latin letters meet letters of another script inside a word ("uaeディルハム", "cfaフラン"): the
#: tokenizer of a language written without spaces cuts there, so the name is looked up with a space there.
_SCRIPT_BOUNDARY = re.compile(r"(?<=[a-z])(?=[^\W\da-z_])|(?<=[^\W\da-z_])(?=[a-z])")


def script_spaced(key: str) -> str:
    """``key`` with a space where Latin letters meet another script's ("uaeディルハム" -> "uae ディルハム")."""
    return _SCRIPT_BOUNDARY.sub(" ", key)


def chinese_variants(key: str) -> set[str]:
    """A Chinese name as the tokenizer cuts it where Latin letters meet characters ("cfa法郎" -> "cfa 法郎")."""
    return {script_spaced(key)} - {key}


@functools.cache
def _chinese_territories() -> tuple[str, ...]:
    """CLDR's Chinese territory names in both scripts, longest first ("尼日利亚", "奈及利亞", "瑞士")."""
    names = {name for tag in ("zh", "zh_Hant") for name in Locale.parse(tag).territories.values()}
    return tuple(sorted((n for n in names if n.isalpha()), key=lambda n: (-len(n), n)))


def chinese_head(key: str) -> str | None:
    """The head of a Chinese name, one word with its country in front: the name without the country
    ("尼日利亚奈拉" -> "奈拉", "瑞士法郎" -> "法郎", "加拿大元" -> "元"); a name that starts with no country
    ("美元", "港元", "英镑") is its own head."""
    for territory in _chinese_territories():
        if key.startswith(territory) and len(key) > len(territory):
            return key[len(territory):]
    return key if key.isalpha() else None


def hyphen_variants(key: str) -> set[str]:
    """A name written with hyphens also written with spaces ("dollar des états-unis" -> "... états unis"),
    as the grammar joins hyphenated words (see the module docstring on hyphens)."""
    return {" ".join(key.replace("-", " ").split())} - {key} if "-" in key else set()


#: Each language's spelling rules; a language of ``LANGUAGES`` must have one.
SPELLINGS: Mapping[str, Spelling] = {
    "en": Spelling(),
    "nl": Spelling(variants=hyphen_variants),
    # The Romance languages and Polish put the noun first ("dollar canadien", "dólar estadounidense",
    # "dolar amerykański"); "new", "old" and "super" come before it ("nouveau shekel", "antiguo dinar",
    # "nowy szekel", "super dinar").
    **{
        language: Spelling(variants=hyphen_variants, head_first=True, preposed=frozenset(words.split()),
                           # Polish text without its letters writes "ł" as "l" ("zlotych polskich"), which
                           # NFKD does not decompose.
                           fold=str.maketrans({"ł": "l"}) if language == "pl" else MappingProxyType({}))
        for language, words in (
            ("es", "nuevo nuevos antiguo antiguos super"),
            ("fr", "nouveau nouveaux ancien anciens"),
            ("it", "nuovo nuovi antico antichi"),
            ("pl", "nowy nowa nowe nowego nowej nowych stary stare starego starych wschodnia wschodnie"),
            ("pt", "novo novos super"),
        )
    },
    # Japanese and Korean put the noun last, as English does ("カナダ ドル", "캐나다 달러"), and write names
    # with or without the space; Chinese names are one word, the country first ("加拿大元": "元").
    "ja": Spelling(variants=unspaced_variants),
    "ko": Spelling(variants=unspaced_variants),
    "zh": Spelling(variants=chinese_variants, head=chinese_head),
    "de": Spelling(
        # Text without the letters writes ä ö ü as ae oe ue, and Swiss text writes ß as ss; "Złoty" is
        # "Zloty" in German (Duden), but NFKD has no decomposition of "ł" to drop.
        fold=str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l"}),
        variants=german_variants,
        head_forms=german_head_forms,
    ),
}


def spelling_of(language: str) -> Spelling:
    """The spelling rules of ``language``; every language the generator writes must have them."""
    spelling = SPELLINGS.get(language)
    if spelling is None:
        raise CurationError(f"no spelling rules for {language!r}: add them to SPELLINGS")
    return spelling


# ---------------------------------------------------------------------------------------------- ranks --


class Surfaces:
    """Surface -> candidate codes, each with the best rank any source gave it; a lower rank shadows."""

    def __init__(self) -> None:
        self._ranks: dict[str, dict[str, int]] = {}

    def add(self, surface: str, code: str, rank: int) -> None:
        """Record that ``surface`` may stand for ``code``."""
        slot = self._ranks.setdefault(surface, {})
        slot[code] = min(rank, slot.get(code, rank))

    def has(self, surface: str, code: str) -> bool:
        """True when some source already gave ``surface`` to ``code``."""
        return code in self._ranks.get(surface, {})

    def has_surface(self, surface: str) -> bool:
        """True when some source gave ``surface`` to any code."""
        return surface in self._ranks

    def discard(self, surface: str) -> None:
        """Forget a surface altogether."""
        self._ranks.pop(surface, None)

    def resolve(self) -> dict[str, set[str]]:
        """Surface -> the candidates of the best rank (the others are shadowed)."""
        out = {}
        for surface, ranks in self._ranks.items():
            best = min(ranks.values())
            out[surface] = {code for code, rank in ranks.items() if rank == best}
        return out


def ordered(candidates: Iterable[str], default: str | None) -> list[str]:
    """Candidates with the conventional reading first, then the rest sorted."""
    rest = sorted(set(candidates) - {default})
    return [default, *rest] if default is not None else rest


def ordered_minor_units(minor_units: dict[str, Any], defaults: dict[str, str]) -> dict[str, Any]:
    """Minor units as written to a data file: sorted, each with its conventional reading first."""
    return {surface: {"candidates": ordered(unit["candidates"], defaults.get(surface)), "divisor": unit["divisor"]}
            for surface, unit in sorted(minor_units.items())}


# ---------------------------------------------------------------------------------------------- build --


def load_curated(path: Path = CURATED) -> tuple[dict[str, Any], str]:
    """The curated file parsed, and its sha256."""
    raw = path.read_bytes()
    return tomllib.loads(raw.decode("utf-8")), hashlib.sha256(raw).hexdigest()


class Basis(NamedTuple):
    """What every generated file shares, from currencies_curated.toml: the date that decides which
    currencies are current, each code's status on it, the codes no surface may point to, and the ranks."""

    as_of: datetime.date
    status: Mapping[str, int]
    excluded: frozenset[str]

    @classmethod
    def of(cls, curated: Mapping[str, Any]) -> Basis:
        """The basis the curated currencies file sets."""
        as_of = curated["as_of"]
        if not isinstance(as_of, datetime.date):
            raise CurationError("as_of must be a TOML date (2026-11-25)")
        status = _tender_status(as_of)
        excluded = frozenset(curated.get("codes", {}).get("exclude", []))
        _known(excluded, set(status), "[codes] exclude")
        return cls(as_of, status, excluded)

    def rank(self, code: str, qualified: bool) -> int:
        """A surface's rank for ``code``: current before historic before never tender, each unqualified
        before qualified."""
        return self.status[code] * 2 + int(qualified)


def build(curated_path: Path = CURATED) -> dict[str, Any]:
    """Everything currencies.json holds, as plain data."""
    curated, curated_sha = load_curated(curated_path)
    basis = Basis.of(curated)
    as_of, status, rank = basis.as_of, basis.status, basis.rank
    codes = set(status)
    excluded = set(basis.excluded)

    currencies = {
        code: {
            "name": babel.numbers.get_currency_name(code, locale="en"),
            "digits": babel.numbers.get_currency_precision(code),
            "current": status[code] == CURRENT,
        }
        for code in sorted(codes)
    }
    pp_entries = _price_parser_entries(curated, codes)

    names, heads = _names(curated, basis, pp_entries)
    signs = _signs(curated, codes, excluded, pp_entries, rank)

    minor_units, minor_defaults = _minor_units(curated, codes, heads)
    non_iso = _non_iso(curated, codes, signs, names)
    defaults = _defaults(curated, signs, names, minor_units, minor_defaults)

    unsafe = _prose_unsafe(curated, signs, codes)
    words = curated.get("codes", {})
    code_words = set(words.get("words", []))
    code_acronyms = set(words.get("acronyms", []))
    _known(code_words | code_acronyms, codes, "[codes] words/acronyms")

    return {
        "meta": {
            "schema": "1",
            "generator": "scripts/generate_currency_data.py",
            "babel": babel.__version__,
            "cldr": str(get_cldr_version()),
            "price_parser": importlib.metadata.version("price-parser"),
            "curated_sha256": curated_sha,
            "as_of": as_of.isoformat(),
        },
        "currencies": currencies,
        "signs": {sign: ordered(found, defaults.get(sign)) for sign, found in sorted(signs.items())},
        "letter_signs_prose_unsafe": sorted(unsafe),
        "names": {name: ordered(found, defaults.get(name)) for name, found in sorted(names.items())},
        "codes_that_are_words": sorted(code_words),
        "codes_that_are_acronyms": sorted(code_acronyms),
        "defaults": dict(sorted(defaults.items())),
        "minor_units": ordered_minor_units(minor_units, defaults),
        "non_iso": dict(sorted(non_iso.items())),
        "territories": _territory_currencies(as_of, excluded),
    }


def _territory_currencies(as_of: datetime.date, excluded: set[str]) -> dict[str, list[str]]:
    """Territory (ISO 3166 alpha-2, as a locale's country) -> the currencies tender there on ``as_of``, in
    CLDR's order (the one a country's own prices are in first): how ``locale="es-MX"`` reads a bare "$"."""
    out: dict[str, list[str]] = {}
    day = (as_of.year, as_of.month, as_of.day)
    for territory, periods in sorted(get_global("territory_currencies").items()):
        codes = [code for code, start, end, tender in periods
                 if tender and code not in excluded
                 and (start is None or tuple(start) <= day) and (end is None or tuple(end) >= day)]
        if codes and territory.isalpha():
            out[territory] = list(dict.fromkeys(codes))
    return out


def _known(values: Iterable[str], codes: set[str], where: str) -> None:
    """Refuse curated codes that CLDR does not know."""
    unknown = sorted(set(values) - codes)
    if unknown:
        raise CurationError(f"{where}: not ISO codes CLDR knows: {', '.join(unknown)}")


def build_names(
    language: str,
    curated_path: Path | None = None,
    base_curated_path: Path = CURATED,
    base: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything names_<language>.json holds, as plain data: the language's currency names, their
    conventional readings, and its minor-unit words that currencies.json lacks.

    ``base`` is currencies.json's data (built from ``base_curated_path`` when not given): its minor units
    are every language's, so the language's own must not repeat them.
    """
    spelling_of(language)
    if language == "en":
        raise CurationError("English names live in currencies.json")
    curated, curated_sha = load_curated(curated_path or names_curated(language))
    if "as_of" in curated or "codes" in curated:
        raise CurationError("as_of and [codes] belong to currencies_curated.toml, for every language")
    basis = Basis.of(load_curated(base_curated_path)[0])
    codes = set(basis.status)
    names, heads = _names(curated, basis, [], language)
    minor_units, minor_defaults = _minor_units(curated, codes, heads)
    base_data = base if base is not None else build(base_curated_path)
    shared = base_data["minor_units"]
    repeated = sorted(set(minor_units) & set(shared))
    if repeated:
        raise CurationError(f"[minor_units] {', '.join(repeated)}: already in currencies.json for every language")
    # A language may give a shared minor unit or sign its own conventional reading ("cent" is the euro cent
    # in German text, "￥" the yuan in Chinese text): its [defaults] are checked against the shared tables too.
    shared_signs = {sign: set(found) for sign, found in base_data["signs"].items()}
    defaults = _defaults(curated, shared_signs, names, {**shared, **minor_units}, minor_defaults)
    return {
        "meta": {
            "schema": "1",
            "language": language,
            "generator": "scripts/generate_currency_data.py",
            "babel": babel.__version__,
            "cldr": str(get_cldr_version()),
            "curated_sha256": curated_sha,
            "as_of": basis.as_of.isoformat(),
        },
        "names": {name: ordered(found, defaults.get(name)) for name, found in sorted(names.items())},
        "defaults": dict(sorted(defaults.items())),
        "minor_units": ordered_minor_units(minor_units, defaults),
    }


def _names(
    curated: Mapping[str, Any],
    basis: Basis,
    pp_entries: list[tuple[str, dict[str, Any]]],
    language: str = "en",
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The names of ``language`` -> candidates, and the current families (head noun -> current codes).

    One path for every language: CLDR's names from the language's locales (and, for English, price-parser's),
    spelled as the language's text writes them (``SPELLINGS``), their head nouns, "<territory> <head>"
    names, then the curated names and stop words of ``curated``.
    """
    status, excluded, rank = basis.status, basis.excluded, basis.rank
    spelling = spelling_of(language)
    # Parentheses that tell current currencies apart ("CFA-Franc (BEAC)") rather than mark a variant.
    neutral = set(curated.get("qualifiers", {}).get("neutral", []))
    used_neutral: set[str] = set()
    found = Surfaces()
    # Singular and plural names feed the head nouns; display names ("US Dollar") are full names only.
    counted: dict[str, set[tuple[str, bool]]] = {}
    for code, name, is_counted in _cldr_names(language):
        if code in excluded:
            continue
        keys, qualified = name_keys(name, language)
        qualifier = _QUALIFIER.search(name)
        if qualifier is not None and qualifier.group().strip() in neutral:
            used_neutral.add(qualifier.group().strip())
            qualified = False
        for key in keys:
            found.add(key, code, rank(code, qualified))
            if is_counted:
                counted.setdefault(code, set()).add((key, qualified))
    if neutral - used_neutral:
        raise CurationError(f"[qualifiers] neutral: no CLDR name ends in {sorted(neutral - used_neutral)}")
    for code, entry in pp_entries:
        if code in excluded:
            continue
        for field in ("n", "np"):
            keys, qualified = name_keys(entry[field])
            for key in keys:
                found.add(key, code, rank(code, qualified))
                counted.setdefault(code, set()).add((key, qualified))

    # Head nouns: "dollars" stands for every current dollar; a historic currency lends its head ("markka",
    # "peseta") only where no current currency has it, which the ranks decide.
    heads = Surfaces()
    for code, named in counted.items():
        if status[code] == NEVER_TENDER:
            continue  # funds, metals and units of account: "ounce", "account" are not money words
        for key, qualified in named:
            head = head_noun(key, spelling)
            if head is not None:
                for form in (head, *sorted(spelling.head_forms(head))):
                    heads.add(form, code, rank(code, qualified))
    # Heads the curated file takes away (``[names_stop] heads``): a word the language uses alone for one
    # currency only, which [names] then gives it (Italian "lire" is the old lira, not every current one).
    not_heads = set(curated.get("names_stop", {}).get("heads", []))
    for word in sorted(not_heads):
        if not heads.has_surface(word):
            raise CurationError(f"[names_stop] heads: {word!r} is no generated head noun")
        heads.discard(word)
    resolved_heads = heads.resolve()
    families = {
        head: current
        for head, found_codes in resolved_heads.items()
        if (current := {code for code in found_codes if status[code] == CURRENT})
    }
    for head, found_codes in resolved_heads.items():
        for code in found_codes:
            found.add(head, code, rank(code, False))

    # "<territory> <head>" for a currency issued by that territory (its code starts with the territory's,
    # as ISO 4217 codes do): "Malaysia ringgit", "United States dollars", "Switzerland francs". The head is
    # the language's own (French "Suisse francs"); the territory stays first in every language, since the
    # resolver reads a name's last word as its head and the words before it as the country words.
    cldr_territories = Locale(language).territories
    territory_spellings: Mapping[str, list[str]] = curated.get("territory_names", {})
    for territory, tender in sorted(_current_territories(basis.as_of).items()):
        spellings = set(territory_spellings.get(territory, []))
        spellings = spellings or {territory_name(cldr_territories.get(territory, territory))}
        for code in sorted(tender):
            if not code.startswith(territory) or code in excluded:
                continue
            own_heads = {
                head
                for key, qualified in counted.get(code, set())
                if not qualified
                and (head := head_noun(key, spelling)) is not None
                and code in families.get(head, set())
            }
            for territory_spelling in sorted(spellings):
                for head in sorted(own_heads):
                    for key in name_keys(f"{territory_spelling} {head}", language)[0]:
                        found.add(key, code, rank(code, False))

    # Curated names: slang, abbreviations, spellings no source has. The language's variants of a curated
    # name (German: inflected, space-joined) come with it.
    curated_pairs = []
    for key, values in curated.get("names", {}).items():
        if key != " ".join(key.lower().split()):
            raise CurationError(f"[names] {key!r}: names are lowercase and single-spaced")
        for code in _expand(values, families, set(status), f"[names] {key!r}"):
            if found.has(key, code):
                raise CurationError(f"[names] {key!r} -> {code}: the sources already have it")
            for form in (key, *sorted(spelling.variants(key))):
                found.add(form, code, rank(code, False))
            curated_pairs.append((key, code))

    stop = set(curated.get("names_stop", {}).get("words", []))
    for key, _code in curated_pairs:
        if key in stop:
            raise CurationError(f"[names] {key!r} is in the stop list")
    for word in stop:
        found.discard(word)
    resolved = found.resolve()
    for key, code in curated_pairs:
        if code not in resolved[key]:
            raise CurationError(f"[names] {key!r} -> {code} is shadowed by {sorted(resolved[key])}")
    return resolved, families


def _expand(values: Iterable[str], families: Mapping[str, set[str]], codes: set[str], where: str) -> set[str]:
    """Curated codes with family references ("@dollar") expanded."""
    out: set[str] = set()
    for value in values:
        if value.startswith(FAMILY):
            family = families.get(value[len(FAMILY) :])
            if not family:
                raise CurationError(f"{where}: {value} is no family of current currencies")
            out.update(family)
        elif value in codes:
            out.add(value)
        else:
            raise CurationError(f"{where}: {value} is not a CLDR code")
    return out


def _signs(
    curated: Mapping[str, Any],
    codes: set[str],
    excluded: set[str],
    pp_entries: list[tuple[str, dict[str, Any]]],
    rank: Rank,
) -> dict[str, set[str]]:
    """Signs -> candidates, from every locale's symbols, price-parser's symbols and the curated list."""
    found = Surfaces()

    def add(raw: str, code: str) -> None:
        sign = clean_sign(raw, codes)
        if sign is None or code in excluded:
            return
        for form in sign_variants(sign, codes):
            found.add(form, code, rank(code, False))

    for code, symbol in _cldr_symbols():
        if code in codes:
            add(symbol, code)

    wrong = {
        (item["code"], item["sign"]) for item in curated.get("price_parser", {}).get("exclude_signs", [])
    }
    used_wrong = set()
    for code, entry in pp_entries:
        for raw in (entry["s"], entry["sn"], *entry.get("sn2", [])):
            sign = clean_sign(raw, codes)
            if (code, sign) in wrong:
                used_wrong.add((code, sign))
                continue
            add(raw, code)
    if wrong - used_wrong:
        raise CurationError(
            f"[price_parser] exclude_signs no longer in price-parser: {sorted(wrong - used_wrong)}"
        )

    for sign, values in curated.get("signs", {}).items():
        if clean_sign(sign, codes) != sign:
            raise CurationError(f"[signs] {sign!r} is not a sign as the generator cleans them")
        for code in _expand(values, {}, codes, f"[signs] {sign!r}"):
            if found.has(sign, code):
                raise CurationError(f"[signs] {sign!r} -> {code}: the sources already have it")
            for form in sign_variants(sign, codes):
                found.add(form, code, rank(code, False))
    resolved = found.resolve()
    for sign, values in curated.get("signs", {}).items():
        for code in values:
            if code not in resolved[sign]:
                raise CurationError(f"[signs] {sign!r} -> {code} is shadowed by {sorted(resolved[sign])}")
    return resolved


def _minor_units(
    curated: Mapping[str, Any], codes: set[str], families: Mapping[str, set[str]]
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Minor-unit surfaces -> candidates and divisor, and their defaults."""
    units: dict[str, dict[str, Any]] = {}
    defaults: dict[str, str] = {}
    for unit_name, unit in curated.get("minor_units", {}).items():
        where = f"[minor_units.{unit_name}]"
        candidates = _expand(unit["of"], families, codes, where)
        default = unit.get("default")
        if default is not None and default not in candidates:
            raise CurationError(f"{where}: default {default} is not among {sorted(candidates)}")
        divisor = unit["divisor"]
        if not isinstance(divisor, int) or divisor < 2:
            raise CurationError(f"{where}: divisor must be an integer above 1")
        for surface in unit["surfaces"]:
            if surface != surface.lower() or surface in units:
                raise CurationError(f"{where}: {surface!r} is not lowercase or is listed twice")
            units[surface] = {"candidates": candidates, "divisor": divisor}
            if default is not None and len(candidates) > 1:
                defaults[surface] = default
    return units, defaults


def _non_iso(
    curated: Mapping[str, Any], codes: set[str], signs: Mapping[str, set[str]], names: Mapping[str, set[str]]
) -> dict[str, str]:
    """Money units with no ISO code -> their label."""
    out = {}
    for label, surfaces in curated.get("non_iso", {}).items():
        for surface in surfaces:
            if surface.upper() in codes or surface in signs or surface in names or surface in out:
                raise CurationError(f"[non_iso] {surface!r} is already an ISO code, a sign or a name")
            out[surface] = label
    return out


def _defaults(
    curated: Mapping[str, Any],
    signs: Mapping[str, set[str]],
    names: Mapping[str, set[str]],
    minor_units: Mapping[str, Mapping[str, Any]],
    minor_defaults: Mapping[str, str],
) -> dict[str, str]:
    """Ambiguous surface -> its conventional reading, checked against every table the surface is in."""
    out = dict(minor_defaults)
    for surface, code in curated.get("defaults", {}).items():
        tables = [
            table[surface]
            for table in (signs, names, {key: unit["candidates"] for key, unit in minor_units.items()})
            if surface in table
        ]
        if not tables:
            raise CurationError(f"[defaults] {surface!r} is no sign, name or minor unit")
        for candidates in tables:
            if code not in candidates:
                raise CurationError(f"[defaults] {surface!r} -> {code} is not among {sorted(candidates)}")
        if all(len(candidates) == 1 for candidates in tables):
            raise CurationError(f"[defaults] {surface!r} is not ambiguous; remove the default")
        if surface in out:
            raise CurationError(f"[defaults] {surface!r} is also a minor unit with a default")
        out[surface] = code
    return out


def is_single_letter(sign: str) -> bool:
    """True for a sign that is one letter of an alphabet, with or without a dot: "R", "K", "ƒ", "ر".

    Ideographs and syllables ("元", "円", "원") are whole words in their scripts, not letters.
    """
    letters = [ch for ch in sign if ch.isalpha()]
    return len(letters) == 1 and is_letter_sign(sign) and "LETTER" in unicodedata.name(letters[0], "")


def _prose_unsafe(curated: Mapping[str, Any], signs: Mapping[str, set[str]], codes: set[str]) -> set[str]:
    """Letter signs the scanner must not take from running text: single letters (less the curated
    exceptions), and the curated words."""
    section = curated.get("prose_unsafe", {})
    safe = set(section.get("single_letters_safe", []))
    for sign in safe:
        if sign not in signs or not is_single_letter(sign):
            raise CurationError(f"[prose_unsafe] single_letters_safe {sign!r} is not a single-letter sign")
    unsafe = {sign for sign in signs if is_single_letter(sign) and sign not in safe}
    for sign in section.get("signs", []):
        if sign not in signs:
            raise CurationError(f"[prose_unsafe] {sign!r} is not a sign")
        if not is_letter_sign(sign):
            raise CurationError(f"[prose_unsafe] {sign!r} is not a letter sign")
        unsafe.update(form for form in sign_variants(sign, codes) if form in signs)
    return unsafe


# ---------------------------------------------------------------------------------------------- write --


def render(data: Mapping[str, Any]) -> str:
    """The JSON text exactly as committed: one item a line, sorted keys, UTF-8 as is."""
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _explain_versions(committed: str, generated: str) -> None:
    """Say so when the difference comes from other source versions rather than from an edit."""
    try:
        before = json.loads(committed)["meta"]
    except (ValueError, KeyError):
        return
    after = json.loads(generated)["meta"]
    changed = [
        f"{key} {before.get(key)} -> {after[key]}"
        for key in ("babel", "cldr", "price_parser")
        if key in after and before.get(key) != after[key]
    ]
    if changed:
        print(
            "note: the installed sources differ from those recorded (" + ", ".join(changed) + "): install "
            "the recorded versions, or regenerate and review the diff to upgrade",
            file=sys.stderr,
        )


def outputs() -> dict[Path, str]:
    """Every generated file -> its text: currencies.json, then names_<language>.json of ``LANGUAGES``."""
    base = build()
    out = {OUTPUT: render(base)}
    for language in LANGUAGES:
        out[names_output(language)] = render(build_names(language, base=base))
    return out


def main(argv: list[str] | None = None) -> int:
    """Write every generated file, or with --check compare each with what would be written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed output is stale")
    args = parser.parse_args(argv)
    try:
        files = outputs()
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = []
        for path, text in files.items():
            committed = path.read_text(encoding="utf-8") if path.exists() else ""
            if committed == text:
                print(f"{path.relative_to(ROOT)} is current")
                continue
            diff = difflib.unified_diff(
                committed.splitlines(), text.splitlines(), "committed", "generated", lineterm="", n=1
            )
            for line in list(diff)[:60]:
                print(line)
            _explain_versions(committed, text)
            print(f"{path.relative_to(ROOT)} is stale", file=sys.stderr)
            stale.append(path)
        if stale:
            print("run python scripts/generate_currency_data.py", file=sys.stderr)
            return 1
        return 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
