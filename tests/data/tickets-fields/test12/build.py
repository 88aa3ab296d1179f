"""Writes the twelfth test split's written calls (test12/calls) and every export (test12/exports).

Run from the repository root: ``python tests/data/tickets-fields/test12/build.py``. The six English
calls in test12/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira CSV export with ``Custom field (...)``
columns and the desk's own workflow states named by a mapping) were written from the scripts in
build_audio.py as a careful agent would, not from a transcript. The written calls are in domains the
earlier splits do not use (escape room, mattress trial return, dumpster rental, pottery studio, tile
flooring; Korean car-insurance roadside assistance, dry-cleaner lost coat, furniture assembly, piano
academy enrolment; Taglish school uniform order, ukay-ukay online live selling, pet grooming, board
exam review center, house painting). Some carry ASR-like noise a careful analyst forgives ("o" for
zero, 영 for 공, Sino-Korean digits and native clock times, Spanish and Tagalog digits, a misheard
surname). ``p`` is a turn's word probability the way Whisper base reports it; ``low`` the words
heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test12/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w12en-01": ("en", "ER-2", None, [
        turn(A, "Lockbox Escape Rooms, this is Tasha.", 0.93),
        turn(C, "Hi, I want to book the Pharaoh's Vault room for a birthday, eight of us.", 0.9),
        turn(A, "Fun! Can I get a name for the booking?", 0.94),
        turn(C, "Sure, it's Voycheck, Daniel.", 0.83, low={"voycheck": 0.36}),
        turn(A, "Thanks, Daniel. Eight players at thirty two dollars is two fifty six, and the private room fee "
                "is twenty, so two seventy six.", 0.88),
        turn(A, "I have Saturday, January ninth, at seven fifteen p.m.", 0.91),
        turn(C, "Seven fifteen is perfect. Cell is nine one seven, five five five, o three four two.", 0.85,
             low={"o": 0.44}),
        turn(A, "Nine one seven five five five zero three four two. Please arrive fifteen minutes early for the "
                "briefing.", 0.9),
        turn(C, "Will do.", 0.95),
    ]),
    "w12en-02": ("en", "MT-7", None, [
        turn(A, "Cloudrest Mattress, customer care, this is Ben.", 0.93),
        turn(C, "Hi, we're on night sixty of the trial and the mattress is just too firm. I want to return it.",
             0.9),
        turn(A, "No problem, that's within the hundred night trial. What's the order number?", 0.93),
        turn(C, "M T, four o o eight, one five.", 0.84, low={"o": 0.45}),
        turn(A, "M T four zero zero eight one five. You paid eleven forty nine; the pick-up fee is ninety nine, "
                "so the refund is one thousand fifty dollars.", 0.88),
        turn(A, "Pick-up is Thursday, December tenth, between eight and noon. The refund goes back to your card "
                "five to seven business days after pick-up.", 0.89),
        turn(C, "Thursday morning, okay. Thanks.", 0.94),
    ]),
    "w12en-03": ("en", "DR-4", None, [
        turn(A, "Rolloff Pros, dumpster rentals, this is Carl.", 0.93),
        turn(C, "Hi, I'm redoing my kitchen and need a dumpster for about a week.", 0.91),
        turn(A, "A twenty yard is four sixty five for seven days, and the city street permit is thirty five, so "
                "five hundred even.", 0.88),
        turn(C, "Okay. It's ninety two Alder Street.", 0.9),
        turn(A, "Ninety two Alder Street. Drop-off Monday, December fourteenth, in the morning, and we pick it "
                "up Monday the twenty first. No mattresses or paint in it, please.", 0.89),
        turn(C, "Got it, thanks.", 0.95),
    ]),
    "w12en-04": ("en", "PS-1", None, [
        turn(A, "Kiln and Clay Studio, this is Ivy.", 0.93),
        turn(C, "Hi, the studio cancelled two of my wheel-throwing classes when the kiln broke, and I'd like a "
                "refund for those.", 0.9),
        turn(A, "I'm sorry about that. What's your student number?", 0.94),
        turn(C, "K C, two one seven five.", 0.88),
        turn(A, "K C two one seven five. That's two classes at forty two dollars, eighty four dollars. Refunds "
                "need the owner's approval, so I'm sending it to her now; she'll call you back Friday.", 0.88),
        turn(C, "Friday, okay. Thanks.", 0.95),
    ]),
    "w12en-05": ("en", "TF-3", None, [
        turn(A, "Stonecraft Tile and Floor, this is Reggie.", 0.93),
        turn(C, "Hi, I got your estimate for the basement tile and I'd like to go ahead.", 0.9),
        turn(A, "Great. That's four hundred ten square feet at eight dollars, three thousand two hundred eighty, "
                "with a thirty percent deposit, nine eighty four, to hold the date.", 0.87),
        turn(C, "Okay. Can you call me back on my cell? It's plus one, four oh four, five five five, two nine "
                "one six.", 0.86),
        turn(A, "Plus one four zero four, five five five, two nine one six. The installer will come Wednesday, "
                "December sixteenth, at eight to measure and drop off the material.", 0.89),
        turn(C, "Wednesday at eight, sure.", 0.94),
    ]),
    # ---------------------------------------------------------------- Korean
    "w12ko-01": ("ko", "IN-5", None, [
        turn(A, "한결손해보험 긴급출동 서비스 강민호입니다.", 0.92),
        turn(C, "주차장인데 차 배터리가 방전돼서 시동이 안 걸려요.", 0.9),
        turn(A, "차량번호 말씀해 주시겠어요?", 0.93),
        turn(C, "삼사오 나, 칠칠팔일이요.", 0.85),
        turn(A, "삼백사십오 나 칠칠팔일 확인했습니다. 올해 다섯 번 중 두 번째 이용이라 무상이고요, 삼십 분 안에 기사님이 도착합니다.", 0.89),
        turn(C, "연락처는 공일공, 사칠영이, 구삼일팔이요.", 0.84, low={"사칠영이": 0.5}),
        turn(A, "공일공 사칠공이 구삼일팔, 기사님이 출발하면서 전화드립니다.", 0.9),
    ]),
    "w12ko-02": ("ko", "LD-2", None, [
        turn(A, "크린하우스 세탁 고객센터 오지현입니다.", 0.92),
        turn(C, "지난주에 맡긴 겨울 코트를 찾으러 갔는데 없다고 하더라고요.", 0.9),
        turn(A, "정말 죄송합니다. 인수증 번호 말씀해 주세요.", 0.93),
        turn(C, "이 공 육 일 오요.", 0.86),
        turn(A, "이공육일오 확인했습니다. 분실 배상은 구입가 사십팔만 원의 육십 퍼센트, 이십팔만 팔천 원 기준이고요, 본사 배상팀 "
                "승인이 필요해서 배상팀으로 넘기겠습니다. 사흘 안에 배상팀에서 전화드립니다.", 0.88),
        turn(C, "네, 기다릴게요.", 0.95),
    ]),
    "w12ko-03": ("ko", "FA-6", None, [
        turn(A, "짜맞춤 가구조립 서비스 배유나입니다.", 0.92),
        turn(C, "인터넷으로 책장이랑 침대를 샀는데 조립을 부탁드리려고요.", 0.9),
        turn(A, "네, 책장이랑 침대 조립비가 팔만 오천 원, 출장비 만 오천 원 해서 십만 원입니다.", 0.89),
        turn(A, "십이월 십이일 토요일 오후 두 시 괜찮으세요?", 0.9),
        turn(C, "네, 토요일 두 시 좋아요. 주소는 푸른마을 백칠동 천이백삼호예요.", 0.87),
        turn(A, "푸른마을 백칠동 천이백삼호, 예약 완료했습니다. 기사님이 전날 저녁에 확인 문자 드립니다.", 0.9),
    ]),
    "w12ko-04": ("ko", "PA-1", None, [
        turn(A, "도레미 피아노 학원입니다, 원장 임소라예요.", 0.92),
        turn(C, "초등학교 이 학년 딸아이 피아노 등록하려고요.", 0.9),
        turn(A, "네, 주 이 회 화요일 목요일 오후 네 시 반이고요, 월 수강료 십육만 원, 교재비 만 이천 원 따로 있습니다.", 0.88),
        turn(A, "첫 수업은 십이월 팔일 화요일이고, 오늘 저녁에 준비물이랑 교재 목록 문자로 보내 드릴게요.", 0.89),
        turn(C, "네, 감사합니다. 제 번호는 공일공 이팔팔일 영사영칠이에요.", 0.84, low={"영사영칠이에요": 0.47}),
        turn(A, "공일공 이팔팔일 공사공칠, 저장했습니다.", 0.92),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w12tl-01": ("tl", "UN-3", None, [
        turn(A, "Good morning po, Tahi Uniform Center, si Grace po.", 0.91),
        turn(C, "Mag-o-order po ako ng uniform ng anak ko, tatlong set na polo at palda, tapos isang PE.", 0.88),
        turn(A, "Sige po. Anim na raan at singkwenta po bawat set, so isang libo't siyam na raan at singkwenta, "
                "plus PE uniform apat na raan at otsenta. Dalawang libo't apat na raan at tatlumpu po lahat.", 0.86),
        turn(A, "Pick-up po Sabado, December twelve, alas diyes ng umaga. Order number po S U, kuwatro siyete "
                "dos.", 0.88),
        turn(C, "S U four seven two. Sige po, salamat.", 0.9),
    ]),
    "w12tl-02": ("tl", "UK-8", None, [
        turn(A, "Hello po, Thrift Haul PH, si Jen po.", 0.91),
        turn(C, "Nag-mine po ako kagabi sa live, limang items. Paano po yung payment?", 0.88),
        turn(A, "Isang libo't dalawang daan at singkwenta po yung limang items, plus shipping isang daan at "
                "beinte via J&T, isang libo't tatlong daan at sitenta po lahat, COD.", 0.86),
        turn(A, "Ipapadala po namin sa Miyerkules, mga tatlo hanggang limang araw bago dumating. Contact number "
                "po?", 0.88),
        turn(C, "Zero nine one eight, tres otso singko, sero dos siyete kuwatro.", 0.83, low={"sero": 0.47}),
        turn(A, "Zero nine one eight, three eight five, zero two seven four po. Salamat po!", 0.89),
    ]),
    "w12tl-03": ("tl", "PG-5", None, [
        turn(A, "Furbaby Grooming, si Ken po.", 0.91),
        turn(C, "Magpapa-groom po sana ako ng shih tzu ko, full groom tapos tick and flea bath.", 0.88),
        turn(A, "Full groom po walong daan at singkwenta, tick and flea bath dalawang daan. Isang libo't "
                "singkwenta po lahat.", 0.87),
        turn(A, "Linggo po, December thirteen, alas nuwebe ng umaga. Ite-text po namin kayo pag ready na for "
                "pick-up.", 0.88),
        turn(C, "Sige po, Linggo alas nuwebe.", 0.92),
    ]),
    "w12tl-04": ("tl", "RC-2", None, [
        turn(A, "Topnotch Review Center, si Sir Paolo po.", 0.91),
        turn(C, "Magpapa-refund po sana ako, hindi na po ako makaka-attend ng nursing board review, na-deploy "
                "po kasi ako abroad.", 0.87),
        turn(A, "Enrollee number po?", 0.94),
        turn(C, "Uno siyete, sero singko, nuwebe.", 0.83, low={"sero": 0.46}),
        turn(A, "One seven zero five nine po. Yung refund po ng tuition na labinlimang libo ay kailangang "
                "aprubahan ng academic director, kaya ipapasa ko po sa kanya. Ite-text po namin kayo within "
                "three working days.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w12tl-05": ("tl", "HP-6", None, [
        turn(A, "Kulay Bahay Painting Services, si Mang Rudy po.", 0.91),
        turn(C, "Magpapapintura po sana kami ng tatlong kwarto at sala.", 0.88),
        turn(A, "Labor po ay labing-walong libo para sa tatlong kwarto at sala, hiwalay po ang pintura. Pupunta "
                "po yung foreman namin sa Huwebes, alas tres ng hapon, para sukatin.", 0.86),
        turn(A, "Tapos ipapadala niya po yung quotation ng materials hanggang Biyernes.", 0.88),
        turn(C, "Sige po. Blk seven, Lot twelve, Sampaguita Street po kami.", 0.87),
        turn(A, "Block seven, Lot twelve, Sampaguita Street po. Salamat po.", 0.9),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Jira CSV
# Custom field (...) columns kept under their names; the desk's own workflow states named by a mapping.
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Contact Number)", "Custom field (Email)",
        "Custom field (Amount)", "Custom field (Appointment)", "Custom field (Service Address)",
        "Custom field (Next Step)"]
_YACHT = ("Okonkwo party, booking YC20491: sunset cruise moved from Sat 22 May to the following Sat. Cruise $1,450 "
          "+ fuel surcharge $85.50 = $1,535.50; $500 deposit moves with it; balance $1,035.50 due 14 days before "
          "(15 May). ")
_TUX = ("Wedding party, 5 tuxes incl. groom (Windsor pkg $129/tux, groom free w/ 5+): 4 x $129 = $516. Order TX5502. ")
_SOFT = ("Brine tank cracked, salt water on the basement floor. Serial WS910073, installed Mar 2022; tank covered "
         "10 yrs. Cust told to put the unit in bypass. Visit fee ($89) waived under warranty. ")
_SPA = ("Hot tub FLO (flow) error, water cold; cust cleaned the filter yesterday, no change. Diagnostic visit $95, "
        "credited to the repair if cust goes ahead. WO SD77102. ")
_INSP = "Pre-purchase inspection, ~2,200 sq ft, built 1978. Base $425 + radon $150 + sewer scope $175 = $750. "
_WATER = ("Bill $412 (usually ~$60) after an irrigation line leak, now fixed. Acct 301182265. One-time leak "
          "adjustment: half the excess usage credited, $175.40. ")
JIRA_ROWS = [
    ["AUD12-101", "Done", "BT-3", "Charter date change", _YACHT + "New date Sat 29 May, 5:30 PM. Updated "
     "confirmation e-mailed today.", "", "Charter change", "YC20491", "", "", "$1,535.50", "Sat 2027-05-29 5:30 PM",
     "", "Updated confirmation e-mailed today"],
    ["AUD12-102", "Done", "BT-3", "Charter date change", _YACHT + "Same time, 5:30 PM. Updated confirmation "
     "e-mailed today.", "", "Charter change", "YC20491", "", "", "$1,535.50", "Sat 2027-05-22 5:30 PM", "",
     "Updated confirmation e-mailed today"],
    ["AUD12-201", "Booked", "DD-1", "Wedding tux rental x5", _TUX + "Fittings Thu 4/8 6-8 PM; pick-up Fri 4/16; "
     "returns due Mon 4/19 by 12NN. Reminder text the day before the fitting.", "", "Tuxedo rental", "TX5502",
     "312.555.0188", "", "$516.00", "Thu 2027-04-08 6:00-8:00 PM (fitting)", "", "Reminder text day before fitting"],
    ["AUD12-202", "Booked", "DD-1", "Wedding tux rental x5", _TUX.replace(": 4 x $129 = $516", "") + "Fittings "
     "Thu 4/8 6-8 PM; pick-up Fri 4/16; returns due Mon 4/19 by 12NN. Reminder text the day before the fitting.",
     "", "Suit purchase", "TX5502", "312.555.0188", "", "$645.00", "Thu 2027-04-08 6:00-8:00 PM (fitting)", "",
     "Reminder text day before fitting"],
    ["AUD12-301", "With warranty team", "AP-4", "Cracked brine tank - warranty", _SOFT + "Tank replacement needs "
     "the manufacturer's approval: escalated to the warranty team, cb within 2 business days.", "",
     "Warranty claim", "WS910073", "612-555-0430", "", "$0.00", "", "", "Warranty team cb within 2 business days"],
    ["AUD12-302", "Done", "AP-4", "Brine tank replaced", _SOFT + "Tank replaced under warranty.", "Replaced",
     "Warranty claim", "WS910037", "612-555-0430", "", "$0.00", "", "", ""],
    ["AUD12-401", "Booked", "SP-2", "Hot tub no heat (FLO)", _SPA + "Tech visit Tue 1/12, 1-3 PM; tech calls "
     "~30 min before arrival.", "", "Spa repair", "SD77102", "", "", "$95.00", "Tue 2027-01-12 1:00-3:00 PM",
     "1840 Juniper Ct", "Tech calls ~30 min ahead"],
    ["AUD12-402", "Booked", "SP-2", "Hot tub no heat (FLO)", _SPA + "Tech visit Tue 1/12, 1-3 PM.", "",
     "Spa repair", "SD77102", "", "", "$95.00", "Tue 2027-01-12 1:00-3:00 PM", "1480 Juniper Ct", ""],
    ["AUD12-501", "Booked", "KH-6", "Home inspection Wed 2/3", _INSP + "Wed 3 Feb, 9 AM. Report by e-mail "
     "within 24 hrs.", "", "Home inspection", "KH6208", "", "j.whitfield@outlook.com", "$750.00",
     "Wed 2027-02-03 9:00 AM", "", "Report e-mailed within 24 hrs"],
    ["AUD12-502", "Booked", "KH-6", "Home inspection Wed 2/3", "Pre-purchase inspection, ~2,200 sq ft, built 1978, "
     "with radon and sewer scope. Wed 3 Feb, 9 AM. Report by e-mail within 24 hrs.", "", "Home inspection",
     "KH6208", "", "j.whitfield@hotmail.com", "$600.00", "Wed 2027-02-03 9:00 AM", "",
     "Report e-mailed within 24 hrs"],
    ["AUD12-601", "Done", "FW-5", "Leak adjustment credited", _WATER + "Credit on the next bill (dated 20 Jan). "
     "Cust to e-mail the plumber's receipt within 30 days to keep the credit.", "", "Leak adjustment",
     "301182265", "", "", "$175.40", "2027-01-20 (next bill)", "", "Plumber's receipt within 30 days"],
    ["AUD12-602", "Done", "FW-5", "Leak adjustment credited", _WATER + "Credit on the next bill (dated 20 Jan).",
     "", "Meter replacement", "301182265", "", "", "$175.40", "2027-01-20 (next bill)", "", ""],
]
JIRA_MAPPING = """\
# The spoken calls' Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: audio12-jira
system: jira
status_values:
  Booked: open
  With warranty team: escalated
