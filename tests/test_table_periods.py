"""Periods stated by a table's header, a row's label or a list's header line (issue: "Reading the sentence",
item 2)."""

from __future__ import annotations

import pytest

import salarynorm


def _read(text: str, lang: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.period.value if m.period else None, m.period_text)
            for m in salarynorm.extract(text, lang=lang)]


def test_a_markdown_table_s_column_header() -> None:
    text = ("| Role | Annual salary | Bonus |\n"
            "|---|:---:|---|\n"
            "| Nurse | £30,000 | £2,000 |\n"
            "| Doctor | £80,000 - £95,000 | £5,000 per month |\n")
    assert _read(text) == [
        ("£30,000", "year", "Annual salary"),
        ("£2,000", None, None),  # "Bonus" states no period
        ("£80,000 - £95,000", "year", "Annual salary"),
        ("£5,000", "month", "per month"),  # its own period wins over the column's
    ]


def test_a_pipe_table_without_a_separator_row() -> None:
    text = "Role | Per month\nNurse | €3,000\nDoctor | €6,500\n"
    assert _read(text) == [("€3,000", "month", "Per month"), ("€6,500", "month", "Per month")]


def test_tab_separated_rows() -> None:
    text = "Role\tHourly\tWeekly pay\nCarer\t$15.50\t$620\nCook\t$17\t$680\n"
    assert [p for _, p, _ in _read(text)] == ["hour", "week", "hour", "week"]


@pytest.mark.parametrize(("header", "period"), [
    ("Annual salary", "year"),
    ("Per month", "month"),
    ("Weekly pay", "week"),
    ("Hourly", "hour"),
    ("per hour", "hour"),
    ("Salary (per annum)", "year"),
    ("Day rate", "day"),
    ("Monthly gross pay", "month"),
    ("Rate/hr", "hour"),
    ("Salary (£ p.a.)", "year"),
    ("Revenue (annual)", "year"),  # a period phrase on the column's noun, as "Revenue (annual): $5m" reads
    ("Annual bonus", "year"),
])
def test_header_words(header: str, period: str) -> None:
    text = f"| Role | {header} |\n|---|---|\n| Nurse | $5,000 |\n"
    assert [p for _, p, _ in _read(text)] == [period]


@pytest.mark.parametrize("header", [
    "Salary",
    "Bonus",
    "Annual report",  # an adjective on a noun that is no pay noun
    "Monthly users",
    "Year",
    "Hourly / annual",  # two periods: the header decides none
    "Salary a year ago",  # a span of time
])
def test_headers_that_state_no_period(header: str) -> None:
    text = f"| Role | {header} |\n|---|---|\n| Nurse | $5,000 |\n"
    assert [p for _, p, _ in _read(text)] == [None]


def test_a_year_column_is_neither_money_nor_a_period() -> None:
    text = "| Year | Salary |\n|---|---|\n| 2023 | $50,000 |\n| 2024 | $52,000 |\n"
    assert _read(text) == [("$50,000", None, None), ("$52,000", None, None)]


def test_a_row_s_label() -> None:
    text = ("| | 2023 | 2024 |\n|---|---|---|\n"
            "| Hourly rate | £15 | £18 |\n"
            "| Bonus | £500 | £600 |\n")
    assert [p for _, p, _ in _read(text)] == ["hour", "hour", None, None]


def test_a_table_whose_first_row_holds_money_has_no_header() -> None:
    text = "| Salary (per annum) | £30,000 |\n| Bonus | £2,000 |\n"
    assert _read(text) == [("£30,000", "year", "per annum"), ("£2,000", None, None)]


def test_a_list_under_its_header_line() -> None:
    text = "Day rates for contractors:\n- Senior: £600\n- Junior: £350\n\nThe fee is £200."
    assert _read(text) == [("£600", "day", "Day rates"), ("£350", "day", "Day rates"), ("£200", None, None)]


def test_a_numbered_list_after_a_blank_line() -> None:
    text = "Hourly rates:\n\n1. Senior £60\n2. Junior £35\n"
    assert [p for _, p, _ in _read(text)] == ["hour", "hour"]


def test_short_lines_without_bullets_up_to_a_blank_line() -> None:
    text = "Rates per hour:\nSenior £60\nJunior £35\n\nOther: $5"
    assert [p for _, p, _ in _read(text)] == ["hour", "hour", None]


@pytest.mark.parametrize("text", [
    "Annual report:\n- Revenue: $5m\n- Costs: $3m\n",  # no pay noun after the adjective
    "Notes:\n- Salary: $5,000\n",  # a header without a period
    "We pay monthly, which the contract explains at length in its third section and its annexes:\n- $5,000\n",
    "\tWe pay monthly.\n\tThe bonus is $500.\n",  # indented prose is no table
    "Monthly users | Price\n1,000 | $5\n",
])
def test_layouts_that_state_no_period(text: str) -> None:
    assert [p for _, p, _ in _read(text)] == [None] * len(salarynorm.extract(text))


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("| Position | Jahresgehalt |\n|---|---|\n| Entwickler | 60.000 € |\n", "de", "year"),
    ("Stundenlöhne:\n- Senior: 60 €\n- Junior: 35 €\n", "de", "hour"),
    ("| Poste | Salaire annuel |\n|---|---|\n| Infirmier | 30 000 € |\n", "fr", "year"),
    ("| Puesto | Sueldo mensual |\n|---|---|\n| Enfermero | 1.500 € |\n", "es", "month"),
])
def test_other_languages_read_their_own_header_words(text: str, lang: str, period: str) -> None:
    assert {p for _, p, _ in _read(text, lang)} == {period}


def test_rapport_annuel_is_an_adjective_on_another_noun() -> None:
    text = "| Poste | Rapport annuel |\n|---|---|\n| Infirmier | 30 000 € |\n"
    assert [p for _, p, _ in _read(text, "fr")] == [None]


def test_prose_without_a_table_reads_as_before() -> None:
    assert _read("The salary is $50,000 | negotiable.") == [("$50,000", None, None)]


def test_a_neighbouring_column_s_header_is_not_the_amount_s_clause() -> None:
    text = ("| Role | Bonus | Annual salary |\n|---|---|---|\n"
            "| Nurse | £2,000 | £30,000 |\n"
            "| Doctor | £5,000 | £80,000 |\n")
    assert [p for _, p, _ in _read(text)] == [None, "year", None, "year"]


@pytest.mark.parametrize(("text", "period"), [
    ("Annual salary | £30,000", "year"),  # one row: its label
    ("Hourly\t$20", "hour"),
    ("Bonus | £2,000", None),
])
def test_one_row_of_a_label_and_money(text: str, period: str | None) -> None:
    assert [p for _, p, _ in _read(text)] == [period]
