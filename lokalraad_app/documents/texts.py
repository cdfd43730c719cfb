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
    clock = f"{moment:%H.%M}" if language == "da" else f"{moment:%H:%M}"
    return f"{long_date(moment.date(), language)} {text(language, 'start')} {clock}"

TEXTS["da"].update({
    "minutes": "Referat", "attendance_sheet": "Deltagerliste", "present": "Fremmødte", "excused": "Afbud",
    "absent": "Udeblevet", "guests": "Gæster", "discussion_label": "Drøftelse", "decision_label": "Beslutning",
    "votes": "Afstemning: {f} for, {a} imod, {b} blanke — {result}", "carried": "vedtaget",
    "not_carried": "ikke vedtaget", "actions": "Opfølgning", "draft": "KLADDE",
    "approved": "Godkendt {on} på mødet {at}", "approved_plain": "Godkendt {on}", "amendments": "Rettelser",
    "signature": "Underskrift", "answer": "Svar", "by": "senest",
})
TEXTS["en"].update({
    "minutes": "Minutes", "attendance_sheet": "Attendance sheet", "present": "Present", "excused": "Apologies",
    "absent": "Absent", "guests": "Guests", "discussion_label": "Discussion", "decision_label": "Decision",
    "votes": "Vote: {f} for, {a} against, {b} blank — {result}", "carried": "carried",
    "not_carried": "not carried", "actions": "Action items", "draft": "DRAFT",
    "approved": "Approved {on} at the meeting of {at}", "approved_plain": "Approved {on}", "amendments": "Corrections",
    "signature": "Signature", "answer": "Answer", "by": "by",
})
