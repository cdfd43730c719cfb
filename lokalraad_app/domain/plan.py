"""The development plan as one JSON-ready snapshot, and the comparison of two snapshots element by element.

A snapshot is what an adopted version keeps forever (plan_version.snapshot) and what `lokalraad plan --json`
prints; elements are matched by their uid across versions, so a renamed initiative is "changed", not
"removed" and "added". Pure functions: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

SNAPSHOT_FORMAT = 1
PLAN_FIELDS = ("title", "vision", "period_start", "period_end")
AREA_FIELDS = ("title", "description", "position")
# The snapshot's names: "progress" is the percentage, "progress_note" the text kept in initiative.progress.
INITIATIVE_FIELDS = ("title", "description", "focus_area", "owner", "partners", "status", "progress",
                     "progress_note", "budget_ore", "funding", "start_on", "end_on")

Snapshot = dict[str, Any]


def kroner(ore: int | None) -> str:
    """An amount in øre the Danish way: 250.000 kr., or 1.234,50 kr. when there are øre; "" for none."""
    if ore is None:
        return ""
    whole, part = divmod(ore, 100)
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{part:02d} kr." if part else f"{text} kr."


def parse_kroner(text: str) -> int | None:
    """Kroner as Danes write them ("250.000", "1.234,50", "250000 kr.") in øre; None for nothing written.
    ValueError for anything else."""
    cleaned = text.strip().removesuffix("kr.").removesuffix("kr").strip().replace(" ", "")
    if not cleaned:
        return None
    whole, _, part = cleaned.replace(".", "").partition(",")
    if not whole.isdigit() or (part and not (part.isdigit() and len(part) <= 2)):
        raise ValueError(text)
    return int(whole) * 100 + int(part.ljust(2, "0") or 0)


def _day(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def initiative_entry(row: dict[str, Any], focus_area_uid: str) -> dict[str, Any]:
    """One initiative as the snapshot holds it, from a row with the initiative table's column names."""
    return {"uid": row["uid"], "title": row["title"], "description": row["description"],
            "focus_area": focus_area_uid, "owner": row["owner"], "partners": row["partners"],
            "status": row["status"], "progress": row["progress_percent"], "progress_note": row["progress"],
            "budget_ore": row["budget_ore"], "funding": row["funding"], "start_on": _day(row["start_on"]),
            "end_on": _day(row["end_on"])}


def make_snapshot(plan: dict[str, Any], areas: list[dict[str, Any]],
                  initiatives: list[dict[str, Any]]) -> Snapshot:
    """The whole plan from rows (dicts with the tables' column names), areas and initiatives in their order."""
    by_area: dict[int, list[dict[str, Any]]] = {}
    uid_of = {a["id"]: a["uid"] for a in areas}
    for i in initiatives:
        by_area.setdefault(i["focus_area_id"], []).append(initiative_entry(i, uid_of[i["focus_area_id"]]))
    return {
        "format": SNAPSHOT_FORMAT,
        "plan": {"uid": plan["uid"], **{f: plan[f] for f in PLAN_FIELDS}},
        "focus_areas": [{"uid": a["uid"], "title": a["title"], "description": a["description"],
                         "position": n, "initiatives": by_area.get(a["id"], [])}
                        for n, a in enumerate(areas, start=1)],
    }


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ElementChange:
    kind: str  # plan, focus_area, initiative
    uid: str
    title: str  # as in the newer version (the older one for a removed element)
    change: str  # added, removed, changed
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class Comparison:
    changes: list[ElementChange]

    def marks(self) -> dict[str, str]:
        """uid → added/removed/changed, for showing both versions side by side."""
        return {c.uid: c.change for c in self.changes}

    def count(self, change: str) -> int:
        return sum(1 for c in self.changes if c.change == change)


def _fields(old: dict[str, Any], new: dict[str, Any], names: tuple[str, ...]) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if old.get(n) != new.get(n))


def _elements(snapshot: Snapshot) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    areas = {a["uid"]: a for a in snapshot["focus_areas"]}
    initiatives = {i["uid"]: i for a in snapshot["focus_areas"] for i in a["initiatives"]}
    return areas, initiatives


def compare(old: Snapshot, new: Snapshot) -> Comparison:
    """What changed from `old` to `new`: the plan's own fields, then focus areas, then initiatives, each
    in the newer version's order with removed ones after."""
    changes: list[ElementChange] = []
    plan_fields = _fields(old["plan"], new["plan"], PLAN_FIELDS)
    if plan_fields:
        changes.append(ElementChange("plan", new["plan"]["uid"], new["plan"]["title"], "changed", plan_fields))
    old_areas, old_initiatives = _elements(old)
    new_areas, new_initiatives = _elements(new)
    for kind, before, after, names in (("focus_area", old_areas, new_areas, AREA_FIELDS),
                                       ("initiative", old_initiatives, new_initiatives, INITIATIVE_FIELDS)):
        for uid, element in after.items():
            previous = before.get(uid)
            if previous is None:
                changes.append(ElementChange(kind, uid, element["title"], "added"))
            else:
                fields = _fields(previous, element, names)
                if fields:
                    changes.append(ElementChange(kind, uid, element["title"], "changed", fields))
        changes += [ElementChange(kind, uid, element["title"], "removed")
                    for uid, element in before.items() if uid not in after]
    return Comparison(changes)


__all__ = ["AREA_FIELDS", "INITIATIVE_FIELDS", "PLAN_FIELDS", "Comparison", "ElementChange", "FieldChange",
           "Snapshot", "compare", "initiative_entry", "kroner", "make_snapshot",
           "parse_kroner"]
