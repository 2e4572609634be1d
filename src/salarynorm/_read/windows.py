"""Stage 2 of reading: windows of text around the anchors, the only text that is tokenized.

Each anchor gets context on both sides (enough before it for "up to a maximum of", "an annual base salary
of", "two hundred and fifty thousand"; enough after it for a number, a multiplier and a period phrase);
windows that come close are merged, snapped to whitespace so no word is cut, never overlap and never grow
past ``MAX_WINDOW`` characters, so pathological input ("$ $ $ ...") is cut into bounded pieces. A window
whose expression runs into its edge is grown (``grow``) and read again.
"""

from __future__ import annotations

from typing import Final

__all__ = ["BEFORE", "MAX_EXTEND", "MAX_WINDOW", "grow_back", "grow_forward", "windows"]

# Context kept on each side of a currency signal: enough before it for "up to a maximum of", "an annual
# base salary of", "two hundred and fifty thousand", a verb of change ten words back; enough after it for
# a number, a multiplier and a period phrase. A restatement has signals of its own, so its window joins.
BEFORE: Final = 48
AFTER: Final = 32
# How many times a window may reach further back into a number written in words (the grammar reads at most
# 40 number words, about four such steps).
MAX_EXTEND: Final = 6
# How far a restatement in parentheses may run from its opening to its currency signal.
RESTATEMENT: Final = 200
# Words of context an expression needs before it ("up to a maximum of", "an annual base salary of").
LOOKBACK: Final = 6
# A window never grows past this: pathological input ("$ $ $ ...") is cut into bounded pieces.
MAX_WINDOW: Final = 65_536


def _unclosed(text: str, span: list[int], anchor: int) -> bool:
    """A window that leaves a parenthesis open, with the next signal soon after, belongs with it: a long
    restatement ("SHP1 (one hundred and thirteen million ... Cayman Islands dollars)")."""
    start, end = span
    opened = text.count("(", start, end) + text.count("（", start, end)
    return anchor - end < RESTATEMENT and opened > text.count(")", start, end) + text.count("）", start, end)


def _cut_before(text: str, a: int, floor: int, sentence_ends: frozenset[str]) -> int:
    """Where to end a window that grew too long, before the signal at ``a``: after the last sentence end
    within ``BEFORE`` characters of it ("... 500 pesos. | It costs 500 pesos"), else at the whitespace
    before the words just ahead of it, else right at the signal."""
    stop = max(floor, a - BEFORE)
    for k in range(a - 1, stop, -1):
        if text[k].isspace() and (text[k - 1] in sentence_ends or text[k - 1] == "\n"):
            return k
    cut = max(stop, a - BEFORE // 2)
    while cut > stop and not text[cut - 1].isspace():
        cut -= 1
    return cut if cut > floor and text[cut - 1].isspace() else a


def windows(text: str, anchors: list[tuple[int, int]],
            sentence_ends: frozenset[str]) -> list[tuple[int, int, list[int]]]:
    """(start, end, anchor offsets) of the windows of ``text`` around the anchor spans ``anchors``, in order,
    merged where they come close, snapped to whitespace, never overlapping, each at most about
    ``MAX_WINDOW`` characters."""
    n = len(text)
    spans: list[list[int]] = []
    inside: list[list[int]] = []  # anchor offsets of each window
    for a, b in anchors:
        s, e = max(0, a - BEFORE), min(n, b + AFTER)
        if spans and (s <= spans[-1][1] + AFTER or _unclosed(text, spans[-1], a)):
            if e - spans[-1][0] <= MAX_WINDOW:
                spans[-1][1] = max(spans[-1][1], e)
                inside[-1].append(a)
                continue
            # Too long: end the previous window and start anew before this signal's own context (a number
            # before "pesos" belongs to it), at a sentence end if there is one near, else between words.
            cut = _cut_before(text, a, spans[-1][0] + 1, sentence_ends)
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
    return [(s, e, found) for (s, e), found in zip(spans, inside, strict=True)]


def grow_back(text: str, s: int, floor: int) -> int:
    """A window start moved ``BEFORE`` characters back (not below ``floor``), snapped to whitespace."""
    s = max(floor, s - BEFORE)
    while s > floor and not text[s - 1].isspace():
        s -= 1
    return s


def grow_forward(text: str, e: int) -> int:
    """A window end moved ``AFTER`` characters forward, snapped to whitespace."""
    n = len(text)
    e = min(n, e + AFTER)
    while e < n and not text[e].isspace():
        e += 1
    return e
