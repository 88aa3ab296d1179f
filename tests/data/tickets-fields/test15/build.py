"""Writes the fifteenth test split's written calls (test15/calls) and every export (test15/exports).

Run from the repository root: ``python tests/data/tickets-fields/test15/build.py``. The six English
calls in test15/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Freshdesk JSON export whose custom fields a
mapping names, a custom state 6 read as escalated) were written from the scripts in build_audio.py as
a careful agent would, not from a transcript. The written calls are in domains the earlier splits do
not use (grease-trap pumping, photo booth rental, restaurant linen service, treadmill repair, mobile
notary; Korean used-appliance buyback, academy shuttle stop change, blind installation, photo book
order; Taglish tricycle parts supplier, ice plant delivery, tarpaulin printing, videoke rental,
bakery bulk order). Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공,
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
base.HERE = HERE  # write into test15/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w15en-01": ("en", "GT-2", None, [
        turn(A, "Gulf Coast Grease Trap Services, this is Brenda.", 0.93),
        turn(C, "Hi, I manage Lupita's Cantina. Our grease trap is due and it's starting to back up a little.",
             0.9),
        turn(A, "We'll get you on the schedule. Can I get your name?", 0.94),
        turn(C, "Tom Hrabovsky.", 0.8, low={"hrabovsky": 0.37}),
        turn(A, "Thanks, Tom. A one thousand gallon trap pump-out is two eighty five, plus a forty dollar "
                "disposal fee, so three twenty five.", 0.89),
        turn(A, "We can come Thursday, December third, at six a.m., before you open.", 0.91),
        turn(C, "Six a.m. Thursday is good. Our account number is C N, seven seven o, one four.", 0.85,
             low={"o": 0.44}),
        turn(A, "C N seven seven zero one four. The driver will text you when he's fifteen minutes out, and "
                "you'll get the disposal manifest by e-mail afterwards.", 0.9),
        turn(C, "Great, thanks.", 0.95),
    ]),
    "w15en-02": ("en", "PB-5", None, [
        turn(A, "SnapHappy Photo Booths, this is Derek.", 0.93),
        turn(C, "Hi, I'd like to book a photo booth for our company holiday party, Friday, December eleventh, "
                "seven to eleven p.m.", 0.9),
        turn(A, "Four hours is four hundred and twenty dollars, unlimited prints included. If you add the "
                "guest book it's thirty five more, so four fifty five.", 0.89),
        turn(C, "Yes, add the guest book. Four fifty five.", 0.92),
        turn(A, "We need a one hundred dollar deposit to hold the date. I'll e-mail you the invoice link today. "
                "Your booking number is S H, two oh four, six one.", 0.89),
        turn(C, "Okay. My number is plus one, six one seven, five five five, zero three nine two.", 0.88),
        turn(A, "Plus one six one seven, five five five, zero three nine two. Got it.", 0.91),
    ]),
    "w15en-03": ("en", "LN-1", None, [
        turn(A, "Pressline Linen Service, accounts, this is Nadia.", 0.93),
        turn(C, "Hi, it's Marco from Trattoria Sole. We were short on napkins Monday. We ordered two hundred "
                "and got one fifty.", 0.9),
        turn(A, "Sorry about that. What's the account number?", 0.94),
        turn(C, "Four four one, oh oh eight, two.", 0.88),
        turn(A, "Four four one zero zero eight two. I'll credit the fifty missing napkins at twenty two cents "
                "each, that's eleven dollars, on your next invoice. And the driver brings the fifty napkins on "
                "Thursday's run.", 0.89),
        turn(C, "Thursday, great. Thanks.", 0.94),
    ]),
    "w15en-04": ("en", "FX-3", None, [
        turn(A, "FitFix Home Gym Repair, this is Sam.", 0.93),
        turn(C, "Hi, my treadmill belt keeps stopping in the middle of a run, and the motor smells hot.", 0.9),
        turn(A, "Let's get that looked at. Can you read me the serial number?", 0.93),
        turn(C, "It's a ProForm, serial P F, three oh oh, eight four one.", 0.87),
        turn(A, "P F three zero zero eight four one. That's still under the manufacturer's motor warranty, so "
                "I have to send it to our warranty department for authorization before we book a tech.", 0.89),
        turn(A, "They'll call you back within two business days. Please don't use it until then.", 0.9),
        turn(C, "Okay, two business days. Thanks.", 0.94),
    ]),
    "w15en-05": ("en", "MN-4", None, [
        turn(A, "Signet Mobile Notary, this is Grace.", 0.93),
        turn(C, "Hi, I need two signatures notarized on a power of attorney for my dad, at his assisted living "
                "place.", 0.9),
        turn(A, "Sure. It's fifteen dollars per notarized signature, so thirty, plus a fifty dollar travel fee. "
                "Eighty in total.", 0.89),
        turn(A, "I can come Saturday, December fifth, at eleven a.m. What's the address?", 0.91),
        turn(C, "Sunrise Gardens, three three oh one Elm Avenue, room two fourteen.", 0.88),
        turn(A, "Three three oh one Elm Avenue, room two fourteen. Both of you please have a photo ID ready. "
                "What's a good number?", 0.9),
        turn(C, "Five oh four, five five five, o one seven eight.", 0.85, low={"o": 0.45}),
        turn(A, "Five zero four, five five five, zero one seven eight. I'll text you a confirmation the day "
                "before.", 0.9),
    ]),
    # ---------------------------------------------------------------- Korean
    "w15ko-01": ("ko", "UA-3", None, [
        turn(A, "새봄 중고가전 매입센터 한지우입니다.", 0.92),
        turn(C, "냉장고랑 세탁기 팔려고요. 냉장고는 삼 년 썼고 세탁기는 오 년 됐어요.", 0.9),
        turn(A, "보내 주신 사진 보니까 냉장고 이십오만 원, 세탁기 십이만 원, 합쳐서 삼십칠만 원에 매입 가능합니다.", 0.89),
        turn(C, "네, 그렇게 할게요.", 0.94),
        turn(A, "십이월 칠일 월요일 오후 두 시에 기사님이 수거하러 가시고, 현장에서 확인한 뒤 계좌로 바로 입금해 드립니다. "
                "연락처 알려 주세요.", 0.89),
        turn(C, "공일공, 사팔이칠, 영삼구육이요.", 0.84, low={"영삼구육이요": 0.47}),
        turn(A, "공일공 사팔이칠 공삼구육, 관리번호는 유에이 칠공이일입니다.", 0.9),
    ]),
    "w15ko-02": ("ko", "HB-6", None, [
        turn(A, "한빛수학학원 차량 담당 오세린입니다.", 0.92),
        turn(C, "이사를 해서 아이 셔틀 타는 곳을 바꾸고 싶어요. 김도윤이고 초등 사학년이에요.", 0.9),
        turn(A, "네, 원생번호 말씀해 주시겠어요?", 0.93),
        turn(C, "이 공 삼 팔 일이요.", 0.86),
        turn(A, "이공삼팔일 김도윤 학생 확인했습니다. 새로 타실 곳은 어디세요?", 0.9),
        turn(C, "푸른마을 아파트 백삼동 앞이요.", 0.9),
        turn(A, "다음 주 월요일부터 삼 호차가 오후 세 시 사십 분에 백삼동 앞에서 태웁니다. 변경 완료했고, 기사님 연락처는 "
                "오늘 문자로 보내 드릴게요.", 0.89),
        turn(C, "감사합니다.", 0.95),
    ]),
    "w15ko-03": ("ko", "BL-2", None, [
        turn(A, "하늘창 블라인드 고객센터 배수민입니다.", 0.92),
        turn(C, "지난주에 설치한 거실 블라인드가 한쪽으로 기울어서 내려와요. 브라켓을 잘못 단 것 같아요.", 0.9),
        turn(A, "불편 드려 죄송합니다. 주문번호 말씀해 주시겠어요?", 0.93),
        turn(C, "비 엘 팔 영 육 사요.", 0.85),
        turn(A, "BL8064 확인했습니다. 시공 불량 재방문은 시공팀장 확인이 필요해서 시공팀장님께 이관하겠습니다. 내일 오전 "
                "중으로 팀장님이 직접 전화 드릴 거예요.", 0.89),
        turn(C, "네, 기다릴게요.", 0.95),
    ]),
    "w15ko-04": ("ko", "MP-4", None, [
        turn(A, "모아포토 고객센터 윤하린입니다.", 0.92),
        turn(C, "포토북 두 권 주문했는데 언제 받을 수 있는지 궁금해서요.", 0.9),
        turn(A, "주문번호 알려 주시겠어요?", 0.93),
        turn(C, "칠 삼 팔 팔 영 이 일이요.", 0.85),
        turn(A, "칠삼팔팔공이일, 포토북 두 권, 권당 삼만 이천 원이라 육만 사천 원 결제되셨고요. 목요일에 출고돼서 금요일에 "
                "도착 예정입니다. 출고되면 송장번호를 문자로 보내 드릴게요.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w15tl-01": ("tl", "TP-7", None, [
        turn(A, "Trimotor Parts Supply, si Jomar po.", 0.91),
        turn(C, "Boss, o-order sana ako ng pang-sidecar: apat na gulong tsaka dalawang shock absorber.", 0.87),
        turn(A, "Gulong po tig-isang libo't dalawang daan, apat po yun, apat na libo't walong daan. Shock po "
                "tig-siyam na raan, dalawa, isang libo't walong daan. Anim na libo't anim na raan po lahat.", 0.86),
        turn(C, "Sige. Padala niyo sa shop, Cuatro Cantos, Barangay San Roque.", 0.88),
        turn(A, "Delivery po bukas, Miyerkules, bago mag-alas dose. COD po. Number niyo po?", 0.89),
        turn(C, "Zero nine one eight, tres dos siyete, sero singko uno siyete.", 0.83, low={"sero": 0.47}),
        turn(A, "Zero nine one eight, three two seven, zero five one seven po. Order number niyo po T P singko "
                "otso dos.", 0.88),
    ]),
    "w15tl-02": ("tl", "IP-1", None, [
        turn(A, "Polar Ice Plant, si Venus po.", 0.91),
        turn(C, "Mag-o-order po kami ng tube ice, tatlumpung sako, para sa fiesta sa Sabado.", 0.88),
        turn(A, "Sige po. Tig-isang daan at singkwenta po bawat sako, tatlumpung sako, apat na libo't limang daan "
                "po. Delivery Sabado, December five, alas sais ng umaga.", 0.87),
        turn(C, "Okay. Account namin, P I, dos siyete, kuwatro, uno.", 0.85),
        turn(A, "P I two seven four one po. Ite-text po kayo ng driver pag papunta na siya.", 0.89),
        turn(C, "Salamat po.", 0.95),
    ]),
    "w15tl-03": ("tl", "PP-9", None, [
        turn(A, "Inkjet Pro Printing, si Carla po.", 0.91),
        turn(C, "Magpapa-print po ako ng tarpaulin para sa binyag, three by six feet, dalawang piraso.", 0.88),
        turn(A, "Three by six po, tig-apat na raan at singkwenta, dalawa, siyam na raan po lahat.", 0.87),
        turn(C, "Kailangan ko po sa Biyernes.", 0.9),
        turn(A, "Ready na po sa Huwebes, alas kuwatro ng hapon. I-e-email ko po yung layout proof mamayang gabi "
                "para ma-approve niyo. Email po?", 0.88),
        turn(C, "jhen dot bautista at gmail dot com.", 0.88),
        turn(A, "jhen dot bautista at gmail dot com po. Job order niyo po J O singko uno uno.", 0.89),
    ]),
    "w15tl-04": ("tl", "VK-5", None, [
        turn(A, "Kantahan Videoke Rentals, si Bong po.", 0.91),
        turn(C, "Kuya, yung videoke na nirentahan namin nung Sabado, sira daw yung speaker, tapos may damage fee "
                "kaming dalawang libo. Hindi naman po namin sinira.", 0.87),
        turn(A, "Pasensya na po. Rental number po?", 0.93),
        turn(C, "V K, siyete sero tres, nuwebe.", 0.85),
        turn(A, "V K seven zero three nine po. Yung pag-waive po ng damage fee ay kailangan ng approval ng may-ari, "
                "kaya ipapasa ko po sa kanya. Tatawagan niya po kayo bukas bago mag-alas singko.", 0.87),
        turn(C, "Sige po, hihintayin ko.", 0.92),
    ]),
    "w15tl-05": ("tl", "BK-2", None, [
        turn(A, "Panaderia de Santa Rosa, si Aling Nena po.", 0.91),
        turn(C, "Magpapa-reserve po ako ng pandesal para sa meeting namin sa Lunes, dalawang daang piraso.", 0.88),
        turn(A, "Dalawang daang piraso po, tig-tres pesos, anim na raan po. Gusto niyo po ba ng ensaymada? "
                "Tig-kinse po.", 0.87),
        turn(C, "Oo, dagdagan niyo ng dalawampung ensaymada.", 0.89),
        turn(A, "Dalawampung ensaymada, tatlong daan po. Siyam na raan po lahat. Pick-up Lunes, December seven, "
                "alas siyete ng umaga. Pangalan po?", 0.87),
        turn(C, "Rowena Dizon. Number ko, zero nine one seven, otso otso dos, kuwatro sero sero siyete.", 0.84),
        turn(A, "Zero nine one seven, eight eight two, four zero zero seven po. Salamat po, Ma'am Rowena.", 0.89),
    ]),
}


# ---------------------------------------------------------------- the six spoken calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-01T15:00:00Z", **cf)


_GEN = "10 kW generator for an outdoor wedding, Fri-Sun. Whitcombe acct GR40926. "
_BOUNCE = "Rain forecast Sat: bounce house (Castellanos party) moved, no change fee. Booking BH71304. "
_POOL = "Green pool, start weekly cleaning (Tuesdays). Cust no. PL88045. "
_PLANT = ("Delmar Legal lobby: about half the plants dying, fig trees dropped all leaves; monthly care contract "
          "VP311702, cust asks for replacement. ")
_LIFT = "Warehouse forklift leaking hydraulic fluid, mast won't lift. Serial FK220987. "
_STORE = ("Unit 142, acct 7300419 (Ms. Lindqvist): late fee charged although autopay went through on the 2nd; "
          "fee posted on the 1st by mistake. ")
FRESHDESK = [
    _fd(15011, 7, "PR-1", "Generator rental - wedding weekend", _GEN + "3 days x $135 = $405 + $60 delivery/pickup "
        "= $465. Deliver Fri 12/18 7-9 AM, pick up Mon AM. Driver calls 30 min before arrival.", "Equipment rental",
        ref_no="GR40926", phone="415-555-0287", total="$465.00", schedule="Fri 2026-12-18 7:00-9:00 AM",
        next_action="Driver calls 30 min before arrival"),
    _fd(15012, 7, "PR-1", "Generator rental - wedding weekend", _GEN + "3 days x $135 + delivery/pickup fee. "
        "Deliver Fri 12/18, pick up Mon AM. Driver calls 30 min before arrival.", "Equipment rental",
        ref_no="GR40926", phone="415-555-0287", total="$405.00", schedule="Fri 2026-12-18 9:00-11:00 AM",
        next_action="Driver calls 30 min before arrival"),
    _fd(15021, 7, "JJ-4", "Bounce house moved to Sun 12/13", _BOUNCE + "New date Sun 12/13, setup 10 AM, same "
        "address. Balance $185 due on setup day. New confirmation e-mailed today.", "Reschedule",
        ref_no="BH71304", address="2840 Magnolia Court", total="$185.00 balance", schedule="Sun 2026-12-13 10:00 AM",
        next_action="New confirmation e-mailed today"),
    _fd(15022, 7, "JJ-4", "Bounce house moved to Sun 12/13", _BOUNCE + "New date Sun 12/13, setup 10 AM, same "
        "address. Balance $185 due on setup day.", "Reschedule", ref_no="BH71304", address="2480 Magnolia Court",
        total="$185.00 balance", schedule="Sun 2026-12-13 10:00 AM", next_action=""),
    _fd(15031, 7, "CB-3", "Weekly service start - green pool", _POOL + "1st visit: one-time algae treatment $95, "
        "then weekly $42.50/visit. 1st visit Tue 12/8, 1-3 PM. Tech leaves a service report on the gate after "
        "each visit.", "Weekly cleaning", ref_no="PL88045", phone="(954) 555-0613", total="$95.00 + $42.50/wk",
        schedule="Tue 2026-12-08 1:00-3:00 PM", next_action="Service report left on gate each visit"),
    _fd(15032, 7, "CB-3", "Weekly service start - green pool", _POOL + "1st visit: one-time algae treatment $95, "
        "then weekly $42.50/visit. Tech leaves a service report on the gate after each visit.", "Weekly cleaning",
        ref_no="PL88045", phone="(954) 555-0613", total="$95.00 + $42.50/wk", schedule="Wed 12/8 1:00-3:00 PM",
        next_action="Service report left on gate each visit"),
    _fd(15041, 6, "VO-2", "Plant replacement - hort. mgr inspection", _PLANT + "Replacement under the care "
        "guarantee needs the horticulture manager's inspection: escalated to her; she calls the cust by Fri to "
        "set the visit. Pls adv hort. mgr: lobby is client-facing.", "Care guarantee",
        customer_name="Raymond Okafor", ref_no="VP311702",
        phone="312-555-0441 x12", next_action="Hort. mgr cb by Fri"),
    _fd(15042, 4, "VO-2", "Plants replaced", _PLANT + "Dying plants replaced under the care guarantee.",
        "Care guarantee", customer_name="Raymond Okoro", ref_no="VP311702", phone="312-555-0441 x12",
        next_action=""),
    _fd(15051, 7, "LR-6", "Hydraulic leak - tech visit", _LIFT + "Tech visit Wed 12/2, 8-10 AM; service call "
        "$125, labor $95/hr after the 1st hour. Tech calls when on the way. WO55182.", "Forklift repair",
        serial_no="FK220987", work_order="WO55182", address="1905 Industrial Pkwy, dock 4",
        total="$125.00 service call", schedule="Wed 2026-12-02 8:00-10:00 AM",
        next_action="Tech calls when on the way"),
    _fd(15052, 7, "LR-6", "Hydraulic leak - tech visit", "Warehouse forklift leaking hydraulic fluid, mast won't "
        "lift. Tech visit Wed 12/2, 8-10 AM; service call $125, labor $95/hr after the 1st hour. Tech calls when "
        "on the way. WO55182.", "Forklift repair", serial_no="FK229087", work_order="WO55182",
        address="1905 Industrial Pkwy, dock 4", total="$125.00 service call",
        schedule="Wed 2026-12-02 8:00-10:00 AM", next_action="Tech calls when on the way"),
    _fd(15061, 4, "SK-5", "Late fee reversed", _STORE + "$25 late fee reversed; Dec total back to $109.50. "
        "Corrected statement e-mailed within 2 business days.", "Billing", ref_no="7300419",
        email="klindqvist@outlook.com", total="$109.50", next_action="Corrected statement by e-mail w/in 2 bus. days"),
    _fd(15062, 4, "SK-5", "Late fee reversed", _STORE + "Late fee reversed.", "Billing", ref_no="7300419",
        email="klindqvist@outlook.com", total="$134.50", next_action=""),
]
FRESHDESK_MAPPING = """\
# The spoken calls' Freshdesk JSON export: the built-in Freshdesk mapping; state 7 ("Scheduled", a custom
# Freshdesk state) read as open and state 6 ("With specialist", a custom state) read as escalated; the
# custom fields named by what they hold.
name: audio15-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "6": escalated
  "7": open
