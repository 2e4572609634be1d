"""English word lists the grammar reads: multipliers, number words, periods, bounds, approximation, connectors.

Pure data, no logic. Every key is lowercase and single-spaced; the grammar lowercases what it looks up.
Currency signs and names are not here: they are generated from CLDR and price-parser into
``_data/currencies.json`` (see ``scripts/generate_currency_data.py``).
"""

from __future__ import annotations

from typing import Final

# --- Multipliers written after a number ("$900k", "£2.5bn", "₹25 lakh") ------------------------------
# Value: power of ten. Single letters are accepted only right after a number (attached or spaced), never
# as words of their own.
MULTIPLIERS: Final[dict[str, int]] = {
    "k": 3, "thousand": 3, "thousands": 3, "thou": 3, "grand": 3,
    "m": 6, "mn": 6, "mm": 6, "mil": 6, "mill": 6, "mio": 6, "mln": 6, "million": 6, "millions": 6,
    "b": 9, "bn": 9, "bil": 9, "bln": 9, "billion": 9, "billions": 9,
    "mrd": 9, "milliard": 9, "milliards": 9,  # German/French/Dutch financial writing: "€2 Mrd."
    "t": 12, "tn": 12, "trn": 12, "trillion": 12, "trillions": 12,
    "l": 5, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5,
    "cr": 7, "crore": 7, "crores": 7,
    "hundred": 2,  # "$3 hundred", "$2 hundred thousand"
    "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8,  # Chinese and Japanese numerals: "¥1億" is 100 million yen
}
# A number glued to a word that starts with one of these is a CJK numeral phrase ("1億円", "3千万"): read it
# whole through MULTIPLIERS, or not at all, never as the bare digits before it.
CJK_NUMERALS: Final[frozenset[str]] = frozenset("十百千万萬亿億兆")
# Multipliers that only count when attached to the number or directly after it with one space, and never
# when followed by further letters (they are too short to stand alone in prose).
SHORT_MULTIPLIERS: Final[frozenset[str]] = frozenset({"k", "m", "mm", "b", "t", "l", "cr", "mn", "bn", "tn"})
# "grand" means thousand *of money*: it signals money by itself ("50 grand") with an implicit currency.
MONEY_MULTIPLIERS: Final[frozenset[str]] = frozenset({"grand"})
# Indian scale words: "12 lakh" is a count as often as money ("12 lakh voters"); with a pay period or a
# pay word around it ("12 lakhs per annum", "a CTC of 1.2 crore") it is money, in rupees by convention.
INDIAN_SCALES: Final[frozenset[str]] = frozenset({"lakh", "lakhs", "lac", "lacs", "l", "crore", "crores", "cr"})
# Scales that stack before a larger one: "lakh crore" (10^12) and "thousand crore" (10^10) in Indian
# English, "hundred thousand" (10^5), "thousand million" (10^9, older British usage).
STACKING_SCALES: Final[frozenset[str]] = frozenset({"lakh", "lakhs", "lac", "lacs", "thousand", "hundred"})
STACKED_SCALES: Final[dict[str, int]] = {"crore": 7, "crores": 7, "cr": 7, "thousand": 3, "million": 6,
                                         "billion": 9, "lakh": 5, "lakhs": 5}
INDIAN_SCALE_CURRENCIES: Final[tuple[str, ...]] = ("INR", "PKR", "NPR", "BDT", "LKR")
# Code prefixes for millions and thousands in finance writing: "30 MUSD", "MEUR 120", "kEUR 50".
CODE_SCALE_PREFIXES: Final[dict[str, int]] = {"M": 6, "MM": 6, "K": 3, "k": 3, "T": 3, "B": 9, "Bn": 9}

# "LPA" = lakhs per annum (Indian job boards): a multiplier and a period at once, currency INR by convention.
LAKHS_PER_ANNUM: Final[frozenset[str]] = frozenset({"lpa", "lakhs per annum", "lakh per annum", "lacs per annum",
                                                    "lac per annum", "lakhs p.a.", "lakh p.a.", "l.p.a."})

