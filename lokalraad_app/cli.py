"""The headless command line `lokalraad`: the app's services for administrators, municipal IT and scripts.

Imports stay light at the top (argparse and the version only): `lokalraad --version` must not pay
for SQLModel or Qt. Each subcommand imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from lokalraad_app import __version__

if TYPE_CHECKING:
    from lokalraad_app.services.meeting_list import MeetingListRow
    from lokalraad_app.services.members import MemberRow

PROG = "lokalraad"
ROWS_PER_READ = 1000  # ids per member_rows query: keeps the SQL short for 50,000 people
SQLITE_FULL = 13  # "database or disk is full"


class UserError(Exception):
    """A refusal whose message is for the user; printed as one line, no traceback."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like every other refusal of the command line; --help has the details.
        self.exit(2, f"{PROG}: {message} (see {PROG} --help)\n")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- subcommands -----------------------------------------------------------------------------------


def _data_path(args: argparse.Namespace) -> Path:
    if args.data is not None:
        return Path(args.data)
    from lokalraad_app.services.locations import last_council_file

    return last_council_file()


def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        return cmd_self_test()
    from lokalraad_app.app import run

    return run(Path(args.gui_data) if args.gui_data else None)


def cmd_self_test() -> int:
    """What the installer runs on a packaged app: a real file, the services and the window, headless."""
    from lokalraad_app.self_test import run_self_test

    failures = run_self_test(report=print)
    if failures:
        raise UserError(f"self-test failed: {', '.join(failures)}")
    print(f"{PROG} {__version__}: self-test passed")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from lokalraad_app.demo_data import write_demo
    from lokalraad_app.services.bundle import locked

    out = Path(args.out)
    if args.scale < 1:
        raise UserError("--scale must be a whole number of at least 1")
    shown = -1

    def progress(fraction: float) -> None:
        nonlocal shown
        percent = int(fraction * 100)
        if percent != shown:
            shown = percent
            print(f"\r{PROG}: making the demo council… {percent:3d}%", end="", file=sys.stderr, flush=True)

    with locked(out):
        try:
            summary = write_demo(out, scale=args.scale, seed=args.seed, progress=progress)
        except ValueError as e:
            raise UserError(str(e)) from None
        finally:
            if shown >= 0:
                print(file=sys.stderr, flush=True)
    print(f"wrote {out}: {summary.people:,} people, {summary.meetings:,} meetings, "
          f"{summary.agenda_items:,} agenda items, {summary.hearings} hearings")
    return 0


def _member_json(row: MemberRow) -> dict[str, Any]:
    return {
        "id": row.id, "name": row.name, "email": row.email, "role": row.role or None,
        "term_from": row.term_from.isoformat() if row.term_from else None,
        "term_to": row.term_to.isoformat() if row.term_to else None,
        "current": row.current, "kind": row.kind, "phone": row.phone, "organisation": row.organisation,
        "title": row.title, "address": row.address, "postal_code": row.postal_code, "city": row.city,
    }


def cmd_members(args: argparse.Namespace) -> int:
    from lokalraad_app.domain.enums import MemberFilter
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        ids = cs.members.find_ids(MemberFilter(args.filter))
        rows = [r for i in range(0, len(ids), ROWS_PER_READ) for r in cs.members.rows(ids[i:i + ROWS_PER_READ])]
    if args.json:
        _print_json([_member_json(r) for r in rows])
    else:
        _print_table(("id", "name", "role", "term", "email", "phone", "kind"), [
            (str(r.id), r.name, r.role, _term(r), r.email, r.phone, r.kind) for r in rows])
    return 0


def _term(row: MemberRow) -> str:
    if row.term_from is None:
        return ""
    return f"{row.term_from.isoformat()}–{row.term_to.isoformat() if row.term_to else ''}"


def _meeting_json(m: MeetingListRow) -> dict[str, Any]:
    return {
        "uid": m.uid, "start": m.start.isoformat(), "end": m.end.isoformat(), "timezone": m.timezone,
        "kind": m.kind, "title": m.title, "status": m.status, "place": m.place, "agenda_items": m.agenda_items,
    }


