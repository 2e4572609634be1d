"""salarynorm: find money in running text and make it comparable.

>>> import salarynorm
>>> m = salarynorm.extract("a salary of between US$300,000 and $900,000 (A$445,000 – $1.3 million) per year")[0]
>>> m.min, m.max, m.currency, m.period.value, m.equivalents[0].currency
(Decimal('300000'), Decimal('900000'), 'USD', 'year', 'AUD')
"""

from __future__ import annotations

from ._api import extract, parse
from ._arrow import table_schema, to_arrow, to_pandas
from ._batch import RecordError, extract_many, parse_many
from ._compare import Comparison, EquivalenceCheck, Reference, check_equivalents, compare, reference, references
from ._errors import CurrencyError, LanguageError, PeriodError, RateUnavailable, SalarynormError
from ._mention import Mention
from ._money import Money
from ._rates import EcbRates, FixedRates, ForexPythonRates, Rate, RateProvider, convert_amount
from ._records import AmountOverflow, from_schema_org, records
from ._schedule import UK_FULL_TIME, US_FULL_TIME, Schedule
from ._schema_org import SchemaOrgError
from ._values import CurrencySource, Period
from ._version import __version__

__all__ = [
    "UK_FULL_TIME",
    "US_FULL_TIME",
    "AmountOverflow",
    "Comparison",
    "CurrencyError",
    "CurrencySource",
    "EcbRates",
    "EquivalenceCheck",
    "FixedRates",
    "ForexPythonRates",
    "LanguageError",
    "Mention",
    "Money",
    "Period",
    "PeriodError",
    "Rate",
    "RateProvider",
    "RateUnavailable",
    "RecordError",
    "Reference",
    "SalarynormError",
    "Schedule",
    "SchemaOrgError",
    "__version__",
    "check_equivalents",
    "compare",
    "convert_amount",
    "extract",
    "extract_many",
    "from_schema_org",
    "parse",
    "parse_many",
    "records",
    "reference",
    "references",
    "table_schema",
    "to_arrow",
    "to_pandas",
]
