"""The keys a language file may hold, what kind of value each is, and what the grammar does with it.

This is the contract between the data files (``data/<tag>.toml``) and the grammar: the loader converts
every key by its kind, a test checks every file against it, and ``Lexicon`` has one attribute per key.
A language file need not hold every key: what it leaves out is empty (or the base file's value).

Kinds:

* ``words``: a list of lower-case words or phrases, looked up one token at a time (a frozenset);
* ``exact``: the same, in the case written ("R", "N", ISO codes): never lower-cased;
* ``chars``: a string of single characters (a frozenset of characters);
* ``phrases``: a list of lower-case phrases of up to five words, matched token by token before or after an
  amount (a ``PhraseSet``);
* ``bounds``: a table phrase -> "min" | "max" (a ``PhraseSet``): which end of the amount the phrase leaves;
* ``periods``: a table word or phrase -> a period ("hour", "day", "week", "fortnight", "month", "quarter",
  "year");
* ``powers``: a table word -> a power of ten (a multiplier or scale: "million" = 6);
* ``exact_powers``: the same with keys in the case written ("MUSD": "M" = 6, "kEUR": "k" = 3);
* ``numbers``: a table number word -> its value ("seven" = 7);
* ``fractions``: a table word -> [numerator, denominator] ("half" = [1, 2]);
* ``closers``: a table range opener -> the words that join its second amount ("between" = ["and", "&"]);
* ``spellings``: a table word -> the word it stands for ("p" = "pence");
* ``ordered``: a list whose order matters (the first is preferred);
* ``text``: one string (``decimal_mark``).
"""

from __future__ import annotations

from typing import Final

__all__ = ["KINDS", "SCHEMA"]

KINDS: Final = frozenset({"words", "exact", "chars", "phrases", "bounds", "periods", "powers", "exact_powers",
                          "numbers", "fractions", "closers", "spellings", "ordered", "text"})

