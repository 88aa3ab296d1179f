"""Writes the twenty-first test split's written calls (test21/calls) and every export (test21/exports).

Run from the repository root: ``python tests/data/tickets-fields/test21/build.py``. The six English
calls in test21/audio were spoken by the project's sample maker (``build_audio.py``); their tickets (a
Jira REST JSON export with numeric custom fields named by a mapping; a Freshdesk JSON export with a
custom state) were written from the scripts in build_audio.py as a careful agent would, not from a
transcript. The written calls are in domains the earlier splits do not use (wedding calligraphy,
climbing-gym belay class, sofa reupholstery, ballroom wedding-lesson package, koi-pond pump; Korean
dermatology appointment moved, bathroom grout, vehicle inspection agent, humidifier rental; Taglish
plumber, electrician, island hopping, graduation pictorial, curtain sewing). Some carry ASR-like noise a
careful analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits and native clock times, Spanish
and Tagalog digits, a surname heard with low probability). ``p`` is a turn's word probability.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test21/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w21en-01": ("en", "CA-2", None, [
        turn(A, "Inkwell Calligraphy Studio, this is Rosa.", 0.93),
        turn(C, "Hi, I'd like the envelopes for our wedding invitations addressed by hand. There are a hundred "
                "and twenty.", 0.9),
        turn(A, "Hand addressed envelopes are three fifty each, so four twenty for a hundred and twenty. Your "
                "order number is C L, five o six one.", 0.87, low={"o": 0.42}),
        turn(C, "Okay. I'll send the address list tonight.", 0.93),
        turn(A, "I'll e-mail you a sample proof on Friday, December fourth, and they'll be ready for pickup by "
                "the eighteenth.", 0.9),
        turn(C, "Perfect, thanks.", 0.95),
    ]),
    "w21en-02": ("en", "CG-4", None, [
        turn(A, "Summit Wall Climbing, this is Theo.", 0.93),
        turn(C, "Hi, I want to book the belay class for me and my partner.", 0.92),
        turn(A, "It's forty five per person, so ninety for two. Saturday, December twelfth, at ten a.m. Please "
                "bring closed toe shoes. Can I have a name?", 0.89),
        turn(C, "Ingrid Sorensen.", 0.8, low={"sorensen": 0.38}),
        turn(A, "And a phone number, Ingrid?", 0.94),
        turn(C, "Six one two, five five five, o seven one three.", 0.85, low={"o": 0.4}),
        turn(A, "Six one two, five five five, zero seven one three. I'll e-mail the waivers tonight, please sign "
                "them before class.", 0.9),
    ]),
    "w21en-03": ("en", "UP-6", None, [
        turn(A, "Stitch and Frame Upholstery, this is Helen.", 0.93),
        turn(C, "Hi, I picked the green velvet for my sofa last week. When can you collect it?", 0.9),
        turn(A, "What's the work order number?", 0.94),
        turn(C, "W O, six two, eight four five.", 0.88),
        turn(A, "W O six two eight four five. Labor is eight fifty and the fabric three twenty, eleven seventy "
                "in all. We'll pick the sofa up Thursday, December tenth, at nine a.m., and it takes about three "
                "weeks. I'll call you when the fabric arrives.", 0.88),
        turn(C, "Great, thank you.", 0.95),
    ]),
    "w21en-04": ("en", "BD-1", None, [
        turn(A, "Twirl Ballroom Studio, this is Marisol.", 0.93),
        turn(C, "Hi, we bought the ten lesson wedding package, but our venue moved the wedding up to next week, "
                "so we can't use the last four lessons. Can we get those refunded?", 0.88),
        turn(A, "What's the package number?", 0.94),
        turn(C, "T B, one one nine oh.", 0.88),
        turn(A, "T B one one nine zero. Four lessons at sixty is two forty. Package refunds need the owner's "
                "approval, so I'm passing it to her, and she'll call you back by Thursday.", 0.88),
        turn(C, "Okay, thanks.", 0.95),
    ]),
    "w21en-05": ("en", "KP-3", None, [
        turn(A, "Clearwater Pond Care, this is Dwayne.", 0.93),
        turn(C, "Hi, the pump in my koi pond stopped this morning. It's Walt Brennan.", 0.9),
        turn(A, "Sorry to hear it, Walt. A new pump is two eighty nine, and installing it is seventy five, so "
                "three sixty four. Our tech can come Saturday, December fifth, between eight and ten a.m.", 0.88),
        turn(C, "Yes please. It's six eighty Larkspur Drive.", 0.9),
        turn(A, "Six eighty Larkspur Drive. Until then, run an air stone in the pond if you have one. The tech "
                "will text you twenty minutes before he arrives.", 0.89),
        turn(C, "Thank you.", 0.95),
    ]),
    # ---------------------------------------------------------------- Korean
    "w21ko-01": ("ko", "DR-1", None, [
        turn(A, "맑은피부과의원입니다.", 0.92),
        turn(C, "레이저 토닝 예약을 바꾸고 싶어요. 환자번호는 이 공 삼 팔 일이요.", 0.88),
        turn(A, "이공삼팔일 고객님, 십이월 칠일 월요일 예약이시네요. 언제로 바꿔 드릴까요?", 0.9),
        turn(C, "십일 목요일 오후 네 시 되나요?", 0.9),
        turn(A, "네, 십이월 십일 목요일 오후 네 시로 변경했습니다. 시술비 팔만 원은 당일 결제하시고, 시술 전날 문자 "
                "드릴게요.", 0.89),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w21ko-02": ("ko", "JN-3", None, [
        turn(A, "반듯줄눈입니다.", 0.92),
        turn(C, "욕실 두 곳 줄눈 시공 하려고요.", 0.9),
        turn(A, "한 곳에 삼십오만 원이라 두 곳이면 칠십만 원입니다. 십이월 십사일 월요일 오전 아홉 시 가능합니다. 시공 "
                "후 스물네 시간은 물 쓰시면 안 돼요. 주소 알려 주세요.", 0.89),
        turn(C, "상도동 이백칠 다시 오, 삼층이요.", 0.88),
        turn(A, "상도동 207-5 3층이요. 연락처 부탁드립니다.", 0.92),
        turn(C, "공일공, 구삼오일, 영팔이사요.", 0.84, low={"영팔이사요": 0.44}),
        turn(A, "공일공 구삼오일 공팔이사, 방문 전날 전화 드릴게요.", 0.9),
    ]),
    "w21ko-03": ("ko", "CK-5", None, [
        turn(A, "척척검사대행입니다.", 0.92),
        turn(C, "오늘 맡긴 차 정기검사 어떻게 됐어요? 오칠러 팔이공구요.", 0.87),
        turn(A, "57러 8209 차량이요. 배출가스 기준 초과로 불합격 나왔습니다. 재검사 전에 정비가 필요해서 정비팀장님께 "
                "이관했고, 오늘 오후 다섯 시 전에 견적 전화 드릴 거예요.", 0.88),
        turn(C, "네, 기다릴게요.", 0.95),
    ]),
    "w21ko-04": ("ko", "HM-2", None, [
        turn(A, "촉촉렌탈 고객센터입니다.", 0.92),
        turn(C, "렌탈한 가습기 밑으로 물이 새요. 계약번호 칠 칠 이 공 오요.", 0.88),
        turn(A, "칠칠이공오 고객님, 불편 드려 죄송합니다. 교체 기기를 이틀 안에 택배로 보내 드리고, 기존 기기는 택배 기사가 "
                "회수합니다. 이번 달 렌탈료 만 구천 구백 원은 면제해 드릴게요.", 0.88),
        turn(C, "네, 알겠습니다.", 0.95),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w21tl-01": ("tl", "DP-2", None, [
        turn(A, "Kuya Dan Plumbing, si Dan po.", 0.91),
        turn(C, "Hello po, barado po yung lababo namin tsaka tumutulo yung gripo.", 0.88),
        turn(A, "Declog po seiscientos, tapos palit gripo cuatrocientos singkuwenta, total one thousand fifty po. "
                "Huwebes po, December ten, alas nuwebe ng umaga. Address po?", 0.86),
        turn(C, "Block siyete, Lot dose, Phase two, Camella Homes, Bacoor.", 0.86),
        turn(A, "Block seven Lot twelve, Phase two, Camella Homes, Bacoor po. Text ko po kayo pag papunta na.", 0.88),
    ]),
    "w21tl-02": ("tl", "LE-5", None, [
        turn(A, "Liwanag Electrical, si Jun po.", 0.91),
        turn(C, "Kuya, lagi pong nagti-trip yung breaker, tapos may amoy sunog sa isang outlet.", 0.88),
        turn(A, "Delikado po yan, baka kailangan na ng rewiring. Kailangan po ma-inspect ni Engineer Santos, yung "
                "master electrician namin. Ipapasa ko po sa kanya, tatawagan niya kayo bukas ng hapon. Huwag niyo "
                "na po munang gamitin yung outlet.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w21tl-03": ("tl", "BK-7", None, [
        turn(A, "Bangka Tours Coron, si Liza po.", 0.91),
        turn(C, "Hi po, island hopping po sana, anim kami.", 0.9),
        turn(A, "Mil quinientos po per pax, so nine thousand po lahat. Biyernes po, December eighteen, pick up sa "
                "hotel alas siyete ng umaga. Pangalan po?", 0.86),
        turn(C, "Carmela Villareal po.", 0.9),
        turn(A, "Carmela Villareal, booking niyo po C T, siyete otso uno. Dala po kayo ng reef-safe sunscreen.", 0.86),
    ]),
    "w21tl-04": ("tl", "TG-1", None, [
        turn(A, "Kapit Toga and Photo, si Bea po.", 0.91),
        turn(C, "Pa-book po ng graduation pictorial ng anak ko, kasama na toga.", 0.89),
        turn(A, "Toga rental po tres siyentos singkuwenta, pictorial package mil dos siyentos, total one thousand "
                "five hundred fifty po. Sabado po, January nine, alas dos ng hapon.", 0.86),
        turn(C, "Sige po. Number ko po zero nine two seven, kuwatro uno tres, singko seis siyete dos.", 0.84),
        turn(A, "Zero nine two seven, four one three, five six seven two po. Noted po.", 0.88),
    ]),
    "w21tl-05": ("tl", "KC-3", None, [
        turn(A, "Tahi Kurtina ni Aling Cora, si Cora po.", 0.91),
        turn(C, "Magpapagawa po ako ng blackout na kurtina, apat na panel, tapos pakabit na rin ng rod.", 0.88),
        turn(A, "Ochocientos singkuwenta po bawat panel, three thousand four hundred, tapos rod installation "
                "six hundred, total four thousand po. Pupunta po yung taga-sukat sa Miyerkules, December nine, "
                "ala una ng hapon.", 0.86),
        turn(C, "Sige po. Zero nine one seven, tres singko dos, siyete otso otso uno po.", 0.84),
        turn(A, "Zero nine one seven, three five two, seven eight eight one. I-text ko po mamaya yung mga "
                "picture ng tela para makapili kayo.", 0.87),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: Jira REST JSON
JIRA_FIELDS = {"reference": 10211, "asset_tag": 10212, "customer_name": 10213, "phone": 10214, "address": 10215,
               "amount": 10216, "appointment": 10217, "next_step": 10218}


def _jira(key, status, assignee, summary, description, issue_type, **custom):
    fields = {"status": {"name": status}, "assignee": {"name": assignee}, "summary": summary,
              "description": description, "issuetype": {"name": issue_type},
              "created": "2026-12-02T16:00:00.000+0000"}
    fields.update({f"customfield_{JIRA_FIELDS[k]}": v for k, v in custom.items()})
    return {"key": key, "fields": fields}


_CLOCK = ("Grandfather clock stopped chiming last wk, losing ~10 min/day: movement needs cleaning. House call $95; "
          "suspension spring +$40 if worn ($135). Wed 12/9 10 AM-12 PM. Cust not to move the clock. ")
_TRIP = ("Maple Hollow Elem., 4th grade: solar system show, 28 students @ $6.50 (4 chaperones free). Thu 1/14 "
         "10:15 AM. Booking SP30916. ")
_CART = ("Golf cart won't hold a charge (dies after ~2 holes): batteries. Serial GC53881. Set of 6 installed $960 "
         "- $60 core credit = $900. Pickup Mon 12/14 AM, returned next day. ")
JIRA_ISSUES = [
    _jira("CLK-2101", "Scheduled", "HC-1", "Grandfather clock - house call Wed 12/9", "Harriet Quinlan. " + _CLOCK
          + "Serial HM77042. Tech calls cust when on his way.", "Clock repair - house call", asset_tag="HM77042",
          customer_name="Harriet Quinlan", phone="503-555-0261", amount="$135.00 (if spring worn)",
          appointment="Wed 12/9 10:00 AM-12:00 PM", next_step="Call cust when on the way"),
    _jira("CLK-2102", "Scheduled", "HC-1", "Grandfather clock - house call Wed 12/9", "Harriet Quinlan. " + _CLOCK
          + "Tech calls cust when on his way.", "Clock repair - house call", asset_tag="HM77024",
          customer_name="Harriet Quinlan", phone="503-555-0261", amount="$135.00 (if spring worn)",
          appointment="Wed 12/9 10:00 AM-12:00 PM", next_step="Call cust when on the way"),
    _jira("CLK-2201", "Awaiting forms", "SP-4", "Field trip 1/14 - solar system show", "Denise Okafor. " + _TRIP +
          "Permission form e-mailed today; signed group form due back by 12/18 to hold the date.",
          "School group booking", reference="SP30916", customer_name="Denise Okafor", phone="715-555-0480",
          amount="$182.00", appointment="Thu 1/14 10:15 AM", next_step="Signed group form back by 12/18"),
    _jira("CLK-2202", "Awaiting forms", "SP-4", "Field trip 1/14 - solar system show", "Denise Okafor. " + _TRIP,
          "School group booking", reference="SP30916", customer_name="Denise Okafor", phone="715-555-0480",
          amount="$189.00", appointment="Thu 1/14 10:15 AM"),
    _jira("CLK-2301", "Scheduled", "FC-3", "Battery replacement GC53881", _CART + "1726 Bluegrass Ln. Driver txts "
          "1 hr before pickup.", "Battery service", asset_tag="GC53881", address="1726 Bluegrass Ln",
          amount="$900.00", appointment="Mon 12/14 AM", next_step="Driver txts 1 hr before pickup"),
    _jira("CLK-2302", "Scheduled", "FC-3", "Battery replacement GC53881", _CART + "Driver txts 1 hr before pickup.",
          "Battery service", asset_tag="GC53881", address="1762 Bluegrass Ln", amount="$900.00",
          appointment="Mon 12/14 AM", next_step="Driver txts 1 hr before pickup"),
]
JIRA_MAPPING = """\
# Spoken calls 1-3, a Jira JSON export (REST API shape): the built-in Jira mapping; the numeric custom
# fields named by what they hold; the desk's own workflow states read as ours.
name: audio21-jira
system: jira
status_values:
  Scheduled: open
  Awaiting forms: pending
