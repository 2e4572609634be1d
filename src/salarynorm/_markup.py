"""HTML in, offsets into the source: ``extract(page, markup="html")``.

The page is parsed by the standard library's :class:`html.parser.HTMLParser` (no dependency; its
``getpos()`` gives where each tag and each run of text starts). From its events this module builds the text
a reader sees, with a map from every character of that text back to the raw markup:

* tags are skipped; an inline tag inside an amount ("<span>£</span>25,000") leaves it whole;
* the content of ``<script>``, ``<style>``, ``<template>``, ``<noscript>`` and ``<iframe>``, comments, CDATA
  sections (a comment in HTML, as browsers read them), declarations and processing instructions is skipped;
* character references are decoded the way browsers and :func:`html.unescape` decode them: named
  ("&pound;"), decimal ("&#36;"), hex ("&#x24;"), and the legacy names without ";" ("&pound25");
* block elements (p, div, li, h1–h6, tr, table, section, ``<br>``...) end a line (a blank line around
  paragraphs, headings and tables), so amounts in neighbouring blocks never merge; the cells of a table row
  are separated by " | " (a pipe table, as markdown writes one), so the layout stage reads a table's
  header (``_read/layout.py``) and the reading never joins two cells (a tab would not stop "1 Rs<tab>1"
  being read as "Rs 1");
* runs of whitespace collapse to one space, as a browser shows them (not inside ``<pre>``).

The mentions read in that text are then mapped back: ``page[m.start:m.end]`` is the markup of the mention
from the first character of its first token to the last character of its last one, entities and inline
tags included, and ``m.text`` is that slice (the contract: ``text == source[start:end]``). The phrases
recorded as written (``currency_text``, ``period_text``, ``bound_text``) stay decoded text.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser
from typing import Final

import attrs

from ._mention import Mention

__all__ = ["MARKUPS", "HtmlText", "check_markup", "html_text"]

MARKUPS: Final = ("text", "html")

# The character references html.unescape decodes (the same pattern as the standard library's).
_CHARREF: Final = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_SPACE: Final = re.compile(r"[ \t\n\r\f]+")
_HTML_SPACE: Final = frozenset(" \t\n\r\f")

_SKIPPED: Final = frozenset({"script", "style", "template", "noscript", "iframe"})
# Blocks set apart by a blank line, and blocks that end a line.
_PARAGRAPHS: Final = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "blockquote", "pre", "ul", "ol",
    "dl", "header", "footer", "main", "nav", "aside", "form", "figure", "hr", "address", "fieldset", "details",
    "title", "caption",
})
_LINES: Final = frozenset({
    "div", "li", "dd", "dt", "br", "tr", "tbody", "thead", "tfoot", "body", "html", "head", "center", "dialog",
    "dir", "figcaption", "frameset", "hgroup", "legend", "menu", "summary", "option", "select", "textarea",
    "label", "button",
})
_CELLS: Final = frozenset({"td", "th"})

_DATA: Final = 0
_START: Final = 1
_END: Final = 2
_OTHER: Final = 3


def check_markup(markup: object) -> str:
    """``markup`` checked: "text" or "html"."""
    if not isinstance(markup, str):
        raise TypeError(f"markup must be 'text' or 'html' (a str), not {type(markup).__name__}")
    if markup not in MARKUPS:
        raise ValueError(f"markup={markup!r} is not one of 'text', 'html'")
    return markup


class _Events(HTMLParser):
    """Every event of the page with the offset where it starts: (offset, kind, tag)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[int, int, str]] = []
        self._lines = [0]
        find = page.find
        i = find("\n")
        while i >= 0:
            self._lines.append(i + 1)
            i = find("\n", i + 1)

    def _at(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def handle_data(self, data: str) -> None:
        self.events.append((self._at(), _DATA, ""))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), _START, tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), _START, tag))
        if tag in _SKIPPED:  # "<script/>" holds nothing
            self.events.append((self._at(), _END, tag))

    def handle_endtag(self, tag: str) -> None:
        self.events.append((self._at(), _END, tag))

    def handle_comment(self, data: str) -> None:
        self.events.append((self._at(), _OTHER, ""))

    def handle_decl(self, decl: str) -> None:
        self.events.append((self._at(), _OTHER, ""))

    def handle_pi(self, data: str) -> None:
        self.events.append((self._at(), _OTHER, ""))

    def unknown_decl(self, data: str) -> None:
        self.events.append((self._at(), _OTHER, ""))


