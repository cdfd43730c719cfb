"""Imports flow one way down the layers of DESIGN.md (Architecture); Qt and the ORM stay where they belong.

Every import counts, wherever it is written: at the top, inside a function (lazy imports), or under
`if TYPE_CHECKING:` (a type from a layer is still knowledge of that layer).
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "lokalraad_app"
PACKAGE = "lokalraad_app"

# DESIGN.md's table: each layer and the layers of ours it may import (itself always allowed).
# Order, top to bottom: ui > cli > services > (documents, ical, importers, sync, demo_data) > store > domain.
ALLOWED: dict[str, frozenset[str]] = {
    "ui": frozenset({"services", "domain"}),
    "cli": frozenset({"services", "demo_data", "domain"}),
    "services": frozenset({"documents", "ical", "importers", "sync", "store", "domain"}),
    "documents": frozenset({"domain"}),
    "ical": frozenset({"domain"}),
    "importers": frozenset({"domain"}),
    "sync": frozenset({"store", "domain"}),
    # The demo council writer fills a new file straight through the store; not a use case.
    "demo_data": frozenset({"store", "domain"}),
    "store": frozenset({"domain"}),
    "domain": frozenset(),
}
# The composition root builds the store, services and window and wires them: it may import anything.
# self_test.py is part of it: `lokalraad --self-test` builds the whole app headless to prove it works.
COMPOSITION_ROOT = frozenset({"app", "__main__", "self_test"})
# The command line is the program's entry point: with no subcommand it hands over to the app.
ENTRY_POINT_MAY_START = {"cli": COMPOSITION_ROOT - {"__main__"}}
QT = frozenset({"PySide6", "shiboken6"})
ORM = frozenset({"sqlalchemy", "sqlmodel", "alembic", "sqlite3"})  # store/ is the only home of SQL
DOMAIN_THIRD_PARTY = frozenset({"sqlmodel", "sqlalchemy"})  # column types; nothing else beyond stdlib


@dataclass(frozen=True)
class Violation:
    path: str  # lokalraad_app/store/engine.py
    line: int
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}"


@dataclass(frozen=True)
class Imported:
    line: int
    name: str  # absolute dotted module name


def layer_of(module: str) -> str:
    """'lokalraad_app.store.engine' -> 'store'; the package root -> 'root'; app.py -> 'app'."""
    parts = module.split(".")
    assert parts[0] == PACKAGE, module
    return "root" if len(parts) == 1 else parts[1]


@cache
def _known_modules() -> frozenset[str]:
    return frozenset(name for name, _, _ in modules())


def imports_of(source: str, module: str, is_package: bool = False) -> list[Imported]:
    """Every import in `source` as absolute module names, relative ones resolved.

    `from lokalraad_app import services` names the module lokalraad_app.services, not the root.
    """
    known = _known_modules()
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: list[Imported] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Imported(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                up = node.level - 1
                if up > len(package) - 1:
                    found.append(Imported(node.lineno, "<relative import beyond the package>"))
                    continue
                base = ".".join(package[: len(package) - up] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                is_module = candidate in known or (base == PACKAGE and alias.name in ALLOWED)
                found.append(Imported(node.lineno, candidate if is_module else base))
    return found


def violations(source: str, module: str, is_package: bool = False) -> list[Violation]:
    """What `module` (with this source) does against the rules."""
    own = layer_of(module)
    rel = module.replace(".", "/") + ("/__init__.py" if is_package else ".py")
    found: list[Violation] = []

    def fail(line: int, rule: str) -> None:
        found.append(Violation(rel, line, rule))

    if own in COMPOSITION_ROOT:
        return []
    if own != "root" and own not in ALLOWED:
        return [Violation(rel, 1, f"{own} is in no layer of DESIGN.md's table: put it in one (or extend the table)")]
    for imp in imports_of(source, module, is_package):
        top = imp.name.split(".")[0]
        if imp.name.startswith("<"):
            fail(imp.line, imp.name)
            continue
        if top == PACKAGE:
            target = layer_of(imp.name)
            if own == "root":
                if target != "root":
                    fail(imp.line, f"the package root imports nothing of ours ({imp.name}); every layer may import it")
            elif target not in (own, "root"):
                may = ALLOWED[own] | ENTRY_POINT_MAY_START.get(own, frozenset())
                if target not in may:
                    allowed = ", ".join(f"{t}/" for t in sorted(ALLOWED[own])) or "nothing of ours"
                    fail(imp.line, f"{own}/ may not import {target}/ ({imp.name}); {own}/ may import {allowed} "
                                   "(DESIGN.md, Architecture)")
        if top in QT and own != "ui":
            fail(imp.line, f"PySide6 only under ui/ and in the composition root app.py ({imp.name} in {own}/)")
        if own == "ui" and (top in ORM or imp.name == f"{PACKAGE}.store" or imp.name.startswith(f"{PACKAGE}.store.")):
            fail(imp.line, f"ui/ must not touch the store or SQL ({imp.name}); go through services/")
        if own == "domain" and top != PACKAGE and top not in sys.stdlib_module_names and top not in DOMAIN_THIRD_PARTY:
            fail(imp.line, f"domain/ imports only the standard library and sqlmodel ({imp.name})")
    return found


def modules() -> list[tuple[str, Path, bool]]:
    """(dotted name, file, is_package) of every module under lokalraad_app/."""
    result = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
        is_package = rel.name == "__init__"
        parts = rel.parts[:-1] if is_package else rel.parts
        result.append((".".join(parts), path, is_package))
    return result


# --- the real code --------------------------------------------------------------------------------
def test_every_module_keeps_to_its_layer() -> None:
    problems = [str(v) for name, path, is_package in modules()
                for v in violations(path.read_text(encoding="utf-8"), name, is_package)]
    assert problems == [], "\n" + "\n".join(problems)


def test_the_walk_sees_every_layer() -> None:
    names = {name for name, _, _ in modules()}
    assert len(names) > 30
    seen = {layer_of(n) for n in names}
    assert {"ui", "cli", "services", "store", "domain", "app", "root"} <= seen
    assert "lokalraad_app.store.migrations.versions.0001_first_schema" in names  # migrations count as store


def test_imports_of_resolves_what_the_code_writes() -> None:
    source = (
        "import os\n"
        "from . import schema\n"
        "from .lock import FileLock\n"
        "from .. import domain\n"
        "from ..domain.models import Person\n"
        "from lokalraad_app import __version__\n"
        "from lokalraad_app.domain import rules\n"
    )
    names = [i.name for i in imports_of(source, "lokalraad_app.store.engine")]
    assert names == ["os", "lokalraad_app.store.schema", "lokalraad_app.store.lock", "lokalraad_app.domain",
                     "lokalraad_app.domain.models", "lokalraad_app", "lokalraad_app.domain.rules"]
    in_init = [i.name for i in imports_of("from . import search\n", "lokalraad_app.store", is_package=True)]
    assert in_init == ["lokalraad_app.store.search"]


# --- the checker catches what it should ---------------------------------------------------------
def rules_for(source: str, module: str) -> list[str]:
    return [str(v) for v in violations(source, module)]


def test_checker_catches_an_upward_import_naming_file_line_and_rule() -> None:
    source = "import os\nfrom lokalraad_app.services.members import MemberService\n"
    [problem] = rules_for(source, "lokalraad_app.store.engine")
    assert problem.startswith("lokalraad_app/store/engine.py:2: store/ may not import services/")
    assert "store/ may import domain/" in problem


def test_checker_catches_imports_hidden_in_functions_and_type_checking() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from lokalraad_app.store.engine import Store\n"
        "def f() -> None:\n"
        "    from lokalraad_app.sync import outbox\n"
    )
    problems = rules_for(source, "lokalraad_app.documents.agenda")
    assert [p.split(": ")[0] for p in problems] == ["lokalraad_app/documents/agenda.py:3",
                                                    "lokalraad_app/documents/agenda.py:5"]


def test_checker_catches_relative_and_package_imports() -> None:
    assert rules_for("from ..services import members\n", "lokalraad_app.store.engine") != []
    assert rules_for("from .. import ui\n", "lokalraad_app.services.members") != []
    assert rules_for("from lokalraad_app import services\n", "lokalraad_app.sync.worker") != []
    assert rules_for("from . import schema\n", "lokalraad_app.store.engine") == []
    assert rules_for("from ...domain import enums\n", "lokalraad_app.ui.members.members_view") == []


def test_checker_keeps_qt_in_ui() -> None:
    [problem] = rules_for("from PySide6 import QtCore\n", "lokalraad_app.services.members")
    assert "PySide6 only under ui/" in problem
    assert rules_for("import PySide6.QtWidgets\n", "lokalraad_app.domain.models") != []
    assert rules_for("from PySide6 import QtCore, QtWidgets\n", "lokalraad_app.ui.members.members_view") == []
    assert rules_for("from PySide6 import QtCore\nfrom lokalraad_app.store import engine\n", "lokalraad_app.app") == []


def test_checker_keeps_the_store_and_orm_out_of_ui() -> None:
    source = "from lokalraad_app.store.engine import open_store\nimport sqlmodel\nfrom sqlalchemy.orm import Session\n"
    problems = rules_for(source, "lokalraad_app.ui.members.members_view")
    assert len([p for p in problems if "ui/ must not touch the store or SQL" in p]) == 3
    assert any("ui/ may not import store/" in p for p in problems)


def test_checker_applies_the_table() -> None:
    allowed = [
        ("lokalraad_app.ui.main_window", "from lokalraad_app.services.members import MemberService"),
        ("lokalraad_app.ui.main_window", "from lokalraad_app.domain.enums import Role"),
        ("lokalraad_app.cli", "from lokalraad_app.services.bundle import open_for_command"),
        ("lokalraad_app.cli", "from lokalraad_app import __version__"),
        ("lokalraad_app.services.members", "from lokalraad_app.store import member_queries"),
        ("lokalraad_app.services.documents", "from lokalraad_app.documents.agenda import build"),
        ("lokalraad_app.sync.worker", "from lokalraad_app.store.engine import Store"),
        ("lokalraad_app.ical.invite", "from lokalraad_app.domain.models import Meeting"),
        ("lokalraad_app.importers.members", "from lokalraad_app.domain.rules import is_valid_email"),
        ("lokalraad_app.store.engine", "from lokalraad_app.domain.models import Person"),
        ("lokalraad_app.domain.models", "from sqlmodel import Field, SQLModel"),
    ]
    refused = [
        ("lokalraad_app.ui.main_window", "from lokalraad_app.documents.agenda import build"),
        ("lokalraad_app.ui.main_window", "from lokalraad_app.sync.worker import Worker"),
        ("lokalraad_app.cli", "from lokalraad_app.store.engine import open_store"),
        ("lokalraad_app.cli", "from lokalraad_app.ui.main_window import MainWindow"),
        ("lokalraad_app.services.members", "from lokalraad_app.ui.events import Events"),
        ("lokalraad_app.services.members", "from lokalraad_app.cli import main"),
        ("lokalraad_app.services.members", "from lokalraad_app.app import run"),
        ("lokalraad_app.documents.agenda", "from lokalraad_app.store.engine import Store"),
        ("lokalraad_app.documents.agenda", "from lokalraad_app.ical import invite"),
        ("lokalraad_app.ical.invite", "from lokalraad_app.importers.members import read"),
        ("lokalraad_app.importers.members", "from lokalraad_app.services.members import MemberService"),
        ("lokalraad_app.sync.worker", "from lokalraad_app.services.bundle import open_services"),
        ("lokalraad_app.store.engine", "from lokalraad_app.sync.worker import Worker"),
        ("lokalraad_app.domain.rules", "from lokalraad_app.store.search import search"),
        ("lokalraad_app.domain.rules", "import requests"),
        ("lokalraad_app", "from lokalraad_app.services import bundle"),
        ("lokalraad_app.plugins", "import os"),  # a module in no layer
    ]
    for module, source in allowed:
        assert rules_for(source + "\n", module) == [], (module, source)
    for module, source in refused:
        assert rules_for(source + "\n", module) != [], (module, source)


def test_the_composition_root_may_import_everything() -> None:
    source = "from PySide6 import QtWidgets\nfrom lokalraad_app.store.lock import FileLock\nimport sqlite3\n"
    for module in ("lokalraad_app.app", "lokalraad_app.__main__", "lokalraad_app.self_test"):
        assert rules_for(source, module) == []
    # The command line may hand over to it (no subcommand starts the window), nothing more.
    assert rules_for("from lokalraad_app.app import run\n", "lokalraad_app.cli") == []


def test_no_two_services_import_each_other() -> None:
    """A cycle (documents ↔ meetings once) hides which use case builds on which; lazy imports count too."""
    graph: dict[str, set[str]] = {}
    for name, path, is_package in modules():
        if layer_of(name) == "services":
            graph[name] = {i.name for i in imports_of(path.read_text(encoding="utf-8"), name, is_package)
                           if i.name.startswith(f"{PACKAGE}.services.") and i.name != name}
    cycles = []

    def walk(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in trail:
                cycles.append(" → ".join([*trail[trail.index(nxt):], nxt]))
            else:
                walk(nxt, [*trail, nxt])

    for start in sorted(graph):
        walk(start, [start])
    assert cycles == []


def test_the_demo_writer_is_no_use_case() -> None:
    names = {name for name, _, _ in modules()}
    assert "lokalraad_app.services.demo" not in names and "lokalraad_app.demo_data" in names