extra_fields:
  reference: fields.customfield_10211
  asset_tag: fields.customfield_10212
  customer_name: fields.customfield_10213
  phone: fields.customfield_10214
  address: fields.customfield_10215
  amount: fields.customfield_10216
  appointment: fields.customfield_10217
  next_step: fields.customfield_10218
"""


# ---------------------------------------------------------------- spoken calls 4-6: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-02T16:30:00Z", **cf)


_ARCHERY = ("Team-building event Fri 12/11 cancelled (half the team out sick). Event EV44027, deposit $225. "
            "Within a week, so the refund needs the range manager's approval. ")
_STUMPS = ("3 stumps (~2 ft across each) @ $85 = $255 + $40 chip haul-away = $295. Tue 12/8 1 PM. Cust to have "
           "sprinkler lines marked before we come. ")
_ALERT = ("Mother's pendant service cancelled 10/29 (acct MA81664), charged again in Nov. $34.95 Nov charge "
          "refunded to card on file. Cust returns the pendant in the prepaid box. ")
FRESHDESK = [
    _fd(21401, 6, "AR-2", "Event cancelled - deposit refund", "Oliver Brandt. " + _ARCHERY + "Sent to the range "
        "manager; he cb cust by Tue (may offer a new date instead).", "Corporate events",
        ref_no="EV44027", customer_name="Oliver Brandt", total="$225.00 deposit", next_action="Range mgr cb by Tue"),
    _fd(21402, 4, "AR-2", "Event cancelled - deposit refund", "Oliver Brandt. Team-building event Fri 12/11 "
        "cancelled. Event EV44027, deposit $225 refunded.", "Corporate events", ref_no="EV44027",
        customer_name="Oliver Brandt", total="$225.00 deposit", resolution="Deposit refunded"),
    _fd(21501, 7, "GS-5", "Stump grinding x3 Tue 12/8", "Paula Whitfield. " + _STUMPS, "Stump grinding",
        customer_name="Paula Whitfield", phone="816-555-0923", address="2214 Orchard Way", total="$295.00",
        schedule="Tue 12/8 1:00 PM", next_action="Cust marks sprinkler lines"),
    _fd(21502, 7, "GS-5", "Stump grinding x3 Tue 12/8", "Paula Whitfield. " + _STUMPS, "Stump grinding",
        customer_name="Paula Whitman", phone="816-555-0923", address="2214 Orchard Way", total="$295.00",
        schedule="Tue 12/8 3:00 PM", next_action="Cust marks sprinkler lines"),
    _fd(21601, 3, "SC-6", "Billed after cancellation - Nov refund", _ALERT + "5-7 business days to show; "
        "cancellation letter mailed this wk.", "Billing", ref_no="MA81664", total="$34.95 refund",
        next_action="Refund shows in 5-7 bus. days; letter mailed this wk"),
    _fd(21602, 3, "SC-6", "Billed after cancellation - Nov refund", _ALERT, "Billing", ref_no="MA81664",
        total="$39.95 refund", next_action=""),
]
FRESHDESK_MAPPING = """\
# Spoken calls 4-6, a Freshdesk JSON export: the built-in Freshdesk mapping; custom states 6 ("With range
# manager") read as escalated and 7 ("Booked") as open; the custom fields named by what they hold.
name: audio21-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "6": escalated
  "7": open
