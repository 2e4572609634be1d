"""ForexPythonRates against a real HTTP server on 127.0.0.1 that speaks theratesapi.com's JSON API.

Nothing is mocked: forex-python makes real requests with ``requests``, the server records what it was
asked, and each test tells the server how to misbehave. No test touches the internet.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("forex_python")

from salarynorm._errors import CurrencyError, RateUnavailable
from salarynorm._rates import ForexPythonRates, RateProvider

D = date(2023, 7, 27)
#: The rates the fake API knows, as JSON number text so every digit reaches the client as written.
RATES: dict[tuple[str, str], dict[str, str]] = {
    ("USD", "2023-07-27"): {"AUD": "1.4833", "EUR": "0.91", "JPY": "139.87"},
    ("USD", "2023-07-28"): {"AUD": "1.4994", "EUR": "0.9083", "JPY": "141.16"},
    ("EUR", "2023-07-27"): {"USD": "1.1125", "AUD": "1.6383"},
}
#: Days the fake API has no publication for answer with this earlier one, as the real API does.
FALLBACK = {"2023-07-29": "2023-07-28", "2023-07-30": "2023-07-28"}


class FakeApi:
    """What the server does and what it saw. ``reply`` (status, body) overrides every answer."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.delay = 0.0
        self.reply: tuple[int, str] | None = None
        self.url = ""

    def seen(self) -> list[str]:
        with self.lock:
            return list(self.requests)

    def answer(self, path: str) -> tuple[int, str]:
        if self.reply is not None:
            return self.reply
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        day = parts.path.removeprefix("/api/")
        if day == "latest":
            day = published = date.today().isoformat()
            table = RATES[("USD", "2023-07-27")]
        else:
            published = FALLBACK.get(day, day)
            table = RATES.get((query["base"][0], published), {})
        if not table:
            return 404, '{"error": "no rates"}'
        symbols = query.get("symbols", [",".join(table)])[0].split(",")
        rates = ", ".join(f'"{code}": {table[code]}' for code in symbols if code in table)
        return 200, f'{{"base": "{query["base"][0]}", "date": "{published}", "rates": {{{rates}}}}}'


class Handler(BaseHTTPRequestHandler):
    server: Any

    def do_GET(self) -> None:
        api: FakeApi = self.server.api
        with api.lock:
            api.requests.append(self.path)
        if api.delay:
            time.sleep(api.delay)
        status, body = api.answer(self.path)
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApi]:
    # requests honours proxy variables; loopback must never go through one.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    state = FakeApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.api = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/api/"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def live(api: FakeApi) -> ForexPythonRates:
    return ForexPythonRates(base_url=api.url, timeout=2)


# ----------------------------------------------------------------------------------------- answers --

def test_historical_rate(live: ForexPythonRates, api: FakeApi) -> None:
    r = live.rate("USD", "AUD", D)
    assert r.value == Decimal("1.4833")
    assert str(r.value) == "1.4833"
    assert (r.base, r.quote, r.on, r.rate_date) == ("USD", "AUD", D, D)
    assert r.source.startswith(f"{api.url} via forex-python ")
    assert api.seen() == ["/api/2023-07-27?base=USD&rtype=fpy"]


def test_one_request_per_base_and_date(live: ForexPythonRates, api: FakeApi) -> None:
    live.rate("USD", "AUD", D)
    assert live.rate("USD", "AUD", D).value == Decimal("1.4833")
    assert live.rate("USD", "EUR", D).value == Decimal("0.91")  # same reply, another quote
    assert len(api.seen()) == 1
    live.rate("USD", "AUD", date(2023, 7, 28))
    live.rate("EUR", "AUD", D)
    assert api.seen() == [
        "/api/2023-07-27?base=USD&rtype=fpy",
        "/api/2023-07-28?base=USD&rtype=fpy",
        "/api/2023-07-27?base=EUR&rtype=fpy",
    ]
    live.clear_cache()
    live.rate("USD", "AUD", D)
    assert len(api.seen()) == 4


def test_weekend_reports_the_publication_used(live: ForexPythonRates, api: FakeApi) -> None:
    r = live.rate("USD", "JPY", date(2023, 7, 29))
    assert (r.on, r.rate_date, r.value) == (date(2023, 7, 29), date(2023, 7, 28), Decimal("141.16"))
    assert api.seen() == ["/api/2023-07-29?base=USD&rtype=fpy"]


def test_today_asks_for_latest(live: ForexPythonRates, api: FakeApi) -> None:
    r = live.rate("USD", "AUD", date.today())
    assert r.rate_date == date.today()
    assert api.seen() == ["/api/latest?base=USD&rtype=fpy"]


def test_no_request_for_same_currency_bad_code_or_future(live: ForexPythonRates, api: FakeApi) -> None:
    assert live.rate("USD", "USD", D).value == Decimal(1)
    with pytest.raises(CurrencyError, match="XYZ"):
        live.rate("USD", "XYZ", D)
    with pytest.raises(RateUnavailable, match="future") as info:
        live.rate("USD", "AUD", date.today() + timedelta(days=1))
    assert info.value.value == date.today() + timedelta(days=1)
    assert api.seen() == []


def test_concurrent_callers_share_one_request(api: FakeApi) -> None:
    api.delay = 0.3
    live = ForexPythonRates(base_url=api.url, timeout=5)
    barrier = threading.Barrier(8)
    values: list[Decimal] = []

    def work() -> None:
        barrier.wait()
        values.append(live.rate("USD", "AUD", D).value)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert values == [Decimal("1.4833")] * 8
    assert len(api.seen()) == 1


