"""Standard agendas per kind of meeting, as Danish councils' statutes and habits have them.

The titles are the document's words (Danish, the councils' language), not UI strings.
"""

from __future__ import annotations

from lokalraad_app.domain.enums import ItemKind, MeetingKind

# (title, kind, minutes allowed)
StandardItem = tuple[str, ItemKind, int]

OPENING: list[StandardItem] = [
    ("Godkendelse af dagsorden", ItemKind.DECISION, 5),
    ("Godkendelse af referat fra sidste møde", ItemKind.DECISION, 5),
    ("Meddelelser", ItemKind.INFORMATION, 10),
]
CLOSING: list[StandardItem] = [("Eventuelt", ItemKind.INFORMATION, 10)]

ANNUAL: list[StandardItem] = [
    ("Valg af dirigent og referent", ItemKind.DECISION, 5),
    ("Formandens beretning", ItemKind.DISCUSSION, 20),
    ("Regnskab", ItemKind.DECISION, 15),
    ("Indkomne forslag", ItemKind.DECISION, 20),
    ("Valg til bestyrelsen", ItemKind.DECISION, 20),
    ("Valg af revisor", ItemKind.DECISION, 5),
    ("Eventuelt", ItemKind.INFORMATION, 10),
]

DEFAULT_TEMPLATES: dict[MeetingKind, list[StandardItem]] = {
    MeetingKind.BOARD: OPENING + CLOSING,
    MeetingKind.DIALOGUE: [("Velkomst og præsentation", ItemKind.INFORMATION, 10)] + CLOSING,
    MeetingKind.CITIZENS: [("Velkomst", ItemKind.INFORMATION, 10)] + CLOSING,
    MeetingKind.ANNUAL: ANNUAL,
}