extra_fields:
  reference: custom_fields.cf_ref_no
  customer_name: custom_fields.cf_customer_name
  phone: custom_fields.cf_phone
  address: custom_fields.cf_address
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""

# ---------------------------------------------------------------- English written calls 1-3: ServiceNow JSON
_sn = base.servicenow_record
_INVITE = "120 hand-addressed wedding envelopes @ $3.50 = $420. Cust sends the address list tonight. "
_BELAY = "Belay class x2 (cust + partner), $45/person = $90. Sat 12/12 10 AM; closed-toe shoes. "
_SOFA = "Green velvet picked last wk. Labor $850 + fabric $320 = $1,170. Pickup Thu 12/10 9 AM; approx 3 wks. "
SERVICENOW = [
    _sn("CS0210101", "Proof pending", "CA-2", "Wedding envelopes x120", _INVITE + "Order CL5061. Sample proof "
        "e-mailed Fri 12/4; ready for pickup by 12/18.", "Wedding stationery", "2026-12-02 16:40:00",
        order_no="CL5061", amount="$420.00", next_action="E-mail sample proof Fri 12/4"),
    _sn("CS0210102", "Proof pending", "CA-2", "Wedding envelopes x120", _INVITE + "Order CL5061. Sample proof "
        "e-mailed Fri 12/4; ready for pickup by 12/18.", "Business cards", "2026-12-02 16:40:00",
        order_no="CL5061", amount="$420.00", next_action="E-mail sample proof Fri 12/4"),
    _sn("CS0210201", "Booked", "CG-4", "Belay class x2 Sat 12/12", _BELAY + "Waivers e-mailed tonight, to be "
        "signed before class.", "Classes", "2026-12-02 16:40:00", contact_name="Ingrid Sorensen",
        contact_phone="612-555-0713", amount="$90.00", next_action="E-mail waivers tonight"),
    _sn("CS0210202", "Booked", "CG-4", "Belay class x2 Sat 12/12", _BELAY + "Waivers e-mailed tonight, to be "
        "signed before class.", "Classes", "2026-12-02 16:40:00", contact_name="Ingrid Svensson",
        contact_phone="612-555-0731", amount="$90.00", next_action="E-mail waivers tonight"),
    _sn("CS0210301", "Booked", "UP-6", "Sofa pickup Thu 12/10", _SOFA + "WO62845. Cb cust when fabric arrives.",
        "Reupholstery", "2026-12-02 16:40:00", order_no="WO62845", amount="$1,170.00",
        next_action="Cb when fabric arrives"),
    _sn("CS0210302", "Booked", "UP-6", "Sofa pickup Thu 12/10", _SOFA + "WO62485. Cb cust when fabric arrives.",
        "Reupholstery", "2026-12-02 16:40:00", order_no="", amount="$1,170.00",
        next_action="Cb when fabric arrives"),
]
SERVICENOW_MAPPING = """\
# The English desk's ServiceNow JSON export (display_value objects): the built-in ServiceNow mapping; the
# desk's own states read as ours; the u_ fields named by what they hold.
name: en21-servicenow
system: servicenow
status_values:
  Proof pending: open
  Booked: open
extra_fields:
  reference: u_order_no
  customer_name: u_contact_name
  phone: u_contact_phone
  amount: u_amount
  next_step: u_next_action
"""


