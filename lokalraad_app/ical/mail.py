"""The iMIP mail (RFC 6047) that carries one iTIP object to one invitee, shaped as Thunderbird sends it.

multipart/mixed → [multipart/alternative → text/plain + text/calendar; method=…] + invite.ics
(+ the agenda PDF when the secretary attaches it). The method parameter is uppercase and equals the
object's METHOD, or Outlook on the web rejects the mail (INTEROP.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from lokalraad_app.ical.invitations import CalendarObject, Party


@dataclass(frozen=True)
class MailAttachment:
    file_name: str
    content: bytes
    mime_type: str = "application/pdf"


def imip_mail(obj: CalendarObject, sender: Party, recipient: Party, subject: str, text: str, sent: datetime,
              attachments: tuple[MailAttachment, ...] = ()) -> EmailMessage:
    """One mail for one recipient; From is the organiser (SMTP MAIL FROM must be the ORGANIZER too)."""
    msg = EmailMessage()
    msg["From"] = formataddr((sender.name, sender.email))
    msg["To"] = formataddr((recipient.name, recipient.email))
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = make_msgid(domain=sender.email.rpartition("@")[2] or None)
    msg.set_content(text)
    # As bytes, so the object keeps its CRLF line ends (a str part would be normalised to LF).
    msg.add_alternative(obj.data, maintype="text", subtype="calendar",
                        params={"method": obj.method, "charset": "UTF-8"})
    # The same object as a file, for clients that show only attachments (and to import by hand).
    msg.add_attachment(obj.data, maintype="application", subtype="ics", filename="invite.ics")
    for a in attachments:
        maintype, _, subtype = a.mime_type.partition("/")
        msg.add_attachment(a.content, maintype=maintype, subtype=subtype, filename=a.file_name)
    return msg


__all__ = ["MailAttachment", "imip_mail"]
