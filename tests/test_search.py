"""Full-text search: every kind of record is found, and the index follows every insert, edit and delete."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from lokalraad_app.domain import models
from lokalraad_app.domain.enums import Role
from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.members import MemberService, PersonInput
from lokalraad_app.store.engine import Store
from lokalraad_app.store.search import SearchHit, fts_query, search

START = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)


def find(store: Store, text: str, limit: int = 100) -> list[tuple[str, int]]:
    with store.read() as s:
        return sorted((h.kind, h.ref_id) for h in search(s, text, limit))


def hits(store: Store, text: str) -> list[SearchHit]:
    with store.read() as s:
        return search(s, text)


def add(store: Store, record: models.SQLModel) -> int:
    with store.session() as s:
        s.add(record)
        s.flush()
        value = record.id  # type: ignore[attr-defined]
        assert isinstance(value, int)
        return value


@pytest.fixture
def council(store: Store) -> dict[str, int]:
    """One record of each searchable kind, with Danish text in every searchable field."""
    members = MemberService(store)
    ids = {
        "person": members.add(PersonInput(
            name="Søren Østergaard", email="soren@example.dk", phone="20304050", organisation="Borgerforeningen",
            address="Bygaden 1", postal_code="4060", city="Kirke Såby", notes="Har nøglen til præstegårdens lade",
            role=Role.CHAIR, term_from=date(2024, 3, 1)))[0],
        "liaison": members.add(PersonInput(name="Lærke Bækgaard", title="Fælles-skaber", role=None))[0],
        "meeting": add(store, models.Meeting(title="Generalforsamling i forsamlingshuset", start=START,
                                             end=START + timedelta(hours=2), place="Hallen i Ejby",
                                             notes="Husk kaffekanden")),
    }
    ids["item"] = add(store, models.AgendaItem(
        meeting_id=ids["meeting"], title="Trafiksikkerhed på Bygaden", background="Skolevejen krydser vejen",
        proposal="Bestyrelsen indstiller chikaner", discussion="Mange ønskede fartbump ved børnehaven",
        decision="Vi ansøger Vejdirektoratet"))
    plan = add(store, models.DevelopmentPlan(title="Lokaludviklingsplan"))
    area = add(store, models.FocusArea(plan_id=plan, title="Natur"))
    ids["initiative"] = add(store, models.Initiative(
        focus_area_id=area, title="Shelterplads ved åen", description="Bålplads og toilet",
        owner="Spejderne", partners="Naturstyrelsen", progress="Byggetilladelse modtaget"))
    ids["hearing"] = add(store, models.Hearing(
        title="Høring om vindmøller ved Østrup", reference="24/9912", description="Kommuneplantillæg nr. 7",
        response="Vi frygter støj og skyggekast"))
    return ids


# --- every kind is found --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("Østergaard", "person", "person"),  # name
        ("borgerforeningen", "person", "person"),  # organisation
        ("præstegårdens", "person", "person"),  # notes
        ("20304050", "person", "person"),  # phone
        ("Såby", "person", "person"),  # city
        ("Fælles-skaber", "person", "liaison"),  # title, hyphenated
        ("generalforsamling", "meeting", "meeting"),  # title
        ("Ejby", "meeting", "meeting"),  # place
        ("kaffekanden", "meeting", "meeting"),  # notes
        ("Trafiksikkerhed", "agenda_item", "item"),  # title
        ("Skolevejen", "agenda_item", "item"),  # background
        ("chikaner", "agenda_item", "item"),  # proposal
        ("fartbump børnehaven", "agenda_item", "item"),  # discussion
        ("Vejdirektoratet", "agenda_item", "item"),  # decision
        ("Shelterplads", "initiative", "initiative"),  # title
        ("bålplads", "initiative", "initiative"),  # description
        ("Spejderne", "initiative", "initiative"),  # owner
        ("Naturstyrelsen", "initiative", "initiative"),  # partners
        ("byggetilladelse", "initiative", "initiative"),  # progress
        ("vindmøller", "hearing", "hearing"),  # title
        ("24/9912", "hearing", "hearing"),  # reference
        ("Kommuneplantillæg", "hearing", "hearing"),  # description
        ("skyggekast", "hearing", "hearing"),  # response
    ],
)
def test_every_kind_of_record_is_found(council: dict[str, int], store: Store, text: str, kind: str,
                                        key: str) -> None:
    assert find(store, text) == [(kind, council[key])]


def test_a_hit_carries_the_title_and_a_snippet(council: dict[str, int], store: Store) -> None:
    [hit] = hits(store, "fartbump")
    assert (hit.kind, hit.ref_id, hit.title) == ("agenda_item", council["item"], "Trafiksikkerhed på Bygaden")
    assert "fartbump" in hit.snippet
    assert CouncilService(store).search("fartbump") == [hit]


def test_words_can_come_from_title_and_body_together(council: dict[str, int], store: Store) -> None:
    assert find(store, "Trafiksikkerhed fartbump") == [("agenda_item", council["item"])]
    assert find(store, "Trafiksikkerhed vindmøller") == []  # every word must match one record


# --- Danish letters and prefixes ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Østerg", "østerg", "ØSTERGAARD", "søren øst", "Søren"])
def test_prefix_and_case_insensitive_with_danish_letters(council: dict[str, int], store: Store, text: str) -> None:
    assert ("person", council["person"]) in find(store, text)


def test_danish_letters_in_names(store: Store) -> None:
    members = MemberService(store)
    ids = {name: members.add(PersonInput(name=name, role=None))[0]
           for name in ("Åse Ærø", "Bjørn Ågård", "Mads Aagaard", "Æbelø Andersen")}
    assert find(store, "ærø") == [("person", ids["Åse Ærø"])]
    both = sorted([("person", ids["Bjørn Ågård"]), ("person", ids["Mads Aagaard"])])
    assert find(store, "ÅGÅRD") == both  # å and aa are the same letter in Danish names
    assert find(store, "bjørn") == [("person", ids["Bjørn Ågård"])]
    assert find(store, "æbel") == [("person", ids["Æbelø Andersen"])]
    assert find(store, "aagaard") == both


@pytest.mark.parametrize("text", ["Aase", "Åse", "aase", "ÅSE", "Aa", "Å"])
def test_aa_and_aa_find_each_other(store: Store, text: str) -> None:
    members = MemberService(store)
    ids = {name: members.add(PersonInput(name=name, role=None))[0]
           for name in ("Åse Holm", "Aase Berg", "Asger Olsen", "Mads Aabenraa")}
    found = find(store, text)
    assert ("person", ids["Åse Holm"]) in found and ("person", ids["Aase Berg"]) in found
    assert ("person", ids["Asger Olsen"]) not in found or text in ("Aa", "Å")
    assert find(store, "Åbenrå") == [("person", ids["Mads Aabenraa"])]


def test_meeting_and_agenda_item_hits_say_which_meeting_and_when(council: dict[str, int], store: Store) -> None:
    found = {h.kind: h for h in hits(store, "Generalforsamling")}
    assert found["meeting"].meeting_title == "Generalforsamling i forsamlingshuset"
    assert found["meeting"].meeting_start == START
    item = next(h for h in hits(store, "trafiksikkerhed") if h.kind == "agenda_item")
    assert (item.meeting_title, item.meeting_start) == ("Generalforsamling i forsamlingshuset", START)


# --- the index follows edits and deletes ----------------------------------------------------------
def test_edited_title_is_found_by_its_new_words_not_the_old(council: dict[str, int], store: Store) -> None:
    with store.session() as s:
        item = s.get(models.AgendaItem, council["item"])
        assert item is not None
        item.title = "Cykelsti langs Hovedgaden"
    assert find(store, "Trafiksikkerhed") == []
    assert find(store, "cykelsti hovedgaden") == [("agenda_item", council["item"])]
    assert find(store, "fartbump") == [("agenda_item", council["item"])]  # the body stays indexed


def test_edited_minutes_text_is_found(council: dict[str, int], store: Store) -> None:
    with store.session() as s:
        item = s.get(models.AgendaItem, council["item"])
        assert item is not None
        item.discussion, item.decision = "Enighed om rundkørsel", "Sagen sendes til Teknisk Udvalg"
    assert find(store, "fartbump") == []
    assert find(store, "rundkørsel") == [("agenda_item", council["item"])]
    assert find(store, "teknisk udvalg") == [("agenda_item", council["item"])]


def test_edited_person_is_found_by_the_new_name(council: dict[str, int], store: Store) -> None:
    members = MemberService(store)
    data = members.input_for(council["person"])
    data.name = "Søren Bækkeskov"
    members.update(council["person"], data)
    assert find(store, "Østergaard") == []
    assert find(store, "bækkeskov") == [("person", council["person"])]
    assert [h.title for h in hits(store, "bækkeskov")] == ["Søren Bækkeskov"]


def test_edits_of_meetings_initiatives_and_hearings(council: dict[str, int], store: Store) -> None:
    with store.session() as s:
        meeting = s.get(models.Meeting, council["meeting"])
        initiative = s.get(models.Initiative, council["initiative"])
        hearing = s.get(models.Hearing, council["hearing"])
        assert meeting and initiative and hearing
        meeting.place = "Skolens aula"
        initiative.partners = "Friluftsrådet"
        hearing.response = "Vi støtter planen"
    assert find(store, "Ejby") == [] and find(store, "aula") == [("meeting", council["meeting"])]
    assert find(store, "Naturstyrelsen") == []
    assert find(store, "friluftsrådet") == [("initiative", council["initiative"])]
    assert find(store, "skyggekast") == [] and find(store, "støtter") == [("hearing", council["hearing"])]


def test_deleted_records_are_not_found(council: dict[str, int], store: Store) -> None:
    MemberService(store).delete(council["liaison"])
    with store.session() as s:
        s.delete(s.get(models.Hearing, council["hearing"]))
        s.delete(s.get(models.AgendaItem, council["item"]))
    assert find(store, "Bækgaard") == []
    assert find(store, "vindmøller") == []
    assert find(store, "Trafiksikkerhed") == []
    assert find(store, "generalforsamling") == [("meeting", council["meeting"])]


def test_cascaded_deletes_leave_the_index(council: dict[str, int], store: Store) -> None:
    """Deleting a meeting deletes its items in the database; the index must follow those too."""
    with store.session() as s:
        s.delete(s.get(models.Meeting, council["meeting"]))
        for plan in s.exec(select(models.DevelopmentPlan)):
            s.delete(plan)  # plan → focus areas → initiatives
    assert find(store, "generalforsamling") == []
    assert find(store, "Trafiksikkerhed") == []
    assert find(store, "Shelterplads") == []
    assert find(store, "Østergaard") == [("person", council["person"])]


def test_a_person_marked_erased_leaves_the_index(council: dict[str, int], store: Store) -> None:
    with store.session() as s:
        person = s.get(models.Person, council["person"])
        assert person is not None
        person.erased_at = datetime.now(UTC)
    assert find(store, "Østergaard") == []
    assert find(store, "borgerforeningen") == []


def test_undo_of_a_delete_is_found_again(council: dict[str, int], store: Store) -> None:
    members = MemberService(store)
    snapshot, _ = members.delete(council["person"])
    assert find(store, "Østergaard") == []
    members.restore(snapshot)
    assert find(store, "Østergaard") == [("person", council["person"])]


# --- what users type ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ['"foo AND (', "NEAR(", "*", "-", "' OR 1=1 --", "title:Bygaden", "^søren", 'a"b', "\\", "", "   ",
     "AND", "NOT OR", "(((", "søren*", "Ø-", "{title body}: x", "…", "😀"],
)
def test_what_a_user_types_never_raises(council: dict[str, int], store: Store, text: str) -> None:
    assert isinstance(hits(store, text), list)
    assert fts_query(text).count('"') % 2 == 0


def test_operators_are_searched_as_words(council: dict[str, int], store: Store) -> None:
    assert find(store, '"Østergaard') == [("person", council["person"])]
    assert find(store, "title:Trafiksikkerhed") == []  # "title" is a word here, not a column filter
    assert find(store, "NOT Østergaard") == []  # "NOT" is a word that must match too
    assert find(store, "søren*") == [("person", council["person"])]


def test_limit(store: Store) -> None:
    members = MemberService(store)
    for n in range(12):
        members.add(PersonInput(name=f"Hansen {n:02d}", role=None))
    assert len(find(store, "hansen")) == 12
    assert len(find(store, "hansen", limit=5)) == 5