# --- English number words ----------------------------------------------------------------------------
UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED: Final[frozenset[str]] = frozenset({"hundred", "hundreds"})
# Scales above a hundred, as powers of ten (Indian lakh and crore included).
SCALES: Final[dict[str, int]] = {
    "thousand": 3, "thousands": 3, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5, "million": 6, "millions": 6,
    "crore": 7, "crores": 7, "billion": 9, "billions": 9, "trillion": 12, "trillions": 12,
}
# Fractions usable before a scale ("half a million", "a quarter million", "three quarters billion").
FRACTIONS: Final[dict[str, tuple[int, int]]] = {
    "half": (1, 2), "quarter": (1, 4), "quarters": (1, 4), "third": (1, 3), "thirds": (1, 3),
}
# Words meaning 1 before a scale or a currency name ("a million dollars", "a dollar"), never before a digit.
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
POINT_WORDS: Final[frozenset[str]] = frozenset({"point"})

# --- Pay periods --------------------------------------------------------------------------------------
# Unit words after "per", "a", "an", "each", "every" or "/" ("per annum", "an hour", "/yr").
PERIOD_UNITS: Final[dict[str, str]] = {
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "d": "day", "diem": "day", "shift": "day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week", "w": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month", "mnth": "month",
    "m": "month", "calendar month": "month",
    "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "q": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year", "annum": "year", "a": "year",
    "pa": "year",
}
# Unit words that need "/" or "per" before them: "an h" or "a d" is not a period.
PERIOD_UNITS_SLASH_ONLY: Final[frozenset[str]] = frozenset({"h", "d", "w", "m", "y", "a", "q", "pa", "mo", "mos"})
# Words introducing a unit ("per year", "a year", "each month", "/hr").
PERIOD_PREPOSITIONS: Final[frozenset[str]] = frozenset({"per", "a", "an", "each", "every", "/", "p", "p/"})
# One-token period phrases written after the amount ("£350 daily", "$20 hourly", "£30k pa").
PERIOD_WORDS: Final[dict[str, str]] = {
    "hourly": "hour", "ph": "hour", "p.h.": "hour", "p.h": "hour", "p/h": "hour", "p.hr": "hour",
    "p.hr.": "hour", "phr": "hour",
    "daily": "day", "pd": "day", "p.d.": "day", "p/d": "day", "pday": "day",
    "weekly": "week", "pw": "week", "p.w.": "week", "p/w": "week", "pwk": "week",
    "fortnightly": "fortnight", "biweekly": "fortnight", "bi-weekly": "fortnight",
    "monthly": "month", "pm": "month", "p.m.": "month", "pcm": "month", "p.c.m.": "month", "p/m": "month",
    "quarterly": "quarter", "pq": "quarter",
    "yearly": "year", "annually": "year", "annual": "year", "pa": "year", "p.a.": "year", "p.a": "year",
    "p/a": "year", "pan": "year", "per annum": "year", "perannum": "year", "py": "year",
}
# Every period spelling the library knows, for Period.parse and for the round-trip property tests.
PERIOD_PHRASES: Final[dict[str, str]] = {
    **PERIOD_WORDS,
    **{f"per {u}": p for u, p in PERIOD_UNITS.items() if u not in {"a", "pa"}},
    **{f"/{u}": p for u, p in PERIOD_UNITS.items() if u not in {"pa", "calendar month"}},
    **{f"a {u}": p for u, p in PERIOD_UNITS.items() if u in {"day", "week", "fortnight", "month", "quarter", "year"}},
    **{f"an {u}": p for u, p in PERIOD_UNITS.items() if u in {"hour"}},
    **{f"each {u}": p for u, p in PERIOD_UNITS.items() if u in {"hour", "day", "week", "month", "year"}},
}
# "p.m." after a number is a time of day unless money is plainly meant; these stay periods only after a
# currency-bearing amount, which is the only place the grammar looks for them.
# A period phrase followed by one of these words is a time reference, not a pay period:
# "$13.18 billion a year earlier", "$5 a month ago".
NOT_PERIOD_FOLLOWERS: Final[frozenset[str]] = frozenset({
    "earlier", "ago", "later", "prior", "previously", "back", "sooner", "beforehand", "old", "older",
    "younger", "hence", "later,",
})
# Prepositions that make "a year" a span of time only when a reference point follows them ("a year from
# now", "a year after the merger", "a year into the job"); before a date or a deduction they leave the
# period alone ("£11.44 an hour from April", "$7.25 an hour since 2009", "£2,000 a month after tax").
TIME_RELATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "before", "after", "since", "until", "from", "into",
})
TIME_REFERENCE_POINTS: Final[frozenset[str]] = frozenset({
    "now", "today", "then", "that", "this", "the", "a", "an", "its", "their", "his", "her", "our", "my",
    "which", "when", "of", "it", "he", "she", "they", "we",
})
# Words that may stand between an amount and its period: "€3k net monthly", "$5,000 gross per month".
PAY_QUALIFIERS: Final[frozenset[str]] = frozenset({
    "net", "gross", "brutto", "netto", "base", "basic", "before-tax", "pre-tax", "after-tax", "take-home",
    "total", "salary", "pay", "wage", "wages", "guaranteed", "fixed",
})
# Adjectives that state a period before a pay noun ("annual salary of $X", "hourly rate: $X", "a day rate
# of £350"); the noun must follow directly.
PERIOD_ADJECTIVES: Final[dict[str, str]] = {
    "hourly": "hour", "daily": "day", "day": "day", "weekly": "week", "week": "week", "fortnightly": "fortnight",
    "biweekly": "fortnight", "bi-weekly": "fortnight", "monthly": "month", "month": "month",
    "quarterly": "quarter", "annual": "year", "annualized": "year", "annualised": "year", "yearly": "year",
    "year": "year",
}
PAY_NOUNS: Final[frozenset[str]] = frozenset({
    "salary", "salaries", "pay", "wage", "wages", "rate", "rates", "income", "compensation", "earnings",
    "package", "stipend", "remuneration", "allowance", "rent", "fee", "fees", "retainer", "base", "pension",
    "bonus", "premium", "subscription", "budget", "payment", "payments", "cost", "costs", "price",
    "ctc", "paid", "earns", "earn", "earning", "offered", "offer",
})
# Modifiers allowed between a period adjective and the pay noun ("annual base salary", "hourly pay rate").
PAY_NOUN_MODIFIERS: Final[frozenset[str]] = frozenset({"base", "basic", "gross", "net", "starting", "total",
                                                       "pay", "salary", "average", "median", "mean"})
