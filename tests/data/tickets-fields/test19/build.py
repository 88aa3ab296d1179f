"""Writes the nineteenth test split's written calls (test19/calls) and every export (test19/exports).

Run from the repository root: ``python tests/data/tickets-fields/test19/build.py``. The six English
calls in test19/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a ServiceNow JSON export with ``display_value``
objects, ``u_`` fields and the desk's own states named by a mapping, for calls 1-3; a Freshdesk JSON
export whose custom fields a mapping names, with a custom state 9 read as escalated, for calls 4-6) were
written from the scripts in build_audio.py as a careful agent would, not from a transcript. The written
calls are in domains the earlier splits do not use (office mural, canoe livery, wedding calligraphy,
turntable repair, ice-cream cart; Korean e-bike battery, blackout curtains, photo frames, scroll
mounting; Taglish island hopping, kakanin trays, school photocopier, school-supply kits, kalesa ride).
Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits and
amounts, Spanish and Tagalog digits, a misheard surname). ``p`` is a turn's word probability the way
Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test19/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w19en-01": ("en", "MU-3", None, [
        turn(A, "Brightwall Murals, this is Theo.", 0.93),
        turn(C, "Hi, it's Janelle from Copperleaf Dental. We'd like the forest mural from your sketch on our "
                "waiting room wall.", 0.9),
        turn(A, "Great. The wall is twelve by nine, so a hundred and eight square feet at eighteen dollars a "
                "square foot, nineteen forty four in all. We take a third up front.", 0.89),
        turn(C, "Sounds good. When can you start?", 0.94),
        turn(A, "Painting starts Monday, December fourteenth, after your office closes at six p.m., and takes "
                "three evenings. Your project number is M R, four oh, two one six. I'll e-mail you the final "
                "color proof by Thursday to sign off.", 0.89),
        turn(C, "Perfect. My number is six one seven, five five five, zero three four o.", 0.86, low={"o": 0.42}),
        turn(A, "Six one seven, five five five, zero three four zero. Thanks, Janelle.", 0.91),
    ]),
    "w19en-02": ("en", "CN-1", None, [
        turn(A, "Quiet Water Canoe Livery, this is Beth.", 0.93),
        turn(C, "Hi, I'd like to reserve two canoes for Saturday, December twelfth, the eight mile trip.", 0.9),
        turn(A, "Two canoes on the eight mile run are sixty each, a hundred and twenty, shuttle included. The "
                "shuttle leaves for the upper landing at nine fifteen a.m., so please be at our lot by nine. "
                "Name for the reservation?", 0.89),
        turn(C, "Desmond Akterberg.", 0.8, low={"akterberg": 0.39}),
        turn(A, "Thanks, Desmond. Your reservation is C N, seven seven, one oh four. Life jackets are included. "
                "If the river runs too high, we'll call you Friday evening to move the trip.", 0.89),
        turn(C, "Great. My cell is two six nine, five five five, zero one five two.", 0.88),
        turn(A, "Two six nine, five five five, zero one five two. See you Saturday.", 0.91),
    ]),
    "w19en-03": ("en", "CA-5", None, [
        turn(A, "Inkwell Calligraphy Studio, this is Priscilla.", 0.93),
        turn(C, "Hi, I'm getting married in February and I need our invitation envelopes addressed. There are a "
                "hundred and twenty of them.", 0.9),
        turn(A, "Envelope addressing is two fifty each, so three hundred for a hundred and twenty. Please e-mail "
                "the guest list as a spreadsheet, and they'll be ready for pickup Friday, December eighteenth, "
                "after two p.m.", 0.89),
        turn(C, "Perfect. Do you need a deposit?", 0.94),
        turn(A, "Half now, a hundred and fifty, and the rest at pickup. Your order number is C A, six zero, eight "
                "eight one.", 0.9),
        turn(C, "Okay. My number is seven seven three, five five five, zero two nine four.", 0.88),
        turn(A, "Seven seven three, five five five, zero two nine four. We'll text you when they're ready.", 0.91),
    ]),
    "w19en-04": ("en", "TT-2", None, [
        turn(A, "Groove Doctor Turntable Repair, this is Luis.", 0.93),
        turn(C, "Hi, my turntable's platter keeps speeding up and slowing down, and it's only eight months old.",
             0.9),
        turn(A, "Can you read me the serial on the back plate?", 0.93),
        turn(C, "T T, nine four, oh six one two.", 0.87),
        turn(A, "T T nine four zero six one two. That model has a two year manufacturer warranty, so I have to "
                "escalate it to the manufacturer's service desk to open a warranty claim before we touch the "
                "motor. They'll e-mail you a prepaid shipping label within three business days.", 0.89),
        turn(C, "Okay, three business days. Thanks.", 0.94),
    ]),
    "w19en-05": ("en", "IC-7", None, [
        turn(A, "Sweet Wheels Ice Cream Carts, this is Gina.", 0.93),
        turn(C, "Hi, I'm planning our company holiday party, and I'd like an ice cream cart for about eighty "
                "people.", 0.9),
        turn(A, "Our party package covers up to a hundred guests for two hours, four twenty five, plus a forty "
                "dollar travel fee, so four sixty five. What's the date?", 0.89),
        turn(C, "Friday, December eighteenth, from noon to two, at Harbor Point Offices, fifty five Wharf "
                "Street.", 0.89),
        turn(A, "Fifty five Wharf Street, noon to two. I'll e-mail the contract and the invoice today, and we need "
                "it signed by Monday to hold the date. Your event number is I C, two two, nine oh three.", 0.89),
        turn(C, "Great. I'm Teresa Blum, and my number is eight five eight, five five five, zero four one six.",
             0.88),
        turn(A, "Eight five eight, five five five, zero four one six. Thanks, Teresa.", 0.91),
    ]),
    # ---------------------------------------------------------------- Korean
    "w19ko-01": ("ko", "EB-4", None, [
        turn(A, "바로바이크 전기자전거 수리센터 최유진입니다.", 0.92),
        turn(C, "전기자전거 배터리가 완충해도 오 킬로도 못 가요. 산 지 일 년도 안 됐어요.", 0.9),
        turn(A, "차대번호 말씀해 주시겠어요?", 0.93),
        turn(C, "이비, 삼 구 공 육 일이요.", 0.85),
        turn(A, "EB39061 한도윤 고객님 확인했습니다. 보증기간 이 년 안이라 배터리 교체는 제조사 승인이 필요해서, 제조사 AS팀으로 "
                "이관하겠습니다. 모레까지 제조사에서 직접 연락드릴 거고요, 그때까지 충전은 하지 마세요.", 0.89),
        turn(C, "네, 알겠습니다.", 0.95),
    ]),
    "w19ko-02": ("ko", "CT-6", None, [
        turn(A, "포근커튼 상담실 윤서아입니다.", 0.92),
        turn(C, "거실 암막커튼 주문하고 싶은데요, 설치까지 해 주시나요?", 0.9),
        turn(A, "네, 먼저 실측 방문을 해야 해요. 십이월 구일 수요일 오후 두 시 어떠세요? 실측 후에 견적서를 문자로 보내 드리고, "
                "제작은 승인하시고 일주일 걸립니다.", 0.89),
        turn(C, "좋아요. 주소는 마포구 망원로 이십칠, 삼 층이에요.", 0.88),
        turn(A, "마포구 망원로 이십칠 삼 층이요. 연락처도 부탁드립니다.", 0.92),
        turn(C, "공일공, 사구팔이, 일삼칠공이요.", 0.87),
        turn(A, "공일공 사구팔이 일삼칠공, 접수번호는 씨티 이삼오입니다.", 0.9),
    ]),
    "w19ko-03": ("ko", "PF-1", None, [
        turn(A, "빛담사진관입니다.", 0.92),
        turn(C, "가족사진 액자 주문하려고요. 큰 액자 하나, 작은 액자 세 개요.", 0.9),
        turn(A, "대형 액자는 팔만 오천 원, 소형은 개당 만 이천 원이라 세 개에 삼만 육천 원, 합쳐서 십이만 천 원입니다. 십이월 "
                "십육일 수요일 오후 다섯 시부터 찾아가실 수 있어요.", 0.89),
        turn(C, "네. 이름은 오세린이고, 번호는 공일공 구삼공일 사사육팔이요.", 0.87),
        turn(A, "오세린 고객님, 공일공 구삼공일 사사육팔, 주문번호 이칠사구입니다. 완성되면 문자 드릴게요.", 0.9),
    ]),
    "w19ko-04": ("ko", "PG-8", None, [
        turn(A, "한결표구사입니다.", 0.92),
        turn(C, "서예 작품을 족자로 표구하려고요. 아버지 글씨인데 팔순 선물이에요.", 0.9),
        turn(A, "족자 표구는 비단 배접까지 해서 육만 팔천 원이고요, 이 주 걸려서 십이월 십칠일 목요일에 찾으실 수 있어요. "
                "접수번호는 칠이공오오입니다.", 0.89),
        turn(C, "연락처는 공일공, 이육공팔, 칠영일삼이요.", 0.84, low={"칠영일삼이요": 0.45}),
        turn(A, "공일공 이육공팔 칠공일삼 맞으시죠? 완성되면 전화 드리겠습니다.", 0.9),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w19tl-01": ("tl", "IH-2", None, [
        turn(A, "Isla Bonita Island Hopping, si Jun po.", 0.91),
        turn(C, "Hi po, magpapa-book po kami ng island hopping, anim kami, this Sunday.", 0.88),
        turn(A, "Sunday po, December six. Private bangka po para sa anim, tres mil quinientos, plus environmental "
                "fee na singkwenta per head, so three hundred po. Lahat po three thousand eight hundred.", 0.86),
        turn(C, "Sige po. Rowena Dimaculangan po yung pangalan.", 0.87),
        turn(A, "Rowena Dimaculangan po. Pick-up sa port ng Barangay Tangke, alas siyete ng umaga. Booking number "
                "po I H, kuwatro dos, siyete uno.", 0.86),
        turn(C, "Number ko po, zero nine one eight, tres otso dos, uno singko singko siyete.", 0.84),
        turn(A, "Zero nine one eight, three eight two, one five five seven po. Pag masama po ang panahon, "
                "ite-text namin kayo ng Sabado ng gabi.", 0.88),
    ]),
    "w19tl-02": ("tl", "KK-5", None, [
        turn(A, "Aling Nena's Kakanin, si Beth po.", 0.91),
        turn(C, "Ate, order po ako ng bilao para sa Christmas party namin, tatlong bilao ng sapin-sapin tsaka "
                "dalawang biko.", 0.87),
        turn(A, "Sapin-sapin po, siyete siyentos per bilao, so two thousand one hundred, tapos biko po otso "
                "siyentos, one thousand six hundred. Total po three thousand seven hundred.", 0.86),
        turn(C, "Sige. Pick-up ko po Biyernes, December eighteen, mga alas sais ng gabi.", 0.88),
        turn(A, "Biyernes po, December eighteen, alas sais ng gabi. Order number po K K, tres sero siyete. Fifty "
                "percent po downpayment sa GCash, one thousand eight hundred fifty.", 0.86, low={"sero": 0.47}),
        turn(C, "Okay po, ise-send ko mamaya.", 0.93),
    ]),
    "w19tl-03": ("tl", "PC-9", None, [
        turn(A, "CopyFix Office Machines, si Arnel po.", 0.91),
        turn(C, "Sir, yung photocopier po namin sa faculty room, laging nagpa-paper jam tapos may guhit na itim "
                "yung kopya.", 0.87),
        turn(A, "Serial number po ng unit?", 0.93),
        turn(C, "P C, otso sero, uno nuwebe dos.", 0.85),
        turn(A, "P C eight zero one nine two po. Kung drum unit po ang sira, kailangan po ng approval ng service "
                "supervisor namin kasi hindi na po covered ng contract yung parts. Ipapasa ko po sa kanya, "
                "tatawagan po kayo bukas ng umaga bago mag-alas diyes.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w19tl-04": ("tl", "PL-3", None, [
        turn(A, "Papel at Lapis School Supplies, si Grace po.", 0.91),
        turn(C, "Ma'am, para sa outreach po namin, oorder kami ng school supply kits, isang daan at dalawampung "
                "kits.", 0.87),
        turn(A, "Kit po with notebook, lapis, crayons tsaka pad paper, one eighty five per kit, so twenty two "
                "thousand two hundred po lahat for one hundred twenty.", 0.86),
        turn(C, "Sige po. Delivery sa Barangay San Roque covered court, Lunes, December fourteen.", 0.88),
        turn(A, "Lunes po, December fourteen, bago mag-alas nuwebe ng umaga. PO number niyo po?", 0.9),
        turn(C, "P O, dos sero sero, kuwatro siyete.", 0.85),
        turn(A, "P O two zero zero four seven po. Ite-text ko po kayo pag paalis na yung truck.", 0.88),
    ]),
    "w19tl-05": ("tl", "KL-6", None, [
        turn(A, "Kalesa ni Mang Ador, Intramuros, si Ador po.", 0.91),
        turn(C, "Kuya, magpapa-book po kami ng kalesa para sa prenup shoot namin.", 0.88),
        turn(A, "Isang oras po, dalawang libo't limang daan. Kailan po?", 0.9),
        turn(C, "Miyerkules po, December sixteen, alas kuwatro ng hapon, sa Plaza Roma po ang start.", 0.87),
        turn(A, "Sige po, Miyerkules, December sixteen, alas kuwatro, Plaza Roma. Kailangan po ng five hundred na "
                "reservation fee sa GCash. Pag natanggap po namin, ite-text ko po yung confirmation tsaka yung "
                "number ng kutsero.", 0.86),
        turn(C, "Okay po. Number ko zero nine nine five, siyete dos dos, otso sero tres tres.", 0.84,
             low={"sero": 0.46}),
        turn(A, "Zero nine nine five, seven two two, eight zero three three po. Salamat po.", 0.9),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    return base.servicenow_record(number, state, agent, short, text, category, "2026-12-02 15:00:00", close_notes,
                                  **u)


_CLOCK = ("Gordon Pike: grandfather clock stopped chiming, pendulum stops after ~1 hr. Movement no. HM451072. "
          "Clockmaker house call Fri 12/11 9-11 AM, 2308 Maple Crest Dr. ")
_SAIL = "Sat 12/5 intro sailing lesson cancelled (small craft advisory). Booking SL81447, 2 students @ $165 (Naomi Tate). "
_SOLAR = ("Solar production down this month, inverter shows yellow light. Clean 22 panels $140 + inverter diagnostic "
          "$75 = $215. Tech visit Tue 12/15 10 AM-12 PM. ")
SERVICENOW = {"result": [
    _sn("INC1901011", "Visit booked", "HC-2", "Grandfather clock - house call Fri", _CLOCK + "House call $95 + "
        "suspension spring $38 if broken = $133. Cust not to wind the clock until he arrives; clockmaker txts when "
        "on his way.", "Clock repair", asset_tag="HM451072", caller_name="Gordon Pike",
        street_address="2308 Maple Crest Dr", amount="$133.00 (if spring)", visit="Fri 2026-12-11 9:00-11:00 AM",
        next_action="Clockmaker txts cust when on the way"),
    _sn("INC1901012", "Visit booked", "HC-2", "Grandfather clock - house call Fri", _CLOCK + "House call; suspension "
        "spring extra if broken. Cust not to wind the clock until he arrives; clockmaker txts when on his way.",
        "Clock repair", asset_tag="HM451072", caller_name="Gordon Pike", street_address="2308 Maple Crest Dr",
        amount="$95.00", visit="Fri 2026-12-11 9:00-11:00 AM", next_action="Clockmaker txts cust when on the way"),
    _sn("INC1902021", "Rescheduled", "BS-7", "Sailing lesson moved to Sat 12/19", _SAIL + "Moved to Sat 12/19 1:30 PM, "
        "same dock (pier 4). Instructor cb cust 8 AM that morning to confirm wind. Soft-soled shoes.",
        "Lesson reschedule", booking_no="SL81447", caller_name="Naomi Tate", contact_phone="415-555-0189",
        amount="$330.00", visit="Sat 2026-12-19 1:30 PM", next_action="Instructor cb 8 AM day of lesson"),
    _sn("INC1902022", "Rescheduled", "BS-7", "Sailing lesson moved", _SAIL + "Moved, same dock (pier 4). Soft-soled "
        "shoes.", "Lesson reschedule", booking_no="SL81447", caller_name="Naomi Tate", contact_phone="415-555-0189",
        amount="$330.00", visit="Sun 2026-12-20 1:30 PM", next_action=""),
    _sn("INC1903031", "Visit booked", "SC-4", "Solar panel cleaning + inverter check", _SOLAR + "Cust unlocks side "
        "gate. Production report e-mailed after the visit.", "Solar maintenance",
        street_address="1974 Ridgeview Ct", contact_phone="(503) 555-0617", amount="$215.00",
        visit="Tue 2026-12-15 10:00 AM-12:00 PM", next_action="E-mail production report after visit"),
    _sn("INC1903032", "Visit booked", "SC-4", "Solar panel cleaning + inverter check", _SOLAR + "Cust unlocks side "
        "gate. Production report e-mailed after the visit.", "Solar maintenance",
        street_address="1947 Ridgeview Ct", contact_phone="(503) 555-0671", amount="$215.00",
        visit="Tue 2026-12-15 10:00 AM-12:00 PM", next_action="E-mail production report after visit"),
]}
SERVICENOW_MAPPING = """\
# Spoken calls 1-3, a ServiceNow JSON export (display_value objects): the built-in ServiceNow mapping;
# the desk's own states read as ours; the u_ fields named by what they hold.
name: audio19-servicenow
system: servicenow
status_values:
  Visit booked: open
  Rescheduled: open
