"""Document evidence for a bare "$": without a hint from the caller, a bare "$" is the US dollar unless the
document itself shows strong evidence of another dollar (its own local sign elsewhere), and then it is
that dollar, recorded as decided by the document; the caller's hint always wins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import salarynorm
from salarynorm import CurrencySource
from salarynorm import strategies as sst


def _read(text: str, default_currency: str | None = None) -> dict[int, salarynorm.Mention]:
    return {m.start: m for m in salarynorm.extract(text, default_currency=default_currency)}


def _repeats(m: salarynorm.Mention, signed: salarynorm.Mention) -> bool:
    """True when ``m`` writes an end of the signed amount again: the same money, whatever the hints."""
    return bool({m.min, m.max} & {signed.min, signed.max} - {None})


@given(sst.dollar_documents())
def test_without_local_evidence_a_bare_dollar_is_the_us_dollar(doc: sst.DollarDocument) -> None:
    """English prose with amounts in a bare "$" and nothing that says where it is from: every amount is
    the US dollar, by convention."""
    read = _read(doc.text)
    for e in doc.plain:
        m = read[e.offset]
        assert (m.currency, m.currency_source) == ("USD", CurrencySource.CONVENTION), doc.text


@given(sst.dollar_documents(local=True))
def test_one_local_sign_makes_every_bare_dollar_its_own(doc: sst.DollarDocument) -> None:
    """The same prose with one amount in a country's own dollar sign ("A$", "NZ$", "C$", "S$"), anywhere
    in it: that amount is its currency, and every bare "$" amount of the document is that currency too,
    decided by the document (by the sign, or by the same amount written with it)."""
    assert doc.signed is not None
    read = _read(doc.text)
    assert read[doc.signed.offset].currency == doc.local, doc.text
    for e in doc.plain:
        m = read[e.offset]
        assert (m.currency, m.currency_source) == (doc.local, CurrencySource.DOCUMENT), doc.text


@given(sst.dollar_documents(local=True), st.sampled_from(["US$1 million", "USD 250", "2 million US dollars"]))
def test_us_evidence_keeps_the_convention(doc: sst.DollarDocument, us: str) -> None:
    """With the US dollar also written explicitly somewhere in the document, its own sign decides nothing:
    a bare "$" amount is the US dollar (by convention, or as the same amount written with "US$"), unless
    it repeats the local amount's value."""
    text = f"{doc.text}It also paid {us}. "
    read = _read(text)
    assert doc.signed is not None
    for e in doc.plain:
        m = read[e.offset]
        if not _repeats(m, read[doc.signed.offset]):
            assert m.currency == "USD", text
            assert m.currency_source in (CurrencySource.CONVENTION, CurrencySource.DOCUMENT), text


@given(sst.dollar_documents(local=True), st.sampled_from(["USD", "CAD", "AUD", "HKD"]))
def test_the_callers_hint_wins(doc: sst.DollarDocument, hint: str) -> None:
    """Whatever the document shows, the caller's ``default_currency`` decides a bare "$" (unless the same
    amount is written with an explicit sign elsewhere, which is the same money)."""
    read = _read(doc.text, default_currency=hint)
    assert doc.signed is not None
    for e in doc.plain:
        m = read[e.offset]
        if not _repeats(m, read[doc.signed.offset]):
            assert (m.currency, m.currency_source) == (hint, CurrencySource.DEFAULT), doc.text
