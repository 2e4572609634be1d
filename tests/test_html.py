"""``extract(page, markup="html")``: entities decoded, tags, scripts and styles skipped, blocks kept apart,
and every offset checked against the raw markup."""

from __future__ import annotations

from decimal import Decimal

import pytest

import salarynorm
from salarynorm import Mention
from salarynorm._markup import html_text


def read(page: str, **kw: str) -> list[Mention]:
    mentions = salarynorm.extract(page, markup="html", **kw)
    for m in mentions:
        for x in (m, *m.equivalents):
            assert page[x.start : x.end] == x.text, (x.text, page)
    return mentions


def spans(page: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.text, None if m.min is None else str(m.min), None if m.max is None else str(m.max), m.currency)
            for m in read(page)]


# -- entities ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("page", "expected"), [
    ("&pound;25,000&ndash;&pound;30,000", [("&pound;25,000&ndash;&pound;30,000", "25000", "30000", "GBP")]),
    ("&#36;45 an hour", [("&#36;45", "45", "45", "USD")]),
    ("&#x24;45 an hour", [("&#x24;45", "45", "45", "USD")]),
    ("&#X24;45 an hour", [("&#X24;45", "45", "45", "USD")]),
    ("&euro;3.000 im Monat", [("&euro;3.000", "3000", "3000", "EUR")]),
    ("from &pound25,000 to &pound30k", [("&pound25,000 to &pound30k", "25000", "30000", "GBP")]),
    ("&pound;25,000&nbsp;-&nbsp;&pound;30,000", [("&pound;25,000&nbsp;-&nbsp;&pound;30,000", "25000", "30000",
                                                   "GBP")]),
    ("45&nbsp;000&nbsp;&euro; par an", [("45&nbsp;000&nbsp;&euro;", "45000", "45000", "EUR")]),
    ("R&amp;D pays &#163;40k", [("&#163;40k", "40000", "40000", "GBP")]),
])
def test_entities(page: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert spans(page) == expected


def test_a_decimal_reference_is_a_sign_never_a_number() -> None:
    m, = read("&#36;45 an hour")
    assert m.amount == Decimal(45)
    assert m.period is not None and m.period.value == "hour"


def test_unknown_and_bare_ampersands_stay_text() -> None:
    assert html_text("Tom & Jerry &bogus; $5").text == "Tom & Jerry &bogus; $5"
    assert spans("Tom & Jerry &bogus; $5") == [("$5", "5", "5", "USD")]


# -- tags --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("page", "expected"), [
    # an inline tag inside an amount leaves it whole: a reader sees "£25,000"
    ("<span>£</span>25,000", [("£</span>25,000", "25000", "25000", "GBP")]),
    ("<b>$45</b>,000 a year", [("$45</b>,000", "45000", "45000", "USD")]),
    ('<p>Pay: <strong class="x">&pound;<em>30</em>k</strong> per annum</p>',
     [("&pound;<em>30</em>k", "30000", "30000", "GBP")]),
    ('<a href="/jobs?min=$5">$60k</a>', [("$60k", "60000", "60000", "USD")]),
    ('<img alt="$99"> $12', [("$12", "12", "12", "USD")]),
])
def test_inline_tags(page: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert spans(page) == expected


@pytest.mark.parametrize("page", [
    '<script>var x = $("#a"); total = $5;</script>',
    "<script type='text/javascript'>\nif (a < b) { price = '$500'; }\n</script>",
    "<style>.price:before { content: '$40'; }</style>",
    "<template><p>$50,000</p></template>",
    "<noscript>Salary: $50,000</noscript>",
    "<!-- old salary: $40,000 -->",
    "<![CDATA[ $40,000 ]]>",
    "<?php echo '$40,000'; ?>",
    "<!DOCTYPE html>",
    '<iframe src="x">$5</iframe>',
])
def test_skipped_content_gives_nothing(page: str) -> None:
    assert read(page) == []
    assert read(f"<p>Before</p>{page}<p>after: £7</p>")[0].text == "£7"


def test_cdata_and_comments_do_not_shift_offsets() -> None:
    page = "<!-- $1 --><![CDATA[ $2 ]]>\n<p>Rate: &#36;45\n   per hour</p><!-- $3 -->"
    m, = read(page)
    assert m.text == "&#36;45" and m.period is not None and m.period.value == "hour"


# -- blocks --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", [
    "<p>£25,000</p><p>£30,000</p>",
    "<div>£25,000</div><div>£30,000</div>",
    "<ul><li>£25,000</li><li>£30,000</li></ul>",
    "<h2>£25,000</h2>£30,000",
    "£25,000<br>£30,000",
    "£25,000<br/>£30,000",
    "<table><tr><td>£25,000</td><td>£30,000</td></tr></table>",
    "<table><tr><td>£25,000</td></tr><tr><td>£30,000</td></tr></table>",
    "<table><tr><td>1 Rs</td><td>1 Australian dollars</td></tr></table>",
])
def test_neighbouring_blocks_never_merge(page: str) -> None:
    assert [m.min == m.max for m in read(page)] == [True, True]


