"""Writes the sixth test split's written calls (test6/calls) and every export (test6/exports).

Run from the repository root: ``python tests/data/tickets-fields/test6/build.py``. The six English
calls in test6/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira CSV) were written from the scripts
in build_audio.py as a careful agent would, not from a transcript. The written calls are in domains
the earlier splits do not use (dry cleaner, office catering, self storage, driving school; Korean
water-purifier rental, flower delivery, campsite, maths academy, optician; Taglish aircon cleaning,
provincial bus, party catering, remittance, condominium maintenance). Some carry ASR-like noise a
careful analyst forgives ("o" for zero, 영 for 공, Spanish and Tagalog digits, a misheard surname).
``p`` is a turn's word probability the way Whisper base reports it; ``low`` the words heard with
less confidence.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test6/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w6en-01": ("en", "PC-4", None, [
        turn(A, "Pressed and Company dry cleaning, Leah speaking.", 0.93),
        turn(C, "Hi, I dropped off a suit on Saturday and picked it up today, but the jacket is missing. Only "
                "the trousers were in the bag.", 0.9),
        turn(A, "I'm so sorry. Do you have the ticket number from the receipt?", 0.94),
        turn(C, "Yes, it's four o seven one two.", 0.85, low={"o": 0.48}),
        turn(A, "Four zero seven one two, a navy two piece suit. The jacket may have gone to our Main Street "
                "store with the weekend batch.", 0.9),
        turn(A, "I'll check with them and call you back tomorrow by noon. Is five four one, five five five, "
                "zero two three three the best number?", 0.91),
        turn(C, "Yes, that's my cell.", 0.92),
        turn(A, "Thank you, and again, sorry for the trouble.", 0.94),
    ]),
    "w6en-02": ("en", "ST-7", None, [
        turn(A, "Saffron Table catering, this is Ravi.", 0.93),
        turn(C, "Hi, I'd like to order lunch for our office on Friday, December eleventh. Forty people.", 0.9),
        turn(A, "Forty boxed lunches for Friday the eleventh. What time should we deliver?", 0.92),
        turn(C, "Eleven thirty, please, to the third floor, four hundred Pine Street.", 0.9),
        turn(A, "Eleven thirty at four hundred Pine Street. That comes to six hundred and twenty dollars. We need "
                "a deposit of one hundred fifty dollars today to confirm.", 0.91),
        turn(C, "Sure, put the deposit on the card on file. The account is C T nine one one eight.", 0.87),
        turn(A, "C T nine one one eight, deposit of one fifty charged. The balance of four hundred seventy is "
                "due on delivery. I'll email you the confirmation.", 0.9),
        turn(C, "Perfect, thanks.", 0.93),
    ]),
    "w6en-03": ("en", "KS-2", None, [
        turn(A, "Keystone Self Storage, this is Mark.", 0.93),
        turn(C, "Hi, this is Anna Kowalsky. My gate code stopped working.", 0.88, low={"kowalsky": 0.44}),
        turn(A, "Let me find you. Which unit are you in?", 0.94),
        turn(C, "Unit B two one four.", 0.89),
        turn(A, "B two one four, the five by ten standard unit, under Anna Kowalski. The codes were reset when "
                "the system updated last night.", 0.9),
        turn(A, "I've set a new code, seven three five zero, and it works right away.", 0.91),
        turn(C, "Seven three five zero. It opened. Thanks!", 0.9),
        turn(A, "Great. Have a good day.", 0.94),
    ]),
    "w6en-04": ("en", "CW-11", None, [
        turn(A, "Clearway Driving School, Tom speaking.", 0.93),
        turn(C, "Hi, I want to book two more lessons for my daughter, Mai Nguyen.", 0.89),
        turn(A, "Sure. What's her student number?", 0.94),
        turn(C, "Five five eight, one zero three.", 0.88),
        turn(A, "Five five eight one zero three. I have Mondays at four thirty: December seventh and December "
                "fourteenth.", 0.91),
        turn(C, "Both, please.", 0.93),
        turn(A, "Booked. Two lessons at fifty five dollars each. And the parent's number for reminders?", 0.92),
        turn(C, "Nine one seven, five five five, zero eight eight two.", 0.87),
        turn(A, "Nine one seven five five five zero eight eight two. You'll get a reminder text the day before "
                "each lesson.", 0.91),
    ]),
    # ---------------------------------------------------------------- Korean
    "w6ko-01": ("ko", "MW-3", None, [
        turn(A, "맑은물 정수기 고객센터 이수진입니다. 무엇을 도와드릴까요?", 0.92),
        turn(C, "정수기 필터 교체 시기가 됐다고 알림이 떠서요.", 0.9),
        turn(A, "고객님 전화번호 말씀해 주시겠습니까?", 0.93),
        turn(C, "공일공 오삼팔일 칠칠이영이요.", 0.84),
        turn(A, "공일공 오삼팔일 칠칠이공, 확인되었습니다. 방문 가능한 날짜가 있으실까요?", 0.9),
        turn(C, "이번 주 목요일 오후에 돼요.", 0.91),
        turn(A, "십이월 삼일 목요일 오후 두 시에 기사님 방문으로 예약해 드렸습니다. 필터 교체 비용은 렌탈료에 포함되어 "
                "있습니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.94),
    ]),
    "w6ko-02": ("ko", "KD-8", None, [
        turn(A, "꽃담 플라워입니다.", 0.93),
        turn(C, "내일 꽃바구니 배달 주문하려고요.", 0.91),
        turn(A, "네, 어떤 상품으로 하시겠어요?", 0.93),
        turn(C, "장미 꽃바구니 중간 사이즈요.", 0.9),
        turn(A, "장미 꽃바구니 중간 사이즈는 육만 오천 원입니다. 받으실 주소 말씀해 주세요.", 0.91),
        turn(C, "서울 마포구 월드컵로 이백십 번지요.", 0.88),
        turn(A, "내일 십이월 일일 오전 열한 시까지 배달해 드리겠습니다. 주문번호는 사 칠 공 구 일입니다.", 0.89),
        turn(C, "네, 사칠영구일. 감사합니다.", 0.86),
    ]),
    "w6ko-03": ("ko", "SC-5", None, [
        turn(A, "숲속캠핑장 예약실 정민호입니다.", 0.92),
        turn(C, "다음 주 토요일 예약을 취소하려고 하는데요, 아이가 아파서요. 예약번호는 씨 에이 팔 삼 이 육이에요.", 0.87),
        turn(A, "씨 에이 팔 삼 이 육, 십이월 십이일 토요일 일박, 오토캠핑 사이트 확인했습니다. 일주일 전 취소라 수수료 "
                "삼십 퍼센트, 이만 천 원이 나옵니다.", 0.89),
        turn(C, "진단서가 있는데 면제 안 될까요?", 0.9),
        turn(A, "면제는 팀장님 승인이 필요해서 팀장님께 넘겨 드리겠습니다. 내일 오전 중으로 팀장님이 직접 전화드릴 "
                "겁니다.", 0.9),
        turn(C, "네, 기다릴게요.", 0.93),
    ]),
    "w6ko-04": ("ko", "HG-2", None, [
        turn(A, "한결수학학원 상담실 최은비입니다.", 0.92),
        turn(C, "중학교 이학년 반 다니는 아이가 이번 달까지만 하고 그만두려고요. 남은 수업료 환불 받을 수 있나요?", 0.89),
        turn(A, "네, 가능합니다. 학생 이름하고 보호자 연락처 말씀해 주세요.", 0.93),
        turn(C, "박지후고요, 공일공 이이사칠 구공일삼이요.", 0.86),
        turn(A, "확인했습니다. 남은 여섯 회 수업료 십팔만 원을 환불해 드리고, 결제하신 카드로 삼에서 오 영업일 안에 "
                "들어갑니다.", 0.9),
        turn(C, "네, 알겠습니다.", 0.94),
    ]),
    "w6ko-05": ("ko", "BN-1", None, [
        turn(A, "밝은눈 안경원입니다.", 0.93),
        turn(C, "지난주에 안경 맞춘 김하운인데요, 언제 나오는지 궁금해서요.", 0.87, low={"김하운인데요": 0.42}),
        turn(A, "김하은 고객님, 누진다초점 렌즈 주문하셨죠. 렌즈가 목요일에 입고될 예정입니다.", 0.9),
        turn(A, "렌즈 들어오면 바로 가공해서, 완성되면 문자로 알려 드리겠습니다.", 0.91),
        turn(C, "네, 감사합니다.", 0.94),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w6tl-01": ("tl", "CB-9", None, [
        turn(A, "Good morning po, CoolBreeze Aircon Services, si Jessa po ito.", 0.9),
        turn(C, "Hi, magpapalinis sana ako ng aircon, dalawang split type.", 0.88),
        turn(A, "Sige po. Para kailan po?", 0.93),
        turn(C, "Pwede ba sa Huwebes, mga alas tres ng hapon?", 0.89),
        turn(A, "Okay po, Huwebes, December three, alas tres ng hapon. Isang libo't limang daan po per unit, so "
                "tatlong libo lahat.", 0.88),
        turn(C, "Sige. Ang number ko ay zero nine one eight, siyete siyete dos, singko kuwatro sero nuwebe.", 0.83,
             low={"sero": 0.51}),
        turn(A, "Zero nine one eight, seven seven two, five four zero nine po. I-text po namin kayo bago pumunta "
                "yung technician.", 0.89),
        turn(C, "Okay, salamat.", 0.94),
    ]),
    "w6tl-02": ("tl", "SL-3", None, [
        turn(A, "Solano Lines reservations, si Mark po.", 0.92),
        turn(C, "Magpapa-book po ako ng dalawang seat papuntang Baguio, December nineteen, Sabado.", 0.88),
        turn(A, "May alas sais ng umaga po at alas diyes. Alin po?", 0.9),
        turn(C, "Yung alas sais.", 0.91),
        turn(A, "Okay po, dalawang seat, Sabado, December nineteen, alas sais ng umaga. Siyete siyentos kada isa, "
                "total isang libo't apat na raan po.", 0.87),
        turn(A, "Booking reference niyo po ay B T L, siyete kuwatro dos nuwebe.", 0.86),
        turn(C, "B T L seven four two nine. Salamat po.", 0.9),
    ]),
    "w6tl-03": ("tl", "LN-6", None, [
        turn(A, "Hello po, Lola Nena's Catering, si Rica po ito.", 0.91),
        turn(C, "Hi, magpapa-cater sana ako para sa seventh birthday ng anak ko, mga fifty pax.", 0.88),
        turn(A, "Sige po. Kailan po at saan?", 0.93),
        turn(C, "December twenty, Linggo, sa clubhouse ng Greenfields, alas onse ng umaga.", 0.88),
        turn(A, "Noted po. Yung kiddie party package po namin ay tatlong daan at limampu per head. Ipapadala ko po "
                "mamaya sa email ninyo yung quotation at menu.", 0.88),
        turn(C, "Okay, hintayin ko.", 0.93),
    ]),
    "w6tl-04": ("tl", "PK-2", None, [
        turn(A, "PadalaKo customer service, si Ben po.", 0.92),
        turn(C, "Hi po, kukunin ko sana yung padala galing Dubai pero sabi sa branch naka-hold daw.", 0.88),
        turn(A, "Pakibigay po yung control number.", 0.93),
        turn(C, "Sero otso, singko singko, dos tres, kuwatro uno.", 0.84),
        turn(A, "Zero eight five five two three four one. Limang libong piso po, naka-hold for compliance review "
                "kasi hindi tugma yung pangalan sa ID.", 0.88),
        turn(A, "Ie-endorse ko po ito sa compliance team. Tatawagan po kayo nila within twenty four hours.", 0.89),
        turn(C, "Sige po, salamat.", 0.94),
    ]),
    "w6tl-05": ("tl", "VH-1", None, [
        turn(A, "Vista Heights admin office, si Carla po.", 0.92),
        turn(C, "Hello, may tulo po yung tubo sa ilalim ng lababo namin sa unit twelve B.", 0.88),
        turn(A, "Sige po, papadalhan namin kayo ng plumber bukas, alas nuwebe ng umaga. Ano po contact number "
                "ninyo?", 0.9),
        turn(C, "Zero nine two seven, apat lima anim, pito walo tatlo isa.", 0.84),
        turn(A, "Zero nine two seven, four five six, seven eight three one po. Walang bayad po ang labor, yung parts "
                "lang kung kailangan.", 0.89),
        turn(C, "Okay, salamat.", 0.94),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Contact Number)", "Custom field (Email)",
        "Custom field (Amount)", "Custom field (Appointment)", "Custom field (Next Step)", "Custom field (Escalated)"]
_SOFA = "Order 4472091 (3-seat sofa, grey): delivery moved from Friday 11 Dec to Tuesday 15 Dec{when}. {more}"
_PARK = ("Citation PC811376 ($45, Elm Street, 27 Nov) although residential permit 22098 covers Elm Street: the "
         "scanner did not read the permit. ")
_COURSE = "Yearly renewal{amount} charged on 28 Nov, two days after the customer cancelled. "
_SHOW = ("Order ST904462: two seats in row G for the Riverside concert, $62.50 each. Payment taken but the tickets "
         "were never issued. ")
_RIDE = ("Airport ride booked for United flight 2471 (departs 9:40): pickup{when} at 82 Willow Court. Fare $38, "
         "paid to the driver. ")
_BIKE = "E-bike battery stopped charging (bike 8 months old, under warranty){serial}. "
JIRA_ROWS = [
    ["AUD6-101", "Done", "OF-2", "Sofa delivery moved", _SOFA.format(
        when=", 1-5 PM", more="The driver calls 30 minutes before arrival on 617-555-0148. No charge for the change."),
     "", "Delivery change", "4472091", "617-555-0148", "", "", "Tue 2026-12-15, 1:00-5:00 PM",
     "Driver calls 30 minutes before arrival", "No"],
    ["AUD6-102", "Done", "OF-2", "Sofa delivery moved", _SOFA.format(
        when="", more="The driver calls 30 minutes before arrival on 617-555-0148. No charge for the change."),
     "", "Delivery change", "4472091", "617-555-0148", "", "", "Tue 2026-12-15, 8:00 AM-12:00 PM",
     "Driver calls 30 minutes before arrival", "No"],
    ["AUD6-201", "Escalated", "BP-5", "Residential permit not read: citation under review", _PARK
     + "Sent to a hearing officer for review; decision by email within 10 business days. Customer told not to pay "
     "while it is under review.", "", "Citation dispute", "PC811376", "", "", "$45.00", "",
     "Hearing officer decision by email within 10 business days", "Yes"],
    ["AUD6-202", "Done", "BP-5", "Residential permit not read: citation cancelled", _PARK
     + "Citation cancelled.", "", "Citation dispute", "PC811376", "", "", "$45.00", "", "", "No"],
    ["AUD6-301", "Done", "LL-3", "Unwanted renewal refunded", _COURSE.format(amount=" of $119.00")
     + "Full $119.00 refunded to the card (5-10 business days); confirmation email sent.", "",
     "Refund", "", "", "r.patel@mailbox.com", "$119.00", "", "Confirmation email sent", "No"],
    ["AUD6-302", "Done", "LL-3", "Unwanted renewal refunded", _COURSE.format(amount="")
     + "Full amount refunded to the card (5-10 business days); confirmation email sent.", "",
     "Refund", "", "", "r.patel@mailbox.com", "$191.00", "", "Confirmation email sent", "No"],
    ["AUD6-401", "Escalated", "ST-8", "Tickets paid, never issued", _SHOW
     + "Escalated to event operations: they call the customer back within 48 hours, before Saturday's show.", "",
     "Tickets not issued", "ST904462", "312-555-0967", "", "$62.50 x 2", "",
     "Event operations calls back within 48 hours", "Yes"],
    ["AUD6-402", "Escalated", "ST-8", "Tickets paid, never issued", _SHOW
     + "Escalated to event operations: they call the customer back within 48 hours, before Saturday's show.", "",
     "Refund request", "ST904462", "312-555-0976", "", "$62.50 x 2", "",
     "Event operations calls back within 48 hours", "Yes"],
    ["AUD6-501", "Done", "GS-1", "Airport ride booked", _RIDE.format(when=" Wednesday 2 Dec, 6:15 AM,")
     + "Text with the driver's name the night before.", "", "Booking", "", "", "", "$38.00", "Wed 2026-12-02, 6:15 AM",
     "Text with the driver's name the night before", "No"],
    ["AUD6-502", "Done", "GS-1", "Airport ride booked", _RIDE.format(when="")
     + "Text with the driver's name the night before.", "", "Booking", "", "", "", "$38.00", "Thu 2026-12-03, 6:15 AM",
     "Text with the driver's name the night before", "No"],
    ["AUD6-601", "Waiting for customer", "VB-4", "Battery not charging: warranty return", _BIKE.format(
        serial=", serial VB345881") + "Prepaid shipping label emailed today; the customer ships the battery and a "
     "replacement "
     "is sent within a week of receipt.", "", "Warranty claim", "VB345881", "", "", "", "",
     "Email the prepaid shipping label today", "No"],
    ["AUD6-602", "Waiting for customer", "VB-4", "Battery not charging: warranty return", _BIKE.format(
        serial="") + "The customer ships the battery; a replacement is sent within a week of receipt.", "",
     "Warranty claim", "VB345818", "", "", "", "", "", "No"],
]

# ---------------------------------------------------------------- English written calls: Zendesk JSON
# Zendesk exports custom fields by numeric id; en6-mapping.yaml names them.
_FIELD_IDS = {"ticket_no": 480101, "account_no": 480102, "phone": 480103, "amount": 480104, "appointment": 480105,
              "product": 480106, "next_step": 480107}


def _zd(ticket_id, status, agent, subject, text, **custom):
    return {"id": ticket_id, "subject": subject, "description": text, "status": status, "assignee_id": agent,
            "requester_id": 700000 + ticket_id % 1000, "created_at": "2026-11-30T15:00:00Z", "type": "task",
            "custom_fields": [{"id": i, "value": custom.get(name) or None} for name, i in _FIELD_IDS.items()]}


_JACKET = "Navy two-piece suit, ticket 40712: the jacket was missing at pick-up, only the trousers were in the bag. "
_LUNCH = ("Forty boxed lunches for the office, delivered to 400 Pine Street, 3rd floor, {when}. Total $620; "
          "{deposit}; balance $470 due on delivery. Confirmation emailed.")
_GATE = "Anna Kowalski, unit B214 (5x10 standard): gate code stopped working after last night's system update. "
_LESSONS = ("Two more lessons booked for Mai Nguyen (student 558103): Monday 7 Dec and Monday 14 Dec, 4:30 PM, "
            "$55 each. ")
ZENDESK = {"tickets": [
    _zd(61011, "pending", "PC-4", "Jacket missing from suit order", _JACKET + "It may have gone to the Main Street "
        "store with the weekend batch; we check with them and call the customer back tomorrow by noon.",
        ticket_no="40712", phone="541-555-0233", product="Navy two-piece suit",
        next_step="Call the customer back tomorrow by noon"),
    _zd(61012, "solved", "PC-4", "Jacket missing from suit order", _JACKET + "Checked with the Main Street store.",
        ticket_no="40712", phone="541-555-0233", product="Navy two-piece suit"),
    _zd(62021, "solved", "ST-7", "Office lunch order, Fri 11 Dec", _LUNCH.format(
        when="Friday 11 Dec at 11:30 AM", deposit="$150 deposit charged to the card on file"),
        account_no="CT9118", amount="$620.00 total, $150.00 deposit paid", appointment="Friday 2026-12-11, 11:30 AM",
        product="Boxed lunch x40", next_step="Confirmation emailed"),
    _zd(62022, "solved", "ST-7", "Office lunch order", _LUNCH.format(
        when="at 11:30 AM", deposit="deposit charged to the card on file"),
        account_no="CT9118", amount="$620.00 total, $50.00 deposit paid", appointment="Thursday 2026-12-11, 11:30 AM",
        product="Boxed lunch x40", next_step="Confirmation emailed"),
    _zd(63031, "solved", "KS-2", "Gate code reset", _GATE + "New code 7350 set; it works right away.",
        account_no="B214", product="5x10 standard unit"),
    _zd(63032, "solved", "KS-2", "Gate code reset", _GATE.replace(" (5x10 standard)", "")
        + "New code 7350 set; it works right away.", account_no="B214", product="10x10 climate-controlled unit"),
    _zd(64041, "solved", "CW-11", "Two lessons booked", _LESSONS + "Reminder text to the parent (917-555-0882) the "
        "day before each lesson.", account_no="558103", phone="917-555-0882", amount="$110.00 (2 x $55)",
        appointment="Mon 2026-12-07 and Mon 2026-12-14, 4:30 PM", next_step="Reminder text the day before each lesson"),
    _zd(64042, "solved", "CW-11", "Two lessons booked", _LESSONS + "Reminder text to the parent the day before each "
        "lesson.", account_no="558103", phone="917-555-0828", amount="$110.00 (2 x $55)",
        appointment="Mon 2026-12-07 and Mon 2026-12-14, 4:30 PM", next_step="Reminder text the day before each lesson"),
]}
ZENDESK_MAPPING = """\
# The English desk's Zendesk JSON export: the built-in Zendesk mapping, with the site's custom fields
# (exported by numeric id) named. "On-hold" is how this desk marks a ticket handed to another team.
name: en6-zendesk
system: zendesk
status_values:
  hold: escalated
