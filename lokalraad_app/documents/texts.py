"""The words of printed documents, in the council's document language (not the UI's)."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = {"da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
            "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
MONTHS = {"da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                 "november", "december"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December")}

TEXTS = {
    "da": {
        "page": "side {page} af {pages}", "agenda": "Dagsorden", "members": "Medlemsliste", "place": "Sted",
        "responsible": "Ansvarlig", "background": "Sagsfremstilling", "proposal": "Indstilling", "start": "kl.",
        "attachments": "Bilag", "name": "Navn", "role": "Post", "term": "Valgperiode", "contact": "Kontakt",
        "board": "Bestyrelse", "substitutes": "Suppleanter", "contacts": "Kontaktpersoner",
        "information": "Orientering", "discussion": "Drøftelse", "decision": "Beslutning", "printed": "Udskrevet",
        "chair": "Formand", "vice_chair": "Næstformand", "treasurer": "Kasserer", "secretary": "Sekretær",
        "member": "Medlem", "substitute": "Suppleant",
        "board_meeting": "Bestyrelsesmøde", "dialogue": "Dialogmøde", "citizens": "Borgermøde",
        "annual": "Årsmøde/generalforsamling",
    },
    "en": {
        "page": "page {page} of {pages}", "agenda": "Agenda", "members": "Member list", "place": "Place",
        "responsible": "Responsible", "background": "Background", "proposal": "Proposed decision", "start": "at",
        "attachments": "Attachments", "name": "Name", "role": "Role", "term": "Term", "contact": "Contact",
        "board": "Board", "substitutes": "Substitutes", "contacts": "Contacts",
        "information": "Information", "discussion": "Discussion", "decision": "Decision", "printed": "Printed",
        "chair": "Chair", "vice_chair": "Vice chair", "treasurer": "Treasurer", "secretary": "Secretary",
        "member": "Member", "substitute": "Substitute",
        "board_meeting": "Board meeting", "dialogue": "Dialogue meeting", "citizens": "Citizens' meeting",
        "annual": "Annual general meeting",
    },
}


def text(language: str, key: str) -> str:
    return TEXTS.get(language, TEXTS["da"]).get(key, key)


def long_date(day: date, language: str = "da") -> str:
    """tirsdag 3. marts 2026 — as Danes write it."""
    lang = language if language in WEEKDAYS else "da"
    weekday, month = WEEKDAYS[lang][day.weekday()], MONTHS[lang][day.month - 1]
    return f"{weekday} {day.day}. {month} {day.year}" if lang == "da" else f"{weekday} {day.day} {month} {day.year}"


def long_datetime(moment: datetime, language: str = "da") -> str:
    """tirsdag 3. marts 2026 kl. 19.00 (the moment in its own local zone)."""
    return f"{long_date(moment.date(), language)} {text(language, 'start')} {clock(moment, language)}"

def clock(moment: datetime, language: str = "da") -> str:
    return f"{moment:%H.%M}" if language == "da" else f"{moment:%H:%M}"


def time_span(start: datetime, end: datetime, language: str = "da") -> str:
    """tirsdag 3. marts 2026 kl. 19.00–21.00 (both in their own local zone); the end's date too if it differs."""
    if end.date() == start.date():
        return f"{long_datetime(start, language)}–{clock(end, language)}"
    return f"{long_datetime(start, language)} – {long_datetime(end, language)}"


def duration(minutes: int, language: str = "da") -> str:
    """2 t 17 min, 45 min (2 h 17 min in English)."""
    hours, rest = divmod(minutes, 60)
    hour = "t" if language == "da" else "h"
    return " ".join(p for p in (f"{hours} {hour}" if hours else "", f"{rest} min" if rest or not hours else "") if p)


