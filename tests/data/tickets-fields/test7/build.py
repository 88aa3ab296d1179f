"""Writes the seventh test split's written calls (test7/calls) and every export (test7/exports).

Run from the repository root: ``python tests/data/tickets-fields/test7/build.py``. The six English
calls in test7/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a ServiceNow JSON export) were written from
the scripts in build_audio.py as a careful agent would, not from a transcript. The written calls are
in domains the earlier splits do not use (locksmith, print shop, pool service, window cleaning;
Korean parcel courier, car-wash subscription, city-gas safety check, nail salon, photo studio;
Taglish water refilling station, phone repair, bakery cake order, hardware delivery, pawnshop).
Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Korean native and
Sino numbers and clock times, Spanish and Tagalog digits, a misheard surname). ``p`` is a turn's
word probability the way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test7/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w7en-01": ("en", "LK-2", None, [
        turn(A, "Keyright Locksmiths, this is Owen.", 0.93),
        turn(C, "Hi, I'm locked out of my house. The key snapped in the front door lock.", 0.9),
        turn(A, "Oh no. What's the address?", 0.94),
        turn(C, "Nineteen Maple Crescent. My name's Priya Raman.", 0.89),
        turn(A, "Nineteen Maple Crescent. Our technician Dave is finishing a job nearby; he'll be there within "
                "forty five minutes. The call-out fee is ninety five dollars, plus parts if the lock needs "
                "replacing.", 0.9),
        turn(A, "He'll call you ten minutes before he arrives. Is this number, seven o four, five five five, "
                "zero three six two, okay?", 0.86, low={"o": 0.46}),
        turn(C, "Yes, that's my mobile.", 0.92),
        turn(A, "Great, hang tight.", 0.94),
    ]),
    "w7en-02": ("en", "IP-5", None, [
        turn(A, "Inkwell Print Shop, Hannah speaking.", 0.93),
        turn(C, "Hi, I ordered five hundred business cards and the phone number on them is wrong.", 0.9),
        turn(A, "I'm sorry. Can I have the order number?", 0.94),
        turn(C, "P S seven two eight one.", 0.88),
        turn(A, "P S seven two eight one, five hundred cards for Marcus Bell. The proof you approved had the "
                "right number, so the mistake is ours.", 0.9),
        turn(A, "We'll reprint them free of charge, and they'll be ready for pick-up on Thursday, December "
                "third, after two.", 0.91),
        turn(C, "Thursday after two. Okay, thank you.", 0.93),
    ]),
    "w7en-03": ("en", "BP-8", None, [
        turn(A, "Blue Lagoon Pool Service, this is Carlos.", 0.93),
        turn(C, "Hi, this is Gail Whitmore. Our pool has turned green since the last visit.", 0.87,
             low={"whitmore": 0.45}),
        turn(A, "Let me pull up the account. Is that Gail Whitmoor on Cedar Lane?", 0.9),
        turn(C, "Yes, account two four, six one, nine.", 0.86),
        turn(A, "Account two four six one nine. The pump filter was due for a change. I'm sending a technician "
                "out on Saturday, December fifth, between ten and twelve, to shock the pool and replace the "
                "filter.", 0.9),
        turn(A, "The filter is sixty four dollars; the visit itself is covered by your weekly plan.", 0.91),
        turn(C, "Okay. Saturday between ten and twelve.", 0.93),
    ]),
    "w7en-04": ("en", "CS-3", None, [
        turn(A, "Crystal Shine Window Cleaning, Becky speaking.", 0.93),
        turn(C, "Hi, your crew did our windows yesterday and they left streaks on the whole upstairs.", 0.9),
        turn(A, "I'm sorry about that. What's the job number on the invoice?", 0.94),
        turn(C, "It's eight eight three, zero one.", 0.88),
        turn(A, "Eight eight three zero one, twenty two windows at Birch Road. I need to ask my supervisor about "
                "a re-clean or a partial refund, so I'm passing this to her.", 0.9),
        turn(A, "She'll call you back tomorrow before five p.m. on three zero three, five five five, zero four "
                "four seven.", 0.9),
        turn(C, "Fine, thank you.", 0.93),
    ]),
    # ---------------------------------------------------------------- Korean
    "w7ko-01": ("ko", "HB-4", None, [
        turn(A, "한빛택배 고객센터 박서연입니다.", 0.92),
        turn(C, "택배가 배송완료로 나오는데 물건을 못 받았어요.", 0.9),
        turn(A, "운송장 번호 말씀해 주시겠어요?", 0.93),
        turn(C, "육삼일칠 이영구오 팔사요.", 0.84),
        turn(A, "육삼일칠 이공구오 팔사, 확인했습니다. 기사님이 경비실에 맡겼다고 되어 있는데, 확인해 보시겠어요?", 0.9),
        turn(C, "경비실에도 없대요.", 0.9),
        turn(A, "그럼 담당 영업소에 조사 요청을 넣겠습니다. 영업소에서 내일 오후 세 시까지 전화드릴 거예요.", 0.9),
        turn(C, "네, 기다릴게요.", 0.94),
    ]),
    "w7ko-02": ("ko", "SW-7", None, [
        turn(A, "스파클 세차 정기권 상담실 윤지호입니다.", 0.92),
        turn(C, "세차 정기권 해지하려고요. 이번 달에 이사 가서요.", 0.9),
        turn(A, "네, 차량 번호 말씀해 주세요.", 0.93),
        turn(C, "십이 가 삼사오육이요.", 0.86),
        turn(A, "12가 3456 차량, 월 삼만 구천 원 정기권 확인했습니다. 오늘 해지 처리해 드렸고 다음 달부터 결제되지 "
                "않습니다.", 0.9),
        turn(C, "이번 달 남은 건 쓸 수 있죠?", 0.91),
        turn(A, "네, 십이월 삼십일일까지 이용 가능합니다.", 0.92),
    ]),
    "w7ko-03": ("ko", "DG-1", None, [
        turn(A, "대한도시가스 안전점검 예약센터입니다.", 0.92),
        turn(C, "안전점검 안내문 받았는데 낮에는 집에 없어서요. 저녁에 가능할까요?", 0.9),
        turn(A, "고객번호 말씀해 주시겠어요?", 0.93),
        turn(C, "칠 칠 공 일 이 사 구요.", 0.86),
        turn(A, "칠칠공일이사구, 확인했습니다. 십이월 구일 수요일 저녁 일곱 시에 점검원이 방문합니다. 점검은 "
                "무료이고 이십 분 정도 걸립니다.", 0.9),
        turn(C, "네, 일곱 시요. 감사합니다.", 0.93),
    ]),
    "w7ko-04": ("ko", "NL-6", None, [
        turn(A, "라온 네일입니다.", 0.93),
        turn(C, "토요일 예약을 일요일로 바꾸고 싶어서요. 이름은 정다은이에요.", 0.9),
        turn(A, "정다은 고객님, 토요일 오전 열한 시 젤 네일 예약 있으시네요. 일요일은 오후 네 시 반 가능합니다.", 0.9),
        turn(C, "네, 그걸로 해 주세요.", 0.93),
        turn(A, "십이월 육일 일요일 오후 네 시 반으로 변경했습니다. 예약금 만 원은 그대로 옮겨 드렸어요.", 0.9),
        turn(C, "감사합니다.", 0.94),
    ]),
    "w7ko-05": ("ko", "PS-2", None, [
        turn(A, "하루 사진관입니다.", 0.93),
        turn(C, "지난주에 가족사진 찍은 최민중인데요, 액자가 아직 안 와서요.", 0.88, low={"최민중인데요": 0.47}),
        turn(A, "최민준 고객님, 가족사진 액자 두 개 주문하셨죠. 액자 공장에서 늦어지고 있습니다.", 0.9),
        turn(A, "죄송합니다. 다음 주 화요일에 입고되면 바로 문자로 안내해 드리겠습니다.", 0.91),
        turn(C, "네, 알겠습니다.", 0.94),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w7tl-01": ("tl", "AQ-3", None, [
        turn(A, "Good afternoon po, AquaPure Water Refilling, si Joy po ito.", 0.9),
        turn(C, "Hi, magpapadeliver sana ako ng anim na galon, yung round.", 0.88),
        turn(A, "Sige po. Trenta pesos po bawat galon, so one eighty lahat. Saan po ide-deliver?", 0.89),
        turn(C, "Block singko, lot dose, Sampaguita Street.", 0.87),
        turn(A, "Block five lot twelve po. Ide-deliver po namin mamayang alas kuwatro ng hapon. Contact number "
                "po?", 0.89),
        turn(C, "Zero nine one seven, singko otso tres, dos sero uno siyete.", 0.83, low={"sero": 0.5}),
        turn(A, "Zero nine one seven, five eight three, two zero one seven po. Salamat po.", 0.89),
    ]),
    "w7tl-02": ("tl", "FX-5", None, [
        turn(A, "FixMo Cellphone Repair, si Arnel po.", 0.91),
        turn(C, "Hello, follow up ko lang yung phone ko, basag yung screen. Job order J O apat apat siyam "
                "dalawa.", 0.85),
        turn(A, "J O four four nine two po. Dumating na po yung screen. Dalawang libo't walong daan po ang "
                "total.", 0.88),
        turn(A, "Pwede niyo na pong kunin bukas, after lunch, mga ala-una.", 0.9),
        turn(C, "Sige, bukas ng ala-una. Salamat.", 0.92),
    ]),
    "w7tl-03": ("tl", "MB-1", None, [
        turn(A, "Mama Belen's Bakeshop, si Liza po.", 0.91),
        turn(C, "Hi, mag-order sana ako ng cake para sa binyag, December thirteen, Linggo.", 0.88),
        turn(A, "Sige po. Anong klase po?", 0.93),
        turn(C, "Yung ube two layer, tapos nakasulat 'Welcome Baby Gabriel'.", 0.87),
        turn(A, "Ube two-layer po, isang libo't dalawang daan. Kailangan po ng down payment na limang daan "
                "para ma-confirm.", 0.88),
        turn(A, "Ise-send ko po mamaya sa Messenger yung GCash details para sa down payment.", 0.89),
        turn(C, "Okay, hintayin ko.", 0.93),
    ]),
    "w7tl-04": ("tl", "TH-7", None, [
        turn(A, "Tibay Hardware, si Rommel po.", 0.91),
        turn(C, "Hello, nag-order ako ng dalawampung sako ng semento kahapon, hindi pa dumarating.", 0.88),
        turn(A, "Pakibigay po yung resibo number.", 0.93),
        turn(C, "Otso siyete, tres uno, kuwatro.", 0.84),
        turn(A, "Eight seven three one four po. Nasira po yung truck namin kanina. Ipapasa ko po ito sa "
                "delivery supervisor para ma-reschedule.", 0.88),
        turn(A, "Tatawagan po kayo ni supervisor bago mag-alas singko ngayong araw.", 0.89),
        turn(C, "Sige, aasahan ko.", 0.93),
    ]),
    "w7tl-05": ("tl", "PG-9", None, [
        turn(A, "Ginto Pawnshop, si Tess po.", 0.92),
        turn(C, "Magre-renew po sana ako ng sangla. Yung kuwintas po.", 0.88),
        turn(A, "Ano po yung pawn ticket number?", 0.93),
        turn(C, "Dos dos, siyete otso, sero singko.", 0.84),
        turn(A, "Two two seven eight zero five po. Interes po ay tatlong daan at animnapu. Pag nabayaran ninyo "
                "ngayon, ang bagong due date ay January four.", 0.88),
        turn(C, "Sige, babayaran ko na sa GCash.", 0.9),
        turn(A, "Natanggap na po. Renewed na po.", 0.92),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close="", **u):
    record = {"number": number, "state": state, "assigned_to": agent, "short_description": short,
              "description": text, "close_notes": close, "category": category,
              "opened_at": "2026-11-30 16:00:00"}
    for name in ("u_reference", "u_callback_number", "u_email", "u_amount", "u_appointment", "u_next_step",
                 "u_escalated_to"):
        record[name] = u.get(name[2:], "")
    return record


_DOG = "Daycare for Biscuit (beagle), member 302641: Monday 7 Dec to Wednesday 9 Dec, drop-off 7:30 AM. "
_CLAIM = ("Burst kitchen pipe last night, floor soaked. Policy HO7714092; water damage claim{claim} opened. "
          "Deductible $500. ")
_TYRE = "Four all-season tires, fitted and balanced, for a 2019 Civic, plate KLM482{when}. About an hour. "
_BILL = ("Bill of $286.40 this month (usually about $90); the meter reading is much higher than usual. Account "
         "600411983. ")
_LAPTOP = "Cracked screen, repair R91057 (dropped off Monday). New screen arrived; repair $149, ready Friday after 4 PM. "
_PASS = "Lost December monthly pass MP224708: cancelled, replacement ordered. Replacement fee $15. "
SERVICENOW = {"result": [
    _sn("INC7010101", "Resolved", "PD-3", "Daycare booked, 7-9 Dec", _DOG + "3 days x $38 = $114, paid at drop-off. "
        "Reminder text Sunday evening.", "Booking", "Booked", reference="302641", amount="$114.00",
        appointment="Mon 2026-12-07 to Wed 2026-12-09, 7:30 AM", next_step="Reminder text Sunday evening"),
    _sn("INC7010102", "Resolved", "PD-3", "Daycare booked, 7-9 Dec", _DOG + "Paid at drop-off. Reminder text "
        "Sunday evening.", "Booking", "Booked", reference="302641", amount="$141.00",
        appointment="Mon 2026-12-07 to Wed 2026-12-09, 7:30 AM", next_step="Reminder text Sunday evening"),
    _sn("INC7020201", "Escalated", "HI-6", "Water damage claim: adjuster visit", _CLAIM.format(claim=" 5502718")
        + "Assigned to a field adjuster: visit Thursday 10 Dec, 9 AM-12 PM. Customer to keep receipts for the "
        "plumber and drying fans.", "Property claim", reference="5502718", amount="$500.00 deductible",
        appointment="Thu 2026-12-10, 9:00 AM-12:00 PM", next_step="Field adjuster visit Thu 10 Dec, 9-12",
        escalated_to="Field adjusters"),
    _sn("INC7020202", "Resolved", "HI-6", "Water damage claim", _CLAIM.format(claim="")
        + "Customer to keep receipts for the plumber and drying fans.", "Property claim", "Claim settled",
        reference="5502781", amount="$500.00 deductible"),
    _sn("INC7030301", "Resolved", "RG-1", "Tire fitting booked", _TYRE.format(when=", Saturday 5 Dec 8:30 AM")
        + "Price $412.60.", "Booking", "Booked", reference="KLM482", amount="$412.60",
        appointment="Sat 2026-12-05, 8:30 AM"),
    _sn("INC7030302", "Resolved", "RG-1", "Tire fitting booked", _TYRE.format(when="") + "Price $412.60.",
        "Booking", "Booked", reference="KLM482", amount="$412.60", appointment="Sun 2026-12-06, 8:30 AM"),
    _sn("INC7040401", "Escalated", "BE-2", "High bill: meter check", _BILL + "Sent to the metering team to check the "
        "meter; they call the customer back within 3 business days. No payment needed until checked.",
        "Billing dispute", reference="600411983", callback_number="206-555-0173", amount="$286.40",
        next_step="Metering team calls back within 3 business days", escalated_to="Metering"),
    _sn("INC7040402", "Escalated", "BE-2", "High bill: meter check", _BILL + "Sent to the metering team to check the "
        "meter. No payment needed until checked.", "Billing dispute", reference="600411983",
        callback_number="206-555-0137", amount="$286.40", escalated_to="Metering"),
    _sn("INC7050501", "On Hold", "FL-4", "Screen repair status", _LAPTOP + "Text the customer when it is ready.",
        "Repair", reference="R91057", callback_number="503-555-0921", amount="$149.00",
        appointment="Fri after 4:00 PM", next_step="Text the customer when ready"),
    _sn("INC7050502", "On Hold", "FL-4", "Screen repair status", _LAPTOP + "Text the customer when it is ready.",
        "Repair", reference="R91057", callback_number="503-555-0621", amount="$149.00",
        appointment="Fri after 4:00 PM", next_step="Text the customer when ready"),
    _sn("INC7060601", "Resolved", "MR-7", "Lost pass replaced", _PASS + "New pass mailed within 7-10 business days; "
        "receipt emailed.", "Lost pass replacement", "Replacement ordered", reference="MP224708",
        email="j.okafor@fastmail.com", amount="$15.00", next_step="New pass mailed within 7-10 business days"),
    _sn("INC7060602", "Resolved", "MR-7", "Lost pass replaced", _PASS + "New pass mailed within 7-10 business days; "
        "receipt emailed.", "Refund", "Replacement ordered", reference="MP224708",
        email="j.okafur@fastmail.com", amount="$15.00", next_step="New pass mailed within 7-10 business days"),
]}

# ---------------------------------------------------------------- English written calls: Freshdesk JSON
# Freshdesk exports numeric states (2 open, 3 pending, 4 resolved) and a custom 6 this desk uses
# for "with a supervisor"; en7-mapping.yaml names the custom fields and the custom state.
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": "2026-11-30T17:00:00Z",
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


_LOCK = ("Locked out: key snapped in the front door lock, 19 Maple Crescent (Priya Raman). Technician Dave on the "
         "way, there within 45 minutes; call-out fee $95 plus parts if the lock needs replacing. ")
_CARDS = ("Order PS7281: 500 business cards for Marcus Bell printed with the wrong phone number; the approved proof "
          "was right, so the error is ours. ")
_POOL = ("Pool turned green since the last visit (Gail Whitmore, Cedar Lane, account 24619): pump filter overdue. "
         "Technician visit {when} to shock the pool and replace the filter. ")
_WINDOW = ("Streaks left on all upstairs windows yesterday, job 88301 (22 windows, Birch Road). Customer wants a "
           "re-clean or partial refund. ")
FRESHDESK = [
    _fd(71011, 2, "LK-2", "Lockout, 19 Maple Crescent", _LOCK + "Technician calls 10 minutes before arriving.",
        "Lockout", contact_phone="704-555-0362", fee="$95.00 + parts", eta="Within 45 minutes",
        next_action="Technician calls 10 minutes before arrival"),
    _fd(71012, 2, "LK-2", "Lockout, 19 Maple Crescent", _LOCK + "Technician calls 10 minutes before arriving.",
        "Lockout", contact_phone="704-555-0362", fee="$95.00 + parts", eta="Within 2 hours",
        next_action="Technician calls 10 minutes before arrival"),
    _fd(72021, 3, "IP-5", "Business cards reprint", _CARDS + "Reprint free of charge, ready for pick-up Thursday 3 "
        "Dec after 2 PM.", "Reprint", order_no="PS7281", fee="$0.00 (no charge)", eta="Thu 2026-12-03 after 2 PM",
        next_action="Reprint, pick-up Thursday after 2 PM"),
    _fd(72022, 3, "IP-5", "Business cards reprint", _CARDS + "Reprint, ready for pick-up after 2 PM.", "Reprint",
        order_no="PS7281", fee="$45.00 reprint charge", eta="Wed 2026-12-03 after 2 PM",
        next_action="Reprint, pick-up after 2 PM"),
    _fd(73031, 3, "BP-8", "Green pool: technician visit", _POOL.format(when="Saturday 5 Dec, 10 AM-12 PM")
        + "Filter $64; visit covered by the weekly plan.", "Water quality", account_no="24619", fee="$64.00 filter",
        eta="Sat 2026-12-05, 10:00 AM-12:00 PM", next_action="Shock the pool and replace the filter"),
    _fd(73032, 3, "BP-8", "Green pool", _POOL.format(when="Saturday 5 Dec, 10 AM-12 PM")
        + "Filter $64; visit covered by the weekly plan.", "Equipment sale", account_no="24619", fee="$64.00 filter",
        eta="Sat 2026-12-05, 10:00 AM-12:00 PM", next_action="Shock the pool and replace the filter"),
    _fd(74041, 6, "CS-3", "Streaky windows: re-clean or refund", _WINDOW + "Passed to the supervisor; she calls the "
        "customer back tomorrow before 5 PM.", "Complaint", order_no="88301", contact_phone="303-555-0447",
        next_action="Supervisor calls back tomorrow before 5 PM"),
    _fd(74042, 4, "CS-3", "Streaky windows", _WINDOW + "Partial refund agreed.", "Complaint", order_no="88301",
        contact_phone="303-555-0447"),
]
FRESHDESK_MAPPING = """\
# The English desk's Freshdesk JSON export: the built-in Freshdesk mapping; the custom fields named
# by what they hold, and state 6 ("With supervisor", a custom Freshdesk state) read as escalated.
name: en7-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "6": escalated
extra_fields:
  phone: custom_fields.cf_contact_phone
  order_number: custom_fields.cf_order_no
  account_number: custom_fields.cf_account_no
  amount: custom_fields.cf_fee
  appointment: custom_fields.cf_eta
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- Korean written calls: JSON lines, Korean keys
def _ko(ticket_id, status, agent, title, text, result="", **extra):
    return {"티켓번호": ticket_id, "진행상태": status, "상담원": agent, "제목": title, "내용": text,
            "처리내역": result, **extra}


