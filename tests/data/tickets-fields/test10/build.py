"""Writes the tenth test split's written calls (test10/calls) and every export (test10/exports).

Run from the repository root: ``python tests/data/tickets-fields/test10/build.py``. The six English
calls in test10/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Zendesk JSON export whose numeric custom
fields a mapping names) were written from the scripts in build_audio.py as a careful agent would, not
from a transcript. The written calls are in domains the earlier splits do not use (junk removal, snow
plowing contract, trophy engraving, kayak rental, fence installation; Korean move-in cleaning,
online shoe exchange, ski season-pass refund, EV charging card; Taglish hair salon, lechon order,
computer shop build, cooperative loan, travel agency package). Some carry ASR-like noise a careful
analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits and native clock times, Spanish and
Tagalog digits, a misheard surname). ``p`` is a turn's word probability the way Whisper base reports
it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test10/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w10en-01": ("en", "JR-3", None, [
        turn(A, "HaulAway Junk Removal, this is Trevor.", 0.93),
        turn(C, "Hi, um, we're clearing out my mom's garage and there's a lot. Old furniture, boxes, and a "
                "fridge.", 0.9),
        turn(A, "Sure. Can I get your name?", 0.94),
        turn(C, "Shimanski. Alicia.", 0.82, low={"shimanski": 0.38}),
        turn(A, "Thanks, Alicia. From what you describe that's about half a truckload, two hundred forty "
                "dollars, plus a thirty dollar fee for the fridge. So two seventy.", 0.89),
        turn(A, "I can do Friday, December fourth, between ten and noon.", 0.91),
        turn(C, "Friday works. My number is seven one eight, five five five, o two six one.", 0.86,
             low={"o": 0.45}),
        turn(A, "Seven one eight five five five zero two six one. The crew calls twenty minutes before they "
                "arrive.", 0.9),
        turn(C, "Great.", 0.95),
    ]),
    "w10en-02": ("en", "SN-1", None, [
        turn(A, "Northline Snow and Ice, this is Greg.", 0.93),
        turn(C, "Hi, I want to sign up for driveway plowing this winter.", 0.91),
        turn(A, "Sure. The seasonal contract for a standard driveway is four hundred fifty dollars, in two "
                "payments of two twenty five, December fifteenth and January fifteenth.", 0.89),
        turn(A, "We come out whenever we get two inches or more, usually before seven a.m.", 0.9),
        turn(C, "Okay, let's do it. Account's under S P two two zero eight, I had you for salting last year.",
             0.87),
        turn(A, "S P two two zero eight, got it. I'll email the contract today for your e-signature, and "
                "service starts once it's signed.", 0.9),
        turn(C, "Sounds good.", 0.95),
    ]),
    "w10en-03": ("en", "TE-6", None, [
        turn(A, "Victory Trophies and Engraving, Maria speaking.", 0.93),
        turn(C, "Hi, I'm ordering trophies for my daughter's soccer team, twelve of them.", 0.91),
        turn(A, "Okay. The small cup trophies are fourteen dollars each, and engraving is six fifty each, so "
                "two hundred forty six for twelve.", 0.88),
        turn(C, "That's fine. I'll email you the names tonight.", 0.92),
        turn(A, "Great. Your order is T R fourteen oh nine. They'll be ready Thursday, December tenth, after "
                "three p.m.", 0.89),
        turn(C, "T R one four zero nine, Thursday after three. Thanks.", 0.9),
    ]),
    "w10en-04": ("en", "KY-2", None, [
        turn(A, "Harbor Paddle kayak rentals, this is Jess.", 0.93),
        turn(C, "Hi, we had two tandem kayaks booked for Saturday and I saw there's a wind advisory.", 0.9),
        turn(A, "Yes, we've cancelled all Saturday trips. You can rebook or get a full refund.", 0.91),
        turn(C, "Just the refund, please. Booking was H P, five five eight oh.", 0.88),
        turn(A, "H P five five eight zero. That's ninety six dollars back to your card, you'll see it in five "
                "to seven business days.", 0.9),
        turn(C, "Okay, thanks.", 0.95),
    ]),
    "w10en-05": ("en", "FN-4", None, [
        turn(A, "Sturdy Post Fence Company, this is Owen.", 0.93),
        turn(C, "Hi, you put in our cedar fence in August and two posts are already leaning.", 0.9),
        turn(A, "Sorry to hear that. What's the job number on your invoice?", 0.94),
        turn(C, "F N, three three one, o eight.", 0.85, low={"o": 0.46}),
        turn(A, "F N three three one zero eight. Post repairs under the workmanship warranty need our "
                "installation manager's sign-off, so I'm escalating it to her.", 0.89),
        turn(A, "She'll come out Monday, December seventh, between nine and eleven, to look at it.", 0.9),
        turn(C, "Monday nine to eleven, okay.", 0.94),
    ]),
    # ---------------------------------------------------------------- Korean
    "w10ko-01": ("ko", "MC-2", None, [
        turn(A, "반짝홈 입주청소 상담센터 윤서진입니다.", 0.92),
        turn(C, "다음 주에 이사 들어가는 집 입주청소 예약하려고요. 삼십사 평이에요.", 0.9),
        turn(A, "네, 평당 만 이천 원이라 사십만 팔천 원입니다. 십이월 구일 수요일 오전 아홉 시에 시작하면 될까요?", 0.89),
        turn(C, "네, 좋아요. 연락처는 공일공, 구삼일이, 칠칠영팔이요.", 0.84, low={"칠칠영팔이요": 0.49}),
        turn(A, "공일공 구삼일이 칠칠공팔, 예약 완료했습니다. 당일 아침에 팀장님이 출발하면서 문자 드립니다.", 0.9),
        turn(C, "감사합니다.", 0.95),
    ]),
    "w10ko-02": ("ko", "SH-5", None, [
        turn(A, "런웨이 슈즈 고객센터 최민재입니다.", 0.92),
        turn(C, "운동화를 이백오십으로 샀는데 작아서 이백오십오로 교환하고 싶어요.", 0.9),
        turn(A, "네, 주문번호 말씀해 주세요.", 0.93),
        turn(C, "에스 이 육 공 팔 일이요.", 0.85),
        turn(A, "S26081 확인했습니다. 첫 교환이라 배송비는 무료고요, 모레 목요일에 택배 기사님이 회수하러 가십니다.", 0.9),
        turn(A, "새 상품은 다음 주 월요일까지 받아 보실 수 있어요.", 0.9),
        turn(C, "네, 알겠습니다.", 0.95),
    ]),
    "w10ko-03": ("ko", "SK-7", None, [
        turn(A, "설봉리조트 시즌권 센터 장해원입니다.", 0.92),
        turn(C, "시즌권 샀는데 다리를 다쳐서 환불받고 싶어요.", 0.9),
        turn(A, "개장 전이라 환불 가능합니다. 결제하신 오십오만 원에서 수수료 십 퍼센트를 빼고 사십구만 오천 원입니다.", 0.89),
        turn(A, "환불은 재무팀 승인이 필요해서 재무팀으로 넘기겠습니다. 영업일 기준 삼 일 안에 문자로 안내드립니다.", 0.9),
        turn(C, "네, 기다릴게요. 회원번호는 칠 삼 공 구 이 일이에요.", 0.86),
        turn(A, "칠삼공구이일, 확인했습니다.", 0.93),
    ]),
    "w10ko-04": ("ko", "EV-3", None, [
        turn(A, "차지온 전기차 충전 고객센터 문태오입니다.", 0.92),
        turn(C, "충전 카드를 잃어버렸어요. 정지하고 새로 받고 싶어요.", 0.9),
        turn(A, "회원번호 말씀해 주시겠어요?", 0.93),
        turn(C, "이 브이 칠이 삼삼 팔일이요.", 0.84, low={"이": 0.5}),
        turn(A, "EV723381, 기존 카드는 지금 바로 정지했습니다. 재발급 비용 오천 원은 다음 달 요금에 청구되고, "
                "새 카드는 일주일 안에 등기로 보내 드립니다.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w10tl-01": ("tl", "HS-8", None, [
        turn(A, "Glam Tress Salon, si Joy po.", 0.91),
        turn(C, "Hi, magpapa-book sana ako ng rebond tapos treatment, sa Sabado.", 0.88),
        turn(A, "Sige po. Rebond po dalawang libo't limang daan, treatment walong daan. Tatlong libo't tatlong "
                "daan po lahat.", 0.87),
        turn(A, "Sabado po, December five, alas dos ng hapon. Pangalan at number po?", 0.9),
        turn(C, "Liza Manalo. Zero nine one seven, kuwatro singko dos, sero otso siyete tres.", 0.83,
             low={"sero": 0.46}),
        turn(A, "Zero nine one seven, four five two, zero eight seven three po. Kita po tayo sa Sabado.", 0.89),
    ]),
    "w10tl-02": ("tl", "LC-1", None, [
        turn(A, "Lechon ni Mang Caloy, si Bea po.", 0.91),
        turn(C, "Mag-o-order po ako ng isang buong lechon para sa Noche Buena, mga labinlimang kilo.", 0.88),
        turn(A, "Siyam na libo't limang daan po yung fifteen kilos. Kailangan po ng fifty percent downpayment, "
                "apat na libo't pitong daan at singkwenta, via GCash.", 0.87),
        turn(A, "Delivery po December twenty four, alas onse ng umaga. Order number niyo po L C siyete siyete "
                "uno.", 0.88),
        turn(C, "L C seven seven one. Sige, magse-send ako ng downpayment mamaya.", 0.89),
        turn(A, "Salamat po. Confirmed na po pag natanggap namin.", 0.9),
    ]),
    "w10tl-03": ("tl", "PC-4", None, [
        turn(A, "Byte Haven PC, si Rafael po.", 0.91),
        turn(C, "Yung PC build ko po na in-order, kailan po matatapos?", 0.88),
        turn(A, "Sorry po, out of stock po yung graphics card na pinili niyo. Yung quote po ay apatnapu't walong "
                "libo't limang daan.", 0.86),
        turn(A, "Tatawagan po kayo ng tech lead namin bukas bago mag-alas dose para sa options na kapalit.", 0.88),
        turn(C, "Okay, bukas bago alas dose. Job order ko, B H, dos dos otso.", 0.85),
        turn(A, "B H two two eight po. Salamat po sa pasensya.", 0.9),
    ]),
    "w10tl-04": ("tl", "KP-2", None, [
        turn(A, "Magandang hapon po, Bayanihan Multi-Purpose Cooperative, si Ate Lorna po.", 0.91),
        turn(C, "Magpapa-restructure po sana ako ng loan ko, nahihirapan po kasi ako sa hulog.", 0.88),
        turn(A, "Member number po?", 0.94),
        turn(C, "Dos sero uno siyete, otso.", 0.83, low={"sero": 0.48}),
        turn(A, "Two zero one seven eight po. Ang restructuring po ay kailangang aprubahan ng credit committee, "
                "kaya ipapasa ko po sa kanila. Magme-meet sila sa Huwebes, at ite-text namin kayo sa Biyernes.",
             0.87),
        turn(C, "Sige po. Number ko, zero nine two nine, siyete siyete tres, uno kuwatro singko dos.", 0.84),
        turn(A, "Zero nine two nine, seven seven three, one four five two po. Salamat po.", 0.89),
    ]),
    "w10tl-05": ("tl", "TA-9", None, [
        turn(A, "Lakbay Saya Travel and Tours, si Kristine po.", 0.91),
        turn(C, "Kukunin na namin yung Boracay package, three days two nights, dalawa kami.", 0.88),
        turn(A, "Sige po. Labindalawang libo't walong daan po bawat isa, dalawampu't limang libo't anim na "
                "daan lahat. January eight to ten po ang travel dates.", 0.87),
        turn(A, "I-email ko po yung flight details at hotel voucher within twenty four hours. Email address po?",
             0.89),
        turn(C, "marites dot cruz at yahoo dot com.", 0.88),
        turn(A, "marites dot cruz at yahoo dot com po. Bayad na po via card, confirmed na po kayo.", 0.89),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Zendesk JSON
# custom field ids -> names in audio10-mapping.yaml; "Service line" is the desk's category.
CF = {"ref": 4410101, "phone": 4410102, "email": 4410103, "amount": 4410104, "when": 4410105,
      "next": 4410106, "line": 4410107}


def _zd(ticket_id, status, agent, subject, text, **cf):
    return {"id": ticket_id, "subject": subject, "description": text, "status": status, "assignee_id": agent,
            "type": "incident", "created_at": "2026-12-01T01:30:00Z",
            "custom_fields": [{"id": CF[k], "value": v} for k, v in cf.items()]}


_MUS = "Family membership renewal (Brennan), member M603512; lapsed last week. Visa ending 4417. "
_TREE = ("Storm: large oak leaning over the house, one limb resting on the power line; 271 Birchwood Lane. "
         "Cust told to keep away from the line. ")
_BILL = "ER visit (Oct) bill, acct 9700-44-8162. Balance $1,260. "
_CARPET = "3 rooms + hallway, red wine stain in living room. Booking CC419. "
_THERMO = "Thermostat screen blank since yesterday, won't power on; ~8 months old. Serial TH77029K. "
_NEWS = "Cancel subscription (moving overseas), acct 88201743, Mr. Haddad. Paid through Feb. "
ZENDESK = {"tickets": [
    _zd(10101, "solved", "LM-2", "Membership renewed", _MUS + "Renewed family plan $115/yr, no new card fee "
        "(within 30 days). Valid to 30 Nov 2027 incl. 2 guest passes. New cards mailed within a week.",
        ref="M603512", amount="$115.00", when="2027-11-30", next="New cards mailed within a week",
        line="Membership renewal"),
    _zd(10102, "solved", "LM-2", "Membership renewed", _MUS + "Renewed family plan $115/yr, no new card fee "
        "(within 30 days), 2 guest passes. New cards mailed within a week.",
        ref="M603512", amount="$115.00", when="2026-11-30", next="New cards mailed within a week",
        line="Membership renewal"),
    _zd(10201, "hold", "GT-5", "Oak on power line - arborist", _TREE + "Touching a power line: escalated to "
        "the certified arborist, who calls the cust back Thursday afternoon to set the visit. Estimate visit "
        "free.", phone="(503) 555-0149", amount="$0.00", next="Arborist cb Thu afternoon",
        line="Hazard tree"),
    _zd(10202, "solved", "GT-5", "Oak removal scheduled", _TREE + "Removal scheduled. Estimate visit free.",
        phone="(503) 555-0194", amount="$0.00", line="Hazard tree"),
    _zd(10301, "pending", "PB-1", "Payment plan set up", _BILL + "Plan: 6 monthly payments of $210, no "
        "interest; 1st due 5 Jan, then the 5th of each month. Plan agreement mailed; cust to sign and return "
        "within 14 days.", ref="9700448162", amount="6 x $210.00", when="2027-01-05",
        next="Signed agreement back within 14 days", line="Payment plan"),
    _zd(10302, "pending", "PB-1", "Payment plan set up", _BILL + "Plan: 6 monthly payments of $210, no "
        "interest; then the 5th of each month. Plan agreement mailed; cust to sign and return within 14 days.",
        ref="9700448162", amount="6 x $210.00", when="2027-01-15", next="Signed agreement back within 14 days",
        line="Payment plan"),
    _zd(10401, "solved", "FF-3", "Carpet cleaning booked", _CARPET + "3 rooms @ $45 + hallway $20 + stain "
        "treatment $15 = $170. Sat 12/12, arrival 8-9 AM; crew texts when on the way.", ref="CC419",
        phone="+1 206 555 0773", amount="$170.00", when="Sat 2026-12-12 8:00-9:00 AM",
        next="Crew texts when on the way", line="Carpet cleaning"),
    _zd(10402, "solved", "FF-3", "Carpet cleaning booked", _CARPET + "Rooms, hallway and stain treatment. "
        "Sat 12/12, arrival 8-9 AM; crew texts when on the way.", ref="CC419", phone="+1 206 555 0773",
        amount="$175.00", when="Sat 2026-12-12 8:00-9:00 AM", next="Crew texts when on the way",
        line="Upholstery cleaning"),
    _zd(10501, "pending", "NW-7", "Advance replacement (RMA)", _THERMO + "Under 2-yr warranty: advance "
        "replacement at no charge, ships tomorrow, arrives in 3-5 business days. Old unit back within 30 days "
        "with the prepaid label (label e-mailed).", ref="TH77029K", email="d.okafor@fastmail.com",
        amount="$0.00", next="Return old unit within 30 days", line="Warranty replacement"),
    _zd(10502, "pending", "NW-7", "Advance replacement (RMA)", _THERMO + "Under 2-yr warranty: advance "
        "replacement at no charge. Old unit back with the prepaid label (label e-mailed).", ref="TH77029K",
        email="d.okafor@fastmail.co", amount="$0.00", next="", line="Warranty replacement"),
    _zd(10601, "solved", "VC-4", "Subscription cancelled", _NEWS + "Last paper Sun 20 Dec. Prorated refund "
        "$31.20 to the card on file in 7-10 business days.", ref="88201743", amount="$31.20",
        when="Sun 2026-12-20", next="Refund to card in 7-10 business days", line="Cancellation"),
    _zd(10602, "solved", "VC-4", "Subscription cancelled", _NEWS + "Last paper 20 Dec. Prorated refund "
        "$31.20 to the card on file in 7-10 business days.", ref="88201743", amount="$31.20",
        when="Sat 2026-12-20", next="Refund to card in 7-10 business days", line="Cancellation"),
]}
ZENDESK_MAPPING = """\
# The audio desk's Zendesk JSON export: the built-in Zendesk mapping; Zendesk's own "type" is always
# "incident" here, so the category is the desk's "Service line" custom field; the other custom
# fields named by what they hold. This desk puts a ticket "on hold" while a specialist has it.
name: audio10-zendesk
system: zendesk
fields:
  category: custom_fields.4410107
