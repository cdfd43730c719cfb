"""Udviklingsplan: the draft plan with its focus areas and initiatives, the decisions about an initiative,
and the adopted versions (sealed snapshots, compared side by side)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import InitiativeStatus, PlanVersionStatus
from lokalraad_app.domain.models import (
    AgendaItem,
    Council,
    DevelopmentPlan,
    FocusArea,
    Initiative,
    InitiativeDecision,
    Meeting,
    PlanShareBase,
    PlanVersion,
)
from lokalraad_app.domain.plan import Comparison, Snapshot, compare, make_snapshot
from lokalraad_app.domain.plan_share import (
    ADDED,
    CONFLICT,
    HERE,
    ONLY_HERE,
    OURS,
    REMOVED_HERE,
    THEIRS,
    ImportReport,
    ShareFileError,
    check_document,
    elements,
    share_document,
    three_way,
)
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_id_for_uid
from lokalraad_app.store.engine import Store
from lokalraad_app.store.plan_queries import initiative_list, plan_rows

PLAN: Changes = frozenset({"plan"})
LOCK_MESSAGE = "an adopted plan version cannot be changed"
MAX_BUDGET_ORE = 10**13  # a hundred thousand million kroner: a typing slip, not a budget


class ShareFileRefused(ValidationError):
    """A plan file that cannot be imported: `code` (domain/plan_share.ShareFileError's, or "invalid" for a
    value the plan refuses), `where` in the file, and `expected` there (the UI words it in Danish)."""

    def __init__(self, code: str, where: str, expected: str, message: str) -> None:
        super().__init__("share_file", code, message)
        self.where, self.expected = where, expected


_SHARE_MESSAGES = {
    "not_json": "the file is not JSON ({where})",
    "kind": "the file is not a development plan exported by Lokalråd",
    "format": "the file's format is not {expected}: it was written by another version of Lokalråd",
    "missing": "{where} is missing (it should be a {expected})",
    "type": "{where} should be {expected}",
    "duplicate": "{where} appears twice",
    "invalid": "{where}: {expected}",
}


def share_file_refused(error: ShareFileError) -> ShareFileRefused:
    message = _SHARE_MESSAGES[error.code].format(where=error.where, expected=error.expected)
    return ShareFileRefused(error.code, error.where, error.expected, f"the plan file cannot be imported: {message}")


def read_share_file(path: Path) -> Any:
    """A plan file as JSON; ShareFileRefused when it is not JSON at all."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise share_file_refused(ShareFileError("not_json", str(e))) from None


def _day_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# The snapshot's initiative fields as the initiative table's columns (focus_area is mapped by uid).
_INITIATIVE_COLUMN = {"progress": "progress_percent", "progress_note": "progress"}


def _initiative_values(fields: dict[str, Any]) -> InitiativeInput:
    return InitiativeInput(fields["title"], fields["description"], fields["owner"], fields["partners"],
                           fields["status"], fields["progress"], fields["progress_note"], fields["budget_ore"],
                           fields["funding"], _day_or_none(fields["start_on"]), _day_or_none(fields["end_on"]))


@dataclass
class PlanInput:
    title: str
    vision: str = ""
    period_start: int | None = None
    period_end: int | None = None


@dataclass
class AreaInput:
    title: str
    description: str = ""


@dataclass
class InitiativeInput:
    title: str
    description: str = ""
    owner: str = ""
    partners: str = ""
    status: str = InitiativeStatus.IDEA.value
    progress_percent: int = 0
    progress_note: str = ""  # initiative.progress
    budget_ore: int | None = None
    funding: str = ""  # the funding source
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True)
class AreaRow:
    id: int
    uid: str
    position: int
    title: str
    description: str


class InitiativeRow(NamedTuple):
    """One initiative as the page lists it (a tuple: thousands are made each time the page is read)."""
    id: int
    uid: str
    focus_area_id: int
    title: str
    owner: str
    status: str
    progress_percent: int
    budget_ore: int | None
    start_on: str | None  # ISO, as the file holds it; only the rows on screen are ever formatted
    end_on: str | None


