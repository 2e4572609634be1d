"""The values the strategies draw: currency forms, money as written with its expected reading, money
embedded in other text."""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

import attrs

from .._mention import Mention
from .._values import Period

Kind = Literal["sign", "dollar", "letters", "code", "name"]
Placement = Literal["prefix", "prefix_space", "suffix", "suffix_space"]
NumberStyle = Literal["plain", "western", "european", "space", "nbsp", "narrow_nbsp", "thin", "space_dot",
                      "apostrophe", "curly_apostrophe", "indian"]

ALL_KINDS: Final[tuple[Kind, ...]] = ("sign", "dollar", "letters", "code", "name")
ALL_STYLES: Final[tuple[NumberStyle, ...]] = ("plain", "western", "european", "space", "nbsp", "narrow_nbsp",
                                              "thin", "space_dot", "apostrophe", "curly_apostrophe", "indian")
#: The open-bound phrases of the design brief: upper bounds before the amount, lower bounds after it.
COMMON_BOUNDS_BEFORE: Final[tuple[str, ...]] = ("up to", "at least", "over", "under", "no more than")
COMMON_BOUNDS_AFTER: Final[tuple[str, ...]] = ("+", "or more")


# --------------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------------


@attrs.frozen
class CurrencyForm:
    """One way of writing a currency next to a number, and the ISO code salarynorm must read from it.

    ``kind`` is "sign" ("€", "£", "$US"), "dollar" (a prefixed dollar: "US$", "A$", "HK$"), "letters" (a
    sign spelled in letters: "zł", "kr", "Rs", "руб."), "code" ("EUR") or "name" ("euros", "US dollars").
    ``explicit`` is False for an ambiguous surface ("$", "£", "kr", "dollars") whose ``currency`` is its
    conventional reading.

    Examples:
        >>> form = currency_forms(kinds=["dollar"]).example()
        >>> form.kind
        'dollar'
    """

    text: str
    currency: str
    kind: Kind
    explicit: bool
    #: True for ISO codes that are also English words ("TOP", "CUP"): written attached to the number only.
    wordlike: bool = False
    #: True for ISO codes that are also common acronyms ("PHP", "SDG"): never right before a bare integer
    #: ("PHP 8" is the language), so only before a grouped, decimal or multiplied number, or after one.
    acronym: bool = False


@attrs.frozen
class RenderedMoney:
    """Money as written (``text``) and the reading salarynorm must give for it.

    ``start``/``end`` delimit the expected mention's surface inside ``text`` (words such as "between",
    "up to" or "per year" lie outside it). ``equivalents`` are the expected restatements, with spans in
    the same ``text``.

    Examples:
        >>> m = RenderedMoney(text="about €5 a day", start=6, end=8, min=Decimal(5), max=Decimal(5),
        ...                   currency="EUR", period=Period.DAY, approximate=True)
        >>> m.surface
        '€5'
    """

    text: str
    start: int
    end: int
    min: Decimal | None
    max: Decimal | None
    currency: str | None
    period: Period | None = None
    approximate: bool = False
    equivalents: tuple[RenderedMoney, ...] = ()

    @property
    def surface(self) -> str:
        """The expected ``Mention.text``."""
        return self.text[self.start : self.end]

    @property
    def is_single(self) -> bool:
        """True for one exact amount (``min == max``)."""
        return self.min is not None and self.min == self.max

    def embed(self, prefix: str = "", suffix: str = "") -> RenderedMoney:
        """The same money with text around it: spans shift by ``len(prefix)``.

        Examples:
            >>> m = RenderedMoney(text="€5", start=0, end=2, min=Decimal(5), max=Decimal(5), currency="EUR")
            >>> m.embed("Paid ", " today.").start
            5
        """
        text = prefix + self.text + suffix
        return self._moved(text, len(prefix))

    def _moved(self, text: str, by: int) -> RenderedMoney:
        return attrs.evolve(
            self,
            text=text,
            start=self.start + by,
            end=self.end + by,
            equivalents=tuple(e._moved(text, by) for e in self.equivalents),
        )

    def mismatches(self, mention: Mention, *, spans: bool = True) -> list[str]:
        """What ``mention`` gets wrong against this expectation (empty when it is right).

        ``spans`` False skips the surface offsets and compares the reading only.
        """
        out: list[str] = []
        for name in ("min", "max", "currency", "period", "approximate"):
            want, got = getattr(self, name), getattr(mention, name)
            if want != got:
                out.append(f"{name}: expected {want!r}, got {got!r}")
        if spans and (mention.start, mention.end) != (self.start, self.end):
            out.append(f"surface: expected {self.surface!r} at {self.start}, got {mention.text!r} at {mention.start}")
        if len(mention.equivalents) != len(self.equivalents):
            out.append(f"equivalents: expected {len(self.equivalents)}, got {len(mention.equivalents)}: "
                       f"{[e.to_dict() for e in mention.equivalents]}")
        else:
            for k, (want_eq, got_eq) in enumerate(zip(self.equivalents, mention.equivalents, strict=True)):
                out.extend(f"equivalent {k}: {p}" for p in want_eq.mismatches(got_eq, spans=spans))
        return out

    def assert_matches(self, mention: Mention, *, spans: bool = True) -> None:
        """Raise AssertionError listing every difference between ``mention`` and this expectation."""
        problems = self.mismatches(mention, spans=spans)
        if problems:
            raise AssertionError(f"{self.text!r}: " + "; ".join(problems) + f"\n  got {mention.to_dict()}")


@attrs.frozen
class Embedded:
    """Money placed inside other text: ``text`` is the whole document, ``offset`` where the money starts,
    ``money`` the money as drawn on its own, ``expected`` its reading inside the document."""

    text: str
    offset: int
    money: RenderedMoney

    @property
    def expected(self) -> RenderedMoney:
        return self.money._moved(self.text, self.offset)


@attrs.frozen
class _Num:
    text: str  # digits, with the multiplier when one is written
    value: Decimal
    letter_end: bool  # ends in a letter ("60k", "2 million"): a letter currency must not be attached
