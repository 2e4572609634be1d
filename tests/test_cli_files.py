"""File mode of the ``salarynorm`` command: ``--input`` (.csv, .jsonl, '-' for JSON lines on standard input),
``--column``, ``--output`` (.jsonl or .csv); one output row per input row with ``mentions`` and ``error``;
a bad row is reported in its row and the run goes on; a summary line on standard error unless ``--quiet``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

import salarynorm
from salarynorm._cli import main


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_csv_in_jsonl_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _csv(tmp_path / "postings.csv", [
        {"id": "1", "salary": "£45,000 - £55,000 per annum"},
        {"id": "2", "salary": "competitive"},
        {"id": "3", "salary": "$25 an hour, or US$52,000 a year"},
    ])
    out = tmp_path / "out.jsonl"
    assert main(["--input", str(src), "--column", "salary", "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["mentions"] == [m.to_dict() for m in salarynorm.extract("£45,000 - £55,000 per annum")]
    assert rows[1]["mentions"] == []
    assert [m["currency"] for m in rows[2]["mentions"]] == ["USD", "USD"]
    assert all(r["error"] is None for r in rows)
    assert "3 rows, 3 mentions, 0 errors" in capsys.readouterr().err


def test_jsonl_in_csv_out_with_field(tmp_path: Path) -> None:
    src = tmp_path / "postings.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": 1, "salary": "20000 - 30000/annum"}, {"id": 2, "salary": "n/a"}]) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["--input", str(src), "--column", "salary", "--field", "--default-currency", "GBP",
                 "--output", str(out), "--quiet"]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["id", "salary", "mentions", "error"]
    got = json.loads(rows[0]["mentions"])
    assert [(m["min"], m["max"], m["currency"], m["period"]) for m in got] == [("20000", "30000", "GBP", "year")]
    assert rows[1]["mentions"] == "" and rows[1]["error"] == ""


def test_a_bad_row_is_reported_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"salary": "€50"}, {"salary": 42}, {"other": "x"}, "not json", {"salary": "£10"}]
    text = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in lines) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert main(["--input", "-", "--column", "salary"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 5
    assert [r["error"] is not None for r in rows] == [False, True, True, True, False]
    assert rows[1]["error"]["error_type"] == "TypeError" and rows[1]["error"]["index"] == 1
    assert [m["currency"] for m in rows[4]["mentions"]] == ["GBP"]
    assert "5 rows, 2 mentions, 3 errors" in captured.err
    assert "rows/s" in captured.err


def test_quiet_prints_no_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _csv(tmp_path / "in.csv", [{"salary": "$5"}])
    assert main(["--input", str(src), "--column", "salary", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert json.loads(captured.out)["mentions"][0]["min"] == "5"


def test_unknown_column_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _csv(tmp_path / "in.csv", [{"pay": "$5"}])
    with pytest.raises(SystemExit) as exc:
        main(["--input", str(src), "--column", "salary"])
    assert exc.value.code == 2
    assert "unknown column 'salary'" in capsys.readouterr().err


def test_input_needs_column_and_no_text(tmp_path: Path) -> None:
    src = _csv(tmp_path / "in.csv", [{"salary": "$5"}])
    for argv in (["--input", str(src)], ["--input", str(src), "--column", "salary", "some text"],
                 ["--input", str(tmp_path / "in.txt"), "--column", "salary"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
