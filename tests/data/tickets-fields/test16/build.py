"""Writes the sixteenth test split's written calls (test16/calls) and every export (test16/exports).

Run from the repository root: ``python tests/data/tickets-fields/test16/build.py``. The six English
calls in test16/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Freshdesk JSON export whose custom fields a
mapping names, with a custom state 6 read as escalated) were written from the scripts in build_audio.py
as a careful agent would, not from a transcript. The written calls are in domains the earlier splits do
not use (bakery wholesale standing order, banner printing, tennis-court resurfacing, costume rental
deposit, telescope repair; Korean moving-storage, group lunch-box order, furniture repair, hanbok
rental; Taglish motorcycle rental, bangus fingerlings supply, roof leak repair, school service,
photobooth rental). Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공,
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
base.HERE = HERE  # write into test16/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w16en-01": ("en", "GC-2", None, [
        turn(A, "Golden Crust Wholesale Bakery, this is Nadia.", 0.93),
        turn(C, "Hi, this is Tom at the Copper Kettle Cafe. I'd like to set up a standing order.", 0.9),
        turn(A, "Sure. What do you need each morning?", 0.94),
        turn(C, "Four dozen croissants and two dozen bagels.", 0.91),
        turn(A, "Croissants are eighteen a dozen, so seventy two, and bagels nine fifty a dozen, nineteen. "
                "That's ninety one dollars per delivery.", 0.88),
        turn(A, "We deliver every weekday before six thirty a.m., starting Monday, December seventh. What's "
                "your account number?", 0.9),
        turn(C, "W B, seven o, four one two.", 0.85, low={"o": 0.44}),
        turn(A, "W B seven zero four one two. I'll e-mail you the standing order confirmation today.", 0.9),
        turn(C, "Perfect, thanks.", 0.95),
    ]),
    "w16en-02": ("en", "BM-5", None, [
        turn(A, "BrightMark Signs, Curtis speaking.", 0.93),
        turn(C, "Hi, I need a vinyl banner for a grand opening, three by eight feet.", 0.9),
        turn(A, "Sure. Three by eight with grommets is ninety six dollars. Can I get your name?", 0.91),
        turn(C, "Joanna Shibilski.", 0.81, low={"shibilski": 0.36}),
        turn(A, "Thanks, Joanna. Your order is S B four four seven one. I'll e-mail you a proof by noon "
                "tomorrow, and once you approve it, it's ready for pick-up Friday.", 0.89),
        turn(C, "Great. My cell is seven seven three, five five five, oh one four two.", 0.87,
             low={"oh": 0.47}),
        turn(A, "Seven seven three, five five five, zero one four two. Talk soon.", 0.92),
    ]),
    "w16en-03": ("en", "BC-1", None, [
        turn(A, "Baseline Court Services, this is Wendy.", 0.93),
        turn(C, "Hi, I'm with the Oakridge homeowners association. Our two tennis courts have cracks all over "
                "the surface, we want them resurfaced.", 0.9),
        turn(A, "Okay. A job that size usually runs over ten thousand, and those quotes go to our senior "
                "estimator, so I'm passing it to him.", 0.88),
        turn(A, "He'll be at the courts Wednesday, December ninth, at ten a.m. Your quote reference is Q T, "
                "two two, five oh one.", 0.89),
        turn(C, "Q T two two five zero one. My number is plus one, nine five four, five five five, oh seven "
                "one oh.", 0.86),
        turn(A, "Nine five four, five five five, zero seven one zero. We'll let you know if the time "
                "changes.", 0.9),
    ]),
    "w16en-04": ("en", "CC-3", None, [
        turn(A, "Curtain Call Costumes, this is Leo.", 0.93),
        turn(C, "Hi, I returned a rental on Monday and I haven't seen my deposit come back.", 0.9),
        turn(A, "Let me check. The rental number?", 0.94),
        turn(C, "C R, five oh eight two.", 0.87),
        turn(A, "C R five zero eight two. It came back two days late, and the late fee is fifteen dollars a "
                "day, so thirty dollars comes out of your seventy five dollar deposit.", 0.88),
        turn(A, "So forty five dollars goes back to your card today, you'll see it in three to five business "
                "days.", 0.9),
        turn(C, "Okay, that's fair. Thanks.", 0.95),
    ]),
    "w16en-05": ("en", "SO-4", None, [
        turn(A, "Stellar Optics repair desk, this is Ivy.", 0.93),
        turn(C, "Hi, the focuser knob on my telescope snapped off. Can you fix it?", 0.9),
        turn(A, "Yes. Can you read me the serial number under the tube?", 0.94),
        turn(C, "C as in Charlie, E, eight oh four, one one six.", 0.84, low={"oh": 0.46}),
        turn(A, "C E eight zero four one one six. The repair is sixty five, plus eighteen for return "
                "shipping, so eighty three dollars.", 0.88),
        turn(A, "I'll e-mail you a prepaid shipping label today, and the repair takes about ten business "
                "days once it arrives.", 0.9),
        turn(C, "Great, thank you.", 0.95),
    ]),
    # ---------------------------------------------------------------- Korean
    "w16ko-01": ("ko", "HG-3", None, [
        turn(A, "한결 이삿짐 보관센터 서예린입니다.", 0.92),
        turn(C, "이사 날짜가 안 맞아서 짐을 석 달 정도 맡기려고요.", 0.9),
        turn(A, "네, 컨테이너 하나에 월 십팔만 원이라 석 달이면 오십사만 원입니다. 입고는 언제로 할까요?", 0.89),
        turn(C, "십이월 십팔일 금요일 오전에요.", 0.9),
        turn(A, "네, 십이월 십팔일 금요일 오전 여덟 시에 차량 보내 드리겠습니다. 연락처 말씀해 주세요.", 0.9),
        turn(C, "공일공, 사육이팔, 영삼구일이요.", 0.84, low={"영삼구일이요": 0.48}),
        turn(A, "공일공 사육이팔 공삼구일, 전날 저녁에 기사님이 문자 드립니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w16ko-02": ("ko", "BS-6", None, [
        turn(A, "밥심 도시락 단체주문 담당 강도윤입니다.", 0.92),
        turn(C, "회사 워크숍 점심으로 불고기 도시락 마흔다섯 개 주문하려고요.", 0.9),
        turn(A, "불고기 도시락은 개당 구천오백 원이라 마흔다섯 개면 사십이만 칠천오백 원입니다.", 0.88),
        turn(C, "십이월 십일 목요일 열한 시 반까지 받을 수 있을까요?", 0.9),
        turn(A, "네, 십이월 십일 목요일 오전 열한 시 반까지 배달해 드리겠습니다. 주문하시는 분 성함이요?", 0.9),
        turn(C, "김하은이요.", 0.9),
        turn(A, "김하은 님, 주문번호는 이 팔 칠 공 삼입니다. 계산서는 오늘 이메일로 보내 드릴게요.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w16ko-03": ("ko", "NG-1", None, [
        turn(A, "나무결 가구 AS센터 허지훈입니다.", 0.92),
        turn(C, "작년 삼월에 산 원목 식탁 다리가 흔들려요.", 0.9),
        turn(A, "주문번호 말씀해 주시겠어요?", 0.93),
        turn(C, "엔 케이 칠 이 공 오 사요.", 0.85),
        turn(A, "NK72054, 구매하신 지 이 년이 안 돼서 무상 수리 대상입니다. 무상 수리는 본사 승인이 필요해서 본사로 "
                "이관하겠습니다. 이틀 안에 본사에서 전화 드릴 거예요.", 0.88),
        turn(C, "네. 연락처는 공일공, 삼일오구, 칠이육팔이에요.", 0.86),
        turn(A, "공일공 삼일오구 칠이육팔 확인했습니다.", 0.92),
    ]),
    "w16ko-04": ("ko", "GW-2", None, [
        turn(A, "고운결 한복 대여 상담실 민소라입니다.", 0.92),
        turn(C, "돌잔치 때 입을 한복 세 벌 빌리려고요. 어른 두 벌, 아기 한 벌이요.", 0.9),
        turn(A, "어른 한 벌에 팔만 원, 아기 한 벌에 삼만 원이라 합계 십구만 원입니다. 행사가 언제세요?", 0.88),
        turn(C, "십이월 이십일 일요일이요.", 0.9),
        turn(A, "그럼 십구일 토요일 오후 세 시까지 택배로 받으시고, 반납은 이십일일 월요일까지 보내 주시면 됩니다.", 0.89),
        turn(A, "사이즈 수선해서 보내 드리고, 발송하면 송장번호를 문자로 드릴게요. 주문번호는 에이치 비 구 영 일 일 "
                "이입니다.", 0.87, low={"영": 0.5}),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w16tl-01": ("tl", "RS-7", None, [
        turn(A, "Ride Siargao Motor Rentals, si Jomar po.", 0.91),
        turn(C, "Hi, magre-rent sana ako ng Click one twenty five, tatlong araw, simula Biyernes.", 0.88),
        turn(A, "Sige po. Pitong daan po kada araw, so dos mil siyento sa tatlong araw, plus isang daan para sa "
                "extra helmet. Dalawang libo't dalawang daan po lahat.", 0.86),
        turn(A, "May refundable deposit po na tatlong libo pag pick-up.", 0.9),
        turn(C, "Okay. Pick-up ko Biyernes, December eleven, alas otso ng umaga.", 0.88),
        turn(A, "Noted po. Number niyo po?", 0.94),
        turn(C, "Zero nine one five, tres dos siyete, sero singko otso uno.", 0.83, low={"sero": 0.45}),
        turn(A, "Zero nine one five, three two seven, zero five eight one po. Booking number niyo po M R dos "
                "sais uno. Ite-text ko po yung confirmation mamaya.", 0.88),
    ]),
    "w16tl-02": ("tl", "DF-4", None, [
        turn(A, "Dagupan Fry Supply, si Rowena po.", 0.91),
        turn(C, "Order po ako ng bangus fingerlings para sa fishpond, limang libong piraso.", 0.88),
        turn(A, "Ochenta sentimos po bawat isa, so apat na libo po lahat. Cash on delivery po.", 0.86),
        turn(A, "Delivery po Martes, December eight, alas singko ng umaga, para malamig pa.", 0.89),
        turn(C, "Sige, alas singko. Ano order number?", 0.9),
        turn(A, "F F, kuwatro siyete dos po.", 0.87),
        turn(C, "F F four seven two. Salamat.", 0.92),
    ]),
    "w16tl-03": ("tl", "TB-8", None, [
        turn(A, "Tibay Bubong Roofing Services, si Ramil po.", 0.91),
        turn(C, "Tumutulo po yung yero namin sa kusina tuwing umuulan, tapos parang may kalawang na.", 0.88),
        turn(A, "Dahil po may kalawang at baka kailangang palitan ang buong sheet, kailangan po munang i-inspect "
                "ng engineer namin. Ipapasa ko po sa kanya.", 0.87),
        turn(A, "Tatawagan po kayo ng engineer bukas bago mag-alas diyes ng umaga para sa schedule.", 0.88),
        turn(C, "Sige po. Number ko, zero nine two seven, otso uno uno, kuwatro tres sero dos.", 0.84,
             low={"sero": 0.47}),
        turn(A, "Zero nine two seven, eight one one, four three zero two po. Salamat po.", 0.9),
    ]),
    "w16tl-04": ("tl", "SR-2", None, [
        turn(A, "Safe Ride School Service, si Ate Gina po.", 0.91),
        turn(C, "Lilipat na po kami sa Marikina Heights simula January. Pwede pa rin po ba si Bea sa service?",
             0.88),
        turn(A, "Pwede po. Account po ni Bea?", 0.93),
        turn(C, "S S, tres uno sais.", 0.85),
        turn(A, "S S three one six. Iba na po yung route, kaya dos mil kinyentos na po ang monthly fee simula "
                "January.", 0.86, low={"kinyentos": 0.52}),
        turn(C, "Okay po. Number ko po, zero nine one seven, singko siyete otso, dos dos sais siyete.", 0.84),
        turn(A, "Zero nine one seven, five seven eight, two two six seven. Ite-text ko po yung bagong pick-up "
                "time bago mag-Biyernes.", 0.88),
    ]),
    "w16tl-05": ("tl", "SB-6", None, [
        turn(A, "Snapbox Photobooth, si Kaye po.", 0.91),
        turn(C, "Magpapa-book po sana kami ng photobooth para sa debut ng anak ko, December nineteen, Sabado.",
             0.88),
        turn(A, "Three hours po ay anim na libo't limang daan, plus isang libo't limang daan kung may extra "
                "hour.", 0.86),
        turn(C, "Four hours na po.", 0.92),
        turn(A, "Walong libo po lahat. Downpayment po dalawang libo via GCash. Anong oras po at saan?", 0.88),
        turn(C, "Alas sais ng gabi po, sa Villa Caridad clubhouse.", 0.89),
        turn(A, "Noted po. Ise-send ko po yung contract sa email niyo ngayong gabi. Email po?", 0.9),
        turn(C, "rhea dot santiago at gmail dot com.", 0.88),
        turn(A, "rhea dot santiago at gmail dot com po. Salamat po!", 0.9),
    ]),
}


# ---------------------------------------------------------------- the six spoken calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-01T15:00:00Z", **cf)


_BATT = "Car won't start, just clicks; Riverside Mall parking lot. Member 44720618 (Mr. Whitaker). "
_LOCK = "Parcel in locker 31, Elm Street station; door won't open, code entered 3x. Tracking PX4409172. "
_KIOSK = ("Burger Barn on Fifth (Paolo): self-order kiosk touchscreen frozen since this AM, no touch response; "
          "restart didn't help -> likely touch panel. Serial KSB20771. ")
_LINEN = "Harborview Inn (Fiona): extra order for the holiday weekend. Acct HL90336. "
_FIRE = "Linwood Dental, office mgr. Annual inspection due; 3 units used in a small kitchen fire. "
_CHAIR = "Father's power wheelchair: joystick unresponsive, batteries charged. Serial MP308825, under warranty. "
FRESHDESK = {"tickets": [
    _fd(16101, 2, "KA-1", "Battery swap - Riverside Mall", _BATT + "New battery $189.99 installed + $25 service "
        "call = $214.99, cust OK'd. Tech on site w/in 45 min, txts cust 10 min out.", "Battery service",
        ref_no="44720618", phone="+1 412 555 0386", total="$214.99", next_action="Tech w/in 45 min; txt 10 min out"),
    _fd(16102, 2, "KA-1", "Battery swap - Riverside Mall", _BATT + "Battery replacement + service call, cust "
        "OK'd. Tech dispatched.", "Battery service", ref_no="44720618", phone="+1 412 555 0386", total="$189.99",
        next_action="Tech dispatched"),
    _fd(16201, 6, "PP-4", "Jammed locker - parcel inside", _LOCK + "Only the locker maintenance team can open it: "
        "escalated to them; they cb cust w/in 2 hrs to meet at the locker. Cust needs it before Fri.",
        "Locker issue", ref_no="PX4409172", next_action="Locker team cb w/in 2 hrs"),
    _fd(16202, 4, "PP-4", "Jammed locker - parcel inside", "Parcel in locker 31, Elm Street station; door "
        "won't open, code entered 3x. Locker opened remotely, cust collected the parcel.", "Locker issue",
        ref_no="PX4409127", next_action=""),
    _fd(16301, 2, "OK-2", "Kiosk touchscreen frozen", _KIOSK + "Labor covered by service plan; touch panel $140. "
        "Tech visit Tue 12/8, 1-3 PM.", "Kiosk repair", ref_no="KSB20771", total="$140.00",
        schedule="Tue 12/8 1:00-3:00 PM", next_action="Tech visit Tue 1-3 PM"),
    _fd(16302, 2, "OK-2", "Kiosk touchscreen frozen", _KIOSK + "Labor covered by service plan; touch panel $140. "
        "Tech visit Tue 12/8.", "Receipt printer repair", ref_no="KSB20771", total="$140.00",
        schedule="Tue 12/8 3:00-5:00 PM", next_action="Tech visit Tue"),
    _fd(16401, 2, "CL-6", "Holiday extra order", _LINEN + "120 bath towels @ $4.25 = $510 + 60 king sheet sets "
        "@ $11.50 = $690; $1,200 total. Deliver Mon 12/14 before 7 AM.", "Linen order", ref_no="HL90336",
        total="$1,200.00", schedule="Mon 12/14 before 7:00 AM", next_action="Deliver Mon before 7 AM"),
    _fd(16402, 2, "CL-6", "Holiday extra order", _LINEN + "120 bath towels @ $4.25 = $510 + 60 king sheet sets "
        "@ $11.50 = $690; $1,200 total.", "Linen order", ref_no="HL90336", total="$1,200.00",
        schedule="Tue 12/14 before 7:00 AM", next_action="Deliver before 7 AM"),
    _fd(16501, 2, "SG-3", "Annual inspection + 3 refills", _FIRE + "Inspection 8 x $12 = $96 + refills 3 x $28 "
        "= $84 => $180. Pick-up Thu AM, back the following Mon; loaners left w/ cust meanwhile.",
        "Inspection & refill", customer_name="Grace Okonkwo", phone="617-555-0294", total="$180.00",
        schedule="Pick-up Thu AM, return Mon", next_action="Loaners left while units out"),
    _fd(16502, 2, "SG-3", "Annual inspection + 3 refills", _FIRE + "Inspection 8 x $12 = $96 + refills 3 x $28 "
        "= $84 => $180. Pick-up Thu AM, back the following Mon; loaners left w/ cust meanwhile.",
        "Inspection & refill", customer_name="Grace Okonjo", phone="617-555-0249", total="$180.00",
        schedule="Pick-up Thu AM, return Mon", next_action="Loaners left while units out"),
    _fd(16601, 6, "MP-5", "Joystick dead - warranty team", _CHAIR + "Controller replacement needs the warranty "
        "team's approval: escalated to them. Loaner chair delivered tmrw by 12NN.", "Warranty repair",
        ref_no="MP308825", next_action="Loaner delivered tmrw by 12NN"),
    _fd(16602, 3, "MP-5", "Joystick dead - controller", _CHAIR + "Controller to be replaced under warranty. Loaner "
        "chair delivered tmrw by 12NN.", "Warranty repair", ref_no="MP308825",
        next_action="Loaner delivered tmrw by 12NN"),
]}
FRESHDESK_MAPPING = """\
# The spoken calls' Freshdesk JSON export: the built-in Freshdesk mapping; the custom fields named by
# what they hold, and state 6 ("With specialist team", a custom Freshdesk state) read as escalated.
# cf_customer_name is kept under its own name.
name: audio16-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "5": closed
  "6": escalated
