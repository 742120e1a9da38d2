"""E-mail messages (.eml, RFC 5322 / MIME): address headers, text parts, attachments.

Address and subject headers become one TextSegment (`headers`), text/plain parts
`body`, text/html parts are stripped to text, and every attachment is extracted
recursively as a member named after its file name (`invoice.xlsx`), under the
same archive guards as zip members.
"""

from __future__ import annotations

import email
import email.policy
import io
from typing import Iterator

from .segments import Context, ExtractError, Problem, Segment, TextSegment, reason
from .streams import Input, spool
from .markup import html_to_text
from .text import lines, text_segments

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject", "Return-Path",
           "Disposition-Notification-To")


def extract_eml(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    from .dispatch import extract_child

    f = spool(inp, "e-mail message")
    try:
        try:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        except Exception as exc:
            raise ExtractError(reason(exc, "unreadable e-mail message")) from None
        head = []
        for h in HEADERS:
            for v in msg.get_all(h, []) or []:
                try:
                    head.append(f"{h}: {v}")
                except Exception:
                    continue
        if head:
            yield TextSegment("\n".join(head), "headers")
        n_att = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            filename = part.get_filename()
            ctype = part.get_content_type()
            disposition = part.get_content_disposition()
            if filename or disposition == "attachment" or not ctype.startswith("text/"):
                if ctype == "message/rfc822" or part.get_content_maintype() == "multipart":
                    continue
                n_att += 1
                try:
                    payload = part.get_payload(decode=True) or b""
                except Exception:
                    yield Problem("error", f"attachment {n_att} could not be decoded")
                    continue
                member = filename or f"attachment-{n_att}"
                yield from extract_child(member.replace("/", "_"), io.BytesIO(payload), len(payload), ctx)
                continue
            try:
                text = part.get_content()
            except Exception:
                payload = part.get_payload(decode=True) or b""
                text = payload.decode("utf-8", "replace")
            if not isinstance(text, str):
                continue
            if ctype == "text/html":
                text = html_to_text(text)
            yield from text_segments(lines(iter([text])), "body")
    finally:
        f.close()
