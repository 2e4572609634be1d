"""Griffe extension for the API reference: adapt two docstring conventions of salarynorm's sources.

* Doctests are headed ``Example:``. Griffe's Google parser knows only the plural as the examples
  section and renders the singular as a plain admonition, where ``>>>`` lines become nested quotes.
  The heading is read as ``Examples:``.
* Attributes and enum members are documented with Sphinx-style ``#:`` comments on the lines above
  them. Griffe reads only docstrings, so such a comment becomes the attribute's docstring.

Both rewrites are no-ops once the sources use ``Examples:`` and attribute docstrings.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)


class ExampleSections(griffe.Extension):
    """Read ``Example:`` as ``Examples:``, and ``#:`` comments as attribute docstrings."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _EXAMPLE.sub(r"\1Examples:", obj.docstring.value)

    def on_attribute_instance(self, *, node: ast.AST | griffe.ObjectNode, attr: griffe.Attribute,
                              **kwargs: Any) -> None:
        if attr.docstring is not None or attr.lineno is None or attr.filepath is None:
            return
        try:
            lines = attr.lines_collection[attr.filepath]  # type: ignore[index]
        except KeyError:
            return
        comment: list[str] = []
        i = attr.lineno - 2  # the line above the attribute, 0-based
        while i >= 0 and lines[i].strip().startswith("#:"):
            comment.insert(0, lines[i].strip()[2:].strip())
            i -= 1
        if comment:
            attr.docstring = griffe.Docstring(" ".join(comment), lineno=attr.lineno, parent=attr)