TEXTS["da"].update({
    "overrun": "Bemærk: punkternes tid rækker {over} ud over mødets slut kl. {end}. Punkter, der først ville "
               "begynde efter det, står uden klokkeslæt.",
    "after_end": "efter mødets slut",
    "political": "Politik", "administrative": "Administration", "split": "Politik og administration",
    "split_none": "Ingen punkter er fordelt på politik og administration endnu.",
})
TEXTS["en"].update({
    "overrun": "Note: the items' time runs {over} past the meeting's end at {end}. Items that would only start "
               "after it have no time.",
    "after_end": "after the meeting's end",
    "political": "Politics", "administrative": "Administration", "split": "Politics and administration",
    "split_none": "No items have been classified as political or administrative yet.",
})
TEXTS["da"].update({
    "minutes": "Referat", "attendance_sheet": "Deltagerliste", "present": "Fremmødte", "excused": "Afbud",
    "absent": "Udeblevet", "guests": "Gæster", "discussion_label": "Drøftelse", "decision_label": "Beslutning",
    "votes": "Afstemning: {f} for, {a} imod, {b} blanke — {result}", "carried": "vedtaget",
    "not_carried": "ikke vedtaget", "actions": "Opfølgning", "draft": "KLADDE",
    "approved": "Godkendt {on} på mødet {at}", "approved_plain": "Godkendt {on}",
    "approved_at": "Godkendt på mødet {at}", "amendments": "Rettelser",
    "signature": "Underskrift", "answer": "Svar", "by": "senest", "signatures": "Underskrifter",
    "seal": "Godkendt referat · SHA-256 {digest}",
})
TEXTS["en"].update({
    "minutes": "Minutes", "attendance_sheet": "Attendance sheet", "present": "Present", "excused": "Apologies",
    "absent": "Absent", "guests": "Guests", "discussion_label": "Discussion", "decision_label": "Decision",
    "votes": "Vote: {f} for, {a} against, {b} blank — {result}", "carried": "carried",
    "not_carried": "not carried", "actions": "Action items", "draft": "DRAFT",
    "approved": "Approved {on} at the meeting of {at}", "approved_plain": "Approved {on}",
    "approved_at": "Approved at the meeting of {at}", "amendments": "Corrections",
    "signature": "Signature", "answer": "Answer", "by": "by", "signatures": "Signatures",
    "seal": "Approved minutes · SHA-256 {digest}",
})
TEXTS["da"].update({
    "annual_report": "Årsberetning", "annual_report_subject": "Bestyrelsens beretning", "report_draft": "udkast",
    "report_intro": "Udkast til bestyrelsens beretning, samlet af Lokalråd fra årets møder, referater, "
                    "udviklingsplan og høringer. Formanden retter og supplerer det før årsmødet.",
    "report_meetings": "Årets møder", "report_meeting_count": "Lokalrådet holdt {n} møder i året",
    "date": "Dato", "meeting": "Møde", "report_decisions": "Beslutninger", "report_none": "Ingen i året.",
    "report_initiatives": "Udviklingsplanens initiativer", "focus_area": "Indsatsområde", "initiative": "Initiativ",
    "status": "Status", "progress": "Fremdrift", "initiative_idea": "Idé", "initiative_active": "I gang",
    "initiative_done": "Gennemført", "initiative_paused": "Sat i bero", "report_hearings": "Høringssvar",
    "answered_on": "Besvaret", "hearing": "Høring", "reference": "Sagsnr.",
    "chair_report": "Formandens beretning",
})
TEXTS["en"].update({
    "annual_report": "Annual report", "annual_report_subject": "The board's report", "report_draft": "draft",
    "report_intro": "A draft of the board's report, gathered by Lokalråd from the year's meetings, minutes, "
                    "development plan and hearings. The chair edits and adds to it before the annual meeting.",
    "report_meetings": "The year's meetings", "report_meeting_count": "The council held {n} meetings in the year",
    "date": "Date", "meeting": "Meeting", "report_decisions": "Decisions", "report_none": "None this year.",
    "report_initiatives": "Initiatives of the development plan", "focus_area": "Focus area",
    "initiative": "Initiative", "status": "Status", "progress": "Progress", "initiative_idea": "Idea",
    "initiative_active": "Under way", "initiative_done": "Done", "initiative_paused": "Paused",
    "report_hearings": "Hearing responses", "answered_on": "Answered", "hearing": "Hearing",
    "reference": "Case no.", "chair_report": "The chair's report",
})
TEXTS["da"].update({
    "plan": "Udviklingsplan", "vision": "Vision", "adopted_on": "Vedtaget {on}", "revised_on": "revideret {on}",
    "owner_partners": "Ansvarlig og partnere", "hearing_response": "Høringssvar", "to": "Til",
    "deadline": "Høringsfrist", "dated": "Dato", "regards": "Med venlig hilsen",
    "no_response": "(Høringssvaret er ikke skrevet endnu.)", "board_decision": "Bestyrelsens beslutning",
    "plan_version": "Version {n}", "adopted_at": "på {meeting}", "plan_draft_of": "Kladde til version {n}",
    "plan_period": "Planperiode {period}", "plan_progress": "Fremdrift pr. indsatsområde", "budget": "Budget",
    "funding": "Finansiering",
})
TEXTS["en"].update({
    "plan": "Development plan", "vision": "Vision", "adopted_on": "Adopted {on}", "revised_on": "revised {on}",
    "owner_partners": "Responsible and partners", "hearing_response": "Hearing response", "to": "To",
    "deadline": "Deadline", "dated": "Date", "regards": "Yours sincerely",
    "no_response": "(The response has not been written yet.)", "board_decision": "The board's decision",
    "plan_version": "Version {n}", "adopted_at": "at {meeting}", "plan_draft_of": "Draft of version {n}",
    "plan_period": "Plan period {period}", "plan_progress": "Progress by focus area", "budget": "Budget",
    "funding": "Funding",
})
