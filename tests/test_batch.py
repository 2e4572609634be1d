"""extract_many and parse_many: order, any iterable, per-record hints, errors mid-batch, processes, streaming."""

from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import Iterator

import pytest

import salarynorm
from salarynorm import RecordError, extract_many, parse_many

TEXTS = ["Pay: £45,000 - £55,000 per annum", "no money here", "Das Gehalt: bis zu 60.000 €", "$20/hr", "",
         "a salary of between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year", "5 $ and 6 €"]
FIELDS = ["30,000", "£12.50/hr", "n/a", "$1.2k", "1.299,00 €", "21,000 + benefits", ""]


def _dicts(out: object) -> object:
    if isinstance(out, list):
        return [m.to_dict() for m in out]
    if isinstance(out, RecordError):
        return out
    return None if out is None else out.to_dict()  # type: ignore[attr-defined]


def test_extract_many_is_extract_in_order() -> None:
    got = list(extract_many(TEXTS, default_currency="CAD"))
    assert got == [salarynorm.extract(t, default_currency="CAD") for t in TEXTS]


def test_parse_many_is_parse_in_order() -> None:
    got = list(parse_many(FIELDS, default_currency="GBP", default_period="year"))
    assert got == [salarynorm.parse(f, default_currency="GBP", default_period="year") for f in FIELDS]


def test_any_iterable_generator_tuple_and_lazy() -> None:
    gen = (t for t in TEXTS)
    assert list(extract_many(gen)) == [salarynorm.extract(t) for t in TEXTS]
    assert list(parse_many(tuple(FIELDS))) == [salarynorm.parse(f) for f in FIELDS]
    # Nothing is read before the first result is asked for, and only what is needed after.
    taken: list[int] = []

    def counted() -> Iterator[str]:
        for i in itertools.count():
            taken.append(i)
            yield f"${i}"

    results = extract_many(counted())
    assert taken == []
    first = list(itertools.islice(results, 3))
    assert [m[0].max for m in first] == [0, 1, 2]
    assert len(taken) <= 4


def test_errors_mid_batch_never_stop_it() -> None:
    records: list[object] = ["$5", 42, None, b"$6", "£7", float("nan")]
    out = list(extract_many(records))
    assert [type(x).__name__ for x in out] == ["list", "RecordError", "RecordError", "RecordError", "list",
                                              "RecordError"]
    err = out[1]
    assert isinstance(err, RecordError)
    assert (err.index, err.value_repr, err.error_type) == (1, "42", "TypeError")
    assert err.message == "text must be a str, not int"
    assert out[4] == salarynorm.extract("£7")
    assert isinstance(out[3], RecordError) and out[3].value_repr == "b'$6'"
    long = list(parse_many(["x" * 500, 7]))
    assert isinstance(long[1], RecordError) and long[1].message == "field must be a str, not int"


def test_bad_hint_fails_its_record_only() -> None:
    out = list(parse_many(["$5", "$5", "$5"], default_currency=["AUD", "DOLLARS", None]))
    assert out[0] is not None and not isinstance(out[0], RecordError) and out[0].currency == "AUD"
    assert isinstance(out[1], RecordError) and out[1].error_type == "CurrencyError"
    assert "DOLLARS" in out[1].message and out[1].index == 1
    assert out[2] == salarynorm.parse("$5")
    out = list(extract_many(["5 €", "5 €"], lang=["de", "tlh"]))
    assert isinstance(out[1], RecordError) and out[1].error_type == "LanguageError"


def test_bad_constant_hint_raises_at_once() -> None:
    with pytest.raises(salarynorm.CurrencyError, match="DOLLARS"):
        extract_many(["$5"], default_currency="DOLLARS")
    with pytest.raises(salarynorm.PeriodError):
        parse_many(["5"], default_period="lunar month")
    with pytest.raises(TypeError, match="not dict"):
        parse_many(["5"], locale={"a": "en-AU"})
    with pytest.raises(ValueError, match="processes"):
        extract_many(["5"], processes=0)
    with pytest.raises(TypeError, match="processes"):
        extract_many(["5"], processes=True)
    with pytest.raises(ValueError, match="chunksize"):
        extract_many(["5"], chunksize=0)


def test_per_record_hints_iterables_and_callables() -> None:
    fields = ["$5", "$5", "$5", "$5"]
    locales = iter(["en-AU", "en-CA", None, float("nan")])  # None and NaN: no hint
    plain = salarynorm.parse("$5").currency  # type: ignore[union-attr]
    assert [m.currency for m in parse_many(fields, locale=locales)] == ["AUD", "CAD", plain, plain]  # type: ignore[union-attr]
    got = list(parse_many(["$5", "5 €", "$5 an hour"],
                          default_currency=lambda f: "NZD" if "$" in f else None))
    assert [m.currency for m in got] == ["NZD", "EUR", "NZD"]  # type: ignore[union-attr]
    boom = list(parse_many(["$5", "$6"], default_currency=lambda f: 1 / 0 if f == "$6" else "USD"))
    assert isinstance(boom[1], RecordError) and boom[1].error_type == "ZeroDivisionError"

    class Odd:  # a value that cannot even be compared (as a numpy array in a hint column)
        def __ne__(self, other: object) -> bool:
            raise ValueError("ambiguous")

    odd = list(parse_many(["$5", "$6"], default_currency=["AUD", Odd()]))
    assert odd[0].currency == "AUD" and isinstance(odd[1], RecordError)  # type: ignore[union-attr]
    texts = ["Lohn: 4.000 €", "Pay: 4.000 €"]
    assert [x[0].language for x in extract_many(texts, lang=["de", "en"])] == ["de", "en"]  # type: ignore[index]


