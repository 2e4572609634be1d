"""Single amounts in running text: currency signals, number formats, multipliers, number words and how the
currency is resolved. Each row is a sentence written in the style of a news item or a job ad, and the
mentions ``extract`` must find in it (tuple shape documented in conftest.py).
"""

from __future__ import annotations

import pytest

import salarynorm
from salarynorm import CurrencySource

# --- ISO codes before and after the number, with and without a space -----------------------------------
ISO_CODES = [
    ("The consultancy billed USD 200 for the two-hour audit call",
     [("USD 200", "200", "200", "USD", None, {"src": "explicit"})]),
    ("Delegates paid 200 USD for a three-day conference pass",
     [("200 USD", "200", "200", "USD", None, {"src": "explicit"})]),
    ("She turned down an offer of EUR60k from a Berlin start-up",
     [("EUR60k", "60000", "60000", "EUR", None, {"src": "explicit"})]),
    ("The airport hotel charged USD115 for a room without breakfast",
     [("USD115", "115", "115", "USD", None, {"src": "explicit"})]),
    ("The parking fine of 1,500 CHF must be paid within 30 days",
     [("1,500 CHF", "1500", "1500", "CHF", None, {"src": "explicit"})]),
    ("Tuition at the academy is GBP 9,250 for home students",
     [("GBP 9,250", "9250", "9250", "GBP", None, {"src": "explicit"})]),
    ("The ministry put aside INR 500 crore for the new metro line",
     [("INR 500 crore", "5000000000", "5000000000", "INR", None, {"src": "explicit"})]),
    ("The app store price was cut to 9.99 usd for new subscribers",
     [("9.99 usd", "9.99", "9.99", "USD", None, {"src": "explicit"})]),
    ("A Lisbon studio rents for EUR 950 including bills",
     [("EUR 950", "950", "950", "EUR", None, {"src": "explicit"})]),
]

# --- Currency symbols before and after the number ---------------------------------------------------------
SYMBOLS = [
    ("Entry to the museum costs €50 for a family of four",
     [("€50", "50", "50", "EUR", None, {"src": "explicit"})]),
    ("The headphones were reduced to 50€ in the Black Friday sale",
     [("50€", "50", "50", "EUR", None, {"src": "explicit"})]),
    ("Parking at the stadium costs 50 € on match days",
     [("50 €", "50", "50", "EUR", None, {"src": "explicit"})]),
    ("The used Golf sold for 45.000 € at a dealership in Munich",
     [("45.000 €", "45000", "45000", "EUR", None, {"src": "explicit"})]),
    ("An espresso still costs 1,50 € in most Lisbon cafés",
     [("1,50 €", "1.5", "1.5", "EUR", None, {"src": "explicit"})]),
    ("A pint of lager now costs £5.20 in central London",
     [("£5.20", "5.2", "5.2", "GBP", None)]),
    ("A one-bedroom flat in Whitefield rents for ₹18,000 with maintenance",
     [("₹18,000", "18000", "18000", "INR", None, {"src": "explicit"})]),
    ("Bus fares in Seoul were raised to ₩1,500 for adults",
     [("₩1,500", "1500", "1500", "KRW", None)]),
    ("A loaf of bread costs ₦1,200 in Lagos markets",
     [("₦1,200", "1200", "1200", "NGN", None, {"src": "explicit"})]),
    ("The ferry ticket is ₪50 for Haifa residents",
     [("₪50", "50", "50", "ILS", None, {"src": "explicit"})]),
    ("A simit costs ₺15 from street vendors in Istanbul",
     [("₺15", "15", "15", "TRY", None, {"src": "explicit"})]),
]

