"""Writes the eleventh test split's written calls (test11/calls) and every export (test11/exports).

Run from the repository root: ``python tests/data/tickets-fields/test11/build.py``. The six English
calls in test11/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira CSV export with ``Custom field (...)``
columns) were written from the scripts in build_audio.py as a careful agent would, not from a
transcript. The written calls are in domains the earlier splits do not use (drone repair, horse
boarding, escape room, vending machine refund, bowling league; Korean internet installation, dog
grooming, postpartum care centre, used-phone buyback; Taglish tricycle franchise renewal, internet
cafe tournament booking, tutorial centre, memorial plan, fiesta sound-system rental). Some carry
ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits and native
clock times, Spanish and Tagalog digits, a misheard surname). ``p`` is a turn's word probability the
way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test11/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w11en-01": ("en", "DR-2", None, [
        turn(A, "SkyFix Drone Repair, this is Amir.", 0.93),
        turn(C, "Hi, I sent in my drone last week after a crash and I got an email to call about the quote.",
             0.9),
        turn(A, "Sure. Can I get the name on the repair?", 0.94),
        turn(C, "Nakamora. Ken.", 0.83, low={"nakamora": 0.36}),
        turn(A, "Thanks, Ken. And the serial, to be sure I have the right unit?", 0.93),
        turn(C, "D J, four four, seven o nine, K as in kilo.", 0.85, low={"o": 0.44}),
        turn(A, "D J four four seven zero nine K. The gimbal needs replacing, that's one thirty nine, plus "
                "twenty five for calibration, so one sixty four in total.", 0.89),
        turn(C, "Okay, go ahead.", 0.95),
        turn(A, "Approved. We ship it back in seven to ten business days, once the part arrives.", 0.9),
    ]),
    "w11en-02": ("en", "HB-5", None, [
        turn(A, "Willow Run Stables, this is Dana.", 0.93),
        turn(C, "Hi, I'm moving my mare to your barn in January and I want to set up full board.", 0.91),
        turn(A, "Great. Full board is six hundred fifty a month, stall B twelve. Move-in Saturday, January "
                "second, at nine a.m.?", 0.89),
        turn(C, "Saturday the second at nine works. My cell is eight five nine, five five five, oh one three "
                "two.", 0.86, low={"oh": 0.5}),
        turn(A, "Eight five nine, five five five, zero one three two. I'll e-mail you the boarding contract "
                "today; please sign it before move-in, with her Coggins test.", 0.9),
        turn(C, "Will do, thanks.", 0.95),
    ]),
    "w11en-03": ("en", "ER-1", None, [
        turn(A, "Lockbox Escape Rooms, this is Priya.", 0.93),
        turn(C, "Hi, I want to book the Pharaoh's Tomb room for a birthday. There'll be eight of us.", 0.91),
        turn(A, "Eight players at thirty two dollars each, two fifty six. I have Saturday, December "
                "nineteenth, at seven fifteen p.m.", 0.89),
        turn(C, "Seven fifteen is good. Booking's under Ortega.", 0.9),
        turn(A, "Done, Ortega, booking E R five five two one. Please arrive fifteen minutes early for the "
                "briefing.", 0.9),
        turn(C, "E R five five two one. Thanks!", 0.92),
    ]),
    "w11en-04": ("en", "VM-3", None, [
        turn(A, "Metro Vending Services, this is Rick.", 0.93),
        turn(C, "Hi, the snack machine in the lobby at Harbor Point Tower took my card and didn't drop "
                "anything.", 0.9),
        turn(A, "Sorry about that. There's a sticker on the front with the machine number?", 0.93),
        turn(C, "V M, one o seven three.", 0.86, low={"o": 0.47}),
        turn(A, "V M one zero seven three. How much was it?", 0.93),
        turn(C, "Two seventy five.", 0.9),
        turn(A, "I'll refund the two dollars and seventy five cents to your card, within three business "
                "days, and the route driver checks the spiral on Tuesday.", 0.89),
        turn(C, "Okay, thanks.", 0.95),
    ]),
    "w11en-05": ("en", "BL-4", None, [
        turn(A, "Strike Zone Lanes, league desk, this is Gina.", 0.93),
        turn(C, "Hi, I want to sign up a team for the Tuesday winter league. Four of us.", 0.91),
        turn(A, "Sure. It's eighteen dollars per bowler a week, so seventy two a week for the team. League "
                "starts Tuesday, January fifth, at six thirty.", 0.89),
        turn(C, "One of us is new, can she get a handicap exception for the first weeks?", 0.9),
        turn(A, "That one the league coordinator has to approve, so I'm passing your request to her. She'll "
                "call you back Friday.", 0.89),
        turn(C, "Friday, okay. Team name is The Gutter Gals.", 0.92),
    ]),
    # ---------------------------------------------------------------- Korean
    "w11ko-01": ("ko", "NT-6", None, [
        turn(A, "한빛인터넷 설치 예약센터 박도윤입니다.", 0.92),
        turn(C, "이사 와서 인터넷 새로 설치하려고요. 오백 메가 상품으로요.", 0.9),
        turn(A, "네, 오백 메가는 삼 년 약정에 월 삼만 삼천 원이고 설치비는 무료입니다.", 0.89),
        turn(A, "십이월 십일 목요일 오후 두 시에 기사님 방문 가능하신가요?", 0.9),
        turn(C, "네, 그때 괜찮아요. 연락처는 공일공, 사칠팔삼, 이영공구요.", 0.84, low={"이영공구요": 0.48}),
        turn(A, "공일공 사칠팔삼 이공공구, 예약됐습니다. 기사님이 방문 삼십 분 전에 전화드립니다.", 0.9),
        turn(C, "감사합니다.", 0.95),
    ]),
    "w11ko-02": ("ko", "DG-2", None, [
        turn(A, "몽글몽글 애견미용 예약 도와드릴게요, 김하린입니다.", 0.92),
        turn(C, "토이푸들 전체 미용 예약하려고요. 이름은 한지민이에요.", 0.9),
        turn(A, "한지민 고객님, 푸들 전체 미용은 오만 오천 원이고 발톱 정리는 포함이에요.", 0.89),
        turn(A, "이번 주 토요일, 십이월 십이일 오전 열한 시 어떠세요? 두 시간 정도 걸려요.", 0.9),
        turn(C, "네, 열한 시에 갈게요.", 0.93),
        turn(A, "예약 완료했습니다. 끝나기 삼십 분 전에 문자 드릴게요.", 0.9),
    ]),
    "w11ko-03": ("ko", "PC-8", None, [
        turn(A, "봄날산후조리원 상담실 이서연입니다.", 0.92),
        turn(C, "일월 이십일쯤 출산 예정이라 이 주 예약하려고요.", 0.9),
        turn(A, "일반실 이 주는 이백팔십만 원이고, 예약금 오십만 원 입금하시면 확정됩니다.", 0.89),
        turn(C, "특실로 바꾸면 얼마예요?", 0.9),
        turn(A, "특실 요금은 실장님이 확인해서 내일 오후에 전화로 안내해 드릴 거예요.", 0.89),
        turn(C, "네, 연락 기다릴게요.", 0.95),
    ]),
    "w11ko-04": ("ko", "UP-1", None, [
        turn(A, "폰나라 중고폰 매입센터 정우진입니다.", 0.92),
        turn(C, "갤럭시 에스 이십삼 팔려고요. 흠집 거의 없어요.", 0.89),
        turn(A, "에스 이십삼 이백오십육 기가 에이급이면 매입가 삼십이만 원입니다. 택배 키트를 이틀 안에 보내 드려요.", 0.88),
        turn(C, "좋아요. 연락처는 공일공, 구구이공, 삼일사칠이에요.", 0.86),
        turn(A, "공일공 구구이공 삼일사칠. 도착하면 검수 후 당일 입금해 드립니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w11tl-01": ("tl", "TF-3", None, [
        turn(A, "Magandang umaga po, Tricycle Franchising Office, si Nestor po.", 0.91),
        turn(C, "Magre-renew po sana ako ng prangkisa ng tricycle ko. Body number kuwarenta'y siyete.", 0.86),
        turn(A, "Body number four seven po. Ang renewal fee po ay isang libo't dalawang daan, tapos tatlong "
                "daan yung sticker. Isang libo't limang daan po lahat.", 0.87),
        turn(A, "Dalhin niyo po yung OR CR at lisensya sa Lunes, December fourteen, alas nuwebe ng umaga.", 0.88),
        turn(C, "Sige po, Lunes alas nuwebe. Salamat po.", 0.9),
    ]),
    "w11tl-02": ("tl", "IC-7", None, [
        turn(A, "Level Up Internet Cafe, si Jomar po.", 0.91),
        turn(C, "Pa-reserve po sana ng bente na PC para sa tournament namin, limang oras.", 0.87),
        turn(A, "Bente PCs po, limang oras, bente singko kada oras bawat PC. Dalawang libo't limang daan po "
                "lahat.", 0.86),
        turn(A, "Sabado po, December nineteen, alas una ng hapon hanggang alas sais. Contact number po?", 0.89),
        turn(C, "Zero nine one eight, tres siyete siyete, dos sero sero singko.", 0.82, low={"sero": 0.45}),
        turn(A, "Zero nine one eight, three seven seven, two zero zero five po. Reserved na po.", 0.89),
    ]),
    "w11tl-03": ("tl", "TC-2", None, [
        turn(A, "Bright Minds Tutorial Center, si Teacher Abby po.", 0.91),
        turn(C, "I-e-enroll ko po sana yung anak ko sa reading program, Grade 2 po siya.", 0.88),
        turn(A, "Sige po. Labindalawang sessions po, tatlong libo't anim na raan. Lunes, Miyerkules, Biyernes, "
                "alas kuwatro ng hapon, simula January four.", 0.86),
        turn(C, "Okay po. Magbabayad ako sa unang session.", 0.89),
        turn(A, "Sige po, enrolled na po siya. Salamat po.", 0.9),
    ]),
    "w11tl-04": ("tl", "MP-9", None, [
        turn(A, "Good afternoon po, Everlasting Memorial Plans, si Carmela po.", 0.91),
        turn(C, "Na-lapse po yung plan ng nanay ko, gusto ko po sanang i-reinstate.", 0.88),
        turn(A, "Plan number po?", 0.94),
        turn(C, "M P, sero sero siyete nuwebe tres.", 0.83, low={"sero": 0.46}),
        turn(A, "M P zero zero seven nine three po. Lampas na po ng isang taon, kaya kailangan po ng approval "
                "ng branch manager. Ipapasa ko po sa kanya, at tatawagan niya kayo bukas ng hapon.", 0.87),
        turn(C, "Sige po, hihintayin ko.", 0.92),
    ]),
    "w11tl-05": ("tl", "SS-4", None, [
        turn(A, "DJ Boyet Sounds and Lights, si Boyet po.", 0.91),
        turn(C, "Magre-rent po sana kami ng sound system para sa fiesta, December twenty seven.", 0.88),
        turn(A, "Yung basic package po, apat na libo't limang daan, tapos lights isang libo. Limang libo't "
                "limang daan po lahat. Downpayment dalawang libo.", 0.86),
        turn(A, "Set-up po alas tres ng hapon. I-te-text ko po sa inyo mamaya yung GCash number at "
                "reservation slip.", 0.88),
        turn(C, "Sige po. Purok tres, Barangay San Isidro po kami.", 0.87),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Contact Number)", "Custom field (Email)",
        "Custom field (Service Address)", "Custom field (Amount)", "Custom field (Appointment)",
        "Custom field (Next Step)"]
_POOL = "8 ft slate pool table (Okonkwo), order PT44071. Delivery + install w/ leveling $245. "
_BEE = "Hive frames arrived crushed, most broken; order BK290068 (10 deep frames). Cust keeps the broken ones. "
_FUEL = "Fuel card lost on the dock yesterday; card 7001-22-5890, slip C14. Card suspended. "
_DUCT = "Just moved in, dusty vents. 8 vents x $35 = $280 + dryer vent $49 = $329. "
_RV = ("Class C motorhome, res RV73104. Pick-up Fri 1/8 10 AM, return Mon 1/11. 3 nights x $195 + $90 cleaning "
       "= $675. Cust wants to drive to Baja. ")
_SPA = "Hot tub not heating, panel shows FLO (flow error: filter or pump likely). Service call $89, parts extra. "
JIRA_ROWS = [
    ["AUD11-101", "Scheduled", "CC-2", "Pool table delivery + install", _POOL + "Wed 12/16, arrival 1-4 PM; crew "
     "calls 30 min before.", "", "Delivery & installation", "PT44071", "", "", "1812 Pemberton Court", "$245.00",
     "Wed 2026-12-16 1:00-4:00 PM", "Crew calls 30 min ahead"],
    ["AUD11-102", "Scheduled", "CC-2", "Pool table delivery + install", _POOL + "Wed 12/16; crew calls 30 min "
     "before.", "", "Delivery & installation", "PT44071", "", "", "1821 Pemberton Court", "$245.00",
     "Wed 2026-12-16 9:00 AM-12:00 PM", "Crew calls 30 min ahead"],
    ["AUD11-201", "Done", "GC-7", "Damaged shipment: hive frames", _BEE + "10 replacement frames ship Fri at no "
     "charge; shipping $12.95 refunded to card. Tracking # e-mailed Fri.", "Replacement + shipping refund issued",
     "Damaged in transit", "BK290068", "", "", "", "$12.95", "", "Tracking e-mailed Fri"],
    ["AUD11-202", "Done", "GC-7", "Damaged shipment: hive frames", _BEE + "10 replacement frames ship Fri at no "
     "charge; shipping $12.95 refunded to card. Tracking # e-mailed Fri.", "Replacement + shipping refund issued",
     "Beekeeping class registration", "BK290068", "", "", "", "$12.95", "", "Tracking e-mailed Fri"],
    ["AUD11-301", "In Progress", "BM-4", "Lost fuel card - suspended, reissue", _FUEL + "Replacement "
     "fee $15 billed to slip acct. New card mailed within 5 business days; dock attendant fuels on slip acct "
     "until then.", "", "Fuel card", "7001225890", "", "", "", "$15.00", "", "New card mailed w/in 5 bus. days"],
    ["AUD11-302", "In Progress", "BM-4", "Lost fuel card - suspended, reissue", _FUEL + "Replacement "
     "fee billed to slip acct; dock attendant fuels on slip acct meanwhile.", "", "Fuel card", "7001225890", "",
     "", "", "$25.00", "", ""],
    ["AUD11-401", "Scheduled", "CF-1", "Duct cleaning booked", _DUCT + "Tue 12/15, arrival 8-10 AM.", "",
     "Duct cleaning", "", "+1 415 555 0188", "", "", "$329.00", "Tue 2026-12-15 8:00-10:00 AM", ""],
    ["AUD11-402", "Scheduled", "CF-1", "Duct cleaning booked", _DUCT + "Arrival 8-10 AM.", "", "Duct cleaning",
     "", "+1 415 555 0188", "", "", "$329.00", "Thu 2026-12-15 8:00-10:00 AM", ""],
    ["AUD11-501", "Escalated", "OR-3", "Cross-border trip - needs fleet mgr", _RV + "Mexico needs cross-border "
     "insurance, only the fleet manager can approve: escalated to him; cb tomorrow by 12NN.", "", "Reservation "
     "change", "RV73104", "", "", "", "$675.00", "Fri 2027-01-08 10:00 AM", "Fleet mgr cb tomorrow by noon"],
    ["AUD11-502", "Done", "OR-3", "Cross-border trip approved", _RV + "Cross-border insurance added.",
     "Approved for Baja", "Reservation change", "RV73140", "", "", "", "$675.00", "Fri 2027-01-08 10:00 AM", ""],
    ["AUD11-601", "Scheduled", "BL-6", "Hot tub not heating - tech visit", _SPA + "Tech Thu 12/17, 12-2 PM. "
     "Confirmation e-mailed.", "", "Spa repair", "", "", "k.lindqvist@proton.me", "", "$89.00",
     "Thu 2026-12-17 12:00-2:00 PM", "Confirmation e-mailed"],
    ["AUD11-602", "Scheduled", "BL-6", "Hot tub not heating - tech visit", _SPA + "Tech Thu 12/17, 12-2 PM. "
     "Confirmation e-mailed.", "", "Spa repair", "", "", "k.lindquist@proton.me", "", "$89.00",
     "Thu 2026-12-17 12:00-2:00 PM", "Confirmation e-mailed"],
]


# ---------------------------------------------------------------- English written calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": "2026-12-01T14:00:00Z",
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


_DRONE = "Crash repair quote (Ken Nakamura), serial DJ44709K. Gimbal $139 + calibration $25 = $164; cust approved. "
_HORSE = "Full board for cust's mare, $650/mo, stall B12. Move-in Sat 1/2, 9 AM. Coggins test needed. "
_ESCAPE = "Birthday booking, Pharaoh's Tomb room, booking ER5521 (Ortega). Arrive 15 min early for the briefing. "
_VEND = "Snack machine VM1073, lobby of Harbor Point Tower: charged the card, nothing dropped. "
_BOWL = "Team of 4 (The Gutter Gals) for the Tue winter league: $18/bowler/wk = $72/wk. Starts Tue 1/5, 6:30 PM. "
FRESHDESK = [
    _fd(11101, 3, "DR-2", "Repair quote approved", _DRONE + "Ships back in 7-10 business days once the part "
        "arrives.", "Repair", customer_name="Ken Nakamura", serial="DJ44709K", total="$164.00",
        next_action="Ship back 7-10 bus. days after part"),
    _fd(11102, 3, "DR-2", "Repair quote approved", _DRONE.replace("Gimbal $139 + calibration $25 = $164", "Gimbal replacement + calibration") + "Ships back in "
        "7-10 business days once the part arrives.", "Repair", customer_name="Ken Nakamura", serial="DJ44709K",
        total="$139.00", next_action="Ship back 7-10 bus. days after part"),
    _fd(11201, 2, "HB-5", "Full board from Jan 2", _HORSE + "Boarding contract e-mailed today; cust signs "
        "before move-in.", "New boarder", contact_no="+1 859-555-0132", total="$650.00",
        schedule="Sat 2027-01-02 9:00 AM", next_action="Contract e-mailed today, sign before move-in"),
    _fd(11202, 2, "HB-5", "Full board from Jan 2", _HORSE, "New boarder", contact_no="+1 859-555-0123",
        total="$650.00", schedule="Sat 2027-01-02 9:00 AM", next_action=""),
    _fd(11301, 4, "ER-1", "Booking ER5521 Sat 7:15 PM", _ESCAPE + "8 players x $32 = $256.", "Booking",
        reference="ER5521", players="8", total="$256.00", schedule="Sat 2026-12-19 7:15 PM"),
    _fd(11302, 4, "ER-1", "Booking ER5521 Sat", _ESCAPE + "Players x $32.", "Booking", reference="ER5521",
        players="6", total="$256.00", schedule="Sat 2026-12-19 7:45 PM"),
    _fd(11401, 3, "VM-3", "Refund $2.75 - no vend", _VEND + "Refund $2.75 to card w/in 3 business days; route "
        "driver checks the spiral Tue.", "Refund", reference="VM1073", total="$2.75",
        next_action="Refund w/in 3 bus. days; driver checks Tue"),
    _fd(11402, 3, "VM-3", "Refund $2.75 - no vend", _VEND + "Refund $2.75 to card w/in 3 business days; route "
        "driver checks the spiral Tue.", "Machine installation", reference="VM1073", total="$2.75",
        next_action="Refund w/in 3 bus. days; driver checks Tue"),
    _fd(11501, 6, "BL-4", "League signup - handicap exception pending", _BOWL + "Handicap exception for a new "
        "bowler needs the league coordinator: passed to her, she calls cust back Fri.", "League registration",
        total="$72.00", schedule="Tue 2027-01-05 6:30 PM", next_action="Coordinator cb Fri"),
    _fd(11502, 4, "BL-4", "League signup done", _BOWL + "Team registered, handicap exception granted.",
        "League registration", total="$72.00", schedule="Tue 2027-01-05 6:30 PM", next_action=""),
]
FRESHDESK_MAPPING = """\
# The English desk's Freshdesk JSON export: the built-in Freshdesk mapping; the custom fields named by
# what they hold, and state 6 ("With coordinator", a custom Freshdesk state) read as escalated.
name: en11-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "6": escalated
extra_fields:
  customer_name: custom_fields.cf_customer_name
  serial: custom_fields.cf_serial
  reference: custom_fields.cf_reference
  phone: custom_fields.cf_contact_no
  players: custom_fields.cf_players
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
NURI = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "고객명", "연락처", "금액", "방문일시", "상담유형",
        "후속조치"]