extra_fields:
  reference: custom_fields.cf_ref_no
  serial: custom_fields.cf_serial_no
  work_order: custom_fields.cf_work_order
  phone: custom_fields.cf_phone
  email: custom_fields.cf_email
  address: custom_fields.cf_address
  customer_name: custom_fields.cf_customer_name
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- English written calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Customer Name)", "Custom field (Contact Number)",
        "Custom field (Service Address)", "Custom field (Amount)", "Custom field (Appointment)",
        "Custom field (Next Step)"]
_GREASE = "Lupita's Cantina (mgr Tom Hrabowski): grease trap due, starting to back up. 1,000 gal trap. "
_BOOTH = "Photo booth for a company holiday party Fri 12/11, 7-11 PM. 4 hrs $420 (unlimited prints) + guest book $35. "
_LINEN = "Trattoria Sole (Marco): short on napkins Mon, ordered 200, got 150. Acct 4410082. "
_TREAD = "ProForm treadmill: belt stops mid-run, motor smells hot. Serial PF300841, under mfr motor warranty. "
_NOTARY = "2 signatures notarized on a POA for cust's dad, at Sunrise Gardens (assisted living). "
JIRA_ROWS = [
    ["EN15-101", "Scheduled", "GT-2", "Grease trap pump-out Thu 6 AM", _GREASE + "Pump-out $285 + $40 disposal "
     "= $325. Thu 12/3 6 AM, before opening. Driver txts cust 15 min out; disposal manifest e-mailed after.", "",
     "Pump-out", "CN77014", "Tom Hrabowski", "", "", "$325.00", "Thu 12/3 6:00 AM",
     "Driver txt 15 min out; manifest e-mailed after"],
    ["EN15-102", "Scheduled", "GT-2", "Grease trap pump-out Thu 6 AM", _GREASE + "Pump-out + disposal fee. Thu "
     "12/3 6 AM, before opening. Driver txts cust 15 min out; disposal manifest e-mailed after.", "",
     "Pump-out", "CN77014", "Tom Hrabowski", "", "", "$285.00", "Thu 12/3 6:00 AM",
     "Driver txt 15 min out; manifest e-mailed after"],
    ["EN15-201", "Waiting for customer", "PB-5", "Holiday party booth SH20461", _BOOTH + "Total $455. $100 "
     "deposit holds the date; invoice link e-mailed today.", "", "Photo booth rental", "SH20461", "",
     "+1 (617) 555-0392", "", "$455.00", "Fri 12/11 7:00-11:00 PM", "Invoice link e-mailed today (dep $100)"],
    ["EN15-202", "Waiting for customer", "PB-5", "Holiday party booth SH20461", "Photo booth for a company "
     "holiday party, 4 hrs (unlimited prints) + guest book. Total $455. $100 "
     "deposit holds the date; invoice link e-mailed today.", "", "DJ services", "SH20461", "",
     "+1 (617) 555-0392", "", "$455.00", "Fri 12/11 7:00-10:00 PM", "Invoice link e-mailed today (dep $100)"],
    ["EN15-301", "Open", "LN-1", "Napkin short delivery - credit", _LINEN + "50 napkins x $0.22 = $11.00 credit on "
     "next invoice; driver brings the 50 napkins on Thu's run.", "", "Delivery shortage", "4410082", "Marco", "",
     "", "$11.00 credit", "Thu run", "50 napkins on Thu delivery"],
    ["EN15-302", "Open", "LN-1", "Napkin short delivery - credit", _LINEN + "50 napkins x $0.22 = $11.00 credit "
     "on next invoice.", "", "Delivery shortage", "4410082", "Marco", "", "", "$11.00 credit", "", ""],
    ["EN15-401", "Warranty review", "FX-3", "Treadmill motor - warranty auth", _TREAD + "Sent to the warranty "
     "dept for authorization before a tech is booked; they cb cust within 2 business days. Cust told not to "
     "use it meanwhile.", "", "Warranty repair", "PF300841", "", "", "", "", "",
     "Warranty dept cb w/in 2 business days"],
    ["EN15-402", "Done", "FX-3", "Treadmill motor replaced", "ProForm treadmill: belt stops mid-run, "
     "motor smells hot; under mfr motor warranty. Tech replaced the drive motor.",
     "Motor replaced", "Warranty repair", "PF308041", "", "", "", "", "", ""],
    ["EN15-501", "Scheduled", "MN-4", "Mobile notary - POA x2", _NOTARY + "2 x $15 + $50 travel = $80. Sat 12/5 "
     "11 AM. Both bring photo ID. Confirmation txt the day before.", "", "Mobile notary", "", "", "504.555.0178",
     "3301 Elm Ave, Rm 214", "$80.00", "Sat 12/5 11:00 AM", "Confirmation txt day before"],
    ["EN15-502", "Scheduled", "MN-4", "Mobile notary - POA x2", "2 signatures notarized on a POA for cust's "
     "dad. 2 x $15 + $50 travel = $80. Sat 12/5 11 AM. Both bring photo ID. Confirmation txt the day before.",
     "", "Mobile notary", "", "", "504.555.0178", "3310 Elm Ave, Rm 214", "$80.00", "Sat 12/5 11:00 AM",
     "Confirmation txt day before"],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: en15-jira
system: jira
status_values:
  Scheduled: open
  Waiting for customer: pending
  Warranty review: escalated
  Done: resolved
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
SAEBOM = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "고객명", "연락처", "관리번호", "금액", "방문일시",
          "상담유형", "후속조치"]