def test_whitespace_collapses_as_a_browser_shows_it() -> None:
    page = "<p>Salary:\n     &pound;25,000\n     -\n     &pound;30,000\n     per annum</p>"
    m, = read(page)
    assert (m.min, m.max, m.period) == (Decimal(25000), Decimal(30000), salarynorm.Period.YEAR)
    assert html_text(page).text == "Salary: £25,000 - £30,000 per annum"


def test_pre_keeps_its_lines() -> None:
    assert html_text("<pre>a  b\n$5</pre>").text == "a  b\n$5"


TABLE = """
<table class="rates">
  <thead>
    <tr><th>Role</th><th>Location</th><th>Annual salary</th></tr>
  </thead>
  <tbody>
    <tr><td>Developer</td><td>Leeds</td><td>&pound;45,000</td></tr>
    <tr><td>Lead developer</td><td>London</td><td><b>&pound;</b>70,000</td></tr>
    <tr><td>Contractor</td><td></td><td>&pound;550</td></tr>
  </tbody>
</table>
"""


def test_table_cells_are_pipe_separated_and_the_header_states_the_period() -> None:
    text = html_text(TABLE).text
    assert text.splitlines() == ["Role | Location | Annual salary", "Developer | Leeds | £45,000",
                                 "Lead developer | London | £70,000", "Contractor |  | £550"]
    mentions = read(TABLE)
    assert [m.text for m in mentions] == ["&pound;45,000", "&pound;</b>70,000", "&pound;550"]
    assert [m.period for m in mentions] == [salarynorm.Period.YEAR] * 3


def test_a_block_inside_a_cell_stays_in_its_cell() -> None:
    page = "<table><tr><th>Item</th><th>Per month</th></tr><tr><td><p>Rent</p></td><td><p>€900</p></td></tr></table>"
    assert html_text(page).text == "Item | Per month\nRent | €900"
    m, = read(page)
    assert m.period == salarynorm.Period.MONTH


# -- a whole page --------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Senior Data Engineer | Acme Jobs</title>
  <style>.salary::after { content: " $"; } body { margin: 0 }</style>
  <script>
    window.dataLayer = window.dataLayer || [];
    var salary = $(".salary").text(); var bonus = $5000;
    if (x < 3 && y > 2) { track("$100"); }
  </script>
  <script type="application/ld+json">{"baseSalary": {"currency": "USD", "value": {"minValue": 1}}}</script>
