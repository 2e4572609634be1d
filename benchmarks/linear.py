"""Linear-time runs: ``salarynorm.extract`` on adversarial input shapes of doubling size.

Each case is run by ``run.py`` in a child process under a hard timeout (``python benchmarks/linear.py CASE
SIZE...``), so a catastrophic regression (quadratic or exponential time) shows as a failure instead of a
hang. The child prints one JSON line per size as soon as it is measured, so a timeout still reports the
sizes that finished.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import corpus

__all__ = ["CASES", "Case", "measure"]


def _repeat(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return unit * (n // len(unit))

    return build


def _prose(n: int) -> str:
    return corpus.prose(n).text[:n]


@dataclass(frozen=True)
class Case:
    name: str
    shape: str  # how the input looks, for the table
    build: Callable[[int], str]
    # Grammar-bound shapes (an anchor every few characters) run at tens of kB/s: their series stops at a
    # quarter of the others' size, and their hard timeout allows more seconds per MB.
    heavy: bool = False
    big: bool = False  # sizes in megabytes of prose, not the adversarial series

    @property
    def budget(self) -> float:
        """Cap on the whole series, in seconds per MB of input summed over its sizes (run.py also gives each
        size a deadline of its own, from the time the size before it took)."""
        return 30.0 if self.big else 100.0 if self.heavy else 10.0


CASES: dict[str, Case] = {
    c.name: c
    for c in (
        # The shapes the issue names.
        Case("digits", '"1" * n', _repeat("1")),
        Case("digit-commas", '"1," * n', _repeat("1,")),
        Case("dollar-space", '"$ " * n', _repeat("$ "), heavy=True),
        Case("dotted", '"1.1." * n', _repeat("1.1.")),
        Case("dashes", '"- " * n', _repeat("- ")),
        Case("to", '"to " * n', _repeat("to ")),
        Case("spaces", '" " * n', _repeat(" ")),
        Case("whitespace-mix", '" \\t\\n\\u00a0" * n', _repeat(" \t\n\u00a0")),
        # Further shapes that reach the grammar (the ones above mostly stop at the anchor pass).
        Case("dollar-digits", '"$" + "1" * n', lambda n: "$" + "1" * (n - 1)),
        Case("dollar-commas", '"$" + "1," * n', lambda n: "$" + _repeat("1,")(n - 1)),
        Case("dollar-dotted", '"$" + "1.1." * n', lambda n: "$" + _repeat("1.1.")(n - 1)),
        Case("amounts", '"$1 " * n', _repeat("$1 "), heavy=True),
        Case("range-chain", '"$1-" * n', _repeat("$1-"), heavy=True),
        Case("to-chain", '"$1 to " * n', _repeat("$1 to "), heavy=True),
        Case("restatements", '"$1 (A$2) " * n', _repeat("$1 (A$2) "), heavy=True),
        Case("signs", '"$" * n', _repeat("$"), heavy=True),
        Case(
            "number-words", '"twenty " * n + "dollars"', lambda n: _repeat("twenty ")(n - 7) + "dollars"
        ),
        Case("currency-words", '"dollars " * n', _repeat("dollars "), heavy=True),
        # A name no convention decides, with a country word every so often: the country search per mention.
        Case("country-names", '"1 pesos Mexico " * n', _repeat("1 pesos Mexico "), heavy=True),
        Case("acronyms", '"CEO " * n', _repeat("CEO "), heavy=True),
        Case("long-word", '"a" * n', _repeat("a")),
        # The sentence-level rules of the clause, layout and document stages: a period adjective before
        # every amount, a table row per amount, restatements in words, places of pay, stray-space groups.
        Case("clause-periods", '"monthly salary $1 " * n', _repeat("monthly salary $1 "), heavy=True),
        Case("table-rows", '"\\| Annual salary \\| $1 \\|\\n" * n', _repeat("| Annual salary | $1 |\n"), heavy=True),
        Case("words-restatements", '"€1m, or about $1m, " * n', _repeat("€1m, or about $1m, "), heavy=True),
        Case("places", '"nurses in Auckland earn $1. " * n', _repeat("nurses in Auckland earn $1. "), heavy=True),
        Case("stray-groups", '"N1, 000, " * n', _repeat("N1, 000, "), heavy=True),
        # Scripts written without spaces: one run the tokenizer cuts by its dictionary, money every few
        # characters, numerals the myriad rule reads (detected as Japanese and Korean).
        Case("kanji-amounts", '"7万円、" * n', _repeat("7万円、"), heavy=True),
        Case("hangul-numerals", '"이천" * n + "원"', lambda n: _repeat("이천")(n - 1) + "원"),
        Case("prose", "corpus.prose(n)", _prose, big=True),
    )
}


def measure(text: str, min_time: float, min_runs: int) -> tuple[float, int, int]:
    """(best wall time of ``extract(text)``, runs, mentions found): at least ``min_runs`` runs, more while
    the total stays under ``min_time`` seconds (fast cases get enough runs for a stable minimum)."""
    import salarynorm

    best = float("inf")
    runs = found = 0
    spent = 0.0
    while runs < min_runs or (spent < min_time and runs < 50):
        gc.collect()
        t0 = time.perf_counter()
        found = len(salarynorm.extract(text))
        dt = time.perf_counter() - t0
        best = min(best, dt)
        spent += dt
        runs += 1
    return best, runs, found


def _child(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="time extract on one linear-time case (used by run.py)")
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("sizes", type=int, nargs="+", help="input sizes in characters")
    ap.add_argument("--min-time", type=float, default=0.3)
    ap.add_argument("--min-runs", type=int, default=2)
    a = ap.parse_args(argv)
    import salarynorm

    salarynorm.extract("warm-up: $5 and €6")  # compile the regexes, load the currency table
    case = CASES[a.case]
    for n in a.sizes:
        text = case.build(n)
        seconds, runs, found = measure(text, a.min_time, a.min_runs)
        print(
            json.dumps(
                {
                    "size": len(text),
                    "nbytes": len(text.encode("utf-8")),
                    "seconds": seconds,
                    "runs": runs,
                    "mentions": found,
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
