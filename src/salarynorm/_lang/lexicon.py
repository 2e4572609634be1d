"""``Lexicon``: one language's words as the grammar reads them, loaded from its data files.

A plain class with one typed attribute per key of ``schema.SCHEMA`` (a native class in the compiled build,
so the grammar reads a word list in one pointer hop), and ``PhraseSet`` for the phrase lists matched token
by token. Both are built once per language by ``salarynorm._lang.load`` and never changed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

__all__ = ["Lexicon", "NumberReader", "PhraseSet"]

#: A language's reader of number words: (lexicon, lower-case words, start) -> (value, index after) or None.
NumberReader = Callable[["Lexicon", list[str], int], "tuple[Decimal, int] | None"]


class PhraseSet:
    """Phrases of up to five words, each with a value ("" for a plain list), and the first and last words of
    all of them (final dots stripped), so that a lookup that cannot match is refused in one set test."""

    __slots__ = ("entries", "first", "last", "longest")

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = entries
        split = [p.split() for p in entries if p.split()]
        self.first = frozenset(w[0].rstrip(".") for w in split)
        self.last = frozenset(w[-1].rstrip(".") for w in split)
        self.longest = max((len(w) for w in split), default=0)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.entries

    def value(self, phrase: str) -> str | None:
        """The phrase's value, also when it is written without its final dot ("max" for "max.")."""
        found = self.entries.get(phrase)
        if found is None and phrase.endswith("."):
            found = self.entries.get(phrase[:-1])
        return found

    def __repr__(self) -> str:
        return f"PhraseSet({len(self.entries)} phrases)"


class Lexicon:
    """The words one language (and region) reads money with; see ``salarynorm._lang.schema`` for each key.

    ``tag`` is the language ("en") or language and region ("de_CH") it was loaded for, ``language`` the
    language alone, ``read_number_words`` the language's hook for numbers in words.
    """

    tag: str
    language: str
    read_number_words: NumberReader
    # the language itself
    function_words: frozenset[str]
    scripts: dict[str, str]
    # numbers
    decimal_mark: str
    multipliers: dict[str, int]
    short_multipliers: frozenset[str]
    multipliers_attached_only: frozenset[str]
    money_multipliers: frozenset[str]
    money_multiplier_names: tuple[str, ...]
    money_multipliers_in_context: dict[str, int]
    note_words: dict[str, int]
    note_names: tuple[str, ...]
    cjk_numerals: frozenset[str]
    unspaced: str
    myriad_scales: dict[str, int]
    ambiguous_numerals: frozenset[str]
    small_scales: dict[str, int]
    code_scale_prefixes: dict[str, int]
    indian_scales: frozenset[str]
    indian_scale_currencies: tuple[str, ...]
    stacking_scales: frozenset[str]
    stacked_scales: dict[str, int]
    lakhs_per_annum: PhraseSet
    scales: dict[str, int]
    units: dict[str, int]
    tens: dict[str, int]
    hundred: frozenset[str]
    fractions: dict[str, tuple[int, int]]
    articles: frozenset[str]
    numeral_prefixes: frozenset[str]
    point_words: frozenset[str]
    number_and: frozenset[str]
    fraction_of: frozenset[str]
    scale_currency_links: frozenset[str]
    percent_signs: frozenset[str]
    percent_words: frozenset[str]
    unit_price_nouns: frozenset[str]
    fuel_nouns: frozenset[str]
    # currency signals
    letter_minor_units: dict[str, str]
    times_of_day: frozenset[str]
    letter_signs_on_formatted_numbers: frozenset[str]
    dollar_letters_spaced: frozenset[str]
    not_dollar_letters: frozenset[str]
    country_over_convention: frozenset[str]
    signs_safe_in_prose: frozenset[str]
    places: dict[str, str]
    place_prepositions: frozenset[str]
    place_possessives: frozenset[str]
    names_not_before_number: frozenset[str]
    minor_unit_blockers: frozenset[str]
    generic_units: frozenset[str]
    glued_after_currency: frozenset[str]
    name_joiners: frozenset[str]
    # ranges
    range_dashes: frozenset[str]
    range_words: frozenset[str]
    range_openers: dict[str, tuple[str, ...]]
    range_connectors_between_signs: frozenset[str]
    change_words: frozenset[str]
    change_particles: frozenset[str]
    change_by_words: frozenset[str]
    change_openers: frozenset[str]
    # bounds and approximation
    bounds_before: PhraseSet
    bounds_after: PhraseSet
    bounds_after_hyphenated: PhraseSet
    bounds_after_not_before_words: frozenset[str]
    bound_cancellers: frozenset[str]
    digit_count_words: frozenset[str]
    digit_count_currency_links: frozenset[str]
    open_top_words: frozenset[str]
    field_upper_bound_words: frozenset[str]
    approx_before: PhraseSet
    approx_after: PhraseSet
    approx_suffixes_after_hyphen: frozenset[str]
    estimate_markers: frozenset[str]
    # periods
    period_units: dict[str, str]
    period_units_slash_only: frozenset[str]
    period_prepositions: frozenset[str]
    period_prepositions_for_abbreviations: frozenset[str]
    period_prepositions_needing_slash: frozenset[str]
    period_prepositions_of_time: frozenset[str]
    period_words: dict[str, str]
    period_words_after_hyphen: frozenset[str]
    period_adjectives: dict[str, str]
    period_compound_prefixes: dict[str, str]
    not_period_followers: frozenset[str]
    time_relative_prepositions: frozenset[str]
    time_reference_points: frozenset[str]
    clause_breaks: frozenset[str]
    pay_qualifiers: frozenset[str]
    pay_nouns: frozenset[str]
    pay_noun_modifiers: frozenset[str]
    pay_noun_links: frozenset[str]
    glued_periods: frozenset[str]
    # equivalents
    equivalent_leads: PhraseSet
    equivalent_separators: frozenset[str]
    equivalent_leads_after_comma: PhraseSet
    # not money
    unit_chain: dict[str, int]
    cents_connectors: frozenset[str]
    continuation_followers: frozenset[str]
    weight_names: frozenset[str]
    weight_verbs: frozenset[str]
    weight_followers: PhraseSet
    name_adjective_nouns: frozenset[str]
    names_needing_money_context: frozenset[str]
    money_context_words: frozenset[str]
    names_with_article_in_context: frozenset[str]
    article_money_followers: frozenset[str]
    free_words: frozenset[str]
    months: frozenset[str]
    sentence_ends: frozenset[str]
    minus_signs: frozenset[str]
    minus_openers: frozenset[str]
    code_before: frozenset[str]
    code_after: frozenset[str]
    prose_quotes: frozenset[str]
    expression_joiners: frozenset[str]
    elisions: frozenset[str]
    abbreviations: frozenset[str]

    def __repr__(self) -> str:
        return f"Lexicon({self.tag!r})"
