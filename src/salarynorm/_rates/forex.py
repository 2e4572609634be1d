"""``ForexPythonRates``: live rates from forex-python's online API (optional, ``pip install
'salarynorm[live]'``), with a read timeout and the reply checked before it is trusted."""

from __future__ import annotations

import functools
import json
import math
import threading
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from types import ModuleType
from typing import Any

import attrs

from .._errors import RateUnavailable
from .base import Rate, _check_code, _check_date, _same_currency

__all__ = ["ForexPythonRates"]

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