status_values:
  hold: escalated
extra_fields:
  reference: custom_fields.4410101
  phone: custom_fields.4410102
  email: custom_fields.4410103
  amount: custom_fields.4410104
  date: custom_fields.4410105
  next_step: custom_fields.4410106
"""

# ---------------------------------------------------------------- English written calls: Freshdesk CSV
FRESHDESK = ["Ticket ID", "Subject", "Status", "Priority", "Type", "Agent", "Created time", "Description",
             "Resolution notes", "Contact phone", "Reference", "Total", "Scheduled for", "Follow-up"]
_JUNK = "Garage clear-out (Alicia Szymanski): old furniture, boxes, 1 fridge. ~Half truckload. "
_SNOW = "New seasonal driveway plowing contract; existing acct SP2208 (salting last winter). "
_TROPHY = "12 small cup trophies for youth soccer team. Cust emails the engraving names tonight. Order TR1409. "
_KAYAK = "Sat booking, 2 tandem kayaks, cancelled by us (wind advisory); cust chose refund over rebooking. "
_FENCE = "Cedar fence installed Aug, 2 posts leaning. Job FN33108. "
FRESHDESK_ROWS = [
    ["2101", "Junk pickup Fri 12/4", "Open", "Medium", "Junk removal", "JR-3", "2026-12-01 09:10", _JUNK +
     "$240 + $30 fridge fee = $270. Pickup Fri 12/4, 10 AM-12 PM; crew calls 20 min before arrival.", "",
     "718-555-0261", "", "$270.00", "Fri 12/4 10:00-12:00", "Crew calls 20 min ahead"],
    ["2102", "Junk pickup Fri 12/4", "Open", "Medium", "Junk removal", "JR-3", "2026-12-01 09:10", _JUNK +
     "Half truckload + fridge. Pickup Fri 12/4, 10 AM-12 PM; crew calls 20 min before arrival.", "",
     "718-555-0261", "", "$240.00", "Fri 12/4 10:00-12:00", "Crew calls 20 min ahead"],
    ["2201", "Seasonal plowing contract", "Waiting on Customer", "Low", "Snow & ice", "SN-1", "2026-12-01 09:20",
     _SNOW + "$450/season, 2 x $225 (Dec 15, Jan 15). Plow at 2\"+, usually before 7 AM. Contract e-mailed "
     "today for e-signature; service starts once signed.", "", "", "SP2208", "$450.00", "Dec 15 / Jan 15",
     "Service starts on signature"],
    ["2202", "Seasonal plowing contract", "Waiting on Customer", "Low", "Lawn care", "SN-1", "2026-12-01 09:20",
     _SNOW + "$450/season in 2 payments. Plow at 2\"+, usually before 7 AM. Contract e-mailed today for "
     "e-signature; service starts once signed.", "", "", "SP2208", "$450.00", "Dec 15 / Feb 15",
     "Service starts on signature"],
    ["2301", "Team trophies x12", "Open", "Medium", "Engraving order", "TE-6", "2026-12-01 09:30", _TROPHY +
     "12 x ($14 + $6.50 engraving) = $246. Ready Thu 12/10 after 3 PM.", "", "", "TR1409", "$246.00",
     "Thu 12/10 after 3:00 PM", "Pick-up Thu after 3 PM"],
    ["2302", "Team trophies x12", "Open", "Medium", "Engraving order", "TE-6", "2026-12-01 09:30", _TROPHY +
     "12 x ($14 + $6.50 engraving) = $246. Ready Thu 12/10.", "", "", "TR1409", "$246.00",
     "Thu 12/10 after 1:00 PM", "Pick-up Thu"],
    ["2401", "Wind cancellation - refund", "Resolved", "Low", "Refund", "KY-2", "2026-12-01 09:40", _KAYAK,
     "Full refund $96 to card; 5-7 business days.", "", "HP5580", "$96.00", "", "Refund in 5-7 business days"],
    ["2402", "Wind cancellation - refund", "Resolved", "Low", "Refund", "KY-2", "2026-12-01 09:40", _KAYAK,
     "Full refund $96 to card.", "", "HP5580", "$96.00", "", ""],
    ["2501", "Leaning posts - warranty", "Escalated to Install Mgr", "High", "Warranty claim", "FN-4",
     "2026-12-01 09:50", _FENCE + "Workmanship warranty repair needs the installation manager's sign-off: "
     "escalated to her. She inspects Mon 12/7, 9-11 AM.", "", "", "FN33108", "", "Mon 12/7 9:00-11:00",
     "Install mgr site visit Mon 9-11"],
    ["2502", "Leaning posts - warranty", "Waiting on Customer", "High", "Warranty claim", "FN-4",
     "2026-12-01 09:50", _FENCE + "Posts to be reset under warranty. Site visit Mon 12/7, 9-11 AM.", "", "",
     "FN33180", "", "Mon 12/7 9:00-11:00", "Site visit Mon 9-11"],
]

# ---------------------------------------------------------------- Korean written calls: JSON, Korean keys
_CLEAN = "34평 아파트 입주청소 예약. 평당 12,000원. "
_SHOE = "운동화 250 -> 255 사이즈 교환(첫 교환, 배송비 무료). 주문번호 S26081. "
_SKI = "시즌권 환불 요청(다리 부상). 개장 전 취소: 결제 550,000원 - 수수료 10% = 환불 495,000원. 회원번호 730921. "
_EV = "충전 카드 분실: 기존 카드 즉시 정지, 재발급 신청. 회원번호 EV723381. "
HANA = {"data": [
    {"접수번호": "MV-1001", "상태": "처리완료", "담당자": "MC-2", "제목": "입주청소 예약", "내용": _CLEAN +
     "총 408,000원. 12/9(수) 오전 9시 시작, 당일 아침 팀장 출발 시 문자.", "처리결과": "예약 완료", "유형": "입주청소",
     "연락처": "010-9312-7708", "금액": "408,000원", "방문일시": "12월 9일(수) 09:00", "후속조치": "당일 팀장 출발 문자"},
    {"접수번호": "MV-1002", "상태": "처리완료", "담당자": "MC-2", "제목": "입주청소 예약", "내용": _CLEAN +
     "총 408,000원. 당일 아침 팀장 출발 시 문자.", "처리결과": "예약 완료", "유형": "입주청소",
     "연락처": "010-9312-7708", "금액": "408,000원", "방문일시": "12월 9일(목) 09:00", "후속조치": "당일 팀장 출발 문자"},
    {"접수번호": "SH-2001", "상태": "처리중", "담당자": "SH-5", "제목": "사이즈 교환", "내용": _SHOE +
     "12/3(목) 택배 회수, 새 상품 다음 주 월요일(12/7)까지 도착.", "처리결과": "", "유형": "교환",
     "연락처": "", "금액": "0원", "방문일시": "12월 3일(목) 회수", "후속조치": "목 회수 / 월 도착"},
    {"접수번호": "SH-2002", "상태": "처리중", "담당자": "SH-5", "제목": "사이즈 교환", "내용": _SHOE + "교환 접수.",
     "처리결과": "", "유형": "환불", "연락처": "", "금액": "0원", "방문일시": "", "후속조치": ""},
    {"접수번호": "SK-3001", "상태": "상위이관", "담당자": "SK-7", "제목": "시즌권 환불", "내용": _SKI +
     "환불은 재무팀 승인 필요 -> 재무팀 이관. 영업일 3일 내 문자 안내.", "처리결과": "", "유형": "환불",
     "연락처": "", "금액": "495,000원", "방문일시": "", "후속조치": "재무팀 영업일 3일 내 문자"},
    {"접수번호": "SK-3002", "상태": "처리완료", "담당자": "SK-7", "제목": "시즌권 환불", "내용": _SKI + "환불 처리.",
     "처리결과": "환불 완료", "유형": "환불", "연락처": "", "금액": "495,000원", "방문일시": "", "후속조치": ""},
    {"접수번호": "EV-4001", "상태": "처리완료", "담당자": "EV-3", "제목": "카드 분실 재발급", "내용": _EV +
     "재발급 비용 5,000원 다음 달 요금에 청구. 새 카드 일주일 내 등기 발송.", "처리결과": "정지 및 재발급 접수",
     "유형": "카드 재발급", "연락처": "", "금액": "5,000원", "방문일시": "", "후속조치": "새 카드 1주일 내 등기"},
    {"접수번호": "EV-4002", "상태": "처리완료", "담당자": "EV-3", "제목": "카드 분실 재발급", "내용": _EV +
     "재발급 비용 다음 달 요금에 청구. 새 카드 일주일 내 등기 발송.", "처리결과": "정지 및 재발급 접수",
     "유형": "카드 재발급", "연락처": "", "금액": "50,000원", "방문일시": "", "후속조치": "새 카드 1주일 내 등기"},
]}
HANA_MAPPING = """\
# The Korean desk's JSON export ({"data": [...]}, Korean keys). Keys not named here (연락처, 금액,
# 방문일시, 후속조치) are kept as structured fields.
name: hana10
fields:
  ticket_id: 접수번호
  status: 상태
  agent_id: 담당자
  title: 제목
  description: 내용
  resolution: 처리결과
  category: 유형
