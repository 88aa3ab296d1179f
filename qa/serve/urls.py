"""How ids appear in the review app's URLs; shared by the app and the static reports that link to it.
No web framework is imported here, so ``qa report`` can link to the app without the serve extra."""
from __future__ import annotations

import base64
import re

_PLAIN_ID = re.compile(r"[A-Za-z0-9._-]+")


def url_id(identifier: str) -> str:
    """An id as one URL path segment: itself when it is plain (letters, digits, . _ -), else "~" and
    its UTF-8 in URL-safe base64, so a "/" or "%" in an id never meets a server's path decoding."""
    text = str(identifier)
    if _PLAIN_ID.fullmatch(text):
        return text
    return "~" + base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def id_from_url(segment: str) -> str:
    """The id a :func:`url_id` segment stands for; ValueError when a "~" segment does not decode."""
    if not segment.startswith("~"):
        return segment
    body = segment[1:]
    try:
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        raise ValueError(f"{segment[:40]!r} is not an id written by qa serve") from None


def app_call_url(app_url: str, call_id: str) -> str:
    """The review page of a call in the app at ``app_url`` (e.g. http://qa.example:8000)."""
    return app_url.rstrip("/") + "/calls/" + url_id(call_id)
