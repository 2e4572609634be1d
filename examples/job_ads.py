"""Salaries from job ads: running text with ``extract``, salary columns with ``parse``.

Run it with ``python examples/job_ads.py``. It needs only salarynorm and no network.

Part 1 reads the free text of ads from several countries. In running text, only amounts with a currency
signal are money: "3 days a week", "25 days holiday", "401(k)" and "6%" are not reported.

Part 2 reads the salary column of a job-board export, where every cell is known to hold money. There a
bare number is an amount, and the board's country gives the defaults. ``default_currency`` and
``default_period`` apply only where a cell is silent. A cell that states its own currency or period
keeps it.
"""

from __future__ import annotations

import salarynorm
from salarynorm import Mention

ADS = [
    ("UK", "Senior Data Analyst, Leeds. £45,000 - £55,000 per annum + benefits. Hybrid, 3 days a week in "
           "the office, 25 days holiday."),
    ("US", "Registered Nurse, night shift (Phoenix, AZ): $38–$45/hr, plus a $5,000 sign-on bonus and "
           "401(k) matching up to 6%."),
    ("India", "Backend Engineer, Bengaluru. CTC ₹12–15 LPA for 3-5 years of experience; joining bonus "
              "Rs 50,000."),
    ("Canada", "Software Engineer, Toronto: C$95,000 to C$110,000 a year, about 15% bonus."),
    # German period words ("pro Jahr") are not read: the period stays empty here, see part 2.
    ("Germany", "Projektleiter (m/w/d), München: 45.000 € brutto pro Jahr, 30 Tage Urlaub."),
]

# (salary cell, the board's default currency, the board's default period)
SALARY_COLUMN = [
    ("£18,000 to £22,000 per annum + Benefits", "GBP", "year"),
    ("21,000 + benefits", "GBP", "year"),
    ("Up to £40,000", "GBP", "year"),
    ("18,000 to Competitive", "GBP", "year"),
    ("Competitive", "GBP", "year"),
    ("$25/hr", "USD", "year"),
    ("85000", "USD", "year"),
    ("$85K – $110K (Glassdoor est.)", "USD", "year"),
    ("12-15 LPA", "INR", "year"),
    ("8,00,000", "INR", "year"),
    ("45.000 € brutto pro Jahr", "EUR", "year"),
    ("1.299,00", "EUR", "month"),
    ("$32.50 per hour", "AUD", "year"),
]


def amount_text(m: Mention) -> str:
    if m.min is None:
        return f"up to {m.max:,}"
    if m.max is None:
        return f"from {m.min:,}"
    if m.min == m.max:
        return f"{m.min:,}"
    return f"{m.min:,} – {m.max:,}"


def table(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [head, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def row(label: str, m: Mention) -> list[str]:
    return [
        label,
        m.text,
        amount_text(m),
        m.currency or "?",
        m.currency_source.value,
        m.period.value if m.period else "",
        "~" if m.approximate else "",
    ]


def main() -> None:
    print("Part 1: job ads as running text (extract)")
    print()
    rows = []
    for country, ad in ADS:
        for m in salarynorm.extract(ad):
            rows.append(row(country, m))
    print(table(["ad", "text", "amount", "currency", "decided by", "period", "approx"], rows))
    print()

    print("Part 2: a salary column (parse with the board's defaults)")
    print()
    rows = []
    for cell, currency, period in SALARY_COLUMN:
        m = salarynorm.parse(cell, default_currency=currency, default_period=period)
        defaults = f"{currency}/{period}"
        if m is None:
            rows.append([repr(cell), defaults, "(no amount)", "", "", "", ""])
        else:
            rows.append([repr(cell), defaults, *row("", m)[2:]])
    print(table(["cell", "defaults", "amount", "currency", "decided by", "period", "approx"], rows))


if __name__ == "__main__":
    main()
