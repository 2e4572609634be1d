"""The modules form layers: each imports only from layers below it, at the top of the module.

A function-level import of a salarynorm module is how a cycle hides (the import runs late, so nothing fails
until code moves); an upward import is how one starts. Imports under ``if TYPE_CHECKING:`` are for
annotations only and may point anywhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "salarynorm"

# Lowest first. A module may import modules of strictly lower layers only.
LAYERS: list[set[str]] = [
    {"_version", "_errors", "_decimals", "_currency_table"},  # errors, the decimal policy, currency data
    {"_lang"},  # language data and each language's hooks
    {"_values"},  # Period, CurrencySource, the checks
    {"_schedule"},
    {"_rates"},
    {"_money"},
    {"_compare", "_schema_org"},  # _schema_org: a mention as a MonetaryAmount and back (fields only)
    {"_mention"},
    {"_read", "_markup"},  # the reading pipeline: anchors, windows, tokens, numbers, grammar, resolve; _markup: HTML
    {"_api", "_records"},  # _records: the flat table record, from_schema_org
    {"_batch"},  # extract_many, parse_many: _api over iterables and processes
    {"_cli", "strategies", "_arrow"},  # _arrow: the records with Arrow types (pyarrow imported lazily)
    {"__init__"},
]


def _rank(module: str) -> int:
    for rank, layer in enumerate(LAYERS):
        if module in layer:
            return rank
    raise AssertionError(f"salarynorm.{module} is in no layer: add it to LAYERS in {Path(__file__).name}")


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "_data" not in p.parts)


def _name(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def _own_imports(tree: ast.Module, name: str, is_package: bool) -> list[tuple[ast.stmt, str, bool]]:
    """(node, the top-level salarynorm module imported, at module level outside TYPE_CHECKING)."""
    out: list[tuple[ast.stmt, str, bool]] = []
    package = name.split(".") if is_package else name.split(".")[:-1]

    def resolve(node: ast.ImportFrom) -> list[str]:
        if node.level == 0:
            parts = (node.module or "").split(".")
            return [parts[1]] if parts[0] == "salarynorm" and len(parts) > 1 else []
        base = package[: len(package) - (node.level - 1)]
        if node.module:
            return [[*base, *node.module.split(".")][0]]
        return [base[0] if base else a.name for a in node.names]

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom):
                out.extend((child, target, top) for target in resolve(child))
            inner = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            visit(child, inner)

    visit(tree, True)
    return out


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_imports_go_down_the_layers_at_module_level(path: Path) -> None:
    name = _name(path).removesuffix(".__init__")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_name = name.split(".")[0]
    problems = []
    for node, target, top in _own_imports(tree, name, path.name == "__init__.py"):
        if not top:
            problems.append(f"line {node.lineno}: imports {target} inside a function or class")
        elif target != top_name and _rank(target) >= _rank(top_name):
            problems.append(f"line {node.lineno}: imports {target}, which is not below {name}")
    assert not problems, f"salarynorm.{name}: " + "; ".join(problems)