# Words allowed between the pay noun and the amount ("annual salary of $X", "hourly rate is $X").
PAY_NOUN_LINKS: Final[frozenset[str]] = frozenset({"of", "is", "was", "at", ":", "=", "from", "between", "around",
                                                   "about", "up", "to", "will", "be", "being", "set",
                                                   "approximately", "roughly", "nearly", "some", "over",
                                                   "under", "starts", "starting", "ranges", "range",
                                                   "ranging", "in", "the", "$", "—", "-", "–"})

# --- Open bounds --------------------------------------------------------------------------------------
# Phrases before the amount. Value: which end the amount is: "max" (upper bound only) or "min".
BOUNDS_BEFORE: Final[dict[str, str]] = {
    "up to": "max", "upto": "max", "as much as": "max", "as high as": "max", "maximum": "max",
    "maximum of": "max", "max": "max", "max.": "max", "max:": "max", "under": "max", "below": "max",
    "less than": "max", "lower than": "max", "fewer than": "max", "no more than": "max",
    "not more than": "max", "at most": "max", "not exceeding": "max", "not to exceed": "max",
    "capped at": "max", "a maximum of": "max", "up to a maximum of": "max", "no higher than": "max",
    "at least": "min", "minimum": "min", "minimum of": "min", "a minimum of": "min", "min": "min",
    "min.": "min", "over": "min", "above": "min", "more than": "min", "greater than": "min",
    "higher than": "min", "no less than": "min", "not less than": "min", "starting at": "min",
    "starting from": "min", "starts at": "min", "starts from": "min", "start at": "min",
    "from": "min", "in excess of": "min", "upwards of": "min", "upward of": "min", "north of": "min",
    "or more than": "min", "beginning at": "min",
}
# Phrases after the amount.
BOUNDS_AFTER: Final[dict[str, str]] = {
    "+": "min", "or more": "min", "and above": "min", "and up": "min", "or higher": "min", "plus": "min",
    "and upwards": "min", "or above": "min", "minimum": "min", "min": "min", "min.": "min",
    "or less": "max", "and under": "max", "and below": "max", "or lower": "max", "max": "max",
    "max.": "max", "maximum": "max", "or under": "max", "& under": "max", "& up": "min", "& above": "min",
}
# In a money field, these after "X to" leave the top open ("18,000 to Competitive").
OPEN_TOP_WORDS: Final[frozenset[str]] = frozenset({"competitive", "negotiable", "neg", "neg.", "doe", "tbc",
                                                   "tbd", "market", "attractive"})
