"""The generated currency tables: current with their sources, loaded cheaply, and right where it matters."""

from __future__ import annotations

import doctest
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import salarynorm._currency_table
from salarynorm._currency_table import CurrencyInfo, CurrencyTable, LanguageNames, MinorUnit, language_names, table

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "scripts" / "generate_currency_data.py"
DATA = ROOT / "src" / "salarynorm" / "_data"
REGENERATE = "python scripts/generate_currency_data.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """The generator script as a module (it needs Babel and price-parser, from the test extra)."""
    pytest.importorskip("babel", reason="the currency data generator needs Babel")
    pytest.importorskip("price_parser", reason="the currency data generator needs price-parser")
    spec = importlib.util.spec_from_file_location("generate_currency_data", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def t() -> CurrencyTable:
    return table()


@pytest.fixture(scope="module")
def de() -> LanguageNames:
    names = language_names("de")
    assert names is not None
    return names


# ------------------------------------------------------------------------------------------ freshness --


def _skip_unless_recorded_sources(t: CurrencyTable) -> None:
    """Other Babel or price-parser versions generate other data: comparing would only report the upgrade."""
    import babel

    installed = {"babel": babel.__version__, "price_parser": importlib.metadata.version("price-parser")}
    recorded = {key: t.meta[key] for key in installed}
    if installed != recorded:
        pytest.skip(
            f"currencies.json was generated with {recorded}, this environment has {installed}: install "
            f"those versions to check it, or run `{REGENERATE}` and review the diff to upgrade"
        )


def test_committed_json_is_what_the_generator_writes(generator: ModuleType, t: CurrencyTable) -> None:
    _skip_unless_recorded_sources(t)
    committed = (DATA / "currencies.json").read_text(encoding="utf-8")
    assert generator.render(generator.build()) == committed, f"currencies.json is stale: run `{REGENERATE}`"


def test_meta_records_the_sources(t: CurrencyTable) -> None:
    assert set(t.meta) >= {"babel", "cldr", "price_parser", "curated_sha256", "as_of"}
    curated = (DATA / "currencies_curated.toml").read_bytes()
    # Needs no Babel: an edit of the curated file without regenerating is caught in any environment.
    assert t.meta["curated_sha256"] == hashlib.sha256(curated).hexdigest(), f"run `{REGENERATE}`"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"U.S.$" = ["USD"]', '"US$" = ["USD"]', "already have it"),  # CLDR has "US$"
        ('quid = ["GBP"]', 'quid = ["XYZ"]', "not a CLDR code"),
        ('"$" = "USD"', '"$" = "EUR"', "not among"),
        ('"Le",  #', '"Lx",  #', "is not a sign"),
        ('kuai = ["CNY"]', 'marks = ["DEM"]', "stop list"),
    ],
)
def test_generator_refuses_bad_curation(
    generator: ModuleType, tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = (DATA / "currencies_curated.toml").read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "curated.toml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(generator.CurationError, match=message):
        generator.build(bad)


# ------------------------------------------------------------------------------------------- loading --


def test_loader_imports_neither_babel_nor_price_parser_and_is_fast() -> None:
    code = (
        "import sys, time\n"
        "import salarynorm._currency_table as m\n"
        "start = time.perf_counter()\n"
        "m.table()\n"
        "elapsed = time.perf_counter() - start\n"
        "assert m.language_names('de') is not None\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('babel', 'price_parser')), elapsed)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=dict(os.environ)
    )
    imported, elapsed = out.stdout.rsplit(" ", 1)
    assert imported == "[]"
    assert float(elapsed) < 0.05


def test_table_is_cached_and_immutable(t: CurrencyTable) -> None:
    assert table() is t
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        t.signs = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        t.signs["$"] = ("EUR",)  # type: ignore[index]
    assert isinstance(t.currencies["USD"], CurrencyInfo)
    assert isinstance(t.minor_units["cents"], MinorUnit)


# --------------------------------------------------------------------------------------- consistency --


def test_every_candidate_is_a_known_code(t: CurrencyTable) -> None:
    assert all(re.fullmatch("[A-Z]{3}", code) and info.code == code for code, info in t.currencies.items())
    tables = [t.signs.values(), t.names.values(), (unit.candidates for unit in t.minor_units.values())]
    for candidates in (c for values in tables for c in values):
        assert candidates
        assert set(candidates) <= set(t.currencies), candidates
        assert len(set(candidates)) == len(candidates)
    assert set(t.defaults.values()) <= set(t.currencies)
    assert set(t.codes_that_are_words) <= set(t.currencies)
    assert not set(t.non_iso) & set(t.currencies)


def test_currencies_are_cldrs(generator: ModuleType, t: CurrencyTable) -> None:
    import babel.numbers

    _skip_unless_recorded_sources(t)
    assert set(t.currencies) == set(babel.numbers.list_currencies())


def test_conventional_reading_first_then_sorted(t: CurrencyTable) -> None:
    for lookup in (t.signs, t.names, {key: unit.candidates for key, unit in t.minor_units.items()}):
        for surface, candidates in lookup.items():
            default = t.defaults.get(surface)
            rest = candidates[1:] if default is not None else candidates
            if default is not None:
                assert candidates[0] == default, surface
            assert list(rest) == sorted(rest), surface
    for surface in t.defaults:
        found = [lookup[surface] for lookup in (t.signs, t.names, t.minor_units) if surface in lookup]
        assert found, f"default for unknown surface {surface!r}"


def test_signs_are_not_codes_and_names_are_normalised(t: CurrencyTable) -> None:
    assert not [s for s in t.signs if s.isalpha() and len(s) == 3 and s.upper() in t.currencies]
    assert all(name == " ".join(name.lower().split()) for name in t.names)
    assert all(unit == unit.lower() for unit in t.minor_units)
    assert t.letter_signs_prose_unsafe <= set(t.signs)


def test_current_and_digits(t: CurrencyTable) -> None:
    assert t.currencies["USD"].current
    assert t.currencies["USD"].digits == 2
    assert t.currencies["JPY"].digits == 0
    assert t.currencies["KWD"].digits == 3
    assert not t.currencies["DEM"].current
    assert not t.currencies["XAU"].current  # not tender anywhere


# ------------------------------------------------------------------------------------------ examples --


@pytest.mark.parametrize(
    ("sign", "expected"),
    [
        ("A$", ("AUD",)),
        ("AU$", ("AUD",)),
        ("US$", ("USD",)),
        ("U.S.$", ("USD",)),
        ("CA$", ("CAD",)),
        ("CAN$", ("CAD",)),
        ("NZ$", ("NZD",)),
        ("HK$", ("HKD",)),
        ("S$", ("SGD",)),
        ("SG$", ("SGD",)),
        ("NT$", ("TWD",)),
        ("MX$", ("MXN",)),
        ("R$", ("BRL",)),
        ("€", ("EUR",)),
        ("₹", ("INR",)),
        ("zł", ("PLN",)),
        ("Kč", ("CZK",)),
        ("руб.", ("RUB",)),
        ("р.", ("RUB",)),
        ("₽", ("RUB",)),
        ("лв", ("BGN",)),
        ("лв.", ("BGN",)),
        ("грн", ("UAH",)),
        ("грн.", ("UAH",)),
        ("Ft", ("HUF",)),
        ("lei", ("RON",)),
        ("Rp", ("IDR",)),
        ("₫", ("VND",)),
        ("đ", ("VND",)),
        ("₪", ("ILS",)),
        ("RM", ("MYR",)),
        ("KD", ("KWD",)),
        ("TL", ("TRY",)),
        ("₺", ("TRY",)),
        ("元", ("CNY",)),
        ("円", ("JPY",)),
        ("LE", ("EGP",)),
        ("L.E", ("EGP",)),
        ("E£", ("EGP",)),
        ("R", ("ZAR",)),
        ("د.إ", ("AED",)),
        ("RMB", ("CNY",)),
        ("NIS", ("ILS",)),
        ("ש״ח", ("ILS",)),
        ("Stg", ("GBP",)),
        ("Fr.", ("CHF",)),
        ("SFr.", ("CHF",)),
    ],
)
def test_unambiguous_signs(t: CurrencyTable, sign: str, expected: tuple[str, ...]) -> None:
    assert t.signs[sign] == expected


@pytest.mark.parametrize(
    ("sign", "first", "also"),
    [
        ("$", "USD", {"AUD", "CAD", "NZD", "HKD", "SGD", "MXN"}),
        ("C$", "CAD", {"NIO"}),
        ("£", "GBP", {"GIP", "FKP"}),
        ("¥", "JPY", {"CNY"}),
        ("kr", "SEK", {"DKK", "NOK", "ISK"}),
        ("Rs", "INR", {"PKR", "LKR"}),
        ("Rs.", "INR", {"PKR"}),
        ("₩", "KRW", {"KPW"}),
        ("원", "KRW", {"KPW"}),
    ],
)
def test_ambiguous_signs(t: CurrencyTable, sign: str, first: str, also: set[str]) -> None:
    assert t.signs[sign][0] == first == t.defaults[sign]
    assert also <= set(t.signs[sign])


def test_historic_currencies_do_not_compete_with_current_ones(t: CurrencyTable) -> None:
    assert "PTE" not in t.signs["$"]  # price-parser gives "$" to the Portuguese escudo too
    assert "EEK" not in t.signs["kr"]
    assert t.signs["F"] == ("FRF", "LUF")  # no current franc is written "F": the historic ones stay


def test_letter_signs_and_case(t: CurrencyTable) -> None:
    for sign in ("R", "K", "L", "P", "MT", "KM", "Le", "Br", "Ar", "DT", "Nu", "VT", "LD", "BD", "Dh", "Esc"):
        assert sign in t.letter_signs_prose_unsafe, sign
    for sign in ("Ft", "zł", "Kč", "kr", "Rs", "RM", "Rp", "lei", "TL", "KD", "đ", "元", "р."):
        assert sign not in t.letter_signs_prose_unsafe, sign
    assert t.signs["LEI"] == t.signs["Lei"] == ("RON",)  # case variants of letter signs of 3+ letters
    assert "ft" not in t.signs  # two-letter signs keep their exact case


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("us dollar", ("USD",)),
        ("us dollars", ("USD",)),
        ("u.s. dollars", ("USD",)),
        ("australian dollars", ("AUD",)),
        ("euros", ("EUR",)),
        ("euro", ("EUR",)),
        ("pounds sterling", ("GBP",)),
        ("sterling", ("GBP",)),
        ("yen", ("JPY",)),
        ("yuan", ("CNY",)),
        ("renminbi", ("CNY",)),
        ("rmb", ("CNY",)),
        ("kuai", ("CNY",)),
        ("swiss francs", ("CHF",)),
        ("ringgit", ("MYR",)),
        ("malaysian ringgit", ("MYR",)),
        ("malaysia ringgits", ("MYR",)),
        ("kuwaiti dinar", ("KWD",)),
        ("lebanese pounds", ("LBP",)),
        ("qatari riyals", ("QAR",)),
        ("finnish markka", ("FIM",)),
        ("dutch guilders", ("NLG",)),
        ("tugriks", ("MNT",)),
        ("shekels", ("ILS",)),
        ("turkish lira", ("TRY",)),
        ("quid", ("GBP",)),
        ("russian roubles", ("RUB",)),  # en_GB spelling
        ("costa rican colon", ("CRC",)),  # without the accent
        ("trinidad and tobago dollars", ("TTD",)),  # CLDR writes "&"
        ("afghan afghani", ("AFN",)),  # the 1927–2002 afghani is qualified and historic
    ],
)
def test_unambiguous_names(t: CurrencyTable, name: str, expected: tuple[str, ...]) -> None:
    assert t.names[name] == expected


@pytest.mark.parametrize(
    ("name", "first", "also"),
    [
        ("dollars", "USD", {"AUD", "CAD", "NZD", "SGD", "HKD"}),
        ("dollar", "USD", {"AUD", "CAD"}),
        ("bucks", "USD", {"AUD", "CAD"}),
        ("pounds", "GBP", {"EGP", "LBP"}),
        ("pound", "GBP", {"EGP"}),
        ("rupees", "INR", {"PKR", "LKR", "NPR"}),
        ("francs", "CHF", {"XOF", "XAF"}),
        ("pesetas", "ESP", {"ADP"}),
    ],
)
def test_ambiguous_names(t: CurrencyTable, name: str, first: str, also: set[str]) -> None:
    assert t.names[name][0] == first == t.defaults[name]
    assert also <= set(t.names[name])


def test_no_default_without_a_convention(t: CurrencyTable) -> None:
    for surface in ("dinars", "riyals", "pesos", "shillings", "K", "Br"):
        assert surface not in t.defaults
        assert len(t.signs.get(surface) or t.names[surface]) > 1


def test_generic_heads(t: CurrencyTable) -> None:
    dollars = set(t.names["dollars"])
    assert all("dollar" in t.currencies[c].name.lower() and t.currencies[c].current for c in dollars)
    assert "ZWL" not in dollars  # historic dollars lend no head where current ones have it
    assert t.names["markka"] == ("FIM",)  # a historic head no current currency has
    for word in ("mark", "marks", "real", "gold", "sol", "silver"):
        assert word not in t.names  # ordinary English words are names only inside longer phrases
    assert t.names["brazilian real"] == ("BRL",)


@pytest.mark.parametrize(
    ("unit", "candidates", "divisor"),
    [
        ("pence", ("GBP",), 100),
        ("penny", ("GBP",), 100),
        ("fen", ("CNY",), 100),
        ("jiao", ("CNY",), 10),
        ("mao", ("CNY",), 10),
        ("kopiyka", ("UAH",), 100),
    ],
)
def test_minor_units(t: CurrencyTable, unit: str, candidates: tuple[str, ...], divisor: int) -> None:
    assert t.minor_units[unit] == MinorUnit(candidates=candidates, divisor=divisor)


def test_cents_and_other_shared_minor_units(t: CurrencyTable) -> None:
    for surface in ("cent", "cents", "¢"):
        unit = t.minor_units[surface]
        assert unit.candidates[0] == "USD" == t.defaults[surface]
        assert {"EUR", "AUD", "CAD"} <= set(unit.candidates)
        assert unit.divisor == 100
    assert t.minor_units["paise"].candidates[0] == "INR"
    assert t.minor_units["sen"].candidates[0] == "MYR"
    assert {"RUB", "UAH"} <= set(t.minor_units["kopecks"].candidates)


def test_non_iso_and_code_words(t: CurrencyTable) -> None:
    for surface in ("₿", "BTC", "XBT", "Ƀ", "bitcoin", "bitcoins"):
        assert t.non_iso[surface] == "bitcoin"
    for code in ("ALL", "TOP", "CUP", "MOP", "TRY", "PEN", "GEL", "MAD", "SOS", "BOB", "BAM"):
        assert code in t.codes_that_are_words
    assert "USD" not in t.codes_that_are_words
    assert "LPA" not in t.signs
    assert "lpa" not in t.names


def test_json_is_compact_and_sorted() -> None:
    text = (DATA / "currencies.json").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 600_000
    assert json.dumps(json.loads(text), indent=1, ensure_ascii=False, sort_keys=True) + "\n" == text


# --------------------------------------------------------------------------------------- German names --


def test_names_files_are_what_the_generator_writes(generator: ModuleType, t: CurrencyTable) -> None:
    _skip_unless_recorded_sources(t)
    for language in generator.LANGUAGES:
        committed = (DATA / f"names_{language}.json").read_text(encoding="utf-8")
        assert generator.render(generator.build_names(language)) == committed, \
            f"names_{language}.json is stale: run `{REGENERATE}`"


def test_names_meta_records_the_sources(t: CurrencyTable, de: LanguageNames) -> None:
    assert de.meta["language"] == "de"
    assert de.meta["as_of"] == t.meta["as_of"]
    assert (de.meta["babel"], de.meta["cldr"]) == (t.meta["babel"], t.meta["cldr"])
    curated = (DATA / "names_curated_de.toml").read_bytes()
    assert de.meta["curated_sha256"] == hashlib.sha256(curated).hexdigest(), f"run `{REGENERATE}`"


def test_check_names_the_stale_file(generator: ModuleType, t: CurrencyTable, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _skip_unless_recorded_sources(t)
    stale = tmp_path / "names_de.json"
    stale.write_text((DATA / "names_de.json").read_text(encoding="utf-8").replace('"CHF"', '"XXX"'), "utf-8")
    monkeypatch.setattr(generator, "ROOT", tmp_path.parent)
    monkeypatch.setattr(generator, "OUTPUT", tmp_path / "currencies.json")
    monkeypatch.setattr(generator, "names_output", lambda language: tmp_path / f"names_{language}.json")
    (tmp_path / "currencies.json").write_text((DATA / "currencies.json").read_text(encoding="utf-8"), "utf-8")
    assert generator.main(["--check"]) == 1
    out, err = capsys.readouterr()
    assert f"{tmp_path.name}/currencies.json is current" in out
    assert f"{tmp_path.name}/names_de.json is stale" in err


def test_german_names_are_normalised_and_known(t: CurrencyTable, de: LanguageNames) -> None:
    assert de.names
    assert all(name == " ".join(name.lower().split()) for name in de.names)
    for candidates in [*de.names.values(), *(unit.candidates for unit in de.minor_units.values())]:
        assert candidates
        assert set(candidates) <= set(t.currencies), candidates
        assert len(set(candidates)) == len(candidates)
    for surface, code in de.defaults.items():
        if surface in de.names or surface in de.minor_units:
            found = de.names.get(surface) or de.minor_units[surface].candidates
            assert found[0] == code, surface
        else:  # a shared minor unit with the language's own conventional reading ("cent" is the euro's)
            found = t.minor_units[surface].candidates
            assert code in found, surface
        assert len(found) > 1, surface
    for surface, candidates in de.names.items():
        rest = candidates[1:] if surface in de.defaults else candidates
        assert list(rest) == sorted(rest), surface
    assert not set(de.minor_units) & set(t.minor_units)  # the shared minor units stay in currencies.json


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("euro", ("EUR",)),
        ("euros", ("EUR",)),
        ("schweizer franken", ("CHF",)),
        ("franken", ("CHF",)),
        ("us-dollar", ("USD",)),
        ("us dollar", ("USD",)),
        ("amerikanischen dollar", ("USD",)),
        ("schwedische kronen", ("SEK",)),
        ("schwedischen kronen", ("SEK",)),
        ("norwegische kronen", ("NOK",)),
        ("britische pfund", ("GBP",)),
        ("britischen pfund", ("GBP",)),
        ("britisches pfund", ("GBP",)),
        ("pfund sterling", ("GBP",)),
        ("japanischer yen", ("JPY",)),
        ("japanischen yen", ("JPY",)),
        ("yen", ("JPY",)),
        ("yuan", ("CNY",)),
        ("renminbi", ("CNY",)),
        ("lira", ("TRY",)),
        ("türkische lira", ("TRY",)),
        ("tuerkische lira", ("TRY",)),  # umlauts written out
        ("zloty", ("PLN",)),  # "Złoty" without the Polish letter, as German writes it
        ("polnischen zloty", ("PLN",)),
        ("südafrikanischer rand", ("ZAR",)),
        ("brasilianischen real", ("BRL",)),
        ("deutsche mark", ("DEM",)),
        ("d-mark", ("DEM",)),
        ("d mark", ("DEM",)),
        ("hongkong-dollar", ("HKD",)),
        ("hongkong dollar", ("HKD",)),
        ("neuen taiwan-dollar", ("TWD",)),
        ("israelischen neuen schekel", ("ILS",)),
        ("st. helena pfund", ("SHP",)),
        ("schweden kronen", ("SEK",)),  # "<territory> <head>": country words for the resolver
        ("mexiko peso", ("MXN",)),
    ],
)
def test_german_names(de: LanguageNames, name: str, expected: tuple[str, ...]) -> None:
    assert de.names[name] == expected


@pytest.mark.parametrize(
    ("name", "first", "also"),
    [
        ("dollar", "USD", {"AUD", "CAD", "HKD", "SGD"}),
        ("dollars", "USD", {"AUD", "CAD"}),
        ("pfund", "GBP", {"EGP", "LBP"}),
        ("rupien", "INR", {"PKR", "LKR"}),
        ("rubel", "RUB", {"BYN"}),
        ("rubeln", "RUB", {"BYN"}),  # dative plural
    ],
)
def test_german_ambiguous_names(de: LanguageNames, name: str, first: str, also: set[str]) -> None:
    assert de.names[name][0] == first == de.defaults[name]
    assert also <= set(de.names[name])


def test_german_heads_without_a_convention(de: LanguageNames) -> None:
    assert set(de.names["kronen"]) == set(de.names["krone"]) == {"SEK", "NOK", "DKK", "CZK", "ISK"}
    assert {"XOF", "XAF", "CDF"} <= set(de.names["franc"])  # German calls the African francs "Franc"
    assert "CHF" not in de.names["franc"]
    for name in ("krone", "kronen", "peso", "pesos", "dinar", "franc", "schilling"):
        assert name not in de.defaults
        assert len(de.names[name]) > 1


def test_german_stop_words(de: LanguageNames) -> None:
    stop = tomllib.loads((DATA / "names_curated_de.toml").read_text(encoding="utf-8"))["names_stop"]["words"]
    assert {"rand", "real", "mark", "sol"} <= set(stop)
    for word in stop:
        assert word not in de.names, word
    assert "schweizer" not in de.names and "ddr" not in de.names and "herzegowina" not in de.names
    assert de.names["wir-euro"] == ("CHE",)  # "wir euro" would be the pronoun and a currency


def test_german_minor_units(de: LanguageNames) -> None:
    assert de.minor_units["pfennig"] == MinorUnit(candidates=("DEM",), divisor=100)
    assert de.minor_units["groschen"] == MinorUnit(candidates=("ATS",), divisor=100)
    assert de.minor_units["kopeken"].candidates[0] == "RUB" == de.defaults["kopeken"]


def test_language_names_loader(de: LanguageNames) -> None:
    assert language_names("de") is de
    assert language_names("en") is None  # English names are the currency table's own
    assert language_names("xx") is None
    assert language_names("../currencies") is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        de.names = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        de.names["dollar"] = ("EUR",)  # type: ignore[index]


def test_loader_examples() -> None:
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for test in finder.find(salarynorm._currency_table):
        runner.run(test)
    assert runner.failures == 0
    assert runner.tries > 5


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('euros = ["EUR"]', 'euro = ["EUR"]', "already have it"),  # CLDR has "Euro"
        ('renminbi = ["CNY"]', 'renminbi = ["XYZ"]', "not a CLDR code"),
        ('pfund = "GBP"', 'pfund = "EUR"', "not among"),
        ('pfund = "GBP"', 'franken = "CHF"', "not ambiguous"),  # CHF is the one current "Franken"
        ('"sol",  #', '"euros", "sol",  #', "stop list"),
        ('surfaces = ["heller"]', 'surfaces = ["cent"]', "already in currencies.json"),
        ('neutral = ["(BEAC)", "(BCEAO)"]', 'neutral = ["(BEAC)", "(XYZ)"]', "no CLDR name ends in"),
        ("[territory_names]", 'as_of = 2026-11-25\n[territory_names]', "belong to currencies_curated.toml"),
    ],
)
def test_generator_refuses_bad_german_curation(
    generator: ModuleType, tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = (DATA / "names_curated_de.toml").read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "names_curated_de.toml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(generator.CurationError, match=message):
        generator.build_names("de", bad)


def test_english_names_ignore_the_german_rules(generator: ModuleType) -> None:
    # One code path: the language decides the spellings, English keeps exactly its own.
    assert generator.name_keys("US-Dollar", "de")[0] == {"us-dollar", "us dollar"}
    assert generator.name_keys("Guinea-Bissau Peso")[0] == {"guinea-bissau peso"}
    assert "schwedischen krone" in generator.name_keys("Schwedische Krone", "de")[0]
    assert generator.name_keys("Schweizer Franken", "de")[0] == {"schweizer franken"}
    assert generator.german_adjective("schweizer") is None
    assert generator.german_adjective("neuer") == "neu"
