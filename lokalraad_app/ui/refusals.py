"""A service's refusal (ValidationError, NotFoundError) in the user's words and language.

The services say why in English for the command line; the window translates the known reasons by
their stable (field, code) and keeps the service's own words for the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.errors import NotFoundError, ValidationError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _known() -> dict[tuple[str, str], str]:
    return {
        ("meeting", "not_held"): translate("Refusals", "The meeting has not been held yet, so there are no minutes to print. "
                                               "Print the agenda instead, or the minutes once the meeting has begun."),
        ("meeting", "cancelled"): translate("Refusals", "The meeting was cancelled; it has no minutes to print."),
        ("meeting", "approved_minutes_here"): translate("Refusals", "Minutes of another meeting were approved at this "
                                                            "meeting, so it cannot be deleted; cancel it instead."),
        ("minutes", "approved"): translate("Refusals", "The minutes are approved and locked; correct them with a dated "
                                               "amendment instead."),
        ("minutes", "not_held"): translate("Refusals", "This meeting has not been held yet; its minutes can be approved "
                                               "after it."),
        ("minutes", "not_approved"): translate("Refusals", "Only approved minutes take corrections; edit the draft instead."),
        ("minutes", "unsealed"): translate("Refusals", "These approved minutes have not been sealed yet; print them once "
                                               "where the council file can be written."),
        ("approved_at_meeting_id", "same_meeting"): translate("Refusals", "A meeting cannot approve its own minutes; choose "
                                                                  "a later meeting, or approve them outside a meeting."),
        ("approved_at_meeting_id", "not_later"): translate("Refusals", "Minutes are approved at a later meeting; choose one "
                                                               "after this meeting."),
        ("approved_at_meeting_id", "not_held"): translate("Refusals", "The meeting chosen has not begun yet; approve the "
                                                              "minutes at that meeting, once it has begun."),
        ("meeting", "over"): translate("Refusals", "The meeting is over; invitations are only sent for meetings "
                                           "still to come."),
        ("meeting", "already_cancelled"): translate("Refusals", "The meeting is already cancelled."),
        ("secretary_email", "required"): translate("Refusals", "Invitations are sent from the secretary's e-mail "
                                                       "address: write it in the council's settings first."),
        ("title", "required"): translate("Refusals", "Write a title."),
        ("text", "required"): translate("Refusals", "Write the correction."),
        ("description", "required"): translate("Refusals", "Write what is to be done."),
        ("answer", "required"): translate("Refusals", "Write the municipality's answer."),
        ("votes", "negative"): translate("Refusals", "Votes cannot be negative."),
        ("minutes_allowed", "range"): translate("Refusals", "Time allowed must be between 0 and 600 minutes."),
        ("classification", "not_administrative"): translate("Refusals", "Only items marked Administration become requests "
                                                                "to the municipality."),
        ("meeting", "unknown"): translate("Refusals", "The answer is for a meeting this council file does not have."),
        ("meeting", "unknown_occurrence"): translate("Refusals", "The answer is for a date the series does not have."),
        ("meeting", "series_over"): translate("Refusals", "Every meeting of the series is over or cancelled."),
        ("attendee", "unknown"): translate("Refusals", "The answer is from someone who is not invited to the meeting."),
        ("attendee", "shared_address"): translate("Refusals", "Several invitees share the answer's e-mail address and "
                                                              "it does not say which of them answered; record the "
                                                              "answer by hand."),
        ("partstat", "unknown"): translate("Refusals", "The answer is not yes, no or maybe."),
        ("source", "cancel"): translate("Refusals", "This is a cancellation, not an answer; Lokalråd cancels its "
                                                    "own meetings."),
        ("source", "several_attendees"): translate("Refusals", "The answer names several people, so it is not clear "
                                                               "whose it is; open the mail it came in (.eml) instead."),
        ("source", "no_calendar_in_mail"): translate("Refusals", "The mail holds no calendar answer."),
        ("source", "not_calendar"): translate("Refusals", "This is neither a calendar file (.ics) nor a saved mail "
                                                          "(.eml)."),
        ("source", "empty"): translate("Refusals", "The file is empty."),
        ("source", "no_event"): translate("Refusals", "The answer holds no meeting."),
        ("source", "no_events"): translate("Refusals", "The calendar holds no events."),
        ("source", "nothing_usable"): translate("Refusals", "None of the calendar's events could be read."),
        ("source", "outside_window"): translate("Refusals", "None of the calendar's events falls between a year ago "
                                                            "and two years ahead."),
        ("version", "adopted"): translate("Refusals", "An adopted version of the development plan cannot be changed; "
                                                      "change the draft instead."),
        ("progress_percent", "range"): translate("Refusals", "Progress must be between 0 and 100 %."),
        ("budget_ore", "range"): translate("Refusals", "Write the budget as an amount in kroner, e.g. 250.000."),
        ("period_start", "year"): translate("Refusals", "Write the plan period's first year, e.g. 2026."),
        ("period_end", "year"): translate("Refusals", "Write the plan period's last year, e.g. 2030."),
        ("period_end", "before_start"): translate("Refusals", "The plan period cannot end before it starts."),
        ("end_on", "before_start"): translate("Refusals", "The initiative cannot end before it starts."),
        ("plan", "missing"): translate("Refusals", "This council file has no development plan yet."),
        ("agenda_item", "already_tracked"): translate("Refusals", "This question is already followed as a request to the "
                                                          "municipality."),
    }


def refusal_message(error: Exception) -> str:
    if isinstance(error, NotFoundError):
        return translate("Refusals", "What it was about no longer exists (it was deleted or undone).")
    if isinstance(error, ValidationError):
        return _known().get((error.field, error.code), error.message)
    return str(error)
