"""The code under test is the code in the tree: no compiled module shadows an edited source file.

``pip install .`` compiles the hot path with mypyc; an editable install or ``src`` on the path with an old
``*.so`` beside the ``.py`` imports the binary instead, and every edit since its build is ignored.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import salarynorm


def _modules() -> list[str]:
    names = ["salarynorm"]
    for info in pkgutil.walk_packages(salarynorm.__path__, "salarynorm."):
        if info.name != "salarynorm.strategies":  # needs Hypothesis; it is never compiled anyway
            names.append(info.name)
    return names


def test_no_compiled_module_is_older_than_its_source() -> None:
    src = Path(__file__).resolve().parent.parent / "src" / "salarynorm"
    if Path(salarynorm.__file__).resolve().parent != src:
        # An installed build (CI's ``pip install .``) compiles every module afresh: none can be stale, and
        # the installer writes the files in no particular order of time.
        return
    stale = []
    for name in _modules():
        module = importlib.import_module(name)
        built = Path(module.__file__ or "")
        if built.suffix not in (".so", ".pyd"):
            continue
        source = built.with_name(built.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(f"{built.name} is older than {source.name}")
    assert not stale, "stale compiled modules shadow their sources (delete them or reinstall): " + "; ".join(stale)
