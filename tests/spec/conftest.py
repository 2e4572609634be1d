"""Hypothesis profiles for the property-based specification, and the checks every property shares.

Profiles: "ci" (the default: 200 examples, deadline on at 500 ms, so the linear-cost promise is watched
too), "dev" (quick local runs: 30 examples, no deadline) and "thorough" (2,000 examples, for a nightly
run or before a release). Choose one with ``pytest tests/spec --hypothesis-profile=dev`` or, from any
directory, ``SALARYNORM_HYPOTHESIS_PROFILE=dev pytest``.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from salarynorm import Mention, Period
from salarynorm import strategies as sst
from salarynorm._currency_table import table

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=timedelta(milliseconds=500),
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=30, deadline=None, print_blob=True)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=timedelta(milliseconds=500),
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def pytest_configure(config: pytest.Config) -> None:
    # A profile named on the command line wins; otherwise the environment's, otherwise "ci".
    if not config.getoption("--hypothesis-profile", default=None):
        settings.load_profile(os.environ.get("SALARYNORM_HYPOTHESIS_PROFILE", "ci"))


def examples(fraction: float) -> int:
    """A share of the current profile's examples, for properties parametrized over many cases."""
    return max(5, int(settings.default.max_examples * fraction))


#: The currency surfaces everyday English uses most ("$", "€", "£", "US$", "A$", "EUR", "euros", "US dollars"):
#: the properties about one lexicon phrase each use these, so that a failure names the phrase, not some
#: rare currency; the round-trip properties cover every surface of the table.
EVERYDAY = sst.currency_forms(common=True)

#: The contract's ``to_dict()`` keys, always all present.
CONTRACT_KEYS = frozenset({"text", "start", "end", "min", "max", "currency", "period", "approximate",
                           "equivalents"})
PERIOD_NAMES = frozenset(p.value for p in Period)
_PLAIN_DECIMAL = re.compile(r"-?(0|[1-9]\d*)(\.\d*[1-9])?")


def _check_dict(d: dict[str, Any], *, nested: bool) -> None:
    assert set(d) == CONTRACT_KEYS, f"to_dict() keys {sorted(d)} are not the contract's {sorted(CONTRACT_KEYS)}"
    assert isinstance(d["text"], str)
    assert type(d["start"]) is int
    assert type(d["end"]) is int
    for side in ("min", "max"):
        value = d[side]
        assert value is None or (isinstance(value, str) and _PLAIN_DECIMAL.fullmatch(value)), \
            f"{side} {value!r} is not a plain decimal string"
    assert d["currency"] is None or d["currency"] in table().currencies, f"currency {d['currency']!r}"
    assert d["period"] is None or d["period"] in PERIOD_NAMES, f"period {d['period']!r}"
    assert type(d["approximate"]) is bool
    assert isinstance(d["equivalents"], list)
    if nested:
        assert d["equivalents"] == [], "an equivalent has no equivalents of its own"
    for e in d["equivalents"]:
        _check_dict(e, nested=True)


def check_mention(source: str, m: object, *, nested: bool = False) -> None:
    """Everything the contract says about one mention of ``source``."""
    assert isinstance(m, Mention), f"got {type(m).__name__}, not a Mention"
    assert 0 <= m.start < m.end <= len(source), f"span {m.start}:{m.end} outside a text of {len(source)}"
    assert source[m.start : m.end] == m.text, f"text {m.text!r} is not source[{m.start}:{m.end}]"
    assert m.min is not None or m.max is not None, "neither min nor max"
    for value in (m.min, m.max):
        assert value is None or (isinstance(value, Decimal) and value.is_finite())
    if m.min is not None and m.max is not None:
        assert m.min <= m.max, f"min {m.min} > max {m.max}"
    assert m.period is None or isinstance(m.period, Period)
    d = m.to_dict()
    _check_dict(d, nested=nested)
    assert json.loads(json.dumps(d)) == d, "to_dict() does not survive JSON"
    assert (d["min"] is None) == (m.min is None)
    assert (d["max"] is None) == (m.max is None)
    if m.min is not None:
        assert Decimal(d["min"]) == m.min
    if m.max is not None:
        assert Decimal(d["max"]) == m.max
    previous_end = m.end
    for eq in m.equivalents:
        check_mention(source, eq, nested=True)
        assert eq.start >= previous_end, "equivalents follow their primary, in order, without overlapping"
        previous_end = eq.end
        assert eq.currency is None or eq.currency != m.currency, \
            f"equivalent {eq.text!r} shares its primary's currency {m.currency}"


def check_mentions(source: str, mentions: object) -> None:
    """The contract on a whole ``extract`` result: a list of well-formed mentions in text order, none
    overlapping, and no equivalent overlapping a top-level mention."""
    assert isinstance(mentions, list), f"extract returned {type(mentions).__name__}, not a list"
    spans: list[tuple[int, int]] = []
    for m in mentions:
        check_mention(source, m)
        spans.append((m.start, m.end))
        spans.extend((e.start, e.end) for e in m.equivalents)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts), "mentions are not in text order"
    spans.sort()
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        assert e1 <= s2, f"spans {s1}:{e1} and {s2}:{e2} overlap"


def shifted(d: dict[str, Any], by: int) -> dict[str, Any]:
    """A ``to_dict()`` with its offsets (and its equivalents') moved by ``by``."""
    return {**d, "start": d["start"] + by, "end": d["end"] + by,
            "equivalents": [shifted(e, by) for e in d["equivalents"]]}