"""

# ---------------------------------------------------------------- English written calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": "2026-12-01T14:00:00Z",
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


_ESCAPE = "Pharaoh's Vault, private, 8 players (birthday). Cust: Daniel Wojcik. "
_MATTRESS = "Mattress too firm, night 60 of the 100-night trial: return. Order MT400815. "
_DUMP = "Kitchen remodel, 20-yd dumpster for 7 days: $465 + city street permit $35 = $500. 92 Alder St. "
_CLAY = "Studio cancelled 2 wheel-throwing classes (kiln broke). Student KC2175. Refund 2 x $42 = $84. "
_TILE = "Basement tile: 410 sq ft x $8 = $3,280; 30% deposit $984 to hold the date. "
FRESHDESK = {"tickets": [
    _fd(12101, 2, "ER-2", "Private room booking x8", _ESCAPE + "8 x $32 = $256 + $20 private room fee = $276. "
        "Sat 1/9 7:15 PM; cust arrives 15 min early for the briefing.", "Booking", contact_no="917-555-0342",
        total="$276.00", schedule="Sat 2027-01-09 7:15 PM", next_action="Arrive 15 min early"),
    _fd(12102, 2, "ER-2", "Private room booking x8", _ESCAPE + "8 x $32 = $256 + $20 private room fee = $276. "
        "Sat 1/9; cust arrives 15 min early for the briefing.", "Booking", contact_no="917-555-0342",
        total="$276.00", schedule="Sat 2027-01-09 7:45 PM", next_action="Arrive 15 min early"),
    _fd(12201, 3, "MT-7", "Trial return - pick-up", _MATTRESS + "Paid $1,149 - $99 pick-up fee = refund $1,050. "
        "Pick-up Thu 12/10, 8 AM-12NN; refund to card 5-7 business days after pick-up.", "Return",
        order_ref="MT400815", total="$1,050.00", schedule="Thu 2026-12-10 8:00 AM-12:00 PM",
        next_action="Refund 5-7 business days after pick-up"),
    _fd(12202, 3, "MT-7", "Trial return - pick-up", _MATTRESS + "Refund $1,050 ($1,149 less $99 pick-up fee).",
        "Return", order_ref="MT400851", total="$1,050.00", schedule="Thu 2026-12-10 8:00 AM-12:00 PM",
        next_action="Pick-up Thu AM"),
    _fd(12301, 2, "DR-4", "20-yd dumpster, 7 days", _DUMP + "Drop-off Mon 12/14 AM, pick-up Mon 12/21. No "
        "mattresses or paint.", "Dumpster rental", total="$500.00", schedule="Mon 2026-12-14 AM - Mon 2026-12-21",
        next_action="Pick-up Mon 12/21"),
    _fd(12302, 2, "DR-4", "20-yd dumpster, 7 days", _DUMP + "Drop-off Mon 12/14 AM, pick-up Mon 12/21. No "
        "mattresses or paint.", "Junk removal", total="$500.00", schedule="Mon 2026-12-14 AM - Mon 2026-12-21",
        next_action="Pick-up Mon 12/21"),
    _fd(12401, 7, "PS-1", "Refund: cancelled classes", _CLAY + "Refunds need the owner's approval: sent to her; "
        "she calls the cust back Fri. Pls adv cust if delayed.", "Refund", order_ref="KC2175", total="$84.00",
        next_action="Owner cb Fri"),
    _fd(12402, 4, "PS-1", "Refund: cancelled classes", _CLAY + "Refund issued to card.", "Refund",
        order_ref="KC2175", total="$84.00", next_action=""),
    _fd(12501, 3, "TF-3", "Basement tile - go ahead", _TILE + "Installer measures + drops off material Wed 12/16, "
        "8 AM. Cust prefers cb on cell.", "Installation", contact_no="+1 404 555 2916", total="$3,280.00",
        schedule="Wed 2026-12-16 8:00 AM", next_action="Installer Wed 12/16 8 AM"),
    _fd(12502, 3, "TF-3", "Basement tile - go ahead", _TILE + "Installer measures + drops off material. Cust "
        "prefers cb on cell.", "Installation", contact_no="+1 404 555 2961", total="$3,280.00",
        schedule="Thu 2026-12-16 8:00 AM", next_action="Installer visit 8 AM"),
]}
FRESHDESK_MAPPING = """\
# The English desk's Freshdesk JSON export: the built-in Freshdesk mapping; state 7 ("With owner", a
# custom Freshdesk state) read as escalated; the custom fields named by what they hold.
name: en12-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "7": escalated
extra_fields:
  phone: custom_fields.cf_contact_no
  reference: custom_fields.cf_order_ref
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
GARAM = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "상담유형", "연락처", "차량번호", "인수증번호", "금액",
         "방문일시", "후속조치"]
