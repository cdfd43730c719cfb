"""A development plan shared by neighbouring councils: the file one exports and another imports, its
checking, and the three-way comparison (here, there, and what was last exchanged) element by element.

The file holds the plan as a snapshot (domain/plan.py, the same form an adopted version keeps) with the
exporting council's uuid and name. Pure functions: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from lokalraad_app.domain.plan import AREA_FIELDS, INITIATIVE_FIELDS, PLAN_FIELDS, Snapshot

SHARE_KIND = "lokalraad-plan"
SHARE_FORMAT = 1
PLAN_KEY = "plan"  # the base of the plan's own fields: a file has one plan, whatever its uid

# added: only in the file; only_here: only in this file; changed: in both with fields that differ;
# removed_here: in the file and in what was last exchanged, but deleted here since (stays deleted unless chosen).
ADDED, ONLY_HERE, CHANGED, REMOVED_HERE = "added", "only_here", "changed", "removed_here"
# Per field: changed there only (theirs is taken), here only (ours is kept), or on both sides (choose).
THERE, HERE, CONFLICT = "there", "here", "conflict"
OURS, THEIRS = "ours", "theirs"

_TEXT, _INT, _OPT_INT, _OPT_DAY = "text", "whole number", "whole number or null", "date (YYYY-MM-DD) or null"
PLAN_TYPES = {"uid": _TEXT, "title": _TEXT, "vision": _TEXT, "period_start": _OPT_INT, "period_end": _OPT_INT}
AREA_TYPES = {"uid": _TEXT, "title": _TEXT, "description": _TEXT, "position": _INT}
INITIATIVE_TYPES = {"uid": _TEXT, "title": _TEXT, "description": _TEXT, "focus_area": _TEXT, "owner": _TEXT,
                    "partners": _TEXT, "status": _TEXT, "progress": _INT, "progress_note": _TEXT,
                    "budget_ore": _OPT_INT, "funding": _TEXT, "start_on": _OPT_DAY, "end_on": _OPT_DAY}


class ShareFileError(ValueError):
    """The file cannot be imported. `code`: not_json, kind, format, missing, type, duplicate;
    `where`: the place in the file (e.g. focus_areas[1].initiatives[0].progress); `expected`: what belongs there."""

    def __init__(self, code: str, where: str = "", expected: str = "") -> None:
        super().__init__(f"{code}: {where} {expected}".strip())
        self.code, self.where, self.expected = code, where, expected


def share_document(council_uuid: str, council_name: str, snapshot: Snapshot) -> dict[str, Any]:
    return {"kind": SHARE_KIND, "format": SHARE_FORMAT, "council": {"uuid": council_uuid, "name": council_name},
            "plan": snapshot}


def _fits(value: Any, expected: str) -> bool:
    if expected == _TEXT:
        return isinstance(value, str)
    if value is None and expected != _INT:
        return True
    if expected in (_INT, _OPT_INT):
        return isinstance(value, int) and not isinstance(value, bool)
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ShareFileError("type", where, "object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ShareFileError("type", where, "list")
    return value


def _element(value: Any, where: str, types: dict[str, str]) -> dict[str, Any]:
    element = _object(value, where)
    for name, expected in types.items():
        if name not in element:
            raise ShareFileError("missing", f"{where}.{name}", expected)
        if not _fits(element[name], expected):
            raise ShareFileError("type", f"{where}.{name}", expected)
    return element


def check_document(data: Any) -> Snapshot:
    """The plan of a share file read with json.loads, every field checked; ShareFileError names the first
    thing wrong."""
    doc = _object(data, "(the file)")
    if doc.get("kind") != SHARE_KIND:
        raise ShareFileError("kind", "kind", SHARE_KIND)
    if doc.get("format") != SHARE_FORMAT:
        raise ShareFileError("format", "format", str(SHARE_FORMAT))
    _element(doc.get("council"), "council", {"uuid": _TEXT, "name": _TEXT})
    if "plan" not in doc:
        raise ShareFileError("missing", "plan", "object")
    snapshot = _object(doc["plan"], "plan")
    _element(snapshot.get("plan"), "plan.plan", PLAN_TYPES)
    if "focus_areas" not in snapshot:
        raise ShareFileError("missing", "plan.focus_areas", "list")
    seen: set[str] = set()
    for n, area_value in enumerate(_list(snapshot["focus_areas"], "plan.focus_areas")):
        where = f"plan.focus_areas[{n}]"
        area = _element(area_value, where, AREA_TYPES)
        if "initiatives" not in area:
            raise ShareFileError("missing", f"{where}.initiatives", "list")
        uids = [area["uid"]]
        for m, initiative_value in enumerate(_list(area["initiatives"], f"{where}.initiatives")):
            initiative = _element(initiative_value, f"{where}.initiatives[{m}]", INITIATIVE_TYPES)
            if initiative["focus_area"] != area["uid"]:
                raise ShareFileError("type", f"{where}.initiatives[{m}].focus_area", area["uid"])
            uids.append(initiative["uid"])
        for uid in uids:
            if uid in seen or not uid:
                raise ShareFileError("duplicate", f"{where} uid {uid!r}")
            seen.add(uid)
    return snapshot


# A focus area's position is left out: each file keeps its own order (an area added here and one added there
# would otherwise renumber the rest and show as changes of every area after them).
SHARED_AREA_FIELDS = tuple(f for f in AREA_FIELDS if f != "position")


def elements(snapshot: Snapshot) -> dict[str, tuple[str, dict[str, Any]]]:
    """uid → (kind, fields) of every element of a snapshot; the plan's own fields under PLAN_KEY."""
    result: dict[str, tuple[str, dict[str, Any]]] = {
        PLAN_KEY: ("plan", {f: snapshot["plan"][f] for f in PLAN_FIELDS})}
    for a in snapshot["focus_areas"]:
        result[a["uid"]] = ("focus_area", {f: a[f] for f in SHARED_AREA_FIELDS})
        for i in a["initiatives"]:
            result[i["uid"]] = ("initiative", {f: i[f] for f in INITIATIVE_FIELDS})
    return result


