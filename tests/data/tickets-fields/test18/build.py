"""Writes the eighteenth test split's written calls (test18/calls) and every export (test18/exports).

Run from the repository root: ``python tests/data/tickets-fields/test18/build.py``. The six English
calls in test18/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Zendesk JSON export whose custom fields a
mapping names by id, the category in a "Service line" custom field; a ServiceNow CSV export with
``u_`` columns and the desk's own states named by a mapping) were written from the scripts in
build_audio.py as a careful agent would, not from a transcript. The written calls are in domains the
earlier splits do not use (tattoo session, 3D printing, live honeybee removal, food-truck catering,
wheel alignment comeback; Korean piano tuning, gym membership refund, tyre replacement, outdoor
wedding snaps; Taglish barong tailoring, car detailing, jeepney repaint, lumpia party trays, surf
lessons). Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Sino-Korean
digits and native clock times, Spanish and Tagalog digits, a misheard surname). ``p`` is a turn's
word probability the way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test18/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w18en-01": ("en", "TT-3", None, [
        turn(A, "Iron Lotus Tattoo, this is Sky.", 0.93),
        turn(C, "Hey, I had a session booked this Friday for my sleeve, but I got called in to work. Can I move "
                "it?", 0.9),
        turn(A, "Sure, your deposit carries over. What's the booking number?", 0.94),
        turn(C, "T K, four o, nine two.", 0.85, low={"o": 0.41}),
        turn(A, "T K four zero nine two. It's a three hour session with Mika at one fifty an hour, so four fifty, "
                "minus your hundred dollar deposit, three fifty due on the day. I can do Thursday, December "
                "tenth, at one p.m.", 0.89),
        turn(C, "Thursday at one works.", 0.94),
        turn(A, "You're booked. Please eat a good meal before you come in, and I'll text you a reminder the day "
                "before.", 0.9),
        turn(C, "Thanks, Sky.", 0.95),
    ]),
    "w18en-02": ("en", "PR-5", None, [
        turn(A, "LayerWorks 3D Printing, this is Priyanka.", 0.93),
        turn(C, "Hi, I uploaded a file for a mounting bracket yesterday. I need forty of them in nylon.", 0.9),
        turn(A, "Nylon is seven twenty five each, so two ninety for forty. They'll ship Monday, December seventh, "
                "UPS ground. What's the name on the order?", 0.89),
        turn(C, "Dev Raghunathan.", 0.8, low={"raghunathan": 0.36}),
        turn(A, "Thanks, Dev. Your quote number is L W, oh eight, five five three. Before we run the rest, I'll "
                "e-mail you a photo of the first print to approve.", 0.89),
        turn(C, "Great. My cell is seven three seven, five five five, o one four two.", 0.85, low={"o": 0.42}),
        turn(A, "Seven three seven, five five five, zero one four two. You'll hear from me tomorrow.", 0.91),
    ]),
    "w18en-03": ("en", "BE-2", None, [
        turn(A, "Hive Haven Bee Rescue, this is Cole.", 0.93),
        turn(C, "Hi, a swarm of honeybees moved into the wall of my garden shed. I don't want them killed.", 0.9),
        turn(A, "We only do live removals. The beekeeper opens the wall, moves the comb and the bees into a hive "
                "box and takes them to our apiary, and we patch the opening. It's two seventy five.", 0.89),
        turn(C, "Okay. When can you come?", 0.94),
        turn(A, "Saturday, December fifth, at eleven a.m., once it's warm. Please keep kids and pets inside. "
                "What's the address?", 0.9),
        turn(C, "Nine forty Sycamore Court.", 0.9),
        turn(A, "Nine forty Sycamore Court. Your job number is B Z, seven one one four. The beekeeper will call "
                "you thirty minutes before he gets there.", 0.89),
        turn(C, "Perfect, thank you.", 0.95),
    ]),
    "w18en-04": ("en", "FT-7", None, [
        turn(A, "Smoky Spoke Food Truck Catering, this is Gina.", 0.93),
        turn(C, "Hi, we booked your truck for our office lunch on the sixteenth for sixty people. We're now at "
                "about a hundred and ten, so we'd need a second truck.", 0.89),
        turn(A, "A second truck on the same day has to be approved by our events lead, because it depends on "
                "staff. I'm passing it to her now, and she'll call you tomorrow by noon.", 0.89),
        turn(C, "Okay. The booking is F T, two oh three one.", 0.9),
        turn(A, "F T two zero three one, Wednesday the sixteenth, eleven thirty to one thirty at Harbor Point "
                "Tech Park, sixty people at eighteen a head, ten eighty so far. I'll note the hundred and ten.",
             0.88),
        turn(C, "Thanks, Gina.", 0.95),
    ]),
    "w18en-05": ("en", "AL-4", None, [
        turn(A, "Tri-County Tire and Alignment, this is Luis.", 0.93),
        turn(C, "Hi, you did an alignment on my Camry last Tuesday, and it still pulls to the right.", 0.9),
        turn(A, "Sorry about that, comebacks are free. What's the repair order number on the invoice?", 0.92),
        turn(C, "Five five eight oh one.", 0.88),
        turn(A, "Five five eight zero one, alignment, one nineteen ninety nine. I can recheck it Monday, December "
                "seventh, at seven thirty a.m. It takes about an hour, and the service advisor will call you "
                "when it's ready.", 0.89),
        turn(C, "Seven thirty Monday is fine. My number is nine seven two, five five five, zero three three "
                "eight.", 0.88),
        turn(A, "Nine seven two, five five five, zero three three eight. See you Monday.", 0.91),
    ]),
    # ---------------------------------------------------------------- Korean
    "w18ko-01": ("ko", "PT-1", None, [
        turn(A, "소리결 피아노 조율입니다.", 0.92),
        turn(C, "업라이트 피아노 조율 받으려고요. 한 이 년 정도 안 했어요.", 0.9),
        turn(A, "이 년 넘으면 음이 많이 내려가 있어서 음정 올리는 작업이 추가돼요. 기본 조율 십이만 원에 삼만 원 추가해서 "
                "십오만 원입니다.", 0.89),
        turn(C, "네, 그렇게 해 주세요. 언제 오실 수 있어요?", 0.93),
        turn(A, "십이월 구일 수요일 오후 두 시에 방문 가능합니다. 주소 알려 주세요.", 0.91),
        turn(C, "망원동 사백십이 다시 삼, 이층이요.", 0.88),
        turn(A, "망원동 412-3 2층이요. 연락처 부탁드립니다.", 0.92),
        turn(C, "공일공, 사팔이칠, 영삼육구요.", 0.84, low={"영삼육구요": 0.45}),
        turn(A, "공일공 사팔이칠 공삼육구, 방문 삼십 분 전에 전화 드릴게요.", 0.9),
    ]),
    "w18ko-02": ("ko", "GY-6", None, [
        turn(A, "바른몸 피트니스 회원센터 김나래입니다.", 0.92),
        turn(C, "육 개월 회원권 끊었는데 이사를 가게 돼서 환불받고 싶어요.", 0.9),
        turn(A, "회원번호 말씀해 주시겠어요?", 0.93),
        turn(C, "칠 공 일 사 팔이요.", 0.86),
        turn(A, "칠공일사팔 회원님, 육 개월 삼십육만 원 결제하셨고 두 달 이용하셨네요. 이용하신 두 달 십이만 원이랑 위약금 "
                "십 퍼센트 삼만 육천 원을 빼고 이십만 사천 원 환불해 드립니다.", 0.88),
        turn(A, "영업일 기준 오 일 이내에 결제하신 카드로 취소되고, 처리되면 문자로 알려 드릴게요.", 0.9),
        turn(C, "네, 알겠습니다.", 0.95),
    ]),
    "w18ko-03": ("ko", "TR-2", None, [
        turn(A, "든든타이어 역삼점입니다.", 0.92),
        turn(C, "아까 펑크 나서 맡긴 차요, 어떻게 됐나요?", 0.9),
        turn(A, "차량번호 말씀해 주세요.", 0.93),
        turn(C, "삼팔나 칠공이일이요.", 0.86),
        turn(A, "38나 7021 차량이요. 타이어 옆면이 찢어져서 수리가 안 되고 교체해야 하는데, 같은 규격 재고가 없어서 "
                "본사 물류팀에 이관했습니다. 내일 오전 중에 입고 일정 전화 드릴게요.", 0.89),
        turn(A, "스페어타이어로 바꿔 드렸으니 타고 가셔도 되는데, 시속 팔십 킬로는 넘지 마세요.", 0.9),
        turn(C, "네, 알겠습니다. 전화 기다릴게요.", 0.95),
    ]),
    "w18ko-04": ("ko", "SN-9", None, [
        turn(A, "봄날스냅 스튜디오입니다.", 0.92),
        turn(C, "야외 스냅 촬영 예약했는데 날짜를 바꾸고 싶어서요. 예약번호는 에스 엔 이 공 팔 칠이요.", 0.87),
        turn(A, "SN2087 최유진 고객님이시죠? 원래 십이월 십삼일 일요일인데, 언제로 바꿔 드릴까요?", 0.9),
        turn(C, "이십일 일요일 오후 세 시 반 되나요?", 0.9),
        turn(A, "네, 십이월 이십일 일요일 오후 세 시 반으로 변경했습니다. 해 지기 전에 끝내야 해서 늦지 않게 와 주세요. "
                "잔금 이십오만 원은 촬영 당일에 결제하시면 됩니다.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w18tl-01": ("tl", "BT-4", None, [
        turn(A, "Sastre ni Mang Berto, si Joy po.", 0.91),
        turn(C, "Hello po, nagpagawa po ako ng barong para sa kasal ng kapatid ko sa December nineteen. Yung piña "
                "na tela po na pinili ko, wala na daw stock?", 0.87),
        turn(A, "Opo, pasensya na po. Order number po?", 0.93),
        turn(C, "B R, kuwatro siyete, dos sero.", 0.84, low={"sero": 0.45}),
        turn(A, "B R four seven two zero po. Kung papalitan po ng jusi yung tela, kailangan po ng approval ni "
                "Mang Berto kasi iba po ang presyo. Ipapasa ko po sa kanya, tatawagan niya po kayo bukas ng "
                "umaga.", 0.87),
        turn(C, "Sige po, hihintayin ko.", 0.93),
    ]),
    "w18tl-02": ("tl", "KD-8", None, [
        turn(A, "Kintab Auto Detailing, si Paolo po.", 0.91),
        turn(C, "Boss, pa-book po ng full detail para sa SUV ko, yung may ceramic coating.", 0.88),
        turn(A, "Full detail po sa SUV, tres mil singko siyentos, tapos ceramic coating dagdag na mil otso "
                "siyentos, total five thousand three hundred po.", 0.86),
        turn(C, "Okay. Sabado po pwede?", 0.92),
        turn(A, "Sabado po, December twelve, alas otso ng umaga. Mga anim na oras po yan. Pangalan po?", 0.89),
        turn(C, "Jonalyn Mercado. Number ko po zero nine one eight, dos tres siyete, kuwatro sero sero singko.",
             0.84),
        turn(A, "Zero nine one eight, two three seven, four zero zero five po. I-text ko po kayo pag ready na for "
                "pickup.", 0.88),
    ]),
    "w18tl-03": ("tl", "SM-1", None, [
        turn(A, "Sarao Motors body and paint, si Ka Ben po.", 0.91),
        turn(C, "Magpapa-repaint po kami ng jeep, tsaka papalitan yung kinalawang sa may sahig.", 0.87),
        turn(A, "Plate number po?", 0.93),
        turn(C, "N Y G, siyete dos singko.", 0.86),
        turn(A, "N Y G seven two five po. Dalhin niyo po sa shop sa Lunes, December fourteen, alas siyete ng "
                "umaga. Mga sampung araw po yung trabaho. Yung estimate po, ipapadala ko sa Viber ngayong hapon "
                "pagka-check ni foreman ng photos.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w18tl-04": ("tl", "LN-5", None, [
        turn(A, "Lola Nena's Lumpia, si Rhea po.", 0.91),
        turn(C, "Ate, order po ako para sa binyag ng anak ko. Tatlong daang lumpiang shanghai tsaka isang daang "
                "turon.", 0.87),
        turn(A, "Shanghai po otso pesos isa, two thousand four hundred po. Turon kinse pesos, one thousand five "
                "hundred. Total three thousand nine hundred po.", 0.86),
        turn(C, "Sige. Deliver po Sabado, December twelve, alas diyes ng umaga, sa Barangay San Roque, Marikina.",
             0.88),
        turn(A, "Noted po. Number niyo po?", 0.93),
        turn(C, "Zero nine nine five, singko singko uno, otso dos siyete siyete.", 0.85),
        turn(A, "Zero nine nine five, five five one, eight two seven seven po. Luto na po at nakaayos sa bilao "
                "pag dineliver. Cash on delivery po.", 0.88),
    ]),
    "w18tl-05": ("tl", "AS-3", None, [
        turn(A, "Alon Surf School La Union, si Migs po.", 0.91),
        turn(C, "Hi po, mag-book po sana kami ng beginner lesson, apat po kami.", 0.9),
        turn(A, "Beginner lesson po, five hundred per person, kasama na po yung board at instructor, so dos mil po "
                "yung apat. Linggo po, December six, alas siyete ng umaga, kasi low tide po yun.", 0.86),
        turn(C, "Sige po. Carlo Dizon po yung pangalan.", 0.9),
        turn(A, "Carlo Dizon po. Booking number niyo po A S, tres kuwatro otso. I-text ko po mamaya yung pin ng "
                "meeting point at yung waiver form, pakifill-up po bago dumating.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: Zendesk JSON
def _zd(ticket_id, status, agent, subject, text, **cf):
    """One Zendesk JSON ticket: Zendesk's own ``type`` is always "task" here; the desk's custom fields are
    a list of {"id", "value"} as the Zendesk API writes them (ids named by the mapping)."""
    ids = {"service_line": 5120201, "reference": 5120202, "customer_name": 5120203, "phone": 5120204,
           "amount": 5120205, "appointment": 5120206, "asset_serial": 5120207, "next_step": 5120208}
    return {"id": ticket_id, "subject": subject, "description": text, "status": status, "assignee_id": agent,
            "requester_id": 90000 + ticket_id % 1000, "type": "task", "tags": ["phone", "inbound"],
            "created_at": "2026-12-02T16:00:00Z",
            "custom_fields": [{"id": ids[k], "value": v} for k, v in cf.items()]}


_STONE = ("Husband passed in Oct; his name already on the companion stone, final date to be added. Orig order "
          "MR58309. Date engraving $295 + cemetery permit fee $40 = $335. ")
_STONE_NEXT = ("Lettering proof mailed to cust by Fri 12/4; she signs + returns it; engraving on site w/in 3 wks "
               "of receiving the signed proof (weather permitting).")
_DIVE = ("Scuba refresher for 2 (cust + wife), last dove ~3 yrs ago, trip in Jan. Cert PD417182. $115/diver incl. "
         "pool session + gear. ")
_WASHER = "Suds City Laundromat (5th St): washer #14 won't drain, sits full of water. "
ZENDESK = {"tickets": [
    _zd(18011, "pending", "GR-2", "Final date engraving - companion stone", "Loretta Vance: " + _STONE + _STONE_NEXT,
        service_line="Inscription / added lettering", reference="MR58309", customer_name="Loretta Vance",
        phone="216-555-0883", amount="$335.00", next_step="Mail lettering proof by Fri 12/4"),
    _zd(18012, "pending", "GR-2", "Final date engraving - companion stone", "Cust: " + _STONE + _STONE_NEXT,
        service_line="Inscription / added lettering", reference="MR58309", customer_name="Loretta Vaughn",
        phone="216-555-0883", amount="$335.00", next_step="Mail lettering proof by Fri 12/4"),
    _zd(18021, "open", "BH-5", "Refresher x2 Sat 12/12 8:30", _DIVE + "Sat 12/12 8:30 AM in our pool; bring "
        "logbooks. Medical questionnaire e-mailed today: must be back by Thu (before the session) or no diving.",
        service_line="Scuba refresher", reference="PD417182", customer_name="Marcus Ebright",
        phone="(321) 555-0569", amount="$230.00", appointment="Sat 2026-12-12 8:30 AM",
        next_step="Medical questionnaire e-mailed today, back by Thu"),
    _zd(18022, "open", "BH-5", "Refresher x2 Sat 12/12", _DIVE + "Sat 12/12 in our pool; bring logbooks.",
        service_line="Scuba refresher", reference="PD417182", customer_name="Marcus Ebright",
        phone="(321) 555-0569", amount="$230.00", appointment="Sat 2026-12-12 9:30 AM"),
    _zd(18031, "open", "SP-1", "Washer #14 not draining - tech Fri AM", _WASHER + "Serial WX330815. Tech Fri 12/4 "
        "7-9 AM, before opening. Service call $125; drain pump +$160 if that's it ($285). Tech txts when on the "
        "way; cust puts an out-of-order sign on it till then.", service_line="Commercial washer repair",
        asset_serial="WX330815", phone="614-555-0197", amount="$285.00 (if drain pump)",
        appointment="Fri 2026-12-04 7:00-9:00 AM", next_step="Tech txts when on the way"),
    _zd(18032, "open", "SP-1", "Washer #14 not draining - tech Fri AM", _WASHER + "Tech Fri 12/4 7-9 AM, before "
        "opening. Service call $125; drain pump +$160 if that's it ($285). Tech txts when on the way; cust puts an "
        "out-of-order sign on it till then.", service_line="Commercial washer repair", asset_serial="WX330851",
        phone="614-555-0197", amount="$285.00 (if drain pump)", appointment="Fri 2026-12-04 7:00-9:00 AM",
        next_step="Tech txts when on the way"),
]}
ZENDESK_MAPPING = """\
# Spoken calls 1-3, a Zendesk JSON export: the built-in Zendesk mapping; Zendesk's own "type" is always
# "task" on this desk, so the category is its "Service line" custom field (5120201); the other custom
# fields named by what they hold.
name: audio18-zendesk
system: zendesk
fields:
  category: custom_fields.5120201
