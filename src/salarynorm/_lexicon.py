"""A bridge while the grammar moves to the language data: today's constant names, read from
``load("en")`` (base.toml ⊕ en.toml). The words themselves live in ``_lang/data``; nothing here is data.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ._lang import load
from ._lang.en import period_phrases

EN: Final = load("en")

MULTIPLIERS: Final = EN.multipliers
CJK_NUMERALS: Final = EN.cjk_numerals
SHORT_MULTIPLIERS: Final = EN.short_multipliers
MULTIPLIERS_ATTACHED_ONLY: Final = EN.multipliers_attached_only
MONEY_MULTIPLIERS: Final = EN.money_multipliers
MONEY_MULTIPLIER_NAMES: Final = EN.money_multiplier_names
INDIAN_SCALES: Final = EN.indian_scales
STACKING_SCALES: Final = EN.stacking_scales
STACKED_SCALES: Final = EN.stacked_scales
INDIAN_SCALE_CURRENCIES: Final = EN.indian_scale_currencies
CODE_SCALE_PREFIXES: Final = EN.code_scale_prefixes
LAKHS_PER_ANNUM: Final = frozenset(EN.lakhs_per_annum.entries)
UNITS: Final = EN.units
TENS: Final = EN.tens
HUNDRED: Final = EN.hundred
SCALES: Final = EN.scales
FRACTIONS: Final = EN.fractions
ARTICLES: Final = EN.articles
POINT_WORDS: Final = EN.point_words
NUMBER_AND: Final = EN.number_and
PERIOD_UNITS: Final = EN.period_units
PERIOD_UNITS_SLASH_ONLY: Final = EN.period_units_slash_only
PERIOD_PREPOSITIONS: Final = EN.period_prepositions
PERIOD_PREPOSITIONS_FOR_ABBREVIATIONS: Final = EN.period_prepositions_for_abbreviations
PERIOD_PREPOSITIONS_NEEDING_SLASH: Final = EN.period_prepositions_needing_slash
PERIOD_PREPOSITIONS_OF_TIME: Final = EN.period_prepositions_of_time
PERIOD_WORDS: Final = EN.period_words
PERIOD_WORDS_AFTER_HYPHEN: Final = EN.period_words_after_hyphen
PERIOD_PHRASES: Final = period_phrases(EN)
NOT_PERIOD_FOLLOWERS: Final = EN.not_period_followers
TIME_RELATIVE_PREPOSITIONS: Final = EN.time_relative_prepositions
TIME_REFERENCE_POINTS: Final = EN.time_reference_points
PAY_QUALIFIERS: Final = EN.pay_qualifiers
PERIOD_ADJECTIVES: Final = EN.period_adjectives
PAY_NOUNS: Final = EN.pay_nouns
PAY_NOUN_MODIFIERS: Final = EN.pay_noun_modifiers
PAY_NOUN_LINKS: Final = EN.pay_noun_links
BOUNDS_BEFORE: Final = EN.bounds_before.entries
BOUNDS_AFTER: Final = EN.bounds_after.entries
BOUNDS_AFTER_NOT_BEFORE_WORDS: Final = EN.bounds_after_not_before_words
OPEN_TOP_WORDS: Final = EN.open_top_words
FIELD_UPPER_BOUND_WORDS: Final = EN.field_upper_bound_words
CHANGE_WORDS: Final = EN.change_words
CHANGE_PARTICLES: Final = EN.change_particles
CHANGE_BY_WORDS: Final = EN.change_by_words
CHANGE_OPENERS: Final = EN.change_openers
APPROX_BEFORE: Final = frozenset(EN.approx_before.entries)
APPROX_AFTER: Final = frozenset(EN.approx_after.entries)
APPROX_SUFFIXES_AFTER_HYPHEN: Final = EN.approx_suffixes_after_hyphen
ESTIMATE_MARKERS: Final = EN.estimate_markers
LETTER_SIGNS_ON_FORMATTED_NUMBERS: Final = EN.letter_signs_on_formatted_numbers
COUNTRY_OVER_CONVENTION: Final = EN.country_over_convention
GLUED_PERIODS: Final = EN.glued_periods
SENTENCE_ENDS: Final = "".join(sorted(EN.sentence_ends))
MINUS_SIGNS: Final = EN.minus_signs
MINUS_OPENERS: Final = EN.minus_openers
RANGE_DASHES: Final = EN.range_dashes
RANGE_WORDS: Final = EN.range_words
RANGE_OPENERS: Final = EN.range_openers
RANGE_CONNECTORS_BETWEEN_SIGNS: Final = EN.range_connectors_between_signs
EQUIVALENT_LEADS: Final = frozenset(EN.equivalent_leads.entries)
EQUIVALENT_SEPARATORS: Final = EN.equivalent_separators
NAMES_NOT_BEFORE_NUMBER: Final = EN.names_not_before_number
CENTS_CONNECTORS: Final = EN.cents_connectors
CONTINUATION_FOLLOWERS: Final = EN.continuation_followers
WEIGHT_NAMES: Final = EN.weight_names
WEIGHT_VERBS: Final = EN.weight_verbs
WEIGHT_FOLLOWERS: Final = frozenset(EN.weight_followers.entries)
ARTICLE_MONEY_FOLLOWERS: Final = EN.article_money_followers
FREE_WORDS: Final = EN.free_words
MONTHS: Final = EN.months
PERCENT_SIGNS: Final = EN.percent_signs
PERCENT_WORDS: Final = EN.percent_words
TIMES_OF_DAY: Final = EN.times_of_day
LETTER_MINOR_UNITS: Final = EN.letter_minor_units
CODE_BEFORE: Final = EN.code_before
CODE_AFTER: Final = EN.code_after
PROSE_QUOTES: Final = EN.prose_quotes
EXPRESSION_JOINERS: Final = EN.expression_joiners
ABBREVIATIONS: Final = EN.abbreviations


def read_words(words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    return EN.read_number_words(EN, words, i)
