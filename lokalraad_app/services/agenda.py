"""Use cases of an agenda: add, change, order, remove and postpone its items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lokalraad_app.domain.enums import ItemKind
from lokalraad_app.domain.models import AgendaItem, Meeting
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import (
    Removed,
    agenda_items,
    get_item,
    meeting_changes,
    put_back,
    remove_item,
    renumber,
    writing,
)
from lokalraad_app.store.engine import Store


@dataclass
class ItemInput:
    title: str
    kind: ItemKind = ItemKind.INFORMATION
    minutes_allowed: int = 10
    background: str = ""
    proposal: str = ""
    classification: str = ""
    postponed: bool = False
    majority: str = "simple"  # two_thirds for statute changes
    responsible_id: int | None = None


def validate_item(data: ItemInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "The agenda item needs a title.")
    if data.majority not in ("simple", "two_thirds"):
        raise ValidationError("majority", "invalid", "The majority is simple or two thirds.")
    if not 0 <= data.minutes_allowed <= 600:
        raise ValidationError("minutes_allowed", "range", "Time allowed must be between 0 and 600 minutes.")


def item_values(data: ItemInput) -> dict[str, Any]:
    return {"title": data.title.strip(), "kind": ItemKind(data.kind).value,
            "minutes_allowed": data.minutes_allowed, "background": data.background, "proposal": data.proposal,
            "classification": data.classification, "postponed": data.postponed, "majority": data.majority,
            "responsible_id": data.responsible_id}


class AgendaService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def meeting_of_item(self, item_id: int) -> int:
        with self.store.read() as s:
            return get_item(s, item_id).meeting_id

    def add_item(self, meeting_id: int, data: ItemInput, position: int | None = None) -> tuple[int, Changes]:
        """Adds at `position` (1-based; default: before a closing "Eventuelt", else last)."""
        validate_item(data)
        with writing(self.store) as s:
            items = agenda_items(s, meeting_id)
            if position is None:
                position = len(items) + 1
                if items and items[-1].title.strip().lower() == "eventuelt":
                    position = len(items)
            position = max(1, min(position, len(items) + 1))
            item = AgendaItem(meeting_id=meeting_id, position=position, **item_values(data))
            items.insert(position - 1, item)
            s.add(item)
            renumber(items)
            s.flush()
            assert item.id is not None
            return item.id, meeting_changes(meeting_id)

    def update_item(self, item_id: int, data: ItemInput) -> Changes:
        validate_item(data)
        with writing(self.store) as s:
            item = get_item(s, item_id)
            for k, v in item_values(data).items():
                setattr(item, k, v)
            return meeting_changes(item.meeting_id)

    def item_input(self, item_id: int) -> ItemInput:
        with self.store.read() as s:
            item = get_item(s, item_id)
            return ItemInput(title=item.title, kind=ItemKind(item.kind), minutes_allowed=item.minutes_allowed,
                             background=item.background, proposal=item.proposal,
                             classification=item.classification, postponed=item.postponed,
                             majority=item.majority, responsible_id=item.responsible_id)

    def delete_item(self, item_id: int) -> tuple[Removed, Changes]:
        """Deletes the item with its attachments; its action items and requests stay, unlinked.
        What it returns lets restore_item put all of it back."""
        with writing(self.store) as s:
            item = get_item(s, item_id)
            meeting_id = item.meeting_id
            removed = remove_item(s, item)
            renumber(agenda_items(s, meeting_id))
            return removed, meeting_changes(meeting_id) | removed.changes

    def restore_item(self, removed: Removed) -> tuple[int, Changes]:
        """Puts a deleted item back at its number, with the same id, attachments and links."""
        with writing(self.store) as s:
            item_id, meeting_id = removed.rows[0][1]["id"], removed.rows[0][1]["meeting_id"]
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError(meeting_id)
            put_back(s, removed)
            return item_id, meeting_changes(meeting_id) | removed.changes

    def move_item(self, item_id: int, position: int) -> tuple[int, Changes]:
        """Moves to `position` (1-based); returns the old position (for undo). Numbers follow by themselves."""
        with writing(self.store) as s:
            item = get_item(s, item_id)
            items = agenda_items(s, item.meeting_id)
            old = items.index(item) + 1
            items.remove(item)
            items.insert(max(0, min(position - 1, len(items))), item)
            renumber(items)
            return old, meeting_changes(item.meeting_id)

    def set_postponed(self, item_id: int, postponed: bool) -> Changes:
        """Udsat: the item moves to the next meeting made from this one."""
        with writing(self.store) as s:
            item = get_item(s, item_id)
            item.postponed = postponed
            return meeting_changes(item.meeting_id)
