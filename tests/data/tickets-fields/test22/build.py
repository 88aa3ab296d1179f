"""Writes the twenty-second test split's written calls (test22/calls) and every export (test22/exports).

Run from the repository root: ``python tests/data/tickets-fields/test22/build.py``. The six English
calls in test22/audio were spoken by the project's sample maker (``build_audio.py``: a stairlift
installation, a puppy obedience course, a hearing-aid repair under warranty, thesis binding, a cracked
trampoline frame passed to the warranty team, portable toilets for a holiday market); their tickets (a
ServiceNow CSV export with u_ columns named by a mapping; a Freshdesk CSV export with the desk's own
states and columns) were written from the scripts in build_audio.py as a careful agent would, not from
a transcript. The written calls are in domains the earlier splits do not use (stained-glass pane
repair, antique rug washing, ice sculptures for a gala, a document-shredding double charge, a bonsai
damaged in boarding escalated to the head gardener; Korean orthodontic bracket re-bonding, stroller
repair, a custom wig consultation, a 3D-print defect escalated to the print lead; Taglish gate welding,
a magician for a birthday, dressed chicken for a carinderia, a prom gown rental, progressive lenses
escalated to the lab supervisor). Some carry ASR-like noise a careful analyst forgives ("o" for zero,
영 for 공, Sino-Korean digits and native clock times, letters read in Korean, Spanish and Tagalog
digits and amounts, a surname heard with low probability). ``p`` is a turn's word probability.

Exports: ServiceNow CSV and Freshdesk CSV (spoken calls), Jira CSV with ``Custom field (...)`` columns
(English 1-3), Zendesk CSV with the desk's "Service [list]" column as the category (English 4-5), a
Korean CSV saved as UTF-8 with a byte-order mark (Excel's "CSV UTF-8") with Korean columns named by
extra_fields, the Taglish desk's own JSON lines with nested keys (every key named by a mapping).
Tickets use help-desk shorthand, totals with or without the per-item prices, a category in other words.
"""
from __future__ import annotations