extra_fields:
  reference: u_booking_no
  asset_tag: u_asset_tag
  customer_name: u_caller_name
  phone: u_contact_phone
  address: u_street_address
  amount: u_amount
  appointment: u_visit
  next_step: u_next_action
"""


# ---------------------------------------------------------------- spoken calls 4-6: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-02T16:00:00Z", **cf)


_CART = ("Lithium battery (installed 8/20) won't hold a charge. Cart serial GC70339, under 2-yr warranty. ")
_ARCHERY = ("Beginner archery lesson x2 (cust + daughter) @ $45/person, equipment incl. Sun 12/13 11 AM. Arrive "
            "15 min early to sign waiver; closed-toe shoes only. ")
_PLANET = ("Lincoln Elementary (Ms. Brennan), 4th grade field trip: deposit charged twice on 12/1 ($150 x 2) on the "
           "school card. Group booking 610842. ")
FRESHDESK = [
    _fd(19041, 9, "FC-5", "Golf cart battery - warranty, svc mgr sign-off", _CART + "Warranty replacement needs "
        "service manager's sign-off: escalated to him, he cb cust by Fri. Cust to unplug the cart and not drive it "
        "until then.", "Warranty repair", serial="GC70339", customer_name="Lucille Okafor",
        next_action="Svc mgr cb by Fri"),
    _fd(19042, 4, "FC-5", "Golf cart battery replaced", _CART + "Battery replaced under warranty.", "Warranty repair",
        serial="GC70339", customer_name="Lucille Okoye", next_action=""),
    _fd(19051, 2, "BA-1", "Beginner archery lesson Sun 12/13", _ARCHERY + "Booking AR52709.", "Lesson booking",
        ref_no="AR52709", customer_name="Farah Delgado", phone="312-555-0783", total="$90.00",
        schedule="Sun 2026-12-13 11:00 AM", next_action="Arrive 15 min early (waiver)"),
    _fd(19052, 2, "BA-1", "Beginner archery lesson Sun 12/13", _ARCHERY, "Lesson booking", ref_no="AR52790",
        customer_name="Farah Delgado", phone="312-555-0783", total="$90.00", schedule="Sun 2026-12-13 11:00 AM",
        next_action="Arrive 15 min early (waiver)"),
    _fd(19061, 3, "SP-3", "Duplicate field-trip deposit refunded", _PLANET + "Duplicate deposit, $150.00, refunded "
        "to the same card: 3-5 business days. Revised invoice e-mailed today to jbrennan@lincolnelementary.org.",
        "Billing", ref_no="610842", customer_name="Ms. Brennan", email="jbrennan@lincolnelementary.org",
        total="$150.00 refund", next_action="Revised invoice e-mailed today; refund 3-5 bus. days"),
    _fd(19062, 3, "SP-3", "Duplicate field-trip deposit", _PLANET + "Duplicate deposit refunded to the same card.",
        "Billing", ref_no="610842", customer_name="Ms. Brennan", email="jbrennan@lincolnelementary.org",
        total="$300.00 refund", next_action=""),
]
FRESHDESK_MAPPING = """\
# Spoken calls 4-6, a Freshdesk JSON export: the built-in Freshdesk mapping; state 9 ("With manager", a
# custom Freshdesk state) read as escalated; the custom fields named by what they hold.
name: audio19-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "9": escalated
extra_fields:
  reference: custom_fields.cf_ref_no
  asset_tag: custom_fields.cf_serial
  phone: custom_fields.cf_phone
  email: custom_fields.cf_email
  customer_name: custom_fields.cf_customer_name
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- English written calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Job Number)", "Custom field (Client)", "Custom field (Phone)",
        "Custom field (Site)", "Custom field (Quote)", "Custom field (Booked For)",
        "Custom field (Follow-up)"]
