"""Deterministic benchmark corpora, generated from a seed (nothing is downloaded).

* ``prose(size)``: news- and job-ad-like English paragraphs of about 600-1000 characters, full of ordinary
  numbers (years, counts, percentages, dates, times, ordinals, phone numbers, acronyms) with 1-3 money
  amounts per paragraph in varied forms.
* ``dense(size)``: short sentences with a money amount about every 200 characters.
* ``fields(count)``: short money fields ("£45,000 - £55,000 per annum", "$1,299.00") for the per-string
  comparison with price-parser.

Each generator returns the text and the number of amounts it planted (a range counts as one). The same
seed and size always give the same text, byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Corpus", "dense", "fields", "prose"]

SEED = 20240611


@dataclass(frozen=True)
class Corpus:
    name: str
    text: str
    planted: int  # money expressions written into the text

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


# --- vocabulary -----------------------------------------------------------------------------------------

_FIRST = (
    "Maria",
    "James",
    "Priya",
    "Chen",
    "Olivia",
    "Ahmed",
    "Sofia",
    "Liam",
    "Hannah",
    "Rahul",
    "Grace",
    "Tomás",
    "Aisha",
    "Daniel",
    "Yuki",
    "Elena",
    "Kwame",
    "Isabel",
    "Noah",
    "Fatima",
    "Lukas",
    "Zoe",
    "Mateo",
    "Ingrid",
    "Oliver",
    "Ananya",
    "Jack",
    "Chloé",
    "Samuel",
    "Mei",
)
_LAST = (
    "Thompson",
    "Okafor",
    "Sharma",
    "Nguyen",
    "García",
    "Müller",
    "O'Brien",
    "Kowalski",
    "Haddad",
    "Fernandes",
    "Lindqvist",
    "Patel",
    "Walker",
    "Rossi",
    "Tanaka",
    "Dubois",
    "Mensah",
    "Ivanova",
    "Campbell",
    "Moreau",
    "Schmidt",
    "Reyes",
    "Brennan",
    "Yilmaz",
    "Andersen",
    "Kaur",
    "Hughes",
)
_ORGS = (
    "Northwind Logistics",
    "the city council",
    "Halcyon Health",
    "the Ministry of Finance",
    "Redfern Bank",
    "Brightwater Utilities",
    "the university",
    "Atlas Mining",
    "the regional hospital trust",
    "Meridian Software",
    "the transport authority",
    "Cobalt Energy",
    "the national statistics office",
    "Pinecrest Foods",
    "Vantage Insurance",
    "the local school board",
    "Orbital Systems",
    "the central bank",
    "Greenfield Farms",
    "Silverline Airways",
    "the European Commission",
    "Harbour Freight",
    "the World Health Organization",
    "Quantum Retail Group",
    "the trade union",
    "Kestrel Pharmaceuticals",
)
_ACRONYMS = (
    "CEO",
    "CFO",
    "NHS",
    "GDP",
    "IMF",
    "OECD",
    "BBC",
    "NATO",
    "UN",
    "EU",
    "UK",
    "US",
    "FTSE",
    "NASDAQ",
    "HR",
    "IT",
    "AI",
    "COO",
    "NGO",
    "FIFA",
    "NASA",
    "CPI",
    "SME",
    "ESG",
    "R&D",
    "VAT",
)
_PLACES = (
    "London",
    "Manchester",
    "Sydney",
    "Toronto",
    "Mumbai",
    "Bangalore",
    "Berlin",
    "Paris",
    "Dublin",
    "Singapore",
    "Lagos",
    "Nairobi",
    "Auckland",
    "Chicago",
    "Austin",
    "Edinburgh",
    "Madrid",
    "Lisbon",
    "Vancouver",
    "Melbourne",
    "Cape Town",
    "Stockholm",
    "Warsaw",
    "Leeds",
    "Bristol",
    "Hyderabad",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ROLES = (
    "senior data engineer",
    "staff nurse",
    "project manager",
    "warehouse operative",
    "graduate analyst",
    "head of marketing",
    "software developer",
    "customer service advisor",
    "mechanical engineer",
    "primary school teacher",
    "finance business partner",
    "site supervisor",
    "UX designer",
    "HGV driver",
    "clinical psychologist",
    "account executive",
    "legal secretary",
    "chef de partie",
    "solutions architect",
    "research scientist",
    "payroll administrator",
    "delivery lead",
)
_THINGS = (
    "housing",
    "the new terminal",
    "broadband coverage",
    "the flood defences",
    "research",
    "the bypass",
    "school meals",
    "the pension fund",
    "renewable projects",
    "the stadium",
    "the rail link",
    "the hospital wing",
    "public libraries",
    "cyber security",
    "the water network",
    "the port upgrade",
)
_VERBS_PAST = (
    "announced",
    "confirmed",
    "reported",
    "said",
    "revealed",
    "disclosed",
    "estimated",
    "warned",
    "noted",
    "argued",
    "claimed",
    "suggested",
    "insisted",
    "acknowledged",
)
_ADJ = (
    "ambitious",
    "long-awaited",
    "controversial",
    "modest",
    "sweeping",
    "record",
    "unexpected",
    "fragile",
    "steady",
    "sharp",
    "gradual",
    "welcome",
    "costly",
    "cautious",
    "bold",
    "temporary",
    "landmark",
)
_SKILLS = (
    "Python",
    "SQL",
    "stakeholder management",
    "Excel",
    "project delivery",
    "AWS",
    "safeguarding",
    "negotiation",
    "Kubernetes",
    "budget control",
    "first aid",
    "CAD",
    "agile methods",
    "Salesforce",
    "data visualisation",
    "report writing",
    "React",
    "machine learning",
    "forklift operation",
)
_BENEFITS = (
    "a generous pension",
    "private medical cover",
    "hybrid working",
    "25 days' holiday plus bank holidays",
    "a cycle-to-work scheme",
    "flexible hours",
    "share options",
    "free parking",
    "enhanced parental leave",
    "a learning budget",
    "life assurance",
    "an employee assistance programme",
)
_FILLER = (
    "The decision follows months of consultation with residents and businesses.",
    "Critics say the plan does not go far enough, while supporters call it a real step forward.",
    "Officials declined to comment further until the review is complete.",
    "Opposition members questioned whether the timetable was realistic.",
    "The team won praise for the way it handled the rollout.",
    "Local groups have been campaigning on the issue for years.",
    "It is the first time such a scheme has been tried in the region.",
    "Analysts had expected a weaker result after a difficult winter.",
    "Shares rose slightly in early trading before falling back.",
    "Independent experts will audit the figures later this year.",
    "The board is expected to make a final decision before the summer recess.",
    "Demand has outstripped supply in most of the larger towns.",
    "Several people familiar with the talks said an agreement was close.",
    "The report also called for better data on regional differences.",
    "Residents were invited to a public meeting at the town hall.",
    "Union representatives said members would be balloted next month.",
    "You will join a friendly, supportive team that values curiosity.",
    "We are an equal opportunities employer and welcome applications from all backgrounds.",
    "The role involves some travel to client sites across the country.",
    "Please include a short cover letter explaining your interest in the role.",
    "Training is provided, and there is a clear path to promotion.",
    "Candidates must have the right to work in the country.",
    "The successful applicant will report directly to the operations director.",
    "Interviews will take place online, with a second stage held in person.",
    "The mark of a good candidate is attention to detail under pressure.",
    "Gold-standard customer care is at the heart of everything we do.",
)

_SMALL = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, xs: tuple[str, ...]) -> str:
        return self.r.choice(xs)

    # --- ordinary numbers (not money) -------------------------------------------------------------------

    def year(self) -> str:
        return str(self.r.randint(1995, 2031))

    def count(self) -> str:
        n = self.r.choice(
            (self.r.randint(2, 99), self.r.randint(100, 999), self.r.randint(1000, 250_000))
        )
        return f"{n:,}" if self.r.random() < 0.8 else str(n)

    def percent(self) -> str:
        v = self.r.choice((f"{self.r.randint(1, 99)}", f"{self.r.uniform(0.1, 40):.1f}"))
        return v + self.r.choice(("%", "%", " per cent", " percent"))

    def date(self) -> str:
        d, m = self.r.randint(1, 28), self.pick(_MONTHS)
        return self.r.choice(
            (
                f"{d} {m}",
                f"{m} {d}",
                f"{m} {d}, {self.year()}",
                f"{d} {m} {self.year()}",
                f"{d:02d}/{self.r.randint(1, 12):02d}/{self.year()}",
                f"{self.pick(_DAYS)} {d} {m}",
            )
        )

    def person(self) -> str:
        return f"{self.pick(_FIRST)} {self.pick(_LAST)}"

    def ordinary_sentence(self) -> str:
        r = self.r
        choices: tuple[Callable[[], str], ...] = (
            lambda: (
                f"In {self.year()}, {self.pick(_ORGS)} employed {self.count()} people across "
                f"{r.randint(2, 40)} sites."
            ),
            lambda: (
                f"Inflation fell to {self.percent()} in {self.pick(_MONTHS)}, "
                f"the {self.pick(_ACRONYMS)} said."
            ),
            lambda: (
                f"The {self.pick(_ADJ)} review, published on {self.date()}, "
                f"covered {self.count()} households."
            ),
            lambda: (
                f'"We have learned a lot since {self.year()}," said {self.person()}, '
                f"the {self.pick(_ACRONYMS)} of {self.pick(_ORGS)}."
            ),
            lambda: (
                f"About {self.percent()} of respondents in {self.pick(_PLACES)} said {self.pick(_THINGS)} "
                f"should be a priority."
            ),
            lambda: (
                f"The meeting starts at {r.randint(1, 12)}:{r.choice(('00', '15', '30', '45'))} "
                f"{r.choice(('am', 'pm', 'a.m.', 'p.m.'))} on {self.pick(_DAYS)}."
            ),
            lambda: (
                f"Call 0{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)} or visit the "
                f"office on {self.pick(_LAST)} Street."
            ),
            lambda: (
                f"She finished {r.randint(1, 12)}{r.choice(('st', 'nd', 'rd', 'th'))} out of "
                f"{r.randint(20, 400)} entrants in the {self.year()} edition."
            ),
            lambda: (
                f"{self.pick(_SMALL).capitalize()} of the {r.randint(12, 90)} members voted in favour on "
                f"{self.date()}."
            ),
            lambda: (
                f"{_cap(self.pick(_ORGS))} {self.pick(_VERBS_PAST)} that {self.pick(_THINGS)} would be "
                f"reviewed by {self.year()}."
            ),
            lambda: (
                f"The {self.pick(_ACRONYMS)} index closed {self.percent()} higher at "
                f"{r.randint(3000, 9000)}.{r.randint(10, 99)} points."
            ),
            lambda: (
                f"Applicants need {r.randint(2, 10)}+ years of experience with {self.pick(_SKILLS)} and "
                f"{self.pick(_SKILLS)}."
            ),
            lambda: (
                f"The role is based in {self.pick(_PLACES)}, {r.randint(2, 4)} days a week in the office."
            ),
            lambda: (
                f"We offer {self.pick(_BENEFITS)}, {self.pick(_BENEFITS)} and {self.pick(_BENEFITS)}."
            ),
            lambda: (
                f"Route {r.randint(1, 99)} will run every {r.randint(5, 30)} minutes from {self.date()}."
            ),
            lambda: (
                f"Section {r.randint(1, 20)}.{r.randint(1, 9)} of the {self.year()} act sets out the rules."
            ),
            lambda: (
                f"The {self.pick(_ADJ)} plan for {self.pick(_THINGS)} in {self.pick(_PLACES)} is "
                f"{r.randint(2, 9)} years behind schedule."
            ),
            lambda: self.pick(_FILLER),
            lambda: self.pick(_FILLER),
            lambda: self.pick(_FILLER),
        )
        return r.choice(choices)()

    # --- money ------------------------------------------------------------------------------------------

    def money(self) -> str:
        """One money expression, in one of many written forms."""
        r = self.r
        k = r.randint(20, 150)
        forms: tuple[Callable[[], str], ...] = (
            lambda: f"${r.randint(1, 9)}.{r.randint(1, 9)} million",
            lambda: f"${r.randint(2, 90)} billion",
            lambda: f"£{k},000 - £{k + r.randint(5, 20)},000 per annum",
            lambda: f"£{k}k-£{k + r.randint(5, 15)}k",
            lambda: f"€{k}k",
            lambda: f"€{r.randint(1, 999):,}.{r.randint(0, 99):02d}",
            lambda: f"US${r.randint(100, 999)},000",
            lambda: f"{self.pick(_SMALL)} dollars",
            lambda: f"₹{r.randint(3, 60)} lakh",
            lambda: f"Rs {r.randint(1, 9)}.{r.randint(1, 9)} crore",
            lambda: f"${r.randint(10, 99)},{r.randint(100, 999)}",
            lambda: f"${r.randint(15, 60)}.{r.choice(('00', '50', '25', '75'))} an hour",
            lambda: f"up to ${r.randint(100, 900)},000",
            lambda: f"between ${k},000 and ${k + r.randint(5, 30)},000 a year",
            lambda: f"£{r.randint(1, 9)}.{r.randint(1, 9)}m",
            lambda: f"€{r.randint(1, 9)}.{r.randint(1, 9)}bn",
            lambda: f"A${r.randint(100, 999)},000",
            lambda: f"C${r.randint(1, 9)}.{r.randint(1, 9)} million",
            lambda: f"¥{r.randint(1, 99)},{r.randint(100, 999)}",
            lambda: f"USD {r.randint(1, 999)},{r.randint(100, 999)}",
            lambda: f"EUR {k}k",
            lambda: f"{r.randint(10, 99)}.{r.randint(100, 999)} €",
            lambda: f"CHF {r.randint(1, 9)}'{r.randint(100, 999)}.50",
            lambda: f"{r.randint(5, 95)} cents",
            lambda: f"{r.randint(10, 99)}p",
            lambda: f"${k},000+",
            lambda: f"about £{r.randint(2, 900)} million",
            lambda: f"{r.randint(6, 40)}-{r.randint(41, 60)} LPA",
            lambda: f"${r.randint(12, 45)}/hr",
            lambda: f"£{r.randint(100, 600)} per day",
            lambda: f"{r.randint(2, 9)} million euros",
            lambda: f"${r.randint(500, 999)}k/yr",
        )
        return r.choice(forms)()

    def money_sentence(self) -> str:
        r = self.r
        m = self.money()
        choices: tuple[Callable[[], str], ...] = (
            lambda: (
                f"{_cap(self.pick(_ORGS))} {self.pick(_VERBS_PAST)} a {self.pick(_ADJ)} investment of "
                f"{m} in {self.pick(_THINGS)}."
            ),
            lambda: f"The {self.pick(_ROLES)} position in {self.pick(_PLACES)} pays {m}.",
            lambda: f"Salary: {m}, plus {self.pick(_BENEFITS)}.",
            lambda: f"The contract, worth {m}, was signed on {self.date()}.",
            lambda: (
                f"According to {self.person()}, the project will cost {m} over {r.randint(2, 15)} years."
            ),
            lambda: f"{self.person()} was fined {m} after the {self.year()} hearing.",
            lambda: f"Tickets cost {m}, and about {self.percent()} have already been sold.",
            lambda: f"We are hiring a {self.pick(_ROLES)} on {m} with {self.pick(_BENEFITS)}.",
            lambda: f"The fund raised {m} in its first round, {self.pick(_VERBS_PAST)} {self.person()}.",
            lambda: f"Average pay for a {self.pick(_ROLES)} rose to {m} in {self.year()}.",
            lambda: f"Compensation is {m}, depending on experience.",
            lambda: f"Profits of {m} were reported for the quarter ending {self.date()}.",
        )
        return r.choice(choices)()

    # --- documents --------------------------------------------------------------------------------------

    def paragraph(self) -> tuple[str, int]:
        """About 600-1000 characters with 1-3 money sentences among ordinary ones."""
        r = self.r
        target = r.randint(600, 1000)
        n_money = r.randint(1, 3)
        money_sents = [self.money_sentence() for _ in range(n_money)]
        body_len = sum(len(s) + 1 for s in money_sents)
        sents: list[str] = []
        while body_len < target:
            s = self.ordinary_sentence()
            sents.append(s)
            body_len += len(s) + 1
        for s in money_sents:
            sents.insert(r.randint(0, len(sents)), s)
        return " ".join(sents), n_money

    def dense_chunk(self) -> str:
        """About 200 characters holding exactly one money expression."""
        s = self.money_sentence()
        target = self.r.randint(120, 200)
        while len(s) < target:
            s += " " + self.ordinary_sentence()
        return s


def prose(size: int, seed: int = SEED) -> Corpus:
    """Ordinary English prose of at least ``size`` characters, 1-3 amounts per paragraph."""
    g = _Gen(seed)
    parts: list[str] = []
    total = planted = 0
    while total < size:
        p, n = g.paragraph()
        parts.append(p)
        planted += n
        total += len(p) + 2
    return Corpus("prose", "\n\n".join(parts), planted)


def dense(size: int, seed: int = SEED + 1) -> Corpus:
    """Money-dense text of at least ``size`` characters: one amount about every 200 characters."""
    g = _Gen(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        s = g.dense_chunk()
        parts.append(s)
        total += len(s) + 1
    # Paragraph breaks every few sentences, like a listing page.
    text = "".join(s + ("\n" if i % 4 == 3 else " ") for i, s in enumerate(parts))
    return Corpus("dense", text, len(parts))


def fields(count: int, seed: int = SEED + 2) -> list[str]:
    """Short money fields, as in a salary or price column."""
    g = _Gen(seed)
    out: list[str] = []
    for i in range(count):
        m = g.money()
        if i % 3 == 0:
            m = g.r.choice(
                (f"{m} + benefits", f"{m} DOE", f"Price: {m}", f"{m} (negotiable)", f"from {m}")
            )
        out.append(m)
    return out


def short_texts(count: int, seed: int = SEED + 3) -> list[str]:
    """Short texts, as in a job-posting column: one or two sentences, most of them with money."""
    g = _Gen(seed)
    out: list[str] = []
    for i in range(count):
        s = g.money_sentence() if i % 4 else g.ordinary_sentence()
        if i % 3 == 0:
            s = f"{s} {g.ordinary_sentence()}"
        out.append(s)
    return out