@dataclass
class PlanDraft:
    """What the plan page shows: the header, the areas in order and their initiatives (light rows)."""
    id: int
    uid: str
    title: str
    vision: str
    period_start: int | None
    period_end: int | None
    adopted_on: date | None
    number: int  # the number this draft gets when adopted
    areas: list[AreaRow]
    initiatives: dict[int, list[InitiativeRow]]  # focus area id → its initiatives

    def owners(self) -> list[str]:
        return sorted({i.owner for rows in self.initiatives.values() for i in rows if i.owner})


@dataclass(frozen=True)
class VersionRow:
    number: int
    status: str  # PlanVersionStatus: the draft last
    adopted_on: date | None
    meeting_id: int | None
    meeting_uid: str
    meeting_title: str


@dataclass(frozen=True)
class DecisionRow:
    agenda_item_id: int
    meeting_id: int
    meeting_uid: str
    meeting_title: str
    meeting_day: date
    item_title: str
    decision: str


@dataclass
class RemovedArea:
    """A deleted focus area with all it held, to put back by undo."""
    area: dict[str, Any]
    initiatives: list[RemovedInitiative] = field(default_factory=list)


@dataclass
class RemovedInitiative:
    initiative: dict[str, Any]
    agenda_item_ids: list[int]


def columns(*attributes: Any) -> Select[tuple[Any, ...]]:
    """A select of several columns, read as plain rows (faster than whole records, for thousands of them)."""
    return sa_select(*(col(a) for a in attributes))


@contextmanager
def _writing(store: Store) -> Iterator[Session]:
    """A unit of work on the plan, in which the store's refusal of an adopted version is a ValidationError."""
    try:
        with store.session() as s:
            yield s
    except IntegrityError as e:
        if LOCK_MESSAGE in str(e.orig):
            raise ValidationError("version", "adopted", "An adopted version of the plan cannot be changed.") from None
        raise


def _validate_plan(data: PlanInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "Write a title.")
    for name, year in (("period_start", data.period_start), ("period_end", data.period_end)):
        if year is not None and not 1900 <= year <= 2200:
            raise ValidationError(name, "year", f"{name}: write a year such as 2026.")
    if data.period_start and data.period_end and data.period_end < data.period_start:
        raise ValidationError("period_end", "before_start", "The plan period ends before it starts.")


def _validate_initiative(data: InitiativeInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "Write a title.")
    if data.status not in {s.value for s in InitiativeStatus}:
        raise ValidationError("status", "unknown", f"Unknown status {data.status!r}.")
    if not 0 <= data.progress_percent <= 100:
        raise ValidationError("progress_percent", "range", "Progress must be between 0 and 100 %.")
    if data.budget_ore is not None and not 0 <= data.budget_ore <= MAX_BUDGET_ORE:
        raise ValidationError("budget_ore", "range", "The budget must be a positive amount in kroner.")
    if data.start_on and data.end_on and data.end_on < data.start_on:
        raise ValidationError("end_on", "before_start", "The initiative ends before it starts.")


def _apply(initiative: Initiative, data: InitiativeInput) -> None:
    initiative.title, initiative.description = data.title.strip(), data.description
    initiative.owner, initiative.partners = data.owner.strip(), data.partners
    initiative.status, initiative.progress_percent = data.status, data.progress_percent
    initiative.progress, initiative.budget_ore, initiative.funding = data.progress_note, data.budget_ore, data.funding
    initiative.start_on, initiative.end_on = data.start_on, data.end_on


