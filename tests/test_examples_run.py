"""The example scripts run and print what they promise, and the docs' examples give the output shown."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"


def _run(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, encoding="utf-8", input=stdin, env=env,
        cwd=ROOT, timeout=120, check=False,
    )


# ----------------------------------------------------------------------------------------- scripts --

EXPECTED = {
    "news_paragraph.py": [
        'Money found: 7 mentions',
        '1. "US$300,000 and $900,000"',
        "     amount:   300,000 – 900,000",
        '     currency: USD (explicit from "US$")',
        '     period:   year (from "per year")',
        '     = "A$445,000 – $1.3 million": 445,000 – 1,300,000 AUD (explicit from "A$") per year',
        '     currency: USD (document from "$")',
        '4. "£2.5bn"',
        "     amount:   up to 40,000,000",
        "     approximate",
        "The salary range is 11.3 to 34.0 times the union's threshold of USD 26,470 per year.",
        '  "$40 million": USD -> AUD (default)',
        '  "$26,470": USD unchanged (document)',
    ],
    "pay_report.py": [
        "Article of 2023-07-27:",
        '  "US$300,000 and $900,000": 300,000–900,000 USD a year (= 445,000–1,300,000 AUD a year)',
        '  "twenty-six thousand four hundred and seventy dollars": 26,470 USD a year',
        "  implied rate:   1.4833 (low end), 1.4444 (high end) AUD per USD",
        "  ECB rate:       1.4726 AUD per USD, published 2023-07-27",
        "  deviation:      +0.73% (low end), -1.91% (high end)",
        "  schedule: US full-time schedule (40 hours a week, 5 days a week, 52 weeks a year: 2080 hours, 260 days)",
        '  "$24.50" an hour: 24.50 USD an hour = 50,960 USD a year',
        '  "$187" a day: 187 USD a day = 48,620 USD a year',
        "  SAG-AFTRA Health Plan earned eligibility (covered earnings): 26,470 USD a year",
        "  in force 2023-01-01 to 2023-12-31",
        "  source:   https://mynews13.com/fl/orlando/business/2023/08/09/sag-aftra-strike-continues",
        '  the paragraph\'s "twenty-six thousand four hundred and seventy dollars" (26,470 USD a year) matches',
        "  300,000–900,000 USD a year: 11.33 to 34.00 times the threshold; whole thresholds covered: 11 to 34",
        "  24.50 USD an hour = 50,960 USD a year: 1.93 times the threshold; whole thresholds covered: 1",
        "  The top of the range, 900,000 USD a year, is 34.0 times the SAG-AFTRA Health Plan earned",
    ],
    "job_ads.py": [
        "UK       £45,000 - £55,000      45,000 – 55,000        GBP       convention  year",
        "India    ₹12–15 LPA             1,200,000 – 1,500,000  INR       explicit    year",
        "Germany  45.000 €               45,000                 EUR       explicit",
        "'21,000 + benefits'",
        "'Competitive'                              GBP/year   (no amount)",
        "'$25/hr'                                   USD/year   25                     USD       default     hour",
        "'45.000 € brutto pro Jahr'                 EUR/year   45,000                 EUR       explicit    year",
    ],
}


def test_every_example_is_tested() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs(script: str) -> None:
    result = _run(sys.executable, EXAMPLES / script)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    for expected in EXPECTED[script]:
        assert any(line.startswith(expected) for line in lines), f"{script}: no line starts with {expected!r}"


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_uses_only_the_public_api(script: str) -> None:
    source = (EXAMPLES / script).read_text(encoding="utf-8")
    assert not re.search(r"salarynorm\._|from salarynorm\._|import salarynorm\._", source)


# -------------------------------------------------------------------------------------------- docs --

_PYCON = re.compile(r"^```pycon\n(.*?)^```", re.S | re.M)
_CONSOLE = re.compile(r"^```console\n(.*?)^```", re.S | re.M)
_DOCTEST = """
import doctest, pathlib, re, sys
text = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
source = "\\n".join(re.findall(r"^```pycon\\n(.*?)^```", text, re.S | re.M))
test = doctest.DocTestParser().get_doctest(source, {}, sys.argv[1], sys.argv[1], 0)
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
sys.exit(1 if runner.run(test).failed else 0)
"""
PAGES_WITH_PYCON = sorted(
    str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md") if _PYCON.search(p.read_text(encoding="utf-8"))
)
PAGES_WITH_CONSOLE = sorted(
    str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md") if _CONSOLE.search(p.read_text(encoding="utf-8"))
)


@pytest.mark.parametrize("page", PAGES_WITH_PYCON)
def test_docs_python_examples(page: str) -> None:
    """Each page's ``pycon`` blocks, run as one doctest in a fresh interpreter (so a page that checks
    which modules ``import salarynorm`` loads sees only its own imports)."""
    result = _run(sys.executable, "-c", _DOCTEST, DOCS / page)
    assert result.returncode == 0, result.stdout + result.stderr


def _console_command() -> Path | None:
    script = Path(sys.executable).parent / ("salarynorm.exe" if os.name == "nt" else "salarynorm")
    return script if script.exists() else None


@pytest.mark.parametrize("page", PAGES_WITH_CONSOLE)
def test_docs_console_examples(page: str) -> None:
    """Each ``$ command`` line of a ``console`` block prints the lines below it (stdout and stderr)."""
    command = _console_command()
    if command is None or os.name == "nt":
        pytest.skip("needs bash and the installed salarynorm console script")
    for block in _CONSOLE.findall((DOCS / page).read_text(encoding="utf-8")):
        runs: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                runs.append((line[2:], []))
            else:
                runs[-1][1].append(line)
        for shell, expected in runs:
            shell = re.sub(r"(^|\| )salarynorm\b", lambda m: m.group(1) + shlex.quote(str(command)), shell)
            result = _run("bash", "-c", "{ " + shell + "; } 2>&1")
            assert result.stdout.rstrip("\n").splitlines() == expected, shell
