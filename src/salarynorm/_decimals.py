"""The one decimal-context policy: exact scaling, and one rounding to 28 digits in a fresh context.

Amounts are exact ``Decimal`` from the text to the result, and no result depends on the caller's
``decimal`` context. Scaling by a power of ten (a multiplier: "$1.5 million") is exact at any size; every
other operation (a division for minor units or fractions, a rate, a period conversion, a ratio) is rounded
once to 28 significant digits, half to even, in a context made for that operation, so that neither a
lowered ``getcontext().prec`` nor another thread's flags can change it. ``salarynorm._values`` re-exports
these for the layers above; the language hooks, below it, import them from here.
"""

from __future__ import annotations

from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from typing import Final

__all__ = ["PRECISION", "context", "scaled"]

#: Significant digits of every rounded result (rates, conversions, ratios, minor units).
PRECISION: Final = 28


def context() -> Context:
    """A fresh context for one rounded operation: 28 digits, half to even, the full exponent range.

    Fresh per call, never the thread's current one: a caller who lowered ``getcontext().prec`` must get
    the same results, and a shared ``Context`` would have its flags written from several threads at once.

    Examples:
        >>> context().divide(Decimal(1), Decimal(3))
        Decimal('0.3333333333333333333333333333')
    """
    return Context(prec=PRECISION, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN,
                   traps=[InvalidOperation, DivisionByZero, Overflow])


def scaled(value: Decimal, power: int) -> Decimal:
    """``value × 10**power``, exactly, whatever the number of digits and the caller's context.

    Examples:
        >>> scaled(Decimal("1.23456789012345678901234567891"), 6)
        Decimal('1234567.89012345678901234567891')
    """
    return value.scaleb(power, context=Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))