# --- Prefixed dollars and hybrids --------------------------------------------------------------------------
PREFIXED_DOLLARS = [
    ("The fintech raised US$48 million from Gulf investors",
     [("US$48 million", "48000000", "48000000", "USD", None, {"src": "explicit"})]),
    ("Bonds worth U.S.$500 million were priced in London on Tuesday",
     [("U.S.$500 million", "500000000", "500000000", "USD", None, {"src": "explicit"})]),
    ("The miner reported a profit of A$2.1 billion for the half",
     [("A$2.1 billion", "2100000000", "2100000000", "AUD", None, {"src": "explicit"})]),
    ("Tickets for the Sydney show went on sale at AU$89 each",
     [("AU$89", "89", "89", "AUD", None, {"src": "explicit"})]),
    ("The sponsorship deal is worth AUD$1.2 million to the club",
     [("AUD$1.2 million", "1200000", "1200000", "AUD", None, {"src": "explicit"})]),
    ("A cabin near Banff costs C$350 on long weekends",
     [("C$350", "350", "350", "CAD", None)]),
    ("A single TTC fare rose to CA$3.35 this winter",
     [("CA$3.35", "3.35", "3.35", "CAD", None, {"src": "explicit"})]),
    ("The lab received a CAD$25,000 grant from the province",
     [("CAD$25,000", "25000", "25000", "CAD", None, {"src": "explicit"})]),
    ("Dairy exports earned NZ$20 billion last season",
     [("NZ$20 billion", "20000000000", "20000000000", "NZD", None, {"src": "explicit"})]),
    ("The Kowloon flat sold for HK$12.8 million after a bidding war",
     [("HK$12.8 million", "12800000", "12800000", "HKD", None, {"src": "explicit"})]),
    ("The start-up raised S$5 million in seed funding",
     [("S$5 million", "5000000", "5000000", "SGD", None, {"src": "explicit"})]),
    ("Hawker meals still cost SG$4 in Toa Payoh",
     [("SG$4", "4", "4", "SGD", None, {"src": "explicit"})]),
    ("A cup of bubble tea costs NT$60 in Taipei",
     [("NT$60", "60", "60", "TWD", None, {"src": "explicit"})]),
    ("A taxi across Mexico City costs about MX$150 at night",
     [("MX$150", "150", "150", "MXN", None, {"approx": True, "src": "explicit"})]),
    ("The premium plan costs R$29,90 for Brazilian users",
     [("R$29,90", "29.9", "29.9", "BRL", None, {"src": "explicit"})]),
    ("Dinner for two came to USD$ 115 at the hotel restaurant",
     [("USD$ 115", "115", "115", "USD", None, {"src": "explicit"})]),
    ("Streaming subscriptions cost BRL$20 in São Paulo",
     [("BRL$20", "20", "20", "BRL", None, {"src": "explicit"})]),
]

# --- Other signs and names seen in regional news ----------------------------------------------------------
REGIONAL = [
    # The rand's "R" glued to a number written as money; "R2" or "R500" alone is a name, a road, a model.
    ("A loaf of bread now costs R18.99 in Johannesburg", [("R18.99", "18.99", "18.99", "ZAR", None)]),
    ("Eskom asked for R2bn more this year", [("R2bn", "2000000000", "2000000000", "ZAR", None)]),
    ("Clerks earn R15 000 a month in Durban", [("R15 000", "15000", "15000", "ZAR", "month")]),
    ("The new minimum wage of N70,000 ($45) a month took effect in Lagos",
     [("N70,000", "70000", "70000", "NGN", "month", {"eq": [("$45", "45", "45", "USD", "month")]})]),
    ("The museum charges 1 200 kr for a family pass",
     [("1 200 kr", "1200", "1200", "SEK", None)]),
    ("A family pass costs SEK 1,200 at the museum",
     [("SEK 1,200", "1200", "1200", "SEK", None, {"src": "explicit"})]),
    ("A deposit of Rs. 500 is required with the form",
     [("Rs. 500", "500", "500", "INR", None)]),
    ("A deposit of ₹500/- is required with the form",
     [("₹500", "500", "500", "INR", None, {"src": "explicit"})]),
    ("The fine is KSh 50,000 under the new law",
     [("KSh 50,000", "50000", "50000", "KES", None, {"src": "explicit"})]),
    ("The fare is 2,000 naira on the new line",
     [("2,000 naira", "2000", "2000", "NGN", None, {"src": "explicit"})]),
    ("A ticket to the opera costs 350 Kč in Prague",
     [("350 Kč", "350", "350", "CZK", None, {"src": "explicit"})]),
    ("The gift shop sells the mugs for 49,99 zł each",
     [("49,99 zł", "49.99", "49.99", "PLN", None, {"src": "explicit"})]),
    ("The export contract is worth 5,000 yuan per tonne",
     [("5,000 yuan", "5000", "5000", "CNY", None, {"src": "explicit"})]),
    ("Shenzhen start-ups pay interns RMB 5,000 on average",
     [("RMB 5,000", "5000", "5000", "CNY", None, {"src": "explicit"})]),
]

