"""Benchmark of sending the outbox: 1,000 queued mails to a loopback SMTP server, against plain smtplib
sending the same messages over one connection in the same run (target: within 2×).

Run from the repository root: `.venv/bin/python bench/outbox_send.py [--mails 1000] [--runs 3]`.
Prints a markdown table (stdout); the figures go into the outbox section of bench/RESULTS.md.
Needs the test dependencies (aiosmtpd) installed.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402 — the bench's own keyring, never the user's

PASSWORD = "hemmelig"  # ASCII: plain smtplib's login() cannot send anything else
ATTACHMENT = bytes(range(256)) * 40  # a 10 KB "PDF"


class Counter:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


def server() -> tuple[Any, Counter]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port, authenticator=authenticate,
                            auth_require_tls=False)
    controller.start()
    return controller, counter


def message(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Skovby Lokalråd <sekretaer@skovby.dk>"
    msg["To"] = f"medlem{n}@example.dk"
    msg["Subject"] = f"Referat af bestyrelsesmødet {n}"
    msg.set_content("Kære medlem\n\nReferatet fra mødet i forsamlingshuset er vedhæftet.\n\nVenlig hilsen\n")
    msg.add_attachment(ATTACHMENT, maintype="application", subtype="pdf", filename="referat.pdf")
    return msg


def plain_smtplib(port: int, messages: list[EmailMessage]) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.login("sekretaer", PASSWORD)
        for msg in messages:
            smtp.sendmail("sekretaer@skovby.dk", [str(msg["To"])], msg.as_bytes(policy=SMTP))
    return time.perf_counter() - started


def outbox(port: int, messages: list[EmailMessage], folder: Path) -> tuple[float, float, int]:
    """(seconds to queue, seconds for send_due, rows sent) on a fresh council file."""
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.outbox import queue_mail

    path = folder / f"bench-{time.monotonic_ns()}.sqlite"
    services = open_services(path, backup=False)
    try:
        services.profiles.import_text(json.dumps({"smtp": {"host": "127.0.0.1", "port": port, "security": "none",
                                                            "username": "sekretaer", "from": "sekretaer@skovby.dk"}}),
                                      folder)
        services.profiles.set_password("smtp", PASSWORD)
        started = time.perf_counter()
        with services.outbox.store.session() as s:  # as a service would: one change, its messages
            for n, msg in enumerate(messages):
                queue_mail(s, msg, recipient=str(msg["To"]), idempotency_key=f"minutes:bench:{n}")
        queued = time.perf_counter() - started
        started = time.perf_counter()
        rows = services.outbox.send_due()
        sent = time.perf_counter() - started
        return queued, sent, sum(r.status == "sent" for r in rows)
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import keyring

    keyring.set_keyring(MemoryKeyring())
    controller, counter = server()
    folder = Path(tempfile.mkdtemp(prefix="lokalraad-bench-outbox-"))
    plain: list[float] = []
    ours: list[float] = []
    queueing: list[float] = []
    try:
        for run in range(args.runs):  # interleaved, so both see the same machine
            messages = [message(n) for n in range(args.mails)]
            before = counter.count
            plain.append(plain_smtplib(controller.port, messages))
            assert counter.count - before == args.mails, "plain smtplib: the server did not get every mail"
            before = counter.count
            queued, sent, rows = outbox(controller.port, [message(n) for n in range(args.mails)], folder)
            assert rows == args.mails and counter.count - before == args.mails, "outbox: not every mail arrived once"
            queueing.append(queued)
            ours.append(sent)
            print(f"run {run + 1}: smtplib {plain[-1]:.2f} s, outbox {sent:.2f} s (queued in {queued:.2f} s)",
                  file=sys.stderr)
    finally:
        controller.stop()
        shutil.rmtree(folder, ignore_errors=True)
    p, o, q = statistics.median(plain), statistics.median(ours), statistics.median(queueing)
    ratio = o / p
    print(f"{args.mails:,} mails (10 KB attachment each), median of {args.runs} interleaved runs; "
          f"{platform.machine()}, Python {platform.python_version()}, {platform.system()} {platform.release()}\n")
    print("| measure | median | target | verdict |\n|---|---|---|---|")
    print(f"| plain smtplib, one connection | {p:.2f} s | reference | — |")
    print(f"| outbox send_due (claim, send, record each row) | {o:.2f} s ({ratio:.2f} × smtplib) | ≤ 2 × smtplib | "
          f"{'pass' if ratio <= 2 else 'FAIL'} |")
    print(f"| queueing them in one transaction | {q:.2f} s | — | — |")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
