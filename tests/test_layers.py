"""Imports flow one way (DESIGN.md, Architecture); Qt and the ORM stay where they belong."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lokalraad_app"

# layer → the layers of ours it may import (itself always allowed)
ALLOWED = {
    "ui": {"services", "domain"},
    "cli": {"services", "domain", "app", "self_test"},  # with no subcommand it starts the app
    "services": {"documents", "ical", "importers", "sync", "store", "domain"},
    "documents": {"domain"},
    "ical": {"domain"},
    "importers": {"domain"},
    "sync": {"store", "domain"},
    "store": {"domain"},
    "domain": set(),
}
COMPOSITION_ROOT = {"app", "__main__", "self_test", "__init__"}  # wires everything together
QT_LAYERS = {"ui"}
ORM = ("sqlalchemy", "sqlmodel", "alembic")


def layer_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") >= 1 else ""


def imports_of(source: str, module: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `source`, relative ones resolved."""
    found: list[tuple[int, str]] = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def violations(source: str, module: str) -> list[str]:
    own = layer_of(module)
    if own in COMPOSITION_ROOT or own.removesuffix(".py") in COMPOSITION_ROOT:
        return []
    problems = []
    for line, name in imports_of(source, module):
        where = f"{module.replace('.', '/')}.py:{line}"
        if name.startswith("lokalraad_app."):
            target = layer_of(name)
            if target != own and target not in ALLOWED.get(own, set()):
                problems.append(f"{where}: {own}/ may not import {target}/ ({name})")
        top = name.split(".")[0]
        if top == "PySide6" and own not in QT_LAYERS:
            problems.append(f"{where}: Qt is imported below ui/ ({name}); services must run without a display")
        if own == "ui" and (top in ORM or name.startswith("lokalraad_app.store")):
            problems.append(f"{where}: ui/ must not touch the store or the ORM ({name})")
    return problems


def modules() -> list[tuple[str, Path]]:
    result = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        result.append((name.removesuffix(".__init__"), path))
    return result


def test_imports_flow_one_way() -> None:
    problems: list[str] = []
    for name, path in modules():
        problems += violations(path.read_text(encoding="utf-8"), name if "." in name else name + ".x")
    assert problems == []


def test_the_checker_catches_a_violation() -> None:
    bad_store = "from lokalraad_app.services.members import MemberService\nfrom PySide6 import QtCore\n"
    assert len(violations(bad_store, "lokalraad_app.store.engine")) == 2
    bad_ui = "from lokalraad_app.store.engine import open_store\nimport sqlmodel\n"
    assert len(violations(bad_ui, "lokalraad_app.ui.members.members_view")) == 3  # layer rule + 2 ORM rules
    relative = "from ..services import members\n"
    assert violations(relative, "lokalraad_app.store.engine") != []
    fine = "from lokalraad_app.domain.enums import Role\nfrom lokalraad_app.services.members import X\n"
    assert violations(fine, "lokalraad_app.ui.labels") == []