extra_fields:
  reference: custom_fields.cf_ref_no
  phone: custom_fields.cf_phone
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- English written calls: the desk's own CSV
DESK = ["Case", "State", "Owner", "Opened", "Subject", "Notes", "Resolution", "Request type", "Customer",
        "Callback no", "Ref", "Amount due", "Date/time", "Follow-up"]
_BAKE = "Copper Kettle Cafe (Tom): standing order, weekdays. Acct WB70412. "
_SIGN = "Grand opening banner, 3x8 ft vinyl w/ grommets, $96. Order SB4471. "
_COURT = "Oakridge HOA: 2 tennis courts, cracks all over the surface, want resurfacing. Quote ref QT22501. "
_COSTUME = "Rental CR5082 returned Mon, 2 days late; cust asks about the deposit. "
_SCOPE = "Telescope focuser knob snapped off. Serial CE804116. "
DESK_ROWS = [
    ["EN16-101", "Scheduled", "GC-2", "2026-12-01 15:10", "Standing order - Copper Kettle", _BAKE + "4 doz "
     "croissants @ $18 = $72 + 2 doz bagels @ $9.50 = $19 => $91/delivery. Weekdays before 6:30 AM from Mon "
     "12/7. Confirmation e-mailed today.", "", "Standing order", "Tom (Copper Kettle Cafe)", "", "WB70412",
     "$91.00/delivery", "From Mon 12/7, weekdays before 6:30 AM", "Confirmation e-mail today"],
    ["EN16-102", "Scheduled", "GC-2", "2026-12-01 15:10", "Standing order - Copper Kettle", _BAKE + "4 doz "
     "croissants + 2 doz bagels per delivery. Weekdays before 6:30 AM from Mon 12/7. Confirmation e-mailed "
     "today.", "", "Standing order", "Tom (Copper Kettle Cafe)", "", "WB70412", "$72.00/delivery",
     "From Mon 12/7, weekdays before 6:30 AM", "Confirmation e-mail today"],
    ["EN16-201", "New", "BM-5", "2026-12-01 15:20", "Banner 3x8 - proof", _SIGN + "Proof e-mailed to cust by "
     "12NN tmrw; ready for pick-up Fri once approved.", "", "Banner / print", "Joanna Przybylski",
     "+1 773 555 0142", "SB4471", "$96.00", "Pick-up Fri", "Proof by e-mail by 12NN tmrw"],
    ["EN16-202", "New", "BM-5", "2026-12-01 15:20", "Banner 3x8", _SIGN + "Printed after cust approval.", "",
     "Banner / print", "Joanna Przybylski", "+1 773 555 0142", "SB4471", "$96.00", "", ""],
    ["EN16-301", "Sent to estimator", "BC-1", "2026-12-01 15:30", "Court resurfacing - sr estimator", _COURT +
     "Likely >$10k: passed to the senior estimator, who visits the courts Wed 12/9 10 AM. Pls adv cust if the "
     "time changes.", "", "Resurfacing quote", "", "+1 954 555 0710", "QT22501", "", "Wed 12/9 10:00 AM",
     "Sr estimator site visit Wed 10 AM"],
    ["EN16-302", "Closed", "BC-1", "2026-12-01 15:30", "Court resurfacing quote", _COURT + "Quote sent to the "
     "HOA.", "Quote sent", "Resurfacing quote", "", "+1 954 555 0710", "QT22501", "", "", ""],
    ["EN16-401", "Closed", "CC-3", "2026-12-01 15:40", "Deposit refund - late return", _COSTUME + "Late fee 2 x "
     "$15 = $30 from the $75 deposit.", "$45 back to the card today; 3-5 business days.", "Deposit refund", "",
     "", "CR5082", "$45.00 refund", "", "Refund 3-5 business days"],
    ["EN16-402", "Closed", "CC-3", "2026-12-01 15:40", "Deposit refund - late return", _COSTUME + "Late fee taken "
     "from the deposit.", "Rest back to the card today; 3-5 business days.", "Costume purchase", "", "",
     "CR5082", "$75.00 refund", "", "Refund 3-5 business days"],
    ["EN16-501", "Awaiting cust", "SO-4", "2026-12-01 15:50", "Focuser repair - mail-in", _SCOPE + "Repair $65 + "
     "return shipping $18 = $83. Prepaid shipping label e-mailed today; repair ~10 business days from "
     "arrival.", "", "Repair", "", "", "CE804116", "$83.00", "", "Label e-mailed today; ~10 bus. days"],
    ["EN16-502", "Awaiting cust", "SO-4", "2026-12-01 15:50", "Focuser repair - mail-in", "Telescope focuser "
     "knob snapped off. Repair $65 + return shipping $18 = $83. Prepaid shipping label "
     "e-mailed today; repair ~10 business days from arrival.", "", "Repair", "", "", "CE804161", "$83.00", "",
     "Label e-mailed today; ~10 bus. days"],
]
DESK_MAPPING = """\
# The English desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold. "Customer" is kept under its own name.
name: en16-desk
fields:
  ticket_id: Case
  status: State
  agent_id: Owner
  created: Opened
  title: Subject
  description: Notes
  resolution: Resolution
  category: Request type
status_values:
  New: open
  Scheduled: open
  Awaiting cust: pending
  Sent to estimator: escalated
  Closed: resolved
extra_fields:
  phone: Callback no
  reference: Ref
  amount: Amount due
  appointment: Date/time
  next_step: Follow-up
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
BORA = ["접수번호", "진행상태", "담당자", "제목", "문의내용", "처리내용", "고객명", "연락처", "주문번호", "금액", "예약일시",
        "문의유형", "후속안내"]
_STORE = "이사 날짜 불일치로 짐 3개월 보관. 컨테이너 1개 월 180,000원 x 3 = 540,000원. "
_LUNCH = "워크숍 점심 불고기 도시락 45개. "
_TABLE = "원목 식탁 다리 흔들림(작년 3월 구매). 주문번호 NK72054. "
_HANBOK = "돌잔치(12/20 일) 한복 3벌 대여: 성인 2벌 x 80,000원 + 아기 1벌 30,000원 = 190,000원. "
BORA_ROWS = [
    ["BO16-101", "접수", "HG-3", "이삿짐 3개월 보관", _STORE + "12/18(금) 오전 8시 입고 차량. 전날 저녁 기사 문자.", "",
     "", "010-4628-0391", "", "540,000원", "12월 18일(금) 08:00", "보관이사", "전날 저녁 기사 문자"],
    ["BO16-102", "접수", "HG-3", "이삿짐 3개월 보관", _STORE + "오전 8시 입고 차량. 전날 저녁 기사 문자.", "",
     "", "010-4628-0391", "", "540,000원", "12월 18일(토) 08:00", "보관이사", "전날 저녁 기사 문자"],
    ["DS16-201", "접수", "BS-6", "워크숍 도시락 45개", _LUNCH + "개당 9,500원 x 45 = 427,500원. 12/10(목) 11:30까지 "
     "배달. 계산서 오늘 이메일 발송.", "", "김하은", "", "28703", "427,500원", "12/10(목) 11:30", "단체 도시락",
     "계산서 이메일(오늘)"],
    ["DS16-202", "접수", "BS-6", "워크숍 도시락 45개", _LUNCH + "12/10(목) 11:30까지 배달. 계산서 오늘 이메일 발송.",
     "", "김하연", "", "28703", "9,500원", "12/10(목) 11:30", "단체 도시락", "계산서 이메일(오늘)"],
    ["NG16-301", "본사이관", "NG-1", "식탁 무상 수리(본사 승인)", _TABLE + "구매 2년 이내 무상 수리 대상, 본사 승인 필요 "
     "-> 본사 이관. 이틀 내 본사에서 고객 전화.", "", "", "010-3159-7268", "NK72054", "0원(무상)", "", "가구 수리",
     "본사 2일 내 전화"],
    ["NG16-302", "완료", "NG-1", "식탁 무상 수리", _TABLE + "무상 수리 처리.", "수리 완료", "", "010-3159-7286",
     "NK72054", "0원(무상)", "", "가구 수리", ""],
    ["GW16-401", "처리중", "GW-2", "돌잔치 한복 3벌", _HANBOK + "사이즈 수선 후 택배 발송, 12/19(토) 15시까지 도착, "
     "12/21(월)까지 반납. 발송 시 송장번호 문자.", "", "", "", "HB90112", "190,000원", "12/19(토) 15:00 도착",
     "한복 대여", "발송 시 송장번호 문자"],
    ["GW16-402", "처리중", "GW-2", "돌잔치 한복 3벌", _HANBOK + "사이즈 수선 후 택배 발송, 12/19(토) 15시까지 도착, "
     "12/21(월)까지 반납.", "", "", "", "HB90112", "190,000원", "12/19(토) 15:00 도착", "한복 대여", ""],
]
BORA_MAPPING = """\
# The Bora desk's Korean CSV export (CP949, as Korean Excel saves it). 문의유형 is the category; the
# other columns not named here (고객명, 연락처, 주문번호, 금액, 예약일시, 후속안내) are kept as structured fields.
name: bora16
fields:
  ticket_id: 접수번호
  status: 진행상태
  agent_id: 담당자
  title: 제목
  description: 문의내용
  resolution: 처리내용
  category: 문의유형