_NET = "500M 인터넷 신규 설치(이사). 3년 약정 월 33,000원, 설치비 무료. "
_DOG = "토이푸들 전체 미용(발톱 정리 포함) 55,000원, 약 2시간. "
_CARE = "1/20 출산 예정, 일반실 2주 2,800,000원. 예약금 500,000원 입금 시 확정. 특실 요금 문의. "
_PHONE = "갤럭시 S23 256GB A급 매입 320,000원. 택배 키트 2일 내 발송, 도착 후 검수 당일 입금. "
NURI_ROWS = [
    ["NR11-101", "접수", "NT-6", "인터넷 설치 예약", _NET + "기사 방문 30분 전 전화.", "", "", "010-4783-2009",
     "월 33,000원", "12월 10일(목) 14:00", "인터넷 설치", "방문 30분 전 기사 전화"],
    ["NR11-102", "접수", "NT-6", "인터넷 설치 예약", _NET + "기사 방문 30분 전 전화.", "", "", "010-4783-2009",
     "월 33,000원", "12월 10일(목) 16:00", "인터넷 설치", "방문 30분 전 기사 전화"],
    ["NR11-201", "접수", "DG-2", "푸들 전체 미용 예약", _DOG + "12/12(토) 11시. 끝나기 30분 전 문자.", "예약 완료",
     "한지민", "", "55,000원", "12월 12일(토) 11:00", "애견 미용", "완료 30분 전 문자"],
    ["NR11-202", "접수", "DG-2", "푸들 전체 미용 예약", _DOG + "12/12(토) 11시. 끝나기 30분 전 문자.", "예약 완료",
     "한지은", "", "55,000원", "12월 12일(토) 11:00", "애견 호텔링", "완료 30분 전 문자"],
    ["NR11-301", "진행중", "PC-8", "조리원 2주 예약 문의", _CARE + "특실 요금은 실장 확인 후 내일 오후 전화 안내.", "",
     "", "", "2,800,000원", "", "조리원 예약", "실장 내일 오후 전화"],
    ["NR11-302", "진행중", "PC-8", "조리원 2주 예약 문의", _CARE + "예약금 입금 대기.", "", "", "", "2,800,000원", "",
     "조리원 예약", ""],
    ["NR11-401", "진행중", "UP-1", "S23 매입 접수", _PHONE, "", "", "010-9920-3147", "320,000원", "", "중고폰 매입",
     "택배 키트 2일 내 발송"],
    ["NR11-402", "진행중", "UP-1", "S23 매입 접수", _PHONE, "", "", "010-9920-3174", "320,000원", "", "중고폰 매입",
     "택배 키트 2일 내 발송"],
]
NURI_MAPPING = """\
# The Nuri desk's Korean CSV export (CP949, as Korean Excel saves it). Columns not named here
# (고객명, 연락처, 금액, 방문일시, 상담유형, 후속조치) are kept as structured fields.
name: nuri11
fields:
  ticket_id: 접수번호
  status: 처리상태
  agent_id: 담당
  title: 제목
  description: 상담내용
  resolution: 처리결과
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""


# ---------------------------------------------------------------- Taglish written calls: ServiceNow JSON (u_ fields)
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    record = {"number": number, "state": state, "assigned_to": {"display_value": agent, "value": agent.lower()},
              "short_description": short, "description": text, "close_notes": close_notes, "category": category,
              "opened_at": "2026-12-01 15:00:00"}
    record.update({f"u_{k}": v for k, v in u.items()})
    return record


_TRIKE = "Franchise renewal, tricycle body no. 47. Renewal PHP 1,200 + sticker PHP 300 = PHP 1,500. "
_NETCAFE = "Tournament: 20 PCs x 5 hrs x PHP 25/hr = PHP 2,500. Sat Dec 19, 1:00-6:00 PM. "
_TUTOR = "Grade 2 reading program, 12 sessions, PHP 3,600, MWF 4:00 PM starting Mon Jan 4; pay on 1st session. "
_PLAN = "Mother's memorial plan MP00793 lapsed (over 1 yr); cust asks to reinstate. "
_SOUND = ("Fiesta Dec 27, Purok 3, Brgy. San Isidro: basic sound package PHP 4,500 + lights PHP 1,000 = PHP 5,500; "
          "DP PHP 2,000. Set-up 3:00 PM. ")
SERVICENOW = {"result": [
    _sn("INC1101011", "New", "TF-3", "Franchise renewal - body 47", _TRIKE + "Bring OR/CR + license Mon Dec 14, "
        "9:00 AM.", "Franchise renewal", body_no="47", amount="PHP 1,500.00", scheduled="Mon 2026-12-14 9:00 AM"),
    _sn("INC1101012", "New", "TF-3", "Franchise renewal - body 47", "Franchise renewal, tricycle body no. 47 "
        "(renewal + sticker). Bring OR/CR + license Mon Dec 14, 9:00 AM.", "Franchise renewal", body_no="47",
        amount="PHP 1,200.00", scheduled="Mon 2026-12-14 9:00 AM"),
    _sn("INC1102021", "Resolved", "IC-7", "Tournament reservation 20 PCs", _NETCAFE, "Reservation", "Reserved",
        contact_no="+63 918 377 2005", amount="PHP 2,500.00", scheduled="Sat 2026-12-19 1:00-6:00 PM"),
    _sn("INC1102022", "Resolved", "IC-7", "Tournament reservation 20 PCs", "Tournament: 20 PCs x 5 hrs x PHP "
        "25/hr = PHP 2,500.", "Reservation", "Reserved", contact_no="0918 377 2050", amount="PHP 2,500.00",
        scheduled="Sat 2026-12-19 3:00 PM"),
    _sn("INC1103031", "Resolved", "TC-2", "Enrolment - reading G2", _TUTOR, "Reading program", "Enrolled",
        amount="PHP 3,600.00", scheduled="MWF 4:00 PM from Mon 2027-01-04"),
    _sn("INC1103032", "Resolved", "TC-2", "Enrolment - G2", _TUTOR.replace("reading program", "program"),
        "Math tutorial", "Enrolled", amount="PHP 3,600.00", scheduled="MWF 4:00 PM from Mon 2027-01-04"),
    _sn("INC1104041", "Escalated", "MP-9", "Plan reinstatement - for BM approval", _PLAN + "Needs the branch "
        "manager's approval: endorsed to BM; BM calls cust tomorrow afternoon.", "Plan reinstatement",
        plan_no="MP00793", next_action="BM cb tomorrow PM"),
    _sn("INC1104042", "Resolved", "MP-9", "Plan reinstated", _PLAN + "Plan reinstated.", "Plan reinstatement",
        "Reinstated", plan_no="MP00793"),
    _sn("INC1105051", "New", "SS-4", "Sound system rental Dec 27", _SOUND + "Will text the GCash no. + "
        "reservation slip later today; pls adv once DP sent.", "Equipment rental", amount="PHP 5,500.00",
        scheduled="Sun 2026-12-27 3:00 PM", next_action="Text GCash no. + reservation slip today"),
    _sn("INC1105052", "New", "SS-4", "Sound system rental Dec 27", "Fiesta Dec 27, Purok 3, Brgy. San Isidro: "
        "basic sound package + lights; DP PHP 2,000. Set-up 3:00 PM.", "Equipment rental",
        amount="PHP 4,500.00", scheduled="Sun 2026-12-27 3:00 PM"),
]}


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio11-jira.csv", JIRA, JIRA_ROWS)
    base.write_json(exports / "en11-freshdesk.json", FRESHDESK)
    (exports / "en11-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "nuri11-cp949.csv", NURI, NURI_ROWS, encoding="cp949")
    (exports / "nuri11-mapping.yaml").write_text(NURI_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl11-servicenow.json", SERVICENOW)


if __name__ == "__main__":
    main()
