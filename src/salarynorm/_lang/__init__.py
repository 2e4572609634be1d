"""Languages as data: ``load("de_CH")`` is base.toml ⊕ de.toml ⊕ de_CH.toml, as one ``Lexicon``.

Every word the grammar reads lives in ``data/<tag>.toml``: ``base.toml`` for what all languages share
(dashes, minus signs, the characters of code), one file per language (``en.toml``, ``de.toml``) and
optional regional overlays (``de_CH.toml``) that hold only their differences, as Babel's locale data
inherits from its parent. Merging adds: lists are united, tables updated, and an overlay's ``[remove]``
table (key -> entries) takes entries out. What data cannot say, how number words compose, is a small
hook module per language (``en.py``: ``read_number_words``).

Examples:
    >>> lex = load("en")
    >>> lex.multipliers["million"], "up to" in lex.bounds_before, lex.bounds_before.value("up to")
    (6, True, 'max')
    >>> load("en-GB") is load("en_GB")
    True
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from importlib import resources
from typing import Any

from .lexicon import Lexicon, NumberReader, PhraseSet
from .schema import SCHEMA

__all__ = ["LanguageDataError", "Lexicon", "PhraseSet", "available", "languages", "load", "period_phrases", "split_tag"]

_DATA = "salarynorm._lang.data"
_PERIODS = frozenset({"hour", "day", "week", "fortnight", "month", "quarter", "year"})


class LanguageDataError(Exception):
    """A language file breaks the schema: the message names the file, the key and the value."""


def split_tag(tag: str) -> tuple[str, str | None]:
    """("de", "CH") from "de_CH", "de-CH" or "DE-ch"; ("de", None) from "de". Validation is the caller's.

    Examples:
        >>> split_tag("fr-CA"), split_tag("EN")
        (('fr', 'CA'), ('en', None))
    """
    parts = tag.strip().replace("-", "_").split("_")
    language = parts[0].lower()
    region = parts[1].upper() if len(parts) > 1 and parts[1] else None
    return language, region


@functools.cache
def _files() -> frozenset[str]:
    return frozenset(p.name[: -len(".toml")] for p in resources.files(_DATA).iterdir()
                     if p.name.endswith(".toml"))


def languages() -> tuple[str, ...]:
    """The languages that have a data file ("de", "en"), sorted.

    Examples:
        >>> "en" in languages()
        True
    """
    return _languages()


@functools.cache
def _languages() -> tuple[str, ...]:
    return tuple(sorted(f for f in _files() if f != "base" and "_" not in f))


def available(tag: str) -> bool:
    """True when ``tag``'s language has a data file (its region need not have one)."""
    return split_tag(tag)[0] in languages()


def raw(name: str) -> dict[str, Any]:
    """One data file, parsed but not converted (for the schema test and the generators)."""
    text = resources.files(_DATA).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.cache
def load(tag: str) -> Lexicon:
    """The lexicon of ``tag`` ("en", "de", "de_CH", "de-CH"), built once and shared afterwards.

    Raises ``LookupError`` naming the tag when its language has no data file.
    """
    language, region = split_tag(tag)
    key = language if region is None else f"{language}_{region}"
    if key != tag:
        return load(key)
    if language not in languages():
        raise LookupError(f"no language data for {tag!r} (salarynorm reads {', '.join(languages())})")
    layers = ["base", language]
    if region is not None and f"{language}_{region}" in _files():
        layers.append(f"{language}_{region}")
    merged: dict[str, Any] = {}
    for name in layers:
        _merge(merged, raw(name), name)
    return _build(key, language, merged)


def _merge(into: dict[str, Any], layer: Mapping[str, Any], name: str) -> None:
    for key, value in layer.items():
        if key == "remove":
            continue
        if key not in SCHEMA:
            raise LanguageDataError(f"{name}.toml: unknown key {key!r} (see salarynorm/_lang/schema.py)")
        kind = SCHEMA[key][0]
        old = into.get(key)
        if old is None or kind in ("text", "ordered"):
            into[key] = value
        elif isinstance(old, dict) and isinstance(value, dict):
            into[key] = {**old, **value}
        elif isinstance(old, list) and isinstance(value, list):
            into[key] = old + [v for v in value if v not in old]
        elif isinstance(old, str) and isinstance(value, str):
            into[key] = old + "".join(ch for ch in value if ch not in old)
        else:
            raise LanguageDataError(f"{name}.toml: {key!r} has the wrong shape for a {kind} key")
    for key, entries in layer.get("remove", {}).items():
        old = into.get(key)
        if old is None:
            raise LanguageDataError(f"{name}.toml: [remove] {key!r} removes from a key nothing set")
        for entry in entries:
            if entry not in old:
                raise LanguageDataError(f"{name}.toml: [remove] {key!r}: {entry!r} is not there")
        if isinstance(old, dict):
            into[key] = {k: v for k, v in old.items() if k not in entries}
        elif isinstance(old, str):
            into[key] = "".join(ch for ch in old if ch not in entries)
        else:
            into[key] = [v for v in old if v not in entries]


