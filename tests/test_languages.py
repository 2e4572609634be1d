"""The language data: every file keeps to the schema, every language loads, and the lexicon is the data.

``salarynorm/_lang/schema.py`` is the schema: each key's kind and meaning. These tests hold the data files
to it (the loader refuses what breaks it, naming the file and key), and hold the ``Lexicon`` class and the
schema to each other.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from salarynorm import _lang
from salarynorm._lang import LanguageDataError, convert, load, raw, split_tag
from salarynorm._lang.lexicon import Lexicon, PhraseSet
from salarynorm._lang.schema import KINDS, SCHEMA

FILES = sorted(p.name[:-5] for p in resources.files("salarynorm._lang.data").iterdir() if p.name.endswith(".toml"))


def test_every_schema_key_is_a_lexicon_attribute_and_back() -> None:
    # The compiled build keeps no annotations on the native class, but each attribute is a descriptor.
    declared = set(getattr(Lexicon, "__annotations__", {})) or {n for n in dir(Lexicon) if not n.startswith("_")}
    declared -= {"tag", "language", "read_number_words"}
    assert declared == set(SCHEMA), \
        f"only in Lexicon: {declared - set(SCHEMA)}; only in the schema: {set(SCHEMA) - declared}"
    assert {kind for kind, _ in SCHEMA.values()} <= KINDS
    assert all(doc.strip() for _, doc in SCHEMA.values()), "every key says what it is for"


@pytest.mark.parametrize("name", FILES)
def test_every_file_keeps_to_the_schema(name: str) -> None:
    data = raw(name)
    unknown = set(data) - set(SCHEMA) - {"remove"}
    assert not unknown, f"{name}.toml: keys not in the schema: {sorted(unknown)}"
    for key, value in data.items():
        if key != "remove":
            convert(key, value)  # raises LanguageDataError naming the key and the value
    if "_" not in name and name != "base":
        assert "remove" not in data, "a language adds to the base; only a regional overlay removes"


@pytest.mark.parametrize("name", FILES)
def test_every_language_and_overlay_loads(name: str) -> None:
    if name == "base":
        return
    lex = load(name)
    assert lex.tag == name
    for key in SCHEMA:
        getattr(lex, key)


def test_loading_merges_base_language_and_region() -> None:
    en = load("en")
    assert "-" in en.range_dashes, "base.toml's dashes are in every language"
    assert "to" in en.range_words
    assert isinstance(en.bounds_before, PhraseSet) and en.bounds_before.value("max.") == "max"
    assert load("en-GB") is load("en_GB") is not None
    assert split_tag("de-ch") == ("de", "CH")


def test_an_unknown_language_is_an_error_naming_it() -> None:
    with pytest.raises(LookupError, match="'xx'"):
        load("xx")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("bounds_before", {"up to": "top"}, "min.*max"),
    ("period_words", {"hourly": "minute"}, "not a period"),
    ("multipliers", {"k": "3"}, "integers"),
    ("approx_before", ["About"], "lower-case"),
    ("fractions", {"half": [1]}, "numerator"),
])
def test_the_loader_refuses_what_breaks_the_schema(key: str, value: object, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        convert(key, value)


def test_an_unknown_key_in_a_file_is_refused() -> None:
    merged: dict[str, object] = {}
    with pytest.raises(LanguageDataError, match="unknown key 'money_words'"):
        _lang._merge(merged, tomllib.loads('money_words = ["x"]'), "xx")


def test_every_language_with_number_words_has_a_reader() -> None:
    """Number words are read by the language's hook; numerals counted in myriads (Chinese, Japanese, Korean)
    by the grammar's numeral rule instead (tests/corpora/{ja,zh,ko})."""
    for language in _lang.languages():
        lex = load(language)
        if lex.units and not lex.myriad_scales:
            value = lex.read_number_words(lex, [next(iter(lex.units))], 0)
            assert value is not None, f"{language}: its number words are read by no hook"
