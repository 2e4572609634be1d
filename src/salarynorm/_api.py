"""The two entry points, ``extract`` (running text) and ``parse`` (one money field): their arguments
checked, the text read (``salarynorm._read``), the currencies decided and the mentions built."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ._errors import LanguageError
from ._lang import languages, split_tag
from ._lang.detect import detect
from ._markup import check_markup, html_text
from ._mention import Mention
from ._read import DEFAULT_LANGUAGE, read_best, vocabulary
from ._read.resolve import build_mentions, field_mention
from ._values import CurrencySource, Period, check_code

__all__ = ["extract", "parse"]

_LANGUAGE: Final = re.compile(r"[A-Za-z]{2,3}")
_REGION: Final = re.compile(r"[A-Za-z]{2}|[0-9]{3}")

def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}")
    return text


def _check_currency(code: object) -> str | None:
    return None if code is None else check_code(code, "default_currency")


def _language(text: str, lang: object, locale: object) -> tuple[str, str | None, bool]:
    """(the lexicon tag to read ``text`` with, the locale's region or None, whether that is only the
    default for want of evidence) from the call's ``lang`` and ``locale``, or from the text itself when
    the call names neither."""
    language: str | None = None
    region: str | None = None
    if locale is not None:
        if not isinstance(locale, str):
            raise TypeError(f"locale must be a str such as 'de-CH', not {type(locale).__name__}")
        language, region = split_tag(locale)
        parts = locale.strip().replace("-", "_").split("_")
        if len(parts) > 2 or not _LANGUAGE.fullmatch(parts[0]) \
                or (region is not None and not _REGION.fullmatch(region)):
            raise LanguageError(f"{locale!r} is not a locale (a language and a country: 'de-CH', 'fr_CA')", locale)
    if lang is not None:
        if not isinstance(lang, str):
            raise TypeError(f"lang must be an ISO 639-1 code (str) such as 'de', not {type(lang).__name__}")
        if not _LANGUAGE.fullmatch(lang.strip()):
            raise LanguageError(f"{lang!r} is not a language code such as 'de' (for a country too, pass "
                                f"locale='de-CH')", lang)
        if language is not None and lang.strip().lower() != language:
            raise LanguageError(f"lang={lang!r} and locale={locale!r} name different languages", lang)
        language = lang.strip().lower()
    if language is not None and language not in languages():
        raise LanguageError(f"salarynorm has no language data for {language!r} (it reads: "
                            f"{', '.join(languages())})", lang if lang is not None else locale)
    guessed = False
    if language is None:
        language = detect(text)
        if language is None:
            language, guessed = DEFAULT_LANGUAGE, True
    return (language if region is None else f"{language}_{region}"), region, guessed


def extract(text: str, *, lang: str | None = None, locale: str | None = None,
            default_currency: str | None = None, markup: str = "text") -> list[Mention]:
    """Every money expression in ``text``, in text order, none overlapping.

    ``lang`` (ISO 639-1, "de") says which language ``text`` is in; ``locale`` ("de-CH", "fr_CA") says the
    language and the country at once, and the country decides ambiguous signs ("$" in "es-MX" is MXN) where
    the text does not. With neither, the language is detected from the text's own words (English where
    they give no evidence; a short text whose words point to several languages is read in each and the
    reading that takes the most of it for money wins); each mention records the language it was read in.
    ``default_currency`` (an ISO 4217 code) says how an ambiguous sign ("$", "kr", "¥") is read when the
    text itself gives no better evidence. ``markup="html"`` reads an HTML page: entities decoded, tags,
    scripts and styles skipped, blocks kept apart, and every offset (and ``text``) still taken in the page
    itself. Any ``str`` returns a list; anything else raises ``TypeError``.

    Examples:
        >>> [m.to_dict()["max"] for m in salarynorm.extract("Pay: £45,000 - £55,000 per annum, or $900k/yr")]
        ['55000', '900000']
        >>> m, = salarynorm.extract("Das Jahresgehalt liegt bei bis zu 60.000 € brutto.")
        >>> m.min, m.max, m.period.value, m.language
        (None, Decimal('60000'), 'year', 'de')
        >>> page = "<p>Salary: &pound;25,000&ndash;&pound;30,000</p><script>total = $5;</script>"
        >>> m, = salarynorm.extract(page, markup="html")
        >>> m.min, m.max, m.currency, page[m.start:m.end] == m.text
        (Decimal('25000'), Decimal('30000'), 'GBP', True)
    """
    _check_text(text)
    if check_markup(markup) == "html":
        source = html_text(text)
        return [source.mention(m) for m in extract(source.text, lang=lang, locale=locale,
                                                   default_currency=default_currency)]
    default = _check_currency(default_currency)
    tag, region, guessed = _language(text, lang, locale)
    if not text:
        return []
    v = vocabulary(tag)
    v, exprs = read_best(text, v, guessed, False)
    return build_mentions(v, text, exprs, default_currency=default, region=region)


def parse(field: str, *, lang: str | None = None, locale: str | None = None,
          default_currency: str | None = None, default_period: Period | str | None = None,
          markup: str = "text") -> Mention | None:
    """The first money expression of one field known to hold money (a price string, a salary column),
    or None. Here a bare number is an amount ("1.299,00", "21,000 + benefits"); the defaults apply only
    where the field itself is silent. ``lang``, ``locale`` and ``markup`` as for :func:`extract` (a field
    scraped from a page: ``markup="html"`` decodes "&#36;45 an hour", and offsets stay in the field).

    Examples:
        >>> m = salarynorm.parse("20000 - 30000/annum", default_currency="GBP")
        >>> m.min, m.max, m.currency, m.period.value
        (Decimal('20000'), Decimal('30000'), 'GBP', 'year')
        >>> salarynorm.parse("&#36;45 an hour", markup="html").to_dict()["text"]
        '&#36;45'
    """
    _check_text(field, "field")
    if check_markup(markup) == "html":
        source = html_text(field)
        found = parse(source.text, lang=lang, locale=locale, default_currency=default_currency,
                      default_period=default_period)
        return None if found is None else source.mention(found)
    default = _check_currency(default_currency)
    period = None if default_period is None else Period.parse(default_period).value
    tag, region, guessed = _language(field, lang, locale)
    v = vocabulary(tag)
    stripped = field.strip().strip("!.*").strip().lower()
    if stripped in v.lang.free_words:
        word = field.strip().strip("!.*").strip()
        start = field.index(word)
        return Mention(text=word, start=start, end=start + len(word), min=Decimal(0), max=Decimal(0),
                       currency=default, period=None if period is None else Period(period),
                       currency_source=CurrencySource.DEFAULT if default else CurrencySource.UNKNOWN,
                       language=v.lang.language)
    v, exprs = read_best(field, v, guessed, True)
    # A field's money is its first amount with a currency signal; a bare number only when it has none.
    return field_mention(v, field, exprs, default, period, region)
