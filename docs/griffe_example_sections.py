"""Griffe extension for the API reference: read a Google-style ``Example:`` heading as ``Examples:``.

salarynorm's docstrings head their doctests ``Example:``. Griffe's Google parser knows only the plural
as the examples section and renders the singular as a plain admonition, where ``>>>`` lines become nested
block quotes. This renames the heading before parsing, so the doctests render as code. It changes nothing
once the docstrings say ``Examples:``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)


class ExampleSections(griffe.Extension):
    """Rewrite ``Example:`` section headings to ``Examples:`` on every loaded object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _EXAMPLE.sub(r"\1Examples:", obj.docstring.value)
