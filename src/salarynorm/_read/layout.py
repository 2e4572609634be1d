"""Stage 5c of reading: what the layout of the text says about an amount: periods stated by a table's
header or by the line that introduces a list.

Rules (``layout_periods``), for expressions with no period of their own:

* **a column's header**: in a table written with pipes (markdown, with or without its ``|---|`` row) or
  tabs, the first row is the header when it holds no money; an amount in a column whose header states a
  period ("Annual salary", "Per month", "Weekly pay", "Hourly", "Salary (per annum)", "Day rate") takes it;
* **a row's label**: an amount in a column whose header states none takes the period its row's first cell
  states ("| Hourly rate | £15 | £18 |");
* **a list's header**: the items of a list (lines bulleted "-", "*", "•" or numbered "1.", or short lines
  without a blank between them) under a short line ending in ":" that states a period ("Day rates for
  contractors:") take it.

A header states a period the way the grammar reads one (``grammar.periods``, every word from the language
data): a period phrase or word ("Per month", "Hourly", "(per annum)", "/hr"), a period adjective on a pay
noun ("Annual salary", "Day rates", "Monthly gross pay") or a compound pay noun ("Jahresgehalt"). A period
adjective on a word that is no pay noun ("Annual report", "Monthly users", "rapport annuel") states none,
nor does a header with two different periods ("Hourly / annual"). Linear in the text: one pass over its
lines, each header cell read once.
"""

from __future__ import annotations

from typing import Final

from .grammar import Cursor, Expr
from .grammar.periods import compound_period, period_phrase_at
from .tokens import WORD, tokenize
from .vocabulary import Vocabulary

__all__ = ["cell_start", "header_period", "layout_periods"]

# A header cell or a list's header longer than this is a sentence, not a label.
_LABEL: Final = 80
# Pay words read after a period adjective ("annual base salary", "monthly gross pay").
_PAY_WORDS: Final = 3
_BULLETS: Final = frozenset("-*•+–·▪◦")
_SEPARATOR: Final = frozenset("-: ")


def layout_periods(text: str, exprs: list[Expr], v: Vocabulary) -> None:
    """Give each expression without a period the period its table column, table row or list header
    states."""
    if not exprs or ("|" not in text and "\t" not in text and ":\n" not in text and ":\r\n" not in text):
        return  # no table and no list header: the common case, decided by C-speed scans
    if all(e.period is not None for e in exprs):
        return
    lines = _lines(text)
    held: list[list[Expr]] = [[] for _ in lines]  # the expressions starting on each line
    li = 0
    for e in exprs:
        while li + 1 < len(lines) and lines[li + 1][0] <= e.start:
            li += 1
        held[li].append(e)
    i = 0
    while i < len(lines):
        kind = _row_kind(text, lines[i])
        if kind:
            j = i + 1
            while j < len(lines) and _row_kind(text, lines[j]) == kind:
                j += 1
            if any(e.period is None for k in range(i, j) for e in held[k]):
                _table(text, lines[i:j], held[i:j], kind, v)
            i = j
        elif _list_header(text, lines[i]) and not held[i]:
            i = _list(text, lines, held, i, v)
        else:
            i += 1


def cell_start(text: str, lo: int, start: int) -> int:
    """Where the table cell holding offset ``start`` begins, or ``lo`` if no cell edge ("|", a tab) lies
    between them: what is said in another cell (a neighbouring column's header) is not the amount's clause."""
    return max(lo, text.rfind("|", lo, start) + 1, text.rfind("\t", lo, start) + 1)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out: list[tuple[int, int]] = []
    s = 0
    n = len(text)
    while s <= n:
        e = text.find("\n", s)
        if e < 0:
            e = n
        out.append((s, e - 1 if e > s and text[e - 1] == "\r" else e))
        s = e + 1
    return out


def _row_kind(text: str, line: tuple[int, int]) -> str:
    """"|" or "\t" when the line is a table row of at least two cells written with it, else ""."""
    s, e = line
    for sep in ("|", "\t"):
        if text.find(sep, s, e) >= 0 and len(_cells(text, line, sep)) >= 2:
            return sep
    return ""


