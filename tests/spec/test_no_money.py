"""Text with numbers but no currency signal holds no money."""

from __future__ import annotations

from hypothesis import given

import salarynorm
from salarynorm import strategies as sst


@given(sst.non_money())
def test_numbers_without_currency_are_not_money(text: str) -> None:
    """Bare integers and decimals, percentages ("5%", "12.5 percent"), years and dates, times ("10:30"),
    phone numbers, versions ("v1.2.3"), "401(k)", "Fortune 500", "24/7", "Q3", and counts ("160,000
    actors", "1.5 million people", "45k runners") give no mention at all."""
    assert salarynorm.extract(text) == [], [m.to_dict() for m in salarynorm.extract(text)]
