"""Input types, and Hypothesis staying optional."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

import salarynorm

NOT_STR = [b"$5", bytearray(b"$5"), None, 123, 1.5, ["$5"], ("$5",), {"text": "$5"}, memoryview(b"$5")]


@pytest.mark.parametrize("value", NOT_STR, ids=lambda v: type(v).__name__)
def test_extract_rejects_non_str(value: Any) -> None:
    """``extract`` of anything but a str (bytes, None, numbers, lists ...) raises TypeError, and the
    message names the type it received."""
    with pytest.raises(TypeError, match=type(value).__name__):
        salarynorm.extract(value)


@pytest.mark.parametrize("value", NOT_STR, ids=lambda v: type(v).__name__)
def test_parse_rejects_non_str(value: Any) -> None:
    """``parse`` of anything but a str raises TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        salarynorm.parse(value)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_importing_salarynorm_does_not_import_hypothesis() -> None:
    """Hypothesis is optional at runtime: ``import salarynorm`` (and using it) never imports it."""
    done = _run("import sys, salarynorm; salarynorm.extract('$5'); print('hypothesis' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_strategies_without_hypothesis_say_how_to_install_it() -> None:
    """Without Hypothesis, ``import salarynorm.strategies`` raises ImportError saying
    ``pip install hypothesis``."""
    done = _run(
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "sys.modules['hypothesis.strategies'] = None\n"
        "try:\n"
        "    import salarynorm.strategies\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
        "else:\n"
        "    print('imported')\n"
    )
    assert done.returncode == 0, done.stderr
    assert "pip install hypothesis" in done.stdout
