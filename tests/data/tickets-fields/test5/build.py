"""Writes the fifth test split's written calls (test5/calls) and exports (test5/exports).

Run from the repository root: ``python tests/data/tickets-fields/test5/build.py``. The four Harper
Valley calls of this split are transcribed at evaluation time from mono mixes of the recordings in
../shared/corpus (as in test4): nothing from them is copied here; their tickets were written from the
human transcripts. The written calls are in domains the earlier splits do not use (veterinary clinic,
airline baggage, car rental, pharmacy, registrar, solar installer; Korean moving company, gym, hotel,
boiler repair, dental clinic; Taglish LPG delivery, pest control, ferry, school billing, motorcycle
service). Some carry ASR-like noise a careful analyst would forgive (digits said one by one, "o" for
zero, Tagalog and Spanish number words, a misheard surname). ``p`` is a turn's word probability the
way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test5/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w5en-01": ("en", "MP-08", None, [
        turn(A, "Maple Paws Animal Hospital, this is Grace. How can I help?", 0.93),
        turn(C, "Hi, I need to move my dog's vaccination appointment. It's for Biscuit, under Hollis.", 0.9),
        turn(A, "Sure. Can I have the client number?", 0.94),
        turn(C, "Five eight, two two o seven.", 0.86),
        turn(A, "Five eight two two zero seven, Biscuit Hollis, booster shots on Tuesday. What works better?", 0.91),
        turn(C, "Anything later in the week, ideally afternoon.", 0.9),
        turn(A, "I have Wednesday at three fifteen with Doctor Alvarez.", 0.92),
        turn(C, "Wednesday three fifteen is perfect.", 0.91),
        turn(A, "Done. And the best number for the reminder text?", 0.93),
        turn(C, "Five oh three, five five five, o one eight two.", 0.85),
        turn(A, "Got it, you'll get a reminder text the day before. See you Wednesday.", 0.93),
    ]),
    "w5en-02": ("en", "SK-3", None, [
        turn(A, "Skylark Air baggage services, Daniel speaking.", 0.93),
        turn(C, "My suitcase didn't arrive on flight S K four one two from Denver last night.", 0.88),
        turn(A, "I'm sorry about that. Do you have the bag tag number?", 0.93),
        turn(C, "Yes, S K six six zero four one nine.", 0.87),
        turn(A, "Thank you. It's not showing in our system at any station yet, so I'm opening a delayed "
                "baggage report and escalating it to our baggage tracing team.", 0.9),
        turn(A, "They will call you back within twenty four hours. In the meantime you can spend up to "
                "seventy five dollars on essentials and we'll reimburse it with receipts.", 0.91),
        turn(C, "Okay, seventy five dollars, and a call within twenty four hours.", 0.9),
        turn(A, "That's right. Your report number is D E N, S K, one one two eight seven.", 0.89),
        turn(C, "Thanks.", 0.94),
    ]),
    "w5en-03": ("en", "RL-14", None, [
        turn(A, "Redline Car Rental, Omar here.", 0.94),
        turn(C, "Hi, I returned a car on Saturday with a full tank, but I was still charged a fuel fee.", 0.9),
        turn(A, "Let me look. What's the rental agreement number?", 0.93),
        turn(C, "R A, seven seven four, o nine one.", 0.84),
        turn(A, "R A seven seven four zero nine one. Yes, the return photo shows a full tank, so that fuel "
                "charge of forty eight dollars sixty was a mistake.", 0.9),
        turn(A, "I've refunded the forty eight sixty to your card. It takes five to seven business days to show.", 0.91),
        turn(C, "Great, thank you.", 0.93),
        turn(A, "You're welcome. Drive safe.", 0.94),
    ]),
    "w5en-04": ("en", "CR-2", None, [
        turn(A, "Corner Pharmacy, this is Beth.", 0.93),
        turn(C, "Hi, I'm calling about a refill for my son, the last name is O'Conco. The app says it was rejected.", 0.88,
             low={"o'conco": 0.41}),
        turn(A, "Let me check. Date of birth?", 0.94),
        turn(C, "March third, twenty fifteen.", 0.91),
        turn(A, "I see it, the amoxicillin five hundred milligram. The insurance rejected it because the "
                "prescription expired.", 0.9),
        turn(A, "I'll call Doctor Patel's office for a new prescription and call you back this afternoon "
                "once it's ready.", 0.91),
        turn(C, "Okay, the number on file is fine.", 0.9),
        turn(A, "Perfect. Talk to you this afternoon.", 0.93),
    ]),
    "w5en-05": ("en", "RG-9", None, [
        turn(A, "Office of the Registrar, Kevin speaking.", 0.93),
        turn(C, "Hi, I need an official transcript mailed to a graduate school.", 0.91),
        turn(A, "Sure. Your student ID?", 0.94),
        turn(C, "Two zero one, nine four, three three six.", 0.9),
        turn(A, "Thanks. The fee is fifteen dollars; I'll send a payment link to your university email.", 0.91),
        turn(A, "Once it's paid, the transcript goes out by mail within three business days.", 0.92),
        turn(C, "Sounds good.", 0.93),
        turn(A, "Anything else? Okay, have a good day.", 0.94),
    ]),
    "w5en-06": ("en", "SR-5", None, [
        turn(A, "SunRidge Solar support, Lena speaking.", 0.93),
        turn(C, "Our inverter shows a red light and error E thirty one. The panels produced nothing today.", 0.88),
        turn(A, "Can I have the phone number on the account?", 0.94),
        turn(C, "Seven two zero, five five five, four four one six.", 0.91),
        turn(A, "Thanks. E thirty one is an isolation fault; it needs a technician, so I'm escalating it to "
                "our field service team.", 0.9),
        turn(A, "A technician will come on Monday, December fourteenth, between eight and noon.", 0.91),
        turn(C, "Monday the fourteenth, fine.", 0.92),
        turn(A, "Please keep the system switched off until then.", 0.93),
    ]),
    # ---------------------------------------------------------------- Korean
    "w5ko-01": ("ko", "HM-12", None, [
        turn(A, "안녕하세요, 한울이사센터 상담원 이서연입니다.", 0.9),
        turn(C, "네, 다음 달에 이사하려고 하는데 날짜를 확정하고 싶어요.", 0.88),
        turn(A, "네, 고객님 연락처가 어떻게 되십니까?", 0.9),
        turn(C, "공일공 구삼칠이 오오팔일이요.", 0.86),
        turn(A, "확인되었습니다. 십이월 십팔일 금요일 오전 여덟 시로 예약해 드리겠습니다.", 0.88),
        turn(A, "견적 금액은 사십팔만 원이고, 계약금 오만 원을 문자로 안내해 드리겠습니다.", 0.87),
        turn(C, "네, 십이월 십팔일 금요일이요. 감사합니다.", 0.9),
        turn(A, "감사합니다. 좋은 하루 보내세요.", 0.93),
    ]),
    "w5ko-02": ("ko", "FG-7", None, [
        turn(A, "핏그라운드 고객센터 최도윤입니다.", 0.91),
        turn(C, "회원권을 해지하고 남은 기간 환불받고 싶어요. 회원번호는 칠칠공일삼입니다.", 0.86),
        turn(A, "칠칠공일삼 확인했습니다. 남은 기간 환불 금액은 십이만 원입니다.", 0.88),
        turn(A, "환불은 지점에서 처리할 수 없어서 본사 승인팀으로 이관하겠습니다. 삼 일 안에 본사에서 전화드릴 예정입니다.", 0.87),
        turn(C, "네, 삼 일 안에 연락 주시는 거죠?", 0.9),
        turn(A, "네, 맞습니다. 감사합니다.", 0.93),
    ]),
    "w5ko-03": ("ko", "SH-4", None, [
        turn(A, "서해호텔 예약실 정하은입니다.", 0.91),
        turn(C, "예약 날짜를 바꾸고 싶어서요. 예약번호는 에이치 칠공삼구일이에요.", 0.85),
        turn(A, "H70391, 디럭스 트윈 룸 확인했습니다. 언제로 변경해 드릴까요?", 0.88),
        turn(C, "일월 사일 월요일부터 이박으로 해 주세요.", 0.88),
        turn(A, "일월 사일부터 이박, 디럭스 트윈으로 변경되었습니다. 요금 차이는 없습니다.", 0.89),
        turn(A, "변경 확인서는 이메일로 보내 드리겠습니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.93),
    ]),
    "w5ko-04": ("ko", "DB-21", None, [
        turn(A, "대보보일러 서비스센터 한지훈입니다.", 0.91),
        turn(C, "보일러에서 에러 코드 이십칠이 뜨고 온수가 안 나와요.", 0.86),
        turn(A, "불편을 드려 죄송합니다. 연락처 부탁드립니다.", 0.9),
        turn(C, "공일공 육일팔사 영이구삼이요.", 0.84),
        turn(A, "에러 이십칠은 점화 불량이라 기사 방문이 필요합니다. 내일 오전 열 시에 기사님이 방문하겠습니다.", 0.88),
        turn(A, "출장비는 이만 원이고, 부품비는 현장에서 안내해 드립니다.", 0.88),
        turn(C, "네, 내일 오전 열 시요.", 0.91),
    ]),
    "w5ko-05": ("ko", "MD-3", None, [
        turn(A, "미소치과입니다. 무엇을 도와드릴까요?", 0.92),
        turn(C, "스케일링 예약하려고요. 김민소 이름으로요.", 0.84, low={"김민소": 0.4}),
        turn(A, "네, 김민서 님. 이번 주 금요일 오후 네 시 가능하십니다.", 0.88),
        turn(C, "좋아요. 그때 할게요.", 0.91),
        turn(A, "십이월 사일 금요일 오후 네 시로 예약되었습니다. 전날 문자로 한 번 더 안내해 드리겠습니다.", 0.88),
        turn(C, "네, 감사합니다.", 0.93),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w5tl-01": ("tl", "BG-11", None, [
        turn(A, "Bantay Gas delivery, si Ramon po ito. Ano pong order natin?", 0.88),
        turn(C, "Magpapadeliver po sana ako ng isang eleven kilo na tangke ng LPG.", 0.86),
        turn(A, "Sige po. Contact number po?", 0.9),
        turn(C, "Zero nine one seven, tres dos uno, kuwatro singko, siyete otso.", 0.8),
        turn(A, "Zero nine one seven three two one four five seven eight. Ang total po ay siyete siyentos "
                "singkuwenta pesos, cash on delivery.", 0.84),
        turn(A, "Darating po bukas, alas diyes ng umaga.", 0.87),
        turn(C, "Sige po, salamat.", 0.92),
    ]),
    "w5tl-02": ("tl", "PK-6", None, [
        turn(A, "Good morning po, PestKontra, si Jessa po ito.", 0.88),
        turn(C, "Hi, may anay po sa kusina namin, yung cabinet kinakain na.", 0.85),
        turn(A, "Naku. Magse-schedule po tayo ng termite inspection. Ano pong address?", 0.87),
        turn(C, "Fourteen Sampaguita Street, Marikina.", 0.88),
        turn(A, "Pwede po ba sa Sabado, Disyembre dose, alas nuwebe ng umaga?", 0.86),
        turn(C, "Sige, Sabado ng umaga okay.", 0.89),
        turn(A, "Libre po ang inspection; ang quotation ibibigay ng technician pagkatapos.", 0.87),
    ]),
    "w5tl-03": ("tl", "IF-2", None, [
        turn(A, "Isla Ferry reservations, si Carlo po.", 0.89),
        turn(C, "Na-cancel po yung biyahe namin dahil sa bagyo. Gusto ko pong i-rebook.", 0.86),
        turn(A, "Booking reference po?", 0.9),
        turn(C, "I F, tres siyete, nuwebe dos, singko.", 0.8),
        turn(A, "IF37925, apat na pasahero. Pwede ko pong ilipat sa Huwebes, Disyembre diyes.", 0.85),
        turn(C, "Sige po. Pero may rebooking fee daw na four hundred?", 0.87),
        turn(A, "Dahil sa bagyo po ang cancellation, ie-escalate ko po sa supervisor para ma-waive ang fee. "
                "Tatawagan po kayo ng supervisor bukas.", 0.85),
        turn(C, "Okay po, salamat.", 0.92),
    ]),
    "w5tl-04": ("tl", "SB-8", None, [
        turn(A, "Good afternoon po, Saint Brigid School billing, si Ms. Lorna po.", 0.88),
        turn(C, "Magtatanong po sana ako kung pwede installment yung tuition ng anak ko.", 0.87),
        turn(A, "Pwede po. Student number po?", 0.9),
        turn(C, "Dalawa, apat, tatlo, pito, siyam, walo.", 0.83),
        turn(A, "243798, Grade 5. Ang natitirang balance po ay labinlimang libo; hahatiin natin sa tatlo, "
                "limang libo kada buwan.", 0.85),
        turn(A, "Ang unang hulog po ay due sa Enero kinse. Ise-send ko po ang payment schedule sa email ninyo.", 0.86),
        turn(C, "Salamat po.", 0.92),
    ]),
    "w5tl-05": ("tl", "MS-4", None, [
        turn(A, "MotoServe Pasig, si Jun po ito.", 0.89),
        turn(C, "Hello, si Arnel Dela Kruz to. Yung Zephyr one fifty ko, parang mahina na yung preno.", 0.84,
             low={"kruz": 0.45}),
        turn(A, "Okay sir. Brake check po natin. Plate number po?", 0.89),
        turn(C, "N A O, tres kuwatro singko.", 0.79),
        turn(A, "NAO 345. Bukas po, alas dos ng hapon, available. Brake pads at brake fluid titingnan.", 0.85),
        turn(C, "Sige po, bukas alas dos.", 0.9),
    ]),
}

# Harper Valley (mono mix at evaluation time): ServiceNow CSV, u_ columns
HARPER = ["number", "state", "assigned_to", "opened_at", "short_description", "description", "close_notes",
          "work_notes", "u_category", "u_card_type", "u_account", "u_amount", "u_from_account", "u_to_account",
          "u_branch_hours", "u_escalated"]
_CARD_0002 = "Patricia Brown lost her debit card and asked for a new one.{more}"
HARPER_ROWS = [
    ["HV5-0101", "Resolved", "HV-AGENT", "2026-11-30 10:00:00", "Lost debit card: replacement",
     _CARD_0002.format(more=" Replacement debit card requested."), "Replacement debit card requested.", "",
     "Card replacement", "Debit", "", "", "", "", "", "No"],
    ["HV5-0102", "Escalated", "HV-AGENT", "2026-11-30 10:00:00", "Lost debit card: replacement",
     _CARD_0002.format(more=" Escalated to Card Services to issue the new card."), "", "",
     "Card replacement", "Debit", "", "", "", "", "", "Yes"],
    ["HV5-0201", "Resolved", "HV-AGENT", "2026-11-30 10:10:00", "Balance inquiry",
     "Elizabeth David checked the balance of her checking account: $134.00.", "Balance given.", "",
     "Balance inquiry", "", "Checking", "$134.00", "", "", "", "No"],
    ["HV5-0202", "Resolved", "HV-AGENT", "2026-11-30 10:10:00", "Balance inquiry",
     "Elizabeth David checked her account balance.", "Balance given.", "",
     "Balance inquiry", "", "Savings", "$143.00", "", "", "", "No"],
    ["HV5-0301", "Resolved", "HV-AGENT", "2026-11-30 10:20:00", "Transfer between own accounts",
     "Robert Johnson transferred $135.00 from his savings account to his checking account.", "Transfer done.", "",
     "Transfer", "", "", "$135.00", "Savings", "Checking", "", "No"],
    ["HV5-0302", "Resolved", "HV-AGENT", "2026-11-30 10:20:00", "Transfer between own accounts",
     "Robert Johnson transferred money from his savings account to his checking account.", "Transfer done.", "",
     "Transfer", "", "", "$125.00", "Savings", "Checking", "", "No"],
    ["HV5-0401", "Resolved", "HV-AGENT", "2026-11-30 10:30:00", "Branch hours",
     "Robert Jones asked for the local branch hours: 9:30 AM to 5:00 PM.", "Hours given.", "",
     "Branch information", "", "", "", "", "", "9:30 AM - 5:00 PM", "No"],
    ["HV5-0402", "Resolved", "HV-AGENT", "2026-11-30 10:30:00", "Branch hours",
     "Robert Jones asked for the local branch hours; hours given.", "Hours given.", "",
     "Branch information", "", "", "", "", "", "9:00 AM - 5:30 PM", "No"],
]


def _fd(ticket_id, status, agent, subject, text, **custom):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "created_at": "2026-11-30T14:00:00Z", "custom_fields": custom}


# English written calls: Freshdesk JSON, custom_fields
_VET = ("Client Hollis (client no. 582207) moved Biscuit's booster vaccination from Tuesday to {when} with "
        "Dr Alvarez. Reminder text to 503-555-0182 the day before.")
_BAG = ("Bag tag SK660419 did not arrive on flight SK412 from Denver. Delayed baggage report DEN-SK-11287 "
        "opened{more}. Customer may spend up to $75 on essentials, reimbursed against receipts.")
_RX = ("Refill of amoxicillin 500 mg for patient Okonkwo (DOB 2015-03-03) rejected by the insurance: the "
       "prescription expired. {more}")
_SOLAR = ("Inverter shows a red light and error E31 (isolation fault); no production today. Escalated to field "
          "service: technician visit Monday 14 December, 8 AM to noon. Customer keeps the system off until then.")
DESK = [
    _fd(51011, "Resolved", "MP-08", "Vaccination appointment moved (Biscuit)", _VET.format(when="Wednesday 3:15 PM"),
        cf_client_no="582207", cf_phone="503-555-0182", cf_appointment="Wednesday 3:15 PM",
        cf_issue_type="Appointment change", cf_next_step="Reminder text the day before", cf_escalated="No"),
    _fd(51012, "Resolved", "MP-08", "Vaccination appointment moved (Biscuit)",
        _VET.format(when="later in the week").replace("from Tuesday to later", "to later"),
        cf_client_no="582207", cf_phone="503-555-0182", cf_appointment="Thursday 3:15 PM",
        cf_issue_type="Appointment change", cf_next_step="Reminder text the day before", cf_escalated="No"),
    _fd(51021, "Escalated", "SK-3", "Delayed bag, flight SK412",
        _BAG.format(more=" and escalated to baggage tracing; they call the customer back within 24 hours"),
        cf_bag_tag="SK660419", cf_report_no="DEN-SK-11287", cf_amount="$75.00", cf_issue_type="Delayed baggage",
        cf_next_step="Tracing team calls back within 24 hours", cf_escalated="Yes"),
    _fd(51022, "Resolved", "SK-3", "Delayed bag, flight SK412", _BAG.format(more=""),
        cf_bag_tag="SK660419", cf_report_no="DEN-SK-11287", cf_amount="$75.00", cf_issue_type="Delayed baggage",
        cf_next_step="", cf_escalated="No"),
    _fd(51031, "Resolved", "RL-14", "Fuel fee refunded",
        "Car returned Saturday with a full tank but a fuel fee was charged. Agreement RA774091; the return photo "
        "shows a full tank. Refunded $48.60 to the card; 5-7 business days to show.",
        cf_agreement_no="RA774091", cf_refund_amount="$48.60", cf_issue_type="Billing dispute", cf_escalated="No"),
    _fd(51032, "Resolved", "RL-14", "Fuel fee refunded",
        "Car returned Saturday with a full tank but a fuel fee was charged. Agreement RA774091; the return photo "
        "shows a full tank. Fuel charge refunded to the card; 5-7 business days to show.",
        cf_agreement_no="RA774091", cf_refund_amount="$46.80", cf_issue_type="Billing dispute", cf_escalated="No"),
    _fd(51041, "Pending", "CR-2", "Refill rejected: prescription expired",
        _RX.format(more="Pharmacy calls Dr Patel's office for a new prescription and calls the customer back this "
                   "afternoon when it is ready."),
        cf_patient="Okonkwo", cf_dob="2015-03-03", cf_product="Amoxicillin 500 mg",
        cf_issue_type="Insurance rejection", cf_next_step="Call the customer back this afternoon"),
    _fd(51042, "Pending", "CR-2", "Refill rejected: prescription expired",
        _RX.format(more="New prescription requested from Dr Patel's office."),
        cf_patient="Okonkwo", cf_dob="2015-03-03", cf_product="Amoxicillin 500 mg",
        cf_issue_type="Insurance rejection", cf_next_step=""),
    _fd(51051, "Pending", "RG-9", "Official transcript by mail",
        "Official transcript to be mailed to a graduate school. Student ID 20194336. Fee $15: payment link sent "
        "to the university email; the transcript is mailed within 3 business days of payment.",
        cf_student_id="20194336", cf_amount="$15.00", cf_issue_type="Transcript request"),
    _fd(51052, "Pending", "RG-9", "Official transcript by mail",
        "Official transcript to be mailed to a graduate school. Student ID 20194336. Fee $15: payment link sent "
        "to the university email; the transcript is mailed within 3 business days of payment.",
        cf_student_id="20194336", cf_amount="$15.00", cf_issue_type="Enrollment verification"),
    _fd(51061, "Escalated", "SR-5", "Inverter fault E31: technician visit", _SOLAR,
        cf_phone="720-555-4416", cf_appointment="Monday 2026-12-14, 8:00-12:00", cf_issue_type="Inverter fault",
        cf_product="Inverter", cf_escalated="Yes"),
    _fd(51062, "Escalated", "SR-5", "Inverter fault E31: technician visit", _SOLAR,
        cf_phone="720-555-4461", cf_appointment="Monday 2026-12-14, 8:00-12:00", cf_issue_type="Inverter fault",
        cf_product="Inverter", cf_escalated="Yes"),
]

# Korean written calls: a CSV with Korean column names (UTF-8 with BOM), hanul5-mapping.yaml names them
HANUL = ["접수번호", "상태", "담당자", "제목", "내용", "처리내용", "연락처", "고객번호", "금액", "예정일시", "유형",
         "상품", "다음단계", "이관여부"]
_GYM = "회원권 해지 및 잔여 기간 환불 요청. 회원번호 77013. 환불 금액 120,000원.{more}"
HANUL_ROWS = [
    ["K5-101", "처리완료", "HM-12", "이사 예약 확정", "12월 18일(금) 오전 8시 이사 예약 확정. 견적 480,000원, 계약금 "
     "50,000원 문자 안내.", "예약 확정", "010-9372-5581", "", "480,000원", "12월 18일(금) 오전 8시", "이사 예약", "",
     "계약금 안내 문자 발송", "아니오"],
    ["K5-102", "처리완료", "HM-12", "이사 예약 확정", "이사 예약 확정. 견적 480,000원, 계약금 50,000원 문자 안내.",
     "예약 확정", "010-9372-5581", "", "480,000원", "12월 19일(금) 오전 8시", "이사 예약", "", "계약금 안내 문자 발송",
     "아니오"],
    ["K5-201", "이관", "FG-7", "회원권 해지 환불", _GYM.format(more=" 본사 승인팀 이관, 3일 이내 본사에서 고객에게 연락."),
     "", "", "77013", "120,000원", "", "회원권 해지/환불", "", "3일 이내 본사 연락", "예"],
    ["K5-202", "처리완료", "FG-7", "회원권 해지 환불", _GYM.format(more=" 환불 절차 안내."), "안내 완료", "", "77013",
     "120,000원", "", "회원권 해지/환불", "", "3일 이내 본사 연락", "아니오"],
    ["K5-301", "처리완료", "SH-4", "예약 날짜 변경", "예약번호 H70391 날짜 변경: 1월 4일(월)부터 2박, 디럭스 트윈. 요금 "
     "차이 없음. 변경 확인서 이메일 발송.", "변경 완료", "", "H70391", "", "1월 4일(월) 체크인, 2박", "예약 변경",
     "디럭스 트윈", "변경 확인서 이메일 발송", "아니오"],
    ["K5-302", "처리완료", "SH-4", "예약 날짜 변경", "예약번호 H70391 날짜 변경: 1월 4일(월)부터 2박. 요금 차이 없음. "
     "변경 확인서 이메일 발송.", "변경 완료", "", "H70391", "", "1월 4일(월) 체크인, 2박", "예약 변경", "스탠다드 더블",
     "변경 확인서 이메일 발송", "아니오"],
    ["K5-401", "기사방문", "DB-21", "보일러 에러 27: 기사 방문", "보일러 에러 27(점화 불량), 온수 안 나옴. 내일(12월 1일) "
     "오전 10시 기사 방문. 출장비 20,000원, 부품비는 현장 안내.", "", "010-6184-0293", "", "20,000원",
     "12월 1일 오전 10시", "점화 불량", "보일러", "기사 방문", "아니오"],
    ["K5-402", "기사방문", "DB-21", "보일러 에러 27: 기사 방문", "보일러 에러 27(점화 불량), 온수 안 나옴. 내일(12월 1일) "
     "오전 10시 기사 방문. 출장비 20,000원, 부품비는 현장 안내.", "", "010-6184-0239", "", "20,000원",
     "12월 1일 오전 10시", "점화 불량", "보일러", "기사 방문", "아니오"],
    ["K5-501", "처리완료", "MD-3", "스케일링 예약", "김민서 고객 스케일링 예약: 12월 4일(금) 오후 4시. 전날 문자 안내 예정.",
     "예약 완료", "", "", "", "12월 4일(금) 오후 4시", "진료 예약", "스케일링", "전날 안내 문자", "아니오"],
    ["K5-502", "처리완료", "MD-3", "스케일링 예약", "김민서 고객 스케일링 예약: 12월 4일(금) 오후 4시.",
     "예약 완료", "", "", "", "12월 4일(금) 오후 4시", "진료 예약", "스케일링", "", "아니오"],
]
HANUL_MAPPING = """\
# The Hanul desk's Korean CSV export (UTF-8 with BOM). Columns not named here (연락처, 고객번호, 금액,
# 예정일시, 유형, 상품, 다음단계, 이관여부) are kept as structured fields.
name: hanul5
fields:
  ticket_id: 접수번호
  status: 상태
  agent_id: 담당자
  title: 제목
  description: 내용
  resolution: 처리내용