# --- Several amounts in one sentence ----------------------------------------------------------------------
SEVERAL = [
    ("He paid $5 for coffee and $12 for lunch",
     [("$5", "5", "5", "USD", None), ("$12", "12", "12", "USD", None)]),
    ("A 15% tip on a $80 bill is $12",
     [("$80", "80", "80", "USD", None), ("$12", "12", "12", "USD", None)]),
    ("The firm's $2.3bn bid, or 18 pence a share, was rejected",
     [("$2.3bn", "2300000000", "2300000000", "USD", None), ("18 pence", "0.18", "0.18", "GBP", None)]),
    ("The CEO earned $13.2 million in 2023, up 5% from 2022",
     [("$13.2 million", "13200000", "13200000", "USD", None)]),
    ("Shares jumped 12% to $45.20 on Monday after the results",
     [("$45.20", "45.2", "45.2", "USD", None)]),
]

# --- Currency names, singular and plural ---------------------------------------------------------------
NAMES = [
    ("The town raised 5,000 dollars for the new library",
     [("5,000 dollars", "5000", "5000", "USD", None)]),
    ("The tariff adds 300 US dollars to the price of each car",
     [("300 US dollars", "300", "300", "USD", None, {"src": "explicit"})]),
    ("The student visa fee is 710 Australian dollars for most applicants",
     [("710 Australian dollars", "710", "710", "AUD", None, {"src": "explicit"})]),
    ("The pipeline deal is worth 40 million Canadian dollars",
     [("40 million Canadian dollars", "40000000", "40000000", "CAD", None, {"src": "explicit"})]),
    ("Tickets cost 30 euros at the door",
     [("30 euros", "30", "30", "EUR", None, {"src": "explicit"})]),
    ("He sold the motorbike for 400 pounds in cash",
     [("400 pounds", "400", "400", "GBP", None)]),
    ("The estate was valued at 2 million pounds sterling in 1990",
     [("2 million pounds sterling", "2000000", "2000000", "GBP", None, {"src": "explicit"})]),
    ("A thali costs 250 rupees at the canteen",
     [("250 rupees", "250", "250", "INR", None)]),
    ("Littering can bring a fine of 10,000 yen in some wards",
     [("10,000 yen", "10000", "10000", "JPY", None)]),
    ("In 1995 the watch was sold for 3,000 francs",
     [("3,000 francs", "3000", "3000", "CHF", None)]),
    ("The bank agreed to pay 7 million Swiss francs to settle the case",
     [("7 million Swiss francs", "7000000", "7000000", "CHF", None, {"src": "explicit"})]),
    ("He was fined 1 pound for every day the book was late",
     [("1 pound", "1", "1", "GBP", None)]),
]

