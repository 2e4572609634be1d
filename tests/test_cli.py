"""The ``salarynorm`` command (``salarynorm._cli.main``): table by default, ``--json`` for the contract's
``to_dict()`` list, ``--field`` for one money field, ``--default-currency``; standard input when no text is
given; exit status 0 when money is found, 1 when none, 2 on bad usage.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import salarynorm
from salarynorm._cli import main

AD = "Salary between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year, plus a £5,000 bonus"


def test_table_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([AD]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["text", "amount", "currency", "decided", "by", "period", "approx"]
    assert set(lines[1]) <= {"-", " "}
    body = "\n".join(lines[2:])
    assert "US$300,000 and $900,000" in body
    assert "300000 – 900000" in body
    assert "  = A$445,000 – $1.3 million" in body
    assert "AUD" in body
    assert "£5,000" in body
    assert "GBP" in body
    assert "year" in body


def test_json_prints_the_to_dict_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", AD]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == [m.to_dict() for m in salarynorm.extract(AD)]
    assert [(d["text"], d["currency"]) for d in got] == [("US$300,000 and $900,000", "USD"), ("£5,000", "GBP")]
    assert got[0]["equivalents"][0]["max"] == "1300000"


def test_several_arguments_are_one_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "Rent", "is", "£1,200", "pcm"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["min"], d["period"]) for d in got] == [("£1,200", "1200", "month")]


def test_default_currency(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--default-currency", "AUD", "The bill came to $45"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [d["currency"] for d in got] == ["AUD"]


def test_default_currency_does_not_override_explicit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--default-currency", "AUD", "The bill came to US$45"]) == 0
    assert [d["currency"] for d in json.loads(capsys.readouterr().out)] == ["USD"]


def test_field_mode_reads_bare_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--field", "--default-currency", "GBP", "20000 - 30000/annum"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [(d["min"], d["max"], d["currency"], d["period"]) for d in got] == [("20000", "30000", "GBP", "year")]


def test_field_mode_default_period(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--field", "--default-period", "year", "25,000"]) == 0
    assert [d["period"] for d in json.loads(capsys.readouterr().out)] == ["year"]


def test_without_field_a_bare_number_is_not_money(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["20000 - 30000/annum"]) == 1
    assert "no money found" in capsys.readouterr().out


def test_reads_stdin_when_no_argument(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Tickets cost €50 each.\nParking is €10.\n"))
    assert main(["--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["currency"]) for d in got] == [("€50", "EUR"), ("€10", "EUR")]


def test_exit_1_when_nothing_found(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["The union represents 160,000 actors"]) == 1
    assert "no money found" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--json"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_bad_default_currency_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--default-currency", "XYZ", "$5"]) == 2
    err = capsys.readouterr().err
    assert "XYZ" in err


def test_subprocess_module_run() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "salarynorm._cli", "--json"],
        input="Locum nurses are paid $50-60/hr on weekends", capture_output=True, text=True,
        encoding="utf-8", timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert [(d["text"], d["min"], d["max"], d["currency"], d["period"]) for d in got] == [
        ("$50-60", "50", "60", "USD", "hour")]


def test_subprocess_exit_status_when_nothing_found() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "salarynorm._cli", "Upgrade to version 3.11.4 before Friday"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )
    assert proc.returncode == 1
    assert "no money found" in proc.stdout


def test_lang_and_locale_choose_the_reading(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--lang", "de", "bis zu 60.000 €"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["min"] is None
    assert main(["--json", "--locale", "en-CA", "a fee of $500"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["currency"] == "CAD"
    assert main(["--lang", "tlh", "5 €"]) == 2
    assert "no language data for 'tlh'" in capsys.readouterr().err


def test_version() -> None:
    """``--version`` prints the package version and exits 0."""
    import subprocess

    out = subprocess.run([sys.executable, "-m", "salarynorm._cli", "--version"], capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, f"salarynorm {salarynorm.__version__}")
