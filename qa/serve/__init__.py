"""``qa serve``: the local review app where analysts check, correct and dispute verdicts.

- :mod:`qa.serve.app`: the Starlette app and its routes (``create_app``).
- :mod:`qa.serve.auth`: accounts, sessions, CSRF tokens, roles.
- :mod:`qa.serve.db`: the call list and search (FTS5), the review queue, calibration sessions.
- :mod:`qa.serve.views`: the objects templates get, the redaction hook, where audio may come from.

The decisions themselves (overrides, audit trail, disputes, labelled examples) live in
:mod:`qa.review`, so reports, exports and ``qa calibrate --db`` share them without the web app.
"""
