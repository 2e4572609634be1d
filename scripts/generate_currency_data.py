#!/usr/bin/env python3
"""Build ``src/salarynorm/_data/currencies.json``, salarynorm's currency tables, from the field's own sources.

Sources, in this order:

* CLDR through Babel: ISO codes, English names singular and plural in every English locale, currency symbols
  from every locale, minor-unit digits, which currencies are tender somewhere (on the curated
  ``as_of`` date), English territory names;
* price-parser's table of symbols and names, for what CLDR lacks;
* ``src/salarynorm/_data/currencies_curated.toml``, the small hand-kept remainder (read its header).

Usage::

    python scripts/generate_currency_data.py          # write the JSON
    python scripts/generate_currency_data.py --check  # exit 1 if the committed JSON is stale

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
from typing import Any

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


@functools.cache
def _cldr_english_names() -> tuple[tuple[str, str, bool], ...]:
    """(code, name, counted) for every name CLDR's English locales give a currency.

    Every English locale in a Latin-script spelling counts (en, en_GB, en_IN, en_AU...; not en_Shaw or
    en_Dsrt), so that regional spellings ("rouble", "Bermudian dollar") are in. ``counted`` is True for
    the singular and plural forms, False for the display name ("US Dollar"). Cached: tests build often.
    """
    locales = []
    for identifier in sorted(babel.localedata.locale_identifiers()):
        if identifier == "en" or identifier.startswith("en_"):
            locale = Locale.parse(identifier)
            if locale.script is None:
                locales.append(locale)
    found: set[tuple[str, str, bool]] = set()
    for code in babel.numbers.list_currencies():
        for locale in locales:
            for count in (None, 1, 2):
                name = babel.numbers.get_currency_name(code, count, locale)
                if name == code or re.fullmatch(r"[A-Z]{3}", name):
                    continue  # the locale has no name for it and Babel fell back to the code
                found.add((code, name, count is not None))
    return tuple(sorted(found))


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


@functools.cache
def name_keys(name: str) -> tuple[frozenset[str], bool]:
    """The lookup keys of an English currency name and whether CLDR qualified it with a parenthesis.

    Keys are lowercase and single-spaced; "(1927–2002)" and other trailing qualifiers are removed (a
    qualified name ranks below an unqualified one), as are parentheses inside ("Falkland Islands (Malvinas)
    Pound"). Variants are added for "&" written "and", curly apostrophes written straight, and letters
    without their accents ("colón" -> "colon", "króna" -> "krona"), as English text often has them.
    """
    text = unicodedata.normalize("NFC", name).strip()
    qualified = bool(_QUALIFIER.search(text))
    text = _PARENTHESIS.sub("", text)
    key = " ".join(text.lower().split())
    if not key:
        return frozenset(), qualified
    keys = {key}
    if "&" in key:
        keys.add(" ".join(key.replace("&", " and ").split()))
    for form in list(keys):
        straight = form.translate(_APOSTROPHES)
        folded = "".join(
            ch for ch in unicodedata.normalize("NFKD", straight) if not unicodedata.combining(ch)
        )
        keys.update({straight, unicodedata.normalize("NFC", folded)})
    return frozenset(keys), qualified


def head_noun(key: str) -> str | None:
    """The last word of a name key, when it is a word: "us dollars" -> "dollars"."""
    word = key.rsplit(" ", 1)[-1]
    return word if word.replace("'", "").isalpha() else None


def territory_name(raw: str) -> str:
    """CLDR's English territory name as text writes it before a currency: "Myanmar (Burma)" -> "Myanmar",
    "Congo - Kinshasa" -> "Congo"."""
    return _PARENTHESIS.sub("", raw.split(" - ", 1)[0]).strip()


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


# ---------------------------------------------------------------------------------------------- build --


def load_curated(path: Path = CURATED) -> tuple[dict[str, Any], str]:
    """The curated file parsed, and its sha256."""
    raw = path.read_bytes()
    return tomllib.loads(raw.decode("utf-8")), hashlib.sha256(raw).hexdigest()


def build(curated_path: Path = CURATED) -> dict[str, Any]:
    """Everything currencies.json holds, as plain data."""
    curated, curated_sha = load_curated(curated_path)
    as_of = curated["as_of"]
    if not isinstance(as_of, datetime.date):
        raise CurationError("as_of must be a TOML date (2026-11-25)")
    status = _tender_status(as_of)
    codes = set(status)
    excluded = set(curated.get("codes", {}).get("exclude", []))
    _known(excluded, codes, "[codes] exclude")

    def rank(code: str, qualified: bool) -> int:
        return status[code] * 2 + int(qualified)

    currencies = {
        code: {
            "name": babel.numbers.get_currency_name(code, locale="en"),
            "digits": babel.numbers.get_currency_precision(code),
            "current": status[code] == CURRENT,
        }
        for code in sorted(codes)
    }
    pp_entries = _price_parser_entries(curated, codes)

    names, heads = _names(curated, status, excluded, pp_entries, rank, as_of)
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
        "minor_units": {
            surface: {
                "candidates": ordered(unit["candidates"], defaults.get(surface)),
                "divisor": unit["divisor"],
            }
            for surface, unit in sorted(minor_units.items())
        },
        "non_iso": dict(sorted(non_iso.items())),
    }


def _known(values: Iterable[str], codes: set[str], where: str) -> None:
    """Refuse curated codes that CLDR does not know."""
    unknown = sorted(set(values) - codes)
    if unknown:
        raise CurationError(f"{where}: not ISO codes CLDR knows: {', '.join(unknown)}")


def _names(
    curated: Mapping[str, Any],
    status: Mapping[str, int],
    excluded: set[str],
    pp_entries: list[tuple[str, dict[str, Any]]],
    rank: Rank,
    as_of: datetime.date,
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """English names -> candidates, and the current families (head noun -> current codes)."""
    found = Surfaces()
    # Singular and plural names feed the head nouns; display names ("US Dollar") are full names only.
    counted: dict[str, set[tuple[str, bool]]] = {}
    for code, name, is_counted in _cldr_english_names():
        if code in excluded:
            continue
        keys, qualified = name_keys(name)
        for key in keys:
            found.add(key, code, rank(code, qualified))
            if is_counted:
                counted.setdefault(code, set()).add((key, qualified))
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
            head = head_noun(key)
            if head is not None:
                heads.add(head, code, rank(code, qualified))
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
    # as ISO 4217 codes do): "Malaysia ringgit", "United States dollars", "Switzerland francs".
    cldr_territories = Locale("en").territories
    territory_spellings: Mapping[str, list[str]] = curated.get("territory_names", {})
    for territory, tender in sorted(_current_territories(as_of).items()):
        spellings = set(territory_spellings.get(territory, []))
        spellings = spellings or {territory_name(cldr_territories.get(territory, territory))}
        for code in sorted(tender):
            if not code.startswith(territory) or code in excluded:
                continue
            own_heads = {
                head
                for key, qualified in counted.get(code, set())
                if not qualified
                and (head := head_noun(key)) is not None
                and code in families.get(head, set())
            }
            for spelling in sorted(spellings):
                for head in sorted(own_heads):
                    for key in name_keys(f"{spelling} {head}")[0]:
                        found.add(key, code, rank(code, False))

    # Curated names: slang, abbreviations, spellings no source has.
    curated_pairs = []
    for key, values in curated.get("names", {}).items():
        if key != " ".join(key.lower().split()):
            raise CurationError(f"[names] {key!r}: names are lowercase and single-spaced")
        for code in _expand(values, families, set(status), f"[names] {key!r}"):
            if found.has(key, code):
                raise CurationError(f"[names] {key!r} -> {code}: the sources already have it")
            found.add(key, code, rank(code, False))
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
        if before.get(key) != after[key]
    ]
    if changed:
        print(
            "note: the installed sources differ from those recorded (" + ", ".join(changed) + "): install "
            "the recorded versions, or regenerate and review the diff to upgrade",
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    """Write currencies.json, or with --check compare it with what would be written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed output is stale")
    args = parser.parse_args(argv)
    try:
        text = render(build())
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        committed = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if committed == text:
            print(f"{OUTPUT.relative_to(ROOT)} is current")
            return 0
        diff = difflib.unified_diff(
            committed.splitlines(), text.splitlines(), "committed", "generated", lineterm="", n=1
        )
        for line in list(diff)[:60]:
            print(line)
        _explain_versions(committed, text)
        print(
            f"{OUTPUT.relative_to(ROOT)} is stale: run python scripts/generate_currency_data.py",
            file=sys.stderr,
        )
        return 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode('utf-8')) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
