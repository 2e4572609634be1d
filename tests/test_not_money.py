"""Text that looks numeric or mentions a currency but states no amount of money: ``extract`` returns [].
Then the same traps beside real money, where only the money may come out.
"""

from __future__ import annotations

import pytest

import salarynorm

BARE_NUMBERS = [
    "The company employs 4,500 people across 12 offices",
    "The union represents 160,000 actors and broadcasters",
    "Turnout was 1.2 million, well below the last election",
    "The rover travelled 28.06 kilometres on the surface",
    "The recipe needs 250 grams of flour and 2 eggs",
    "The album sold 3 million copies in its first year",
    "There were 1,234 applications for 12 places",
    "Die Stadt hat 1.234.567 Einwohner",
]

PERCENTAGES = [
    "Inflation rose to 3.2% in May from 2.9% in April",
    "Prices jumped 15 percent in the last quarter",
    "The bank raised its rate by 25 basis points to 5.25 per cent",
    "Unemployment fell 0.3 percentage points to 4.1%",
]

DATES_AND_TIMES = [
    "The bridge opened in 1998 and was repaired in 2012",
    "The hearing is set for 12/05/2024 at 10:30",
    "The store opens at 9:00 a.m. and closes at 5 p.m. on Sundays",
    "The deadline is 2025-03-31 at 23:59 UTC",
    "The 2012–13 season ended in relegation",
    "Figures for 2019-20 were revised in June",
    "The war lasted from 1914 to 1918",
    "Shares were flat on March 3, 2023 after the announcement",
]

SCORES_PHONES_VERSIONS = [
    "Arsenal won 3-1 at home on Saturday",
    "The Celtics won 112-104 in overtime",
    "Call the helpline on +1 (555) 123-4567 for details",
    "Ring 020 7946 0958 to book a table",
    "Upgrade to version 3.11.4 before Friday",
    "The fix shipped in release v2.0.1 last week",
    "The committee voted 7-2 in favour",
]

PHRASES_WITH_NUMBERS = [
    "Employees can contribute to a 401(k) plan from day one",
    "She runs a Fortune 500 company in Ohio",
    "Support is available 24/7 to every customer",
    "Revenue was strong in Q3 and weak in Q4",
    "Stream it in 1080p on any device",
    "The 4K version arrives in 2025",
    "Route 66 crosses eight states",
    "He wore the number 10 shirt for a decade",
    "The R2-D2 droid and the R500 road",
    "Wear N95 masks on the N7 bus",
]

CURRENCY_WORDS_WITHOUT_AMOUNTS = [
    "The dollar fell sharply against the yen on Monday",
    "Traders watched the USD closely ahead of the data",
    "The EUR/USD pair slipped in early trading",
    "Eurozone ministers met in Brussels on Tuesday",
    "Investors dumped sterling after the budget",
    "The rupee hit a record low this week",
    "He bought a dollar store franchise in Ohio",
    "The pound is under pressure again",
    "Payment is accepted in USD, EUR or GBP",
]

CODE_SNIPPETS = [
    "Use sed 's/(a)/$1/' to swap the groups",
    "Try awk '{print $2}' access.log to list the paths",
    "Run echo ${HOME} to see your home directory",
    "In bash, $# holds the number of arguments and $? the exit status",
    "The regex ^[0-9]+$ matches digits only",
    "Set PATH=$PATH:/opt/bin in your profile",
    "Write $x = 5; in PHP to assign a variable",
    "Then run echo '$2' and echo \"$10\" in the shell",
]

RATE_QUOTES = [
    "EUR/USD 1.0850 at the close in London",
    "USD/JPY rose to 150.25 overnight",
]

WEIGHTS = [
    "He lost 10 pounds before the fight",
    "The baby weighed 7 pounds 4 ounces at birth",
    "The lobster weighs about 3 pounds",
    "After the holidays she was 5 pounds heavier",
]

NOT_MONEY = [
    *BARE_NUMBERS, *PERCENTAGES, *DATES_AND_TIMES, *SCORES_PHONES_VERSIONS,
    *PHRASES_WITH_NUMBERS, *CURRENCY_WORDS_WITHOUT_AMOUNTS, *CODE_SNIPPETS, *RATE_QUOTES, *WEIGHTS,
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert [m.text for m in salarynorm.extract(text)] == []


# --- The same traps next to real money: only the money comes out -------------------------------------
MIXED = [
    ("In 2012–13 the club paid £45m for the striker",
     [("£45m", "45000000", "45000000", "GBP", None)]),
    ("The 2019-20 budget set aside $3 billion for schools",
     [("$3 billion", "3000000000", "3000000000", "USD", None)]),
    ("The company, which employs 4,500 people, was fined $2 million",
     [("$2 million", "2000000", "2000000", "USD", None)]),
    ("Inflation of 3.2% pushed the average rent to £1,250",
     [("£1,250", "1250", "1250", "GBP", None)]),
    ("On 12/05/2024 the shares closed at $41.20",
     [("$41.20", "41.2", "41.2", "USD", None)]),
    ("The union, with 160,000 actors, won a $1 billion deal",
     [("$1 billion", "1000000000", "1000000000", "USD", None)]),
    ("Employers match 401(k) contributions up to $7,000",
     [("$7,000", None, "7000", "USD", None)]),
    ("The Fortune 500 firm paid its CEO $24 million",
     [("$24 million", "24000000", "24000000", "USD", None)]),
    ("The dollar fell after the Fed's $95 billion sale",
     [("$95 billion", "95000000000", "95000000000", "USD", None)]),
    ("Arsenal won 3-1 and then paid £20m for a winger", [("£20m", "20000000", "20000000", "GBP", None)]),
    ("The cyclist won 500 euros in prize money", [("500 euros", "500", "500", "EUR", None)]),
    ("The team won 2 matches and earned $40,000 in prize money", [("$40,000", "40000", "40000", "USD", None)]),
    # Markup around money written as money is not code.
    ("Base: **$100k** plus equity", [("$100k", "100000", "100000", "USD", None)]),
    ("<td>Analyst</td><td>$45,000</td>", [("$45,000", "45000", "45000", "USD", None)]),
    ("Pay=$20/hr, paid weekly", [("$20", "20", "20", "USD", "hour")]),
    # Straight quotes around money are prose, not a shell.
    ('The city paid "$500" for each bench', [("$500", "500", "500", "USD", None)]),
    ("Critics called it a '$1 billion' giveaway", [("$1 billion", "1000000000", "1000000000", "USD", None)]),
    # A unit after the slash is a price per unit, not a substitution.
    ("Brent crude traded at $85/bbl on Friday", [("$85", "85", "85", "USD", None)]),
    ("Gas is $3.45/gallon in Ohio", [("$3.45", "3.45", "3.45", "USD", None)]),
    ("The parcel weighs 3 pounds and costs 20 pounds to send", [("20 pounds", "20", "20", "GBP", None)]),
]


@pytest.mark.parametrize(("text", "wants"), MIXED)
def test_traps_beside_money(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)