_ROAD = "주차장 배터리 방전, 시동 불가. 연 5회 중 2회째 이용(무상). 기사 30분 내 도착, 출발 시 전화. "
_COAT = "지난주 맡긴 겨울 코트 분실. 배상 기준: 구입가 480,000원의 60% = 288,000원. "
_FURN = "책장+침대 조립 예약. 조립비 85,000원 + 출장비 15,000원 = 100,000원. 푸른마을 107동 1203호. "
_PIANO = "초2 여아 피아노 등록. 주 2회 화·목 16:30, 월 수강료 160,000원 + 교재비 12,000원 별도. 첫 수업 12/8(화). "
GARAM_ROWS = [
    ["GR12-101", "진행중", "IN-5", "배터리 방전 긴급출동", _ROAD, "출동 배정", "긴급출동", "010-4702-9318", "345나 7781", "",
     "0원", "", "기사 출발 시 전화"],
    ["GR12-102", "진행중", "IN-5", "배터리 방전 긴급출동", _ROAD, "출동 배정", "긴급출동", "010-4702-9318", "345나 7718", "",
     "0원", "", "기사 출발 시 전화"],
    ["GR12-201", "이관", "LD-2", "코트 분실 배상(배상팀)", _COAT + "배상은 본사 배상팀 승인 필요: 배상팀 이관, 3일 내 배상팀 "
     "전화.", "", "분실 배상", "", "", "20615", "288,000원", "", "배상팀 3일 내 전화"],
    ["GR12-202", "완료", "LD-2", "코트 분실 배상", _COAT + "배상 처리.", "배상 완료", "분실 배상", "", "", "20615",
     "288,000원", "", ""],
    ["GR12-301", "접수", "FA-6", "가구 조립 예약", _FURN + "12/12(토) 오후 2시 방문, 전날 저녁 기사 확인 문자.", "",
     "가구 조립", "", "", "", "100,000원", "12/12(토) 14:00", "전날 저녁 확인 문자"],
    ["GR12-302", "접수", "FA-6", "가구 조립 예약", "책장+침대 조립 예약. 푸른마을 107동 1203호. 전날 저녁 기사 확인 문자.", "",
     "가구 조립", "", "", "", "85,000원", "12/12(토) 16:00", "전날 저녁 확인 문자"],
    ["GR12-401", "접수", "PA-1", "피아노 수강 등록", _PIANO + "오늘 저녁 준비물·교재 목록 문자 발송.", "", "수강 등록",
     "010-2881-0407", "", "", "172,000원", "12/8(화) 16:30", "오늘 저녁 교재 목록 문자"],
    ["GR12-402", "접수", "PA-1", "피아노 수강 등록", _PIANO, "", "수강 등록", "010-2881-0407", "", "", "172,000원",
     "12/8(화) 16:30", ""],
]
GARAM_MAPPING = """\
# The Garam desk's Korean CSV export (CP949, as Korean Excel saves it); 상담유형 is the category.
# Columns not named here (연락처, 차량번호, 인수증번호, 금액, 방문일시, 후속조치) are kept as structured fields.
name: garam12
fields:
  ticket_id: 접수번호
  status: 처리상태
  agent_id: 담당
  title: 제목
  description: 상담내용
  resolution: 처리결과
  category: 상담유형
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""


# ---------------------------------------------------------------- Taglish written calls: ServiceNow JSON (display_value)
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    record = {"number": number, "state": {"display_value": state, "value": state.lower()},
              "assigned_to": {"display_value": agent, "value": agent.lower()},
              "short_description": short, "description": text, "close_notes": close_notes,
              "category": {"display_value": category, "value": category.lower().replace(" ", "_")},
              "opened_at": "2026-12-01 16:00:00"}
    record.update({f"u_{k}": v for k, v in u.items()})
    return record


_UNIF = ("3 sets polo + palda x PHP 650 = PHP 1,950 + 1 PE uniform PHP 480 = PHP 2,430. Order SU472. Pick-up "
         "Sat Dec 12, 10:00 AM. ")
_UKAY = ("Mined 5 items sa live last night: PHP 1,250 + J&T shipping PHP 120 = PHP 1,370 COD. Ship Wed, 3-5 days "
         "bago dumating. ")
_GROOM = "Shih tzu: full groom PHP 850 + tick and flea bath PHP 200 = PHP 1,050. Sun Dec 13, 9:00 AM. "
_REVIEW = ("Enrollee 17059 drops the nursing board review (deployed abroad); asks refund of tuition PHP 15,000. ")
_PAINT = ("3 rooms + sala. Labor PHP 18,000, paint separate. Blk 7 Lot 12 Sampaguita St. Foreman measures Thu "
          "3:00 PM. ")
SERVICENOW = {"result": [
    _sn("INC1210101", "New", "UN-3", "Uniform order SU472", _UNIF, "Uniform order", order_no="SU472",
        amount="PHP 2,430.00", pickup="Sat 2026-12-12 10:00 AM"),
    _sn("INC1210102", "New", "UN-3", "Uniform order SU472", _UNIF.replace(" = PHP 2,430", ""), "Uniform order",
        order_no="SU472", amount="PHP 1,950.00", pickup="Sat 2026-12-12 10:00 AM"),
    _sn("INC1220201", "In Progress", "UK-8", "Live mine - COD order", _UKAY + "Cust cb #: +63 918 385 0274.",
        "Online order", contact_no="+63 918 385 0274", amount="PHP 1,370.00", ship_date="Wed",
        next_step="Ship Wed via J&T, 3-5 days"),
    _sn("INC1220202", "In Progress", "UK-8", "Live mine - COD order", _UKAY, "Online order",
        contact_no="+63 918 385 2074", amount="PHP 1,370.00", ship_date="Wed",
        next_step="Ship Wed via J&T, 3-5 days"),
    _sn("INC1230301", "New", "PG-5", "Groom: shih tzu", _GROOM + "Text owner when ready for pick-up.", "Grooming",
        amount="PHP 1,050.00", schedule="Sun 2026-12-13 9:00 AM", next_step="Text when ready for pick-up"),
    _sn("INC1230302", "New", "PG-5", "Groom: shih tzu", _GROOM.replace("Sun Dec 13", "Dec 13") + "Text owner when "
        "ready for pick-up.", "Pet boarding", amount="PHP 1,050.00", schedule="Sat 2026-12-13 9:00 AM",
        next_step="Text when ready for pick-up"),
    _sn("INC1240401", "Escalated", "RC-2", "Tuition refund - for director", _REVIEW + "Needs the academic "
        "director's approval: forwarded to him; text within 3 working days.", "Refund", enrollee_no="17059",
        amount="PHP 15,000.00", next_step="Text within 3 working days"),
    _sn("INC1240402", "Resolved", "RC-2", "Tuition refunded", _REVIEW + "Refund released.", "Refund",
        close_notes="Refunded", enrollee_no="17059", amount="PHP 15,000.00", next_step=""),
    _sn("INC1250501", "New", "HP-6", "Painting: 3 rooms + sala", _PAINT + "Foreman sends the materials "
        "quotation by Fri.", "Painting", amount="PHP 18,000.00 (labor)", schedule="Thu 3:00 PM (ocular)",
        next_step="Materials quotation by Fri"),
    _sn("INC1250502", "New", "HP-6", "Painting: 3 rooms + sala", _PAINT, "Painting",
        amount="PHP 18,000.00 (labor)", schedule="Thu 3:00 PM (ocular)", next_step=""),
]}


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio12-jira.csv", JIRA, JIRA_ROWS)
    (exports / "audio12-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_json(exports / "en12-freshdesk.json", FRESHDESK)
    (exports / "en12-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "garam12-cp949.csv", GARAM, GARAM_ROWS, encoding="cp949")
    (exports / "garam12-mapping.yaml").write_text(GARAM_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl12-servicenow.json", SERVICENOW)


if __name__ == "__main__":
    main()