@dataclass(frozen=True)
class FieldDifference:
    field: str  # "": the element as a whole (deleted here, changed there)
    here: Any
    there: Any
    side: str  # THERE, HERE or CONFLICT


@dataclass(frozen=True)
class ElementDifference:
    kind: str  # plan, focus_area, initiative
    uid: str  # PLAN_KEY for the plan's own fields
    title: str  # here, or there for an added element
    change: str  # ADDED, ONLY_HERE, CHANGED, REMOVED_HERE
    fields: tuple[FieldDifference, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """What importing a file would do, element by element and field by field."""
    council: str  # the exporting council's name
    differences: list[ElementDifference]

    def conflicts(self) -> list[tuple[ElementDifference, FieldDifference]]:
        return [(e, f) for e in self.differences for f in e.fields if f.side == CONFLICT]

    def choices_for(self, side: str) -> dict[tuple[str, str], str]:
        """Every conflict decided for one side (OURS or THEIRS); elements only here are kept."""
        return {(e.uid, f.field): side for e, f in self.conflicts()}


def three_way(here: Snapshot | None, there: Snapshot,
              base: dict[str, dict[str, Any]]) -> list[ElementDifference]:
    """The differences of `there` against `here` (None: no plan here yet), with `base` (uid → fields as last
    exchanged) telling which side changed a field. A field without a base that differs is a conflict:
    asking is safe, guessing could lose a change. An element deleted here after it was exchanged is not new
    there: it stays deleted, unless they changed it since, which is a conflict (the field "")."""
    ours = elements(here) if here is not None else {}
    theirs = elements(there)
    result: list[ElementDifference] = []
    for uid, (kind, fields) in theirs.items():
        if uid not in ours and here is not None and uid in base:
            changed_there = base[uid] != fields
            result.append(ElementDifference(kind, uid, fields["title"], REMOVED_HERE, (
                FieldDifference("", None, fields["title"], CONFLICT),) if changed_there else ()))
            continue
        if uid not in ours:  # the plan itself only when this file has none yet
            result.append(ElementDifference(kind, uid, fields["title"], ADDED))
            continue
        mine = ours[uid][1]
        known = base.get(uid)
        diffs = []
        for name, value in fields.items():
            if mine[name] == value:
                continue
            if known is not None and name in known and known[name] == mine[name]:
                side = THERE
            elif known is not None and name in known and known[name] == value:
                side = HERE
            else:
                side = CONFLICT
            diffs.append(FieldDifference(name, mine[name], value, side))
        if diffs:
            result.append(ElementDifference(kind, uid, mine["title"], CHANGED, tuple(diffs)))
    result += [ElementDifference(kind, uid, fields["title"], ONLY_HERE)
               for uid, (kind, fields) in ours.items() if uid not in theirs]
    return result


__all__ = ["ADDED", "CHANGED", "CONFLICT", "HERE", "ONLY_HERE", "OURS", "PLAN_KEY", "REMOVED_HERE", "SHARE_FORMAT",
           "SHARE_KIND", "THEIRS", "THERE", "ElementDifference", "FieldDifference", "ImportReport", "ShareFileError",
           "check_document", "elements", "share_document", "three_way"]