# Verbs of change: "rose from $5" names a former value, not a lower bound; "from $5 to $7" after them is
# two values, not a range.
CHANGE_WORDS: Final[frozenset[str]] = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased",
    "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "cut", "cuts",
    "cutting", "down", "up", "grew", "grow", "grows", "growing", "grown", "dropped", "drop", "drops",
    "dropping", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "raised", "raise", "raises",
    "raising", "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "slid", "slide", "slipped",
    "soared", "soar", "surged", "surge", "plunged", "plunge", "tumbled", "tumble", "declined", "decline",
    "declines", "went", "go", "goes", "moved", "move", "changed", "change", "revised", "revise",
    "boosted", "boost", "hiked", "hike", "trimmed", "trim", "slashed", "slash", "doubled", "tripled",
    "improved", "widened", "narrowed", "shrank", "shrunk", "swelled", "expanded", "ballooned", "sank",
    "sink", "advanced", "gained", "lost", "eased", "recovered", "rebounded", "dipped", "spiked",
    "compared", "versus", "vs", "vs.", "bumped", "upped", "upgraded", "downgraded", "shifted", "switched",
})

# Particles of a phrasal verb of change: "went up $2 to $15" is a change, but a lone "up $2 to $5" may be a
# range, so they are no verbs of change by themselves right before an amount.
CHANGE_PARTICLES: Final[frozenset[str]] = frozenset({"up", "down"})

# --- Approximation -----------------------------------------------------------------------------------
APPROX_BEFORE: Final[frozenset[str]] = frozenset({
    "about", "around", "approximately", "approx", "approx.", "appr.", "roughly", "nearly", "almost", "some",
    "~", "≈", "c.", "ca.", "circa", "est.", "est", "estimated", "an estimated", "close to", "in the region of",
    "in the neighbourhood of", "in the neighborhood of", "more or less", "just over", "just under",
    "something like", "give or take", "the equivalent of", "or about", "or around",
    "approximate", "an approximate", "a rough", "ish", "estimate", "around about",
})
APPROX_AFTER: Final[frozenset[str]] = frozenset({
    "or so", "est.", "est", "(est.)", "(est)", "estimated", "approx", "approx.", "ish", "-ish", "give or take",
    "(glassdoor est.)", "(employer est.)", "(estimated)", "(approx.)", "(approx)", "(approximately)",
})
# A parenthesis after the amount whose words mark it as an estimate: "(Glassdoor est.)", "(Employer est.)".
ESTIMATE_MARKERS: Final[frozenset[str]] = frozenset({"est", "est.", "estimate", "estimated", "approx",
                                                     "approx.", "approximately"})

