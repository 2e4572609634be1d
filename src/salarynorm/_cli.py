"""The ``salarynorm`` console command: print the money found in a text, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ._api import extract, parse
from ._errors import SalarynormError
from ._mention import Mention
from ._values import plain

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
    a = ap.parse_args(argv)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