#: key -> (kind, what the grammar does with it). Keep in the order of the pipeline.
SCHEMA: Final[dict[str, tuple[str, str]]] = {
    # --- the language itself -----------------------------------------------------------------------------
    "function_words": ("words", "Frequent words a text in this language is recognised by (\"der\", \"und\"): "
                                "evidence for detecting the language, with the language's distinctive money "
                                "words."),
    "scripts": ("spellings", "The scripts the language is written in, other than Latin: a table script name -> "
                             "its characters as the body of a regex character class (han = "
                             "\"\\u3400-\\u4dbf\\u4e00-\\u9fff\"). A text mostly in letters of scripts "
                             "is detected as the language claiming them all (hiragana: Japanese alone); "
                             "languages claiming the same script (han: Japanese and Chinese) share it under "
                             "the same name and are told apart by their words. Empty: Latin."),
    # --- numbers ------------------------------------------------------------------------------------------
    "decimal_mark": ("text", "The language's decimal mark, \",\" or \".\", when it has one for certain: a "
                             "lone separator of the other kind before three digits then groups thousands "
                             "(\"1.500\" is 1500 in German), and this one before three digits is a decimal mark "
                             "(\"1,500\" is 1.5). Empty: decide by the digits alone (English prose quotes both)."),
    "multipliers": ("powers", "Multipliers written after a number: \"$900k\", \"£2.5bn\", \"4,5 Mrd. €\"."),
    "short_multipliers": ("words", "Multipliers too short to stand alone: attached to the number or one space "
                                   "after it, never followed by more letters (\"k\", \"m\", \"bn\")."),
    "multipliers_attached_only": ("words", "Multipliers that count only attached to the number (\"2l\")."),
    "money_multipliers": ("words", "Multipliers that mean money by themselves: \"50 grand\"."),
    "money_multiplier_names": ("ordered", "Currency names whose readings a money multiplier may have, first "
                                          "reading of each first (\"bucks\", \"quid\": USD, GBP, other dollars)."),
    "money_multipliers_in_context": ("powers", "Multipliers that mean money by themselves only after a word of "
                                               "money (money_context_words) within three words before the "
                                               "number, or before a pay period: \"made 50 bands\" (US slang, "
                                               "50,000), \"made a mill last year\"; \"two bands played\", "
                                               "\"3 bands on the bill\" are counts. The currency is read as for "
                                               "money_multipliers."),
    "note_words": ("numbers", "Words for a banknote and its face value, counted by the number or article before "
                              "them: \"a fiver\" is 5, \"two tenners\" 20, in the first reading of note_names."),
    "note_names": ("ordered", "Currency names whose readings a note word may have, first reading of each first "
                              "(\"quid\": GBP, then the dollars of \"bucks\")."),
    "cjk_numerals": ("chars", "Ideographic numerals: digits glued to one begin a numeral phrase (\"1億円\")."),
    "unspaced": ("text", "The letters this language writes without spaces between words, as the body of a "
                         "regex character class (\"\\u3040-\\u30ff\\u4e00-\\u9fff\"): runs of them are cut "
                         "into the words of the language's data (its currency names, numerals, bound and "
                         "period words), longest first, and single letters."),
    "myriad_scales": ("powers", "Scales of numerals counted in groups of four digits, each multiplying all "
                                "that comes before it back to the previous one (\"万\" = 4, \"億\" = 8: "
                                "\"1億2千万\" is 120,000,000)."),
    "ambiguous_numerals": ("words", "Numerals that are everyday words as often (Korean \"사\", \"이\", \"구\"): "
                                    "alone, without another numeral or digits, they are no amount (\"사원\" is an "
                                    "employee, not 4 won)."),
    "small_scales": ("powers", "Scales inside a group of four digits (\"十\" = 1, \"百\" = 2, \"千\" = 3): "
                               "\"7百\" is 700, \"千\" alone 1,000."),
    "code_scale_prefixes": ("exact_powers", "Scale prefixes glued to an ISO code: \"MUSD\", \"kEUR\"."),
    "indian_scales": ("words", "Lakh and crore: money only near a pay word or period (\"12 lakh voters\" is not)."),
    "indian_scale_currencies": ("ordered", "The currencies counted in lakhs and crores, conventional first."),
    "stacking_scales": ("words", "Scales that may stand before a larger one: \"lakh crore\", \"hundred thousand\"."),
    "stacked_scales": ("powers", "Scales that may follow a smaller one and multiply it."),
    "lakhs_per_annum": ("phrases", "\"LPA\": lakhs per annum, a multiplier and a period at once."),
    "scales": ("powers", "Scale words of numbers written in words (\"thousand\", \"million\", \"Milliarde\")."),
    "units": ("numbers", "Number words below twenty (or the language's units)."),
    "tens": ("numbers", "Tens (\"twenty\", \"zwanzig\")."),
    "hundred": ("words", "The words for a hundred."),
    "fractions": ("fractions", "Fractions before a scale (\"half a million\", \"eine halbe Million\")."),
    "articles": ("words", "Words meaning one before a scale or a currency name (\"a million\", \"a dollar\")."),
    "numeral_prefixes": ("words", "Beginnings of numbers written as one word, where the language writes them so "
                                  "(\"zwei\" of \"zweitausend\", \"fünf\" of \"fünfundzwanzig\"): a word that "
                                  "starts with one is tried as a number."),
    "point_words": ("words", "\"point\" of \"one point three\"."),
    "number_and": ("words", "The \"and\" inside number words (\"one hundred and fifty\")."),
    "fraction_of": ("words", "The \"of\" of \"a quarter of a million\"."),
    "scale_currency_links": ("words", "Words between a scale word and the currency name after it "
                                      "(\"milliards d'euros\", \"millones de dólares\", \"milioni di euro\")."),
    "percent_signs": ("words", "Signs after a number that make it a percentage."),
    "percent_words": ("words", "Words after a number that make it a percentage (\"percent\", \"Prozent\")."),
    "unit_price_nouns": ("words", "Units a price is quoted per, after a period preposition (\"$3.499 a gallon\", "
                                  "\"$1.125 per share\", \"/litre\"): there, as beside an hourly period, a lone "
                                  "\".\" before three digits is a decimal point, not a grouping (\"$1.250\" alone "
                                  "is 1,250)."),
    "fuel_nouns": ("words", "Fuels whose price is quoted to a tenth of a cent: among the five words before the "
                            "amount (same sentence), a lone \".\" before three digits is a decimal point "
                            "(\"gas averaged $3.499\")."),
    # --- currency signals -----------------------------------------------------------------------------
    "letter_minor_units": ("spellings", "Single letters for minor units after a small amount (\"99p\")."),
    "times_of_day": ("words", "Times of day that begin with a minor-unit letter (\"p.m.\")."),
    "letter_signs_on_formatted_numbers": ("exact", "Single-letter signs that are money glued to a number "
                                                   "written as money is (\"R18.99\", \"N70,000\")."),
    "dollar_letters_spaced": ("words", "Single letters that make a prefixed dollar sign even written apart from "
                                       "the \"$\" (\"C $ 5\" in tokenised news is C$)."),
    "not_dollar_letters": ("words", "Words that are never the letters of a prefixed dollar sign (\"a $5\" is an "
                                    "article, not A$)."),
    "country_over_convention": ("words", "Signs and names whose conventional reading yields to the one "
                                         "country the document names (\"Rs\", \"rupees\", \"kr\")."),
    "places": ("spellings", "Places that stand for their country where a bare \"$\" is read: a table place -> "
                            "the country word of the language's currency names it lies in (\"auckland\" = "
                            "\"new zealand\", \"wall street\" = \"united states\"). A place of the sign's "
                            "conventional country anywhere in the document keeps \"$\" at its convention."),
    "place_prepositions": ("words", "Words before a place that make it where the money is paid or earned "
                                    "(\"nurses in Auckland earn $32\"): with no other evidence, a bare \"$\" "
                                    "in that sentence is the place's dollar."),
    "place_possessives": ("exact", "Endings after a place that make it where the money is paid or earned "
                                   "(\"Singapore's minimum wage\")."),
    "signs_safe_in_prose": ("exact", "Letter signs that are no ordinary words in this language's prose, though "
                                     "the currency table lists them as unsafe (\"Fr.\" in German: Swiss francs)."),
    "names_not_before_number": ("words", "Currency names that are ordinary words: never before a number "
                                         "(\"won 3-1\")."),
    "minor_unit_blockers": ("words", "Words that make an amount written in minor units alone something else "
                                     "when among the three words before it or right after its number (Chinese "
                                     "\"分\" is also minutes and points: \"10点30分\", \"得了90分\", "
                                     "\"十二分三十秒\")."),
    "generic_units": ("words", "Unit words written after the number whatever the currency (Chinese \"元\"): "
                               "after a currency name before the number they take its currency (\"港幣880元\" is "
                               "880 Hong Kong dollars)."),
    "glued_after_currency": ("words", "In a language that glues particles to its words (Korean), the only "
                                      "words that may be glued after a currency word; any other makes it the "
                                      "start of a longer word (\"백엔드\", backend, is no yen). Empty: no check."),
    "name_joiners": ("chars", "Punctuation glued between two words of a currency name that joins them as a space "
                              "would (\"US-Dollar\", \"スイス・フラン\")."),
    # --- ranges ---------------------------------------------------------------------------------------
    "range_dashes": ("words", "Dashes between the two ends of a range."),
    "range_words": ("words", "Words between the two ends of a range (\"to\", \"bis\")."),
    "range_openers": ("closers", "A word before a range's first amount, and the words joining its second."),
    "range_connectors_between_signs": ("words", "Words that join two amounts only when each has its own sign."),
    "change_words": ("words", "Verbs of change: \"rose from $5 to $7\" names two values, not a range."),
    "change_particles": ("words", "Particles of a phrasal verb of change (\"went up\")."),
    "change_by_words": ("words", "The preposition between a verb of change and its amount (\"cut by $5\")."),
    "change_openers": ("words", "Openers that name a former value after a verb of change (\"from\")."),
    # --- bounds and approximation ---------------------------------------------------------------------
    "bounds_before": ("bounds", "Bound phrases before the amount (\"up to\": max; \"at least\": min)."),
    "bounds_after": ("bounds", "Bound phrases after the amount (\"+\", \"or more\": min; \"or less\": max)."),
    "bounds_after_hyphenated": ("bounds", "Bounds glued to the amount with a hyphen (\"$100,000-plus\")."),
    "bounds_after_not_before_words": ("words", "Bounds after the amount that a following word cancels "
                                               "(\"£30k plus benefits\")."),
    "digit_count_words": ("words", "Words that after a count of digits give an amount's size (\"six-figure\", "
                                   "\"7-figure\", \"a six figure salary\"): a lower bound of the smallest "
                                   "number of that size, only with a currency word in the phrase (\"a "
                                   "six-figure dollar salary\", \"a six-figure sum in dollars\"); alone, "
                                   "plural (\"the high five figures\") or before an amount of its own, none."),
    "digit_count_currency_links": ("words", "Words between the noun an amount's size qualifies and the currency "
                                            "it is stated in (\"in\" of \"a six-figure sum in dollars\")."),
    "bound_cancellers": ("words", "Words right before a bound phrase that make it their own preposition: "
                                  "\"eine Rechnung über 500 Euro\", \"sich über eine Million freuen\" are no "
                                  "lower bounds."),
    "open_top_words": ("words", "In a money field, \"X to <word>\" leaves the top open (\"to Competitive\")."),
    "field_upper_bound_words": ("words", "In a money field, a leading word making an upper bound (\"to 35\")."),
    "approx_before": ("phrases", "Approximation before the amount (\"about\", \"rund\")."),
    "approx_after": ("phrases", "Approximation after the amount (\"or so\", \"(est.)\")."),
    "approx_suffixes_after_hyphen": ("words", "Suffixes glued with a hyphen (\"$50k-ish\")."),
    "estimate_markers": ("words", "Words that make a parenthesis after the amount an estimate note."),
    # --- periods --------------------------------------------------------------------------------------
    "period_units": ("periods", "Unit words after a preposition or \"/\" (\"per annum\", \"/hr\", \"pro Jahr\")."),
    "period_units_slash_only": ("words", "Units that need \"/\" or a strict preposition (\"/h\", not \"an h\")."),
    "period_prepositions": ("words", "Words introducing a unit (\"per\", \"a\", \"pro\", \"im\")."),
    "period_prepositions_for_abbreviations": ("words", "Prepositions after which short units are periods."),
    "period_prepositions_needing_slash": ("words", "Prepositions that need \"/\" before their unit (\"p/h\")."),
    "period_prepositions_of_time": ("words", "Prepositions that may make \"a year\" a span of time."),
    "period_words": ("periods", "One-token period phrases after the amount (\"hourly\", \"monatlich\", \"p.a.\")."),
    "period_words_after_hyphen": ("words", "Period words that may follow a hyphen glued to the amount."),
    "period_adjectives": ("periods", "Adjectives stating a period before a pay noun (\"annual salary\")."),
    "period_compound_prefixes": ("periods", "First parts of compound pay nouns that carry a period "
                                            "(\"jahres\" of \"Jahresgehalt\", \"stunden\" of \"Stundenlohn\")."),
    "not_period_followers": ("words", "Words after a period phrase that make it a time reference (\"ago\")."),
    "time_relative_prepositions": ("words", "Prepositions that may make \"a year\" a span (\"a year after\")."),
    "time_reference_points": ("words", "Words after those prepositions that make it one (\"after the\")."),
    "clause_breaks": ("words", "Words that begin a new clause (\"but\", \"while\", \"whereas\"): a period stated on "
                               "a pay noun before one does not reach an amount after it."),
    "pay_qualifiers": ("words", "Words between an amount and its period (\"net\", \"gross\", \"brutto\")."),
    "pay_nouns": ("words", "Nouns of pay a period adjective qualifies (\"salary\", \"rate\")."),
    "pay_noun_modifiers": ("words", "Words between a period adjective and its pay noun (\"annual base salary\")."),
    "pay_noun_links": ("words", "Words between a pay noun and its amount (\"of\", \"is\", \"von\")."),
    "glued_periods": ("words", "Period abbreviations glued to a multiplier (\"£25kpa\")."),
    # --- equivalents ----------------------------------------------------------------------------------
    "equivalent_leads": ("phrases", "Words between \"(\" and a restatement (\"about\", \"rund\")."),
    "equivalent_separators": ("words", "Separators between restatements in one parenthesis."),
    "equivalent_leads_after_comma": ("phrases", "Words after a comma that restate the amount before it in "
                                                "another currency (\"€740 million, equivalent to $805 "
                                                "million\", \"£2bn, or roughly $2.5bn\"); approximation "
                                                "words may follow them (\"which is about\")."),
    # --- not money ------------------------------------------------------------------------------------
    "unit_chain": ("powers", "Units spoken one after the other, each with its place below the main unit (yuan "
                             "\"元\" = 0, jiao \"角\" = 1, fen \"分\" = 2): \"五元六角\" is 5.6, and a bare "
                             "numeral after a unit is the next unit down (\"一块二\" is 1.2)."),
    "cents_connectors": ("words", "The word joining cents written after the unit (\"15 dollars and 50\")."),
    "continuation_followers": ("words", "Words that may follow trailing cents (\"$20 43 each\")."),
    "weight_names": ("words", "Currency names that also weigh (\"pounds\")."),
    "weight_verbs": ("words", "Verbs of weight before the number (\"weighs 180 pounds\")."),
    "weight_followers": ("phrases", "Units of weight after the name (\"7 pounds 4 ounces\")."),
    "name_adjective_nouns": ("words", "Nouns after a currency name that make the name their adjective, not "
                                      "money (\"3 złote medale\": three gold medals)."),
    "names_needing_money_context": ("words", "Currency names as often ordinary nouns (French \"livres\": books): "
                                             "money after a number only with a scale or decimals (\"1,2 million "
                                             "de livres\", \"3,50 livres\") or a money word shortly before "
                                             "(money_context_words); \"livres sterling\" is another name."),
    "names_with_article_in_context": ("words", "Currency names that after an article are money only with a word "
                                               "of money shortly before (money_context_words, pay_nouns) or "
                                               "cents after: \"it cost a buck\", \"a buck fifty\"; \"shot a "
                                               "buck and a doe\" is a deer."),
    "money_context_words": ("words", "Words that make a number after them money (\"coûte\", \"payé\", "
                                     "\"prix\"), within three words, for names_needing_money_context and "
                                     "money_multipliers_in_context."),
    "article_money_followers": ("words", "Words after \"a dollar\" for it to be one dollar (not \"a dollar store\")."),
    "free_words": ("words", "A field that says only this is a price of zero (\"Free!\")."),
    "months": ("words", "Month names: a bare year after one is a date in a money field."),
    "sentence_ends": ("chars", "Marks that end a sentence."),
    "minus_signs": ("words", "Minus signs before an amount."),
    "minus_openers": ("chars", "Punctuation after which a glued minus is still a minus (\"(−€3)\")."),
    "code_before": ("chars", "Characters before a \"$\" and one or two digits that make it code."),
    "code_after": ("chars", "Characters after them that make it code."),
    "prose_quotes": ("chars", "Straight quotes, which prose and shells both use."),
    "expression_joiners": ("words", "Tokens that may stand inside an expression before its currency signal."),
    "elisions": ("words", "Articles and prepositions elided onto the next word with an apostrophe (French "
                          "\"d'\", \"l'\", Italian \"dell'\"): the tokenizer writes them apart, so that "
                          "\"d'euros\" reads \"euros\"."),
    "abbreviations": ("words", "Abbreviations whose final dot is part of the word (\"Mr.\", \"z.B.\")."),
}
