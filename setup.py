"""Build salarynorm, compiling its hot path with mypyc where a C compiler is at hand.

The scanner, the grammar, number reading and currency resolution are plain, strictly typed
Python; mypyc compiles them to C extensions that run the same code about 1.7 times faster. Everything else
(the metadata, the data files, the other modules) is configured in pyproject.toml.

The compiled build is optional: where mypyc or a compiler is missing or fails, or where
SALARYNORM_PURE_PYTHON=1 is set, the package installs as pure Python and behaves the same, only slower.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules on the hot path of extract(): what the compiled build compiles. The public entry points
# (_api.py) stay interpreted, so that they check their arguments and word their errors themselves
# (compiled functions reject a wrong type with mypyc's own message first).
COMPILED = [
    "src/salarynorm/_lang/lexicon.py",
    "src/salarynorm/_lang/en.py",
    "src/salarynorm/_lang/de.py",
    "src/salarynorm/_lang/detect.py",
    "src/salarynorm/_read/vocabulary.py",
    "src/salarynorm/_read/anchors.py",
    "src/salarynorm/_read/tokens.py",
    "src/salarynorm/_read/numbers.py",
    "src/salarynorm/_read/windows.py",
    "src/salarynorm/_read/layout.py",
    "src/salarynorm/_read/clauses.py",
    "src/salarynorm/_read/grammar/cursor.py",
    "src/salarynorm/_read/grammar/nodes.py",
    "src/salarynorm/_read/grammar/digits.py",
    "src/salarynorm/_read/grammar/numerals.py",
    "src/salarynorm/_read/grammar/signals.py",
    "src/salarynorm/_read/grammar/words.py",
    "src/salarynorm/_read/grammar/periods.py",
    "src/salarynorm/_read/grammar/not_money.py",
    "src/salarynorm/_read/grammar/cents.py",
    "src/salarynorm/_read/grammar/amounts.py",
    "src/salarynorm/_read/grammar/ranges.py",
    "src/salarynorm/_read/grammar/bounds.py",
    "src/salarynorm/_read/grammar/approximation.py",
    "src/salarynorm/_read/grammar/equivalents.py",
    "src/salarynorm/_read/grammar/__init__.py",
    "src/salarynorm/_read/resolve.py",
    "src/salarynorm/_read/__init__.py",
]


class OptionalBuildExt(build_ext):
    """Build the C extensions if possible; otherwise say so and install the pure Python modules."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # any failure means: fall back to pure Python
            self._skip(exc)

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
        except Exception as exc:
            self._skip(exc)

    @staticmethod
    def _skip(exc: BaseException) -> None:
        print(f"salarynorm: compiled build skipped ({exc}); installing pure Python", file=sys.stderr)


def extensions() -> list[object]:
    if os.environ.get("SALARYNORM_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        return list(mypycify(COMPILED, opt_level="3", debug_level="0"))
    except Exception as exc:  # mypyc missing or refusing: pure Python
        print(f"salarynorm: mypyc unavailable ({exc}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
