"""Personal data out of everything written for people (docs/privacy.md).

:mod:`qa.redact.detect` finds phone and card numbers, e-mail addresses, national ids, account numbers
given when asked and dates of birth in a text; :mod:`qa.redact.apply` redacts a call, a result and a
ticket with them and masks the same moments in audio.
"""
from qa.redact.detect import KINDS, Pii, find_pii, redact_text

__all__ = ["KINDS", "Pii", "find_pii", "redact_text"]