</head>
<body>
  <!-- A/B test: salary was $90,000 -->
  <nav><a href="/">Home</a> &rsaquo; <a href="/jobs">Jobs</a></nav>
  <main>
    <h1>Senior Data Engineer</h1>
    <p class="salary">Salary: <strong>US&#36;120,000&ndash;&#36;150,000</strong> per year
       (<em>A&#36;180,000 &ndash; &#36;225,000</em>)</p>
    <p>On-call allowance of &pound;50 per day,<br>paid monthly.</p>
    <ul>
      <li>Learning budget: &euro;2,000 a year</li>
      <li>Home office: &#x20AC;500</li>
    </ul>
    <noscript><p>Enable JavaScript to see $1,000,000 salaries</p></noscript>
    <template id="row"><li>$0</li></template>
  </main>
  <footer>&copy; 2024 Acme &amp; Co.</footer>
</body>
</html>
"""


def test_a_whole_job_page() -> None:
    mentions = read(PAGE)
    got = [(m.text, m.min, m.max, m.currency, None if m.period is None else m.period.value) for m in mentions]
    assert got == [
        ("US&#36;120,000&ndash;&#36;150,000", Decimal(120000), Decimal(150000), "USD", "year"),
        ("&pound;50", Decimal(50), Decimal(50), "GBP", "day"),
        ("&euro;2,000", Decimal(2000), Decimal(2000), "EUR", "year"),
        ("&#x20AC;500", Decimal(500), Decimal(500), "EUR", None),
    ]
    eq, = mentions[0].equivalents
    assert (eq.text, eq.min, eq.max, eq.currency) == ("A&#36;180,000 &ndash; &#36;225,000", Decimal(180000),
                                                      Decimal(225000), "AUD")
    assert PAGE[eq.start : eq.end] == eq.text


def test_to_dict_carries_page_offsets() -> None:
    page = "<p>Pay <b>&pound;30k</b></p>"
    d = read(page)[0].to_dict()
    assert (d["text"], d["start"], d["end"]) == ("&pound;30k", 10, 20)
    assert page[d["start"] : d["end"]] == d["text"]


# -- the call ------------------------------------------------------------------------------------------------

def test_text_is_the_default_and_reads_markup_as_text() -> None:
    assert salarynorm.extract("&pound;25,000") == salarynorm.extract("&pound;25,000", markup="text")


@pytest.mark.parametrize(("markup", "error"), [("xml", ValueError), ("HTML5", ValueError), ("", ValueError),
                                               (None, TypeError), (1, TypeError)])
def test_an_unknown_markup_is_named(markup: object, error: type[Exception]) -> None:
    with pytest.raises(error, match=repr(markup) if error is ValueError else type(markup).__name__):
        salarynorm.extract("$5", markup=markup)  # type: ignore[arg-type]


def test_the_other_arguments_pass_through() -> None:
    m, = read("<p>&#36;5,000 par mois</p>", locale="fr-CA")
    assert m.currency == "CAD"
    m, = read("<p>&#36;5,000</p>", default_currency="AUD")
    assert m.currency == "AUD"


@pytest.mark.parametrize("page", ["", "<", "<p", "&", "&#", "&#x;", "<!--", "<![CDATA[", "</p>", "<script>$5",
                                  "\x00<p>\ud800</p>", "<a href='$5'", "&#99999999999;", "<p>$5<p>$6"])
def test_broken_markup_never_raises(page: str) -> None:
    read(page)


def test_extract_many_passes_markup_through() -> None:
    pages = ["<p>&pound;30k</p>", "<script>$5</script>", "<td>$1</td><td>$2</td>"]
    out = list(salarynorm.extract_many(pages, markup="html"))
    assert [[m.text for m in x] for x in out if isinstance(x, list)] == [["&pound;30k"], [], ["$1", "$2"]]
    assert [[m.text for m in x] for x in salarynorm.extract_many(pages[:1], markup=["text"])
            if isinstance(x, list)] == [[]]
    with pytest.raises(ValueError, match="'xml'"):
        list(salarynorm.extract_many(pages, markup="xml"))


@pytest.mark.parametrize(("page", "text"), [
    ("<p>£5</p><a href='x>apply</a> for £6", "£5"),  # an unclosed quote: the rest is the tag's attribute
    ("<p>£5</p><!-- £6", "£5"),
    ("<p>£5</p><script>var a = '$6'", "£5"),
    ("<p>£5</p><a", "£5"),
    ("£5 &pound", "£5 £"),
    ("£5 <", "£5 <"),
])
def test_the_end_of_the_page_inside_a_tag(page: str, text: str) -> None:
    assert html_text(page).text == text


def test_cost_is_linear_on_unclosed_tags() -> None:
    import time

    def seconds(n: int) -> float:
        page = "<p>£5</p>" + "<a href='x " * n
        t = time.perf_counter()
        read(page)
        return time.perf_counter() - t

    seconds(100)
    assert seconds(40_000) < 0.5  # quadratic, it took minutes


def test_a_character_reference_in_plain_text_is_no_number() -> None:
    """Read as plain text, "&#36;45 an hour" is not 36 of anything: the reference is no amount (with
    markup="html" it is the dollar sign)."""
    plain = salarynorm.parse("&#36;45 an hour")
    assert plain is None or plain.min != 36
    assert [m.text for m in salarynorm.extract("&#36;45 an hour")] == []
    m = salarynorm.parse("&#36;45 an hour", markup="html")
    assert m is not None and (m.min, m.currency, m.period, m.text) == (45, "USD", salarynorm.Period.HOUR, "&#36;45")