def _cells(text: str, line: tuple[int, int], sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row; the empty edges of "| a | b |" and of an indented line are no
    cells."""
    s, e = line
    cells: list[tuple[int, int]] = []
    a = s
    while True:
        b = text.find(sep, a, e)
        if b < 0:
            cells.append((a, e))
            break
        cells.append((a, b))
        a = b + 1
    if cells and not text[cells[0][0] : cells[0][1]].strip():
        cells.pop(0)
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells.pop()
    return cells


def _separator_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """A markdown table's row under its header: "|---|:---:|"."""
    for s, e in cells:
        cell = text[s:e]
        if "-" not in cell or not set(cell) <= _SEPARATOR:
            return False
    return True


def _cell_of(cells: list[tuple[int, int]], expr: Expr) -> int:
    """The index of the cell holding the expression, or -1 when it runs over a cell's edge."""
    for index, (s, e) in enumerate(cells):
        if s <= expr.start < e:
            return index if expr.end <= e else -1
    return -1


def _table(text: str, rows: list[tuple[int, int]], held: list[list[Expr]], sep: str, v: Vocabulary) -> None:
    """Periods from the header of one table (``rows``, its consecutive lines) and from its rows' labels."""
    header = _cells(text, rows[0], sep)
    columns: list[tuple[str, str] | None] = []
    first = 0
    if len(rows) > 1 and not held[0]:  # a first row that holds money is data: the table has no header
        columns = [header_period(text, s, e, v) for s, e in header]
        first = 1
        if _separator_row(text, _cells(text, rows[1], sep)):
            first = 2
    for r in range(first, len(rows)):
        todo = [e for e in held[r] if e.period is None]
        if not todo:
            continue
        cells = _cells(text, rows[r], sep)
        aligned = len(cells) == len(header)
        label: tuple[str, str] | None = None
        if not any(_cell_of(cells, e) == 0 for e in held[r]):
            label = header_period(text, cells[0][0], cells[0][1], v)
        for e in todo:
            col = _cell_of(cells, e)
            if col < 0:
                continue
            got = columns[col] if aligned and col < len(columns) else None
            if got is None and col > 0:
                got = label
            if got is not None:
                e.period, e.period_text = got


def _list_header(text: str, line: tuple[int, int]) -> bool:
    """A short line ending in ":" ("Day rates for contractors:")."""
    s, e = line
    head = text[s:e].strip()
    return 1 < len(head) <= _LABEL and head.endswith(":")


def _bulleted(text: str, line: tuple[int, int]) -> bool:
    """A list item: "- Senior: £600", "• Junior £350", "1. Senior", "2) Junior"."""
    s, e = line
    item = text[s:e].lstrip()
    if len(item) > 1 and item[0] in _BULLETS and item[1] in " \t":
        return True
    digits = 0
    while digits < len(item) and digits < 3 and item[digits].isdigit():
        digits += 1
    return 0 < digits < len(item) - 1 and item[digits] in ".)" and item[digits + 1] in " \t"


def _list(text: str, lines: list[tuple[int, int]], held: list[list[Expr]], i: int, v: Vocabulary) -> int:
    """Periods from the list header at line i to the items under it; the index of the line after them."""
    j = i + 1
    while j < len(lines) and not text[lines[j][0] : lines[j][1]].strip():
        j += 1  # blank lines between the header and its first item
    if j >= len(lines):
        return j
    bullets = _bulleted(text, lines[j])
    items: list[int] = []
    k = j
    while k < len(lines):
        s, e = lines[k]
        blank = not text[s:e].strip()
        if bullets and (blank or _bulleted(text, lines[k])):
            if not blank:
                items.append(k)
        elif not bullets and not blank and e - s <= _LABEL and not _list_header(text, lines[k]):
            items.append(k)  # short lines without bullets, up to the first blank line
        else:
            break
        k += 1
    if not any(e.period is None for k2 in items for e in held[k2]):
        return k
    got = header_period(text, lines[i][0], lines[i][1], v)
    if got is not None:
        for k2 in items:
            for expr in held[k2]:
                if expr.period is None:
                    expr.period, expr.period_text = got
    return k


def header_period(text: str, s: int, e: int, v: Vocabulary) -> tuple[str, str] | None:
    """(period, the words stating it as written) of the header text[s:e] ("Annual salary", "Per month",
    "Hourly", "Salary (per annum)", "Day rates for contractors"), or None when it states no period or two
    different ones."""
    if e - s > _LABEL:
        return None
    tokens = tokenize(text, s, e, v.dotted_words, v.dotted_signs, v.elisions, v.tokens)
    cur = Cursor(text, tokens, v)
    found: tuple[str, str] | None = None
    k = 0
    while k < cur.n:
        got = _period_at(cur, k)
        if got is None:
            k += 1
            continue
        period, end = got
        if found is not None and found[0] != period:
            return None  # "Hourly / annual"
        if found is None:
            found = period, text[cur.t[k].start : cur.t[end - 1].end]
        k = end
    return found


def _period_at(cur: Cursor, k: int) -> tuple[str, int] | None:
    """(period, index after it) of a header's period starting at token k."""
    lang = cur.lang
    compound = compound_period(cur, k)
    if compound is not None:
        return compound, k + 1  # "Jahresgehalt", "Stundenlohn"
    w = cur.t[k].low
    if w in lang.period_adjectives:
        j = k + 1
        noun = 0
        while j < cur.n and j - k <= _PAY_WORDS and cur.t[j].kind == WORD and cur.near(j) \
                and _pay_word(cur, cur.t[j].low):
            if cur.t[j].low in lang.pay_nouns or cur.t[j].low not in lang.pay_noun_modifiers:
                noun = j + 1
            j += 1
        if noun:
            return lang.period_adjectives[w], noun  # "Annual salary", "Day rates", "Monthly gross pay"
    got = period_phrase_at(cur, k, label=True)
    if got is None:
        return None
    period, end = got
    if end == k + 1 and w in lang.period_adjectives and ((end < cur.n and cur.near(end) and _other_noun(cur, end))
                                                         or (k > 0 and cur.near(k) and _other_noun(cur, k - 1))):
        return None  # an adjective on another noun: "Annual report", "Monthly users", "rapport annuel"
    return period, end


def _other_noun(cur: Cursor, j: int) -> bool:
    """Token j, next to a period adjective, is a word of its own that is no pay word: the noun the adjective
    qualifies ("report" of "Annual report"); not "for" of "Hourly for contractors"."""
    if cur.t[j].kind != WORD:
        return False
    w = cur.t[j].low
    return w not in cur.lang.function_words and not _pay_word(cur, w)


def _pay_word(cur: Cursor, w: str) -> bool:
    """A pay noun, a modifier or a qualifier of one ("salary", "base", "gross", "Bruttogehalt")."""
    lang = cur.lang
    if w in lang.pay_nouns or w in lang.pay_noun_modifiers or w in lang.pay_qualifiers:
        return True
    return any(w.startswith(q) and w[len(q):] in lang.pay_nouns for q in lang.pay_qualifiers)  # "bruttogehalt"
