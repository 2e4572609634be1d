"""The two entry points, ``extract`` (running text) and ``parse`` (one money field): their arguments
checked, the text read (``salarynorm._read``), the currencies decided and the mentions built."""

from __future__ import annotations

from decimal import Decimal

from ._mention import Mention
from ._read import read_field, read_text, vocabulary
from ._read.resolve import build_mentions
from ._values import CurrencySource, Period, check_code

__all__ = ["extract", "parse"]

def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}")
    return text


def _check_currency(code: object) -> str | None:
    return None if code is None else check_code(code, "default_currency")


def extract(text: str, *, default_currency: str | None = None) -> list[Mention]:
    """Every money expression in ``text``, in text order, none overlapping.

    ``default_currency`` (an ISO 4217 code) says how an ambiguous sign ("$", "kr", "¥") is read when the
    text itself gives no better evidence. Any ``str`` returns a list; anything else raises ``TypeError``.

    Examples:
        >>> [m.to_dict()["max"] for m in salarynorm.extract("Pay: £45,000 - £55,000 per annum, or $900k/yr")]
        ['55000', '900000']
    """
    _check_text(text)
    default = _check_currency(default_currency)
    if not text:
        return []
    v = vocabulary("en")
    return build_mentions(v, text, read_text(text, v), default_currency=default)


def parse(field: str, *, default_currency: str | None = None,
          default_period: Period | str | None = None) -> Mention | None:
    """The first money expression of one field known to hold money (a price string, a salary column),
    or None. Here a bare number is an amount ("1.299,00", "21,000 + benefits"); the defaults apply only
    where the field itself is silent.

    Examples:
        >>> m = salarynorm.parse("20000 - 30000/annum", default_currency="GBP")
        >>> m.min, m.max, m.currency, m.period.value
        (Decimal('20000'), Decimal('30000'), 'GBP', 'year')
    """
    _check_text(field, "field")
    default = _check_currency(default_currency)
    period = None if default_period is None else Period.parse(default_period).value
    v = vocabulary("en")
    stripped = field.strip().strip("!.*").strip().lower()
    if stripped in v.lang.free_words:
        word = field.strip().strip("!.*").strip()
        start = field.index(word)
        return Mention(text=word, start=start, end=start + len(word), min=Decimal(0), max=Decimal(0),
                       currency=default, period=None if period is None else Period(period),
                       currency_source=CurrencySource.DEFAULT if default else CurrencySource.UNKNOWN)
    exprs = read_field(field, v)
    if not exprs:
        return None
    # A field's money is its first amount with a currency signal ("3 issues for only 14,85 EUR"); a bare
    # number counts only when the field has no signed amount at all.
    signed = [e for e in exprs if not e.field_bare]
    chosen = signed[0] if signed else exprs[0]
    return build_mentions(v, field, [chosen], default_currency=default, default_period=period)[0]
