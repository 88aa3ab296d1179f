"""Writes the fourteenth test split's written calls (test14/calls) and every export (test14/exports).

Run from the repository root: ``python tests/data/tickets-fields/test14/build.py``. The six English
calls in test14/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira CSV export with ``Custom field (...)``
columns and the desk's own states named by a mapping) were written from the scripts in build_audio.py
as a careful agent would, not from a transcript. The written calls are in domains the earlier splits
do not use (ice-rink birthday party, sewing-machine repair, firewood delivery, transmission repair,
farm-box subscription; Korean pet hotel, bicycle repair, rental-car extension, spectacle lenses;
Taglish cellphone repair kiosk, hollow-block delivery, water-tank cleaning, pawnshop renewal, gate
fabrication). Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공,
Sino-Korean digits and native clock times, Spanish and Tagalog digits, a misheard surname). ``p`` is a
turn's word probability the way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test14/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w14en-01": ("en", "IR-2", None, [
        turn(A, "Polar Pond Ice Arena, party desk, this is Kyle.", 0.93),
        turn(C, "Hi, I'd like to book a birthday party for my son. Twelve kids, all skating.", 0.9),
        turn(A, "Sure. The party package is eighteen dollars per skater, so two sixteen for twelve, plus "
                "forty for the party room. Two fifty six in total.", 0.88),
        turn(A, "I have Saturday, December nineteenth, one to three p.m. Can I get a name?", 0.91),
        turn(C, "Gail Petrosian.", 0.8, low={"petrosian": 0.36}),
        turn(A, "Thanks, Gail. We take a fifty dollar deposit today, the rest on the day. Best number?", 0.9),
        turn(C, "Six one two, five five five, o three eight four.", 0.85, low={"o": 0.44}),
        turn(A, "Six one two five five five zero three eight four. I'll text you the waiver link tonight; "
                "each parent signs it before the party.", 0.89),
        turn(C, "Perfect, thanks.", 0.95),
    ]),
    "w14en-02": ("en", "SW-5", None, [
        turn(A, "Stitch Doctor sewing machine repair, this is Helen.", 0.93),
        turn(C, "Hi, I dropped off my Bernina on Saturday. It stopped feeding the fabric. Any news?", 0.9),
        turn(A, "Let me look. What's the repair tag number?", 0.94),
        turn(C, "B as in bravo, R, nine oh six two.", 0.87),
        turn(A, "B R nine zero six two. The tech says the feed dogs are out of timing. The estimate is "
                "eighty nine dollars, plus parts if any are needed.", 0.89),
        turn(C, "That's fine, go ahead.", 0.93),
        turn(A, "It'll take seven to ten business days, and we'll call you as soon as it's ready to pick "
                "up.", 0.9),
        turn(C, "Okay, thanks.", 0.95),
    ]),
    "w14en-03": ("en", "FW-1", None, [
        turn(A, "Hearthside Firewood, this is Dale.", 0.93),
        turn(C, "Hi, I'd like two cords of seasoned oak delivered.", 0.91),
        turn(A, "Sure. Two ninety a cord, so five eighty, plus thirty five for delivery, six fifteen in "
                "total. What's the address?", 0.88),
        turn(C, "Twenty two oh seven Quarry Road.", 0.87),
        turn(A, "Twenty two zero seven Quarry Road. I can deliver Tuesday, December eighth, between eight "
                "and noon. Where do you want it stacked?", 0.89),
        turn(C, "Just dump it by the garage, on the left side. Tuesday's fine.", 0.9),
        turn(A, "Okay. Pay the driver, card or check. He'll call when he leaves the yard.", 0.9),
        turn(C, "Sounds good.", 0.95),
    ]),
    "w14en-04": ("en", "TR-7", None, [
        turn(A, "Precision Transmission, service desk, this is Ray.", 0.93),
        turn(C, "Hi, you had my truck in for the diagnostic. It keeps slipping into neutral. What did you "
                "find?", 0.9),
        turn(A, "Can I have the repair order number?", 0.94),
        turn(C, "R O, four seven seven one two.", 0.86),
        turn(A, "R O four seven seven one two. The diagnostic was a hundred twenty dollars, and the clutch "
                "packs are worn. A rebuild is two thousand eight hundred fifty.", 0.88),
        turn(C, "Ouch. You rebuilt it three years ago, though. Isn't that covered?", 0.89),
        turn(A, "Goodwill on an older rebuild needs our service manager's approval, so I'm escalating it "
                "to him. He'll call you back tomorrow by noon.", 0.89),
        turn(C, "Okay, tomorrow by noon.", 0.94),
    ]),
    "w14en-05": ("en", "FB-3", None, [
        turn(A, "Green Acre Farm Box, member services, this is Sam.", 0.93),
        turn(C, "Hi, this is Priya Raman. I want to switch my box from weekly to every other week.", 0.9),
        turn(A, "Sure, Priya. Member number?", 0.94),
        turn(C, "M, two oh, eight one five.", 0.86),
        turn(A, "M two zero eight one five. The large box stays thirty four dollars a box. Every other "
                "week starts Thursday, January seventh.", 0.89),
        turn(A, "You'll get a confirmation e-mail with your new delivery dates today.", 0.9),
        turn(C, "Great, thank you.", 0.95),
    ]),
    # ---------------------------------------------------------------- Korean
    "w14ko-01": ("ko", "PH-1", None, [
        turn(A, "멍냥스테이 반려동물 호텔 상담원 한도윤입니다.", 0.92),
        turn(C, "크리스마스 연휴에 강아지 호텔 예약하려고요. 삼 박이요.", 0.9),
        turn(A, "네, 소형견은 일 박에 사만 오천 원이라 삼 박이면 십삼만 오천 원입니다.", 0.89),
        turn(A, "체크인은 십이월 이십사일 목요일 오후 두 시, 체크아웃은 이십칠일 일요일 오전 열한 시입니다.", 0.88),
        turn(C, "네, 좋아요. 연락처는 공일공, 사칠이팔, 영삼구일이요.", 0.84, low={"영삼구일이요": 0.47}),
        turn(A, "공일공 사칠이팔 공삼구일, 예약됐습니다. 머무는 동안 매일 저녁 사진 보내 드려요.", 0.9),
        turn(C, "감사합니다.", 0.95),
    ]),
    "w14ko-02": ("ko", "BK-4", None, [
        turn(A, "페달하우스 자전거 수리점 오승민입니다.", 0.92),
        turn(C, "맡긴 자전거 변속이 안 된다고 하셨는데 어떻게 됐나요?", 0.9),
        turn(A, "수리번호 말씀해 주시겠어요?", 0.93),
        turn(C, "비 케이 칠 공 사 이요.", 0.85),
        turn(A, "BK7042 확인했습니다. 뒷 변속기를 교체해야 해서 부품 삼만 팔천 원, 공임 만 오천 원, 합해서 오만 삼천 "
                "원입니다.", 0.89),
        turn(C, "네, 진행해 주세요.", 0.94),
        turn(A, "이번 주 토요일 오후 다섯 시 이후에 찾으러 오시면 되고, 수리 끝나면 문자 드리겠습니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w14ko-03": ("ko", "RC-6", None, [
        turn(A, "바람렌터카 제주지점 강하늘입니다.", 0.92),
        turn(C, "차 반납을 이틀 연장하고 싶은데요. 예약번호는 팔팔 삼공 일구예요.", 0.88),
        turn(A, "883019 확인했습니다. 하루 육만 이천 원이라 이틀이면 십이만 사천 원 추가되고, 반납은 십이월 칠일 월요일 "
                "오전 열 시가 됩니다.", 0.89),
        turn(A, "다만 성수기 연장은 지점장 승인이 필요해서 지점장님께 넘기겠습니다. 한 시간 안에 지점장님이 전화 "
                "드릴 거예요.", 0.89),
        turn(C, "네, 기다릴게요.", 0.95),
    ]),
    "w14ko-04": ("ko", "OP-2", None, [
        turn(A, "밝은눈 안경원 상담실장 문서현입니다.", 0.92),
        turn(C, "안경 렌즈를 누진 렌즈로 바꾸고 싶어요. 테는 그대로 쓰고요.", 0.9),
        turn(A, "네, 누진 렌즈 양쪽 이십팔만 원입니다. 성함이 어떻게 되세요?", 0.89),
        turn(C, "박서윤이요.", 0.9),
        turn(A, "박서윤 고객님, 렌즈 주문 넣으면 다음 주 수요일 십이월 구일 오후 세 시 이후에 찾으러 오시면 됩니다.", 0.88),
        turn(C, "네, 수요일 오후에 갈게요.", 0.94),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w14tl-01": ("tl", "CP-3", None, [
        turn(A, "FixMo Cellphone Repair kiosk, si Jomar po.", 0.91),
        turn(C, "Kuya, basag yung LCD ng phone ko, magkano po magpapalit?", 0.88),
        turn(A, "LCD replacement po dalawang libo't walong daan, tapos tempered glass tres siyentos. Tatlong "
                "libo't isang daan po lahat.", 0.86),
        turn(C, "Sige po, iwan ko na.", 0.92),
        turn(A, "Claim stub niyo po, C P, sero siyete kuwatro uno. Balik po kayo bukas, alas kuwatro ng hapon.",
             0.84, low={"sero": 0.45}),
        turn(C, "C P zero seven four one, bukas alas kuwatro. Salamat po.", 0.89),
    ]),
    "w14tl-02": ("tl", "HB-8", None, [
        turn(A, "Matibay Hollow Blocks and Construction Supply, si Lito po.", 0.91),
        turn(C, "Mag-o-order po ako ng limang daang hollow blocks, yung four inches.", 0.88),
        turn(A, "Labing-apat na piso po bawat isa, pitong libo po. Plus delivery fee singko siyentos, pitong "
                "libo't limang daan po lahat.", 0.86),
        turn(A, "Delivery po Sabado, December twelve, alas otso ng umaga. Contact number po?", 0.89),
        turn(C, "Zero nine one eight, dos tres siyete, singko sero sero uno.", 0.83),
        turn(A, "Zero nine one eight, two three seven, five zero zero one po. Cash on delivery po.", 0.89),
    ]),
    "w14tl-03": ("tl", "WT-4", None, [
        turn(A, "Linis Tangke Services, si Mae po.", 0.91),
        turn(C, "Magpapalinis po sana kami ng dalawang water tank, yung sa bubong.", 0.88),
        turn(A, "Isang libo't walong daan po bawat tangke, tatlong libo't anim na raan po lahat.", 0.87),
        turn(A, "Pwede po sa Huwebes, December ten, alas nuwebe ng umaga. Ite-text po kayo ng technician "
                "namin bago siya pumunta.", 0.88),
        turn(C, "Sige po, Huwebes alas nuwebe.", 0.92),
        turn(A, "Ipapadala ko rin po sa email yung checklist bago ang cleaning ngayong gabi.", 0.89),
    ]),
    "w14tl-04": ("tl", "PS-5", None, [
        turn(A, "Ginto Pawnshop, si Ate Rose po.", 0.91),
        turn(C, "Magre-renew po sana ako ng sangla ko, lumampas na po kasi ako ng isang linggo.", 0.88),
        turn(A, "PT number po?", 0.94),
        turn(C, "P T, dos sero, siyete otso siyete.", 0.84),
        turn(A, "P T two zero seven eight seven po. Ang interest po ay isang libo't dalawang daan at singkwenta. "
                "Pero dahil lampas na po sa due date, kailangan po ng approval ng branch manager.", 0.86),
        turn(A, "Ipapasa ko po sa kanya, at tatawagan po kayo bago mag-alas singko ngayong hapon.", 0.88),
        turn(C, "Sige po, hintayin ko.", 0.93),
    ]),
    "w14tl-05": ("tl", "GF-9", None, [
        turn(A, "Bakal Pro Welding and Fabrication, si Jun po.", 0.91),
        turn(C, "Magpapagawa po sana kami ng sliding gate, mga tatlong metro by dalawang metro.", 0.88),
        turn(A, "Mga labing-walong libo't limang daan po yan, fifty percent downpayment. Pupunta po kami para "
                "sumukat sa Lunes, December seven, alas dos ng hapon.", 0.86),
        turn(A, "Ipapadala ko po ang final quotation sa email within twenty four hours pagkatapos ng sukat. "
                "Email niyo po?", 0.88),
        turn(C, "jun dot villareal at gmail dot com.", 0.88),
        turn(A, "jun dot villareal at gmail dot com po. Salamat po.", 0.9),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Contact Number)", "Custom field (Email)",
        "Custom field (Service Address)", "Custom field (Amount)", "Custom field (Appointment)",
        "Custom field (Next Step)"]
_LIFT = "Harbor View condos (property mgr): maintenance contract EL440971 up for renewal end of Dec. "
_TRAILER = ("Boat trailer: left wheel bearing seized on the highway, hub overheated; towed in this morning, "
            "repair ticket TW25838. ")
_BUS = "Stop change after a move: Ethan Moreno, 2nd grade, Maple Elementary, student ID 30722469. "
_SOLAR = ("Solar water heater not heating, controller shows pump fault. Serial SWHB77012, installed 2023: "
          "circulation pump under the 5-yr warranty. Backup element keeps the water warm meanwhile. ")
_BAND = "Student trombone, rent-to-own, for band starting Jan. Acct: Renee Kowalski. Rental RN61044. "
_TREE = "Fraser fir delivery due today missed (our truck broke down), order 5502319. "
JIRA_ROWS = [
    ["AUD14-101", "Waiting for customer", "SL-2", "Maintenance contract renewal", _LIFT + "2 elevators, monthly "
     "inspections, $385/elevator/month = $770/month; annual load test included. New 3-yr term from 1 Jan 2027. "
     "Renewal agreement e-mailed today; cust signs and returns before 12/31.", "", "Contract renewal",
     "EL440971", "", "m.alvarado@harborviewhoa.org", "", "$770.00/month", "2027-01-01",
     "Agreement e-mailed today, signed back by 12/31"],
    ["AUD14-102", "Waiting for customer", "SL-2", "Maintenance contract renewal", "Harbor View condos (property "
     "mgr): maintenance contract up for renewal end of Dec. 2 elevators, monthly inspections; annual load test "
     "included. New 3-yr term from 1 Jan 2027. Renewal agreement e-mailed today; cust signs and returns "
     "before 12/31.", "", "Contract renewal", "EL449071", "", "m.alvarado@harborviewhoa.org", "",
     "$385.00/month", "2027-01-01", "Agreement e-mailed today, signed back by 12/31"],
    ["AUD14-201", "Scheduled", "TM-4", "Seized wheel bearing - hubs + bearings", _TRAILER + "Replace both hubs "
     "and bearings on the axle: $240 parts + $95 labor = $335, approved. Ready Wed 12/9 after 2 PM; we call "
     "the cust when done.", "", "Trailer repair", "TW25838", "904-555-0168", "", "", "$335.00",
     "Wed 12/9 after 2:00 PM", "Call cust when ready"],
    ["AUD14-202", "Scheduled", "TM-4", "Seized wheel bearing - hubs + bearings", _TRAILER + "Replace both hubs "
     "and bearings on the axle: $240 parts + $95 labor = $335, approved.", "", "Trailer repair", "TW25838",
     "904-555-0186", "", "", "$335.00", "", ""],
    ["AUD14-301", "Done", "RT-1", "Bus stop change - route 14", _BUS + "New stop Sycamore & Pine (route 14), "
     "pick-up 7:20 AM from Mon 12/7. Updated in the system; new route card mailed this week.",
     "Stop updated", "Stop change", "30722469", "", "", "1542 Sycamore Drive", "", "Mon 12/7 7:20 AM",
     "Route card mailed this week"],
    ["AUD14-302", "Done", "RT-1", "Bus stop change - route 14", _BUS + "New stop Sycamore & Pine (route 14), "
     "pick-up 7:20 AM from Mon 12/7. Updated in the system; new route card mailed this week.",
     "Stop updated", "Stop change", "30722469", "", "", "1524 Sycamore Drive", "", "Mon 12/7 7:20 AM",
     "Route card mailed this week"],
    ["AUD14-401", "With warranty team", "SB-3", "Pump fault - warranty repair", _SOLAR + "Warranty repair needs "
     "the warranty team's approval of the tech visit: escalated to them; they call the cust back within 2 "
     "business days.", "", "Warranty repair", "SWHB77012", "813-555-0427", "", "", "", "",
     "Warranty team cb within 2 business days"],
    ["AUD14-402", "Done", "SB-3", "Pump fault - warranty repair", _SOLAR + "Circulation pump replaced under "
     "warranty.", "Pump replaced", "Warranty repair", "SWHB77012", "813-555-0427", "", "", "", "", ""],
    ["AUD14-501", "Open", "CM-5", "Trombone rental", _BAND + "$29.50/mo + $8 damage protection = $37.50/mo. "
     "Pick-up Sat 1/9 any time after 10 AM.", "", "Instrument rental", "RN61044", "", "", "", "$37.50/month",
     "Sat 2027-01-09 after 10:00 AM", "Pick-up Sat after 10 AM"],
    ["AUD14-502", "Open", "CM-5", "Trombone rental", _BAND + "Rent-to-own + damage protection. Pick-up Sat any "
     "time after 10 AM.", "", "Instrument rental", "RN61044", "", "", "", "$29.50/month",
     "Sat 2027-01-16 after 10:00 AM", "Pick-up Sat after 10 AM"],
    ["AUD14-601", "Scheduled", "EA-6", "Missed tree delivery - rescheduled", _TREE + "Redelivery Fri 12/11, "
     "1-3 PM; $25 delivery fee refunded to the card in 3-5 business days. Driver texts when on the way.", "",
     "Delivery issue", "5502319", "", "", "", "$25.00 refund", "Fri 12/11 1:00-3:00 PM",
     "Driver texts on the way; refund 3-5 business days"],
    ["AUD14-602", "Scheduled", "EA-6", "Missed tree delivery - rescheduled", _TREE + "Redelivery Fri 12/11; $25 "
     "delivery fee refunded to the card in 3-5 business days. Driver texts when on the way.", "",
     "Delivery issue", "5502319", "", "", "", "$25.00 refund", "Fri 12/11 3:00-5:00 PM",
     "Driver texts on the way; refund 3-5 business days"],
]
JIRA_MAPPING = """\
# The spoken calls' Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: audio14-jira
system: jira
status_values:
  Scheduled: open
  With warranty team: escalated
