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
# Procedure, not substance: left out where the year's main decisions are listed.
ROUTINE_TITLES = frozenset(title for title, _, _ in OPENING + CLOSING)

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


KIND_WORDS = {ItemKind.INFORMATION: "orientering", ItemKind.DISCUSSION: "drøftelse", ItemKind.DECISION: "beslutning"}


def template_to_text(items: list[StandardItem]) -> str:
    """One item a line, as the settings show it: "Godkendelse af dagsorden | beslutning | 5"."""
    return "\n".join(f"{title} | {KIND_WORDS[kind]} | {minutes}" for title, kind, minutes in items)


class TemplateError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


def template_from_text(text: str) -> list[StandardItem]:
    """Reads the settings' text back; kind and minutes may be left out (orientering, 10 minutes)."""
    words = {w: k for k, w in KIND_WORDS.items()} | {k.value: k for k in ItemKind}
    items: list[StandardItem] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 3 or not parts[0]:
            raise TemplateError(n, "write it as: title | kind | minutes")
        kind = ItemKind.INFORMATION
        if len(parts) > 1 and parts[1]:
            if parts[1].lower() not in words:
                raise TemplateError(n, f'"{parts[1]}" is not a kind; use orientering, drøftelse or beslutning')
            kind = words[parts[1].lower()]
        minutes = 10
        if len(parts) > 2 and parts[2]:
            if not parts[2].isdigit() or int(parts[2]) > 600:
                raise TemplateError(n, f'"{parts[2]}" is not a number of minutes')
            minutes = int(parts[2])
        items.append((parts[0], kind, minutes))
    if not items:
        raise TemplateError(1, "a template needs at least one item")
    return items