status_values:
  접수: open
  기사방문: pending
  처리완료: resolved
  이관: escalated
"""

# Tagalog / Taglish written calls: Zendesk CSV
ZENDESK = ["Id", "Subject", "Status", "Assignee", "Description", "Account No", "Phone", "Amount", "Schedule",
           "Issue Type", "Product", "Next Step", "Escalated"]
_FERRY = "Trip cancelled by the typhoon; booking IF37925 (4 passengers) rebooked to Thursday 10 Dec.{more}"
ZENDESK_ROWS = [
    ["6101", "LPG delivery order", "Pending", "BG-11", "Customer ordered one 11 kg LPG tank. Contact 0917 321 4578. "
     "Total PHP 750, cash on delivery. Delivery tomorrow 10:00 AM.", "", "0917 321 4578", "PHP 750.00",
     "2026-12-01 10:00 AM", "Delivery order", "LPG 11 kg", "Deliver tomorrow 10:00 AM", "No"],
    ["6102", "LPG delivery order", "Pending", "BG-11", "Customer ordered one 11 kg LPG tank. Contact 0917 321 4578. "
     "Cash on delivery. Delivery tomorrow 10:00 AM.", "", "0917 321 4578", "PHP 570.00",
     "2026-12-01 10:00 AM", "Delivery order", "LPG 11 kg", "Deliver tomorrow 10:00 AM", "No"],
    ["6201", "Termite inspection", "Pending", "PK-6", "Termites in the kitchen cabinets. Termite inspection at 14 "
     "Sampaguita Street, Marikina on Saturday 12 Dec, 9:00 AM. The inspection is free; the technician gives the "
     "quotation after.", "", "", "", "Saturday, 2026-12-12 9:00 AM", "Termite inspection", "", "Inspection, then "
     "quotation", "No"],
    ["6202", "Termite inspection", "Pending", "PK-6", "Termites in the kitchen cabinets. Termite inspection at 14 "
     "Sampaguita Street, Marikina, 9:00 AM. The inspection is free; the technician gives the quotation after.",
     "", "", "", "Sunday, 2026-12-12 9:00 AM", "Termite inspection", "", "Inspection, then quotation", "No"],
    ["6301", "Typhoon rebooking; fee waiver", "Escalated", "IF-2", _FERRY.format(
        more=" PHP 400 rebooking fee: escalated to the supervisor for a waiver; the supervisor calls the customer "
        "tomorrow."), "IF37925", "", "PHP 400.00", "Thursday, 2026-12-10", "Rebooking", "",
     "Supervisor calls back tomorrow about the fee waiver", "Yes"],
    ["6302", "Typhoon rebooking", "Solved", "IF-2", _FERRY.format(more=""), "IF37925", "", "PHP 400.00",
     "Thursday, 2026-12-10", "Rebooking", "", "", "No"],
    ["6401", "Tuition installment plan", "Solved", "SB-8", "Installment plan for the tuition of student 243798 "
     "(Grade 5). Remaining balance PHP 15,000 in three monthly payments of PHP 5,000; the first is due 15 January. "
     "Payment schedule sent by email.", "243798", "", "PHP 15,000.00", "2027-01-15", "Installment plan", "",
     "Payment schedule emailed", "No"],
    ["6402", "Tuition installment plan", "Solved", "SB-8", "Installment plan for the tuition (Grade 5). Remaining "
     "balance PHP 15,000 in three monthly payments of PHP 5,000; the first is due 15 January. Payment schedule "
     "sent by email.", "243789", "", "PHP 15,000.00", "2027-01-15", "Installment plan", "",
     "Payment schedule emailed", "No"],
    ["6501", "Brake check booked", "Pending", "MS-4", "Arnel Dela Cruz: weak brakes on his Zephyr 150, plate NAO "
     "345. Brake check (pads and fluid) tomorrow 2:00 PM.", "NAO 345", "", "", "2026-12-01 2:00 PM",
     "Brake problem", "Zephyr 150", "Brake check tomorrow", "No"],
    ["6502", "Service booked", "Pending", "MS-4", "Arnel Dela Cruz: Zephyr 150, plate NAO 345. Check-up booked "
     "for tomorrow.", "NAO 345", "", "", "2026-12-01 4:00 PM", "Engine overheating", "Zephyr 150",
     "Check-up tomorrow", "No"],
]


def _csv(path: Path, header: list, rows: list, encoding: str = "utf-8") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding=encoding)


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    _csv(exports / "harper5-servicenow.csv", HARPER, HARPER_ROWS)
    (exports / "desk5-freshdesk.json").write_text(json.dumps(DESK, ensure_ascii=False, indent=1) + "\n")
    _csv(exports / "hanul5-desk.csv", HANUL, HANUL_ROWS, encoding="utf-8-sig")
    (exports / "hanul5-mapping.yaml").write_text(HANUL_MAPPING, encoding="utf-8")
    _csv(exports / "tl5-zendesk.csv", ZENDESK, ZENDESK_ROWS)


if __name__ == "__main__":
    main()