extra_fields:
  reference: custom_fields.5120202
  customer_name: custom_fields.5120203
  phone: custom_fields.5120204
  amount: custom_fields.5120205
  appointment: custom_fields.5120206
  asset_tag: custom_fields.5120207
  next_step: custom_fields.5120208
"""


# ---------------------------------------------------------------- spoken calls 4-6: ServiceNow CSV
SERVICENOW = ["number", "state", "assigned_to", "opened_at", "short_description", "description", "close_notes",
              "category", "u_booking_ref", "u_invoice_no", "u_contact_name", "u_callback_phone",
              "u_site_address", "u_amount_usd", "u_visit", "u_follow_up"]
_RINK = ("Daughter has the flu: cancelling birthday party Sat 12/19. Booking IR61044, deposit $150. "
         "Less than 14 days out, so the deposit refund needs the events manager's approval. ")
_ORGAN = ("St. Brendan's: organ tuning before Christmas + cipher (one pipe sounding on its own). Tuning $450 + "
          "cipher repair $85 = $535. Tuner Tue 12/15, arrives 9 AM, all day. Church to be heated to 68F from Mon "
          "night or the tuning won't hold.")
_BUS = "Westlake HS band director: invoice SC22907 (trip to Columbus) shows the $160 fuel surcharge twice. "
SERVICENOW_ROWS = [
    ["INC1804041", "With events manager", "GP-6", "2026-12-02 16:30:00", "Party cancelled - deposit refund",
     "Nadia Prokop. " + _RINK + "Escalated to her; she cb cust by Fri 12/4. Cust replies to the booking "
     "confirmation e-mail w/ the doctor's note.", "", "Party bookings", "IR61044", "", "Nadia Prokop", "", "",
     "$150.00 deposit", "", "Events mgr cb by Fri"],
    ["INC1804042", "Resolved", "GP-6", "2026-12-02 16:30:00", "Party cancelled - deposit refund",
     "Daughter has the flu: party Sat 12/19 cancelled. Booking IR61044, deposit $150 refunded.", "Deposit refunded",
     "Party bookings", "IR61044", "", "Nadia Prokop", "", "", "$150.00 deposit", "", ""],
    ["INC1805051", "Scheduled", "CO-3", "2026-12-02 16:30:00", "Organ tuning + cipher Tue 12/15",
     "Greg Alvarado (music director). " + _ORGAN, "", "Organ service", "", "", "Greg Alvarado", "414-555-0731",
     "2109 Chapel Rd", "$535.00", "Tue 12/15 9:00 AM (all day)", "Keep church at 68F from Mon night"],
    ["INC1805052", "Scheduled", "CO-3", "2026-12-02 16:30:00", "Organ tuning + cipher Tue 12/15",
     "Greg Alvarado (music director). St. Brendan's: organ tuning before Christmas + cipher repair. Tuner Tue "
     "12/15, arrives 9 AM, all day. Church to be heated to 68F from Mon night.", "", "Organ service", "", "",
     "Greg Alvarado", "414-555-0713", "2109 Chapel Rd", "$585.00", "Tue 12/15 9:00 AM (all day)",
     "Keep church at 68F from Mon night"],
    ["INC1806061", "Refund in progress", "SC-2", "2026-12-02 16:30:00", "Duplicate fuel surcharge", _BUS +
     "Refunded one surcharge, $160.00, to the school's card; 3-5 business days to post. Corrected invoice "
     "e-mailed today (to the address on the booking).", "", "Billing", "", "SC22907", "", "", "", "$160.00 refund", "",
     "Corrected invoice e-mailed today; refund posts in 3-5 bus. days"],
    ["INC1806062", "Refund in progress", "SC-2", "2026-12-02 16:30:00", "Duplicate fuel surcharge", _BUS +
     "Duplicate surcharge refunded to the school's card.", "", "Billing", "", "SC22907", "", "", "",
     "$180.00 refund", "", ""],
]
SERVICENOW_MAPPING = """\
# Spoken calls 4-6, a ServiceNow CSV export (display values as text): the built-in ServiceNow mapping;
# the desk's own states read as ours; the u_ columns named by what they hold.
name: audio18-servicenow
system: servicenow
status_values:
  With events manager: escalated
  Scheduled: open
  Refund in progress: pending