extra_fields:
""" + "".join(f"  {name}: custom_fields.{i}\n" for name, i in _FIELD_IDS.items())

# ---------------------------------------------------------------- Korean written calls: CP949 CSV
HANGYUL = ["접수번호", "상태", "담당자", "제목", "상담내용", "처리결과", "연락처", "주문번호", "금액", "방문일시", "문의유형",
           "상품명", "후속조치", "이관"]
_FILTER = "정수기 필터 교체 알림. 12월 3일(목) {when}기사 방문 예약. 필터 교체 비용은 렌탈료에 포함."
_FLOWER = "장미 꽃바구니(중) 배달 주문. 서울 마포구 월드컵로 210. 12월 1일 오전 11시까지 배달. 주문번호 47091."
_CAMP = "예약번호 CA8326, 12월 12일(토) 1박 오토캠핑 사이트 취소 요청(자녀 병환). 7일 전 취소로 수수료 30%, 21,000원."
_ACADEMY = "중2 수학반 박지후 학생, 이번 달까지 수강 후 중단. 남은 6회 수업료 180,000원 결제 카드로 환불(3~5영업일)."
_GLASSES = "김하은 고객 누진다초점 렌즈 주문 문의. 렌즈 목요일 입고 예정."
HANGYUL_ROWS = [
    ["K6-101", "완료", "MW-3", "필터 교체 방문 예약", _FILTER.format(when="오후 2시 "), "방문 예약", "010-5381-7720", "", "",
     "12월 3일(목) 14:00", "필터 교체", "정수기", "기사 방문", "N"],
    ["K6-102", "완료", "MW-3", "필터 교체 방문 예약", _FILTER.format(when=""), "방문 예약", "010-5381-7720", "", "",
     "12월 3일(목) 10:00", "필터 교체", "정수기", "기사 방문", "N"],
    ["K6-201", "완료", "KD-8", "꽃바구니 배달 주문", _FLOWER + " 금액 65,000원.", "주문 접수", "", "47091", "65,000원",
     "12월 1일 오전 11시까지", "배달 주문", "장미 꽃바구니(중)", "", "N"],
    ["K6-202", "완료", "KD-8", "꽃바구니 배달 주문", _FLOWER, "주문 접수", "", "47091", "56,000원",
     "12월 1일 오전 11시까지", "배달 주문", "장미 꽃바구니(중)", "", "N"],
    ["K6-301", "이관", "SC-5", "예약 취소 수수료 면제 요청", _CAMP + " 진단서 있음, 수수료 면제는 팀장 승인 필요하여 팀장에게 "
     "이관. 내일 오전 중 팀장이 고객에게 직접 연락.", "", "", "CA8326", "21,000원", "12월 12일(토) 1박", "예약 취소",
     "오토캠핑 사이트", "내일 오전 팀장 연락", "Y"],
    ["K6-302", "완료", "SC-5", "예약 취소", _CAMP + " 취소 처리 및 수수료 안내 완료.", "취소 완료", "", "CA8326", "21,000원",
     "12월 12일(토) 1박", "예약 취소", "오토캠핑 사이트", "", "N"],
    ["K6-401", "완료", "HG-2", "수강 중단 환불", _ACADEMY, "환불 처리", "010-2247-9013", "", "180,000원", "", "수강 환불",
     "중2 수학반", "카드 환불 3~5영업일", "N"],
    ["K6-402", "완료", "HG-2", "수강 중단 환불", _ACADEMY, "환불 처리", "010-2247-9031", "", "180,000원", "",
     "교재 구매 문의", "중2 수학반", "카드 환불 3~5영업일", "N"],
    ["K6-501", "진행중", "BN-1", "안경 완성 일정 문의", _GLASSES + " 입고되면 바로 가공, 완성 시 문자 안내.", "", "", "", "",
     "", "완성 일정 문의", "누진다초점 렌즈", "완성 시 문자 안내", "N"],
    ["K6-502", "진행중", "BN-1", "안경 완성 일정 문의", _GLASSES, "", "", "", "", "", "완성 일정 문의", "누진다초점 렌즈", "",
     "N"],
]
HANGYUL_MAPPING = """\
# The Hangyul desk's Korean CSV export (CP949, as Korean Excel saves it). Columns not named here
# (연락처, 주문번호, 금액, 방문일시, 문의유형, 상품명, 후속조치, 이관) are kept as structured fields.
name: hangyul6
fields:
  ticket_id: 접수번호
  status: 상태
  agent_id: 담당자
  title: 제목
  description: 상담내용
  resolution: 처리결과
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""