_APPL = "냉장고(3년) + 세탁기(5년) 매입. 사진 확인: 냉장고 250,000원 + 세탁기 120,000원 = 370,000원. "
_BUS = "이사로 셔틀 승차 위치 변경. 초4 김도윤, 원생번호 20381. 새 승차: 푸른마을 아파트 103동 앞, 3호차. "
_BLIND = "지난주 설치한 거실 블라인드 한쪽으로 기울어 내려옴(브라켓 시공 불량 의심). 주문번호 BL8064. "
_PHOTO = "포토북 2권 배송 문의. 주문번호 7388021. 권당 32,000원 x 2 = 64,000원 결제. "
SAEBOM_ROWS = [
    ["SB15-101", "접수", "UA-3", "냉장고/세탁기 매입", _APPL + "12/7(월) 14:00 기사 수거, 현장 확인 후 계좌 즉시 입금.", "",
     "", "010-4827-0396", "UA7021", "370,000원", "12월 7일(월) 14:00", "가전 매입", "현장 확인 후 계좌 입금"],
    ["SB15-102", "접수", "UA-3", "냉장고/세탁기 매입", "냉장고(3년) + 세탁기(5년) 매입, 사진 확인 후 매입가 안내. "
     "12/7(월) 14:00 기사 수거, 현장 확인 후 계좌 즉시 입금.", "",
     "", "010-4827-0396", "UA7021", "250,000원", "12월 7일(월) 14:00", "가전 매입", "현장 확인 후 계좌 입금"],
    ["SB15-201", "완료", "HB-6", "셔틀 승차 위치 변경", _BUS + "12/7(월)부터 오후 3시 40분 승차. 기사님 연락처 오늘 문자.",
     "변경 완료", "김도윤", "", "20381", "", "12/7(월)부터 15:40", "차량 변경", "기사 연락처 오늘 문자"],
    ["SB15-202", "완료", "HB-6", "셔틀 승차 위치 변경", "이사로 셔틀 승차 위치 변경. 초4, 원생번호 20381. 새 승차: 푸른마을 "
     "아파트 103동 앞, 3호차. 기사님 연락처 오늘 문자.", "변경 완료", "김도현", "", "20381", "", "12/7(월)부터 16:40",
     "차량 변경", "기사 연락처 오늘 문자"],
    ["SB15-301", "이관", "BL-2", "블라인드 기울어짐 - 재방문", _BLIND + "시공 불량 재방문은 시공팀장 확인 필요: 시공팀장 "
     "이관, 내일 오전 중 팀장 직접 전화.", "", "", "", "BL8064", "", "", "시공 A/S", "시공팀장 내일 오전 전화"],
    ["SB15-302", "완료", "BL-2", "블라인드 기울어짐", _BLIND + "브라켓 재시공.", "재시공 완료", "", "", "BL8064", "", "",
     "시공 A/S", ""],
    ["SB15-401", "진행중", "MP-4", "포토북 배송 문의", _PHOTO + "12/3(목) 출고, 12/4(금) 도착 예정. 출고 시 송장번호 문자.",
     "", "", "", "7388021", "64,000원", "12/3(목) 출고", "배송 문의", "출고 시 송장번호 문자"],
    ["SB15-402", "진행중", "MP-4", "포토북 배송 문의", _PHOTO + "제작 중.", "", "", "", "7388021", "64,000원", "",
     "배송 문의", ""],
]
SAEBOM_MAPPING = """\
# The Saebom desk's Korean CSV export (CP949, as Korean Excel saves it). 상담유형 is the category; the
# other columns not named here (고객명, 연락처, 관리번호, 금액, 방문일시, 후속조치) are kept as structured fields.
name: saebom15
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
DESK = ["Ticket #", "Status", "Handled by", "Date", "Subject", "Details", "Resolution", "Concern type",
        "Customer", "Ref no", "Mobile", "Email", "Total", "Schedule", "Next action"]
_TRI = ("Sidecar parts: 4 gulong @ PHP 1,200 = PHP 4,800 + 2 shock absorber @ PHP 900 = PHP 1,800. Deliver sa "
        "shop, Cuatro Cantos, Brgy. San Roque. COD. ")
_ICE = "Tube ice 30 sako @ PHP 150 para sa fiesta. Acct PI2741. "
_TARP = "Tarpaulin 3x6 ft x 2 pcs @ PHP 450 para sa binyag. JO511. Kailangan ni cust sa Fri. "
_VIDEOKE = ("Rental VK7039 (Sabado): cust disputes PHP 2,000 damage fee sa speaker, hindi daw nila sinira. ")
_PAN = "Reserve: 200 pcs pandesal @ PHP 3 = PHP 600 + 20 ensaymada @ PHP 15 = PHP 300. Para sa meeting. "
DESK_ROWS = [
    ["TS15-101", "Naka-schedule", "TP-7", "2026-12-01", "Sidecar parts order TP582", _TRI + "Total PHP 6,600. "
     "Deliver bukas (Wed) before 12NN.", "", "Parts order", "", "TP582", "+63 918 327 0517", "", "PHP 6,600.00",
     "Wed Dec 2, before 12NN", "Deliver tom before 12NN, COD"],
    ["TS15-102", "Naka-schedule", "TP-7", "2026-12-01", "Sidecar parts order TP582", _TRI + "Deliver bukas (Wed) "
     "before 12NN.", "", "Parts order", "", "TP582", "+63 918 327 0517", "", "PHP 4,800.00",
     "Wed Dec 2, before 12NN", "Deliver tom before 12NN, COD"],
    ["IP15-201", "Naka-schedule", "IP-1", "2026-12-01", "Tube ice 30 sako - fiesta", _ICE + "Total PHP 4,500. "
     "Deliver Sat Dec 5, 6:00 AM. Driver txt pag papunta na.", "", "Ice delivery", "", "PI2741", "", "",
     "PHP 4,500.00", "Sat Dec 5, 6:00 AM", "Driver txt pag papunta"],
    ["IP15-202", "Naka-schedule", "IP-1", "2026-12-01", "Tube ice 30 sako - fiesta", "Tube ice 30 sako @ PHP 150 "
     "para sa fiesta. Total PHP 4,500. Deliver Sat Dec 5. Driver txt pag papunta na.", "", "Ice delivery", "",
     "PI2714", "", "", "PHP 4,500.00", "Sat Dec 5, 6:00 PM", "Driver txt pag papunta"],
    ["PP15-301", "Open", "PP-9", "2026-12-01", "Tarp binyag 3x6 x2", _TARP + "Total PHP 900. Ready Thu 4:00 PM. "
     "Layout proof e-mailed tonight for cust approval.", "", "Tarpaulin printing", "", "JO511", "",
     "jhen.bautista@gmail.com", "PHP 900.00", "Thu 4:00 PM", "Email layout proof tonight for approval"],
    ["PP15-302", "Open", "PP-9", "2026-12-01", "Tarp binyag 3x6 x2", _TARP + "Total PHP 900. Ready Thu 4:00 PM.",
     "", "Sticker printing", "", "JO511", "", "jhen.bautista@gmail.com", "PHP 900.00", "Thu 4:00 PM", ""],
    ["VK15-401", "For approval", "VK-5", "2026-12-01", "Damage fee dispute VK7039", _VIDEOKE + "Waiver needs the "
     "owner's approval: ipinasa sa owner; owner cb cust bukas before 5 PM.", "", "Billing dispute", "", "VK7039",
     "", "", "PHP 2,000.00", "", "Owner cb bukas before 5PM"],
    ["VK15-402", "Closed", "VK-5", "2026-12-01", "Damage fee waived VK7039", _VIDEOKE + "Damage fee waived.",
     "Waived", "Billing dispute", "", "VK7039", "", "", "PHP 2,000.00", "", ""],
    ["BK15-501", "Naka-schedule", "BK-2", "2026-12-01", "Pandesal reserve - Mon", _PAN + "Total PHP 900. Pick-up "
     "Mon Dec 7, 7:00 AM.", "", "Bulk order", "Rowena Dizon", "", "0917-882-4007", "", "PHP 900.00",
     "Mon Dec 7, 7:00 AM", "Pick-up Mon 7AM"],
    ["BK15-502", "Naka-schedule", "BK-2", "2026-12-01", "Pandesal reserve - Mon", _PAN + "Total PHP 900. Pick-up "
     "Mon Dec 7, 7:00 AM.", "", "Bulk order", "Rowena Diaz", "", "0917-882-4007", "", "PHP 900.00",
     "Mon Dec 7, 7:00 AM", "Pick-up Mon 7AM"],
]
DESK_MAPPING = """\
# The Taglish desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold.
name: tl15-desk
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
  customer_name: Customer
  reference: Ref no
  phone: Mobile
  email: Email
  amount: Total
  appointment: Schedule
  next_step: Next action
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio15-freshdesk.json", FRESHDESK)
    (exports / "audio15-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en15-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en15-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "saebom15-cp949.csv", SAEBOM, SAEBOM_ROWS, encoding="cp949")
    (exports / "saebom15-mapping.yaml").write_text(SAEBOM_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl15-desk.csv", DESK, DESK_ROWS)
    (exports / "tl15-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