status_values:
  접수: open
  처리중: pending
  고객대기: pending
  처리완료: resolved
  상위이관: escalated
"""

# ---------------------------------------------------------------- Taglish written calls: ServiceNow CSV
SERVICENOW = ["number", "state", "assigned_to", "opened_at", "short_description", "description", "close_notes",
              "category", "u_ref_no", "u_contact_no", "u_email", "u_total", "u_schedule", "u_next_action"]
_SALON = "Rebond (PHP 2,500) + treatment (PHP 800) = PHP 3,300. Cust: Liza Manalo. "
_LECHON = ("Noche Buena order: 1 whole lechon ~15 kg, PHP 9,500; 50% DP PHP 4,750 via GCash, confirmed once "
           "received. ")
_PC = "PC build: chosen graphics card out of stock. Quote PHP 48,500. "
_COOP = "Member 20178 asks to restructure the loan (hirap sa hulog). "
_TRAVEL = "Boracay 3D2N package, 2 pax x PHP 12,800 = PHP 25,600, paid by card. Travel Jan 8-10. "
SERVICENOW_ROWS = [
    ["HS0101", "Resolved", "HS-8", "2026-12-01 10:00:00", "Booking: rebond + treatment", _SALON +
     "Sat Dec 5, 2:00 PM.", "Booked", "Hair services", "", "+63 917 452 0873", "", "PHP 3,300.00",
     "Sat 2026-12-05 2:00 PM", ""],
    ["HS0102", "Resolved", "HS-8", "2026-12-01 10:00:00", "Booking: rebond + treatment", "Rebond + treatment. "
     "Cust: Liza Manalo. Sat Dec 5, 2:00 PM.", "Booked", "Hair services", "", "+63 917 452 0873", "",
     "PHP 3,800.00", "Sat 2026-12-05 2:00 PM", ""],
    ["LC0201", "Awaiting Downpayment", "LC-1", "2026-12-01 10:10:00", "Lechon order LC771", _LECHON +
     "Delivery Dec 24, 11:00 AM.", "", "Lechon order", "LC771", "", "", "PHP 9,500.00", "2026-12-24 11:00 AM",
     "Confirm once DP received"],
    ["LC0202", "Awaiting Downpayment", "LC-1", "2026-12-01 10:10:00", "Lechon order LC771", _LECHON +
     "Delivery Noche Buena.", "", "Lechon order", "LC771", "", "", "PHP 9,500.00", "2026-12-25 11:00 AM",
     "Confirm once DP received"],
    ["PC0301", "On Hold", "PC-4", "2026-12-01 10:20:00", "Build delayed: GPU out of stock", _PC + "Tech lead "
     "calls the cust tomorrow before 12 noon with replacement options.", "", "PC build", "BH228", "", "",
     "PHP 48,500.00", "", "Tech lead cb tomorrow before 12NN"],
    ["PC0302", "On Hold", "PC-4", "2026-12-01 10:20:00", "Build delayed: GPU out of stock", _PC + "Waiting for "
     "stock.", "", "PC build", "BH228", "", "", "PHP 48,500.00", "", ""],
    ["KP0401", "Escalated", "KP-2", "2026-12-01 10:30:00", "Loan restructuring request", _COOP + "Needs credit "
     "committee approval: forwarded to the committee (meets Thu); member texted on Fri.", "", "Loan "
     "restructuring", "20178", "0929-773-1452", "", "", "Committee Thu; text Fri", "Text member Fri"],
    ["KP0402", "Resolved", "KP-2", "2026-12-01 10:30:00", "Loan restructured", _COOP + "Loan restructured.",
     "Done", "Loan restructuring", "20178", "0929-773-1425", "", "", "", ""],
    ["TA0501", "Resolved", "TA-9", "2026-12-01 10:40:00", "Boracay package booked", _TRAVEL + "Flight details "
     "and hotel voucher e-mailed within 24 hours.", "Confirmed", "Tour package", "", "", "marites.cruz@yahoo.com",
     "PHP 25,600.00", "2027-01-08 to 2027-01-10", "E-mail flight details + voucher within 24 hrs"],
    ["TA0502", "Resolved", "TA-9", "2026-12-01 10:40:00", "Boracay booking", _TRAVEL + "Flight details "
     "and hotel voucher e-mailed within 24 hours.", "Confirmed", "Hotel only", "", "",
     "marites.cruz@yahoo.com.ph", "PHP 25,600.00", "2027-01-08 to 2027-01-10",
     "E-mail flight details + voucher within 24 hrs"],
]
SERVICENOW_MAPPING = """\
# The Taglish desk's ServiceNow CSV: the built-in ServiceNow mapping; the desk's custom state
# "Awaiting Downpayment" is a pending one, "On Hold" too; the u_ columns named by what they hold.
name: tl10-servicenow
system: servicenow
status_values:
  awaiting downpayment: pending
  on hold: pending
extra_fields:
  reference: u_ref_no
  phone: u_contact_no
  email: u_email
  amount: u_total
  schedule: u_schedule
  next_step: u_next_action
"""



def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    (exports / "audio10-zendesk.json").write_text(json.dumps(ZENDESK, ensure_ascii=False, indent=1) + "\n")
    (exports / "audio10-mapping.yaml").write_text(ZENDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en10-freshdesk.csv", FRESHDESK, FRESHDESK_ROWS)
    (exports / "hana10.json").write_text(json.dumps(HANA, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (exports / "hana10-mapping.yaml").write_text(HANA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl10-servicenow.csv", SERVICENOW, SERVICENOW_ROWS)
    (exports / "tl10-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