class PlanService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- the plan ---------------------------------------------------------------------------------
    @staticmethod
    def _plan(s: Session) -> DevelopmentPlan | None:
        """The council's plan (the newest, should a file hold more than one)."""
        return s.exec(select(DevelopmentPlan).order_by(col(DevelopmentPlan.id).desc())).first()

    def _plan_id(self, s: Session) -> int:
        plan = self._plan(s)
        if plan is None or plan.id is None:
            raise ValidationError("plan", "missing", "This council file has no development plan yet.")
        return plan.id

    def create_plan(self, data: PlanInput) -> tuple[int, Changes]:
        _validate_plan(data)
        with _writing(self.store) as s:
            if self._plan(s) is not None:
                raise ValidationError("plan", "exists", "The council already has a development plan.")
            plan = DevelopmentPlan(title=data.title.strip(), vision=data.vision, period_start=data.period_start,
                                   period_end=data.period_end)
            s.add(plan)
            s.flush()
            assert plan.id is not None
            return plan.id, PLAN

    def plan_input(self) -> PlanInput:
        with self.store.read() as s:
            plan = self._plan(s)
            if plan is None:
                raise ValidationError("plan", "missing", "This council file has no development plan yet.")
            return PlanInput(plan.title, plan.vision, plan.period_start, plan.period_end)

    def update_plan(self, data: PlanInput) -> Changes:
        _validate_plan(data)
        with _writing(self.store) as s:
            plan = s.get(DevelopmentPlan, self._plan_id(s))
            assert plan is not None
            plan.title, plan.vision = data.title.strip(), data.vision
            plan.period_start, plan.period_end = data.period_start, data.period_end
            return PLAN

    def draft(self) -> PlanDraft | None:
        """The plan as it is being worked on; None while the file has none. Plain column reads: the page
        opens with thousands of initiatives."""
        with self.store.read() as s:
            plan = self._plan(s)
            if plan is None or plan.id is None:
                return None
            conn = s.connection()
            areas = [AreaRow(*r) for r in conn.execute(
                columns(FocusArea.id, FocusArea.uid, FocusArea.position, FocusArea.title, FocusArea.description)
                .where(col(FocusArea.plan_id) == plan.id).order_by(col(FocusArea.position), col(FocusArea.id)))]
            initiatives: dict[int, list[InitiativeRow]] = {a.id: [] for a in areas}
            for r in initiative_list(conn, plan.id):
                initiatives[r[2]].append(InitiativeRow._make(r))
            return PlanDraft(plan.id, plan.uid or "", plan.title, plan.vision, plan.period_start, plan.period_end,
                             plan.adopted_on, self._next_number(s, plan.id), areas, initiatives)

    # --- focus areas ------------------------------------------------------------------------------
    def add_area(self, data: AreaInput) -> tuple[int, Changes]:
        if not data.title.strip():
            raise ValidationError("title", "required", "Write a title.")
        with _writing(self.store) as s:
            plan_id = self._plan_id(s)
            last = s.exec(select(func.max(FocusArea.position)).where(FocusArea.plan_id == plan_id)).one()
            area = FocusArea(plan_id=plan_id, position=(last or 0) + 1, title=data.title.strip(),
                             description=data.description)
            s.add(area)
            s.flush()
            assert area.id is not None
            return area.id, PLAN

    def area_input(self, area_id: int) -> AreaInput:
        with self.store.read() as s:
            area = self._area(s, area_id)
            return AreaInput(area.title, area.description)

    def update_area(self, area_id: int, data: AreaInput) -> Changes:
        if not data.title.strip():
            raise ValidationError("title", "required", "Write a title.")
        with _writing(self.store) as s:
            area = self._area(s, area_id)
            area.title, area.description = data.title.strip(), data.description
            return PLAN

    def move_area(self, area_id: int, position: int) -> tuple[int, Changes]:
        """Moves a focus area to `position` (1-based); returns where it was, for undo."""
        with _writing(self.store) as s:
            area = self._area(s, area_id)
            areas = list(s.exec(select(FocusArea).where(FocusArea.plan_id == area.plan_id)
                                .order_by(col(FocusArea.position), col(FocusArea.id))))
            was = areas.index(area) + 1
            areas.remove(area)
            areas.insert(min(max(position, 1), len(areas) + 1) - 1, area)
            for n, a in enumerate(areas, start=1):
                a.position = n
            return was, PLAN

    def delete_area(self, area_id: int) -> tuple[RemovedArea, Changes]:
        with _writing(self.store) as s:
            area = self._area(s, area_id)
            removed = RemovedArea(area.model_dump())
            for i in s.exec(select(Initiative).where(Initiative.focus_area_id == area_id)
                            .order_by(col(Initiative.id))):
                removed.initiatives.append(self._removed_initiative(s, i))
            s.delete(area)  # its initiatives and their links go with it (ON DELETE CASCADE)
            return removed, PLAN

    def restore_area(self, removed: RemovedArea) -> tuple[int, Changes]:
        with _writing(self.store) as s:
            s.add(FocusArea(**removed.area))
            s.flush()
            for r in removed.initiatives:
                self._put_back(s, r)
            return int(removed.area["id"]), PLAN

    # --- initiatives ------------------------------------------------------------------------------
    def add_initiative(self, area_id: int, data: InitiativeInput) -> tuple[int, Changes]:
        _validate_initiative(data)
        with _writing(self.store) as s:
            self._area(s, area_id)
            initiative = Initiative(focus_area_id=area_id, title=data.title.strip())
            _apply(initiative, data)
            s.add(initiative)
            s.flush()
            assert initiative.id is not None
            return initiative.id, PLAN

    def initiative_input(self, initiative_id: int) -> InitiativeInput:
        with self.store.read() as s:
            i = self._initiative(s, initiative_id)
            return InitiativeInput(i.title, i.description, i.owner, i.partners, i.status, i.progress_percent,
                                   i.progress, i.budget_ore, i.funding, i.start_on, i.end_on)

    def update_initiative(self, initiative_id: int, data: InitiativeInput) -> Changes:
        _validate_initiative(data)
        with _writing(self.store) as s:
            _apply(self._initiative(s, initiative_id), data)
            return PLAN

    def move_initiative(self, initiative_id: int, area_id: int) -> tuple[int, Changes]:
        """Moves an initiative to another focus area; returns the one it was in, for undo."""
        with _writing(self.store) as s:
            initiative = self._initiative(s, initiative_id)
            self._area(s, area_id)
            was, initiative.focus_area_id = initiative.focus_area_id, area_id
            return was, PLAN

    def delete_initiative(self, initiative_id: int) -> tuple[RemovedInitiative, Changes]:
        with _writing(self.store) as s:
            initiative = self._initiative(s, initiative_id)
            removed = self._removed_initiative(s, initiative)
            s.delete(initiative)
            return removed, PLAN | self._meetings_of(s, removed.agenda_item_ids)

    def restore_initiative(self, removed: RemovedInitiative) -> tuple[int, Changes]:
        with _writing(self.store) as s:
            self._put_back(s, removed)
            return int(removed.initiative["id"]), PLAN | self._meetings_of(s, removed.agenda_item_ids)

    @staticmethod
    def _removed_initiative(s: Session, initiative: Initiative) -> RemovedInitiative:
        items = list(s.exec(select(InitiativeDecision.agenda_item_id)
                            .where(InitiativeDecision.initiative_id == initiative.id)))
        return RemovedInitiative(initiative.model_dump(), items)

    @staticmethod
    def _put_back(s: Session, removed: RemovedInitiative) -> None:
        s.add(Initiative(**removed.initiative))
        s.flush()
        for item_id in removed.agenda_item_ids:
            if s.get(AgendaItem, item_id) is not None:  # an item deleted meanwhile stays deleted
                s.add(InitiativeDecision(initiative_id=removed.initiative["id"], agenda_item_id=item_id))

    # --- decisions --------------------------------------------------------------------------------
    def link_decision(self, initiative_id: int, agenda_item_id: int) -> Changes:
        """Records that an agenda item (a decision) is about the initiative; linking twice is no error."""
        with _writing(self.store) as s:
            self._initiative(s, initiative_id)
            item = s.get(AgendaItem, agenda_item_id)
            if item is None:
                raise NotFoundError(agenda_item_id)
            if s.exec(select(InitiativeDecision).where(InitiativeDecision.initiative_id == initiative_id)
                      .where(InitiativeDecision.agenda_item_id == agenda_item_id)).first() is None:
                s.add(InitiativeDecision(initiative_id=initiative_id, agenda_item_id=agenda_item_id))
            return PLAN | {f"meeting:{item.meeting_id}"}

    def unlink_decision(self, initiative_id: int, agenda_item_id: int) -> Changes:
        with _writing(self.store) as s:
            link = s.exec(select(InitiativeDecision).where(InitiativeDecision.initiative_id == initiative_id)
                          .where(InitiativeDecision.agenda_item_id == agenda_item_id)).first()
            if link is None:
                raise NotFoundError(agenda_item_id)
            s.delete(link)
            return PLAN | self._meetings_of(s, [agenda_item_id])

    def decisions(self, initiative_id: int) -> list[DecisionRow]:
        """The agenda items about the initiative, the oldest meeting first."""
        with self.store.read() as s:
            rows = s.connection().execute(columns(AgendaItem.id, Meeting.id, Meeting.uid, Meeting.title, Meeting.start,
                                                  Meeting.timezone, AgendaItem.title, AgendaItem.decision)
                          .join(InitiativeDecision, col(InitiativeDecision.agenda_item_id) == col(AgendaItem.id))
                          .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
                          .where(col(InitiativeDecision.initiative_id) == initiative_id)
                          .order_by(col(Meeting.start), col(AgendaItem.position))).all()
            return [DecisionRow(int(i or 0), int(m or 0), uid, title, start.astimezone(ZoneInfo(zone)).date(),
                                item_title, decision)
                    for i, m, uid, title, start, zone, item_title, decision in rows]

    def initiatives_of_item(self, agenda_item_id: int) -> list[tuple[int, str]]:
        """(id, title) of the initiatives an agenda item is linked to."""
        with self.store.read() as s:
            return [(int(i or 0), t) for i, t in s.exec(
                select(Initiative.id, Initiative.title)
                .join(InitiativeDecision, col(InitiativeDecision.initiative_id) == col(Initiative.id))
                .where(InitiativeDecision.agenda_item_id == agenda_item_id).order_by(col(Initiative.title)))]

    # --- versions ---------------------------------------------------------------------------------
    @staticmethod
    def _next_number(s: Session, plan_id: int) -> int:
        last = s.exec(select(func.max(PlanVersion.number)).where(PlanVersion.plan_id == plan_id)
                      .where(PlanVersion.status == PlanVersionStatus.ADOPTED.value)).one()
        return (last or 0) + 1

    @staticmethod
    def _draft_snapshot(s: Session, plan_id: int) -> Snapshot:
        return make_snapshot(*plan_rows(s.connection(), plan_id))

    def adopt(self, meeting_id: int, on: date | None = None) -> tuple[int, Changes]:
        """Vedtag version: the draft as it is now becomes version N, adopted at the meeting on its day (or
        `on`); it is sealed in the file, and work goes on in the draft, which becomes N+1."""
        with _writing(self.store) as s:
            plan_id = self._plan_id(s)
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise ValidationError("meeting", "not_found", "Choose the meeting that adopted the plan.")
            day = on or meeting.start.astimezone(ZoneInfo(meeting.timezone)).date()
            number = self._next_number(s, plan_id)
            snapshot = json.dumps(self._draft_snapshot(s, plan_id), ensure_ascii=False)
            version = PlanVersion(plan_id=plan_id, number=number, status=PlanVersionStatus.DRAFT.value)
            s.add(version)
            s.flush()
            # Adopted the one way the file allows: the draft row becomes adopted, whole, once.
            version.status, version.adopted_on = PlanVersionStatus.ADOPTED.value, day
            version.adopting_meeting_id, version.snapshot = meeting_id, snapshot
            plan = s.get(DevelopmentPlan, plan_id)
            assert plan is not None
            if plan.adopted_on is None:
                plan.adopted_on = day
            else:
                plan.revised_on = day
            return number, PLAN | {f"meeting:{meeting_id}"}

    def adopt_at(self, meeting_uid: str, on: date | None = None) -> tuple[int, Changes]:
        """As adopt, with the meeting named by its UID (the command line)."""
        with self.store.read() as s:
            try:
                meeting_id = meeting_id_for_uid(s, meeting_uid)
            except NotFoundError:
                raise ValidationError("meeting", "not_found", f"No meeting has the UID {meeting_uid}.") from None
        return self.adopt(meeting_id, on)

    def versions(self) -> list[VersionRow]:
        """The adopted versions, oldest first, then the draft being worked on."""
        with self.store.read() as s:
            plan = self._plan(s)
            if plan is None or plan.id is None:
                return []
            rows = s.connection().execute(columns(PlanVersion.number, PlanVersion.adopted_on, Meeting.id, Meeting.uid,
                                                  Meeting.title)
                          .outerjoin(Meeting, col(Meeting.id) == col(PlanVersion.adopting_meeting_id))
                          .where(col(PlanVersion.plan_id) == plan.id)
                          .where(col(PlanVersion.status) == PlanVersionStatus.ADOPTED.value)
                          .order_by(col(PlanVersion.number))).all()
            result = [VersionRow(n, PlanVersionStatus.ADOPTED.value, day, mid, uid or "", title or "")
                      for n, day, mid, uid, title in rows]
            result.append(VersionRow(self._next_number(s, plan.id), PlanVersionStatus.DRAFT.value, None, None,
                                     "", ""))
            return result

    def snapshot(self, number: int | None = None) -> Snapshot:
        """Version `number` as adopted, or the draft as it is now (None, or the draft's own number)."""
        with self.store.read() as s:
            plan_id = self._plan_id(s)
            if number is None or number == self._next_number(s, plan_id):
                return self._draft_snapshot(s, plan_id)
            stored = s.exec(select(PlanVersion.snapshot).where(PlanVersion.plan_id == plan_id)
                            .where(PlanVersion.number == number)
                            .where(PlanVersion.status == PlanVersionStatus.ADOPTED.value)).first()
            if stored is None:
                raise ValidationError("version", "unknown", f"The plan has no version {number}.")
            result: Snapshot = json.loads(stored)
            return result

    def compare(self, older: int | None, newer: int | None) -> Comparison:
        """What changed from version `older` to `newer` (None: the draft)."""
        return compare(self.snapshot(older), self.snapshot(newer))

    def to_json(self) -> dict[str, Any]:
        """The draft and every adopted version, whole (`lokalraad plan --json`)."""
        versions = self.versions()
        if not versions:
            return {"draft": None, "versions": []}
        result: dict[str, Any] = {"draft": {"number": versions[-1].number, **self.snapshot(None)}, "versions": []}
        for v in versions[:-1]:
            result["versions"].append({"number": v.number, "status": v.status,
                                       "adopted_on": v.adopted_on.isoformat() if v.adopted_on else None,
                                       "meeting": v.meeting_uid or None, **self.snapshot(v.number)})
        return result

    # --- a plan shared by neighbouring councils --------------------------------------------------
    # Design: each file keeps, per partner council and element, the element's fields as last exchanged
    # (plan_share_base), the base of a three-way comparison: a field that differs is "changed there" when
    # ours still equals the base, "changed here" when theirs does, and a conflict otherwise, or when no base
    # is known (asking is safe; guessing could lose a change). An import records the file's values as the
    # partner's base (what they had); an export records ours under partner "" only for elements never
    # exported before, the base for a partner not yet heard from. A later export does not move it: the
    # partner may never import that file, and a base newer than what they had would take their older value
    # for a change of theirs. One base per partner, so three councils sharing one plan do not mix up who
    # saw what. Elements are never deleted by an import unless the user chooses "remove" for one.

    def export_plan(self) -> dict[str, Any]:
        """The draft plan as a share file (a snapshot with the council's uuid and name), ready for json.dumps."""
        with _writing(self.store) as s:
            snapshot = self._draft_snapshot(s, self._plan_id(s))
            council = s.exec(select(Council)).first()
            if council is None:  # the file names its council, so that its partners keep their bases apart
                raise ValidationError("council", "missing", "Write the council's name in its settings first.")
            self._record_base(s, "", snapshot, only_missing=True)
            return share_document(council.uuid, council.name, snapshot)

    def write_export(self, path: Path) -> int:
        """export_plan written to `path` (whole, or not at all); returns the number of initiatives."""
        document = self.export_plan()
        partial = Path(path).with_name(Path(path).name + ".part")
        partial.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, path)
        return sum(len(a["initiatives"]) for a in document["plan"]["focus_areas"])

    @staticmethod
    def _record_base(s: Session, partner: str, snapshot: Snapshot, only_missing: bool = False) -> None:
        known = {b.uid: b for b in s.exec(select(PlanShareBase).where(PlanShareBase.partner == partner))}
        for uid, (kind, fields) in elements(snapshot).items():
            state = json.dumps(fields, ensure_ascii=False, sort_keys=True)
            row = known.get(uid)
            if row is None:
                s.add(PlanShareBase(partner=partner, uid=uid, kind=kind, state=state))
            elif not only_missing:
                row.state = state

    @staticmethod
    def _base(s: Session, partner: str) -> dict[str, dict[str, Any]]:
        """uid → fields as last exchanged with `partner`, else as first exported."""
        rows = s.exec(select(PlanShareBase).where(col(PlanShareBase.partner).in_(("", partner)))
                      .order_by(col(PlanShareBase.partner))).all()
        return {b.uid: json.loads(b.state) for b in rows}  # the partner's own ("" sorts first) win

    @staticmethod
    def _checked(data: Any) -> Snapshot:
        """The file's plan, checked in form and in what the plan allows; ShareFileRefused names the place."""
        try:
            snapshot = check_document(data)
        except ShareFileError as e:
            raise share_file_refused(e) from None
        try:
            p = snapshot["plan"]
            _validate_plan(PlanInput(p["title"], p["vision"], p["period_start"], p["period_end"]))
            where = "plan.plan"
            for n, a in enumerate(snapshot["focus_areas"]):
                where = f"plan.focus_areas[{n}]"
                if not a["title"].strip():
                    raise ValidationError("title", "required", "Write a title.")
                for m, i in enumerate(a["initiatives"]):
                    where = f"plan.focus_areas[{n}].initiatives[{m}]"
                    _validate_initiative(_initiative_values(i))
        except ValidationError as e:
            raise share_file_refused(ShareFileError("invalid", f"{where}.{e.field}", e.message)) from None
        return snapshot

    def _report(self, s: Session, data: Any) -> tuple[Snapshot, ImportReport]:
        snapshot = self._checked(data)
        plan = self._plan(s)
        here = self._draft_snapshot(s, plan.id) if plan is not None and plan.id is not None else None
        council = data["council"]
        if not council["uuid"]:
            raise share_file_refused(ShareFileError("missing", "council.uuid", "text"))
        return snapshot, ImportReport(council["name"], three_way(here, snapshot, self._base(s, council["uuid"])))

    def compare_import(self, data: Any) -> ImportReport:
        """What importing a plan file (read with json.loads) would change, element by element and field by
        field; nothing is written. ShareFileRefused for a file that cannot be imported."""
        with self.store.read() as s:
            return self._report(s, data)[1]

    def apply_import(self, data: Any, choices: Mapping[tuple[str, str], str]) -> tuple[ImportReport, Changes]:
        """Imports a plan file in one transaction, all or nothing. Added elements are added, fields changed on
        their side only are taken, ours are kept where only we changed them; `choices` maps (uid, field) to
        OURS or THEIRS for each conflict (required) or any other field, and (uid, "") to THEIRS for an element
        only here that is to be removed (kept otherwise) or one deleted here that is to come back (stays
        deleted otherwise; a choice is required when they changed it since)."""
        with _writing(self.store) as s:
            snapshot, report = self._report(s, data)
            missing = [f"{e.title}: {f.field}" for e, f in report.conflicts() if (e.uid, f.field) not in choices]
            if missing:
                raise ValidationError("choices", "conflict", "choose ours or theirs for each conflict: "
                                      + ", ".join(missing))
            theirs = elements(snapshot)
            plan = self._plan(s)
            if plan is None:
                p = snapshot["plan"]
                plan = DevelopmentPlan(uid=p["uid"], title=p["title"], vision=p["vision"],
                                       period_start=p["period_start"], period_end=p["period_end"])
                s.add(plan)
                s.flush()
            assert plan.id is not None
            areas = {a.uid: a for a in s.exec(select(FocusArea).where(FocusArea.plan_id == plan.id))}
            touched: list[Initiative] = []
            for kind in ("focus_area", "initiative"):  # areas first: an added initiative may be in an added area
                for e in report.differences:
                    back = e.change == REMOVED_HERE and choices.get((e.uid, "")) == THEIRS
                    if e.kind != kind or not (e.change == ADDED or back):
                        continue
                    fields = theirs[e.uid][1]
                    if kind == "focus_area":  # after ours: each file keeps its own order
                        area = FocusArea(uid=e.uid, plan_id=plan.id, position=len(areas) + 1,
                                         title=fields["title"], description=fields["description"])
                        s.add(area)
                        s.flush()
                        areas[e.uid] = area
                    else:
                        home = areas.get(fields["focus_area"])
                        if home is None:  # its area was deleted here too, and stays deleted
                            raise ValidationError("choices", "area_removed",
                                                  f"{fields['title']} cannot come back without its focus area")
                        area_id = home.id
                        assert area_id is not None
                        initiative = Initiative(uid=e.uid, focus_area_id=area_id, title=fields["title"])
                        _apply(initiative, _initiative_values(fields))
                        s.add(initiative)
                        touched.append(initiative)
            for e in report.differences:
                taken = [f for f in e.fields
                         if choices.get((e.uid, f.field), OURS if f.side in (HERE, CONFLICT) else THEIRS) == THEIRS]
                if e.change != "changed" or not taken:
                    continue
                record: Any = (plan if e.kind == "plan" else areas[e.uid] if e.kind == "focus_area"
                               else s.exec(select(Initiative).where(Initiative.uid == e.uid)).one())
                for f in taken:
                    if f.field == "focus_area":
                        record.focus_area_id = areas[f.there].id
                    elif f.field in ("start_on", "end_on"):
                        setattr(record, f.field, _day_or_none(f.there))
                    else:
                        setattr(record, _INITIATIVE_COLUMN.get(f.field, f.field) if e.kind == "initiative"
                                else f.field, f.there)
                if e.kind == "initiative":
                    touched.append(record)
            self._remove_chosen(s, report, choices, areas)
            for initiative in touched:  # a mix of ours and theirs must still be a sound initiative
                try:
                    _validate_initiative(InitiativeInput(
                        initiative.title, initiative.description, initiative.owner, initiative.partners,
                        initiative.status, initiative.progress_percent, initiative.progress, initiative.budget_ore,
                        initiative.funding, initiative.start_on, initiative.end_on))
                except ValidationError as err:
                    raise ValidationError(err.field, err.code, f"{initiative.title}: {err.message}") from None
            _validate_plan(PlanInput(plan.title, plan.vision, plan.period_start, plan.period_end))
            self._record_base(s, data["council"]["uuid"], snapshot)
            return report, PLAN

    @staticmethod
    def _remove_chosen(s: Session, report: ImportReport, choices: Mapping[tuple[str, str], str],
                       areas: dict[str | None, FocusArea]) -> None:
        removed = {e.uid: e for e in report.differences if e.change == ONLY_HERE and choices.get((e.uid, "")) == THEIRS}
        for e in removed.values():
            if e.kind == "initiative":
                s.delete(s.exec(select(Initiative).where(Initiative.uid == e.uid)).one())
        s.flush()
        for e in removed.values():
            if e.kind == "focus_area":
                area = areas[e.uid]
                left = s.exec(select(Initiative.title).where(Initiative.focus_area_id == area.id)).first()
                if left is not None:
                    raise ValidationError("choices", "area_not_empty",
                                          f"the focus area {area.title} cannot be removed: {left} is kept in it")
                s.delete(area)

    # --- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _area(s: Session, area_id: int) -> FocusArea:
        area = s.get(FocusArea, area_id)
        if area is None:
            raise NotFoundError(area_id)
        return area

    @staticmethod
    def _initiative(s: Session, initiative_id: int) -> Initiative:
        initiative = s.get(Initiative, initiative_id)
        if initiative is None:
            raise NotFoundError(initiative_id)
        return initiative

    @staticmethod
    def _meetings_of(s: Session, agenda_item_ids: list[int]) -> set[str]:
        if not agenda_item_ids:
            return set()
        ids = s.exec(select(AgendaItem.meeting_id).where(col(AgendaItem.id).in_(agenda_item_ids))).all()
        return {f"meeting:{m}" for m in ids}


__all__ = ["CONFLICT", "OURS", "THEIRS", "ShareFileRefused", "read_share_file", "AreaInput", "AreaRow", "DecisionRow", "InitiativeInput", "InitiativeRow", "PlanDraft", "PlanInput",
           "PlanService", "RemovedArea", "RemovedInitiative", "VersionRow"]