"""


# ---------------------------------------------------------------- English written calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-01T14:00:00Z", **cf)


_RINK = "Bday party, 12 skaters, Sat 12/19 1-3 PM. $50 deposit today, rest on the day. "
_SEW = "Bernina dropped off Sat, not feeding fabric. Tag BR9062. Feed dogs out of timing. "
_WOOD = "2 cords seasoned oak. Dump by the garage, left side. Pay driver (card/check). "
_TRANS = ("Truck slipping into neutral; diag done ($120), RO47712: clutch packs worn, rebuild $2,850. Cust "
          "says we rebuilt it ~3 yrs ago, asks for goodwill. ")
_FARM = "Large box weekly -> every other week, $34/box unchanged. Member M20815. "
FRESHDESK = [
    _fd(14011, 2, "IR-2", "Bday party Sat 12/19", _RINK + "Cust Gail Petrosyan. 12 x $18 + room $40. Waiver "
        "link txt to cust tonight, each parent signs before the party.", "Party booking",
        customer_name="Gail Petrosyan", phone="+1 612 555 0384", total="$256.00", schedule="Sat 12/19 1-3 PM",
        next_action="Txt waiver link tonight"),
    _fd(14012, 2, "IR-2", "Bday party Sat 12/19", _RINK + "Cust Gail Petrosyan. Waiver link txt to cust tonight, "
        "each parent signs before the party.", "Party booking", customer_name="Gail Petrosyan",
        phone="+1 612 555 0384", total="$216.00", schedule="Sat 12/19 1-3 PM", next_action="Txt waiver link tonight"),
    _fd(14021, 3, "SW-5", "Repair approved - timing", _SEW + "Est $89 + parts if needed, cust approved. 7-10 "
        "business days; we call cust when ready for pick-up.", "Repair", ref_no="BR9062", total="$89.00 + parts",
        next_action="cb when ready (7-10 bus. days)"),
    _fd(14022, 3, "SW-5", "Repair approved - timing", _SEW + "Est $89 + parts if needed, cust approved.", "Repair",
        ref_no="BR9062", total="$89.00 + parts", next_action=""),
    _fd(14031, 2, "FW-1", "Firewood delivery 2 cords", _WOOD + "2 x $290 + $35 delivery = $615. Driver calls "
        "when leaving the yard.", "Delivery", address="2207 Quarry Road", total="$615.00",
        schedule="Tue 12/8 8 AM-12NN", next_action="Driver calls when leaving"),
    _fd(14032, 2, "FW-1", "Firewood delivery 2 cords", _WOOD + "2 x $290 + $35 delivery = $615. Driver calls "
        "when leaving the yard.", "Delivery", address="2270 Quarry Road", total="$615.00",
        schedule="Wed 12/8 8 AM-12NN", next_action="Driver calls when leaving"),
    _fd(14041, 6, "TR-7", "Rebuild goodwill - svc mgr", _TRANS + "Goodwill needs svc mgr approval: escalated to "
        "him, he cb cust tomorrow by 12NN. Pls adv cust of decision.", "Warranty / goodwill", ref_no="RO47712",
        total="$2,850.00", next_action="Svc mgr cb tmrw by 12NN"),
    _fd(14042, 4, "TR-7", "Rebuild quoted", _TRANS + "Rebuild quoted, cust informed.", "Warranty / goodwill",
        ref_no="RO47721", total="$2,850.00", next_action=""),
    _fd(14051, 4, "FB-3", "Switch to biweekly", _FARM + "Every other week from Thu 1/7. Confirmation e-mail w/ "
        "new delivery dates sent today.", "Subscription change", customer_name="Priya Raman", ref_no="M20815",
        total="$34.00/box", schedule="Thu 2027-01-07", next_action="Confirmation e-mail today"),
    _fd(14052, 4, "FB-3", "Switch to biweekly", _FARM + "Every other week from Thu 1/7. Confirmation e-mail w/ "
        "new delivery dates sent today.", "Cancellation", customer_name="Priya Ramos", ref_no="M20815",
        total="$34.00/box", schedule="Thu 2027-01-07", next_action="Confirmation e-mail today"),
]
FRESHDESK_MAPPING = """\
# The English desk's Freshdesk JSON export: the built-in Freshdesk mapping; the custom fields named by
# what they hold, and state 6 ("Waiting on Service Mgr", a custom Freshdesk state) read as escalated.
# cf_customer_name is kept under its own name.
name: en14-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "6": escalated
extra_fields:
  reference: custom_fields.cf_ref_no
  phone: custom_fields.cf_phone
  address: custom_fields.cf_address
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
DAON = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "고객명", "연락처", "관리번호", "금액", "방문일시",
        "상담유형", "후속조치"]
