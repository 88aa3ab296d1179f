"""Writes the thirteenth test split's written calls (test13/calls) and every export (test13/exports).

Run from the repository root: ``python tests/data/tickets-fields/test13/build.py``. The six English
calls in test13/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Freshdesk JSON export with ``custom_fields``
named by a mapping's ``extra_fields`` and a custom state) were written from the scripts in
build_audio.py as a careful agent would, not from a transcript. The written calls are in domains the
earlier splits do not use (awning installation, sewing-machine repair, car window tinting, pressure
washing, Christmas-light installation; Korean window-screen fitting, kimchi order, kids-cafe party,
windshield replacement; Taglish piso wifi machine, sari-sari store supplier, motorcycle parts shop,
CCTV installation, home-service massage). Some carry ASR-like noise a careful analyst forgives ("o"
for zero, 영 for 공, Sino-Korean digits and native clock times, Spanish and Tagalog digits, a misheard
surname). ``p`` is a turn's word probability the way Whisper base reports it; ``low`` the words heard
with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test13/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w13en-01": ("en", "AW-3", None, [
        turn(A, "Shadeline Awnings, this is Marco.", 0.93),
        turn(C, "Hi, I got your quote for the retractable awning over the back deck and we'd like to go ahead.",
             0.9),
        turn(A, "Great. Can I confirm the name on the quote?", 0.94),
        turn(C, "Kovalchik, Irene.", 0.82, low={"kovalchik": 0.38}),
        turn(A, "Thanks, Irene. The sixteen foot motorized awning is two thousand one hundred and fifty, the wind "
                "sensor is one eighty, and install is three twenty, so two thousand six hundred fifty in total.",
             0.87),
        turn(A, "We take a fifty percent deposit, thirteen twenty five, and the rest on the install day.", 0.89),
        turn(C, "Okay. When can you put it in?", 0.94),
        turn(A, "Install is Thursday, December seventeenth, starting at nine. The installer calls you the morning "
                "of to confirm.", 0.9),
        turn(C, "Sounds good.", 0.95),
    ]),
    "w13en-02": ("en", "SM-1", None, [
        turn(A, "Stitchworks Sewing Machine Repair, this is Helen.", 0.93),
        turn(C, "Hi, my sewing machine jams the thread every few stitches, and the needle keeps breaking.", 0.9),
        turn(A, "Sounds like the timing is off. What's the serial number under the machine?", 0.92),
        turn(C, "B as in bravo, R, oh six, four four, one nine.", 0.85, low={"oh": 0.46}),
        turn(A, "B R zero six four four one nine. Bring it in and we'll do a timing adjustment and a full service, "
                "that's eighty five dollars, and it's usually ready in five to seven days.", 0.88),
        turn(A, "We'll call you as soon as it's ready.", 0.93),
        turn(C, "Perfect, I'll drop it off tomorrow.", 0.94),
    ]),
    "w13en-03": ("en", "TT-5", None, [
        turn(A, "Coolview Window Tint, this is Jay.", 0.93),
        turn(C, "Hi, I'd like the side and rear windows tinted on my car, the thirty five percent film.", 0.9),
        turn(A, "Sure. For a sedan that's two eighty nine, with a lifetime warranty on the film.", 0.9),
        turn(A, "I have Saturday, December nineteenth, at ten thirty in the morning. It takes about three hours.",
             0.9),
        turn(C, "Ten thirty works. Cell is three one two, five five five, o seven six four.", 0.85,
             low={"o": 0.43}),
        turn(A, "Three one two five five five zero seven six four. Please don't roll the windows down for three "
                "days after.", 0.89),
        turn(C, "Got it, thanks.", 0.95),
    ]),
    "w13en-04": ("en", "PW-2", None, [
        turn(A, "Brightside Pressure Washing, this is Nadia.", 0.93),
        turn(C, "Hi, your crew washed our driveway on Monday and it's left big streaks all over it. I'm not "
                "happy.", 0.9),
        turn(A, "I'm sorry about that. What's the job number on your invoice?", 0.93),
        turn(C, "P W, five one, oh eight, three.", 0.86),
        turn(A, "P W five one zero eight three. A free re-wash needs the operations manager's sign-off, so I'm "
                "escalating it to him now. He'll call you back by Wednesday to set a date.", 0.88),
        turn(C, "By Wednesday. Okay.", 0.94),
    ]),
    "w13en-05": ("en", "XL-4", None, [
        turn(A, "Holiday Glow Lighting, this is Sam.", 0.93),
        turn(C, "Hi, we want the roofline and the two front trees done with white lights this year.", 0.9),
        turn(A, "Roofline is four twenty, the trees are ninety each, so six hundred, and that includes take-down "
                "in January.", 0.88),
        turn(C, "Okay. My number is plus one, three oh three, five five five, four one eight seven.", 0.86),
        turn(A, "Plus one three zero three, five five five, four one eight seven. Install is Friday, December "
                "eleventh. I'll e-mail you the contract tonight; please sign it and send it back by Wednesday.",
             0.88),
        turn(C, "Will do.", 0.95),
    ]),
    # ---------------------------------------------------------------- Korean
    "w13ko-01": ("ko", "BC-2", None, [
        turn(A, "튼튼방충망 시공팀 박서연입니다.", 0.92),
        turn(C, "거실 창이랑 안방 창 방충망을 새로 하고 싶어서요.", 0.9),
        turn(A, "네, 거실 큰 창 하나 팔만 원, 안방 창 하나 오만 오천 원, 합쳐서 십삼만 오천 원입니다.", 0.88),
        turn(A, "십이월 십육일 수요일 오전 열한 시에 방문 가능하세요?", 0.9),
        turn(C, "네, 좋아요. 주소는 한빛아파트 이백삼동 팔백사호예요.", 0.87),
        turn(A, "한빛아파트 이백삼동 팔백사호, 예약됐습니다. 기사님이 방문 한 시간 전에 전화드립니다.", 0.9),
    ]),
    "w13ko-02": ("ko", "KM-6", None, [
        turn(A, "정성김치 주문센터 윤미경입니다.", 0.92),
        turn(C, "김장김치 주문한 거 배송일 확인하려고요. 주문번호는 칠삼영, 구사일이에요.", 0.85, low={"칠삼영": 0.48}),
        turn(A, "칠삼공 구사일, 포기김치 십 킬로 두 박스랑 총각김치 오 킬로 한 박스, 합계 십이만 팔천 원 주문 확인됩니다.", 0.88),
        turn(A, "십이월 십일 목요일에 출고돼서 다음 날 금요일에 받으실 거고요, 출고되면 송장번호 문자로 보내 드릴게요.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w13ko-03": ("ko", "KC-1", None, [
        turn(A, "꿈나무 키즈카페 예약실 정하늘입니다.", 0.92),
        turn(C, "아이 생일파티 룸 예약하려고요. 예약자는 최유진이에요.", 0.9),
        turn(A, "최유진 님, 아이들 몇 명이에요?", 0.93),
        turn(C, "아이 열두 명이랑 어른 여섯 명이요.", 0.9),
        turn(A, "파티룸 두 시간 십오만 원에 아이 추가 인원 이천 원씩 해서, 십이월 이십육일 토요일 오후 세 시로 잡아 드렸어요. "
                "예약금 오만 원 입금하시면 확정 문자 드립니다.", 0.87),
        turn(C, "네, 바로 입금할게요.", 0.95),
    ]),
    "w13ko-04": ("ko", "GL-3", None, [
        turn(A, "한마음 자동차유리 상담원 오준혁입니다.", 0.92),
        turn(C, "고속도로에서 돌이 튀어서 앞유리에 금이 길게 갔어요.", 0.9),
        turn(A, "차량번호 알려 주세요.", 0.94),
        turn(C, "백이십삼 가, 사오육칠이요.", 0.86),
        turn(A, "백이십삼 가 사오육칠. 앞유리 교체는 보험 처리하시려면 보험사 승인이 먼저 필요해서요, 보험 담당 부서로 넘기겠습니다. "
                "내일 오전 중에 담당자가 전화드립니다.", 0.88),
        turn(C, "네, 연락 기다릴게요. 번호는 공일공 구영일이 삼삼팔사예요.", 0.84, low={"구영일이": 0.49}),
        turn(A, "공일공 구공일이 삼삼팔사, 확인했습니다.", 0.92),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w13tl-01": ("tl", "PW-7", None, [
        turn(A, "Hello po, WiFi Hub Piso Vendo, si Carlo po.", 0.91),
        turn(C, "Yung piso wifi machine po namin sa tindahan, ayaw na tumanggap ng barya, binabalik lang po.",
             0.88),
        turn(A, "Ano po yung machine ID sa sticker?", 0.93),
        turn(C, "P V, dos sais, uno kuwatro.", 0.83, low={"sais": 0.47}),
        turn(A, "P V two six one four po. Coin slot po yan, papalitan natin. Pupunta po yung technician namin sa "
                "Huwebes, alas dos ng hapon. Libre po ang labor kasi under warranty pa, yung coin slot lang po, "
                "tatlong daan at singkwenta.", 0.86),
        turn(C, "Sige po, Huwebes ng hapon.", 0.92),
    ]),
    "w13tl-02": ("tl", "SS-3", None, [
        turn(A, "Good morning po, Tindahan Supply Depot, si Mae po.", 0.91),
        turn(C, "Mag-o-order po ako para sa sari-sari store ko: limang kahon ng instant noodles at tatlong case ng "
                "softdrinks.", 0.88),
        turn(A, "Sige po. Instant noodles po walong daan at singkwenta bawat kahon, apat na libo't dalawang daan at "
                "singkwenta. Softdrinks po anim na raan at sitenta bawat case, dalawang libo't sampu. Anim na libo't "
                "dalawang daan at sisenta po lahat.", 0.85),
        turn(A, "Delivery po Sabado ng umaga. COD po, bayad pagdating.", 0.89),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w13tl-03": ("tl", "MP-5", None, [
        turn(A, "Moto Parts Center, si Jun po.", 0.91),
        turn(C, "May stock po ba kayo ng brake pads para sa Click one twenty five?", 0.88),
        turn(A, "Meron po. Part number po ay B P, siyete kuwatro, sero otso. Apat na raan at beinte po.", 0.85,
             low={"sero": 0.46}),
        turn(C, "Sige po, pa-reserve po, kukunin ko bukas.", 0.9),
        turn(A, "Naka-reserve na po hanggang bukas ng alas singko ng hapon. Contact number po?", 0.9),
        turn(C, "Zero nine one seven, dos tres kuwatro, singko seis siyete otso.", 0.84),
        turn(A, "Zero nine one seven, two three four, five six seven eight po. Salamat!", 0.9),
    ]),
    "w13tl-04": ("tl", "CC-8", None, [
        turn(A, "SafeEye CCTV Solutions, si Arnel po.", 0.91),
        turn(C, "Magpapakabit po sana kami ng CCTV sa bahay, apat na camera, dalawa sa labas.", 0.88),
        turn(A, "Sige po. Yung four-camera package po ay labing-walong libo't limang daan, kasama na ang DVR at "
                "isang terabyte na hard drive.", 0.86),
        turn(A, "Pupunta po yung technician namin sa Martes, alas diyes ng umaga, para sa ocular. Tapos ipapadala "
                "po namin yung final na quotation sa email ninyo pagkatapos ng ocular.", 0.87),
        turn(C, "Sige po. Sa Lot nine, Block four, Camia Street po.", 0.88),
        turn(A, "Lot nine, Block four, Camia Street. Salamat po.", 0.91),
    ]),
    "w13tl-05": ("tl", "HM-2", None, [
        turn(A, "Ginhawa Home Service Massage, si Liza po.", 0.91),
        turn(C, "Magpapa-book po sana ako ng dalawang therapist mamayang gabi, sa Antipolo po kami.", 0.88),
        turn(A, "Dalawang Swedish massage po, tig-isang oras, pitong daan bawat isa, isang libo't apat na raan po. "
                "Kaso po yung Antipolo, labas na sa regular area namin, kailangan pa pong aprubahan ng supervisor "
                "ko.", 0.86),
        turn(A, "Ipapasa ko po sa supervisor ngayon, tatawagan po kayo within thirty minutes para i-confirm kung "
                "kaya ng alas siyete ng gabi.", 0.87),
        turn(C, "Sige po, hihintayin ko.", 0.93),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": "2026-12-02T15:00:00Z",
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


_SCAF = ("Ridgeline Builders: hire extended 2 wks @ $385/wk = $770 + extra tower added last wk $95 = $865. "
         "Pick-up moved to Fri 1/15. ")
_LIFT = ("Stair lift stopped halfway up, beeping; cust's mother stuck upstairs. Serial AL92053. Emergency "
         "call-out $125, waived if the fault is under warranty. ")
_SPRINK = "Irrigation blow-out before the freeze, 6 zones $89 + backflow test $45 = $134. 882 Willow Bend Dr. "
_CAKE = ("Wedding cake, 3 tiers lemon/raspberry, serves 120: $640 + delivery & setup $60 = $700. $200 deposit "
         "paid, balance $500 due Sat 5/1. Delivery to venue Sat 5/8. ")
_HITCH = "2019 Tacoma: class III hitch + wiring harness $429 + install $150 = $579. Approx 2 hrs. "
_VIOLIN = ("Son giving up violin: return the rental, stop payments. Agreement 7800416, paid through Dec "
           "($24.95/mo). Return to store by Thu 12/31; Jan charge stopped. ")
FRESHDESK = {"tickets": [
    _fd(13101, 2, "SC-4", "Hire extension + extra tower", _SCAF + "Yard calls cust the day before to confirm "
        "crane access.", "Scaffold hire", contract_no="SH407619", contact_no="720-555-0831", total="$865.00",
        schedule="Fri 2027-01-15 (pick-up)", next_action="Yard cb day before re crane access"),
    _fd(13102, 2, "SC-4", "Hire extension + extra tower", _SCAF.replace(" = $865", "") + "Yard calls cust the day before to confirm "
        "crane access.", "Scaffold hire", contract_no="SH407169", contact_no="720-555-0831", total="$770.00",
        schedule="Fri 2027-01-15 (pick-up)", next_action="Yard cb day before re crane access"),
    _fd(13201, 8, "SL-2", "URGENT: lift stuck halfway, user upstairs", _LIFT + "Escalated to the emergency tech: "
        "cb within the hour, visit today.", "Breakdown", serial_no="AL92053", address="1406 Cedar Hollow Rd",
        total="$125.00", next_action="Emergency tech cb within 1 hr, visit today"),
    _fd(13202, 4, "SL-2", "Lift stuck halfway", _LIFT + "Closed.", "Breakdown",
        serial_no="AL92053", address="1604 Cedar Hollow Rd", total="$125.00", next_action=""),
    _fd(13301, 2, "IR-1", "Sprinkler blow-out, 6 zones", _SPRINK + "Tech texts 30 min before arrival.",
        "Winterization", booking_no="WZ7704", address="882 Willow Bend Dr", total="$134.00",
        schedule="Tue 2026-12-15 1:00-3:00 PM", next_action="Tech texts 30 min ahead"),
    _fd(13302, 2, "IR-1", "Sprinkler blow-out, 6 zones", _SPRINK, "Winterization", booking_no="WZ7704",
        address="882 Willow Bend Dr", total="$134.00", schedule="Thu 2026-12-15 1:00-3:00 PM", next_action=""),
    _fd(13401, 2, "SB-6", "Wedding cake confirmed", _CAKE + "Final design sketch e-mailed tomorrow.", "Custom cake",
        customer_name="Marguerite Delacroix", contact_no="(415) 555-2208", total="$700.00",
        schedule="Sat 2027-05-08 2:00 PM (delivery)", next_action="E-mail design sketch tomorrow"),
    _fd(13402, 2, "SB-6", "Wedding cake confirmed", _CAKE + "Final design sketch e-mailed tomorrow.", "Custom cake",
        customer_name="Margaret Delacroix", contact_no="(415) 555-2208", total="$700.00",
        schedule="Sat 2027-05-08 12:00 PM (delivery)", next_action="E-mail design sketch tomorrow"),
    _fd(13501, 2, "HP-3", "Hitch install - Tacoma", _HITCH + "Booked Wed 12/9 8:30 AM.", "Hitch & towing",
        work_order="HP3381", contact_no="+1 617 555 9042", total="$579.00", schedule="Wed 2026-12-09 8:30 AM",
        next_action=""),
    _fd(13502, 2, "HP-3", "Hitch install - Tacoma", _HITCH + "Booked Wed 12/9 8:30 AM.", "Brake service",
        work_order="HP3381", contact_no="+1 617 555 9024", total="$579.00", schedule="Wed 2026-12-09 8:30 AM",
        next_action=""),
    _fd(13601, 3, "HM-5", "Rental return - violin", _VIOLIN + "$50 damage deposit back to card within 5 business "
        "days after the tech inspects it; return receipt e-mailed.", "Rental return", agreement_no="7800416",
        total="$50.00 (deposit refund)", schedule="Thu 2026-12-31 (return by)",
        next_action="Deposit refund 5 business days after inspection; e-mail receipt"),
    _fd(13602, 3, "HM-5", "Rental return - violin", _VIOLIN, "Rental return", agreement_no="7800416",
        total="$50.00 (deposit refund)", schedule="Sun 2027-01-31 (return by)", next_action=""),
]}
FRESHDESK_MAPPING = """\
# The spoken calls' Freshdesk JSON export: the built-in Freshdesk mapping; state 8 ("With emergency
# tech", a custom Freshdesk state) read as escalated; the custom fields named by what they hold.
name: audio13-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "8": escalated
extra_fields:
  reference: custom_fields.cf_contract_no
  serial: custom_fields.cf_serial_no
  booking: custom_fields.cf_booking_no
  work_order: custom_fields.cf_work_order
  agreement: custom_fields.cf_agreement_no
  phone: custom_fields.cf_contact_no
  address: custom_fields.cf_address
  customer_name: custom_fields.cf_customer_name
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- English written calls: Jira CSV
# Custom field (...) columns kept under their names; the desk's own workflow states named by a mapping.
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Customer)", "Custom field (Reference)", "Custom field (Contact Number)",
        "Custom field (Amount)", "Custom field (Appointment)", "Custom field (Next Step)"]