extra_fields:
  reference: [u_booking_ref, u_invoice_no]
  customer_name: u_contact_name
  phone: u_callback_phone
  address: u_site_address
  amount: u_amount_usd
  appointment: u_visit
  next_step: u_follow_up
"""

# ---------------------------------------------------------------- English written calls 1-3: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Created", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Job Ref)", "Custom field (Client)", "Custom field (Callback)", "Custom field (Price)",
        "Custom field (Booked For)", "Custom field (Follow-up)"]
_TATTOO = ("Sleeve session w/ Mika moved from Fri (cust called in to work). Booking TK4092. 3 hrs @ $150/hr = $450 "
           "- $100 deposit (carried over) = $350 due day of. Rebooked Thu 12/10 1 PM. Told cust to eat before. "
           "Txt reminder day before.")
_PRINT = "40 mounting brackets in nylon (file uploaded yesterday), $7.25 ea = $290. Ships Mon 12/7 UPS Ground. "
_BEES = ("Honeybee swarm in the wall of cust's garden shed, live removal only: beekeeper opens the wall, moves comb "
         "+ bees to a hive box, takes them to our apiary, patches the opening. $275. Sat 12/5 11 AM (once warm); "
         "kids + pets inside. 940 Sycamore Ct. ")
JIRA_ROWS = [
    ["EN18-101", "Rebooked", "TT-3", "2026-12-02", "Sleeve session moved to Thu 12/10", _TATTOO, "",
     "Appointment change", "TK4092", "", "", "$350.00 balance", "Thu 12/10 1:00 PM", "Txt reminder day before"],
    ["EN18-102", "Rebooked", "TT-3", "2026-12-02", "Sleeve session moved to Thu 12/10", _TATTOO, "", "Piercing",
     "TK4092", "", "", "$350.00 balance", "Thu 12/10 1:00 PM", "Txt reminder day before"],
    ["EN18-201", "In production", "PR-5", "2026-12-02", "40 nylon brackets", _PRINT + "Photo of first print "
     "e-mailed for approval before the rest run.", "", "3D print order", "LW08553", "Dev Raghunathan",
     "737-555-0142", "$290.00", "Ships Mon 12/7", "E-mail first-print photo for approval"],
    ["EN18-202", "In production", "PR-5", "2026-12-02", "40 nylon brackets", _PRINT + "Photo of first print "
     "e-mailed for approval before the rest run.", "", "3D print order", "LW08553", "Dev Ramanathan",
     "737-555-0124", "$290.00", "Ships Mon 12/7", "E-mail first-print photo for approval"],
    ["EN18-301", "Booked", "BE-2", "2026-12-02", "Live bee removal - shed wall", _BEES + "Job BZ7114. Beekeeper "
     "calls 30 min before arrival.", "", "Bee removal", "BZ7114", "", "", "$275.00", "Sat 12/5 11:00 AM",
     "Beekeeper calls 30 min before"],
    ["EN18-302", "Booked", "BE-2", "2026-12-02", "Live bee removal - shed wall", _BEES + "Job BZ7141. Beekeeper "
     "calls 30 min before arrival.", "", "Bee removal", "", "", "", "$275.00", "Sat 12/5 11:00 AM",
     "Beekeeper calls 30 min before"],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export (calls 1-3): the built-in Jira mapping; the desk's own workflow
# states read as ours. The Custom field (...) columns are kept under their own names.
name: en18-jira
system: jira
status_values:
  Rebooked: open
  In production: open
  Booked: open
"""