# ---------------------------------------------------------------- Tagalog / Taglish written calls: Freshdesk CSV
FRESHDESK = ["Ticket ID", "Subject", "Status", "Agent", "Description", "Resolution notes", "Type", "Contact Number",
             "Booking Ref", "Amount", "Schedule", "Product", "Next Step"]
_AIRCON = "Cleaning of two split-type aircon units, Thursday 3 Dec {when}. PHP 1,500 per unit, PHP 3,000 in all. "
_BUS = "Two seats to Baguio, Saturday 19 Dec, 6:00 AM trip; PHP 700 each, PHP 1,400 in all.{ref}"
_PARTY = ("Catering for a 7th birthday, about 50 pax, Sunday 20 Dec, 11:00 AM, Greenfields clubhouse. Kiddie party "
          "package PHP 350 per head. ")
_PADALA = ("Remittance from Dubai, control no. 08552341, PHP 5,000: on hold for compliance review (the name does not "
           "match the ID). ")
_LEAK = ("Leaking pipe under the kitchen sink, unit 12B. Plumber visit tomorrow (1 Dec) 9:00 AM; no labour charge, "
         "parts only if needed.")
FRESHDESK_ROWS = [
    ["T6-101", "Aircon cleaning booked", "Pending", "CB-9", _AIRCON.format(when="3:00 PM")
     + "Text to the customer before the technician comes.", "", "Cleaning", "0918 772 5409", "", "PHP 3,000.00",
     "Thu 2026-12-03 3:00 PM", "Split-type aircon x2", "Text before the technician comes"],
    ["T6-102", "Aircon cleaning booked", "Pending", "CB-9", _AIRCON.format(when="afternoon")
     + "Text to the customer before the technician comes.", "", "Cleaning", "0918 772 5409", "", "PHP 3,000.00",
     "Thu 2026-12-03 1:00 PM", "Split-type aircon x2", "Text before the technician comes"],
    ["T6-201", "Bus seats booked: Baguio", "Resolved", "SL-3", _BUS.format(ref=" Booking reference BTL7429."), "Booked",
     "Booking", "",
     "BTL7429", "PHP 1,400.00", "Sat 2026-12-19 6:00 AM", "2 seats to Baguio", ""],
    ["T6-202", "Bus seats booked: Baguio", "Resolved", "SL-3", _BUS.format(ref=""), "Booked", "Booking", "",
     "BTL7492", "PHP 1,400.00", "Sat 2026-12-19 6:00 AM", "2 seats to Baguio", ""],
    ["T6-301", "Birthday catering inquiry", "Pending", "LN-6", _PARTY + "Quotation and menu to be emailed today.", "",
     "Kiddie party catering", "", "", "PHP 350 per head (50 pax)", "Sun 2026-12-20 11:00 AM", "Kiddie party package",
     "Email the quotation and menu today"],
    ["T6-302", "Catering inquiry", "Pending", "LN-6", "Catering for about 50 pax, Sunday 20 Dec, 11:00 AM, Greenfields "
     "clubhouse. PHP 350 per head.", "", "Wedding package", "", "", "PHP 350 per head (50 pax)",
     "Sun 2026-12-20 11:00 AM", "", ""],
    ["T6-401", "Remittance on hold", "Escalated", "PK-2", _PADALA + "Endorsed to the compliance team; they call the "
     "customer within 24 hours.", "", "Remittance on hold", "", "08552341", "PHP 5,000.00", "",
     "", "Compliance calls back within 24 hours"],
    ["T6-402", "Remittance on hold", "Resolved", "PK-2", _PADALA + "Remittance released for pick-up.", "Released",
     "Remittance on hold", "", "08552341", "PHP 5,000.00", "", "", ""],
    ["T6-501", "Sink leak, unit 12B", "Pending", "VH-1", _LEAK, "", "Plumbing leak", "0927 456 7831", "", "",
     "Tue 2026-12-01 9:00 AM", "Unit 12B", "Plumber visit tomorrow 9 AM"],
    ["T6-502", "Sink leak, unit 12B", "Pending", "VH-1", _LEAK, "", "Plumbing leak", "0927 456 7813", "", "",
     "Tue 2026-12-01 9:00 AM", "Unit 12B", "Plumber visit tomorrow 9 AM"],
]



def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio6-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en6-zendesk.json").write_text(json.dumps(ZENDESK, ensure_ascii=False, indent=1) + "\n")
    (exports / "en6-mapping.yaml").write_text(ZENDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "hangyul6-cp949.csv", HANGYUL, HANGYUL_ROWS, encoding="cp949")
    (exports / "hangyul6-mapping.yaml").write_text(HANGYUL_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl6-freshdesk.csv", FRESHDESK, FRESHDESK_ROWS)


if __name__ == "__main__":
    main()
