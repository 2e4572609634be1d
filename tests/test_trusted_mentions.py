"""The reader builds its mentions through a trusted path (``_read.resolve._made``: field by field, without
the public constructor's checks). Every mention it builds must be the one ``Mention(...)`` builds from the
same fields: amounts stored without exponent noise, nothing left unset, equal, hashed and shown alike.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

import attrs
import pytest

import salarynorm
from salarynorm._mention import Mention
from salarynorm._read.resolve import _made
from salarynorm._values import CurrencySource

TEXTS = [
    "£25,000 - £30,000 per annum",
    "€57k",
    "Price: €4.3bn",
    "Rs 3.8 crore",
    "$22.50 an hour",
    "12.00 EUR",
    "up to $650,000",
    "$100,000+",
    "between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year",
    "$1,150.40/week ($28.76/hour)",
    "-$5.00",
    "1.3E+6 dollars, 0.50 USD, 100.0 USD, 99p",
]


def _all(mention: Mention) -> list[Mention]:
    return [mention, *(m for e in mention.equivalents for m in _all(e))]


@pytest.mark.parametrize("text", TEXTS)
def test_read_mentions_are_what_the_constructor_builds(text: str) -> None:
    found = [*salarynorm.extract(text), salarynorm.parse(text)]
    assert found[-1] is not None
    for mention in (m for top in found if top is not None for m in _all(top)):
        fields = {f.name: getattr(mention, f.name) for f in attrs.fields(Mention)}
        checked = Mention(**fields)
        assert checked == mention
        assert hash(checked) == hash(mention)
        assert repr(checked) == repr(mention)
        assert str(checked.min) == str(mention.min) and str(checked.max) == str(mention.max)


@pytest.mark.parametrize("capitals", [1, 0])  # a caller's context may write exponents with a small "e"
@pytest.mark.parametrize("value", ["25000", "-25000", "12.99", "5.7E+4", "-5.7E+4", "22.50", "12.00", "100.0",
                                   "-0E+3", "0", "-0", "0.0", "0.001", "1E-7", "1.20E-7", "1E+30", "0.10"])
def test_trusted_amounts_are_stored_as_the_constructor_stores_them(value: str, capitals: int) -> None:
    amount = Decimal(value)
    with localcontext() as ctx:
        ctx.capitals = capitals
        made = _made("x", 0, 1, amount, amount, None, None, False, (), CurrencySource.UNKNOWN, (), None, None,
                     None, "en")
        checked = Mention(text="x", start=0, end=1, min=amount, max=amount, language="en")
    assert repr(made.min) == repr(checked.min) and repr(made.max) == repr(checked.max)
    assert made == checked


def test_a_low_end_above_the_high_end_is_refused_as_the_constructor_refuses_it() -> None:
    with pytest.raises(ValueError, match="above max"):
        _made("x", 0, 1, Decimal(2), Decimal(1), None, None, False, (), CurrencySource.UNKNOWN, (), None, None,
              None, "en")