def _words(key: str, value: object, *, lower: bool = True) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LanguageDataError(f"{key}: expected a list of non-empty strings, got {value!r}")
    if lower:
        for v in value:
            if v != v.lower() or v != " ".join(v.split()):
                raise LanguageDataError(f"{key}: {v!r} is not lower-case and single-spaced")
    return frozenset(value)


def _table(key: str, value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LanguageDataError(f"{key}: expected a table, got {value!r}")
    return value


def convert(key: str, value: object) -> object:
    """``value`` of ``key`` as the ``Lexicon`` holds it; ``LanguageDataError`` when it breaks the schema."""
    kind = SCHEMA[key][0]
    if kind == "words":
        return _words(key, value)
    if kind == "exact":
        return _words(key, value, lower=False)
    if kind == "ordered":
        _words(key, value, lower=False)
        return tuple(dict.fromkeys(value))  # type: ignore[call-overload]
    if kind == "chars":
        if not isinstance(value, str):
            raise LanguageDataError(f"{key}: expected a string of characters, got {value!r}")
        return frozenset(value)
    if kind == "text":
        if not isinstance(value, str):
            raise LanguageDataError(f"{key}: expected a string, got {value!r}")
        return value
    if kind == "phrases":
        words = _words(key, value)
        return PhraseSet(dict.fromkeys(sorted(words), ""))
    table = _table(key, value)
    lower = kind != "exact_powers"
    for k in table:
        if lower and (k != k.lower() or k != " ".join(k.split())):
            raise LanguageDataError(f"{key}: {k!r} is not lower-case and single-spaced")
    if kind == "bounds":
        if any(v not in ("min", "max") for v in table.values()):
            raise LanguageDataError(f"{key}: values must be \"min\" or \"max\": {table!r}")
        return PhraseSet(dict(table))
    if kind == "periods":
        bad = [v for v in table.values() if v not in _PERIODS]
        if bad:
            raise LanguageDataError(f"{key}: {bad[0]!r} is not a period ({', '.join(sorted(_PERIODS))})")
        return dict(table)
    if kind in ("powers", "exact_powers", "numbers"):
        if any(type(v) is not int or v < 0 for v in table.values()):
            raise LanguageDataError(f"{key}: values must be non-negative integers: {table!r}")
        return dict(table)
    if kind == "fractions":
        out: dict[str, tuple[int, int]] = {}
        for k, v in table.items():
            if not (isinstance(v, list) and len(v) == 2 and all(type(x) is int and x > 0 for x in v)):
                raise LanguageDataError(f"{key}: {k!r} must be [numerator, denominator], got {v!r}")
            out[k] = (v[0], v[1])
        return out
    if kind == "closers":
        closers: dict[str, tuple[str, ...]] = {}
        for k, v in table.items():
            _words(f"{key}.{k}", v)
            closers[k] = tuple(v)
        return closers
    if kind == "spellings":
        if any(not isinstance(v, str) for v in table.values()):
            raise LanguageDataError(f"{key}: values must be strings: {table!r}")
        return dict(table)
    raise LanguageDataError(f"{key}: unknown kind {kind!r}")  # pragma: no cover - the schema test pins kinds


def _no_number_words(lexicon: Lexicon, words: list[str], i: int) -> tuple[Decimal, int] | None:
    return None


def _number_reader(language: str) -> NumberReader:
    """The language's hook for number words (``salarynorm._lang.<language>.read_number_words``), or one
    that reads none when the language has no hook yet."""
    name = f"{__name__}.{language}"
    if importlib.util.find_spec(name) is None:
        return _no_number_words
    reader: NumberReader = importlib.import_module(name).read_number_words
    return reader


def _empty(kind: str) -> object:
    return {"text": "", "ordered": [], "chars": ""}.get(kind, {} if kind in (
        "bounds", "periods", "powers", "exact_powers", "numbers", "fractions", "closers", "spellings") else [])


def _build(tag: str, language: str, merged: dict[str, Any]) -> Lexicon:
    lexicon = Lexicon()
    lexicon.tag = tag
    lexicon.language = language
    lexicon.read_number_words = _number_reader(language)
    for key, (kind, _doc) in SCHEMA.items():
        value = merged.get(key, _empty(kind))
        try:
            setattr(lexicon, key, convert(key, value))
        except LanguageDataError as exc:
            raise LanguageDataError(f"{tag}: {exc}") from None
    return lexicon


@functools.cache
def period_phrases() -> dict[str, str]:
    """Every period spelling of every language (phrase -> period name), for ``Period.parse``: each
    language's hook ``period_phrases`` where it has one, else its period words and "<preposition> <unit>".

    Examples:
        >>> period_phrases()["per annum"], period_phrases()["/hr"]
        ('year', 'hour')
    """
    out: dict[str, str] = {}
    for language in languages():
        lex = load(language)
        name = f"{__name__}.{language}"
        hook = getattr(importlib.import_module(name), "period_phrases", None) \
            if importlib.util.find_spec(name) is not None else None
        if hook is not None:
            phrases = hook(lex)
        else:
            phrases = {**lex.period_words, **{
                f"{prep} {unit}": p for prep in lex.period_prepositions for unit, p in lex.period_units.items()
                if unit not in lex.period_units_slash_only}}
        for phrase, period in phrases.items():
            out.setdefault(phrase, period)
    return out