def test_is_a_rate_provider(live: ForexPythonRates) -> None:
    assert isinstance(live, RateProvider)


def test_base_url_gets_its_slash_and_default_is_forex_pythons(api: FakeApi) -> None:
    assert ForexPythonRates(base_url=api.url.rstrip("/")).base_url == api.url
    assert ForexPythonRates().base_url == "https://theratesapi.com/api/"


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan"), "5", True])
def test_timeout_must_be_positive_seconds(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        ForexPythonRates(timeout=bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ failures --

def _fails_promptly(live: ForexPythonRates, match: str, quote: str = "AUD", within: float = 1.5) -> RateUnavailable:
    start = time.monotonic()
    with pytest.raises(RateUnavailable, match=match) as info:
        live.rate("USD", quote, D)
    assert time.monotonic() - start < within
    return info.value


def test_server_error_500(live: ForexPythonRates, api: FakeApi) -> None:
    api.reply = (500, "upstream exploded")
    error = _fails_promptly(live, "did not answer 200 OK")
    assert isinstance(error.__cause__, Exception)
    assert type(error.__cause__).__name__ == "RatesNotAvailableError"
    assert api.seen() == ["/api/2023-07-27?base=USD&rtype=fpy"]


def test_failures_are_not_cached(live: ForexPythonRates, api: FakeApi) -> None:
    api.reply = (503, "busy")
    _fails_promptly(live, "200 OK")
    api.reply = None
    assert live.rate("USD", "AUD", D).value == Decimal("1.4833")
    assert len(api.seen()) == 2


def test_reply_without_the_currency(live: ForexPythonRates, api: FakeApi) -> None:
    error = _fails_promptly(live, "gave no USD/NZD rate for 2023-07-27", quote="NZD")
    assert error.value == "NZD"
    assert len(api.seen()) == 1


def test_malformed_json(live: ForexPythonRates, api: FakeApi) -> None:
    api.reply = (200, '{"base": "USD", "date": "2023-07-27", "rates": {"AUD": 1.48')
    _fails_promptly(live, "not valid JSON")


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ('[1, 2, 3]', "not a JSON object"),
        ('"rates"', "not a JSON object"),
        ('{"base": "USD", "date": "2023-07-27"}', "without a 'rates' object"),
        ('{"base": "USD", "date": "2023-07-27", "rates": [1.48]}', "without a 'rates' object"),
        ('{"base": "USD", "rates": {"AUD": 1.48}}', "without a valid 'date'"),
        ('{"base": "USD", "date": "yesterday", "rates": {"AUD": 1.48}}', "without a valid 'date'"),
        ('{"base": "EUR", "date": "2023-07-27", "rates": {"AUD": 1.48}}', "'EUR' rates when asked for USD"),
        ('{"base": "USD", "date": "2023-07-28", "rates": {"AUD": 1.48}}', "published later, on 2023-07-28"),
        ('{"base": "USD", "date": "2023-07-10", "rates": {"AUD": 1.48}}', "more than 7 days older"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": null}}', "gave no USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": "abc"}}', "malformed USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": -1.48}}', "malformed USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": 0}}', "malformed USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": true}}', "malformed USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": NaN}}', "malformed USD/AUD rate"),
        ('{"base": "USD", "date": "2023-07-27", "rates": {"AUD": {"v": 1}}}', "malformed USD/AUD rate"),
    ],
)
def test_unusable_replies(live: ForexPythonRates, api: FakeApi, body: str, match: str) -> None:
    api.reply = (200, body)
    _fails_promptly(live, match)


def test_numeric_string_and_integer_rates_are_accepted(live: ForexPythonRates, api: FakeApi) -> None:
    api.reply = (200, '{"base": "USD", "date": "2023-07-27", "rates": {"AUD": "1.4833", "JPY": 140}}')
    assert live.rate("USD", "AUD", D).value == Decimal("1.4833")
    assert live.rate("USD", "JPY", D).value == Decimal(140)


def test_connection_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with socket.socket() as probe:  # a port that was free a moment ago, with nothing listening now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    live = ForexPythonRates(base_url=f"http://127.0.0.1:{port}/api/", timeout=5)
    error = _fails_promptly(live, "could not connect to")
    assert error.value == D
    assert type(error.__cause__).__name__ == "ConnectionError"


def test_timeout(api: FakeApi) -> None:
    api.delay = 3.0  # longer than the provider waits
    live = ForexPythonRates(base_url=api.url, timeout=0.3)
    error = _fails_promptly(live, r"did not answer within 0.3 s for USD rates on 2023-07-27")
    assert error.value == D
    # A second call while the first is still stuck waits on the same request instead of starting another.
    _fails_promptly(live, "did not answer within")
    assert api.seen() == ["/api/2023-07-27?base=USD&rtype=fpy"]


def test_missing_forex_python_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "sys.modules['forex_python'] = None  # as if it were not installed\n"
        "from salarynorm._rates import ForexPythonRates\n"
        "try:\n"
        "    ForexPythonRates()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'salarynorm[live]'" in result.stdout


def test_json_helper_round_trip() -> None:
    """The fake API's bodies are JSON (guards the server itself, not the client)."""
    status, body = FakeApi().answer("/api/2023-07-27?base=USD&symbols=AUD&rtype=fpy")
    assert (status, json.loads(body)) == (200, {"base": "USD", "date": "2023-07-27", "rates": {"AUD": 1.4833}})