_AWN = ("Retractable awning over back deck, go-ahead on the quote. 16 ft motorized $2,150 + wind sensor $180 + "
        "install $320 = $2,650. 50% deposit $1,325, rest on install day. ")
_SEW = ("Machine jams thread every few stitches, needles breaking: timing off. Serial BR064419. Timing adjustment "
        "+ full service $85, ready in 5-7 days. Cust drops it off tomorrow. ")
_TINT = "Sedan side + rear windows, 35% film, $289 incl. lifetime film warranty. ~3 hrs. "
_WASH = "Driveway washed Mon, left streaks; cust unhappy. Job PW51083. "
_XMAS = "Roofline $420 + 2 front trees @ $90 = $600, white lights, take-down in Jan incl. Install Fri 12/11. "
JIRA_ROWS = [
    ["XJ-1301", "Scheduled", "AW-3", "Awning install - go ahead", _AWN + "Install Thu 12/17 from 9 AM; installer "
     "calls cust the morning of.", "", "Installation", "Irene Kowalczyk", "", "", "$2,650.00",
     "Thu 2026-12-17 9:00 AM", "Installer cb morning of install"],
    ["XJ-1302", "Scheduled", "AW-3", "Awning install - go ahead", _AWN.replace(" = $2,650", "") + "Install Thu "
     "12/17 from 9 AM; installer calls cust the morning of.", "", "Installation", "Irene Kowalczyk", "", "",
     "$2,150.00", "Thu 2026-12-17 9:00 AM", "Installer cb morning of install"],
    ["XJ-1303", "Open", "SM-1", "Thread jam + broken needles", _SEW + "We call cust when ready.", "", "Repair", "",
     "BR064419", "", "$85.00", "", "Cb when ready"],
    ["XJ-1304", "Open", "SM-1", "Thread jam + broken needles", _SEW + "We call cust when ready.", "",
     "Embroidery order", "", "BR064419", "", "$85.00", "", "Cb when ready"],
    ["XJ-1305", "Scheduled", "TT-5", "Window tint - sedan", _TINT + "Sat 12/19 10:30 AM. No windows down for 3 days "
     "after.", "", "Window tint", "", "", "312-555-0764", "$289.00", "Sat 2026-12-19 10:30 AM",
     "Windows up 3 days after"],
    ["XJ-1306", "Scheduled", "TT-5", "Window tint - sedan", _TINT + "No windows down for 3 days after.", "",
     "Window tint", "", "", "312-555-0764", "$289.00", "Sat 2026-12-19 1:30 PM", "Windows up 3 days after"],
    ["XJ-1307", "With ops manager", "PW-2", "Streaks after driveway wash - re-wash?", _WASH + "Free re-wash needs "
     "the ops manager's sign-off: escalated; he cb by Wed to set a date. Pls adv if no cb.", "", "Complaint",
     "", "PW51083", "", "", "", "Ops mgr cb by Wed"],
    ["XJ-1308", "Done", "PW-2", "Streaks after driveway wash", _WASH + "Re-wash done.", "Re-washed", "Complaint",
     "", "PW51083", "", "", "", ""],
    ["XJ-1309", "Scheduled", "XL-4", "Holiday lights install", _XMAS + "Contract e-mailed tonight; cust signs + "
     "returns by Wed.", "", "Installation", "", "", "+1 303 555 4187", "$600.00", "Fri 2026-12-11",
     "Contract back by Wed"],
    ["XJ-1310", "Scheduled", "XL-4", "Holiday lights install", _XMAS, "", "Installation", "", "",
     "+1 303 555 4817", "$600.00", "Fri 2026-12-11", ""],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: en13-jira
system: jira
status_values:
  Scheduled: open
  With ops manager: escalated
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
DAON = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "상담유형", "고객명", "연락처", "주문번호", "차량번호",
        "금액", "방문일시", "후속조치"]
