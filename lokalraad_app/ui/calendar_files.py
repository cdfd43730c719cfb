"""An .ics file or saved mail (.eml) opened or dropped on the window: an invitee's answer, or a calendar to show."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.errors import ValidationError
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import answer_label
from lokalraad_app.ui.refusals import refusal_message

if TYPE_CHECKING:  # the ORM loads with the store, not with the window
    from lokalraad_app.services.calendar_import import (
        CalendarImportService,
        MirrorImport,
        ReplyOutcome,
        SkippedEvent,
    )

SUFFIXES = (".ics", ".ical", ".ifb", ".eml")
FILTER = "*.ics *.eml"
SKIPPED_SHOWN = 5
translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def is_calendar_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def import_calendar_file(parent: QtWidgets.QWidget, importer: CalendarImportService, events: Events,
                         path: Path) -> bool:
    """Reads an answer into its meeting, or (asked first) a calendar of others to show beside the meetings.
    Tells the user what came of it; True when something was read in."""
    title = translate("CalendarFiles", "Answers and calendars")
    try:
        result = importer.import_replies(path)
    except ValidationError as e:
        if e.code != "not_reply":
            prompts.error(parent, title, _refused(path, e))
            return False
        return _import_as_calendar(parent, importer, events, path)
    events.publish(result.changes)
    prompts.info(parent, title, "\n".join(_outcome_text(o) for o in result.outcomes))
    return True


def _import_as_calendar(parent: QtWidgets.QWidget, importer: CalendarImportService, events: Events,
                        path: Path) -> bool:
    title = translate("CalendarFiles", "Show a calendar beside the meetings")
    name = prompts.get_text(parent, title, translate(
        "CalendarFiles", "%1 is a calendar, not an answer to an invitation. It can be shown, read-only, beside the "
                         "meetings (a calendar of the same name is replaced). Its name:").replace("%1", path.name),
        path.stem)
    if name is None:
        return False
    if not name.strip():
        prompts.error(parent, title, translate("CalendarFiles", "Write a name for the calendar; nothing was read in."))
        return False
    try:
        result = importer.import_calendar(path, name)
    except ValidationError as e:
        prompts.error(parent, title, _refused(path, e))
        return False
    events.publish(result.changes)
    prompts.info(parent, title, _mirror_text(result))
    return True


def _outcome_text(outcome: ReplyOutcome) -> str:
    when = f"{outcome.meeting_title} {outcome.meeting_start:%d.%m.%Y %H.%M}"
    if outcome.method == "COUNTER" and outcome.proposed_start and outcome.proposed_end:
        return translate("CalendarFiles", "%1 proposes a new time for %2: %3–%4. The meeting has not been moved; "
                                          "move it yourself if the time suits.") \
            .replace("%1", outcome.name).replace("%2", when) \
            .replace("%3", f"{outcome.proposed_start:%d.%m.%Y %H.%M}").replace("%4", f"{outcome.proposed_end:%H.%M}")
    answer = answer_label(outcome.answer)
    if outcome.applied:
        return translate("CalendarFiles", "%1 answered %2 to %3.").replace("%1", outcome.name) \
            .replace("%2", answer).replace("%3", when)
    why = {
        "older": translate("CalendarFiles", "an answer sent later has already been read"),
        "outdated": translate("CalendarFiles", "it answers an earlier version of the meeting"),
        "locked": translate("CalendarFiles", "the minutes of the meeting are approved"),
        "already_read": translate("CalendarFiles", "it has been read before"),
    }.get(outcome.reason, outcome.reason)
    return translate("CalendarFiles", "%1's answer %2 to %3 is kept but not used: %4.").replace("%1", outcome.name) \
        .replace("%2", answer).replace("%3", when).replace("%4", why)


def _mirror_text(result: MirrorImport) -> str:
    text = translate("CalendarFiles", "%1 events of “%2” are shown beside the meetings (from %3 to %4).") \
        .replace("%1", str(result.events)).replace("%2", result.source_name) \
        .replace("%3", f"{result.window_start:%d.%m.%Y}").replace("%4", f"{result.window_end:%d.%m.%Y}")
    if result.skipped:
        named = "\n".join(f"• {s.what}: {_skipped_reason(s)}" for s in result.skipped[:SKIPPED_SHOWN])
        more = len(result.skipped) - SKIPPED_SHOWN
        text += "\n\n" + translate("CalendarFiles", "%1 of %2 events skipped:").replace("%1", str(len(result.skipped))) \
            .replace("%2", str(result.total)) + "\n" + named
        if more > 0:
            text += "\n" + translate("CalendarFiles", "and %1 more").replace("%1", str(more))
    return text


def _skipped_reason(skipped: SkippedEvent) -> str:
    return {
        "unreadable": translate("CalendarFiles", "%1 cannot be read"),
        "no_start": translate("CalendarFiles", "it has no start time"),
        "incomplete": translate("CalendarFiles", "it is incomplete (%1)"),
        "unknown_zone": translate("CalendarFiles", "unknown time zone %1"),
        "mixed": translate("CalendarFiles", "its start and end are not both dates or both times"),
        "backwards": translate("CalendarFiles", "it ends before it starts"),
        "bad_rule": translate("CalendarFiles", "its repetition cannot be read (%1)"),
    }.get(skipped.code, skipped.reason).replace("%1", skipped.detail)


def _refused(path: Path, error: ValidationError) -> str:
    return translate("CalendarFiles", "%1 was not read; nothing was changed.").replace("%1", path.name) \
        + "\n\n" + refusal_message(error)