# Single-letter signs that are money in running text when glued to a number written as money is: with
# decimals, digit groups or a multiplier ("R18.99", "R15 000", "R2,5 million", "R2bn"); never "R2" or "R500"
# alone (a droid, a road, a model number). South African papers write the rand this way, Nigerian ones
# the naira ("N70,000", "N1.2bn"; "N95" is a mask).
LETTER_SIGNS_ON_FORMATTED_NUMBERS: Final[frozenset[str]] = frozenset({"R", "N"})

# Signs and names whose conventional reading yields to the one country among their readings that the
# document names ("Pakistan's budget of Rs 14.5 trillion" is PKR, "kr 500 in Oslo" stays SEK unless Norway
# is named). Not "$", "£" or "¥": wire services name Canada or Egypt beside a "$" or "£" of their own.
COUNTRY_OVER_CONVENTION: Final[frozenset[str]] = frozenset({
    "rs", "rs.", "₨", "rupee", "rupees", "kr", "kr.", "krona", "kronor", "krone", "kroner",
})

# Period abbreviations that UK job ads glue to a multiplier: "£25kpa", "£30Kpa", "£2kpcm" (PERIOD_WORDS
# says which period each is). Not "pm": "5pm" is a time.
GLUED_PERIODS: Final[frozenset[str]] = frozenset({"pa", "ph", "pw", "pcm", "pd"})

# Marks that end a sentence (or a clause that stands alone): a verb of change does not reach across them,
# and a long window is best cut after them.
SENTENCE_ENDS: Final[str] = ".;!?"

# Minus signs written before an amount or between its sign and number ("-$5.00", "$-5.00", "−€3").
MINUS_SIGNS: Final[frozenset[str]] = frozenset({"-", "−"})
# Punctuation after which a minus glued to the amount is still a minus: "(−€3)", "net:-£5", "x=-$2".
MINUS_OPENERS: Final[frozenset[str]] = frozenset("(:[=")

# --- Ranges and equivalents ----------------------------------------------------------------------------
# Connectors between the two ends of a range. "and" only after "between"; "or" never (not a range).
RANGE_DASHES: Final[frozenset[str]] = frozenset({"-", "–", "—", "‒", "−", "―", "~", "--", "‐", "‑"})
RANGE_WORDS: Final[frozenset[str]] = frozenset({"to", "through", "thru", "till", "until", "up to", "upto", "-to-"})
RANGE_OPENERS: Final[dict[str, str]] = {"between": "and", "from": "to", "btw": "and", "betw.": "and"}
# Words that may stand between "(" and a restatement: "(about $54,000)", "(or A$71,000)".
EQUIVALENT_LEADS: Final[frozenset[str]] = frozenset({
    "about", "around", "approximately", "approx", "approx.", "roughly", "some", "nearly", "almost", "or",
    "c.", "circa", "~", "≈", "=", "equivalent", "to", "equivalent to", "or about", "or around", "i.e.",
    "ie", "i.e", "worth", "approx:", "est.", "an estimated", "estimated", "over", "under",
    "more than", "less than", "up to", "at least", "just over", "just under",
})
# Separators between several restatements inside one parenthesis: "(US$6,900 / €6,400)".
EQUIVALENT_SEPARATORS: Final[frozenset[str]] = frozenset({"/", ";", ",", "or", "and", "|", "·"})

# Currency names that are also ordinary English words: never read as a currency *before* a number
# ("Arsenal won 3-1", "pound 5 nails"); after a number they still count ("5,000 won", "50 pounds").
NAMES_NOT_BEFORE_NUMBER: Final[frozenset[str]] = frozenset({
    "won", "pound", "pounds", "rand", "rands", "mark", "marks", "real", "lev", "som", "kip", "dram", "lek",
    "lats", "sol", "loti", "pula", "lari", "leu", "lei", "manat", "tala", "vatu", "kina", "birr", "naira",
})

