"""The example corpora: per language, sentences from job ads and news and the mentions a reader records
in them (Duckling keeps a corpus per language beside its rules; this is ours).

``tests/corpora/<language>/<group>.toml`` holds ``[[case]]`` tables: the ``text``, the expected
``mentions`` (``text``, ``min``, ``max``, ``currency``, ``period``, ``approximate``, ``equivalents``; a
missing ``min``/``max``/``currency``/``period`` is null) and an optional ``note``. A case the library does
not read right yet carries ``pending = "why"`` and is a strict expected failure: when it starts passing,
the test says so and the mark must go. Each case is read with the corpus's language named (``lang=``), so
that the language pack is what is tested; ``test_the_language_of_the_corpus_is_detected`` checks
detection on the same sentences.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import salarynorm
from salarynorm import Mention

CORPUS = Path(__file__).resolve().parent / "corpora"
# A dash for "no fraction" after the amount ("4850.-", "2.500,-") is written inside the surface by some
# annotators and outside by others: spans are compared without it.
_NO_FRACTION = ".,-–"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CORPUS.glob("*/*.toml")):
        language = path.parent.name
        for number, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"], 1):
            marks = [pytest.mark.xfail(reason=case["pending"], strict=True)] if "pending" in case else []
            out.append(pytest.param(language, case, id=f"{language}/{path.stem}/{number}", marks=marks))
    return out


def _want(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": m["text"].rstrip(_NO_FRACTION),
        "min": None if m.get("min") is None else Decimal(m["min"]),
        "max": None if m.get("max") is None else Decimal(m["max"]),
        "currency": m.get("currency"),
        "period": m.get("period"),
        "approximate": m.get("approximate", False),
        "equivalents": [_want(e) for e in m.get("equivalents", [])],
    }


def _got(m: Mention) -> dict[str, Any]:
    return {
        "text": m.text.rstrip(_NO_FRACTION),
        "min": m.min,
        "max": m.max,
        "currency": m.currency,
        "period": None if m.period is None else m.period.value,
        "approximate": m.approximate,
        "equivalents": [_got(e) for e in m.equivalents],
    }


@pytest.mark.parametrize(("language", "case"), _cases())
def test_corpus_case(language: str, case: dict[str, Any]) -> None:
    got = [_got(m) for m in salarynorm.extract(case["text"], lang=language)]
    assert got == [_want(m) for m in case.get("mentions", [])], case.get("note", "")


# Languages whose detection is known to fall short of the mark, and why (a strict expected failure each).
DETECTION_PENDING: dict[str, str] = {}


@pytest.mark.parametrize("language", [
    pytest.param(p.name, marks=[pytest.mark.xfail(reason=DETECTION_PENDING[p.name], strict=True)])
    if p.name in DETECTION_PENDING else p.name
    for p in sorted(CORPUS.iterdir()) if p.is_dir()])
def test_the_language_of_the_corpus_is_detected(language: str) -> None:
    """Read without ``lang``, nine in ten sentences of a language's corpus are read in that language (the
    rest have too few words to tell: "45.000 €" is read with the default lexicon, which reads it alike)."""
    texts = [case["text"] for path in sorted((CORPUS / language).glob("*.toml"))
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]
    detected = [salarynorm._lang.detect.detect(t) for t in texts]
    share = sum(d == language for d in detected) / len(texts)
    wrong = [(t, d) for t, d in zip(texts, detected, strict=True) if d not in (language, None)]
    assert share >= 0.9, f"{share:.0%} detected as {language}"
    assert not wrong, f"read as another language: {wrong[:5]}"