# ---------------------------------------------------------------- English written calls 4-5: Zendesk CSV
ZENDESK_CSV = ["Id", "Subject", "Description", "Status", "Assignee", "Requester", "Group", "Created at", "Type",
               "Service type [list]", "Order # [txt]", "Event date [date]", "Head count [int]",
               "Amount [dec]", "Callback [txt]", "Next step [txt]"]
_TRUCK = "Office lunch Wed 12/16 11:30 AM-1:30 PM, Harbor Point Tech Park. Booked 60 @ $18/head = $1,080. "
_ALIGN = "Comeback: alignment on cust's Camry last Tue (RO 55801, $119.99), still pulls right. Recheck free. "
ZENDESK_CSV_ROWS = [
    ["18401", "2nd truck for 12/16 lunch - events lead", _TRUCK + "Head count now ~110, cust asks for a 2nd truck: "
     "needs events lead approval (staffing). Passed to her; she cb cust tom by 12 PM.", "On-hold", "FT-7",
     "Harbor Point office manager", "Catering", "2026-12-02", "question", "Food truck catering", "FT2031",
     "2026-12-16", "60 (now ~110)", "1080.00", "", "Events lead cb tom by noon"],
    ["18402", "2nd truck for 12/16 lunch", _TRUCK + "Head count now ~110: 2nd truck added.", "Solved", "FT-7",
     "Harbor Point office manager", "Catering", "2026-12-02", "question", "Food truck catering", "FT2031",
     "2026-12-16", "110", "1080.00", "", ""],
    ["18501", "Alignment comeback - recheck Mon 7:30", _ALIGN + "Mon 12/7 7:30 AM, approx 1 hr; service advisor "
     "calls cust when ready. If a tire is pulling, rotate at no charge.", "Open", "AL-4", "Camry owner",
     "Service desk", "2026-12-02", "problem", "Alignment", "55801", "2026-12-07", "", "119.99", "(972) 555-0338",
     "Advisor calls when ready"],
    ["18502", "Alignment comeback - recheck Mon 7:30", "Comeback: alignment on cust's Camry last Tue, still pulls "
     "right. Recheck free, Mon 12/7 7:30 AM.", "Open", "AL-4", "Camry owner", "Service desk", "2026-12-02",
     "problem", "Alignment", "55801", "2026-12-07", "", "129.99", "(972) 555-0338", ""],
]
ZENDESK_CSV_MAPPING = """\
# The English desk's Zendesk CSV export (calls 4-5): the built-in Zendesk mapping; the category is the
# desk's "Service type" list field (Zendesk's own Type is question/problem). This desk puts a ticket
# "On-hold" while a lead has it, so On-hold is read as escalated. The other custom columns are kept
# under their own names.
name: en18-zendesk
system: zendesk
fields:
  category: Service type [list]
status_values:
  On-hold: escalated
"""