class HtmlText:
    """The text a reader sees in an HTML page, and the map of its characters back to the page.

    The text is kept as pieces: a piece copied from the page (each character at its own offset) or a piece
    standing for a span of the page (an entity, a collapsed run of spaces, a separator a tag stands for).
    """

    def __init__(self, page: str) -> None:
        self.page = page
        self._parts: list[str] = []
        self._starts: list[int] = []  # where each piece starts in the text
        self._src: list[int] = []  # where it starts in the page
        self._src_end: list[int] = []  # where it ends in the page (pieces standing for a span)
        self._copied: list[bool] = []
        self._length = 0
        # What is owed before the next visible character: line breaks, cell separators, a space.
        # (``_tabs`` counts the cell edges owed: one " | " each.)
        self._breaks = 0
        self._tabs = 0
        self._space = -1
        self._owed_at = 0
        self._pre = 0
        self._cell = 0
        self._cells_in_row = 0
        self._skip: dict[str, int] = {}
        self._build()
        self.text = "".join(self._parts)

    # -- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        parser = _Events(self.page)
        parser.feed(self.page)
        events = parser.events
        n = len(self.page)
        rest = parser.rawdata  # what the parser holds back, waiting for more of the page
        if parser.cdata_elem is not None or (len(rest) > 1 and rest[0] == "<"):
            # A tag, comment or declaration left open runs to the end of the page and shows nothing, as
            # HTML5 reads the end of the file inside one (and so does an unclosed <script>). close() would
            # re-read it from each next character (quadratic in Python before the fix of CVE-2025-6069).
            events.append((n - len(rest), _OTHER, ""))
        else:
            parser.close()
        skipping = 0
        for k, (at, kind, tag) in enumerate(events):
            if kind == _DATA:
                if not skipping:
                    self._data(at, events[k + 1][0] if k + 1 < len(events) else n)
            elif kind == _START:
                if tag in _SKIPPED:
                    self._skip[tag] = self._skip.get(tag, 0) + 1
                    skipping += 1
                elif not skipping:
                    self._tag(tag, at, True)
            elif kind == _END:
                if tag in _SKIPPED:
                    if self._skip.get(tag, 0) > 0:
                        self._skip[tag] -= 1
                        skipping -= 1
                elif not skipping:
                    self._tag(tag, at, False)

    def _owe_break(self, count: int, at: int) -> None:
        if self._cell:  # a block inside a table cell stays in its cell: a space
            self._owe_space(at)
            return
        if count > self._breaks:
            self._breaks = count
            self._owed_at = at

    def _owe_space(self, at: int) -> None:
        if self._space < 0:
            self._space = at

    def _tag(self, tag: str, at: int, start: bool) -> None:
        if tag in _CELLS:
            if start:
                if self._cells_in_row:
                    self._tabs += 1
                    if not self._breaks:
                        self._owed_at = at
                self._cells_in_row += 1
                self._cell += 1
            elif self._cell:
                self._cell -= 1
            return
        if tag == "tr" or tag == "table":
            self._cells_in_row = 0
            self._cell = 0
            self._tabs = 0
        if tag == "pre":
            self._pre = max(0, self._pre + (1 if start else -1))
        if tag in _PARAGRAPHS:
            self._owe_break(2, at)
        elif tag in _LINES and (start or tag != "br"):
            self._owe_break(1, at)

    def _piece(self, text: str, src: int, src_end: int, copied: bool) -> None:
        self._parts.append(text)
        self._starts.append(self._length)
        self._src.append(src)
        self._src_end.append(src_end)
        self._copied.append(copied)
        self._length += len(text)

    def _pay_owed(self) -> None:
        separator = ""
        if self._length:
            separator = "\n" * self._breaks
        separator += " | " * self._tabs
        if separator:
            self._piece(separator, self._owed_at, self._owed_at, False)
        elif self._space >= 0 and self._length:
            self._piece(" ", self._space, self._space + 1, False)
        self._breaks = self._tabs = 0
        self._space = -1

    def _visible(self, text: str, src: int, src_end: int, copied: bool) -> None:
        if self._breaks or self._tabs or self._space >= 0:
            self._pay_owed()
        self._piece(text, src, src_end, copied)

    def _plain(self, lo: int, hi: int) -> None:
        """Page text without references, from ``lo`` to ``hi``."""
        page = self.page
        if self._pre:
            if lo < hi:
                self._visible(page[lo:hi], lo, hi, True)
            return
        a = lo
        for m in _SPACE.finditer(page, lo, hi):
            if m.start() > a:
                self._visible(page[a : m.start()], a, m.start(), True)
            self._owe_space(m.start())
            a = m.end()
        if a < hi:
            self._visible(page[a:hi], a, hi, True)

    def _data(self, lo: int, hi: int) -> None:
        page = self.page
        a = lo
        for m in _CHARREF.finditer(page, lo, hi):
            self._plain(a, m.start())
            raw = m.group(0)
            decoded = html.unescape(raw)
            a = m.end()
            if decoded == raw:
                self._plain(m.start(), a)
                continue
            # A legacy name without ";" decodes only its prefix ("&pound25" is "£25"): the rest is copied.
            keep = 0
            while keep < len(decoded) - 1 and keep < len(raw) - 2 and decoded[-1 - keep] == raw[-1 - keep]:
                keep += 1
            end = a - keep
            head = decoded[: len(decoded) - keep]
            if not self._pre and all(c in _HTML_SPACE for c in head):
                self._owe_space(m.start())
            else:
                self._visible(head, m.start(), end, False)
            if keep:
                self._plain(end, a)
        self._plain(a, hi)

    # -- mapping back ----------------------------------------------------------------------------------
    def source_start(self, offset: int) -> int:
        """Where the text's character at ``offset`` starts in the page."""
        i = bisect_right(self._starts, offset) - 1
        return self._src[i] + (offset - self._starts[i]) if self._copied[i] else self._src[i]

    def source_end(self, offset: int) -> int:
        """Where the text's span ending at ``offset`` (exclusive, after at least one character) ends."""
        i = bisect_right(self._starts, offset - 1) - 1
        return self._src[i] + (offset - self._starts[i]) if self._copied[i] else self._src_end[i]

    def mention(self, m: Mention) -> Mention:
        """A mention read in the text, with its offsets and text (and its equivalents') in the page."""
        start, end = self.source_start(m.start), self.source_end(m.end)
        return attrs.evolve(m, text=self.page[start:end], start=start, end=end,
                            equivalents=tuple(self.mention(e) for e in m.equivalents))


def html_text(page: str) -> HtmlText:
    """The visible text of ``page`` with its map back into the page."""
    return HtmlText(page)
