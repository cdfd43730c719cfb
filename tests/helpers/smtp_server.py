"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the outbox tests: AUTH, optional TLS, scripted refusals,
and a count of every message it actually accepted."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

DANISH_PASSWORD = "Blåbærgrød-på-Ærø"  # the test servers' login: æøå on the wire


def free_port() -> int:
    """A port nothing listens on now (aiosmtpd 1.4 cannot bind port 0 itself)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class Handler:
    """Accepts mail, or answers with the next scripted reply for RCPT or DATA ("451 …", "550 …")."""

    received: list[Received] = field(default_factory=list)
    rcpt_replies: list[str] = field(default_factory=list)
    data_replies: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    drop_data: int = 0  # this many DATA commands end with the connection closed, no reply, nothing kept
    stall_rcpt: bool = False  # RCPT waits until `release` is set (a client can be killed meanwhile)
    stall_after_accept: bool = False  # DATA keeps the message, then waits with its 250 until `release`
    stalled: threading.Event = field(default_factory=threading.Event)  # set once RCPT is waiting
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        while self.stall_rcpt and not self.release.is_set():
            self.stalled.set()
            await asyncio.sleep(0.05)
        if self.rcpt_replies:
            return self.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.drop_data:
            self.drop_data -= 1
            server.transport.close()
            return "421 closing"  # never reaches the client: the connection is gone
        if self.data_replies:
            return self.data_replies.pop(0)
        with self.lock:
            self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content or b"")))
        while self.stall_after_accept and not self.release.is_set():
            self.stalled.set()
            await asyncio.sleep(0.05)
        return "250 Message accepted for delivery"


class SmtpServer:
    """aiosmtpd with AUTH PLAIN/LOGIN for one user; `tls` is "starttls", "tls" or "" (none)."""

    def __init__(self, user: str = "sekretaer", password: str = "hemmelig", *, tls: str = "",
                 server_context: ssl.SSLContext | None = None, port: int | None = None) -> None:
        self.user, self.password = user, password
        self.handler = Handler()
        self.logins: list[tuple[bytes, bytes]] = []
        self.auth_reply = ""  # a refusal to give instead of 535 (e.g. Microsoft 365's)
        self.port = port or free_port()
        # Implicit TLS: aiosmtpd 1.4 does not see that the connection is encrypted, so it would hide AUTH.
        kwargs: dict[str, Any] = {"authenticator": self._authenticate, "auth_require_tls": tls == "starttls"}
        if tls == "starttls":
            kwargs["tls_context"] = server_context
            kwargs["require_starttls"] = True
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     ssl_context=server_context if tls == "tls" else None,
                                     server_hostname="127.0.0.1", **kwargs)

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                      auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        ok = auth_data.login == self.user.encode() and auth_data.password == self.password.encode()
        return AuthResult(success=ok, handled=False, message=None if ok else self.auth_reply or None)  # handled=False: the server answers 535 itself

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.handler.release.set()
        self.controller.stop()
