"""Every amount of money in a news paragraph, with how each currency was decided.

Run it with ``python examples/news_paragraph.py``. It needs only salarynorm and no network.

The paragraph is a made-up wire story about executive pay and a union's health-plan threshold. It has:

* a yearly range quoted in two currencies;
* a bare "$" that restates an amount written as "US$" earlier;
* an open lower bound ("at least"), an open upper bound ("up to") and an approximation ("about");
* a sterling figure with a multiplier ("£2.5bn");
* an hourly rate.

It is read twice. The first pass has no default currency, which is how a wire service means a bare "$":
the US dollar. The second pass uses ``default_currency="AUD"``, which is how a Sydney newspaper printing
the same words would mean it.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

import salarynorm
from salarynorm import Mention

PARAGRAPH = (
    "SYDNEY, March 4 - Executives at Meridian Health, the Anglo-Australian hospital group, will be offered "
    "a salary of between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year under a new pay "
    "framework, according to documents seen by the nurses' union. The union said its health plan covers "
    "only members earning at least US$26,470 a year, and that the $26,470 threshold had not moved since "
    "2019. Meridian, valued at £2.5bn when it listed in London, has set aside up to $40 million for "
    "bonuses and about €12 million for its European staff. Night-shift nurses earn $38.50 an hour, the "
    "union said."
)


def amount_text(m: Mention) -> str:
    """The range, bound or single amount, with thousands separators."""
    if m.min is None:
        return f"up to {m.max:,}"
    if m.max is None:
        return f"at least {m.min:,}"
    if m.min == m.max:
        return f"{m.min:,}"
    return f"{m.min:,} – {m.max:,}"


def currency_text(m: Mention) -> str:
    """The ISO code and how it was decided, with the sign as written."""
    code = m.currency or "?"
    written = f' from "{m.currency_text}"' if m.currency_text else ""
    return f"{code} ({m.currency_source.value}{written})"


def report(mentions: list[Mention]) -> None:
    for number, m in enumerate(mentions, 1):
        print(f'{number}. "{m.text}"  [characters {m.start}–{m.end}]')
        print(f"     amount:   {amount_text(m)}")
        print(f"     currency: {currency_text(m)}")
        if m.period is not None:
            print(f'     period:   {m.period.value} (from "{m.period_text}")')
        if m.bound_text is not None:
            print(f'     bound:    "{m.bound_text}"')
        if m.approximate:
            print("     approximate")
        for e in m.equivalents:
            period = f" per {e.period.value}" if e.period is not None else ""
            print(f'     = "{e.text}": {amount_text(e)} {currency_text(e)}{period}')


def main() -> None:
    print("Paragraph:")
    print(textwrap.fill(PARAGRAPH, width=100, initial_indent="  ", subsequent_indent="  "))
    print()

    mentions = salarynorm.extract(PARAGRAPH)
    print(f"Money found: {len(mentions)} mentions (no default currency: a bare '$' is the US dollar)")
    print()
    report(mentions)
    print()

    # Mentions with exact amounts in the same currency and period can be compared directly.
    salary = mentions[0]
    threshold = next(m for m in mentions if m.bound_text == "at least")
    comparable = (salary.currency, salary.period) == (threshold.currency, threshold.period)
    if comparable and salary.min is not None and salary.max is not None and threshold.min is not None:
        low = (salary.min / threshold.min).quantize(Decimal("0.1"))
        high = (salary.max / threshold.min).quantize(Decimal("0.1"))
        print(
            f"The salary range is {low} to {high} times the union's threshold of "
            f"{threshold.currency} {threshold.min:,} per {salary.period}."
        )
    print()

    # The same words printed by an Australian newspaper: a bare "$" there is the Australian dollar,
    # unless the text itself says otherwise.
    local = salarynorm.extract(PARAGRAPH, default_currency="AUD")
    print("Read with default_currency='AUD' (an Australian newspaper):")
    for before, after in zip(mentions, local, strict=True):
        if before.currency != after.currency:
            print(f'  "{after.text}": {before.currency} -> {after.currency} ({after.currency_source.value})')
        else:
            print(f'  "{after.text}": {after.currency} unchanged ({after.currency_source.value})')


if __name__ == "__main__":
    main()
