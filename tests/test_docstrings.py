"""Every example in the library's docstrings runs and prints what it says (the API reference shows them)."""

from __future__ import annotations

import doctest
import importlib
from datetime import date
from decimal import Decimal

import pytest

import salarynorm

MODULES = ["_values", "_decimals", "_mention", "_errors", "_api", "_read.numbers", "_lang", "_lang.en", "_schedule",
           "_money", "_compare", "_rates", "_rates.base", "_rates.ecb", "_rates.fixed", "_rates.forex", "_cli",
           "_schema_org", "_records", "_arrow",
           "strategies", "strategies._values", "strategies._forms", "strategies._numbers", "strategies._money",
           "strategies._prose", "strategies._languages", "_batch"]


def _tests() -> list[doctest.DocTest]:
    out = []
    for name in MODULES:
        module = importlib.import_module(f"salarynorm.{name}")
        # The examples are written as a user reads them: the package and its public names in scope.
        names = {"salarynorm": salarynorm, "Decimal": Decimal, "date": date,
                 **{n: getattr(salarynorm, n) for n in salarynorm.__all__}, **vars(module)}
        if name.startswith("strategies."):  # the strategies' examples use each other, as a user sees them
            names = {**vars(importlib.import_module("salarynorm.strategies")), **names}
        for test in doctest.DocTestFinder().find(module, globs=names):
            if test.examples:
                out.append(test)
    return out


# The strategies' examples call .example(), which hypothesis rightly reserves for interactive use.
@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
@pytest.mark.parametrize("test", _tests(), ids=lambda t: t.name)
def test_docstring_examples(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL)
    result = runner.run(test, out=lambda text: None)
    if result.failed:
        report: list[str] = []
        doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL).run(
            test, out=report.append)
        pytest.fail("".join(report))