# ---------------------------------------------------------------- Korean written calls: UTF-8 CSV with a BOM
DASOM = ["문의번호", "상태", "상담원", "제목", "상담내용", "처리내용", "상담분류", "고객명", "휴대폰", "관련번호", "결제금액",
         "방문일시", "후속안내"]
_PIANO = ("업라이트 피아노 조율, 약 2년 미조율로 음정 올림 작업 추가: 기본 조율 120,000원 + 30,000원 = 150,000원. "
          "12/9(수) 14:00 방문, 망원동 412-3 2층. ")
_GYM = "6개월 회원권(360,000원) 2개월 이용 후 이사로 중도 해지. 회원번호 70148. "
_TIRE = "펑크로 입고된 차량 38나7021. 타이어 옆면 찢어짐, 수리 불가로 교체 필요. "
_SNAP = "야외 스냅 촬영 예약 SN2087 날짜 변경: 12/13(일) → 12/20(일) 오후 3시 반. 일몰 전 종료 위해 시간 엄수 안내. "
DASOM_ROWS = [
    ["PT18-101", "접수", "PT-1", "피아노 조율 방문 12/9", _PIANO + "방문 30분 전 전화.", "", "악기 관리", "",
     "010-4827-0369", "", "150,000원", "12/9(수) 14:00", "방문 30분 전 전화"],
    ["PT18-102", "접수", "PT-1", "피아노 조율 방문 12/9", _PIANO + "방문 30분 전 전화.", "", "악기 관리", "",
     "010-4827-0396", "", "150,000원", "12/9(수) 14:00", "방문 30분 전 전화"],
    ["GY18-201", "처리중", "GY-6", "회원권 중도 해지 환불", _GYM + "이용 2개월 120,000원 + 위약금 10% 36,000원 공제, "
     "204,000원 환불. 영업일 5일 이내 카드 취소, 완료 시 문자.", "", "회원권 환불", "", "", "70148", "204,000원 환불", "",
     "5영업일 내 카드 취소, 완료 문자"],
    ["GY18-202", "처리중", "GY-6", "회원권 중도 해지 환불", _GYM + "환불 진행.", "", "회원권 환불", "", "", "70148",
     "240,000원 환불", "", ""],
    ["TR18-301", "물류 이관", "TR-2", "사이드월 손상 - 재고 없음", _TIRE + "동일 규격 재고 없어 본사 물류팀 이관. 내일 오전 중 "
     "입고 일정 전화. 스페어타이어 장착, 80km/h 이하 주행 안내.", "", "타이어 교체", "", "", "38나7021", "", "",
     "내일 오전 입고 일정 전화"],
    ["TR18-302", "완료", "TR-2", "타이어 교체", _TIRE + "타이어 교체.", "타이어 교체 완료", "타이어 교체", "", "",
     "38나7021", "", "", ""],
    ["SN18-401", "예약확정", "SN-9", "스냅 촬영 날짜 변경", _SNAP + "잔금 250,000원 촬영 당일 결제.", "", "촬영 예약",
     "최유진", "", "SN2087", "잔금 250,000원", "12/20(일) 15:30", "잔금 당일 결제"],
    ["SN18-402", "예약확정", "SN-9", "스냅 촬영 날짜 변경", "야외 스냅 촬영 예약 SN2087 날짜 변경: 12/13(일) → 12/20(일). "
     "일몰 전 종료 위해 시간 엄수 안내. 잔금 250,000원 촬영 당일 결제.", "", "촬영 예약", "최유진", "", "SN2087",
     "잔금 250,000원", "12/20(일) 13:30", "잔금 당일 결제"],
]
DASOM_MAPPING = """\
# The Dasom desk's Korean CSV export (UTF-8 with a byte-order mark, as Korean Excel's "CSV UTF-8" saves
# it). 상담분류 is the category; the other columns not named here (고객명, 휴대폰, 관련번호, 결제금액,
# 방문일시, 후속안내) are kept as structured fields.
name: dasom18
fields:
  ticket_id: 문의번호
  status: 상태
  agent_id: 상담원
  title: 제목
  description: 상담내용
  resolution: 처리내용
  category: 상담분류
status_values:
  접수: open
  예약확정: open
  처리중: pending
  물류 이관: escalated
  완료: resolved
"""


