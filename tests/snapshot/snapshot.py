"""A snapshot of what salarynorm reads, to make every change of behaviour visible at once.

The snapshot holds, for each input, the ``describe()`` of every mention found (the contract's view plus
how the currency was decided and the phrases as written). Inputs:

* every document of the conformance corpora in ``../shared/corpora`` (read as the conformance tool reads
  them: ``parse`` with the corpus defaults for field documents, ``extract`` otherwise), when that folder
  is beside the checkout;
* the benchmark corpora (``benchmarks/corpus.py``: seeded English prose, money-dense text and fields),
  generated here, so they need nothing outside the repository.

One JSONL file per input set, one line per document (its id, a hash of its text and what was read),
sorted, so ``git diff`` shows exactly which documents changed::

    python tests/snapshot/snapshot.py           # compare with the committed snapshot (exit 1 on change)
    python tests/snapshot/snapshot.py --update  # rewrite it after a change you mean; review the git diff

``tests/test_snapshot.py`` runs the comparison in the test suite. A change of behaviour is either a fix,
named in the commit that updates the snapshot, or a regression.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import salarynorm

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
# What a user of each field data set knows about it (the conformance tool's defaults).
FIELD_DEFAULTS: dict[str, dict[str, str]] = {
    "glassdoor_salary": {"default_currency": "USD", "default_period": "year"},
    "adzuna_salary": {"default_currency": "GBP", "default_period": "year"},
}
# Benchmark corpora sizes: large enough to hold every written form the generator knows, small enough for
# the test suite (about a second).
BENCH_SIZES = {"prose": 120_000, "dense": 60_000, "fields": 1500}

Doc = tuple[str, str, bool, dict[str, str]]  # id, text, is a field, call options


def _corpus_docs(path: Path) -> Iterator[Doc]:
    defaults = FIELD_DEFAULTS.get(path.stem, {})
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            field = bool(doc.get("field"))
            yield doc["id"], doc["text"], field, defaults if field else {}


def _bench_docs(name: str) -> Iterator[Doc]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    if name == "fields":
        for i, text in enumerate(corpus.fields(BENCH_SIZES[name])):
            yield f"fields-{i:05d}", text, True, {}
        return
    make: Callable[[int], Any] = getattr(corpus, name)
    text = make(BENCH_SIZES[name]).text
    sep = "\n\n" if name == "prose" else "\n"
    for i, part in enumerate(text.split(sep)):
        yield f"{name}-{i:05d}", part, False, {}


def input_sets() -> dict[str, Callable[[], Iterator[Doc]]]:
    """Snapshot name -> its documents. The corpora are included only when the shared folder is present."""
    sets: dict[str, Callable[[], Iterator[Doc]]] = {
        f"bench_{name}": (lambda name=name: _bench_docs(name)) for name in BENCH_SIZES  # type: ignore[misc]
    }
    if CORPORA.is_dir():
        for path in sorted(CORPORA.glob("*.jsonl")):
            sets[f"corpus_{path.stem}"] = lambda path=path: _corpus_docs(path)  # type: ignore[misc]
    return sets


def read(doc: Doc) -> dict[str, Any]:
    """One snapshot line: the document's id, a hash of its text and what salarynorm read in it."""
    doc_id, text, field, options = doc
    if field:
        m = salarynorm.parse(text, **options)  # type: ignore[arg-type]
        found = [] if m is None else [m.describe()]
    else:
        found = [m.describe() for m in salarynorm.extract(text)]
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return {"id": doc_id, "sha": digest, "read": found}


def render(lines: list[dict[str, Any]]) -> str:
    ordered = sorted(lines, key=lambda x: x["id"])
    return "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in ordered)


def compute(name: str) -> str:
    return render([read(doc) for doc in input_sets()[name]()])


def path_of(name: str) -> Path:
    return HERE / f"{name}.jsonl"


def differences(name: str, limit: int = 20) -> list[str]:
    """The documents whose reading differs from the committed snapshot (at most ``limit``), as text."""
    committed = path_of(name).read_text(encoding="utf-8") if path_of(name).exists() else ""
    old = {x["id"]: x for x in map(json.loads, committed.splitlines())}
    new = {x["id"]: x for x in map(json.loads, compute(name).splitlines())}
    out: list[str] = []
    for doc_id in sorted(set(old) | set(new)):
        a, b = old.get(doc_id), new.get(doc_id)
        if a != b:
            was, now = json.dumps(a, ensure_ascii=False), json.dumps(b, ensure_ascii=False)
            out.append(f"{name} {doc_id}:\n  was {was}\n  now {now}")
            if len(out) >= limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--update", action="store_true", help="rewrite the snapshot files")
    ap.add_argument("--only", action="append", help="one snapshot set (repeatable)")
    args = ap.parse_args(argv)
    names = args.only or list(input_sets())
    changed = 0
    for name in names:
        if args.update:
            text = compute(name)
            before = path_of(name).read_text(encoding="utf-8") if path_of(name).exists() else ""
            if text != before:
                path_of(name).write_text(text, encoding="utf-8")
                print(f"updated {path_of(name).relative_to(ROOT)}")
            continue
        diffs = differences(name)
        if diffs:
            changed += 1
            print("\n".join(diffs))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