# --- Cents written after the main unit ("$20 43", "15 dollars and 50", "3 GBP 1 pence") ---------------------
# Without a minor-unit word, the trailing number counts as cents only when one of these (or punctuation,
# or the end of the text) follows it: "$20 and 43 people" is not $20.43.
CONTINUATION_FOLLOWERS: Final[frozenset[str]] = frozenset({"and", "or", "more", "less", "only", "each", "extra",
                                                           "apiece", "in", "for", "per", "a", "an", "of"})
# "pounds" weigh as often as they pay: a verb of weight shortly before the number, or a unit of weight
# right after the name, makes it a weight ("weighs 180 pounds", "lost 10 pounds", "7 pounds 4 ounces").
WEIGHT_NAMES: Final[frozenset[str]] = frozenset({"pound", "pounds"})
WEIGHT_VERBS: Final[frozenset[str]] = frozenset({
    "weigh", "weighs", "weighed", "weighing", "weight", "lose", "loses", "lost", "losing", "gain", "gains",
    "gained", "gaining", "shed", "sheds", "shedding", "lift", "lifts", "lifted", "lifting", "bench", "benched",
    "press", "pressed", "squat", "squats", "squatted", "deadlift", "deadlifted", "carry", "carries", "carried",
    "caught", "heaviest", "lightest",
})
WEIGHT_FOLLOWERS: Final[frozenset[str]] = frozenset({
    "ounce", "ounces", "oz", "oz.", "heavier", "lighter", "overweight", "underweight", "of weight",
    "of body", "of fat", "of muscle",
})
# "a dollar" is one dollar only when the phrase ends there: "a dollar store" and "a euro zone" are not money.
ARTICLE_MONEY_FOLLOWERS: Final[frozenset[str]] = frozenset({
    "and", "or", "a", "an", "per", "each", "for", "to", "in", "at", "on", "more", "less", "extra", "apiece",
    "off", "of", "every", "is", "was", "would", "will", "from", "than", "but", "if", "when", "back",
})

# --- Money fields ---------------------------------------------------------------------------------------
# A field that says only this is a price of zero ("Free!").
FREE_WORDS: Final[frozenset[str]] = frozenset({"free", "gratis", "gratuit", "kostenlos", "gratuito"})
# Month names: in a money field a bare year after them ("July, 2004") is a date, not an amount.
MONTHS: Final[frozenset[str]] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
})
# Words after a number that make it a count or a measure, not money, even beside a currency sign in
# code-like or tabular text ("$5 million" is money, but "5 %" is a percentage).
PERCENT_SIGNS: Final[frozenset[str]] = frozenset({"%", "％", "‰", "percent", "per cent", "pct", "pc"})

# --- Scanning -------------------------------------------------------------------------------------------
# "99p" and "50c": single letters for pence and cents, read through these minor-unit words, and only right
# after a small amount ("1080p" is a video format).
LETTER_MINOR_UNITS: Final[dict[str, str]] = {"p": "pence", "c": "cents", "¢": "cents"}
# Characters around a "$" and its number that make it code, not money ("s/(a)/$1/", "${1}", "echo '$2'").
CODE_BEFORE: Final[frozenset[str]] = frozenset("\\=/{`'\"|<>_@#%^&*")
CODE_AFTER: Final[frozenset[str]] = frozenset("}`'\"\\|=[]_@#^&*<>")
# Straight quotes: prose quotes money as often as shells quote variables (see Parser._code_context).
PROSE_QUOTES: Final[frozenset[str]] = frozenset("'\"")
# Tokens that may stand inside an expression between its first number and its currency signal, besides
# number words, multipliers, connectors and currency words: "up (to)", decimal and list punctuation, "&",
# and the letters tokenised news writes apart from "$" ("u.s $", "c $").
EXPRESSION_JOINERS: Final[frozenset[str]] = frozenset({"up", ".", ",", "/", "(", "&", "u.s", "c"})
# Abbreviations whose final dot is part of the word, not the end of a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "vs.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.",
})