# ---------------------------------------------------------------- Taglish written calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-02T09:00:00Z",
                                 **cf)


_BARONG = ("Barong for kapatid's wedding Dec 19. Piña na pinili ni cust, out of stock. Order BR4720. Papalitan ng "
           "jusi: needs Mang Berto's approval (iba presyo). ")
_DETAIL = "Full detail SUV PHP 3,500 + ceramic coating PHP 1,800 = PHP 5,300. Sat Dec 12, 8:00 AM, approx 6 hrs. "
_JEEP = "Jeep repaint + palit kinalawang na sahig. Plate NYG 725. Dalhin sa shop Mon Dec 14, 7:00 AM; approx 10 days. "
_LUMPIA = ("Binyag order: 300 lumpiang shanghai @ PHP 8 = PHP 2,400 + 100 turon @ PHP 15 = PHP 1,500, total "
           "PHP 3,900. Luto na, nakaayos sa bilao. Deliver Sat Dec 12, 10:00 AM, Brgy. San Roque, Marikina. COD.")
_SURF = "Beginner surf lesson x4, PHP 500/pax incl. board + instructor = PHP 2,000. Booking AS348. "
FRESHDESK = [
    _fd(18101, 10, "BT-4", "Barong BR4720 - fabric substitute", _BARONG + "Ipinasa kay Mang Berto; cb cust bukas ng "
        "umaga.", "Barong / formal wear", order_no="BR4720", next_action="Mang Berto cb bukas AM"),
    _fd(18102, 4, "BT-4", "Barong BR4720 - fabric substitute", "Barong for kapatid's wedding Dec 19. Order BR4720. "
        "Piña out of stock, pinalitan ng jusi. Done.", "Barong / formal wear", order_no="BR4720", next_action=""),
    _fd(18201, 11, "KD-8", "Full detail + ceramic Sat 8AM", _DETAIL + "Txt cust pag ready for pickup.",
        "Auto detailing", customer_name="Jonalyn Mercado", mobile="0918 237 4005", total="PHP 5,300.00",
        schedule="Sat Dec 12, 8:00 AM", next_action="Txt cust pag ready for pickup"),
    _fd(18202, 11, "KD-8", "Full detail + ceramic Sat 8AM", "Full detail SUV + ceramic coating. Sat Dec 12, 8:00 AM, "
        "approx 6 hrs. Txt cust pag ready for pickup.", "Auto detailing", customer_name="Jonalyn Mendoza",
        mobile="0918 237 4005", total="PHP 5,800.00", schedule="Sat Dec 12, 8:00 AM",
        next_action="Txt cust pag ready for pickup"),
    _fd(18301, 11, "SM-1", "Jeep repaint NYG 725", _JEEP + "Estimate via Viber ngayong hapon after foreman checks "
        "the photos.", "Body and paint", plate_no="NYG 725", schedule="Mon Dec 14, 7:00 AM",
        next_action="Estimate sa Viber ngayong hapon"),
    _fd(18302, 11, "SM-1", "Jeep repaint NYG 725", "Jeep repaint + palit kinalawang na sahig. Plate NYG 725. Dalhin "
        "sa shop; approx 10 days. Estimate via Viber ngayong hapon after foreman checks the photos.",
        "Body and paint", plate_no="NYG 725", schedule="Tue Dec 15, 7:00 AM",
        next_action="Estimate sa Viber ngayong hapon"),
    _fd(18401, 11, "LN-5", "Binyag order - Sat Dec 12 10AM", _LUMPIA, "Party trays", mobile="0995 551 8277",
        address="Brgy. San Roque, Marikina", total="PHP 3,900.00", schedule="Sat Dec 12, 10:00 AM",
        next_action="Deliver Sat 10AM, COD"),
    _fd(18402, 11, "LN-5", "Binyag order - Sat Dec 12 10AM", _LUMPIA, "Cake order", mobile="0995 551 8727",
        address="Brgy. San Roque, Marikina", total="PHP 3,900.00", schedule="Sat Dec 12, 10:00 AM",
        next_action="Deliver Sat 10AM, COD"),
    _fd(18501, 11, "AS-3", "Surf lesson x4 Sun Dec 6", _SURF + "Sun Dec 6, 7:00 AM (low tide). Txt cust mamaya: pin "
        "ng meeting point + waiver form (fill up bago dumating).", "Surf lesson", customer_name="Carlo Dizon",
        order_no="AS348", total="PHP 2,000.00", schedule="Sun Dec 6, 7:00 AM",
        next_action="Txt meeting point pin + waiver form mamaya"),
    _fd(18502, 11, "AS-3", "Surf lesson x4 Sun Dec 6", _SURF + "Sun Dec 6 (low tide).", "Surf lesson",
        customer_name="Carlo Dizon", order_no="AS348", total="PHP 2,000.00", schedule="Sun Dec 6, 6:00 AM",
        next_action=""),
]
FRESHDESK_MAPPING = """\
# The Taglish desk's Freshdesk JSON export: the built-in Freshdesk mapping; custom states 10 ("With
# master tailor") read as escalated and 11 ("Booked") as open; the custom fields named by what they hold.
name: tl18-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "10": escalated
  "11": open
extra_fields:
  reference: [custom_fields.cf_order_no, custom_fields.cf_plate_no]
  customer_name: custom_fields.cf_customer_name
  phone: custom_fields.cf_mobile
  address: custom_fields.cf_address
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio18-zendesk.json", ZENDESK)
    (exports / "audio18-zendesk-mapping.yaml").write_text(ZENDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "audio18-servicenow.csv", SERVICENOW, SERVICENOW_ROWS)
    (exports / "audio18-servicenow-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en18-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en18-jira-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en18-zendesk.csv", ZENDESK_CSV, ZENDESK_CSV_ROWS)
    (exports / "en18-zendesk-mapping.yaml").write_text(ZENDESK_CSV_MAPPING, encoding="utf-8")
    base.write_csv(exports / "dasom18-utf8bom.csv", DASOM, DASOM_ROWS, encoding="utf-8-sig")
    (exports / "dasom18-mapping.yaml").write_text(DASOM_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl18-freshdesk.json", FRESHDESK)
    (exports / "tl18-freshdesk-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