def cmd_meetings(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        meetings = cs.meetings.meetings()
    if args.json:
        _print_json([_meeting_json(m) for m in meetings])
    else:
        _print_table(("start", "kind", "status", "items", "title", "uid"), [
            (m.start.strftime("%Y-%m-%d %H:%M"), m.kind, m.status, str(m.agenda_items), m.title, m.uid)
            for m in meetings])
    return 0


def cmd_hearings(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        hearings = cs.hearings.rows()
    if args.json:
        _print_json([h.to_json() for h in hearings])
    else:
        _print_table(("deadline", "status", "reference", "title", "uid"), [
            (h.deadline.isoformat() if h.deadline else "", h.status, h.reference, h.title, h.uid) for h in hearings])
    return 0


def cmd_ideas(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        ideas = cs.ideas.rows(status=args.status)
    if args.json:
        _print_json([i.to_json() for i in ideas])
    else:
        _print_table(("received", "status", "from", "linked to", "idea"), [
            (i.received_on.isoformat(), i.status, i.name, i.linked_to, " ".join(i.text.split())) for i in ideas])
    return 0


def cmd_budget(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command
    from lokalraad_app.services.errors import NotFoundError

    with open_for_command(_data_path(args), write=False) as cs:
        if args.action == "rounds":
            rounds = cs.citizen_budget.rounds()
            if args.json:
                _print_json([{"id": r.id, "uuid": r.uuid, "title": r.title, "total": r.total,
                              "meeting": r.meeting_title or None, "proposals": r.proposals,
                              "decided_on": r.decided_on.isoformat() if r.decided_on else None} for r in rounds])
            else:
                _print_table(("id", "total", "proposals", "decided", "title"), [
                    (str(r.id), str(r.total), str(r.proposals), r.decided_on.isoformat() if r.decided_on else "",
                     r.title) for r in rounds])
            return 0
        if args.round is None:
            raise UserError("budget result: give the round's id with --round (see lokalraad budget rounds)")
        try:
            result = cs.citizen_budget.result(args.round)
        except NotFoundError:
            raise UserError(f"there is no citizen budget round {args.round} (see lokalraad budget rounds)") from None
    if args.json:
        _print_json(result.to_json())
    else:
        state = f"recorded {result.decided_on.isoformat()}" if result.decided_on else "not recorded yet"
        print(f"{result.spent} of {result.total} kr. chosen, {result.left} kr. left ({state})")
        _print_table(("votes", "cost", "chosen", "proposal"), [
            (str(p.votes), str(p.cost), "yes" if p in result.chosen else "no (did not fit)", p.title)
            for p in [*result.chosen, *result.passed_over]])
    return 0


def cmd_funding(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        applications = cs.funding.rows()
    if args.json:
        _print_json([a.to_json() for a in applications])
    else:
        _print_table(("deadline", "status", "applied", "granted", "fund", "purpose", "uid"), [
            (a.deadline.isoformat() if a.deadline else "", a.status, str(a.amount_applied),
             "" if a.amount_granted is None else str(a.amount_granted), a.fund, a.purpose, a.uid)
            for a in applications])
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    source = Path(args.source)
    if not source.is_file():
        raise UserError(f"no file to import at {source}")
    with open_for_command(_data_path(args), write=True) as cs:
        service = cs.member_import
        try:
            result = service.preview(source, mapping_option=args.map)
        except ValueError as e:  # a --map that names a header or field the file does not have
            raise UserError(f"--map: {e}") from None
        if result.problems:
            for problem in result.problems:
                _say(str(problem))  # file, row N, column "X": message
            count = len(result.problems)
            raise UserError(f"nothing imported: {count} problem{'s' if count != 1 else ''} in {source.name}")
        known = result.known()  # people already in the register, or twice in the file
        if known and not args.merge:
            for problem in known.values():
                _say(str(problem))
            count = len(known)
            raise UserError(f"nothing imported: {count} {'people' if count != 1 else 'person'} in {source.name} "
                            f"{'are' if count != 1 else 'is'} already known (same name and e-mail, phone or "
                            "address); run again with --merge to update them instead of listing them twice")
        outcome = service.apply(result, merge=set(known))
    print(f"imported {len(result.people)} from {source.name}: {outcome.added} added, {outcome.merged} merged")
    return 0


def cmd_import_ics(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command
    from lokalraad_app.services.calendar_import import is_feed_url

    source: Path | str = args.source
    if is_feed_url(args.source):
        if args.as_calendar is None:
            raise UserError("a URL is someone else's calendar to mirror: give it a name with --as-calendar NAME")
    elif not Path(args.source).is_file():
        raise UserError(f"no file to import at {args.source}")
    else:
        source = Path(args.source)
    with open_for_command(_data_path(args), write=True) as cs:
        if args.as_calendar is not None:
            mirror = cs.calendar_import.import_calendar(source, args.as_calendar)
            for skipped in mirror.skipped:  # every one; the summary names the first few
                _say(f'{mirror.file_name}: skipped "{skipped.what}": {skipped.reason}')
            print(mirror.summary())
        else:
            print(cs.calendar_import.import_replies(source).summary())
    return 0


def cmd_export_members(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UserError(f"{out.name}: the export file must end in .csv or .xlsx")
    with open_for_command(_data_path(args), write=False) as cs:
        count = cs.member_import.export(out)
    print(f"wrote {count} people to {out}")
    return 0


def _plan_import(args: argparse.Namespace) -> int:
    """`plan import FILE`: the differences, one a line; conflicts refuse the import unless --take says a side
    (theirs also brings back an element deleted here that they changed since)."""
    from lokalraad_app.domain.plan_share import CONFLICT, REMOVED_HERE
    from lokalraad_app.services.bundle import open_for_command
    from lokalraad_app.services.plan import read_share_file

    if not args.file:
        raise UserError("plan import needs FILE: the plan exported by another council")
    data = read_share_file(Path(args.file))
    with open_for_command(_data_path(args), write=not args.dry_run) as cs:
        report = cs.plan.compare_import(data)
        print(f"from {report.council}:")
        rows: list[tuple[str, ...]] = []
        for e in report.differences:
            if e.change == REMOVED_HERE:  # stays deleted; a conflict when they changed it since
                rows.append((e.title, e.kind, "", "", f"{e.change}, changed there: conflict" if e.fields else e.change))
            elif e.fields:
                rows += [(e.title, f.field, _shown(f.here), _shown(f.there), f.side) for f in e.fields]
            else:
                rows.append((e.title, e.kind, "", "", e.change))
        _print_table(("element", "field", "here", "there", "difference"), rows)
        conflicts = sum(1 for e in report.differences for f in e.fields if f.side == CONFLICT)
        if conflicts and not args.take:
            raise UserError(f"{conflicts} field{'s' if conflicts != 1 else ''} changed in both files: "
                            "choose with --take theirs or --take ours; nothing was imported")
        if args.dry_run:
            print("dry run: nothing was imported")
            return 0
        cs.plan.apply_import(data, report.choices_for(args.take or "ours"))
    print(f"imported the development plan from {report.council}: {len(report.differences)} difference"
          f"{'s' if len(report.differences) != 1 else ''}; elements only here were kept, and those deleted here "
          "stay deleted unless --take theirs brought back one they changed")
    return 0


def _shown(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def cmd_plan(args: argparse.Namespace) -> int:
    """The plan: its draft and adopted versions (--json), or `plan adopt --meeting UID`."""
    from lokalraad_app.services.bundle import open_for_command

    if args.action == "export":
        if not args.out:
            raise UserError("plan export needs --out FILE: where to write the plan")
        with open_for_command(_data_path(args), write=True) as cs:
            count = cs.plan.write_export(Path(args.out))
        print(f"wrote the development plan with {count} initiative{'s' if count != 1 else ''} to {args.out}")
        return 0
    if args.action == "import":
        return _plan_import(args)
    if args.action == "adopt":
        if not args.meeting:
            raise UserError("plan adopt needs --meeting UID: the meeting that adopted the plan (see lokalraad meetings)")
        on = _iso_day(args.on, "--on") if args.on else None
        with open_for_command(_data_path(args), write=True) as cs:
            number = cs.plan.adopt_at(args.meeting, on)[0]
        print(f"adopted version {number} of the development plan; work goes on in the draft of version {number + 1}")
        return 0
    with open_for_command(_data_path(args), write=False) as cs:
        data = cs.plan.to_json()
    if args.json:
        _print_json(data)
        return 0
    if data["draft"] is None:
        raise UserError("this council file has no development plan yet")
    for v in data["versions"]:
        print(f"version {v['number']}: adopted {v['adopted_on']}, {v['plan']['title']}")
    draft = data["draft"]
    print(f"draft of version {draft['number']}: {draft['plan']['title']}")
    _print_table(("focus area", "initiative", "status", "progress", "owner", "uid"), [
        (a["title"], i["title"], i["status"], f"{i['progress']} %", i["owner"], i["uid"])
        for a in draft["focus_areas"] for i in a["initiatives"]])
    return 0


def _iso_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} {value}: write the day as YYYY-MM-DD") from None


def cmd_pdf(args: argparse.Namespace) -> int:
    from datetime import date

    from lokalraad_app.services.bundle import open_for_command
    from lokalraad_app.services.errors import ValidationError

    out = Path(args.out)
    as_text = out.suffix.lower() == ".txt" and args.document == "annual-report"  # the draft, to edit
    if out.suffix.lower() != ".pdf" and not as_text:
        raise UserError(f"{out.name}: the document file must end in .pdf (the annual report may also be .txt)")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give the name of the file to write")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder to write {out.name} into")
    path = _data_path(args)
    try:  # a read, which works while the app has the file open
        with open_for_command(path, write=False) as cs:
            if as_text:
                year = date.today().year if args.year is None else args.year
                content = cs.documents.annual_report_text(year)[1].encode("utf-8-sig")
            else:
                content = cs.documents.build(args.document, args.meeting, args.year, args.hearing,
                                             version=args.version)[1]
    except ValidationError as e:
        if e.code != "unsealed":
            raise
        # Minutes approved before sealing existed: sealing them writes, under the file's lock.
        with open_for_command(path, write=True) as cs:
            content = cs.documents.build(args.document, args.meeting, args.year, args.hearing, seal=True)[1]
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(content)
    partial.replace(out)  # never a half-written file under the real name
    print(f"wrote {out}")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    """One meeting's invitation (--meeting UID), or every meeting as one calendar feed to subscribe to."""
    from lokalraad_app.services.bundle import open_for_command

    out = Path(args.out)
    if out.suffix.lower() != ".ics":
        raise UserError(f"{out.name}: the calendar file must end in .ics")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give the name of the file to write")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder to write {out.name} into")
    with open_for_command(_data_path(args), write=False) as cs:
        content = cs.invitations.invitation_ics(args.meeting) if args.meeting else cs.invitations.feed()
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(content)
    partial.replace(out)  # never a half-written file under the real name
    print(f"wrote {out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the PDF is, unchanged, approved minutes sealed in the council file; 1 when not."""
    from lokalraad_app.services.bundle import open_for_command

    pdf = Path(args.pdf).read_bytes()
    with open_for_command(_data_path(args), write=False) as cs:
        found = cs.documents.verify(pdf)
    if not found.sealed:
        if found.claim_known:
            raise UserError(f"{args.pdf}: NOT VERIFIED: it claims to be sealed minutes (content "
                            f"{found.claimed_digest}) but it is not the file that was sealed; it has been changed")
        if found.claimed_digest:
            raise UserError(f"{args.pdf}: NOT VERIFIED: it claims to be sealed minutes (content "
                            f"{found.claimed_digest}), but this council file holds no such seal; it may come from "
                            "another copy of the file, or from before a backup was restored")
        raise UserError(f"{args.pdf}: NOT VERIFIED: no approved minutes in this council file are this PDF")
    start = f" of {found.meeting_start:%Y-%m-%d}" if found.meeting_start else ""
    print(f"{args.pdf}: verified: the approved minutes of {found.meeting_title}{start}, unchanged since they "
          f"were sealed{f' on {found.sealed_at:%Y-%m-%d}' if found.sealed_at else ''} (content {found.claimed_digest})")
    if found.superseded:
        print("note: a later correction sealed newer minutes for the same meeting")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=False) as cs:
        print(cs.council.backup_now())
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import locked
    from lokalraad_app.services.council import restore

    path = _data_path(args)
    backup = Path(args.backup)
    with locked(path):  # the app holds this lock while the file is open; it refuses us then
        safety = restore(path, backup)
    print(f"restored {path} from {backup}")
    if safety is not None:
        print(f"what the file held before was saved as {safety}")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from lokalraad_app.services import handover

    if args.action == "export":
        if not args.out:
            raise UserError("handover export needs --out FILE (the archive to give the next secretary)")
        manifest = handover.export_handover(_data_path(args), Path(args.out))
        print(f"wrote {args.out}: {manifest.council or 'the council'}, {manifest.counts['person']} people, "
              f"{manifest.counts['meeting']} meetings, {manifest.counts['attachment']} attachments, "
              f"{manifest.counts['sealed_document']} sealed documents; no passwords")
        return 0
    if not args.archive or args.data is None:
        raise UserError("handover open needs the archive and --data NEWFILE (the council file to make from it)")
    from lokalraad_app.services.bundle import open_for_command

    target = Path(args.data)
    manifest = handover.open_handover_as(Path(args.archive), target)
    with open_for_command(target, write=False) as cs:
        council = cs.council.council()
        profile_imported = cs.profiles.profile().smtp is not None
        mail_password = cs.profiles.password("smtp") is not None
    print(f"opened {manifest.council or 'the council'} into {target}: {manifest.counts['person']} people, "
          f"{manifest.counts['meeting']} meetings (handed over {manifest.created_at:%Y-%m-%d}, "
          f"from {manifest.previous_secretary or 'an unnamed secretary'})")
    words = {"secretary": "your name and e-mail as the council's secretary (lokalraad's Settings)",
             "mail": "the mail account and its password (kept in this computer's keyring)",
             "profile": "the municipality's profile (endpoints and addresses)"}
    for item in handover.checklist(council, manifest, profile_imported=profile_imported, mail_password=mail_password):
        print(f"[{'x' if item.done else ' '}] set up again: {words[item.key]}")
    return 0


def cmd_profile_import(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    source = Path(args.file)
    if not source.is_file():
        raise UserError(f"no profile file at {source}")
    with open_for_command(_data_path(args), write=True) as cs:
        profile = cs.profiles.import_file(source)
    servers = [name for name in ("smtp", "caldav", "webdav") if getattr(profile, name) is not None]
    print(f"imported the profile of {profile.municipality or source.name}: servers {', '.join(servers) or 'none'}")
    return 0


def cmd_password_set(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    password = sys.stdin.readline().rstrip("\r\n")  # one line; never echoed, never written anywhere but the keyring
    with open_for_command(_data_path(args), write=False) as cs:
        cs.profiles.set_password(args.server, password)
    print(f"the {args.server} password is saved in the keyring")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=True) as cs:
        tried = cs.outbox.send_due()
        waiting = [r for r in cs.outbox.rows(("pending", "sending", "failed", "needs_attention"))
                   if r.id not in {t.id for t in tried}]
    for row in [*tried, *waiting]:
        when = f" (next attempt {row.next_attempt_at:%Y-%m-%d %H:%M} UTC)" if row.status == "failed" and \
            row.next_attempt_at else ""
        error = f": {row.last_error}" if row.last_error and row.status != "sent" else ""
        print(f"{row.id}\t{row.status}{when}\t{row.kind} to {row.recipient}\t{row.subject}{error}")
    sent = sum(r.status == "sent" for r in tried)
    print(f"{sent} sent, {len(tried) - sent} not sent now, {len(waiting)} waiting")
    attention = sum(r.status == "needs_attention" for r in [*tried, *waiting])
    if attention:
        raise UserError(f"{attention} message{'s' if attention != 1 else ''} need attention "
                        "(see lokalraad outbox, or the Udbakke page)")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    if args.action:
        if args.id is None:
            raise UserError(f"outbox {args.action}: give the message's id (see lokalraad outbox)")
        with open_for_command(_data_path(args), write=True) as cs:
            getattr(cs.outbox, args.action)(args.id)
            row = cs.outbox.row(args.id)
        print(f"{row.id}\t{row.status}\t{row.kind} to {row.recipient}\t{row.subject}")
        return 0
    with open_for_command(_data_path(args), write=False) as cs:
        rows = cs.outbox.rows()
    if args.json:
        _print_json([r.to_json() for r in rows])
    else:
        _print_table(("id", "status", "attempts", "kind", "recipient", "subject", "last error"), [
            (str(r.id), r.status, str(r.attempts), r.kind, r.recipient, r.subject, r.last_error) for r in rows])
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    """Queues a coming meeting's invitations (or the change, or nothing new) as the meeting page's button does."""
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=True) as cs:
        meeting_id = cs.publishing.meeting_for_uid(args.meeting)
        plan = cs.invitations.plan(meeting_id)
        agenda = cs.documents.agenda(meeting_id) if args.with_agenda else None
        built, _ = cs.invitations.send(meeting_id, agenda_pdf=agenda)
    for m in built:
        print(f"queued\t{m.kind}\t{m.recipient.name} <{m.recipient.email}>")
    if plan.without_email:
        _say(f"{PROG}: no e-mail address, gets nothing: {', '.join(plan.without_email)}")
    print(f"{len(built)} message{'s' if len(built) != 1 else ''} put in the outbox for {plan.title} "
          "(lokalraad send sends them)")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    """Queues a document for the municipality, the board or the participants; prints what was queued."""
    from lokalraad_app.services.bundle import open_for_command

    with open_for_command(_data_path(args), write=True) as cs:
        meeting_id = cs.publishing.meeting_for_uid(args.meeting) if args.meeting else None
        published = cs.publishing.send(args.what, args.to, meeting_id=meeting_id, hearing=args.hearing)
    new = set(published.new)
    for d in published.plan.deliveries:
        where = f"{d.name} <{d.recipient}>" if d.kind == "email" and d.name else d.recipient
        print(f"{'queued' if d in new else 'already queued'}\t{d.kind}\t{where}")
    if published.plan.without_email:
        _say(f"{PROG}: no e-mail address, gets nothing: {', '.join(published.plan.without_email)}")
    print(f"{published.queued} new message{'s' if published.queued != 1 else ''} in the outbox: "
          f"{published.plan.title} ({published.plan.file_name})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from lokalraad_app.services.bundle import open_for_command

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: is a file; give the folder to write the export into")
    with open_for_command(_data_path(args), write=False) as cs:
        written = cs.export.write(out, args.format)
    for path in written:
        print(f"wrote {path}")
    return 0


# --- output ----------------------------------------------------------------------------------------


def _print_json(value: object) -> None:
    import json

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    sys.stdout.write("\n".join(lines) + "\n")


# --- parsing and errors ----------------------------------------------------------------------------


def starts_the_app(argv: Sequence[str]) -> bool:
    """True when `argv` holds only the app's own options (`--data FILE`, `--self-test`): no command to parse."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data" and rest:
            rest.pop(0)
        elif not (arg.startswith("--data=") or arg == "--self-test"):
            return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """`commands=False`: only the app's own options. Starting the window need not build the commands'
    parsers (about 9 ms, in a start measured against a bare window's)."""
    parser = _Parser(prog=PROG, description="Lokalråd: the council file from the command line. "
                                            "Without a command, the app starts.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--data", dest="gui_data", metavar="FILE", help="the council file the app opens")
    parser.add_argument("--self-test", action="store_true",
                        help="check, headless, that this installation works; exit 0 when it does")
    parser.set_defaults(handler=cmd_gui)
    if not commands:
        return parser
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str,
                data: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        if data:
            p.add_argument("--data", metavar="FILE", help="the council file (default: the one used last)")
        p.set_defaults(handler=handler)
        return p

    p = command("demo", cmd_demo, "write a realistic demo council into a new file", data=False)
    p.add_argument("--out", required=True, metavar="FILE", help="the new council file")
    p.add_argument("--scale", type=int, default=1, metavar="N", help="multiply people and meetings (100: stress set)")
    p.add_argument("--seed", type=int, default=7, metavar="N", help="the same seed gives the same content")

    p = command("members", cmd_members, "list the people in the register")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")
    p.add_argument("--filter", default="all", choices=["all", "board", "substitutes", "former", "contacts"])

    p = command("meetings", cmd_meetings, "list the meetings")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")

    p = command("hearings", cmd_hearings, "list the municipality's hearings the council follows")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")

    p = command("ideas", cmd_ideas, "list the citizens' ideas for the development plan, newest first")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")
    p.add_argument("--status", choices=["new", "taken_up", "declined"], help="only the ideas with this status")

    p = command("budget", cmd_budget, "the citizen budget: 'rounds' lists the rounds, 'result --round ID' the "
                                      "proposals the votes choose within the round's total")
    p.add_argument("action", choices=["rounds", "result"])
    p.add_argument("--round", type=int, metavar="ID", help="the round (see lokalraad budget rounds)")
    p.add_argument("--json", action="store_true", help="JSON for scripts")
    p = command("funding", cmd_funding, "list the applications to municipal pools and foundations")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")

    p = command("plan", cmd_plan, "the development plan: its draft and adopted versions; or adopt the draft")
    p.add_argument("action", nargs="?", choices=("adopt", "export", "import"),
                   help="adopt: the draft becomes the next adopted version; export: write the draft to share it "
                        "with a neighbouring council (--out FILE); import FILE: take in such a file, all or nothing")
    p.add_argument("file", nargs="?", metavar="FILE", help="import: the plan file another council exported")
    p.add_argument("--out", metavar="FILE", help="export: the file to write (JSON)")
    p.add_argument("--take", choices=("theirs", "ours"), help="import: the side that wins where both files changed a field")
    p.add_argument("--dry-run", action="store_true", help="import: show the differences, change nothing")
    p.add_argument("--json", action="store_true", help="the draft and every adopted version, whole, for scripts")
    p.add_argument("--meeting", metavar="UID", help="adopt: the meeting that adopted the plan")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="adopt: the day (default: the meeting's day)")

    p = command("import-members", cmd_import_members, "import people from CSV or XLSX, all or nothing")
    p.add_argument("source", metavar="SOURCE", help="the CSV or XLSX file")
    p.add_argument("--map", metavar='"Header=field,..."', help="how columns are read, where the guess is wrong")
    p.add_argument("--merge", action="store_true",
                   help="update people already in the register (same name and e-mail, phone or address) "
                        "instead of refusing the import")

    p = command("import-ics", cmd_import_ics, "read invitees' answers (an .ics file or a saved mail, .eml) into "
                                              "their meetings, or with --as-calendar someone else's calendar to "
                                              "show beside the meetings (read-only)")
    p.add_argument("source", metavar="SOURCE", help="the .ics file or saved mail (.eml); with --as-calendar also "
                                                   "a calendar's http(s):// or webcal:// address")
    p.add_argument("--as-calendar", metavar="NAME",
                   help="mirror the file as the calendar NAME (importing NAME again replaces it)")

    p = command("export-members", cmd_export_members, "export the register to CSV or XLSX")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")

    p = command("pdf", cmd_pdf, "print a document to PDF (agenda, minutes, attendance, members, plan, hearing, "
                                "annual-report)")
    p.add_argument("document", metavar="DOC",
                   help="agenda, minutes, attendance, members, plan, hearing or annual-report")
    p.add_argument("--out", required=True, metavar="FILE.pdf",
                   help="the PDF; for annual-report, FILE.txt gives the draft as text to edit")
    p.add_argument("--meeting", metavar="UID", help="the meeting, for agenda, minutes and attendance")
    p.add_argument("--year", type=int, metavar="YYYY", help="the year, for the annual report (default: this year)")
    p.add_argument("--hearing", metavar="UID", help="the hearing (its uid or the municipality's case number)")
    p.add_argument("--version", type=int, metavar="N", help="the plan's adopted version N (default: the draft)")

    p = command("ics", cmd_ics, "write one meeting's invitation, or the whole calendar as a feed, to an .ics file")
    p.add_argument("--out", required=True, metavar="FILE.ics", help="the calendar file to write")
    p.add_argument("--meeting", metavar="UID", help="the meeting (or series); without it, every meeting as a feed")

    p = command("verify", cmd_verify, "check that a PDF is approved minutes, unchanged since they were sealed")
    p.add_argument("pdf", metavar="FILE.pdf")

    command("backup", cmd_backup, "back up the council file now; prints the backup's path")

    p = command("send", cmd_send, "send what is due in the outbox, then print each message's state")

    p = command("invite", cmd_invite, "put a coming meeting's invitations (or its change) in the outbox")
    p.add_argument("--meeting", required=True, metavar="UID", help="the meeting (see lokalraad meetings)")
    p.add_argument("--with-agenda", action="store_true", help="attach the agenda as PDF")

    p = command("publish", cmd_publish, "put a document in the outbox for the municipality (mail and/or upload, "
                                        "as its profile says), the board, or the meeting's participants")
    p.add_argument("what", choices=["agenda", "minutes", "attendance", "plan", "hearing", "export"])
    p.add_argument("--meeting", metavar="UID", help="the meeting, for agenda, minutes and attendance")
    p.add_argument("--hearing", metavar="REF", help="the hearing (its case number or uid)")
    p.add_argument("--to", choices=["kommunen", "bestyrelsen", "deltagere"], default="kommunen",
                   help="kommunen (default), bestyrelsen (the current board) or deltagere (those present, and "
                        "citizens signed up for a borgermøde)")

    p = command("export", cmd_export, "write the municipal export (checked against its JSON Schema) into a folder")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder (made if missing)")
    p.add_argument("--format", choices=["json", "csv"], default="json", help="json (one file) or csv (one per table)")

    p = command("outbox", cmd_outbox, "list the outbox; or retry, hold or cancel one message by its id")
    p.add_argument("action", nargs="?", choices=["retry", "hold", "cancel"], help="what to do with message ID")
    p.add_argument("id", nargs="?", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="a JSON list for scripts")

    profile = sub.add_parser("profile", help="the municipality profile (servers and addresses, never passwords)")
    profile_sub = profile.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser, required=True)
    p = profile_sub.add_parser("import", help="read a municipality profile (JSON) into the council file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--data", metavar="FILE", help="the council file (default: the one used last)")
    p.set_defaults(handler=cmd_profile_import)

    password = sub.add_parser("password", help="keep a server's password in the OS keyring")
    password_sub = password.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser, required=True)
    p = password_sub.add_parser("set", help="read the password of smtp, caldav or webdav from standard input")
    p.add_argument("server", choices=["smtp", "caldav", "webdav"])
    p.add_argument("--data", metavar="FILE", help="the council file (default: the one used last)")
    p.set_defaults(handler=cmd_password_set)

    p = command("restore", cmd_restore, "replace the council file's content with a backup's")
    p.add_argument("backup", metavar="BACKUP", help="the backup file")

    p = command("handover", cmd_handover, "hand the council to the next secretary: 'export --out FILE' writes one "
                                          "checked archive; 'open FILE --data NEWFILE' checks one and makes the "
                                          "council file from it")
    p.add_argument("action", choices=["export", "open"])
    p.add_argument("archive", nargs="?", metavar="FILE", help="the archive to open")
    p.add_argument("--out", metavar="FILE", help="the archive to write (export)")
    return parser


def _user_message(error: BaseException) -> str | None:
    """The one line to show for an error the user can act on; None for a bug (which keeps its traceback)."""
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            where = f" ({error.filename})" if error.filename else ""
            return f"there is no room left on the disk{where}; free some space and try again"
        if error.filename:
            return f"{error.strerror or error}: {error.filename}"
        return str(error)
    # By the time one of these is raised its module is loaded, so the imports here cost nothing.
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from lokalraad_app.services.bundle import FileLockedError, RestoreError, StoreError
    from lokalraad_app.services.errors import NotFoundError, ValidationError
    from lokalraad_app.services.handover import HandoverError
    from lokalraad_app.services.member_import import ImportFileError, ImportRefused
    from lokalraad_app.services.profile import CredentialError

    if isinstance(error, ValidationError):
        return error.message
    if isinstance(error, NotFoundError | CredentialError):
        return str(error)
    if isinstance(error, StoreError | FileLockedError | RestoreError | ImportFileError | ImportRefused | HandoverError):
        return str(error)
    if isinstance(error, sqlite3.Error | DBAPIError):
        orig = getattr(error, "orig", None) or error
        if isinstance(orig, sqlite3.Error) and orig.sqlite_errorcode & 0xFF == SQLITE_FULL:
            return "there is no room left on the disk that holds the council file; free some space and try again"
        return f"the council file could not be read or written ({orig})"
    return None


def main(argv: list[str] | None = None) -> int:
    try:
        argv = sys.argv[1:] if argv is None else argv
        args = build_parser(commands=not starts_the_app(argv)).parse_args(argv)
    except SystemExit as e:  # --version, --help and usage errors: return the code instead of exiting
        return e.code if isinstance(e.code, int) else 0 if e.code is None else 2
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted")
        return 130
    except Exception as error:
        message = _user_message(error)
        if message is None:
            raise
        _say(f"{PROG}: {' '.join(message.split())}")
        return 1


__all__ = ["build_parser", "main"]