_PARCEL = "배송완료로 표시된 택배 미수령. 운송장 6317-2095-84. 기사 기록상 경비실 보관이나 경비실에도 없음. "
_WASH = "차량 12가 3456, 월 39,000원 세차 정기권 해지 요청(이사). "
_GAS = "도시가스 안전점검 저녁 방문 요청. 고객번호 7701249. "
_NAIL = "정다은 고객 젤 네일 예약 변경: 토요일 오전 11시 → "
_PHOTO = "최민준 고객 가족사진 액자 2개 지연 문의. 액자 공장 지연. "
KOREAN = [
    _ko("HK7-101", "이관", "HB-4", "배송완료 미수령", _PARCEL + "담당 영업소에 조사 요청, 영업소에서 내일 오후 3시까지 "
        "고객에게 전화.", 운송장번호="6317209584", 후속조치="영업소 내일 15시까지 전화", 이관부서="담당 영업소"),
    _ko("HK7-102", "완료", "HB-4", "배송완료 미수령", _PARCEL + "경비실 확인 안내.", "안내 완료",
        운송장번호="6317209584"),
    _ko("HK7-201", "완료", "SW-7", "정기권 해지", _WASH + "오늘 해지 처리, 다음 달부터 결제 없음. 12월 31일까지 이용 가능.",
        "해지 완료", 차량번호="12가 3456", 금액="39,000원/월", 이용기한="2026-12-31", 문의유형="정기권 해지"),
    _ko("HK7-202", "완료", "SW-7", "정기권 해지", _WASH + "오늘 해지 처리, 다음 달부터 결제 없음. 12월 31일까지 이용 가능.",
        "해지 완료", 차량번호="12가 3456", 금액="93,000원/월", 이용기한="2026-12-31", 문의유형="정기권 해지"),
    _ko("HK7-301", "완료", "DG-1", "안전점검 방문 예약", _GAS + "12월 9일(수) 19:00 점검원 방문, 무료, 약 20분.",
        "예약 완료", 고객번호="7701249", 방문일시="12월 9일(수) 19:00", 문의유형="안전점검 예약"),
    _ko("HK7-302", "완료", "DG-1", "안전점검 방문 예약", _GAS + "점검원 방문, 무료, 약 20분.",
        "예약 완료", 고객번호="7701249", 방문일시="12월 9일(수) 17:00", 문의유형="가스 누출 신고"),
    _ko("HK7-401", "완료", "NL-6", "예약 변경", _NAIL + "12월 6일(일) 오후 4시 30분. 예약금 10,000원 이전.", "변경 완료",
        예약일시="12월 6일(일) 16:30", 예약금="10,000원"),
    _ko("HK7-402", "완료", "NL-6", "예약 변경", _NAIL + "12월 6일(일). 예약금 10,000원 이전.", "변경 완료",
        예약일시="12월 6일(토) 16:30", 예약금="10,000원"),
    _ko("HK7-501", "진행중", "PS-2", "액자 지연", _PHOTO + "다음 주 화요일 입고 시 문자 안내.", 상품="가족사진 액자 x2",
        후속조치="입고 시 문자 안내"),
    _ko("HK7-502", "진행중", "PS-2", "액자 지연", _PHOTO, 상품="가족사진 액자 x2"),
]
KOREAN_MAPPING = """\
# The Korean desk's JSON-lines export (UTF-8) with Korean keys. Keys not named here (운송장번호,
# 차량번호, 고객번호, 금액, 방문일시, 예약일시, 예약금, 문의유형, 상품, 후속조치, 이관부서, 이용기한)
# are kept as structured fields under their own names.
name: hanul7
fields:
  ticket_id: 티켓번호
  status: 진행상태
  agent_id: 상담원
  title: 제목
  description: 내용
  resolution: 처리내역
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""

# ---------------------------------------------------------------- Tagalog / Taglish written calls: Zendesk CSV
ZENDESK = ["Id", "Subject", "Status", "Assignee", "Description", "Type", "Contact No [txt]", "Reference [txt]",
           "Amount [dec]", "Schedule [date]", "Next step [txt]"]
_WATER = "Delivery of 6 round gallons to Block 5 Lot 12, Sampaguita Street, today 4:00 PM. PHP 30 per gallon. "
_PHONE = "Cracked phone screen, job order JO4492. Replacement screen arrived; total PHP 2,800. "
_CAKE = "Ube two-layer cake for a christening, Sunday 13 Dec, 'Welcome Baby Gabriel'. PHP 1,200; PHP 500 down payment to confirm. "
_CEMENT = "20 sacks of cement ordered yesterday, receipt 87314, not delivered: the truck broke down today. "
_PAWN = "Renewal of pawned necklace, pawn ticket 227805. Interest PHP 360 paid via GCash; renewed. "
ZENDESK_ROWS = [
    ["TL7-101", "Water delivery", "Solved", "AQ-3", _WATER, "Delivery", "0917 583 2017", "", "PHP 180.00",
     "2026-11-30 4:00 PM", ""],
    ["TL7-102", "Water delivery", "Solved", "AQ-3", _WATER, "Delivery", "0917 583 2071", "", "PHP 180.00",
     "2026-11-30 4:00 PM", ""],
    ["TL7-201", "Screen repair ready", "Pending", "FX-5", _PHONE + "Ready for pick-up tomorrow at 1:00 PM.", "Repair",
     "", "JO4492", "PHP 2,800.00", "2026-12-01 1:00 PM", "Customer picks up tomorrow 1 PM"],
    ["TL7-202", "Screen repair ready", "Pending", "FX-5", _PHONE + "Ready for pick-up tomorrow.", "Repair",
     "", "JO4492", "PHP 2,800.00", "2026-12-01 3:00 PM", "Customer picks up tomorrow"],
    ["TL7-301", "Christening cake order", "Pending", "MB-1", _CAKE + "GCash details for the down payment to be sent "
     "on Messenger today.", "Cake order", "", "", "PHP 1,200.00", "2026-12-13", "Send GCash details on Messenger"],
    ["TL7-302", "Christening cake order", "Pending", "MB-1", _CAKE, "Cake order", "", "", "PHP 1,200.00",
     "2026-12-13", ""],
    ["TL7-401", "Cement delivery delayed", "On-hold", "TH-7", _CEMENT + "Passed to the delivery supervisor to "
     "reschedule; supervisor calls the customer before 5:00 PM today.", "Delivery delay", "", "87314", "", "",
     "Supervisor calls before 5 PM today"],
    ["TL7-402", "Cement delivery delayed", "Solved", "TH-7", _CEMENT + "Delivery rescheduled.", "Delivery delay",
     "", "87314", "", "", ""],
    ["TL7-501", "Pawn renewal", "Solved", "PG-9", _PAWN + "New due date January 4.", "Renewal", "", "227805",
     "PHP 360.00", "2027-01-04", ""],
    ["TL7-502", "Pawn renewal", "Solved", "PG-9", _PAWN + "New due date set.", "Renewal", "", "227805",
     "PHP 360.00", "2027-02-04", ""],
]
ZENDESK_MAPPING = """\
# The Taglish desk's Zendesk CSV export: the built-in Zendesk mapping; "On-hold" is how this desk
# marks a ticket handed to a supervisor. The custom columns keep their names as structured fields.
name: tl7-zendesk
system: zendesk
status_values:
  on-hold: escalated
"""



def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    (exports / "audio7-servicenow.json").write_text(json.dumps(SERVICENOW, ensure_ascii=False, indent=1) + "\n")
    (exports / "en7-freshdesk.json").write_text(json.dumps(FRESHDESK, ensure_ascii=False, indent=1) + "\n")
    (exports / "en7-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    (exports / "hanul7.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in KOREAN),
                                          encoding="utf-8")
    (exports / "hanul7-mapping.yaml").write_text(KOREAN_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl7-zendesk.csv", ZENDESK, ZENDESK_ROWS)
    (exports / "tl7-mapping.yaml").write_text(ZENDESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