# ---------------------------------------------------------------- English written calls 4-5: Zendesk JSON
def _zd(ticket_id, status, agent, subject, text, **cf):
    ids = {"service": 7710001, "reference": 7710002, "customer_name": 7710003, "address": 7710004,
           "amount": 7710005, "appointment": 7710006, "next_step": 7710007}
    return {"id": ticket_id, "subject": subject, "description": text, "status": status, "assignee_id": agent,
            "requester_id": 50000 + ticket_id % 1000, "type": "question", "tags": ["phone"],
            "created_at": "2026-12-02T16:45:00Z", "custom_fields": [{"id": ids[k], "value": v} for k, v in cf.items()]}


_DANCE = ("10-lesson wedding package TB1190; venue moved the wedding up to next wk, last 4 lessons unused: "
          "4 x $60 = $240 refund requested. ")
_POND = "Koi pond pump stopped this AM. New pump $289 + install $75 = $364. Tech Sat 12/5 8-10 AM. "
ZENDESK = {"tickets": [
    _zd(21041, "hold", "BD-1", "Wedding package - refund of 4 lessons", _DANCE + "Package refunds need owner "
        "approval: passed to her, she cb cust by Thu.", service="Lesson packages", reference="TB1190",
        amount="$240.00 refund", next_step="Owner cb by Thu"),
    _zd(21042, "solved", "BD-1", "Wedding package - refund of 4 lessons", _DANCE + "Refunded the 4 lessons.",
        service="Lesson packages", reference="TB1190", amount="$240.00 refund"),
    _zd(21051, "open", "KP-3", "Koi pond pump replacement Sat 12/5", "Walt Brennan. " + _POND + "Cust to run an "
        "air stone till then. Tech txts 20 min before arrival.", service="Pond equipment",
        customer_name="Walt Brennan", address="680 Larkspur Dr", amount="$364.00",
        appointment="Sat 12/5 8:00-10:00 AM", next_step="Tech txts 20 min before"),
    _zd(21052, "open", "KP-3", "Koi pond pump replacement Sat 12/5", "Walt Brennan. " + _POND + "Cust to run an "
        "air stone till then.", service="Pond equipment", customer_name="Walt Brennan",
        address="680 Larkspur Dr", amount="$389.00", appointment="Sat 12/5 8:00-10:00 AM"),
]}
ZENDESK_MAPPING = """\
# The English desk's Zendesk JSON export (calls 4-5): the built-in Zendesk mapping; Zendesk's own type is
# always "question" here, so the category is the desk's "Service" custom field (7710001); "hold" is
# where a lead has the ticket, read as escalated; the other custom fields named by what they hold.
name: en21-zendesk
system: zendesk
fields:
  category: custom_fields.7710001
status_values:
  hold: escalated
extra_fields:
  reference: custom_fields.7710002
  customer_name: custom_fields.7710003
  address: custom_fields.7710004
  amount: custom_fields.7710005
  appointment: custom_fields.7710006
  next_step: custom_fields.7710007
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV
NURI = ["접수번호", "처리상태", "담당자", "제목", "문의내용", "처리결과", "문의유형", "연락처", "관리번호", "금액",
        "예약일시", "후속조치"]
_SKIN = "레이저 토닝 예약 변경, 환자번호 20381. 12/7(월) 예약을 12/10(목) 오후 4시로 변경. 시술비 80,000원 당일 결제. "
_GROUT = "욕실 2곳 줄눈 시공, 곳당 350,000원 x 2 = 700,000원. 12/14(월) 09:00 방문, 상도동 207-5 3층. 시공 후 24시간 물 사용 금지 안내. "
_CAR = "정기검사 대행 차량 57러8209, 배출가스 기준 초과로 불합격. 재검사 전 정비 필요. "
_HUMID = "렌탈 가습기 누수, 계약번호 77205. "
NURI_ROWS = [
    ["DR21-101", "예약변경", "DR-1", "레이저 토닝 예약 변경", _SKIN + "시술 전날 문자.", "", "진료 예약", "", "20381",
     "80,000원", "12/10(목) 16:00", "시술 전날 문자"],
    ["DR21-102", "예약변경", "DR-1", "레이저 토닝 예약 변경", "레이저 토닝 예약 변경, 환자번호 20381. 12/7(월) 예약 변경. "
     "시술비 80,000원 당일 결제. 시술 전날 문자.", "", "진료 예약", "", "20381", "80,000원", "12/10(목) 14:00",
     "시술 전날 문자"],
    ["JN21-201", "접수", "JN-3", "욕실 줄눈 시공 12/14", _GROUT + "방문 전날 전화.", "", "줄눈 시공", "010-9351-0824",
     "", "700,000원", "12/14(월) 09:00", "방문 전날 전화"],
    ["JN21-202", "접수", "JN-3", "욕실 줄눈 시공 12/14", _GROUT + "방문 전날 전화.", "", "줄눈 시공", "010-9351-0842",
     "", "700,000원", "12/14(월) 09:00", "방문 전날 전화"],
    ["CK21-301", "정비팀 이관", "CK-5", "정기검사 불합격 - 정비 필요", _CAR + "정비팀장 이관, 오늘 17시 전 견적 전화.", "",
     "검사 대행", "", "57러8209", "", "", "오늘 17시 전 견적 전화"],
    ["CK21-302", "완료", "CK-5", "정기검사", _CAR + "재검사 진행.", "재검사 합격", "검사 대행", "", "57러8209", "", "",
     ""],
    ["HM21-401", "처리중", "HM-2", "가습기 누수 - 기기 교체", _HUMID + "교체 기기 2일 내 택배 발송, 기존 기기 택배 기사 회수. "
     "이번 달 렌탈료 19,900원 면제.", "", "렌탈 AS", "", "77205", "19,900원 면제", "", "교체 기기 2일 내 발송, 기존 기기 회수"],
    ["HM21-402", "처리중", "HM-2", "가습기 누수 - 기기 교체", _HUMID + "이번 달 렌탈료 면제.", "", "렌탈 AS", "", "77205",
     "29,900원 면제", "", ""],
]
NURI_MAPPING = """\
# The Nuri desk's Korean CSV export (CP949, as Korean Excel saves it). 문의유형 is the category; the other
# columns not named here (연락처, 관리번호, 금액, 예약일시, 후속조치) are kept as structured fields.
name: nuri21
fields:
  ticket_id: 접수번호
  status: 처리상태
  agent_id: 담당자
  title: 제목
  description: 문의내용
  resolution: 처리결과
  category: 문의유형