# --- Slang and minor units -------------------------------------------------------------------------------
SLANG_AND_MINOR = [
    ("He sold his old guitar for 50 bucks on Craigslist",
     [("50 bucks", "50", "50", "USD", None)]),
    ("The taxi home cost 20 quid after midnight",
     [("20 quid", "20", "20", "GBP", None)]),
    # "grand" is a money multiplier with an implicit currency; "$" conventions make it USD.
    ("He paid 50 grand for the car without haggling",
     [("50 grand", "50000", "50000", "USD", None)]),
    ("The newspaper costs 50 cents at the kiosk",
     [("50 cents", "0.5", "0.5", "USD", None)]),
    ("A chocolate bar costs 99p at the corner shop",
     [("99p", "0.99", "0.99", "GBP", None)]),
    ("A first-class stamp went up by 30 pence in April",
     [("30 pence", "0.3", "0.3", "GBP", None)]),
    ("Auto fares rose by 50 paise for every kilometre",
     [("50 paise", "0.5", "0.5", "INR", None)]),
]

# --- Number formats ----------------------------------------------------------------------------------------
NUMBER_FORMATS = [
    ("The invoice totals 1,234.56 USD after tax",
     [("1,234.56 USD", "1234.56", "1234.56", "USD", None)]),
    ("Die Rechnung beträgt 1.234,56 EUR inklusive Steuer",
     [("1.234,56 EUR", "1234.56", "1234.56", "EUR", None)]),
    ("Le loyer est de 1 234,56 € charges comprises",
     [("1 234,56 €", "1234.56", "1234.56", "EUR", None)]),
    ("Le loyer est de 1\u00a0234,56 € charges comprises",
     [("1\u00a0234,56 €", "1234.56", "1234.56", "EUR", None)]),
    ("Le loyer est de 1\u2009234,56 € charges comprises",
     [("1\u2009234,56 €", "1234.56", "1234.56", "EUR", None)]),
    ("Le loyer est de 1\u202f234,56 € charges comprises",
     [("1\u202f234,56 €", "1234.56", "1234.56", "EUR", None)]),
    ("Le salaire annuel brut atteint 48\u202f000 € dans la région",
     [("48\u202f000 €", "48000", "48000", "EUR", "year")]),  # French: "salaire annuel" states the year
    ("Der Preis liegt bei CHF 1'234.50 inklusive Mehrwertsteuer",
     [("CHF 1'234.50", "1234.5", "1234.5", "CHF", None)]),
    ("Der Preis liegt bei CHF 1’234.50 inklusive Mehrwertsteuer",
     [("CHF 1’234.50", "1234.5", "1234.5", "CHF", None)]),
    ("The offer letter promised ₹12,50,000 in fixed pay",
     [("₹12,50,000", "1250000", "1250000", "INR", None)]),
    ("The flat was bought for Rs 1,25,00,000 in 2019",
     [("Rs 1,25,00,000", "12500000", "12500000", "INR", None)]),
    ("The quarterly retainer is $1234.5 for the agency",
     [("$1234.5", "1234.5", "1234.5", "USD", "quarter")]),
    ("The stock closed at $1,234 on Friday",
     [("$1,234", "1234", "1234", "USD", None)]),
    ("A refurbished laptop sells for €1.234 on the website",
     [("€1.234", "1234", "1234", "EUR", None)]),
    ("The merger was valued at $1.234 billion by analysts",
     [("$1.234 billion", "1234000000", "1234000000", "USD", None)]),
    ("The bill came to $12.50 with the tip",
     [("$12.50", "12.5", "12.5", "USD", None)]),
    ("A single ride costs $.75 on the shuttle",
     [("$.75", "0.75", "0.75", "USD", None)]),
]

