"""The two entry points: ``extract`` (running text) and ``parse`` (one money field)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ._grammar import Expr, Parser
from ._lexicon import FREE_WORDS, MONTHS, SENTENCE_ENDS
from ._mention import Mention
from ._resolve import build_mentions
from ._scan import NUM, Token, find_anchors, tokenize
from ._values import CurrencySource, Period, check_code

__all__ = ["extract", "parse"]

# Context kept on each side of a currency signal: enough before it for "up to a maximum of", "an annual
# base salary of", "two hundred and fifty thousand", a verb of change ten words back; enough after it for
# a number, a multiplier and a period phrase. A restatement has signals of its own, so its window joins.
_BEFORE: Final = 48
# How many times a window may reach further back into a number written in words (the grammar reads at most
# 40 number words, about four such steps).
_MAX_EXTEND: Final = 6
# How far a restatement in parentheses may run from its opening to its currency signal.
_RESTATEMENT: Final = 200
# Words of context an expression needs before it ("up to a maximum of", "an annual base salary of").
_LOOKBACK: Final = 6
_AFTER: Final = 32
# A window never grows past this: pathological input ("$ $ $ ...") is cut into bounded pieces.
_MAX_WINDOW: Final = 65_536


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}")
    return text


def _check_currency(code: object) -> str | None:
    return None if code is None else check_code(code, "default_currency")


def _unclosed(text: str, span: list[int], anchor: int) -> bool:
    """A window that leaves a parenthesis open, with the next signal soon after, belongs with it: a long
    restatement ("SHP1 (one hundred and thirteen million ... Cayman Islands dollars)")."""
    start, end = span
    return anchor - end < _RESTATEMENT and text.count("(", start, end) > text.count(")", start, end)


def _cut_before(text: str, a: int, floor: int) -> int:
    """Where to end a window that grew too long, before the signal at ``a``: after the last sentence end
    within ``_BEFORE`` characters of it ("... 500 pesos. | It costs 500 pesos"), else at the whitespace
    before the words just ahead of it, else right at the signal."""
    stop = max(floor, a - _BEFORE)
    for k in range(a - 1, stop, -1):
        if text[k].isspace() and (text[k - 1] in SENTENCE_ENDS or text[k - 1] == "\n"):
            return k
    cut = max(stop, a - _BEFORE // 2)
    while cut > stop and not text[cut - 1].isspace():
        cut -= 1
    return cut if cut > floor and text[cut - 1].isspace() else a


def _windows(text: str) -> list[tuple[int, int, list[int]]]:
    """Spans of ``text`` around currency signals, merged where they come close, snapped to whitespace
    so no word is cut, never overlapping, each at most about ``_MAX_WINDOW`` characters."""
    n = len(text)
    spans: list[list[int]] = []
    inside: list[list[int]] = []  # anchor offsets of each window
    for a, b in find_anchors(text):
        s, e = max(0, a - _BEFORE), min(n, b + _AFTER)
        if spans and (s <= spans[-1][1] + _AFTER or _unclosed(text, spans[-1], a)):
            if e - spans[-1][0] <= _MAX_WINDOW:
                spans[-1][1] = max(spans[-1][1], e)
                inside[-1].append(a)
                continue
            # Too long: end the previous window and start anew before this signal's own context (a number
            # before "pesos" belongs to it), at a sentence end if there is one near, else between words.
            cut = _cut_before(text, a, spans[-1][0] + 1)
            spans[-1][1] = cut
            s = cut
        else:
            floor = spans[-1][1] if spans else 0
            stop = max(floor, s - 40)
            while s > stop and not text[s - 1].isspace():
                s -= 1
        if spans:  # snap the previous end forward to whitespace, without reaching this start
            prev = spans[-1]
            stop = min(s, prev[1] + 40)
            while prev[1] < stop and not text[prev[1]].isspace():
                prev[1] += 1
        spans.append([s, e])
        inside.append([a])
    if spans:
        last = spans[-1]
        stop = min(n, last[1] + 40)
        while last[1] < stop and not text[last[1]].isspace():
            last[1] += 1
    return [(s, e, anchors) for (s, e), anchors in zip(spans, inside, strict=True)]


def extract(text: str, *, default_currency: str | None = None) -> list[Mention]:
    """Every money expression in ``text``, in text order, none overlapping.

    ``default_currency`` (an ISO 4217 code) says how an ambiguous sign ("$", "kr", "¥") is read when the
    text itself gives no better evidence. Any ``str`` returns a list; anything else raises ``TypeError``.

    Examples:
        >>> [m.to_dict()["max"] for m in salarynorm.extract("Pay: £45,000 - £55,000 per annum, or $900k/yr")]
        ['55000', '900000']
    """
    _check_text(text)
    default = _check_currency(default_currency)
    if not text:
        return []
    exprs: list[Expr] = []
    floor = 0
    n = len(text)
    windows = _windows(text)
    index = 0
    while index < len(windows):
        s, e, anchors = windows[index]
        index += 1
        tokens = tokenize(text, s, e)
        found = Parser(text, tokens).parse(anchors)
        for _ in range(_MAX_EXTEND):
            if found and s > floor and found[0].t0 < _LOOKBACK:
                # An expression that starts within a few words of the window's start may have words before
                # it that matter ("annual pay of ...", "at least ...", "cut ... from"), or may start earlier
                # still ("thirty five million seven hundred ... dollars"): read further back.
                s = max(floor, s - _BEFORE)
                while s > floor and not text[s - 1].isspace():
                    s -= 1
            elif found and e < n and found[-1].next >= len(tokens) - 2:
                # An expression running into the window's end ("AUD 1 trillion – 10 trillion each day") may
                # go on: read further, taking in the next window if it is reached.
                e = min(n, e + _AFTER)
                while e < n and not text[e].isspace():
                    e += 1
                while index < len(windows) and windows[index][0] <= e:
                    e = max(e, windows[index][1])
                    anchors = anchors + windows[index][2]
                    index += 1
            else:
                break
            tokens = tokenize(text, s, e)
            found = Parser(text, tokens).parse(anchors)
        exprs.extend(found)
        floor = e
    return build_mentions(text, exprs, default_currency=default)


def parse(field: str, *, default_currency: str | None = None,
          default_period: Period | str | None = None) -> Mention | None:
    """The first money expression of one field known to hold money (a price string, a salary column),
    or None. Here a bare number is an amount ("1.299,00", "21,000 + benefits"); the defaults apply only
    where the field itself is silent.

    Examples:
        >>> m = salarynorm.parse("20000 - 30000/annum", default_currency="GBP")
        >>> m.min, m.max, m.currency, m.period.value
        (Decimal('20000'), Decimal('30000'), 'GBP', 'year')
    """
    _check_text(field, "field")
    default = _check_currency(default_currency)
    period = None if default_period is None else Period.parse(default_period).value
    stripped = field.strip().strip("!.*").strip().lower()
    tokens = tokenize(field, 0, len(field))
    if stripped in FREE_WORDS:
        word = field.strip().strip("!.*").strip()
        start = field.index(word)
        return Mention(text=word, start=start, end=start + len(word), min=Decimal(0), max=Decimal(0),
                       currency=default, period=None if period is None else Period(period),
                       currency_source=CurrencySource.DEFAULT if default else CurrencySource.UNKNOWN)
    exprs = [e for e in Parser(field, tokens, field=True).parse() if not _date_like(tokens, e)]
    if not exprs:
        return None
    # A field's money is its first amount with a currency signal ("3 issues for only 14,85 EUR"); a bare
    # number counts only when the field has no signed amount at all.
    signed = [e for e in exprs if not e.field_bare]
    chosen = signed[0] if signed else exprs[0]
    return build_mentions(field, [chosen], default_currency=default, default_period=period)[0]


def _date_like(tokens: list[Token], expr: Expr) -> bool:
    """A bare year after a month name ("July, 2004") is a date, not an amount."""
    if not expr.field_bare or expr.is_range:
        return False
    tok = tokens[expr.t0]
    if tok.kind == NUM and tok.text.isdigit() and len(tok.text) == 4:
        return any(tokens[k].low in MONTHS for k in range(max(0, expr.t0 - 2), expr.t0))
    return False