status_values:
  접수: open
  처리중: pending
  완료: resolved
  본사이관: escalated
"""


# ---------------------------------------------------------------- Taglish written calls: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    return base.servicenow_record(number, state, agent, short, text, category, "2026-12-01 16:30:00", close_notes,
                                  **u)


_MOTO = "Honda Click 125, 3 days from Fri. Refundable deposit PHP 3,000 on pick-up. "
_FRY = "5,000 pcs bangus fingerlings @ PHP 0.80, COD. Order FF472. "
_ROOF = "Tulo sa yero sa kusina tuwing umuulan, may kalawang; baka palitan ang buong sheet. "
_SCHOOL = "Bea (acct SS316) lilipat sa Marikina Heights from January: new route. "
_BOOTH = "Debut sa Villa Caridad clubhouse. "
SERVICENOW = {"result": [
    _sn("INC1601011", "Open", "RS-7", "Click 125 rental x3 days", _MOTO + "3 x PHP 700 = PHP 2,100 + extra helmet "
        "PHP 100 = PHP 2,200. Pick-up Fri Dec 11, 8:00 AM. Confirmation txt mamaya.", "Motorcycle rental",
        ref_no="MR261", contact_no="+63 915 327 0581", amount="PHP 2,200.00", schedule="Fri 2026-12-11 8:00 AM",
        next_action="Txt confirmation later today"),
    _sn("INC1601012", "Open", "RS-7", "Click 125 rental x3 days", _MOTO + "3 days + extra helmet. Pick-up Fri Dec 11, "
        "8:00 AM. Confirmation txt mamaya.", "Motorcycle rental", ref_no="MR261", contact_no="+63 915 327 0581",
        amount="PHP 2,100.00", schedule="Fri 2026-12-11 8:00 AM", next_action="Txt confirmation later today"),
    _sn("INC1602021", "Open", "DF-4", "Bangus fingerlings 5,000 pcs", _FRY + "Total PHP 4,000. Delivery Tue Dec 8, "
        "5:00 AM (early, malamig pa).", "Fingerlings", ref_no="FF472", amount="PHP 4,000.00",
        schedule="Tue 2026-12-08 5:00 AM"),
    _sn("INC1602022", "Open", "DF-4", "Bangus fingerlings 5,000 pcs", _FRY + "Total PHP 4,000. Delivery Tue Dec 8, "
        "early.", "Fish feeds", ref_no="FF472", amount="PHP 4,000.00", schedule="Tue 2026-12-08 6:00 AM"),
    _sn("INC1603031", "For inspection", "TB-8", "Roof leak - for engineer", _ROOF + "Needs engineer inspection: "
        "forwarded to the engineer; engineer cb cust bukas before 10 AM to schedule.", "Roof leak repair",
        contact_no="0927-811-4302", next_action="Engineer cb tmrw before 10 AM"),
    _sn("INC1603032", "Resolved", "TB-8", "Roof leak sealed", _ROOF + "Sealant applied.", "Roof leak repair",
        close_notes="Leak sealed", contact_no="0927-811-4302", next_action=""),
    _sn("INC1604041", "Open", "SR-2", "Route change - Marikina Heights", _SCHOOL + "PHP 2,500/mo from Jan. New "
        "pick-up time txt to parent before Fri.", "Route change", ref_no="SS316", contact_no="+63 917 578 2267",
        amount="PHP 2,500.00/month", next_action="Txt new pick-up time before Fri"),
    _sn("INC1604042", "Open", "SR-2", "Route change - Marikina Heights", _SCHOOL + "PHP 2,500/mo from Jan.",
        "Route change", ref_no="SS316", contact_no="+63 917 578 2276", amount="PHP 2,500.00/month",
        next_action=""),
    _sn("INC1605051", "Awaiting DP", "SB-6", "Photobooth - debut Dec 19", _BOOTH + "3 hrs PHP 6,500 + 1 extra hr "
        "PHP 1,500 = PHP 8,000; DP PHP 2,000 via GCash. Sat Dec 19, 6:00 PM. Contract e-mailed tonight.",
        "Photobooth rental", email="rhea.santiago@gmail.com", amount="PHP 8,000.00",
        schedule="Sat 2026-12-19 6:00 PM", next_action="Email contract tonight"),
    _sn("INC1605052", "Awaiting DP", "SB-6", "Photobooth - debut Dec 19", _BOOTH + "3 hrs PHP 6,500 + 1 extra hr "
        "PHP 1,500 = PHP 8,000; DP PHP 2,000 via GCash. Sat Dec 19, 6:00 PM. Contract e-mailed tonight.",
        "Photobooth rental", email="rhea.santiago@yahoo.com", amount="PHP 8,000.00",
        schedule="Sat 2026-12-19 6:00 PM", next_action="Email contract tonight"),
]}
SERVICENOW_MAPPING = """\
# The Taglish desk's ServiceNow JSON export (display_value objects): the built-in ServiceNow mapping;
# the desk's own states "For inspection" (with the engineer) and "Awaiting DP" read as ours; the u_
# fields named by what they hold.
name: tl16-servicenow
system: servicenow
status_values:
  for inspection: escalated
  awaiting dp: pending
extra_fields:
  reference: u_ref_no
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
    base.write_json(exports / "audio16-freshdesk.json", FRESHDESK)
    (exports / "audio16-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en16-desk.csv", DESK, DESK_ROWS)
    (exports / "en16-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "bora16-cp949.csv", BORA, BORA_ROWS, encoding="cp949")
    (exports / "bora16-mapping.yaml").write_text(BORA_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl16-servicenow.json", SERVICENOW)
    (exports / "tl16-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