# --- Multipliers, attached and spaced ---------------------------------------------------------------------
MULTIPLIERS = [
    ("The senior engineer was offered $900k in total compensation",
     [("$900k", "900000", "900000", "USD", None)]),
    ("Early hires at the firm can make $54K in their first role",
     [("$54K", "54000", "54000", "USD", None)]),
    ("The seed round brought in $3m from angel investors",
     [("$3m", "3000000", "3000000", "USD", None)]),
    ("The striker's buyout clause is €80M according to reports",
     [("€80M", "80000000", "80000000", "EUR", None)]),
    ("The council faces a £40mn hole in its budget",
     [("£40mn", "40000000", "40000000", "GBP", None)]),
    ("The fund closed with $250MM in commitments",
     [("$250MM", "250000000", "250000000", "USD", None)]),
    ("The rookie signed for $2 mil over two seasons",
     [("$2 mil", "2000000", "2000000", "USD", None)]),
    ("The hospital received a $1.3 million donation from a local family",
     [("$1.3 million", "1300000", "1300000", "USD", None)]),
    ("Losses ran into the millions: $4 millions by one count",
     [("$4 millions", "4000000", "4000000", "USD", None)]),
    ("The telecom group raised $2b in a bond sale",
     [("$2b", "2000000000", "2000000000", "USD", None)]),
    ("The lender set aside £2.5bn for bad loans",
     [("£2.5bn", "2500000000", "2500000000", "GBP", None)]),
    ("The state will borrow $7 billion to fund the plan",
     [("$7 billion", "7000000000", "7000000000", "USD", None)]),
    ("Global military spending passed $2.4tn according to the institute",
     [("$2.4tn", "2400000000000", "2400000000000", "USD", None)]),
    ("The national debt passed $34 trillion in January",
     [("$34 trillion", "34000000000000", "34000000000000", "USD", None)]),
    ("The charity raised $40 thousand at its annual gala",
     [("$40 thousand", "40000", "40000", "USD", None)]),
    ("The bride's family spent ₹25 lakh on the wedding",
     [("₹25 lakh", "2500000", "2500000", "INR", None)]),
    ("Fresh graduates were offered ₹6 lakhs at the placement drive",
     [("₹6 lakhs", "600000", "600000", "INR", None)]),
    ("The plot was sold for Rs 40 lac in the auction",
     [("Rs 40 lac", "4000000", "4000000", "INR", None)]),
    ("The CTC on offer is ₹18L for experienced candidates",
     [("₹18L", "1800000", "1800000", "INR", None)]),
    ("The film collected Rs 1.2 crore on its opening day",
     [("Rs 1.2 crore", "12000000", "12000000", "INR", None)]),
    ("The civic body approved Rs 300 crores for road repairs",
     [("Rs 300 crores", "3000000000", "3000000000", "INR", None)]),
    # Stacked Indian scales: "lakh crore" is 10^12, "thousand crore" 10^10.
    ("The Union Budget sets spending at Rs 39.45 lakh crore for the year",
     [("Rs 39.45 lakh crore", "39450000000000", "39450000000000", "INR", None)]),
    ("The state borrowed ₹20 thousand crore last quarter",
     [("₹20 thousand crore", "200000000000", "200000000000", "INR", None)]),
    ("The player was bought for ₹15.25 cr at the auction",
     [("₹15.25 cr", "152500000", "152500000", "INR", None)]),
    ("The company raised US$1.5bn in its listing",
     [("US$1.5bn", "1500000000", "1500000000", "USD", None)]),
    ("The bank agreed to pay EUR 1.5 billion in fines",
     [("EUR 1.5 billion", "1500000000", "1500000000", "EUR", None)]),
    ("The airline lost 1.5 billion euros last year",
     [("1.5 billion euros", "1500000000", "1500000000", "EUR", None)]),
    ("He owes creditors $3 billions, court filings show",
     [("$3 billions", "3000000000", "3000000000", "USD", None)]),
    ("A donor gave the school $40 thousands last spring",
     [("$40 thousands", "40000", "40000", "USD", None)]),
    # Canadian and US newspaper style: the multiplier hyphenated to the amount.
    ("The province will spend $1.5-billion on transit", [("$1.5-billion", "1500000000", "1500000000", "USD", None)]),
    ("The team signed him to a $5-million contract", [("$5-million", "5000000", "5000000", "USD", None)]),
    # Chinese and Japanese numerals after the digits; a numeral phrase that is not read is not cut short.
    ("The studio's budget was ¥1億 for the film", [("¥1億", "100000000", "100000000", "JPY", None)]),
    ("Tuition is RMB 5万 a year", [("RMB 5万", "50000", "50000", "CNY", "year")]),
    ("Le prix: ¥3千万 pour la maison", []),
    # Stacked scales: never cut short after the first word.
    ("The state sold $2 hundred thousand of bonds", [("$2 hundred thousand", "200000", "200000", "USD", None)]),
    ("In 1975 the deficit was £5 thousand million", [("£5 thousand million", "5000000000", "5000000000", "GBP", None)]),
    ("Repairs cost £3 hundred last winter", [("£3 hundred", "300", "300", "GBP", None)]),
]