import codecs
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test22/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w22en-01": ("en", "SG-3", None, [
        turn(A, "Lumen Stained Glass, this is Owen.", 0.93),
        turn(C, "Hi, a baseball cracked two panes in the stained glass transom over our front door.", 0.9),
        turn(A, "Sorry to hear it. Replacing a pane is ninety five each, so one ninety for the two, plus a "
                "sixty dollar trip charge, two fifty in all. I can come Tuesday, December fifteenth, at one "
                "p.m. Can I have your name?", 0.88),
        turn(C, "Felicity Okonkwo.", 0.8, low={"okonkwo": 0.37}),
        turn(A, "And the address, Felicity?", 0.94),
        turn(C, "Eleven o five Juniper Street.", 0.86, low={"o": 0.41}),
        turn(A, "Eleven zero five Juniper Street. I'll bring glass samples so you can match the color.", 0.9),
        turn(C, "Great, thank you.", 0.95),
    ]),
    "w22en-02": ("en", "RG-1", None, [
        turn(A, "Heirloom Rug Care, this is Nadia.", 0.93),
        turn(C, "Hi, I have an antique Persian rug, eight by ten, with a coffee stain near the fringe.", 0.9),
        turn(A, "We hand wash those at four dollars a square foot, so three twenty for eight by ten, and the "
                "stain treatment is forty five, three sixty five in all. We can pick it up Wednesday, "
                "December ninth, and it takes about two weeks to dry properly. A phone number?", 0.88),
        turn(C, "Seven zero three, five five five, zero one nine eight.", 0.9),
        turn(A, "Seven zero three, five five five, zero one nine eight. Your claim ticket is H R, four zero, "
                "seven one two. I'll call you when it's ready for delivery.", 0.89),
        turn(C, "Thanks so much.", 0.95),
    ]),
    "w22en-03": ("en", "IC-7", None, [
        turn(A, "Frostline Ice Sculptures, this is Kurt.", 0.93),
        turn(C, "Hi, I'm planning our company gala and I'd like a swan ice sculpture for the dessert table, "
                "and an ice luge for the bar.", 0.89),
        turn(A, "The swan is four fifty and the luge three twenty five, seven seventy five together, "
                "delivered. For Saturday, December nineteenth, we'd set up at five p.m. What's the venue "
                "address?", 0.88),
        turn(C, "Twenty two Harbor Street, the Ashworth ballroom.", 0.9),
        turn(A, "Twenty two Harbor Street. We need half as a deposit to hold the date, three eighty seven "
                "fifty, and I'll send you the deposit invoice today.", 0.88),
        turn(C, "Perfect.", 0.95),
    ]),
    "w22en-04": ("en", "SD-2", None, [
        turn(A, "SecureShred billing, this is Monique.", 0.93),
        turn(C, "Hi, we were charged twice for our December pickup. The account is S S, seven eight, two o "
                "one.", 0.87, low={"o": 0.43}),
        turn(A, "S S seven eight two zero one, Pine Street Dental. Yes, I see two charges of eighty nine "
                "fifty. I've refunded the duplicate; it takes three to five business days to show.", 0.88),
        turn(C, "Thanks. And the next pickup is still on the twenty first?", 0.91),
        turn(A, "Yes, Monday, December twenty first, between eight and ten a.m.", 0.9),
        turn(C, "Great, bye.", 0.95),
    ]),
    "w22en-05": ("en", "BN-4", None, [
        turn(A, "Tranquil Bonsai Nursery, this is Ken.", 0.93),
        turn(C, "Hi, I picked up my juniper from your boarding service yesterday, and half the needles have "
                "turned brown.", 0.89),
        turn(A, "I'm sorry. What's the boarding tag number?", 0.94),
        turn(C, "T N, three one, four four.", 0.88),
        turn(A, "T N three one four four. You paid a hundred and twenty for the four weeks. Damage claims go "
                "to our head gardener, Mr. Sato, so I'm sending him your photos, and he'll call you back by "
                "Friday.", 0.88),
        turn(C, "Okay, thank you.", 0.95),
    ]),
    # ---------------------------------------------------------------- Korean
    "w22ko-01": ("ko", "OR-2", None, [
        turn(A, "바른미소교정치과입니다.", 0.92),
        turn(C, "교정 장치 브라켓이 하나 떨어졌어요. 환자번호는 사 칠 공 이 구요.", 0.88),
        turn(A, "사칠공이구 환자분 확인했습니다. 십이월 십일 목요일 오후 세 시에 오시면 다시 붙여 드릴게요. 재부착 비용은 "
                "만 오천 원입니다.", 0.89),
        turn(C, "네, 그 시간에 갈게요.", 0.95),
        turn(A, "떨어진 브라켓은 버리지 말고 가져오세요. 예약 전날 문자 드리겠습니다.", 0.9),
    ]),
    "w22ko-02": ("ko", "BB-5", None, [
        turn(A, "아이쿠 유모차 고객센터입니다.", 0.92),
        turn(C, "유모차 앞바퀴가 흔들리고 브레이크가 잘 안 걸려요. 제품번호는 비씨 육삼팔팔오예요.", 0.87),
        turn(A, "BC63885 제품이요. 보증기간이 지나서 앞바퀴 교체 이만 팔천 원, 브레이크 조정 만 이천 원, 합계 사만 "
                "원입니다. 내일 택배 기사님이 회수하러 가고, 수리 후 일주일 안에 보내 드려요. 주소 확인 부탁드립니다.",
             0.88),
        turn(C, "분당구 정자동 백오십삼 다시 이, 이백삼호요.", 0.88),
        turn(A, "정자동 153-2 203호요. 연락처도 부탁드립니다.", 0.92),
        turn(C, "공일공, 사팔이칠, 삼육영일이요.", 0.84, low={"삼육영일이요": 0.45}),
        turn(A, "공일공 사팔이칠 삼육공일, 회수 전에 문자 드릴게요.", 0.9),
    ]),
    "w22ko-03": ("ko", "WG-1", None, [
        turn(A, "단정가발 강남점입니다.", 0.92),
        turn(C, "항암 치료 때문에 맞춤 가발 상담을 받고 싶어요.", 0.9),
        turn(A, "네, 맞춤 가발은 백이십만 원이고, 상담 때 머리 치수를 잽니다. 상담은 무료예요. 십이월 십오일 화요일 오전 "
                "열한 시 괜찮으세요? 성함 부탁드립니다.", 0.88),
        turn(C, "김서윤이요.", 0.9),
        turn(A, "김서윤 고객님, 십오일 화요일 오전 열한 시로 예약했습니다.", 0.91),
        turn(C, "감사합니다.", 0.95),
    ]),
    "w22ko-04": ("ko", "PR-3", None, [
        turn(A, "모아3D 출력센터입니다.", 0.92),
        turn(C, "어제 받은 피규어 출력물 층이 갈라져 있어요. 주문번호는 엠디 팔이육일이요.", 0.87),
        turn(A, "MD8261 주문, 출력비 육만 오천 원 건이시네요. 재출력은 출력팀장님이 확인하셔야 해서 사진과 함께 넘겨 "
                "드리겠습니다. 내일 오전 중으로 팀장님이 연락드릴 거예요.", 0.88),
        turn(C, "네, 사진 보낼게요.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w22tl-01": ("tl", "WS-6", None, [
        turn(A, "Tibay Welding Shop, si Rodel po.", 0.91),
        turn(C, "Hello po, sira po yung bisagra ng gate namin, tapos kinakalawang na yung ibaba.", 0.88),
        turn(A, "Palit bisagra po ochocientos, tapos welding at pintura ng ibaba mil dos siyentos, total two "
                "thousand po. Sabado po, December twelve, alas otso ng umaga. Address po?", 0.86),
        turn(C, "Tres singko uno, Rizal Street, Barangay San Isidro, Tanauan.", 0.86),
        turn(A, "Three five one Rizal Street, San Isidro, Tanauan po. Text ko po kayo bago kami umalis ng "
                "shop.", 0.88),
    ]),
    "w22tl-02": ("tl", "MM-2", None, [
        turn(A, "Magic Migs Entertainment, si Migs po.", 0.91),
        turn(C, "Hi po, magpa-book po sana ng magician sa seventh birthday ng anak ko.", 0.89),
        turn(A, "One hour show po tres mil quinientos, tapos balloon twisting dagdag five hundred, total four "
                "thousand po. Kailan po?", 0.86),
        turn(C, "Linggo po, December twenty, alas tres ng hapon.", 0.88),
        turn(A, "Sunday December twenty, three PM po. Pangalan po?", 0.9),
        turn(C, "Jennilyn Dimaculangan po.", 0.82, low={"dimaculangan": 0.46}),
        turn(A, "Jennilyn Dimaculangan. Down payment po one thousand sa GCash para ma-reserve, i-send ko po "
                "yung GCash number ngayon.", 0.87),
    ]),
    "w22tl-03": ("tl", "MB-1", None, [
        turn(A, "Manok ni Mang Berto, si Berto po.", 0.91),
        turn(C, "Kuya, order po ako ng singkuwenta kilos na dressed chicken para sa karinderya.", 0.87),
        turn(A, "Ciento ochenta po per kilo, so nine thousand po lahat. Biyernes po, December eleven, deliver "
                "ng alas singko ng umaga. Number niyo po?", 0.86),
        turn(C, "Zero nine one eight, siyete dos singko, kuwatro otso tres uno.", 0.84),
        turn(A, "Zero nine one eight, seven two five, four eight three one po. Cash on delivery po ang "
                "bayad.", 0.88),
    ]),
    "w22tl-04": ("tl", "GG-4", None, [
        turn(A, "Gandara Gown Rentals, si Tess po.", 0.91),
        turn(C, "Hello po, rent po sana ng gown para sa JS prom ng anak ko, tapos kailangan pa pong i-adjust.",
             0.88),
        turn(A, "Gown rental po dos mil quinientos, alteration po tres siyentos, total two thousand eight "
                "hundred po. Fitting po Sabado, January sixteen, alas diyes ng umaga. Contact number po?", 0.86),
        turn(C, "Zero nine nine five, uno cero siyete, tres tres otso seis.", 0.84),
        turn(A, "Zero nine nine five, one zero seven, three three eight six po. Ibalik po yung gown within two "
                "days after ng prom.", 0.87),
    ]),
    "w22tl-05": ("tl", "LO-3", None, [
        turn(A, "Linaw Optical, si Joy po.", 0.91),
        turn(C, "Hi po, kinuha ko po kahapon yung salamin ko pero malabo po yung kanang lens, parang mali "
                "yung grado.", 0.87),
        turn(A, "Sorry po. Job order number po?", 0.93),
        turn(C, "J O, dos siyete otso siyete.", 0.86),
        turn(A, "J O two seven eight seven, progressive lens po, four thousand five hundred. Ipapasa ko po sa "
                "lab supervisor namin para ma-check yung grado, tatawagan niya po kayo bukas bago mag-alas "
                "dose. Dalhin niyo po yung salamin at reseta.", 0.86),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: ServiceNow CSV
SN_COLUMNS = ["number", "short_description", "state", "assigned_to", "opened_at", "description", "close_notes",
              "category", "u_reference", "u_asset_tag", "u_customer_name", "u_phone", "u_address", "u_amount",
              "u_appointment", "u_next_step"]


def _sn(number, state, agent, short, text, category, **u):
    row = {"number": number, "short_description": short, "state": state, "assigned_to": agent,
           "opened_at": "2026-12-02 15:10:00", "description": text, "close_notes": "", "category": category}
    row.update({f"u_{k}": v for k, v in u.items()})
    return [row.get(c, "") for c in SN_COLUMNS]


_LIFT = ("Stairlift for cust's father (can't do stairs since knee surgery). Straight staircase, ~14 steps: "
         "straight rail model. Lift $2,850 + install $350 = $3,200. Installer Mon 12/14 9 AM. Cust to clear "
         "the stairs before. ")
_PUPPY = ("Beginner obedience, 6 wks Sat AM, $165/course. Starts Sat 1/9 9:30. Dog: Biscuit, 5-mo beagle; "
          "bring vaccination record to 1st class. Enrollment GP22705. ")
_AID = ("L hearing aid whistling, sound cuts out. Serial RX49116, under warranty till March: repair no "
        "charge. ")
SN_ROWS = [
    _sn("RITM0220101", "Scheduled", "SL-1", "Stairlift install Mon 12/14", "Margaret Lindqvist. " + _LIFT +
        "Written quote e-mailed tonight.", "Stairlift installation", customer_name="Margaret Lindqvist",
        phone="919-555-0347", address="4118 Cedar Crest Rd", amount="$3,200.00", appointment="Mon 12/14 9:00 AM",
        next_step="E-mail written quote tonight"),
    _sn("RITM0220102", "Scheduled", "SL-1", "Stairlift install Mon 12/14", "Margaret Lindqvist. " + _LIFT,
        "Stairlift installation", customer_name="Margaret Lindqvist", phone="919-555-0347",
        address="4181 Cedar Crest Rd", amount="$3,200.00", appointment="Mon 12/14 9:00 AM"),
    _sn("RITM0220201", "Enrolled", "GP-2", "Puppy class from Sat 1/9", _PUPPY + "Txt class address this PM.",
        "Obedience training", reference="GP22705", customer_name="Trevor Ashby", phone="414-555-0682",
        amount="$165.00", appointment="Sat 1/9 9:30 AM", next_step="Txt class address this afternoon"),
    _sn("RITM0220202", "Enrolled", "GP-2", "Puppy class from Sat 1/9", _PUPPY + "Txt class address this PM.",
        "Obedience training", reference="GP22705", customer_name="Trevor Ashford", phone="414-555-0682",
        amount="$165.00", appointment="Sat 1/9 10:30 AM", next_step="Txt class address this afternoon"),
    _sn("RITM0220301", "Awaiting device", "HR-5", "Hearing aid repair (warranty)", _AID + "Padded mailer w/ "
        "loaner posted today to 257 Willow Bend Ct; back w/in 10 bus. days of receipt; e-mail on arrival.",
        "Device repair", asset_tag="RX49116", address="257 Willow Bend Ct", amount="$0.00 (warranty)",
        next_step="Mailer + loaner posted today; back w/in 10 bus. days"),
    _sn("RITM0220302", "Awaiting device", "HR-5", "Hearing aid repair (warranty)", _AID.replace("Serial RX49116, under", "Under")
        + "Padded mailer w/ loaner posted today to 257 Willow Bend Ct; back w/in 10 bus. days of receipt; "
        "e-mail on arrival.", "Device repair", asset_tag="RX49161", address="257 Willow Bend Ct",
        amount="$0.00 (warranty)", next_step="Mailer + loaner posted today; back w/in 10 bus. days"),
]
SN_MAPPING = """\
# Spoken calls 1-3, a ServiceNow CSV export (column names as the list view exports them): the built-in
# ServiceNow mapping; the desk's own states read as ours; the u_ columns named by what they hold.
name: audio22-servicenow
system: servicenow
status_values:
  Scheduled: open
  Enrolled: open
  Awaiting device: pending
extra_fields:
  reference: u_reference
  asset_tag: u_asset_tag
  customer_name: u_customer_name
  phone: u_phone
  address: u_address
  amount: u_amount
  appointment: u_appointment
  next_step: u_next_step
"""

# ---------------------------------------------------------------- spoken calls 4-6: Freshdesk CSV
FD_COLUMNS = ["Ticket ID", "Subject", "Description", "Status", "Agent", "Type", "Created time",
              "Resolution notes", "Order no", "Customer name", "Total", "Address", "Due", "Next action"]
_BIND = ("Thesis hardbound x4 for the library, gold spine lettering, $42/copy = $168. Ready Wed 12/16 after "
         "2 PM (cust's deadline 12/18). Cust uploads PDF tonight. Spine: Anjali Raman. ")
_TRAMP = ("14 ft trampoline bought June ($399): frame cracked at a weld. Order BW80552. Cust told not to use "
          "it till fixed. ")
_LOOS = "3 standard units @ $125 + 1 accessible @ $190 = $565, holiday market on cust's farm (~100 guests). "
FD_ROWS = [
    ["22401", "Thesis binding x4 - proof pending", _BIND + "Spine proof e-mailed tom AM; nothing printed till "
     "cust approves. Order FB61338.", "Pending", "FB-3", "Thesis binding", "2026-12-02 15:40:00", "", "FB61338",
     "Anjali Raman", "$168.00", "", "Wed 12/16 after 2:00 PM", "E-mail spine proof tom AM"],
    ["22402", "Thesis binding x4 - proof pending", _BIND + "Spine proof e-mailed tom AM; nothing printed till "
     "cust approves. Order FB61338.", "Pending", "FB-3", "Canvas printing", "2026-12-02 15:40:00", "",
     "FB61338", "Anjali Raman", "$186.00", "", "Wed 12/16 after 2:00 PM", "E-mail spine proof tom AM"],
    ["22501", "Trampoline frame crack - warranty claim", "Rachel Dunmore. " + _TRAMP + "Passed to the warranty "
     "team (needs photos): cust e-mails photos of the crack; warranty specialist cb w/in 2 bus. days.",
     "Sent to warranty", "BW-1", "Warranty claim", "2026-12-02 15:40:00", "", "BW80552", "Rachel Dunmore",
     "$399.00 (purchase)", "", "", "Warranty cb w/in 2 bus. days"],
    ["22502", "Trampoline frame crack - warranty claim", "Rachel Dunmore. " + _TRAMP, "Resolved", "BW-1",
     "Warranty claim", "2026-12-02 15:40:00", "Replacement frame shipped.", "BW80552", "Rachel Dunmore",
     "$399.00 (purchase)", "", "", ""],
    ["22601", "Portable toilets x4 - deliver Fri 12/11", _LOOS + "Deliver Fri 12/11 before noon, pickup Mon "
     "12/14. Truck needs access to a flat spot near the barn. Rental SJ55084.", "Open", "SJ-6",
     "Event rental", "2026-12-02 15:40:00", "", "SJ55084", "", "$565.00", "9310 Old Mill Rd",
     "Deliver Fri 12/11 before 12 PM; pickup Mon 12/14", ""],
    ["22602", "Portable toilets x4 - deliver Fri 12/11", _LOOS + "Deliver Fri 12/11 before noon, pickup Mon "
     "12/14. Truck needs access to a flat spot near the barn. Rental SJ55084.", "Open", "SJ-6",
     "Event rental", "2026-12-02 15:40:00", "", "SJ55084", "", "$565.00", "9130 Old Mill Rd",
     "Deliver Fri 12/11 before 12 PM; pickup Mon 12/14", ""],
]
FD_MAPPING = """\
# Spoken calls 4-6, a Freshdesk CSV export (the ticket list's CSV: named states, custom columns by
# their labels): the built-in Freshdesk mapping; the desk's own state "Sent to warranty" read as
# escalated; the custom columns named by what they hold.
name: audio22-freshdesk
system: freshdesk
status_values:
  Open: open
  Pending: pending
  Resolved: resolved
  Sent to warranty: escalated
extra_fields:
  reference: Order no
  customer_name: Customer name
  amount: Total
  address: Address
  appointment: Due
  next_step: Next action
"""

# ---------------------------------------------------------------- English written calls 1-3: Jira CSV
JIRA_COLUMNS = ["Issue key", "Summary", "Status", "Assignee", "Created", "Description", "Issue Type",
                "Custom field (Customer name)", "Custom field (Phone)", "Custom field (Address)",
                "Custom field (Amount)", "Custom field (Appointment)", "Custom field (Reference)",
                "Custom field (Next step)"]
_GLASS = ("Baseball cracked 2 panes in the stained glass transom over front door. $95/pane x2 = $190 + $60 trip "
          "charge = $250. Tue 12/15 1 PM. Bring glass samples for color match. ")
_RUG = ("Antique Persian rug 8x10, coffee stain near fringe. Hand wash $4/sq ft = $320 + stain treatment $45 = "
        "$365. Pickup Wed 12/9; ~2 wks to dry. ")
_ICE = ("Company gala Sat 12/19: swan ice sculpture (dessert table) $450 + ice luge (bar) $325 = $775 "
        "delivered. Setup 5 PM, Ashworth ballroom. 50% deposit ($387.50) holds the date. ")
JIRA_ROWS = [
    ["ART-2201", "Replace 2 stained glass panes Tue 12/15", "Booked", "SG-3", "2026-12-02 15:50",
     "Felicity Okonkwo, 1105 Juniper St. " + _GLASS, "Glass repair", "Felicity Okonkwo", "", "1105 Juniper St",
     "$250.00", "Tue 12/15 1:00 PM", "", "Bring glass samples"],
    ["ART-2202", "Replace 2 stained glass panes Tue 12/15", "Booked", "SG-3", "2026-12-02 15:50",
     "Felicity Okonkwo, 1105 Juniper St. " + _GLASS, "Glass repair", "Felicity Okonjo", "", "1105 Juniper St",
     "$290.00", "Tue 12/15 1:00 PM", "", "Bring glass samples"],
    ["ART-2301", "Rug wash HR40712 - pickup Wed 12/9", "Booked", "RG-1", "2026-12-02 15:50", _RUG +
     "Claim ticket HR40712. Cb cust when ready for delivery.", "Rug cleaning", "", "703-555-0198", "",
     "$365.00", "Wed 12/9 pickup", "HR40712", "Cb when ready for delivery"],
    ["ART-2302", "Rug wash HR40712 - pickup Wed 12/9", "Booked", "RG-1", "2026-12-02 15:50", _RUG +
     "Claim ticket HR40712.", "Rug cleaning", "", "703-555-0189", "", "$365.00", "Wed 12/9 pickup", "HR40712",
     ""],
    ["ART-2401", "Gala ice swan + luge Sat 12/19", "Awaiting deposit", "IC-7", "2026-12-02 15:50", _ICE
     + "Deposit invoice sent today.", "Ice sculpture", "", "", "22 Harbor St", "$775.00 ($387.50 deposit)",
     "Sat 12/19 5:00 PM setup", "", "Deposit invoice sent today"],
    ["ART-2402", "Gala ice swan + luge Sat 12/19", "Awaiting deposit", "IC-7", "2026-12-02 15:50", _ICE
     + "Deposit invoice sent today.", "Balloon decor", "", "", "22 Harbor St", "$775.00 ($387.50 deposit)",
     "Sat 12/19 5:00 PM setup", "", "Deposit invoice sent today"],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export (calls 1-3): the built-in Jira mapping; the desk's own states read
# as ours; the "Custom field (...)" columns named by what they hold.
name: en22-jira
system: jira
status_values:
  Booked: open
  Awaiting deposit: pending
extra_fields:
  customer_name: Custom field (Customer name)
  phone: Custom field (Phone)
  address: Custom field (Address)
  amount: Custom field (Amount)
  appointment: Custom field (Appointment)
  reference: Custom field (Reference)
  next_step: Custom field (Next step)
"""

# ---------------------------------------------------------------- English written calls 4-5: Zendesk CSV
ZD_COLUMNS = ["Id", "Subject", "Status", "Assignee", "Requester", "Created at", "Description", "Resolution",
              "Service [list]", "Account [txt]", "Amount [txt]", "Next pickup [txt]", "Next step [txt]"]
_SHRED = ("Pine Street Dental, acct SS78201: charged twice for the Dec pickup ($89.50 x2). ")
_BONSAI = ("Juniper picked up from boarding yesterday, half the needles brown. Boarding tag TN3144, paid $120 "
           "for 4 wks. ")
ZD_ROWS = [
    ["22041", "Duplicate Dec pickup charge refunded", "solved", "SD-2", "Pine Street Dental", "2026-12-02 16:00",
     _SHRED + "Duplicate refunded, 3-5 bus. days to show. Next pickup unchanged: Mon 12/21 8-10 AM.",
     "Duplicate $89.50 refunded (3-5 bus. days).", "Billing", "SS78201", "$89.50 refund", "Mon 12/21 8-10 AM",
     ""],
    ["22042", "Duplicate Dec pickup charge refunded", "solved", "SD-2", "Pine Street Dental", "2026-12-02 16:00",
     _SHRED + "Duplicate refunded, 3-5 bus. days to show. Next pickup unchanged: Mon 12/21 8-10 AM.",
     "Identity verified. Duplicate refunded (3-5 bus. days).", "Billing", "SS78201", "$98.50 refund",
     "Mon 12/21 8-10 AM", ""],
    ["22051", "Bonsai damaged in boarding - to head gardener", "hold", "BN-4", "", "2026-12-02 16:00",
     _BONSAI + "Damage claims go to the head gardener: photos sent to Mr. Sato, he cb cust by Fri.", "",
     "Boarding", "TN3144", "$120.00", "", "Mr. Sato cb by Fri"],
    ["22052", "Bonsai damaged in boarding", "solved", "BN-4", "", "2026-12-02 16:00",
     _BONSAI.replace("TN3144", "TN3414"), "Boarding fee refunded.", "Boarding", "", "$120.00", "", ""],
]
ZD_MAPPING = """\
# The English desk's Zendesk CSV export (calls 4-5): the built-in Zendesk mapping; the category is the
# desk's "Service [list]" column; "hold" is where the head gardener has the ticket, read as escalated;
# the other custom columns named by what they hold.
name: en22-zendesk
system: zendesk
fields:
  category: Service [list]
status_values:
  hold: escalated
extra_fields:
  reference: Account [txt]
  amount: Amount [txt]
  appointment: Next pickup [txt]
  next_step: Next step [txt]
"""

# ---------------------------------------------------------------- Korean written calls: UTF-8 CSV with a BOM
KO_COLUMNS = ["티켓번호", "상태", "상담원", "접수일", "제목", "상담내용", "처리결과", "상담유형", "고객명", "연락처", "주소",
              "관리번호", "금액", "예약일시", "후속조치"]
_BRACKET = "교정 브라켓 1개 탈락, 환자번호 47029. 12/10(목) 오후 3시 내원 재부착, 비용 15,000원. 떨어진 브라켓 지참 안내. "
_STROLLER = ("유모차 앞바퀴 흔들림, 브레이크 불량. 제품번호 BC63885, 보증기간 경과: 앞바퀴 교체 28,000원 + 브레이크 조정 "
             "12,000원 = 40,000원. 정자동 153-2 203호. ")
_WIG = "항암 치료로 맞춤 가발 상담 예약. 맞춤 가발 1,200,000원, 상담 시 머리 치수 측정(상담 무료). 12/15(화) 11:00. "
_PRINT = "피규어 출력물 층 갈라짐(어제 수령). 주문번호 MD8261, 출력비 65,000원. "
KO_ROWS = [
    ["OR22-101", "예약완료", "OR-2", "2026-12-02", "브라켓 탈락 재부착 12/10", _BRACKET + "예약 전날 문자.", "", "교정 진료 예약",
     "", "", "", "47029", "15,000원", "12/10(목) 15:00", "예약 전날 문자"],
    ["OR22-102", "예약완료", "OR-2", "2026-12-02", "브라켓 탈락 재부착", _BRACKET + "예약 전날 문자.", "", "교정 진료 예약",
     "", "", "", "47029", "15,000원", "12/11(금) 15:00", "예약 전날 문자"],
    ["BB22-201", "수리접수", "BB-5", "2026-12-02", "유모차 바퀴/브레이크 수리", _STROLLER + "내일 택배 회수, 수리 후 1주일 "
     "내 발송. 회수 전 문자.", "", "유료 수리", "", "010-4827-3601", "정자동 153-2 203호", "BC63885", "40,000원", "",
     "내일 택배 회수, 수리 후 1주일 내 발송"],
    ["BB22-202", "수리접수", "BB-5", "2026-12-02", "유모차 바퀴/브레이크 수리", _STROLLER, "", "유료 수리", "",
     "010-4827-3610", "정자동 153-2 203호", "BC63885", "40,000원", "", ""],
    ["WG22-301", "예약완료", "WG-1", "2026-12-02", "맞춤 가발 상담 12/15", _WIG, "", "맞춤 가발 상담", "김서윤", "", "", "",
     "1,200,000원", "12/15(화) 11:00", ""],
    ["WG22-302", "예약완료", "WG-1", "2026-12-02", "맞춤 가발 상담 12/15", _WIG, "", "맞춤 가발 상담", "김서연", "", "", "",
     "1,200,000원", "12/15(화) 11:00", ""],
    ["PR22-401", "팀장 확인중", "PR-3", "2026-12-02", "출력물 층 갈라짐 - 재출력 검토", _PRINT + "재출력 여부 출력팀장 확인 "
     "필요, 사진과 함께 이관. 내일 오전 중 팀장 연락.", "", "출력 불량", "", "", "", "MD8261", "65,000원", "",
     "내일 오전 중 팀장 연락"],
    ["PR22-402", "완료", "PR-3", "2026-12-02", "출력물 층 갈라짐", _PRINT, "재출력 후 발송 완료", "출력 불량", "", "", "",
     "MD8261", "65,000원", "", ""],
]
KO_MAPPING = """\
# The Korean desk's CSV export, saved as UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), Korean
# columns: every column named here; the desk's states read as ours; the structured columns named by what
# they hold.
name: ko22
fields:
  ticket_id: 티켓번호
  status: 상태
  agent_id: 상담원
  created: 접수일
  title: 제목
  description: 상담내용
  resolution: 처리결과
  category: 상담유형
status_values:
  예약완료: open
  수리접수: pending
  팀장 확인중: escalated
  완료: resolved
extra_fields:
  customer_name: 고객명
  phone: 연락처
  address: 주소
  reference: 관리번호
  amount: 금액
  appointment: 예약일시
  next_step: 후속조치
"""


# ---------------------------------------------------------------- Taglish written calls: the desk's JSON lines
def _tl(ref, state, handler, subject, details, concern, resolution="", **info):
    return {"ref": ref, "state": {"label": state}, "handler": {"code": handler}, "logged": "2026-12-02T16:20:00+08:00",
            "subject": subject, "details": details, "outcome": resolution, "concern": {"type": concern},
            "info": info}


_GATE = ("Sira bisagra ng gate + kinakalawang ibaba. Palit bisagra PHP 800 + welding at pintura ng ibaba PHP 1,200 "
         "= PHP 2,000. Sat Dec 12, 8:00 AM. ")
_MAGIC = ("Magician, 7th bday ng anak. 1-hr show PHP 3,500 + balloon twisting PHP 500 = PHP 4,000. Sun Dec 20, "
          "3:00 PM. DP PHP 1,000 via GCash para ma-reserve. ")
_CHICKEN = "Dressed chicken 50 kg @ PHP 180/kg = PHP 9,000, COD. For karinderya. Deliver Fri Dec 11, 5:00 AM. "
_GOWN = ("JS prom gown rental PHP 2,500 + alteration PHP 300 = PHP 2,800. Fitting Sat Jan 16, 10:00 AM. Ibalik "
         "w/in 2 days after prom. ")
_LENS = "Malabo kanang lens, parang mali grado (kinuha kahapon). JO2787, progressive lens PHP 4,500. "
TL_ROWS = [
    _tl("TW-2201", "Scheduled", "WS-6", "Gate bisagra + welding Sat Dec 12", _GATE + "Txt cust bago umalis ng "
        "shop.", "Welding repair", address="351 Rizal St, Brgy. San Isidro, Tanauan", amount="PHP 2,000",
        schedule="Sat Dec 12, 8:00 AM", next="Txt bago umalis ng shop"),
    _tl("TW-2202", "Scheduled", "WS-6", "Gate bisagra + welding Sat Dec 12", _GATE, "Welding repair",
        address="351 Rizal St, Brgy. San Isidro, Tanauan", amount="PHP 2,800", schedule="Sat Dec 12, 8:00 AM",
        next=""),
    _tl("TW-2301", "Reserved (DP pending)", "MM-2", "Magician 7th bday Sun Dec 20", _MAGIC + "Send GCash no. "
        "ngayon.", "Kids party show", customer="Jennilyn Dimaculangan", amount="PHP 4,000 (DP PHP 1,000)",
        schedule="Sun Dec 20, 3:00 PM", next="Send GCash number ngayon"),
    _tl("TW-2302", "Reserved (DP pending)", "MM-2", "Magician 7th bday Sun Dec 20", _MAGIC + "Send GCash no. "
        "ngayon.", "Kids party show", customer="Jennifer Dimaculangan", amount="PHP 4,000 (DP PHP 1,000)",
        schedule="Sun Dec 20, 3:00 PM", next="Send GCash number ngayon"),
    _tl("TW-2401", "Scheduled", "MB-1", "Dressed chicken 50 kg Fri Dec 11", _CHICKEN, "Bulk order",
        mobile="0918 725 4831", amount="PHP 9,000 (COD)", schedule="Fri Dec 11, 5:00 AM", next=""),
    _tl("TW-2402", "Scheduled", "MB-1", "Dressed chicken 50 kg Fri Dec 11", _CHICKEN, "Bulk order",
        mobile="0918 725 4813", amount="PHP 9,000 (COD)", schedule="Fri Dec 11, 5:00 AM", next=""),
    _tl("TW-2501", "Scheduled", "GG-4", "Prom gown + alteration, fitting Sat Jan 16", _GOWN, "Gown rental",
        mobile="0995 107 3386", amount="PHP 2,800", schedule="Sat Jan 16, 10:00 AM", next=""),
    _tl("TW-2502", "Scheduled", "GG-4", "Prom gown + alteration, fitting Sat Jan 16", _GOWN, "Gown rental",
        mobile="0995 107 3386", amount="PHP 2,800", schedule="Sat Jan 9, 10:00 AM", next=""),
    _tl("TW-2601", "With lab supervisor", "LO-3", "Maling grado kanang lens JO2787", _LENS + "Ipinasa sa lab "
        "supervisor for grado check; cb cust bukas bago 12 NN. Dalhin salamin + reseta.", "Lens concern",
        ref_no="JO2787", amount="PHP 4,500", next="Lab supervisor cb bukas bago 12 NN"),
    _tl("TW-2602", "Closed", "LO-3", "Maling grado kanang lens", _LENS, "Lens concern", "Lens pinalitan.",
        ref_no="JO2787", amount="PHP 4,500", next=""),
]
TL_MAPPING = """\
# The Taglish desk's own JSON lines export (nested keys, no built-in system): every key named here; the
# desk's states read as ours; the "info" keys named by what they hold.
name: tl22-desk
fields:
  ticket_id: ref
  status: state.label
  agent_id: handler.code
  created: logged
  title: subject
  description: details
  resolution: outcome
  category: concern.type
status_values:
  Scheduled: open
  Reserved (DP pending): pending
  With lab supervisor: escalated
  Closed: resolved
extra_fields:
  customer_name: info.customer
  reference: info.ref_no
  phone: info.mobile
  address: info.address
  amount: info.amount
  appointment: info.schedule
  next_step: info.next
"""


def _csv_rows(columns, rows):
    for row in rows:
        assert len(row) == len(columns), (row[0], len(row), len(columns))
    return rows


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio22-servicenow.csv", SN_COLUMNS, _csv_rows(SN_COLUMNS, SN_ROWS))
    (exports / "audio22-servicenow-mapping.yaml").write_text(SN_MAPPING, encoding="utf-8")
    base.write_csv(exports / "audio22-freshdesk.csv", FD_COLUMNS, _csv_rows(FD_COLUMNS, FD_ROWS))
    (exports / "audio22-freshdesk-mapping.yaml").write_text(FD_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en22-jira.csv", JIRA_COLUMNS, _csv_rows(JIRA_COLUMNS, JIRA_ROWS))
    (exports / "en22-jira-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en22-zendesk.csv", ZD_COLUMNS, _csv_rows(ZD_COLUMNS, ZD_ROWS))
    (exports / "en22-zendesk-mapping.yaml").write_text(ZD_MAPPING, encoding="utf-8")
    base.write_csv(exports / "ko22-utf8bom.csv", KO_COLUMNS, _csv_rows(KO_COLUMNS, KO_ROWS), encoding="utf-8-sig")
    (exports / "ko22-mapping.yaml").write_text(KO_MAPPING, encoding="utf-8")
    (exports / "tl22-desk.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in TL_ROWS),
                                             encoding="utf-8")
    (exports / "tl22-mapping.yaml").write_text(TL_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
