"""Sending mail over SMTP: STARTTLS, TLS or none, a UTF-8 login, certificates checked against the system.

Every failure becomes a SendError that says whether trying again later can help (transient) or a person
must act first (permanent), with a Danish message saying what to do and the server's own words.
"""

from __future__ import annotations

import base64
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass
from types import TracebackType

import truststore

from lokalraad_app.domain.profile import SmtpProfile

TIMEOUT_SECONDS = 30.0


@dataclass
class SendError(Exception):
    message: str  # Danish, for the user: what happened and what to do
    permanent: bool  # True: retrying cannot help until someone acts
    connection: bool = False  # True: the connection is gone; nothing more can be sent on it

    def __str__(self) -> str:
        return self.message


def ssl_context(ca_file: str = "") -> ssl.SSLContext:
    """The system's trust store (Windows, macOS, Linux) plus the profile's own CA, if it names one."""
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as e:
            raise SendError(f"CA-filen {ca_file} fra kommunens profil kan ikke læses ({e}). "
                            "Importér profilen igen med en gyldig ca_file.", permanent=True, connection=True) from None
    return ctx


def _words(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(said.split())}".strip()


def _auth_failed(code: int, text: bytes) -> SendError:
    words = _words(code, text)
    if code == 535 or "5.7.30" in words or code == 534:
        hint = ("Serveren afviste brugernavn eller adgangskode. Sæt den rigtige adgangskode (lokalraad password "
                "set smtp, eller under Indstillinger), og send igen.")
        if "5.7.30" in words or "basic authentication" in words.lower():
            hint = ("Serveren tillader ikke længere login med adgangskode (Microsoft 365). Bed kommunens IT om en "
                    "anden måde at sende på, og send igen.")
        return SendError(f"{hint} (Serveren svarede: {words})", permanent=True, connection=True)
    if 400 <= code < 500:
        return SendError(f"Serveren kunne ikke logge ind lige nu; prøver igen senere. (Serveren svarede: {words})",
                         permanent=False, connection=True)
    return SendError(f"Serveren afviste login. Tjek brugernavn og adgangskode i profilen og nøgleringen. "
                     f"(Serveren svarede: {words})", permanent=True, connection=True)


def classify(error: BaseException, host: str) -> SendError:
    """What an exception from smtplib or the network means for the row being sent."""
    if isinstance(error, SendError):
        return error
    if isinstance(error, ssl.SSLCertVerificationError):
        return SendError(f"Serverens certifikat ({host}) kunne ikke godkendes: {error.verify_message}. "
                         "Hvis kommunen bruger sit eget certifikat, skal profilen pege på dens CA-fil (ca_file). "
                         "Intet blev sendt.", permanent=True, connection=True)
    if isinstance(error, ssl.SSLError):
        return SendError(f"Den sikre forbindelse til {host} mislykkedes ({error.reason or error}). Tjek at "
                         "sikkerhed og port i profilen passer til serveren (starttls 587, tls 465).",
                         permanent=True, connection=True)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        words = _words(code, text)
        if 400 <= code < 500:
            return SendError(f"Modtageren kunne ikke tage imod lige nu; prøver igen senere. (Serveren svarede: "
                             f"{words})", permanent=False)
        return SendError(f"Serveren afviste modtagerens adresse. Ret adressen, og send igen. (Serveren svarede: "
                         f"{words})", permanent=True)
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, TimeoutError):
        return SendError(f"{host} svarede ikke i tide; prøver igen senere.", permanent=False, connection=True)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return SendError(f"Forbindelsen til {host} blev afbrudt; prøver igen senere.", permanent=False, connection=True)
    if isinstance(error, smtplib.SMTPResponseException):
        words = _words(error.smtp_code, error.smtp_error)
        if 400 <= error.smtp_code < 500:
            return SendError(f"Serveren bad om at vente; prøver igen senere. (Serveren svarede: {words})",
                             permanent=False)
        return SendError(f"Serveren afviste brevet. Ret det, serveren klager over, og send igen. "
                         f"(Serveren svarede: {words})", permanent=True)
    if isinstance(error, TimeoutError | socket.timeout):
        return SendError(f"{host} svarede ikke i tide; prøver igen senere.", permanent=False, connection=True)
    if isinstance(error, socket.gaierror):
        return SendError(f"Serveren {host} kan ikke findes (intet net, eller et forkert navn i profilen); "
                         "prøver igen senere.", permanent=False, connection=True)
    if isinstance(error, OSError):
        return SendError(f"Ingen forbindelse til {host} ({error.strerror or error}); prøver igen senere.",
                         permanent=False, connection=True)
    if isinstance(error, smtplib.SMTPException):
        return SendError(f"Fejl i samtalen med {host} ({error}); prøver igen senere.", permanent=False,
                         connection=True)
    raise error