# --- Number words with a currency ----------------------------------------------------------------------
NUMBER_WORDS = [
    # The whole phrase, never its tail: "a quarter of a million pounds" is not "a million pounds".
    ("The charity raised a quarter of a million pounds in a week",
     [("a quarter of a million pounds", "250000", "250000", "GBP", None)]),
    ("The house sold for three quarters of a million dollars",
     [("three quarters of a million dollars", "750000", "750000", "USD", None)]),
    ("The council spent one-and-a-half million dollars on the bridge",
     [("one-and-a-half million dollars", "1500000", "1500000", "USD", None)]),
    ("She found twenty dollars in the pocket of an old coat",
     [("twenty dollars", "20", "20", "USD", None)]),
    ("The winning bid was thirty-five thousand euros for the painting",
     [("thirty-five thousand euros", "35000", "35000", "EUR", None)]),
    ("Nobody turns down a million dollars for a weekend of work",
     [("a million dollars", "1000000", "1000000", "USD", None)]),
    ("The fine was one hundred and fifty pounds for a first offence",
     [("one hundred and fifty pounds", "150", "150", "GBP", None)]),
    ("The studio paid two and a half million dollars for the script",
     [("two and a half million dollars", "2500000", "2500000", "USD", None)]),
    ("The lottery ticket won him half a million pounds overnight",
     [("half a million pounds", "500000", "500000", "GBP", None)]),
    ("Her grandfather left her five thousand Swiss francs in his will",
     [("five thousand Swiss francs", "5000", "5000", "CHF", None)]),
    # A sign before number words with a scale: the words are its amount; before a bare number word, not.
    ("The settlement cost the company $ one billion in the end",
     [("$ one billion", "1000000000", "1000000000", "USD", None)]),
    ("Investors put in US$two million last spring",
     [("US$two million", "2000000", "2000000", "USD", None)]),
    ("He priced each lot at $ one of the lowest rates in town", []),
    ("Tickets: $ five or so, cash only", []),
]

# --- Sentence punctuation around an amount --------------------------------------------------------------
PUNCTUATION = [
    ("The company was fined $5 million.",
     [("$5 million", "5000000", "5000000", "USD", None)]),
    ("The company was fined $5 million, the regulator said.",
     [("$5 million", "5000000", "5000000", "USD", None)]),
    ("The company was fined $5 million; its shares fell 4%.", [("$5 million", "5000000", "5000000", "USD", None)]),
    ("The settlement (US$12 million) was approved on Monday.",
     [("US$12 million", "12000000", "12000000", "USD", None)]),
    ("Tickets cost 30 euros.",
     [("30 euros", "30", "30", "EUR", None)]),
    ("The fee is 500 USD.",
     [("500 USD", "500", "500", "USD", None)]),
    ("\"It cost me £2,000!\" she said.",
     [("£2,000", "2000", "2000", "GBP", None)]),
    ("Was it really worth ¥3 billion?",
     [("¥3 billion", "3000000000", "3000000000", "JPY", None)]),
    ("Costs: $400 (travel), $250 (hotel).",
     [("$400", "400", "400", "USD", None), ("$250", "250", "250", "USD", None)]),
    # A minus sign negates; a dash between two amounts does not.
    ("The company reported EPS of -$0.12 for the quarter",
     [("-$0.12", "-0.12", "-0.12", "USD", None)]),
    ("Net cash flow: -£1,200 in March", [("-£1,200", "-1200", "-1200", "GBP", None)]),
]