_PET = "소형견 호텔 3박(12/24~12/27), 1박 45,000원. 체크인 12/24(목) 14:00, 체크아웃 12/27(일) 11:00. 매일 저녁 사진 발송."
_BIKE = "변속 불량: 뒷 변속기 교체. 부품 38,000원 + 공임 15,000원 = 53,000원, 고객 승인. "
_CAR = "반납 2일 연장 요청, 1일 62,000원 x 2 = 124,000원 추가. 반납 12/7(월) 오전 10시로 변경 요청. "
_GLASS = "누진 렌즈 교체(테 그대로), 양쪽 280,000원. 렌즈 주문. "
DAON_ROWS = [
    ["DA14-101", "접수", "PH-1", "연휴 호텔 예약", _PET, "", "", "010-4728-0391", "", "135,000원", "12월 24일(목) 14:00",
     "호텔 예약", "매일 저녁 사진"],
    ["DA14-102", "접수", "PH-1", "연휴 호텔 예약", _PET, "", "", "010-4728-0391", "", "45,000원", "12월 24일(목) 14:00",
     "호텔 예약", "매일 저녁 사진"],
    ["DA14-201", "진행중", "BK-4", "뒷 변속기 교체", _BIKE + "이번 주 토요일(12/5) 17시 이후 수령, 완료 시 문자.", "", "",
     "", "BK7042", "53,000원", "12/5(토) 17:00 이후", "수리", "완료 시 문자"],
    ["DA14-202", "진행중", "BK-4", "뒷 변속기 교체", _BIKE, "", "", "", "BK7024", "53,000원", "", "수리", ""],
    ["DA14-301", "이관", "RC-6", "반납 연장(지점장 승인)", _CAR + "성수기 연장은 지점장 승인 필요: 지점장 이관, 1시간 내 "
     "지점장 전화.", "", "", "", "883019", "124,000원", "12/7(월) 10:00", "대여 연장", "지점장 1시간 내 전화"],
    ["DA14-302", "완료", "RC-6", "반납 연장", _CAR + "연장 처리.", "연장 완료", "", "", "883019", "124,000원",
     "12/7(월) 10:00", "대여 연장", ""],
    ["DA14-401", "접수", "OP-2", "누진 렌즈 교체", _GLASS + "12/9(수) 15시 이후 수령.", "", "박서윤", "", "",
     "280,000원", "12월 9일(수) 15:00 이후", "렌즈 교체", "수요일 오후 수령"],
    ["DA14-402", "접수", "OP-2", "누진 렌즈 교체", _GLASS + "15시 이후 수령.", "", "박서윤", "", "", "280,000원",
     "12월 9일(목) 15:00 이후", "안경테 수리", "수요일 오후 수령"],
]
DAON_MAPPING = """\
# The Daon desk's Korean CSV export (CP949, as Korean Excel saves it). 상담유형 is the category; the
# other columns not named here (고객명, 연락처, 관리번호, 금액, 방문일시, 후속조치) are kept as structured fields.
name: daon14
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


# ---------------------------------------------------------------- Taglish written calls: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    return base.servicenow_record(number, state, agent, short, text, category, "2026-12-01 16:00:00", close_notes,
                                  **u)


_PHONE = "Basag na LCD. LCD replacement PHP 2,800 + tempered glass PHP 300. Claim stub CP0741. "
_BLOCKS = "500 pcs hollow blocks 4\" @ PHP 14 = PHP 7,000 + delivery PHP 500. COD. "
_TANK = "2 roof water tanks @ PHP 1,800 = PHP 3,600. Thu Dec 10, 9:00 AM. "
_PAWN = "Renewal ng sangla, PT20787, 1 week past due. Interest PHP 1,250. "
_GATE = "Sliding gate approx 3 m x 2 m, approx PHP 18,500, 50% DP. Sukat visit Mon Dec 7, 2:00 PM. "
SERVICENOW = {"result": [
    _sn("INC1401011", "Open", "CP-3", "LCD replacement", _PHONE + "Total PHP 3,100. Balik bukas 4:00 PM.",
        "Phone repair", claim_stub="CP0741", amount="PHP 3,100.00", schedule="2026-12-02 4:00 PM"),
    _sn("INC1401012", "Open", "CP-3", "LCD replacement", _PHONE + "Balik bukas 4:00 PM.", "Phone repair",
        claim_stub="CP0741", amount="PHP 2,800.00", schedule="2026-12-02 4:00 PM"),
    _sn("INC1402021", "Open", "HB-8", "Hollow blocks delivery", _BLOCKS + "Total PHP 7,500. Sat Dec 12, 8:00 AM.",
        "Delivery", contact_no="+63 918 237 5001", amount="PHP 7,500.00", schedule="Sat 2026-12-12 8:00 AM"),
    _sn("INC1402022", "Open", "HB-8", "Hollow blocks delivery", _BLOCKS + "Total PHP 7,500. Sat Dec 12, 8:00 AM.",
        "Delivery", contact_no="+63 918 237 5010", amount="PHP 7,500.00", schedule="Sat 2026-12-12 8:00 AM"),
    _sn("INC1403031", "Open", "WT-4", "Water tank cleaning x2", _TANK + "Tech texts cust bago pumunta; checklist "
        "e-mailed tonight.", "Tank cleaning", amount="PHP 3,600.00", schedule="Thu 2026-12-10 9:00 AM",
        next_action="Email checklist tonight; tech texts before visit"),
    _sn("INC1403032", "Open", "WT-4", "Water tank cleaning x2", _TANK, "Tank cleaning", amount="PHP 3,600.00",
        schedule="Thu 2026-12-10 9:00 AM", next_action=""),
    _sn("INC1404041", "Escalated", "PS-5", "Late renewal - for BM approval", _PAWN + "Past due: needs branch "
        "manager approval, forwarded to BM; BM calls cust before 5 PM today.", "Renewal", pt_no="PT20787",
        amount="PHP 1,250.00", next_action="BM cb before 5 PM today"),
    _sn("INC1404042", "Resolved", "PS-5", "Renewal done", _PAWN + "Renewed.", "Renewal", close_notes="Renewed",
        pt_no="PT20787", amount="PHP 1,250.00", next_action=""),
    _sn("INC1405051", "Open", "GF-9", "Sliding gate - sukat", _GATE + "Final quotation e-mailed within 24 hrs "
        "after sukat.", "Gate fabrication", email="jun.villareal@gmail.com", amount="PHP 18,500.00",
        schedule="Mon 2026-12-07 2:00 PM", next_action="Email final quotation within 24 hrs"),
    _sn("INC1405052", "Open", "GF-9", "Sliding gate - sukat", _GATE + "Final quotation e-mailed within 24 hrs "
        "after sukat.", "Window grills", email="jun.villareal@yahoo.com", amount="PHP 18,500.00",
        schedule="Mon 2026-12-07 2:00 PM", next_action="Email final quotation within 24 hrs"),
]}
SERVICENOW_MAPPING = """\
# The Taglish desk's ServiceNow JSON export (display_value objects): the built-in ServiceNow mapping;
# the u_ fields named by what they hold.
name: tl14-servicenow
system: servicenow
extra_fields:
  reference: [u_claim_stub, u_pt_no]
  phone: u_contact_no
  email: u_email
  amount: u_amount
  appointment: u_schedule
  next_step: u_next_action
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio14-jira.csv", JIRA, JIRA_ROWS)
    (exports / "audio14-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_json(exports / "en14-freshdesk.json", FRESHDESK)
    (exports / "en14-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "daon14-cp949.csv", DAON, DAON_ROWS, encoding="cp949")
    (exports / "daon14-mapping.yaml").write_text(DAON_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl14-servicenow.json", SERVICENOW)
    (exports / "tl14-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
