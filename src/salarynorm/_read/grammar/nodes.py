"""What the grammar builds: currency signals, amounts and expressions.

Mutable while the grammar reads them (a range's end learns its multiplier from the other end), never after
``resolve`` has turned them into ``Mention`` objects.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..._decimals import context, scaled

__all__ = ["CODE", "IMPLIED", "MINOR", "NAME", "SIGN", "UNIT", "Amount", "Expr", "Signal"]

# Kinds of signal: how the currency was written.
SIGN: Final = "sign"  # "$", "€", "zł", "Rs"
CODE: Final = "code"  # "USD", "MEUR", "USD$"
NAME: Final = "name"  # "dollars", "Euro", "Franken"
MINOR: Final = "minor"  # "cents", "p", "Rappen"
UNIT: Final = "unit"  # no ISO code ("bitcoin"), or a unit that carries a scale and a period ("LPA")
IMPLIED: Final = "implied"  # none written: "50 grand", "12 lakh per annum"


class Signal:
    """A currency signal as written: a sign, an ISO code, a name, a minor unit or a non-ISO unit.

    ``candidates`` are ISO codes, conventional reading first. ``scale`` is a power of ten the signal itself
    implies ("MUSD" is millions, "LPA" is lakhs), ``divisor`` turns minor units into major ones, and
    ``period`` is a period the signal implies ("LPA" is yearly).
    """

    __slots__ = ("candidates", "convention", "divisor", "end", "kind", "label", "period", "scale", "start",
                 "t0", "t1", "text")

    def __init__(self, kind: str, text: str, candidates: tuple[str, ...], t0: int, t1: int, start: int,
                 end: int, *, convention: str | None = None, divisor: int = 1, scale: int = 0,
                 period: str | None = None, label: str | None = None) -> None:
        self.kind = kind
        self.text = text
        self.candidates = candidates
        self.t0 = t0
        self.t1 = t1
        self.start = start
        self.end = end
        self.convention = convention
        self.divisor = divisor
        self.scale = scale
        self.period = period
        self.label = label

    @property
    def explicit(self) -> bool:
        return len(self.candidates) == 1

    def __repr__(self) -> str:
        return f"Signal({self.kind}, {self.text!r}, {self.candidates[:4]})"


class Amount:
    """One amount: the number as written (multiplier applied), its signal, and its token span."""

    __slots__ = ("decimals", "grand", "mult", "negative", "number", "period", "raw", "scale_word", "signal", "t0", "t1",
                 "tail", "words")

    def __init__(self, number: Decimal, t0: int, t1: int, *, mult: int = 0, decimals: bool = False,
                 words: bool = False) -> None:
        self.number = number
        self.t0 = t0
        self.t1 = t1
        self.mult = mult
        self.decimals = decimals
        self.words = words
        self.grand = False  # a multiplier that means money by itself: "50 grand"
        self.signal: Signal | None = None
        self.raw: str | None = None  # the digits as written, to re-read once the currency is known
        self.tail = 0  # tokens after t1 that belong to the writing but not the surface ("/-" of "₹500/-")
        self.scale_word = ""  # the multiplier word as written, lower case ("k", "million", "lakh")
        self.negative = False  # a minus sign written with it: "-$5.00", "$-5.00", "USD -5"
        self.period: str | None = None  # a period glued to its multiplier: "£25kpa"

    def value(self, signal: Signal | None) -> Decimal:
        """The amount in the major unit, read through ``signal`` (its own, or the one it inherits)."""
        v = self.number
        if signal is not None:
            if signal.scale and not self.mult:
                v = scaled(v, signal.scale)
            if signal.divisor != 1:
                v = context().divide(v, Decimal(signal.divisor))
        return -v if self.negative else v

    def __repr__(self) -> str:
        return f"Amount({self.number}, {self.signal!r}, {self.t0}:{self.t1})"


class Expr:
    """A money expression: one amount or a range, with bound, approximation, period and equivalents."""

    __slots__ = ("approximate", "bound", "bound_text", "end", "equivalents", "field_bare", "hi", "in_words", "lo",
                 "next", "period", "period_text", "start", "t0", "t1")

    def __init__(self, lo: Amount, hi: Amount) -> None:
        self.lo = lo
        self.hi = hi
        self.start = 0  # character offsets of the expression's surface, set by the grammar
        self.end = 0
        self.t0 = lo.t0
        self.t1 = hi.t1
        self.next = hi.t1 + hi.tail  # first token after everything the expression consumed
        self.bound: str | None = None  # "min" (a lower bound only) or "max"
        self.bound_text: str | None = None
        self.approximate = False
        self.period: str | None = None
        self.period_text: str | None = None
        self.equivalents: list[Expr] = []
        self.field_bare = False  # a bare number, money only because the text is a money field
        self.in_words = False  # a restatement after a comma and words ("£2bn, or roughly $2.5bn")

    @property
    def is_range(self) -> bool:
        return self.lo is not self.hi

    def signals(self) -> list[Signal]:
        out = []
        for a in (self.lo, self.hi):
            if a.signal is not None and a.signal not in out:
                out.append(a.signal)
        return out

    def __repr__(self) -> str:
        return f"Expr({self.lo!r}..{self.hi!r}, {self.period}, eq={self.equivalents})"
