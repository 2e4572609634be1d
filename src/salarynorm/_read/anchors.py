"""Stage 1 of reading: finding where money may be (anchors).

In running text no money exists without a currency signal: a sign ("$", "€"), a code ("USD"), a name
("euros", "Franken"), a minor unit ("cents") or a word that means money by itself ("grand", "lakh").
This stage finds every one in a single pass, so that text far from any anchor is never tokenized, which
is what makes prose fast: two Aho-Corasick automata over a byte view of the text for the words (built once
per language from its currency names and lexicon), and C-speed regex and ``str.find`` scans for the signs.
Every quantifier is possessive or bounded, so it runs in linear time on any input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from .._currency_table import table
from .._lang import languages, load
from .tokens import WORD_SHAPED, trie
from .vocabulary import vocabulary

__all__ = ["find_anchors"]


# The word search runs on UTF-8 bytes: ASCII bytes that are not letters become spaces (one C call), and so
# do the lead bytes of the UTF-8 ranges that hold no letters a currency word could touch: 0xC2 (U+0080-00BF:
# no-break space, "£", "¢", "«"), 0xE2 (U+2000-2FFF: general punctuation, dashes, quotes, currency signs,
# arrows, maths), 0xEF (U+F000-FFFF: the byte-order mark, full-width forms) and 0xF0 (emoji). A currency word
# is then found whole, glued to digits or punctuation or not ("115usd", "(dollars)", "“euros”", "USD→").
# The few separators elsewhere are blanked one by one, keeping their byte length.
_BYTE_MAP: Final = bytes(
    c if (c >= 0x80 and c not in (0xC2, 0xE2, 0xEF, 0xF0)) or (c < 0x80 and chr(c).isalpha()) else 0x20
    for c in range(256)
)
_BLANKED: Final = tuple(ch.encode("utf-8") for ch in "\u3000\u1680\u180e\u061c\u0e3f\u00d7\u00f7")


def _normal(word: str) -> str:
    """A word as the byte search sees it: lower case, non-letters as spaces."""
    raw = word.lower().encode("utf-8").translate(_BYTE_MAP)
    for mark in _BLANKED:
        raw = raw.replace(mark, b" " * len(mark))
    return raw.decode("utf-8", "replace")


@functools.cache
def _anchor_words(tag: str) -> frozenset[str]:
    """Currency words, whole and lower-case, as the anchor search looks for them: the head word of every
    currency name ("dollars", "euro", "rupees"), ISO codes (also scale-prefixed, "musd"), word-shaped
    signs that are safe in prose ("zł", "kč", "руб", "rs"), minor units, non-ISO units and the
    multipliers that mean money by themselves ("grand", "lakh", "crore", "lpa")."""
    v = vocabulary(tag)
    lx = v.lang
    t = v.tab
    words: set[str] = set()
    for name, cands in v.names.items():
        parts = name.split()
        if len(parts) == 1 or parts[-1] in v.names:
            words.add(parts[-1])
        elif any(t.currencies[c].current for c in cands if c in t.currencies):
            # A head that is no currency word alone ("real" of "brazilian real") is an ordinary English word:
            # anchor such a name on its first word. Names of currencies long gone ("european currency unit",
            # "deutsche mark") are no anchors at all: they are read when other money is near.
            words.add(parts[0])
    for s in list(t.signs) + list(t.non_iso):
        if WORD_SHAPED.match(s) and s not in t.letter_signs_prose_unsafe:
            words.add(s)
    words.update(w for w in v.minor_units if WORD_SHAPED.match(w))
    words.update(lx.money_multipliers)
    words.update(lx.money_multipliers_in_context)  # "made 50 bands", "a mill": read only in a money sense
    words.update(lx.note_words)  # "a fiver", "two tenners"
    words.update(w for w in lx.scales if w in lx.indian_scales)  # "12 lakh", "Rs 5 crore": anchors by themselves
    words.update(p.split()[0] for p in lx.lakhs_per_annum.entries)
    for code in t.currencies:
        if code in t.codes_that_are_words:
            continue
        words.update({code, *(prefix + code for prefix in lx.code_scale_prefixes)})
    out = set()
    for w in words:
        norm = _normal(w).strip()
        # Single ASCII letters ("R", "p") are no anchors (found next to digits instead); ideographs are.
        if norm and (len(norm) > 1 or not norm.isascii()) and all(WORD_SHAPED.match(p) for p in norm.split()):
            out.add(norm)
    return frozenset(out)


@functools.cache
def _code_words() -> frozenset[str]:
    """ISO codes that are English words ("all", "top", "try"), lower case: anchors only touching a digit."""
    return frozenset(c.lower() for c in table().codes_that_are_words)


# For the ASCII anchor words: ASCII letters stay, every other byte (non-letters and all of UTF-8's
# multi-byte characters) is a space. Keys start with a space, so only word starts match, which cuts the
# automaton's output (the cost of the pass) by three quarters; "éusd" matches too and _whole drops it.
_ASCII_MAP: Final = bytes(c if c < 0x80 and chr(c).isalpha() else 0x20 for c in range(256))


class _Automata:
    """The two Aho-Corasick automata of the anchor search (pyahocorasick), built once."""

    __slots__ = ("ascii", "leads", "other", "reach")

    def __init__(self, ascii_auto: object, other: object | None, leads: re.Pattern[str] | None,
                 reach: int) -> None:
        self.ascii = ascii_auto  # " word" keys over the ASCII view
        self.other = other  # the words with non-ASCII letters, over the byte view, near their lead bytes
        self.leads = leads  # the lead bytes of those words' non-ASCII characters
        self.reach = reach  # the longest of those words, in bytes


@functools.cache
def _automata(tag: str) -> _Automata | None:
    """The anchor search's automata; None when pyahocorasick is not installed."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - the regex fallback below is tested on its own
        return None
    ascii_auto = ahocorasick.Automaton()
    other = ahocorasick.Automaton()
    leads: set[str] = set()
    reach = 0
    for w in _anchor_words(tag):
        key = w.encode().decode("latin-1")  # the bytes, one character each (see find_anchors)
        if key.isascii():
            ascii_auto.add_word(" " + key, len(key))
        else:
            # Both edges are checked afterwards, so any character there that is not a letter ("→руб",
            # "zł϶") leaves the word whole, and "сомнение" does not hold "сом".
            other.add_word(key, len(key))
            leads.update(ch for ch in key if ord(ch) >= 0xC0)
            reach = max(reach, len(key))
    for w in _code_words():
        ascii_auto.add_word(" " + w, -len(w))  # negative: counts only touching a digit ("ALL1", "5TOP")
    ascii_auto.make_automaton()
    if not leads:
        return _Automata(ascii_auto, None, None, 0)
    other.make_automaton()
    return _Automata(ascii_auto, other, re.compile(f"[{re.escape(''.join(sorted(leads)))}]"), reach)