def test_hints_of_the_wrong_length() -> None:
    short = list(parse_many(["$1", "$2", "$3"], default_currency=["USD"]))
    assert short[0].currency == "USD"  # type: ignore[union-attr]
    assert all(isinstance(x, RecordError) and "ran out" in x.message for x in short[1:])
    results = parse_many(["$1"], default_currency=["USD", "AUD"])
    assert next(results).currency == "USD"  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="more values than there were records"):
        next(results)


@pytest.mark.parametrize("chunksize", [1, 3, 256])
def test_two_processes_give_the_same_results(chunksize: int) -> None:
    texts: list[object] = [*TEXTS * 5, 17, *TEXTS]
    hints = ["AUD", None, "DOLLARS", *["CAD"] * (len(texts) - 3)]
    serial = [_dicts(x) for x in extract_many(texts, default_currency=hints)]
    pooled = [_dicts(x) for x in extract_many(texts, default_currency=iter(hints), processes=2,
                                              chunksize=chunksize)]
    assert pooled == serial
    # The workers' compact pickling gives back equal objects, restatements and enums included.
    objects = list(extract_many(TEXTS, processes=2, chunksize=chunksize))
    assert objects == [salarynorm.extract(t) for t in TEXTS]
    assert objects[5][0].equivalents[0].currency == "AUD"  # type: ignore[index]
    assert objects[5][0].period is salarynorm.Period.YEAR  # type: ignore[index]
    assert isinstance(pooled[2], RecordError) and isinstance(pooled[len(TEXTS) * 5], RecordError)
    fields = FIELDS * 10
    assert (list(parse_many(fields, default_currency="GBP", processes=2, chunksize=chunksize))
            == list(parse_many(fields, default_currency="GBP")))


def test_processes_stop_early_and_stream() -> None:
    results = parse_many((f"£{i}" for i in itertools.count()), processes=2, chunksize=50)
    got = list(itertools.islice(results, 1000))
    assert [m.max for m in got] == list(range(1000))  # type: ignore[union-attr]
    results.close()  # type: ignore[attr-defined]  # the pool shuts down; the infinite input is left unread


def _peak(count: int, processes: int | None) -> int:
    texts = (f"Pay: ${i:,} a year, or about £{i // 2} a month" for i in range(count))
    tracemalloc.start()
    try:
        n = sum(1 for _ in extract_many(texts, processes=processes, chunksize=64))
        assert n == count
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("processes", [None, 2])
def test_memory_is_bounded(processes: int | None) -> None:
    _peak(100, processes)  # tables built, the pool's machinery started, before measuring
    small, large = _peak(1_000, processes), _peak(8_000, processes)
    # Eight times the records, not eight times the memory: the input is never held whole (held whole,
    # 8,000 of these texts and their mentions take about 8 MB here; streamed, the peak is 10-200 kB).
    assert large < max(small * 2, 500_000), (small, large)


def test_markup_per_record() -> None:
    pages = ["<p>&pound;25,000&ndash;&pound;30,000</p>", "&#36;45 an hour"]
    out = list(extract_many(pages, markup=["html", "text"]))
    assert out[0] == salarynorm.extract(pages[0], markup="html")
    assert out[0][0].max == 30000 and pages[0][out[0][0].start:out[0][0].end].startswith("&pound;")  # type: ignore[index]
    assert out[1] == salarynorm.extract(pages[1])


def test_pandas_series_of_records_and_of_hints() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    df = pd.DataFrame({"salary": ["$5", "$5", None, "$5"], "country": ["en-AU", None, "en-CA", np.nan]},
                      index=[10, 20, 30, 40])
    out = list(parse_many(df["salary"], locale=df["country"]))
    plain = salarynorm.parse("$5").currency  # type: ignore[union-attr]
    assert out[0].currency == "AUD" and out[1].currency == plain and out[3].currency == plain  # type: ignore[union-attr]
    assert isinstance(out[2], RecordError) and out[2].index == 2  # positions, not the Series' own index
    df["mentions"] = [x if isinstance(x, list) else [] for x in extract_many(df["salary"].fillna(""))]
    assert [len(x) for x in df["mentions"]] == [1, 1, 0, 1]


def test_batch_imports_no_heavy_dependency() -> None:
    import subprocess
    import sys

    code = ("import sys, salarynorm; list(salarynorm.extract_many(['$5'])); list(salarynorm.parse_many(['$5'])); "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