_MURAL = ("Copperleaf Dental (Janelle): forest mural from sketch, waiting room wall 12x9 ft = 108 sq ft @ $18/sq ft. "
          "1/3 up front. Painting Mon 12/14 after office closes (6 PM), 3 evenings. ")
_CANOE = ("2 canoes, 8-mile trip Sat 12/12, $60 ea, shuttle incl. Shuttle to upper landing 9:15 AM; cust at our lot "
          "by 9. Life jackets incl. ")
_ENVELOPES = ("Wedding (Feb) invitation envelopes: 120 @ $2.50. Cust e-mails guest list (spreadsheet). Pickup Fri "
              "12/18 after 2 PM. ")
_TT = "Platter speed drifts up/down, unit 8 mos old. Serial TT940612, under 2-yr mfr warranty. "
_ICE = ("Company holiday party, ~80 ppl: party pkg (up to 100 guests, 2 hrs) $425 + $40 travel fee. Fri 12/18 12-2 PM, "
        "Harbor Point Offices. ")
JIRA_ROWS = [
    ["EN19-101", "Booked", "MU-3", "Forest mural - Copperleaf Dental", _MURAL + "Final color proof e-mailed by Thu "
     "for sign-off.", "", "Wall art", "MR40216", "Janelle", "617-555-0340", "Copperleaf Dental", "$1,944.00",
     "Mon 12/14 6:00 PM", "E-mail color proof by Thu"],
    ["EN19-102", "Booked", "MU-3", "Forest mural - Copperleaf Dental", _MURAL + "Final color proof e-mailed by Thu "
     "for sign-off.", "", "Drywall repair", "MR40216", "Janelle", "617-555-0340", "Copperleaf Dental", "$1,944.00",
     "Mon 12/14 6:00 PM", "E-mail color proof by Thu"],
    ["EN19-201", "Booked", "CN-1", "2 canoes Sat 12/12 - 8 mi", _CANOE + "If river too high we cb cust Fri eve to "
     "move the trip.", "", "Canoe rental", "CN77104", "Desmond Achterberg", "(269) 555-0152", "", "$120.00",
     "Sat 12/12 9:15 AM", "Cb Fri eve only if river too high"],
    ["EN19-202", "Booked", "CN-1", "2 canoes Sat 12/12 - 8 mi", _CANOE + "If river too high we cb cust Fri eve to "
     "move the trip.", "", "Canoe rental", "CN77104", "Desmond Archer", "(269) 555-0152", "", "$120.00",
     "Sat 12/12 10:15 AM", "Cb Fri eve only if river too high"],
    ["EN19-301", "Booked", "CA-5", "120 envelopes - pickup Fri 12/18", _ENVELOPES + "50% deposit now ($150), balance "
     "at pickup. Txt cust when ready.", "", "Envelope addressing", "CA60881", "", "773-555-0294", "", "$300.00",
     "Fri 12/18 after 2:00 PM", "Txt cust when ready"],
    ["EN19-302", "Booked", "CA-5", "120 envelopes - pickup Fri 12/18", _ENVELOPES + "50% deposit now, balance at "
     "pickup. Txt cust when ready.", "", "Envelope addressing", "CA60881", "", "773-555-0294", "", "$250.00",
     "Fri 12/18 after 2:00 PM", "Txt cust when ready"],
    ["EN19-401", "Mfr claim", "TT-2", "Turntable speed drift - warranty claim", _TT + "Escalated to mfr service desk "
     "to open a warranty claim before we touch the motor; they e-mail cust a prepaid shipping label w/in 3 bus. "
     "days.", "", "Turntable repair", "TT940612", "", "", "", "", "", "Mfr e-mails shipping label w/in 3 bus. days"],
    ["EN19-402", "Done", "TT-2", "Turntable motor replaced", "Platter speed drifts up/down, unit 8 mos old. Serial "
     "TT940612. Replaced the platter motor.", "Motor replaced", "Turntable repair", "TT940612", "", "", "", "", "",
     ""],
    ["EN19-501", "Booked", "IC-7", "Ice cream cart - holiday party Fri 12/18", _ICE + "Contract + invoice e-mailed "
     "today; must be signed by Mon to hold the date.", "", "Event catering", "IC22903", "Teresa Blum",
     "858.555.0416", "55 Wharf St", "$465.00", "Fri 12/18 12:00-2:00 PM", "Contract signed by Mon to hold date"],
    ["EN19-502", "Booked", "IC-7", "Ice cream cart - holiday party Fri 12/18", _ICE, "", "Event catering", "IC22903",
     "Teresa Blum", "858.555.0461", "55 Wharf St", "$465.00", "Fri 12/18 12:00-2:00 PM", ""],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: en19-jira
system: jira
status_values:
  Booked: open
  Mfr claim: escalated
  Done: resolved
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
DASOM = ["접수번호", "상태", "담당", "제목", "내용", "처리내용", "고객명", "연락처", "관리번호", "금액", "일정",
         "접수유형", "다음조치"]
_EBIKE = "전기자전거 배터리 완충 후 5km 미만 주행. 구입 1년 미만. 차대번호 EB39061. "
_CURTAIN = "거실 암막커튼 주문 + 설치. 마포구 망원로 27, 3층. "
_FRAME = "가족사진 액자: 대형 1개 85,000원 + 소형 3개 x 12,000원 = 36,000원"
_SCROLL = "서예 작품(부친 팔순 선물) 족자 표구, 비단 배접 포함 68,000원. 2주 소요. "
DASOM_ROWS = [
    ["EB19-101", "이관", "EB-4", "전기자전거 배터리 - 제조사 승인", _EBIKE + "보증기간(2년) 내, 배터리 교체는 제조사 승인 필요: "
     "제조사 AS팀 이관. 모레까지 제조사 직접 연락. 그때까지 충전 금지 안내.", "", "한도윤", "", "EB39061", "", "",
     "배터리 A/S", "제조사 모레까지 연락"],
    ["EB19-102", "완료", "EB-4", "전기자전거 배터리 교체", _EBIKE + "배터리 교체 완료.", "배터리 교체", "한도윤", "", "EB39061",
     "", "", "배터리 A/S", ""],
    ["CT19-201", "접수", "CT-6", "암막커튼 실측 방문", _CURTAIN + "실측 12/9(수) 14:00. 실측 후 견적서 문자 발송, 승인 후 "
     "제작 1주.", "", "", "010-4982-1370", "CT235", "", "12/9(수) 14:00", "커튼 설치", "실측 후 견적서 문자"],
    ["CT19-202", "접수", "CT-6", "암막커튼 실측 방문", _CURTAIN + "실측 방문 예정.", "", "", "010-4982-1370", "CT235", "",
     "12/10(목) 14:00", "커튼 설치", ""],
    ["PF19-301", "접수", "PF-1", "가족사진 액자 주문", _FRAME + ", 합계 121,000원. 12/16(수) 17시부터 수령. 완성 시 문자.", "",
     "오세린", "010-9301-4468", "2749", "121,000원", "12/16(수) 17:00 이후", "액자 주문", "완성 시 문자"],
    ["PF19-302", "접수", "PF-1", "가족사진 액자 주문", "가족사진 액자: 대형 1개 + 소형 3개. 12/16(수) 17시부터 수령. 완성 시 "
     "문자.", "", "오세린", "010-9301-4468", "2749", "85,000원", "12/16(수) 17:00 이후", "액자 주문", "완성 시 문자"],
    ["PG19-401", "접수", "PG-8", "족자 표구", _SCROLL + "12/17(목) 수령. 완성 시 전화.", "", "", "010-2608-7013", "72055",
     "68,000원", "12/17(목)", "표구", "완성 시 전화"],
    ["PG19-402", "접수", "PG-8", "족자 표구", _SCROLL + "12/17(목) 수령. 완성 시 전화.", "", "", "010-2608-7031", "72055",
     "68,000원", "12/17(목)", "표구", "완성 시 전화"],
]
DASOM_MAPPING = """\
# The Dasom desk's Korean CSV export (CP949, as Korean Excel saves it). 접수유형 is the category; the
# other columns not named here (고객명, 연락처, 관리번호, 금액, 일정, 다음조치) are kept as structured fields.
name: dasom19
fields:
  ticket_id: 접수번호
  status: 상태
  agent_id: 담당
  title: 제목
  description: 내용
  resolution: 처리내용
  category: 접수유형
status_values:
  접수: open
  처리중: pending
  완료: resolved
  이관: escalated
"""

# ---------------------------------------------------------------- Taglish written calls: the desk's own CSV
DESK = ["Ref #", "Estado", "Agent", "Petsa", "Subject", "Notes", "Resolution", "Type",
        "Name", "Order/Booking no", "Contact no", "Location", "Amount", "Sked", "Follow-up"]
_ISLAND = "Island hopping, 6 pax, Sun Dec 6. Private bangka PHP 3,500 + env fee PHP 50/head (PHP 300)"
_KAKANIN = "Christmas party: 3 bilao sapin-sapin @ PHP 700 + 2 bilao biko @ PHP 800"
_COPIER = "Faculty room photocopier: laging paper jam, may itim na guhit sa kopya. Serial PC80192. "
_KITS = "Outreach: 120 school supply kits (notebook, lapis, crayons, pad paper) @ PHP 185"
_KALESA = "Kalesa for prenup shoot, 1 hr PHP 2,500. Wed Dec 16, 4:00 PM, start sa Plaza Roma. "
DESK_ROWS = [
    ["IH19-101", "Confirmed", "IH-2", "2026-12-02", "Island hopping 6 pax - Sun Dec 6", _ISLAND + " = PHP 3,800. "
     "Pick-up port ng Brgy. Tangke 7:00 AM. Txt cust Sat night kung masama ang panahon.", "", "Island hopping",
     "Rowena Dimaculangan", "IH4271", "0918 382 1557", "Port, Brgy. Tangke", "PHP 3,800.00", "Sun Dec 6, 7:00 AM",
     "Txt Sat night if bad weather"],
    ["IH19-102", "Confirmed", "IH-2", "2026-12-02", "Island hopping 6 pax - Sun Dec 6", _ISLAND + ". Pick-up port ng "
     "Brgy. Tangke 7:00 AM. Txt cust Sat night kung masama ang panahon.", "", "Island hopping", "Rowena Dimalanta",
     "IH4271", "0918 382 1557", "Port, Brgy. Tangke", "PHP 3,500.00", "Sun Dec 6, 7:00 AM",
     "Txt Sat night if bad weather"],
    ["KK19-201", "Confirmed", "KK-5", "2026-12-02", "Bilao order - pick-up Fri Dec 18", _KAKANIN + " = PHP 3,700. "
     "DP 50% PHP 1,850 via GCash (cust sends later today).", "", "Kakanin order", "", "KK307", "", "",
     "PHP 3,700.00", "Fri Dec 18, 6:00 PM", "Wait for GCash DP"],
    ["KK19-202", "Confirmed", "KK-5", "2026-12-02", "Bilao order - pick-up Fri Dec 18", _KAKANIN + " = PHP 3,700. "
     "DP 50% PHP 1,850 via GCash (cust sends later today).", "", "Kakanin order", "", "KK307", "", "",
     "PHP 3,700.00", "Fri Dec 18, 4:00 PM", "Wait for GCash DP"],
    ["PC19-301", "For supervisor", "PC-9", "2026-12-02", "Photocopier jam + black lines - for approval", _COPIER +
     "Kung drum unit: kailangan ng approval ng service supervisor (parts not covered ng contract). Ipinasa sa "
     "supervisor; cb cust tom morning before 10 AM.", "", "Copier repair", "", "PC80192", "", "Faculty room", "",
     "", "Supervisor cb tom before 10 AM"],
    ["PC19-302", "Closed", "PC-9", "2026-12-02", "Photocopier drum unit replaced", _COPIER + "Drum unit replaced.",
     "Drum unit replaced", "Copier repair", "", "PC80192", "", "Faculty room", "", "", ""],
    ["PL19-401", "Confirmed", "PL-3", "2026-12-02", "120 school supply kits - deliver Mon Dec 14", _KITS + " = PHP "
     "22,200. Deliver Mon Dec 14 before 9:00 AM. Txt cust pag paalis na ang truck.", "", "Bulk order", "",
     "PO20047", "", "Brgy. San Roque covered court", "PHP 22,200.00", "Mon Dec 14, before 9:00 AM",
     "Txt when truck leaves"],
    ["PL19-402", "Confirmed", "PL-3", "2026-12-02", "120 school supply kits - deliver Mon Dec 14", _KITS + " = PHP "
     "22,200. Deliver Mon Dec 14 before 9:00 AM. Txt cust pag paalis na ang truck.", "", "Printing services", "",
     "PO20074", "", "Brgy. San Roque covered court", "PHP 22,200.00", "Mon Dec 14, before 9:00 AM",
     "Txt when truck leaves"],
    ["KL19-501", "Pending", "KL-6", "2026-12-02", "Kalesa prenup shoot Wed Dec 16", _KALESA + "Reservation fee PHP "
     "500 via GCash; pag received, txt cust ng confirmation + number ng kutsero.", "", "Kalesa ride", "", "",
     "0995 722 8033", "Plaza Roma, Intramuros", "PHP 2,500.00", "Wed Dec 16, 4:00 PM",
     "Txt confirmation + kutsero no. once fee received"],
    ["KL19-502", "Pending", "KL-6", "2026-12-02", "Kalesa prenup shoot Wed Dec 16", _KALESA + "Reservation fee PHP "
     "500 via GCash.", "", "Kalesa ride", "", "", "0995 722 8033", "Plaza Roma, Intramuros", "PHP 2,500.00",
     "Wed Dec 16, 4:00 PM", ""],
]
DESK_MAPPING = """\
# The Taglish desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold.
name: tl19-desk
fields:
  ticket_id: "Ref #"
  status: Estado
  agent_id: Agent
  created: Petsa
  title: Subject
  description: Notes
  resolution: Resolution
  category: Type
status_values:
  Confirmed: open
  Pending: pending
  For supervisor: escalated
  Closed: resolved
extra_fields:
  customer_name: Name
  reference: Order/Booking no
  phone: Contact no
  address: Location
  amount: Amount
  appointment: Sked
  next_step: Follow-up
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio19-servicenow.json", SERVICENOW)
    (exports / "audio19-servicenow-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")
    base.write_json(exports / "audio19-freshdesk.json", FRESHDESK)
    (exports / "audio19-freshdesk-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en19-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en19-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "dasom19-cp949.csv", DASOM, DASOM_ROWS, encoding="cp949")
    (exports / "dasom19-mapping.yaml").write_text(DASOM_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl19-desk.csv", DESK, DESK_ROWS)
    (exports / "tl19-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
