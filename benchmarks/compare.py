"""Optional comparison with other money/quantity parsers, whichever of them this interpreter can import.

* price-parser (``Price.fromstring``): one short price string at a time, so it is measured on the short
  fields only (it is a test dependency of salarynorm, so it is usually in the project venv);
* quantulum3 (``parser.parse``): running text, but about three orders of magnitude slower than a regex,
  so it is measured on a prefix of each corpus. It is not a dependency: install it into a separate venv
  (``python -m venv /tmp/q && /tmp/q/bin/pip install quantulum3``) and pass that interpreter to
  ``run.py --compare-python /tmp/q/bin/python``, which runs this file there.

Run directly (``python benchmarks/compare.py [--quick]``) it prints its results as JSON.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

import corpus

__all__ = ["available", "run"]

LIBRARIES = ("price-parser", "quantulum3")
_MODULES = {"price-parser": "price_parser", "quantulum3": "quantulum3"}


def available() -> list[str]:
    return [lib for lib in LIBRARIES if importlib.util.find_spec(_MODULES[lib]) is not None]


def _best(fn: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def run(quick: bool, only: list[str] | None = None, n_fields: int | None = None) -> list[dict[str, Any]]:
    """One row per (library, input): MB/s for running text, microseconds per field for short fields."""
    rows: list[dict[str, Any]] = []
    libs = [lib for lib in available() if only is None or lib in only]
    n_fields = n_fields or (1000 if quick else 5000)
    flds = corpus.fields(n_fields)
    field_bytes = sum(len(f.encode("utf-8")) for f in flds)
    repeats = 2 if quick else 3
    if "price-parser" in libs:
        from price_parser import Price

        def pp() -> None:
            for f in flds:
                Price.fromstring(f)

        t = _best(pp, repeats)
        rows.append(
            {
                "library": "price-parser",
                "version": _version("price-parser"),
                "call": "Price.fromstring",
                "input": f"{n_fields:,} short fields",
                "us_per_field": t / n_fields * 1e6,
                "mb_per_s": field_bytes / t / 1e6,
            }
        )
    if "quantulum3" in libs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            qparser: Any = importlib.import_module("quantulum3.parser")

            def qf() -> None:
                for f in flds[:200]:
                    qparser.parse(f)

            t = _best(qf, 1)
            rows.append(
                {
                    "library": "quantulum3",
                    "version": _version("quantulum3"),
                    "call": "parser.parse",
                    "input": "200 short fields",
                    "us_per_field": t / 200 * 1e6,
                    "mb_per_s": sum(len(f.encode("utf-8")) for f in flds[:200]) / t / 1e6,
                }
            )
            prefix = 20_000 if quick else 60_000
            for c in (corpus.prose(prefix), corpus.dense(prefix)):
                text = c.text[:prefix]

                def qt(text: str = text) -> None:
                    qparser.parse(text)

                t = _best(qt, 1)
                rows.append(
                    {
                        "library": "quantulum3",
                        "version": _version("quantulum3"),
                        "call": "parser.parse",
                        "input": f"{c.name} ({len(text) // 1000} kB prefix)",
                        "us_per_field": None,
                        "mb_per_s": len(text.encode("utf-8")) / t / 1e6,
                    }
                )
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--fields", type=int, help="how many short fields (default 5000, quick 1000)")
    ap.add_argument("--only", help="comma-separated subset of: " + ", ".join(LIBRARIES))
    a = ap.parse_args(argv)
    only = a.only.split(",") if a.only else None
    print(json.dumps(run(a.quick, only, a.fields)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