def _other_hits(autos: _Automata, view: str) -> list[tuple[int, int]]:
    """(end, size) of the non-ASCII anchor words: searched only in stretches around the lead bytes of
    their letters, which are rare in English text."""
    out: list[tuple[int, int]] = []
    if autos.leads is None or view.isascii():
        return out
    reach = autos.reach
    spans: list[tuple[int, int]] = []
    lo = hi = -1
    for m in autos.leads.finditer(view):
        p = m.start()
        if hi < 0 or p - reach > hi:
            if hi >= 0:
                spans.append((lo, hi))
            lo = max(0, p - reach)
        hi = min(len(view), p + reach)
    if hi >= 0:
        spans.append((lo, hi))
    for lo, hi in spans:
        # A slice, not iter(view, lo, hi): the automaton copies the string it is given, whole.
        out.extend((lo + end, size) for end, size in autos.other.iter(view[lo:hi]))  # type: ignore[attr-defined]
    return out


@functools.cache
def _word_regex(tag: str) -> re.Pattern[str]:
    """The fallback of the automaton: the same whole-word search as one prefix-tree regex."""
    words = sorted({w.encode().decode("latin-1") for w in _anchor_words(tag)} | _code_words())
    return re.compile(rf"(?:{trie(words)})")


@functools.cache
def _signs() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Signs that are not words: a regex of their distinctive characters ("$" of "A$", "€", "₹"), which
    the engine scans for at C speed, and the few signs made only of letters and ASCII punctuation ("B/.",
    "S/", "ש\"ח"), found with ``str.find``."""
    t = table()
    chars: set[str] = set()
    literals: set[str] = set()
    for s in list(t.signs) + list(t.non_iso) + list(t.minor_units):
        if WORD_SHAPED.match(s):
            continue
        # A lone quotation mark or slash is everywhere in prose: only "$" and non-ASCII symbols anchor.
        special = [ch for ch in s if not (ch.isalnum() or ch.isspace()) and (ch == "$" or not ch.isascii())]
        if special:
            chars.add(special[0])
        elif s not in t.letter_signs_prose_unsafe:
            literals.add(s)
    return re.compile(f"[{re.escape(''.join(sorted(chars)))}]"), tuple(sorted(literals))


@functools.cache
def _letter_signs(tag: str) -> re.Pattern[str] | None:
    """Single-letter signs glued to a digit or one space before one, not inside a word ("R18.99", "R 7 250");
    the grammar checks the number."""
    letters = "".join(sorted(vocabulary(tag).lang.letter_signs_on_formatted_numbers))
    if not letters:
        return None
    # No lookbehind: a pattern that starts with a literal is searched at memchr speed; the caller checks
    # the character before each (rare) hit.
    return re.compile(rf"[{re.escape(letters)}](?=[ \u00a0]?\d)")


def _byte_hits(text: str, tag: str) -> tuple[list[tuple[int, int, bool]], bytes, bytes]:
    """(start, end) byte offsets of every occurrence of an anchor word in ``lower(text)`` as UTF-8, whole
    or not (the caller checks the edges), with the mapped bytes searched and the plain lower-case bytes."""
    # "İ" is the one character whose lower case is longer; read it as "I" so offsets keep their place.
    data = (text.replace("\u0130", "I") if "\u0130" in text else text).lower().encode("utf-8", "surrogatepass")
    # Non-letters outside ASCII ("×", "\u3000") need no blanking here: the ASCII view has every non-ASCII
    # byte as a space, and _whole decodes whatever non-ASCII byte touches a hit.
    raw = data.translate(_BYTE_MAP) + b" "
    view = raw.decode("latin-1")  # one character per byte: the automaton runs on the fast 1-byte kind
    # The ASCII view has one space in front, so a key's end index is the word's end in ``data``.
    asc = b" " + data.translate(_ASCII_MAP) + b" "
    autos = _automata(tag)
    if autos is not None:
        ascii_view = asc.decode("latin-1")
        hits = [(end - abs(size), end, size < 0) for end, size in autos.ascii.iter(ascii_view)]  # type: ignore[attr-defined]
        hits.extend((end - size + 1, end + 1, False) for end, size in _other_hits(autos, view))
    else:
        codes = _code_words()
        hits = [(m.start(), m.end(), m.group() in codes) for m in _word_regex(tag).finditer(view)]
    # "99p", "50c", "10 c": a lone "p" or "c" (digits are spaces in the mapped bytes) right after a digit,
    # found with bytes.find at memchr speed; "9:30 p.m." is a time.
    for letter, times in _minor_letters(tag):
        at = asc.find(letter)
        while at >= 0:
            pos = at  # the letter's index in ``data`` (``asc`` has one byte in front)
            if pos and (_is_digit(data, pos - 1) or (pos > 1 and data[pos - 1] == 0x20 and _is_digit(data, pos - 2))) \
                    and not any(data.startswith(t, pos + 1) for t in times):
                hits.append((pos, pos + 1, False))
            at = asc.find(letter, at + 1)
    hits.sort()
    return hits, raw, data


@functools.cache
def _unspaced() -> re.Pattern[str] | None:
    """The letters some language writes without spaces between words (every language's ``unspaced``: kana,
    CJK ideographs, Hangul): a currency word touching them is still a word of its own."""
    letters = "".join(load(language).unspaced for language in languages())
    return re.compile(f"[{letters}]") if letters else None


def _is_digit(data: bytes, at: int) -> bool:
    return 0x30 <= data[at] <= 0x39


def _letter_at(data: bytes, at: int, before: bool) -> bool:
    """Whether the character starting at byte ``at`` (or ending just before it) is a letter."""
    if before:
        start = at - 1
        while start > 0 and 0x80 <= data[start] < 0xC0:  # back over continuation bytes
            start -= 1
        chunk = data[start:at]
    else:
        chunk = data[at : at + 4]
    char = chunk.decode("utf-8", "ignore")[-1:] if before else chunk.decode("utf-8", "ignore")[:1]
    unspaced = _unspaced()
    if char and not char.isascii() and unspaced is not None and unspaced.match(char):
        return False  # scripts written without spaces have no word edges: "7万円です" holds "円"
    return char.isalpha() or (bool(char) and unicodedata.category(char).startswith("M"))


def _whole(raw: bytes, data: bytes, b: int, e: int) -> bool:
    """True when bytes b..e of the text are a whole word: no letter touches either edge. Mapped bytes
    decide at once (a space is a non-letter, an ASCII letter a letter); other characters are decoded."""
    if b:
        x = raw[b - 1]
        if x >= 0x80:
            if _letter_at(data, b, before=True):
                return False
        elif x != 0x20:
            return False
    y = raw[e]
    if y >= 0x80:
        return e >= len(data) or not _letter_at(data, e, before=False)
    return y == 0x20


@functools.cache
def _minor_letters(tag: str) -> tuple[tuple[bytes, tuple[bytes, ...]], ...]:
    """The single-letter minor units ("p", "c") as the byte search looks for them (" p "), each with the
    rest of the times of day that begin with it (".m" of "p.m."), which are no pence."""
    lx = vocabulary(tag).lang
    out = []
    for letter in sorted(lx.letter_minor_units):
        if letter.isascii() and letter.isalpha():
            times = tuple(t[1:].rstrip(".").encode() for t in lx.times_of_day if t.startswith(letter))
            out.append((f" {letter} ".encode(), times))
    return tuple(out)


@functools.cache
def _percent_heads(tag: str) -> dict[str, tuple[str, ...]]:
    """Two-word percent phrases ending in a currency word, by that word: "cent" -> ("per ",)."""
    out: dict[str, list[str]] = {}
    for phrase in vocabulary(tag).lang.percent_words:
        words = phrase.split()
        if len(words) == 2:
            out.setdefault(words[1], []).append(words[0] + " ")
    return {k: tuple(v) for k, v in out.items()}


def _per_cent(text: str, at: int, end: int, tag: str) -> bool:
    """"per cent" is the percentage, not money: no window for its "cent"."""
    heads = _percent_heads(tag).get(text[at:end].lower())
    return heads is not None and any(at >= len(h) and text[at - len(h) : at].lower() == h for h in heads)


def find_anchors(text: str, tag: str) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of every currency signal in ``text`` as language ``tag`` writes them:
    where money may be."""
    chars, literals = _signs()
    spans = [m.span() for m in chars.finditer(text)]
    for literal in literals:
        a = text.find(literal)
        while a >= 0:
            if not (a and text[a - 1].isalpha()):  # a literal sign inside a word is none
                spans.append((a, a + len(literal)))
            a = text.find(literal, a + 1)
    letter_signs = _letter_signs(tag)
    if letter_signs is not None:
        for m in letter_signs.finditer(text):
            if not (m.start() and text[m.start() - 1].isalpha()):  # "R18.99", not "GR2"
                spans.append(m.span())
    hits, raw, data = _byte_hits(text, tag)
    ascii_text = text.isascii()
    pos_b = pos_c = 0
    for b, e, needs_digit in hits:
        if not _whole(raw, data, b, e):
            continue  # "brand" is not "rand", "some" is not "som"
        if needs_digit and not ((b and _is_digit(data, b - 1)) or (e < len(data) and _is_digit(data, e))):
            continue  # "ALL 5 solutions": a code that is a word counts only touching its number
        if ascii_text:
            start, end = b, e
        else:
            # Byte offsets to character offsets, decoding only the stretches between hits (linear overall).
            pos_c += len(data[pos_b:b].decode("utf-8", "surrogatepass"))
            pos_b = b
            start, end = pos_c, pos_c + len(data[b:e].decode("utf-8", "surrogatepass"))
        if not _per_cent(text, start, end, tag):
            spans.append((start, end))
    spans.sort()
    return spans