class SmtpConnection:
    """One logged-in connection; `send` one message at a time. Use as a context manager."""

    def __init__(self, profile: SmtpProfile, password: str | None, ca_file: str = "",
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.profile = profile
        self.password = password
        self.ca_file = ca_file
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        try:
            self._smtp = self._connect()
        except BaseException as e:
            self.close()
            raise classify(e, self.profile.host) from e
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        p = self.profile
        if p.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(p.host, p.port, timeout=self.timeout,
                                                  context=ssl_context(self.ca_file))
        else:
            smtp = smtplib.SMTP(p.host, p.port, timeout=self.timeout)
        self._smtp = smtp  # closed by close() if what follows fails
        smtp.ehlo()
        if p.security == "starttls":
            if not smtp.has_extn("starttls"):  # never fall back to sending the password in the clear
                raise SendError(f"Serveren {p.host} tilbyder ikke STARTTLS, så intet blev sendt. Tjek sikkerhed "
                                "og port i profilen.", permanent=True, connection=True)
            smtp.starttls(context=ssl_context(self.ca_file))
            smtp.ehlo()
        if p.username:
            if self.password is None:
                raise SendError("Der er ingen adgangskode til mailserveren i nøgleringen. Sæt den med "
                                "lokalraad password set smtp (eller under Indstillinger), og send igen.",
                                permanent=True, connection=True)
            self._login(smtp, p.username, self.password)
        return smtp

    @staticmethod
    def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
        """AUTH PLAIN or LOGIN with UTF-8 (smtplib's login() encodes ASCII only: no æ, ø, å)."""
        if not smtp.has_extn("auth"):
            raise SendError("Serveren tilbyder ikke login. Tjek sikkerhed og port i profilen.", permanent=True,
                            connection=True)
        mechanisms = smtp.esmtp_features["auth"].upper().split()

        def b64(data: bytes) -> str:
            return base64.b64encode(data).decode("ascii")

        if "PLAIN" in mechanisms:
            code, text = smtp.docmd("AUTH", "PLAIN " + b64(b"\0" + username.encode() + b"\0" + password.encode()))
        elif "LOGIN" in mechanisms:
            code, text = smtp.docmd("AUTH", "LOGIN " + b64(username.encode()))
            if code == 334:
                code, text = smtp.docmd(b64(password.encode()))
        else:
            raise SendError(f"Serveren tilbyder kun login-metoder vi ikke kender ({' '.join(mechanisms)}).",
                            permanent=True, connection=True)
        if code != 235:
            raise _auth_failed(code, text)

    def send(self, mail_from: str, recipient: str, message: bytes) -> None:
        """Sends one message to one recipient; raises SendError."""
        assert self._smtp is not None, "use SmtpConnection as a context manager"
        # SMTP lines end in CRLF; smtplib fixes line ends only in str messages, and a message queued as text
        # has bare LFs: sent as they are, the server sees one endless line and refuses it.
        message = re.sub(rb"\r?\n", b"\r\n", message)
        try:
            self._smtp.sendmail(mail_from, [recipient], message)
        except BaseException as e:
            raise classify(e, self.profile.host) from e

    def close(self) -> None:
        if self._smtp is None:
            return
        smtp, self._smtp = self._smtp, None
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
