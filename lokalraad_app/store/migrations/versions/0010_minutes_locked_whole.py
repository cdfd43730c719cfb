"""approved minutes are locked whole: the meeting's own fields, rows moved in, attachments, amendments, seals

Revision ID: 0010
Revises: 0009

The lock of 0003/0006/0008 looked only at the row as it was (`old`), so plain SQL could move a draft agenda
item or attendance row into an approved meeting, change an attachment's content, edit or delete a
correction, replace a sealed PDF so that a forgery verifies, and change the meeting's title, time and place.
Now every table that makes up approved minutes is checked for the row as it was and as it would be:

- meeting: what the minutes print and seal (uid, kind, title, start, end, time zone, place, organiser) is
  fixed; its status, iCalendar sequence and notes may still change.
- agenda_item, attendance: an update is checked against the meeting it would belong to as well; the
  erasure exception of 0008 (links to a person cleared, the recorded e-mail cleared) still holds.
- attachment: no update at all while its item is in approved minutes (insert and delete were locked in 0006).
- minutes_amendment: added to approved minutes only, never changed or deleted.
- sealed_document: never changed or deleted; a new seal only for approved minutes and only for more
  corrections than any earlier seal of them included (the sealing code's rule), so a forgery cannot be
  slipped in beside the real seal.

Action items stay as they were: they are followed up (closed, reassigned) after the minutes that recorded
them are approved; the sealed PDF keeps them as they were approved.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

REFUSE = "SELECT RAISE(ABORT, 'approved minutes cannot be changed')"
APPROVED = "EXISTS (SELECT 1 FROM minutes WHERE meeting_id = {m} AND status = 'approved')"
ITEM_APPROVED = ("EXISTS (SELECT 1 FROM minutes m JOIN agenda_item i ON i.meeting_id = m.meeting_id "
                 "WHERE i.id = {item} AND m.status = 'approved')")
MINUTES_APPROVED = "EXISTS (SELECT 1 FROM minutes WHERE id = {minutes} AND status = 'approved')"

MEETING_COLUMNS = ("id", "uid", "kind", "title", "start", "end", "timezone", "place", "organiser")
# As in 0008 (copied, not imported: a migration stays as it was written).
ITEM_COLUMNS = ("meeting_id", "position", "title", "kind", "minutes_allowed", "background", "proposal",
                "classification", "postponed", "discussion", "decision", "votes_for", "votes_against",
                "votes_blank", "majority")
ITEM_ALLOWED = " AND ".join(f"new.{c} IS old.{c}" for c in ITEM_COLUMNS) + \
    " AND (new.responsible_id IS old.responsible_id OR new.responsible_id IS NULL)"
ATTENDANCE_ALLOWED = (
    "new.meeting_id IS old.meeting_id AND new.answer IS old.answer AND new.presence IS old.presence "
    "AND new.is_guest IS old.is_guest "
    "AND (new.person_id IS old.person_id OR new.person_id IS NULL) "
    "AND (new.substitute_for_id IS old.substitute_for_id OR new.substitute_for_id IS NULL) "
    "AND (new.email IS old.email OR new.email = '') AND (new.name IS old.name OR old.name = '')"
)
MEETING_ALLOWED = " AND ".join(f'new."{c}" IS old."{c}"' for c in MEETING_COLUMNS)

TRIGGERS = {
    "meeting_locked_upd": f"BEFORE UPDATE ON meeting WHEN NOT ({MEETING_ALLOWED}) "
                          f"BEGIN {REFUSE} WHERE {APPROVED.format(m='old.id')}; END",
    # Moving a row into approved minutes (new.meeting_id) is refused as moving one out (0008) is.
    "agenda_item_locked_upd_new": f"BEFORE UPDATE ON agenda_item WHEN NOT ({ITEM_ALLOWED}) "
                                  f"BEGIN {REFUSE} WHERE {APPROVED.format(m='new.meeting_id')}; END",
    "attendance_locked_upd_new": f"BEFORE UPDATE ON attendance WHEN NOT ({ATTENDANCE_ALLOWED}) "
                                 f"BEGIN {REFUSE} WHERE {APPROVED.format(m='new.meeting_id')}; END",
    "attachment_locked_upd": f"BEFORE UPDATE ON attachment BEGIN {REFUSE} WHERE "
                             f"{ITEM_APPROVED.format(item='old.agenda_item_id')} OR "
                             f"{ITEM_APPROVED.format(item='new.agenda_item_id')}; END",
    "minutes_amendment_locked_ins": "BEFORE INSERT ON minutes_amendment BEGIN SELECT RAISE(ABORT, "
                                    "'amendments are made to approved minutes only') WHERE NOT "
                                    f"{MINUTES_APPROVED.format(minutes='new.minutes_id')}; END",
    "minutes_amendment_locked_upd": f"BEFORE UPDATE ON minutes_amendment BEGIN {REFUSE} WHERE "
                                    f"{MINUTES_APPROVED.format(minutes='old.minutes_id')} OR "
                                    f"{MINUTES_APPROVED.format(minutes='new.minutes_id')}; END",
    "minutes_amendment_locked_del": f"BEFORE DELETE ON minutes_amendment BEGIN {REFUSE} WHERE "
                                    f"{MINUTES_APPROVED.format(minutes='old.minutes_id')}; END",
    "sealed_document_locked_ins": (
        "BEFORE INSERT ON sealed_document BEGIN "
        f"{REFUSE} WHERE NOT {APPROVED.format(m='new.meeting_id')} "
        "OR new.amendments IS NOT (SELECT COUNT(*) FROM minutes_amendment a JOIN minutes m ON m.id = a.minutes_id "
        "WHERE m.meeting_id = new.meeting_id) "
        "OR EXISTS (SELECT 1 FROM sealed_document WHERE meeting_id = new.meeting_id "
        "AND amendments >= new.amendments); END"),
    "sealed_document_locked_upd": f"BEFORE UPDATE ON sealed_document BEGIN {REFUSE}; END",
    "sealed_document_locked_del": f"BEFORE DELETE ON sealed_document BEGIN {REFUSE}; END",
}


def upgrade() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
