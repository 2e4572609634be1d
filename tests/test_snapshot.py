"""What salarynorm reads on the conformance corpora and the benchmark corpora is the committed snapshot.

A redesign moves code without changing what is read: any difference fails here, naming the documents.
A change you mean (a fix) is recorded with ``python tests/snapshot/snapshot.py --update`` and reviewed in
the git diff of ``tests/snapshot/*.jsonl``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "snapshot"))
import snapshot

sys.path.pop(0)


@pytest.mark.parametrize("name", sorted(snapshot.input_sets()))
def test_reading_matches_the_snapshot(name: str) -> None:
    if not snapshot.path_of(name).exists():
        pytest.skip(f"no committed snapshot for {name}")
    diffs = snapshot.differences(name)
    assert not diffs, "behaviour changed (update the snapshot if this is a fix):\n" + "\n".join(diffs)