_SCREEN = "거실 큰 창 방충망 80,000원 + 안방 창 55,000원 = 135,000원. 한빛아파트 203동 804호. "
_KIMCHI = "주문 730941: 포기김치 10kg x 2박스 + 총각김치 5kg x 1박스, 합계 128,000원. 12/10(목) 출고, 12/11(금) 도착. "
_PARTY = "생일파티룸 2시간 150,000원 + 아이 추가 인원 1인 2,000원. 아이 12명, 어른 6명. 12/26(토) 15:00. "
_GLASS = "고속도로 돌 튐, 앞유리 긴 균열. 보험 처리 희망: 보험사 승인 필요. "
DAON_ROWS = [
    ["DO13-101", "접수", "BC-2", "방충망 교체 방문 예약", _SCREEN + "12/16(수) 오전 11시 방문, 방문 1시간 전 기사 전화.", "",
     "방충망 시공", "", "", "", "", "135,000원", "12/16(수) 11:00", "방문 1시간 전 전화"],
    ["DO13-102", "접수", "BC-2", "방충망 교체 방문 예약", _SCREEN + "방문 1시간 전 기사 전화.", "", "방충망 시공", "", "",
     "", "", "135,000원", "12/16(수) 13:00", "방문 1시간 전 전화"],
    ["DO13-201", "완료", "KM-6", "김장김치 배송일 안내", _KIMCHI + "출고 시 송장번호 문자 발송 예정.", "배송일 안내 완료",
     "배송 문의", "", "", "730941", "", "128,000원", "", "출고 시 송장번호 문자"],
    ["DO13-202", "완료", "KM-6", "김장김치 배송일 안내", "포기김치 10kg x 2박스 + 총각김치 5kg x 1박스, 합계 128,000원. "
     "12/10(목) 출고, 12/11(금) 도착. 출고 시 송장번호 문자 발송 예정.", "배송일 안내 완료", "배송 문의", "", "", "730491", "",
     "128,000원", "", "출고 시 송장번호 문자"],
    ["DO13-301", "진행중", "KC-1", "생일파티룸 예약(예약금 대기)", _PARTY + "예약금 50,000원 입금 시 확정 문자.", "",
     "파티룸 예약", "최유진", "", "", "", "50,000원(예약금)", "12/26(토) 15:00", "입금 확인 후 확정 문자"],
    ["DO13-302", "진행중", "KC-1", "생일파티룸 예약(예약금 대기)", _PARTY + "예약금 50,000원 입금 시 확정 문자.", "",
     "놀이시설 안전사고", "최유정", "", "", "", "50,000원(예약금)", "12/26(토) 15:00", "입금 확인 후 확정 문자"],
    ["DO13-401", "이관", "GL-3", "앞유리 교체(보험) - 보험담당 이관", _GLASS + "보험 담당 부서 이관, 내일 오전 중 담당자 전화.",
     "", "유리 교체", "", "010-9012-3384", "", "123가 4567", "", "", "보험 담당 내일 오전 전화"],
    ["DO13-402", "완료", "GL-3", "앞유리 교체(보험)", _GLASS, "처리 완료", "유리 교체", "", "010-9012-3348", "",
     "123가 4567", "", "", ""],
]
DAON_MAPPING = """\
# The Daon desk's Korean CSV export (CP949, as Korean Excel saves it); 상담유형 is the category.
# Columns not named here (고객명, 연락처, 주문번호, 차량번호, 금액, 방문일시, 후속조치) are kept as structured fields.
name: daon13
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

# ---------------------------------------------------------------- Taglish written calls: the desk's own CSV
TL = ["Ticket #", "Status", "Handled by", "Date", "Subject", "Details", "Resolution", "Concern type", "Ref no",
      "Mobile", "Total", "Schedule", "Next action"]
_PISO = ("Piso wifi machine sa tindahan ayaw tumanggap ng barya, binabalik. Machine ID PV2614. Coin slot "
         "papalitan: labor libre (under warranty), coin slot PHP 350. ")
_SARI = ("Order para sa sari-sari store: 5 kahon instant noodles x PHP 850 = PHP 4,250 + 3 case softdrinks x "
         "PHP 670 = PHP 2,010. ")
_MOTO = "Brake pads for Click 125, part no. BP7408, PHP 420. Reserved hanggang bukas 5:00 PM. "
_CCTV = ("4-camera CCTV package (2 outdoor), PHP 18,500 incl. DVR + 1TB HDD. Lot 9 Blk 4 Camia St. Ocular Tue "
         "10:00 AM. ")
_MASS = "2 therapists, Swedish 1 hr x PHP 700 = PHP 1,400, tonight 7:00 PM. Antipolo: outside regular area. "
TL_ROWS = [
    ["PH13-101", "Naka-schedule", "PW-7", "2026-12-02", "Coin slot sira - PV2614", _PISO + "Tech visit Huwebes "
     "2:00 PM.", "", "Machine repair", "PV2614", "", "PHP 350.00", "Thu 2:00 PM", "Tech visit Thu PM"],
    ["PH13-102", "Naka-schedule", "PW-7", "2026-12-02", "Coin slot sira - PV2614", _PISO + "Tech visit 2:00 PM.",
     "", "Machine repair", "PV2614", "", "PHP 350.00", "Fri 2:00 PM", "Tech visit 2:00 PM"],
    ["PH13-201", "Naka-schedule", "SS-3", "2026-12-02", "Store order - noodles + softdrinks", _SARI + "Total PHP "
     "6,260 COD. Delivery Sat AM.", "", "Wholesale order", "", "", "PHP 6,260.00", "Sat AM", "Deliver Sat AM, COD"],
    ["PH13-202", "Naka-schedule", "SS-3", "2026-12-02", "Store order - noodles + softdrinks", _SARI + "COD. "
     "Delivery Sat AM.", "", "Wholesale order", "", "", "PHP 4,250.00", "Sat AM", "Deliver Sat AM, COD"],
    ["PH13-301", "Open", "MP-5", "2026-12-02", "Reserve brake pads - Click 125", _MOTO + "Cust picks up tom.", "",
     "Parts reservation", "BP7408", "0917 234 5678", "PHP 420.00", "", "Pick-up bukas bago 5 PM"],
    ["PH13-302", "Open", "MP-5", "2026-12-02", "Reserve brake pads - Click 125", "Brake pads for Click 125, "
     "PHP 420. Reserved hanggang bukas 5:00 PM. Cust picks up tom.", "", "Engine overhaul", "BP7480",
     "0917 234 5678", "PHP 420.00", "", "Pick-up bukas bago 5 PM"],
    ["PH13-401", "Naka-schedule", "CC-8", "2026-12-02", "CCTV install - ocular", _CCTV + "Final quotation "
     "i-email after ocular.", "", "CCTV installation", "", "", "PHP 18,500.00", "Tue 10:00 AM (ocular)",
     "Email final quotation after ocular"],
    ["PH13-402", "Naka-schedule", "CC-8", "2026-12-02", "CCTV install - ocular", _CCTV, "", "CCTV installation", "",
     "", "PHP 18,500.00", "Tue 10:00 AM (ocular)", ""],
    ["PH13-501", "For approval", "HM-2", "2026-12-02", "Home service 2 pax - Antipolo", _MASS + "Needs supervisor "
     "approval: forwarded; supervisor cb within 30 mins to confirm 7 PM.", "", "Home service booking", "", "",
     "PHP 1,400.00", "Tonight 7:00 PM", "Supervisor cb w/in 30 mins"],
    ["PH13-502", "Closed", "HM-2", "2026-12-02", "Home service 2 pax - Antipolo", _MASS + "Booked, 7 PM.",
     "Booked 7 PM", "Home service booking", "", "", "PHP 1,400.00", "Tonight 7:00 PM", ""],
]
TL_MAPPING = """\
# The Taglish desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold.
name: tl13-desk
fields:
  ticket_id: "Ticket #"
  status: Status
  agent_id: Handled by
  created: Date
  title: Subject
  description: Details
  resolution: Resolution
  category: Concern type
status_values:
  Naka-schedule: open
  Open: open
  For approval: escalated
  Closed: resolved
extra_fields:
  reference: Ref no
  phone: Mobile
  amount: Total
  appointment: Schedule
  next_step: Next action
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio13-freshdesk.json", FRESHDESK)
    (exports / "audio13-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en13-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en13-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "daon13-cp949.csv", DAON, DAON_ROWS, encoding="cp949")
    (exports / "daon13-mapping.yaml").write_text(DAON_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl13-desk.csv", TL, TL_ROWS)
    (exports / "tl13-mapping.yaml").write_text(TL_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
