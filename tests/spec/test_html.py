"""HTML: money wrapped in random inline tags and written with character references reads exactly as the
plain text does, and every span maps back to the markup of the same characters."""

from __future__ import annotations

from html.entities import codepoint2name, html5

from hypothesis import assume, given
from hypothesis import strategies as st

import salarynorm
from salarynorm import strategies as sst
from salarynorm._markup import html_text

_INLINE = ("b", "i", "em", "strong", "span", "a", "small", "u", "mark")


@st.composite
def _encoded(draw: st.DrawFn, text: str) -> tuple[str, list[int], list[int]]:
    """``text`` as HTML: each character as itself or a reference, inline tags between characters; with
    where each character starts and ends in the markup."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = 0
    for i, c in enumerate(text):
        if draw(st.integers(0, 4)) == 0:
            tag = draw(st.sampled_from(_INLINE))
            attr = draw(st.sampled_from(["", ' class="amount"', " data-x='1 2'", ' title="$5 &amp; more"']))
            piece = draw(st.sampled_from([f"<{tag}{attr}>", f"</{tag}>", f"<{tag}{attr}></{tag}>", "<!-- $9 -->",
                                          "<wbr>"]))
            out.append(piece)
            length += len(piece)
        following = text[i + 1] if i + 1 < len(text) else " "
        forms = [c] if c not in "&<" else []
        forms += [f"&#{ord(c)};", f"&#x{ord(c):x};"]
        name = codepoint2name.get(ord(c))
        if name:
            forms.append(f"&{name};")
            if name in html5 and not following.isalnum() and following not in ";=":
                forms.append(f"&{name}")  # a legacy name without ";", as browsers read it ("&pound")
        written = draw(st.sampled_from(forms))
        out.append(written)
        starts.append(length)
        length += len(written)
        ends.append(length)
    return "".join(out), starts, ends


@given(data=st.data())
def test_money_in_markup_reads_as_the_plain_text(data: st.DataObject) -> None:
    expected = data.draw(sst.money(forms=sst.currency_forms(common=True)))
    plain = expected.text
    assume(plain == plain.strip() and "  " not in plain and not any(c in plain for c in "\t\n\r\f<&"))
    page, starts, ends = data.draw(_encoded(plain))
    assert html_text(page).text == plain
    want = salarynorm.extract(plain)
    got = salarynorm.extract(page, markup="html")
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        for gm, wm in zip((g, *g.equivalents), (w, *w.equivalents), strict=True):
            assert page[gm.start : gm.end] == gm.text
            assert (gm.start, gm.end) == (starts[wm.start], ends[wm.end - 1])
            assert (gm.min, gm.max, gm.currency, gm.period, gm.approximate) == \
                (wm.min, wm.max, wm.currency, wm.period, wm.approximate)


@given(data=st.data())
def test_blocks_keep_amounts_apart(data: st.DataObject) -> None:
    first = data.draw(sst.money(forms=sst.currency_forms(common=True), multiplied=False, in_words=False))
    second = data.draw(sst.money(forms=sst.currency_forms(common=True), multiplied=False, in_words=False))
    tag = data.draw(st.sampled_from(["p", "div", "li", "h3", "td", "section"]))
    page = f"<{tag}>{first.text}</{tag}><{tag}>{second.text}</{tag}>"
    got = salarynorm.extract(page, markup="html")
    for m in got:
        assert page[m.start : m.end] == m.text
        assert "<" not in m.text, f"{page!r}: {m.text!r} runs over a block's edge"


_PIECES = st.sampled_from(["<p>", "</p>", "<td>", "<tr>", "<br>", "<b>", "</b>", "<script>", "</script>", "<!--",
                           "-->", "<![CDATA[", "]]>", "&pound;", "&#36;", "&#x20AC;", "&amp", "&", "<", ">", "'",
                           '"', " ", "\n", "$", "£", "€", "5", "0", ",", ".", "k", "-", "per year", "USD", "a"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_page_reads_and_maps_into_itself(page: str) -> None:
    mentions = salarynorm.extract(page, markup="html")
    end = 0
    for m in mentions:
        assert end <= m.start < m.end <= len(page)
        assert page[m.start : m.end] == m.text
        end = m.end
        for e in m.equivalents:
            assert page[e.start : e.end] == e.text