status_values:
  접수: open
  예약변경: open
  처리중: pending
  정비팀 이관: escalated
  완료: resolved
"""

# ---------------------------------------------------------------- Taglish written calls: the desk's own CSV
DESK = ["Ticket #", "Status", "Handled by", "Date", "Subject", "Details", "Resolution", "Concern type", "Customer",
        "Ref no", "Mobile", "Address", "Amount", "Schedule", "Next step"]
_PLUMB = ("Barado lababo + tumutulo gripo. Declog PHP 600 + palit gripo PHP 450 = PHP 1,050. Thu Dec 10, 9:00 AM. ")
_ELEC = ("Breaker laging nagti-trip, amoy sunog sa isang outlet; posibleng rewiring. Needs inspection ni Engr. "
         "Santos (master electrician). ")
_ISLAND = "Island hopping x6 pax @ PHP 1,500 = PHP 9,000. Hotel pickup 7:00 AM. Booking CT781. Reef-safe sunscreen. "
_TOGA = "Graduation pictorial + toga: toga rental PHP 350 + pictorial pkg PHP 1,200 = PHP 1,550. Sat Jan 9, 2:00 PM. "
_CURTAIN = "Blackout kurtina 4 panels @ PHP 850 = PHP 3,400 + rod install PHP 600 = PHP 4,000. "
DESK_ROWS = [
    ["PL-2101", "Naka-schedule", "DP-2", "2026-12-02", "Declog + gripo Thu Dec 10", _PLUMB + "Txt cust pag papunta "
     "na.", "", "Plumbing repair", "", "", "", "Blk 7 Lot 12, Phase 2, Camella Homes, Bacoor", "PHP 1,050",
     "Thu Dec 10, 9:00 AM", "Txt cust pag papunta na"],
    ["PL-2102", "Naka-schedule", "DP-2", "2026-12-02", "Declog + gripo Thu Dec 10", _PLUMB + "Txt cust pag papunta "
     "na.", "", "Plumbing repair", "", "", "", "Blk 7 Lot 21, Phase 2, Camella Homes, Bacoor", "PHP 1,050",
     "Thu Dec 10, 9:00 AM", "Txt cust pag papunta na"],
    ["PL-2201", "For master electrician", "LE-5", "2026-12-02", "Breaker trip + amoy sunog sa outlet", _ELEC +
     "Ipinasa kay Engr. Santos; cb cust bukas ng hapon. Cust told not to use the outlet.", "", "Electrical", "",
     "", "", "", "", "", "Engr. Santos cb bukas PM"],
    ["PL-2202", "Closed", "LE-5", "2026-12-02", "Breaker trip", "Breaker laging nagti-trip, amoy sunog sa outlet.",
     "Pinalitan ang breaker.", "Electrical", "", "", "", "", "", "", ""],
    ["PL-2301", "Naka-schedule", "BK-7", "2026-12-02", "Island hopping x6 Fri Dec 18", _ISLAND, "", "Tour booking",
     "Carmela Villareal", "CT781", "", "", "PHP 9,000", "Fri Dec 18, 7:00 AM", ""],
    ["PL-2302", "Naka-schedule", "BK-7", "2026-12-02", "Island hopping x6", _ISLAND, "", "Tour booking",
     "Carmela Villanueva", "CT781", "", "", "PHP 9,000", "Sat Dec 19, 7:00 AM", ""],
    ["PL-2401", "Naka-schedule", "TG-1", "2026-12-02", "Grad pictorial + toga Sat Jan 9", _TOGA, "",
     "Graduation pictorial", "", "", "0927 413 5672", "", "PHP 1,550", "Sat Jan 9, 2:00 PM", ""],
    ["PL-2402", "Naka-schedule", "TG-1", "2026-12-02", "Grad pictorial + toga Sat Jan 9", _TOGA, "",
     "Wedding photo", "", "", "0927 413 5672", "", "PHP 1,550", "Sat Jan 9, 2:00 PM", ""],
    ["PL-2501", "Naka-schedule", "KC-3", "2026-12-02", "Blackout kurtina x4 + rod", _CURTAIN + "Taga-sukat Wed "
     "Dec 9, 1:00 PM. Txt cust mamaya: pictures ng tela para makapili.", "", "Curtains", "", "", "0917 352 7881",
     "", "PHP 4,000", "Wed Dec 9, 1:00 PM", "Txt fabric pictures mamaya"],
    ["PL-2502", "Naka-schedule", "KC-3", "2026-12-02", "Blackout kurtina x4 + rod", "Blackout kurtina 4 panels + "
     "rod install. Taga-sukat Wed Dec 9, 1:00 PM.", "", "Curtains", "", "", "0917 352 7818", "", "PHP 4,400",
     "Wed Dec 9, 1:00 PM", ""],
]
DESK_MAPPING = """\
# The Taglish desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold.
name: tl21-desk
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
  For master electrician: escalated
  Closed: resolved
extra_fields:
  customer_name: Customer
  reference: Ref no
  phone: Mobile
  address: Address
  amount: Amount
  appointment: Schedule
  next_step: Next step
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio21-jira.json", {"issues": JIRA_ISSUES})
    (exports / "audio21-jira-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_json(exports / "audio21-freshdesk.json", FRESHDESK)
    (exports / "audio21-freshdesk-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_json(exports / "en21-servicenow.json", SERVICENOW)
    (exports / "en21-servicenow-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")
    base.write_json(exports / "en21-zendesk.json", ZENDESK)
    (exports / "en21-zendesk-mapping.yaml").write_text(ZENDESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "nuri21-cp949.csv", NURI, NURI_ROWS, encoding="cp949")
    (exports / "nuri21-mapping.yaml").write_text(NURI_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl21-desk.csv", DESK, DESK_ROWS)
    (exports / "tl21-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