@pytest.mark.parametrize(("text", "wants"), ISO_CODES)
def test_iso_codes(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), SYMBOLS)
def test_symbols(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), PREFIXED_DOLLARS)
def test_prefixed_dollars(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), REGIONAL)
def test_regional_signs(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), SEVERAL)
def test_several_amounts(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), NAMES)
def test_currency_names(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), SLANG_AND_MINOR)
def test_slang_and_minor_units(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), NUMBER_FORMATS)
def test_number_formats(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), MULTIPLIERS)
def test_multipliers(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), NUMBER_WORDS)
def test_number_words(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


@pytest.mark.parametrize(("text", "wants"), PUNCTUATION)
def test_sentence_punctuation(text: str, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text), wants)


# --- Currency resolution: which evidence decides, and how strongly ------------------------------------------


RESOLUTION = [
    # "$" alone: USD by convention, but the sign could be any dollar.
    ("The bill at the diner came to $45 with tip", None,
     [("$45", "45", "45", "USD", None, {"src": "convention", "cands": {"USD", "AUD", "CAD", "NZD"}})]),
    # A caller's default reads the ambiguous sign...
    ("The bill at the diner came to $45 with tip", "AUD",
     [("$45", "45", "45", "AUD", None, {"src": "default", "cands": {"USD", "AUD", "CAD"}})]),
    ("Weekly rent in Darwin averages $520 for a unit", "AUD",
     [("$520", "520", "520", "AUD", "week", {"src": "default"})]),  # the weekly rent the clause names
    # ...but never overrides an explicit sign or code.
    ("The bill at the diner came to US$45 with tip", "AUD",
     [("US$45", "45", "45", "USD", None, {"src": "explicit"})]),
    ("Museum entry is €45 for adults", "AUD",
     [("€45", "45", "45", "EUR", None, {"src": "explicit"})]),
    ("The fee is 45 NZD per application", "AUD",
     [("45 NZD", "45", "45", "NZD", None, {"src": "explicit"})]),
    # An explicit code is explicit whatever the default.
    ("Consultants bill CHF 1,800 for a day of workshops", None,
     [("CHF 1,800", "1800", "1800", "CHF", None, {"src": "explicit", "cands": {"CHF"}})]),
    ("A month at the co-working space costs €290", None,
     [("€290", "290", "290", "EUR", None, {"src": "explicit", "cands": {"EUR"}})]),
    # The other end of a range decides a bare "$".
    ("Salaries run between US$300,000 and $900,000 for the post", None,
     [("US$300,000 and $900,000", "300000", "900000", "USD", None, {"src": "explicit"})]),
    ("The package is US$300,000 – $900,000 depending on experience", "AUD",
     [("US$300,000 – $900,000", "300000", "900000", "USD", None, {"src": "explicit"})]),
    ("The package is A$445,000 – $1.3 million depending on experience", None,
     [("A$445,000 – $1.3 million", "445000", "1300000", "AUD", None, {"src": "explicit"})]),
    ("Contract rates of $85 – NZ$120 are typical in Wellington", None,
     [("$85 – NZ$120", "85", "120", "NZD", None, {"src": "explicit"})]),
    # A bare "$" that repeats an amount written with an unambiguous sign elsewhere in the document.
    ("The board approved a A$1.3 million package for the chief executive. Shareholder groups said "
     "$1.3 million was excessive for a company of its size.", None,
     [("A$1.3 million", "1300000", "1300000", "AUD", None, {"src": "explicit"}),
      ("$1.3 million", "1300000", "1300000", "AUD", None, {"src": "document"})]),
    # ...and a different amount takes the document's own sign when nothing points elsewhere (issue 13, item 7;
    # tests/test_dollar_evidence.py holds what keeps the convention).
    ("The board approved a A$1.3 million package for the chief executive. Her predecessor received "
     "$2 million in his final year.", None,
     [("A$1.3 million", "1300000", "1300000", "AUD", None, {"src": "explicit"}),
      ("$2 million", "2000000", "2000000", "AUD", None, {"src": "document"})]),
    # Other ambiguous signs and their conventions.
    ("The research grant was worth ¥300,000 in total", None,
     [("¥300,000", "300000", "300000", "JPY", None, {"src": "convention", "cands": {"JPY", "CNY"}})]),
    ("A pint costs £5 in most London pubs", None,
     [("£5", "5", "5", "GBP", None, {"src": "convention"})]),
    ("Museum entry costs 120 kr for adults", None,
     [("120 kr", "120", "120", "SEK", None, {"src": "convention", "cands": {"SEK", "NOK", "DKK"}})]),
    ("Museum entry costs 120 kr for adults", "NOK",
     [("120 kr", "120", "120", "NOK", None, {"src": "default"})]),
    ("A Toronto cinema ticket is now C$18 for adults", None,
     [("C$18", "18", "18", "CAD", None)]),
    ("Street vendors sell mangoes for Rs 40 each", None,
     [("Rs 40", "40", "40", "INR", None)]),
    ("Street vendors sell mangoes for Rs 40 each", "PKR",
     [("Rs 40", "40", "40", "PKR", None, {"src": "default"})]),
    # A name no convention decides ("pesos", "shillings", "dinars") takes the one country the text names...
    ("Mexico's minimum wage rose to 248.93 pesos a day in January", None,
     [("248.93 pesos", "248.93", "248.93", "MXN", "day", {"src": "document"})]),
    ("Kenyan teachers earn 40,000 shillings a month", None,
     [("40,000 shillings", "40000", "40000", "KES", "month", {"src": "document"})]),
    # ...and stays open when the text names none, or several.
    ("A taxi ride to the airport costs 500 pesos", None,
     [("500 pesos", "500", "500", None, None, {"src": "unknown"})]),
    ("In Mexico and in Argentina a coffee costs 500 pesos", None,
     [("500 pesos", "500", "500", None, None, {"src": "unknown"})]),
    ("In Mexico and in Argentina a coffee costs 500 pesos", "ARS",
     [("500 pesos", "500", "500", "ARS", None, {"src": "default"})]),
    # Regional signs yield their convention to the one country named: "Rs" in Pakistan, "kr" in Norway.
    ("Pakistan's federal budget of Rs 14.5 trillion was passed on Friday", None,
     [("Rs 14.5 trillion", "14500000000000", "14500000000000", "PKR", None, {"src": "document"})]),
    ("In Oslo, Norway's capital, a beer costs 90 kr", None,
     [("90 kr", "90", "90", "NOK", None, {"src": "document"})]),
    ("India and Pakistan both raised fees to Rs 500", None,
     [("Rs 500", "500", "500", "INR", None, {"src": "convention"})]),
    # "$", "£" and "¥" never take a country named beside them: US papers write about Canada in USD.
    ("Canada's biggest bank paid $2 billion in fines", None,
     [("$2 billion", "2000000000", "2000000000", "USD", None, {"src": "convention"})]),
]


@pytest.mark.parametrize(("text", "default", "wants"), RESOLUTION)
def test_currency_resolution(text: str, default: str | None, wants: list[tuple], expect) -> None:
    expect(text, salarynorm.extract(text, default_currency=default), wants)


def test_currency_text_is_the_sign_as_written() -> None:
    m = salarynorm.extract("Pay is U.S.$48,000 or 60,000 Australian dollars")
    assert [x.currency_text for x in m] == ["U.S.$", "Australian dollars"]


def test_default_currency_does_not_touch_unambiguous_names() -> None:
    m = salarynorm.extract("She bet 500 euros and lost 20 quid", default_currency="USD")
    assert [(x.currency, x.currency_source) for x in m] == [
        ("EUR", CurrencySource.EXPLICIT), ("GBP", CurrencySource.EXPLICIT)]
