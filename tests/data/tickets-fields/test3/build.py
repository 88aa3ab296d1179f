"""Writes the written calls of the third test split (test3/calls), in the format of ../build.py.

Run from the repository root: ``python tests/data/tickets-fields/test3/build.py``. ``p`` is the
turn's word probability the way Whisper base reports it, ``low`` the words heard with less
confidence. The real Tagalog calls of this split are transcribed at evaluation time (never copied).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test3/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    "w3en-01": ("en", "LP-204", None, [
        turn(A, "Lakeside Power, this is Dana, how can I help?", 0.92),
        turn(C, "Hi, the power's been flickering in my whole apartment since last night.", 0.9),
        turn(A, "I'm sorry about that. What's the account number?", 0.93),
        turn(C, "It's seven seven zero, four one two.", 0.88),
        turn(A, "Thanks. And the service address?", 0.94),
        turn(C, "Four one one Oak, that's O A K, Avenue, apartment three.", 0.86),
        turn(A, "Got it, four eleven Oak Avenue. I can't fix this from here, so a technician will call you "
                "back tomorrow between two and four PM to book a visit.", 0.9),
        turn(C, "Okay, two to four tomorrow. Thanks.", 0.91),
        turn(A, "You're welcome, have a good evening.", 0.95),
    ]),
    "w3en-02": ("en", "FB-330", None, [
        turn(A, "First Bay Bank, Omar speaking.", 0.93),
        turn(C, "Hi, my debit card got declined at the grocery store, the one ending six six one zero.", 0.89),
        turn(A, "Let me look. I see a blocked charge of eighty six dollars and forty cents flagged as unusual. "
                "Was that you?", 0.9),
        turn(C, "Yes, that was me.", 0.94),
        turn(A, "Thanks. I've unblocked the debit card, so you can try the purchase again.", 0.92),
        turn(C, "It went through now, thanks.", 0.9),
        turn(A, "Great, anything else? No? Have a good day.", 0.93),
    ]),
    "w3tl-03": ("tl", "PI-118", None, [
        turn(A, "Good afternoon po, Pinoy Insure, si Carla po ito, ano pong maitutulong ko?", 0.84),
        turn(C, "Hello po, magfa-file po sana ako ng claim para sa nabasag na cellphone.", 0.8),
        turn(A, "Sige po. Ano po yung policy number ninyo?", 0.86),
        turn(C, "Siyete dos, singko, uno uno tres po.", 0.78),
        turn(A, "Seven two five one one three, salamat po. Magkano po yung repair?", 0.84),
        turn(C, "Dalawang libo't limang daan po yung singil ng repair shop.", 0.8),
        turn(A, "Okay po, naka-file na po yung claim. Tatawagan po kayo ng adjuster bukas ng alas tres ng hapon.", 0.83),
        turn(C, "Sige po, bukas ng alas tres. Salamat po.", 0.85),
    ]),
    "w3tl-04": ("tl", "SW-552", None, [
        turn(A, "Salamat po sa pagtawag sa SkyWave, si Mark po ito.", 0.85),
        turn(C, "Hi po, wala po kaming internet simula kaninang umaga, pula po yung ilaw ng modem.", 0.8),
        turn(A, "Ano po yung numero ng account ninyo?", 0.86),
        turn(C, "Zero nine one seven, four four two, eight five six one po.", 0.79, {"eight": 0.36}),  # said: three
        turn(A, "Salamat po. May sira po sa linya sa labas, kaya magpapadala po kami ng technician bukas ng "
                "alas dos ng hapon.", 0.83),
        turn(A, "Yung reference number po ninyo ay four four eight two zero one.", 0.84),
        turn(C, "Sige po, four four eight two zero one. Salamat.", 0.82),
    ]),
}

if __name__ == "__main__":
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
