"""The ``salarynorm`` console command: print the money found in a text, as a table or as JSON."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import IO, Any

from ._api import extract, parse
from ._batch import RecordError, extract_many, parse_many
from ._errors import SalarynormError
from ._mention import Mention
from ._values import plain
from ._version import __version__

__all__ = ["main"]


def _range_text(m: Mention) -> str:
    lo, hi = plain(m.min), plain(m.max)
    if lo is None:
        return f"up to {hi}"
    if hi is None:
        return f"from {lo}"
    return lo if lo == hi else f"{lo} – {hi}"


def _rows(mentions: list[Mention]) -> list[list[str]]:
    rows = []
    for m in mentions:
        rows.append([
            m.text,
            _range_text(m),
            m.currency or "?",
            m.currency_source.value,
            m.period.value if m.period else "",
            "~" if m.approximate else "",
        ])
        for e in m.equivalents:
            rows.append([
                "  = " + e.text,
                _range_text(e),
                e.currency or "?",
                e.currency_source.value,
                e.period.value if e.period else "",
                "~" if e.approximate else "",
            ])
    return rows


def format_table(mentions: list[Mention]) -> str:
    """A plain-text table of mentions (equivalents indented under their primary)."""
    if not mentions:
        return "no money found"
    head = ["text", "amount", "currency", "decided by", "period", "approx"]
    rows = [head, *_rows(mentions)]
    widths = [max(len(r[c]) for r in rows) for c in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 found money, 1 found none, 2 bad usage)."""
    ap = argparse.ArgumentParser(
        prog="salarynorm",
        description="Find every money expression in a text (argument or standard input).",
        epilog='example: salarynorm "between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year"',
    )
    ap.add_argument("--version", action="version", version=f"salarynorm {__version__}")
    ap.add_argument("text", nargs="*", help="the text (default: read standard input)")
    ap.add_argument("--json", action="store_true", help="print the contract's to_dict() list as JSON")
    ap.add_argument("--describe", action="store_true",
                    help="JSON with how each currency was decided and the phrases read (implies --json)")
    ap.add_argument("--field", action="store_true",
                    help="read the text as one money field (a price or a salary column): a bare number counts")
    ap.add_argument("--lang", metavar="CODE", help="the text's language, ISO 639-1 ('de'; default: detected)")
    ap.add_argument("--locale", metavar="TAG", help="the text's language and country ('de-CH', 'en-CA'): the "
                                                     "country decides ambiguous signs")
    ap.add_argument("--default-currency", metavar="CODE", help="ISO code for an ambiguous sign such as '$'")
    ap.add_argument("--default-period", metavar="PERIOD", help="with --field: period when the field states none")
    ap.add_argument("--input", metavar="PATH", help="file mode: read records from a .csv or .jsonl file "
                                                    "('-': JSON lines on standard input)")
    ap.add_argument("--column", metavar="NAME", help="with --input: the column (or JSON key) holding the text")
    ap.add_argument("--output", metavar="PATH", default="-",
                    help="with --input: write .jsonl or .csv (default '-': JSON lines on standard output)")
    ap.add_argument("--quiet", action="store_true", help="with --input: no summary line on standard error")
    a = ap.parse_args(argv)
    if a.input is not None or a.column is not None:
        if a.input is None or a.column is None:
            ap.error("file mode needs both --input and --column")
        if a.text:
            ap.error("give either a text or --input, not both")
        return _file_mode(ap, a)
    if a.default_period is not None and not a.field:
        ap.error("--default-period applies to a money field: add --field")
    text = " ".join(a.text) if a.text else sys.stdin.read()
    try:
        if a.field:
            one = parse(text, lang=a.lang, locale=a.locale, default_currency=a.default_currency,
                        default_period=a.default_period)
            mentions = [] if one is None else [one]
        else:
            mentions = extract(text, lang=a.lang, locale=a.locale, default_currency=a.default_currency)
    except SalarynormError as exc:
        print(f"salarynorm: {exc}", file=sys.stderr)
        return 2
    if a.json or a.describe:
        out = [m.describe() if a.describe else m.to_dict() for m in mentions]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(format_table(mentions))
    return 0 if mentions else 1


def _format(path: str, what: str, ap: argparse.ArgumentParser) -> str:
    if path == "-":
        return "jsonl"
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix == "csv":
        return "csv"
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    ap.error(f"{what} {path!r}: the file name must end in .csv or .jsonl")
    raise AssertionError  # pragma: no cover - ap.error exits


def _read_rows(stream: IO[str], fmt: str) -> Iterator[dict[str, Any]]:
    if fmt == "csv":
        yield from csv.DictReader(stream)
        return
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            row = {"_invalid_json": f"line {number}: {exc}"}
        yield row if isinstance(row, dict) else {"_invalid_json": f"line {number}: not a JSON object"}


def _file_mode(ap: argparse.ArgumentParser, a: argparse.Namespace) -> int:
    """``--input``: one output row per input row, the input's columns plus ``mentions`` and ``error``."""
    in_fmt = _format(a.input, "--input", ap)
    out_fmt = _format(a.output, "--output", ap)
    try:
        source: IO[str] = sys.stdin if a.input == "-" else open(a.input, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        ap.error(f"cannot read --input {a.input!r}: {exc.strerror}")
    rows = _read_rows(source, in_fmt)
    first = next(rows, None)
    if first is not None and a.column not in first:
        source.close()
        ap.error(f"unknown column {a.column!r}: the input has {', '.join(map(repr, first))}")
    pending: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[object]:
        if first is None:
            return
        for row in _chain(first, rows):
            pending.append(row)
            yield row.get(a.column)

    try:
        if a.field:
            results: Iterator[Any] = parse_many(texts(), lang=a.lang, locale=a.locale,
                                                default_currency=a.default_currency,
                                                default_period=a.default_period)
        else:
            results = extract_many(texts(), lang=a.lang, locale=a.locale, default_currency=a.default_currency)
        sink: IO[str] = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except SalarynormError as exc:
        print(f"salarynorm: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        ap.error(f"cannot write --output {a.output!r}: {exc.strerror}")
    n_rows = n_mentions = n_errors = 0
    started = time.perf_counter()
    writer: csv.DictWriter[str] | None = None
    try:
        for result in results:
            row = pending.popleft()
            error: dict[str, Any] | None = None
            mentions: list[Any] = []
            if isinstance(result, RecordError):
                error = result.to_dict()
                n_errors += 1
            elif result is not None:
                found = result if isinstance(result, list) else [result]
                mentions = [m.describe() if a.describe else m.to_dict() for m in found]
            n_rows += 1
            n_mentions += len(mentions)
            if out_fmt == "jsonl":
                sink.write(json.dumps({**row, "mentions": mentions, "error": error}, ensure_ascii=False) + "\n")
            else:
                if writer is None:
                    names = [k for k in row if k not in ("mentions", "error")] + ["mentions", "error"]
                    writer = csv.DictWriter(sink, fieldnames=names, extrasaction="ignore")
                    writer.writeheader()
                writer.writerow({**{k: _cell(v) for k, v in row.items()},
                                 "mentions": json.dumps(mentions, ensure_ascii=False) if mentions else "",
                                 "error": "" if error is None else f"{error['error_type']}: {error['message']}"})
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
        else:
            sink.flush()
    if not a.quiet:
        elapsed = time.perf_counter() - started
        rate = n_rows / elapsed if elapsed > 0 else 0.0
        print(f"salarynorm: {n_rows} rows, {n_mentions} mentions, {n_errors} errors, {rate:,.0f} rows/s",
              file=sys.stderr)
    return 0


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest


def _cell(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
