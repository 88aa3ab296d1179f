"""Writes the twentieth test split's written calls (test20/calls) and every export (test20/exports).

Run from the repository root: ``python tests/data/tickets-fields/test20/build.py``. The six English
calls in test20/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira JSON export whose custom fields a
mapping names, the desk's own workflow states; a Freshdesk CSV export with the desk's own columns and
states named by a mapping) were written from the scripts in build_audio.py as a careful agent would,
not from a transcript. The written calls are in domains the earlier splits do not use (grandfather-clock
house call, LED neon sign, climbing-gym team event, chipped quartz countertop escalated to the install
manager, luggage repair billed to an airline; Korean air-conditioner relocation escalated to the safety
lead, water-purifier filter visit, campsite date change, opening-day flower stand; Taglish shoe repair,
split-type aircon cleaning, provincial bus rebooking, sofa re-upholstery escalated to the owner, driving
school). Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits
and native clock times, Spanish and Tagalog digits, a surname heard with low probability). ``p`` is a
turn's word probability the way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test20/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w20en-01": ("en", "CK-2", None, [
        turn(A, "Tick Tock Clock Clinic, this is Arthur.", 0.93),
        turn(C, "Hi, my grandfather clock stopped last week, and before that the chimes were playing at the "
                "wrong time.", 0.9),
        turn(A, "That usually means it needs cleaning or the chime train slipped. We do house calls for tall "
                "clocks, since moving them can do more harm. The house call is ninety five, and I'll quote any "
                "repair once I've seen it.", 0.89),
        turn(C, "Okay. I'm Eleanor Brandt. When could you come?", 0.92),
        turn(A, "Friday, December eleventh, between two and four p.m. What's the address?", 0.91),
        turn(C, "Fifty five Hollis Street, apartment three B.", 0.9),
        turn(A, "Fifty five Hollis Street, three B. And a phone number?", 0.93),
        turn(C, "Six one seven, five five five, o two nine one.", 0.85, low={"o": 0.42}),
        turn(A, "Six one seven, five five five, zero two nine one. I'll call you when I'm leaving the shop.",
             0.9),
    ]),
    "w20en-02": ("en", "NE-4", None, [
        turn(A, "Glowhaus Neon, this is Marisol.", 0.93),
        turn(C, "Hi, I'd like an LED neon sign for my coffee shop, Bean There. Warm white, about three feet "
                "wide.", 0.9),
        turn(A, "A thirty six inch sign in warm white is three eighty nine, and the dimmer is forty five more, "
                "so four thirty four.", 0.89),
        turn(C, "Yes, with the dimmer.", 0.94),
        turn(A, "Your order number is G H, two one, six six eight. I'll e-mail you a mock-up by tomorrow "
                "afternoon, and production is ten business days after you approve it.", 0.89),
        turn(C, "Perfect. The shop number is five one two, five five five, zero one seven six.", 0.9),
        turn(A, "Five one two, five five five, zero one seven six. Thanks!", 0.92),
    ]),
    "w20en-03": ("en", "CL-1", None, [
        turn(A, "Summit Wall Climbing, this is Jess.", 0.93),
        turn(C, "Hi, I'm organizing a team outing for twelve people from my office. None of us have climbed "
                "before.", 0.9),
        turn(A, "Our intro session is a good fit. It's thirty two a person, shoes and harness included, so "
                "three eighty four for twelve. We have Saturday, December nineteenth, from two to four p.m.",
             0.89),
        turn(C, "Saturday works. The name is Rajesh Iyer.", 0.88, low={"iyer": 0.47}),
        turn(A, "Thanks, Rajesh. Everyone has to sign our online waiver before they come, so I'll e-mail you "
                "the link today to send around.", 0.9),
        turn(C, "Great, thank you.", 0.95),
    ]),
    "w20en-04": ("en", "QC-6", None, [
        turn(A, "Granite and Co Countertops, this is Nora.", 0.93),
        turn(C, "Hi, your crew installed my quartz countertop yesterday, and there's a chip on the edge of the "
                "sink cutout.", 0.9),
        turn(A, "I'm sorry. What's the job number?", 0.94),
        turn(C, "Q C, five five oh four.", 0.87),
        turn(A, "Q C five five zero four. Whether we repair the chip or cut a new piece is up to our install "
                "manager once he's seen it. Please e-mail photos to us and mention the job number. I'm passing "
                "it to him now, and he'll call you by Friday.", 0.88),
        turn(C, "Okay, I'll send the photos tonight.", 0.94),
    ]),
    "w20en-05": ("en", "LG-3", None, [
        turn(A, "Fix My Bag Luggage Repair, this is Tony.", 0.93),
        turn(C, "Hi, the airline broke a wheel on my suitcase, and the handle won't go down anymore. They said "
                "to get it repaired and they'd pay.", 0.9),
        turn(A, "We do that a lot. A new wheel is forty, and the handle is sixty five, so one oh five. We bill "
                "the airline directly if you bring the damage report. What's the report number?", 0.89),
        turn(C, "D L, two eight four seven one.", 0.88),
        turn(A, "D L two eight four seven one. Drop it off any time, and it'll be ready Tuesday, December "
                "eighth, after three p.m. Your name?", 0.9),
        turn(C, "Naomi Feld. My cell is four zero four, five five five, zero seven seven six.", 0.89),
        turn(A, "Four zero four, five five five, zero seven seven six. We'll text you when it's ready.", 0.91),
    ]),
    # ---------------------------------------------------------------- Korean
    "w20ko-01": ("ko", "AC-5", None, [
        turn(A, "시원공조 이전설치팀입니다.", 0.92),
        turn(C, "이사 가는데 벽걸이 에어컨 옮겨서 달아 주실 수 있나요? 새 집이 십오층인데 실외기를 베란다 밖 난간에 달아야 "
                "한대요.", 0.88),
        turn(A, "네, 기본 이전 설치비는 십오만 원이고, 배관이 길어지면 미터당 만 오천 원 추가됩니다. 다만 고층 외벽 난간 작업은 "
                "안전팀장님 승인이 있어야 해서요, 제가 지금 팀장님께 넘겨 드리고 내일 오후까지 팀장님이 직접 연락드릴 "
                "거예요.", 0.88),
        turn(C, "네. 이사는 십이월 십팔일 금요일이에요.", 0.92),
        turn(A, "십이월 십팔일 금요일로 메모해 두겠습니다. 성함이랑 연락처 부탁드립니다.", 0.92),
        turn(C, "정하늘이고요, 공일공 칠이팔팔 영사일오요.", 0.84, low={"영사일오요": 0.44}),
        turn(A, "공일공 칠이팔팔 공사일오, 확인했습니다.", 0.91),
    ]),
    "w20ko-02": ("ko", "WP-8", None, [
        turn(A, "맑은샘 정수기 고객센터입니다.", 0.92),
        turn(C, "필터 교체 알림이 떠서요. 방문 예약하려고요.", 0.9),
        turn(A, "고객번호 말씀해 주시겠어요?", 0.93),
        turn(C, "팔 사 칠 공 이 일이요.", 0.86),
        turn(A, "팔사칠공이일, 박서연 고객님 맞으시죠? 정기 필터 교체는 렌탈료 월 삼만 이천 구백 원에 포함돼 있어서 따로 "
                "비용은 없습니다. 십이월 칠일 월요일 오전 열한 시에 방문 가능하세요?", 0.88),
        turn(C, "네, 좋아요. 연락처는 공일공 구삼일오 이이칠사예요.", 0.88),
        turn(A, "공일공 구삼일오 이이칠사, 방문 전날 담당 매니저가 문자 드릴 거예요.", 0.9),
    ]),
    "w20ko-03": ("ko", "CA-3", None, [
        turn(A, "솔숲 오토캠핑장입니다.", 0.92),
        turn(C, "예약 날짜를 바꾸고 싶어서요. 예약번호는 씨 에이 삼 일 공 구요.", 0.86),
        turn(A, "CA3109, 십이월 십이일 토요일 A-7 사이트 일박으로 예약돼 있네요. 언제로 바꿔 드릴까요?", 0.9),
        turn(C, "그다음 주 토요일이요.", 0.93),
        turn(A, "십이월 십구일 토요일 일박으로 변경했습니다. 사이트 요금 사만 오천 원에 전기 오천 원, 오만 원 이미 "
                "결제하셔서 추가 비용 없고요, 입실은 오후 두 시부터예요.", 0.88),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w20ko-04": ("ko", "FL-7", None, [
        turn(A, "꽃다울 플라워입니다.", 0.92),
        turn(C, "친구가 가게를 새로 열어서 개업 축하 화환 보내려고요.", 0.9),
        turn(A, "삼단 축하 화환은 십이만 원이에요. 언제 어디로 보내 드릴까요?", 0.91),
        turn(C, "십이월 사일 금요일 오전 열 시까지요. 역삼동 육백칠십삼 다시 이, 일층이에요.", 0.88),
        turn(A, "역삼동 673-2 1층, 금요일 오전 열 시까지 배송하겠습니다. 주문자분 성함이랑 연락처요?", 0.91),
        turn(C, "이도윤이고요, 공일공 육육이삼 공팔사오예요. 리본에는 번창하세요 라고 써 주세요.", 0.88),
        turn(A, "네, 리본 문구 번창하세요. 배송 완료되면 사진 찍어서 문자로 보내 드릴게요.", 0.9),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w20tl-01": ("tl", "SR-2", None, [
        turn(A, "Sapatero ni Mang Lito, si Carla po.", 0.91),
        turn(C, "Hello po, pa-resole po sana ng leather shoes ko, tsaka papalitan yung heel ng boots.", 0.88),
        turn(A, "Resole po otso siyentos, heel replacement tres siyentos, total one thousand one hundred po. "
                "Claim stub niyo po S R, siyete singko dos.", 0.86),
        turn(C, "Kailan po makukuha?", 0.93),
        turn(A, "Biyernes po, December eleven, alas kuwatro ng hapon. Number niyo po?", 0.89),
        turn(C, "Zero nine one seven, uno dos otso, tres sais siyete siyete.", 0.84),
        turn(A, "Zero nine one seven, one two eight, three six seven seven po. I-text ko po kayo pag tapos na.",
             0.88),
    ]),
    "w20tl-02": ("tl", "AC-9", None, [
        turn(A, "Lamig Aircon Services, si Jomar po.", 0.91),
        turn(C, "Hi po, pa-cleaning po ng dalawang split type na aircon. Parang mahina na yung lamig.", 0.88),
        turn(A, "Split type po, one thousand two hundred per unit, so dos mil kuwatro siyentos po yung dalawa. "
                "Martes po, December eight, alas nuwebe ng umaga, pwede po?", 0.86),
        turn(C, "Sige po. Liza Manalo po. Blk 5 Lot 12, Phase 2, Greenfields, Cainta.", 0.87),
        turn(A, "Noted po, Ma'am Liza. Contact number po?", 0.93),
        turn(C, "Zero nine two seven, tres tres singko, nuwebe uno dos otso.", 0.84, low={"nuwebe": 0.46}),
        turn(A, "Zero nine two seven, three three five, nine one two eight po. Tatawag po yung technician "
                "bago pumunta.", 0.87),
    ]),
    "w20tl-03": ("tl", "BN-4", None, [
        turn(A, "Biyaheng Norte Bus Lines, si Grace po.", 0.91),
        turn(C, "Hi po, pa-rebook po ng ticket ko pa-Baguio. December twenty po sana, gawin po December "
                "twenty two.", 0.88),
        turn(A, "Ticket number po?", 0.93),
        turn(C, "B N, kuwatro otso siyete uno.", 0.86),
        turn(A, "B N four eight seven one po. Nalipat ko na po sa Martes, December twenty two, alas singko ng "
                "umaga, Cubao terminal pa rin po. May rebooking fee po na one hundred fifty.", 0.87),
        turn(A, "I-email ko po yung bagong e-ticket within the day, ipakita niyo lang po sa konduktor.", 0.88),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w20tl-04": ("tl", "UP-6", None, [
        turn(A, "Tahi Upholstery, si Mon po.", 0.91),
        turn(C, "Kuya, pa-upholster po sana ng sofa namin, yung three-seater. Kaso po parang may sira na yung "
                "frame sa ilalim, umuuga na po.", 0.87),
        turn(A, "Job order niyo po from last visit?", 0.92),
        turn(C, "T U, dos sero singko.", 0.85, low={"sero": 0.47}),
        turn(A, "T U two zero five po. Pag frame na po ang sira, kailangan po muna i-check ni boss Ramil kung "
                "kaya pang ayusin o papalitan. Ipapasa ko po sa kanya, tatawagan niya po kayo bukas ng hapon.",
             0.87),
        turn(C, "Sige po, hihintayin ko.", 0.94),
    ]),
    "w20tl-05": ("tl", "DS-1", None, [
        turn(A, "Arangkada Driving School, si Teacher Ana po.", 0.91),
        turn(C, "Hello po, mag-e-enroll po sana ako sa practical driving, manual po.", 0.9),
        turn(A, "Practical driving po, manual, walong oras, four thousand five hundred po. Dalawang oras po "
                "bawat session.", 0.87),
        turn(C, "Okay po. Pwede po Sabado ang start?", 0.93),
        turn(A, "Sabado po, December twelve, alas otso ng umaga. Pangalan po?", 0.9),
        turn(C, "Kevin Bautista po.", 0.92),
        turn(A, "Kevin Bautista po. I-text ko po mamaya yung requirements, valid ID at student permit, dalhin "
                "niyo po sa first session.", 0.88),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: Jira JSON
def _jira(key, status, agent, summary, text, issue_type, **cf):
    """One Jira Cloud JSON issue: status, assignee and issue type as objects; the desk's custom fields as
    ``customfield_<id>`` (ids named by the mapping)."""
    ids = {"customer_name": 10601, "phone": 10602, "address": 10603, "amount": 10604, "appointment": 10605,
           "asset_serial": 10606, "client_no": 10607, "next_step": 10608}
    fields = {"summary": summary, "description": text, "status": {"name": status},
              "assignee": {"name": agent}, "issuetype": {"name": issue_type}, "created": "2026-12-02T17:05:00.000+0000"}
    fields.update({f"customfield_{ids[k]}": v for k, v in cf.items()})
    return {"key": key, "fields": fields}


_TABLE = ("8 ft slate pool table, old house to new house; at the new house it goes in the basement (one flight "
          "down). Move $395 + stair charge $60 = $455, leveled on the new floor. ")
_ICE = ("The Copper Tap (Main St): ice machine stopped making ice this morning, keeps clicking. Tech Thu 12/3 10 AM-"
        "12 PM. Diagnostic $149, goes toward the repair if cust goes ahead. Cust to shut off the water supply to "
        "the machine. Tech calls approx 20 min out.")
_SHOES = ("Becca Lindqvist: 2 horses boarded at Willow Creek Stables, both need new shoes (one threw a shoe "
          "yesterday). Full set $160/horse x 2 = $320. ")
JIRA_JSON = {"issues": [
    _jira("SVC-2011", "Scheduled", "CB-1", "Pool table move Wed 12/16 1-3 PM", _TABLE + "Wed 12/16 1-3 PM. New "
          "address 1742 Larkspur Ln. Crew calls cust 30 min before getting to the old house.", "Table move",
          customer_name="Chidi Okafor", phone="503-555-0264", address="1742 Larkspur Ln", amount="$455.00",
          appointment="Wed 12/16 1:00-3:00 PM", next_step="Crew calls 30 min before"),
    _jira("SVC-2012", "Scheduled", "CB-1", "Pool table move Wed 12/16 1-3 PM", _TABLE + "Wed 12/16 1-3 PM. Crew "
          "calls cust 30 min before getting to the old house.", "Table move", customer_name="Chidi Okoro",
          phone="503-555-0264", address="1724 Larkspur Ln", amount="$455.00", appointment="Wed 12/16 1:00-3:00 PM",
          next_step="Crew calls 30 min before"),
    _jira("SVC-2021", "Tech scheduled", "FL-3", "Ice machine not making ice - tech Thu AM", _ICE,
          "Ice machine repair", asset_serial="IM520773", phone="713-555-0418", amount="$149.00 diagnostic",
          appointment="Thu 12/3 10:00 AM-12:00 PM", next_step="Tech calls 20 min out"),
    _jira("SVC-2022", "Tech scheduled", "FL-3", "Ice machine not making ice - tech Thu AM", _ICE,
          "Ice machine repair", asset_serial="IM520737", phone="713-555-0418", amount="$149.00 diagnostic",
          appointment="Thu 12/3 10:00 AM-12:00 PM", next_step="Tech calls 20 min out"),
    _jira("SVC-2031", "Scheduled", "IH-7", "Shoes x2 horses Mon 12/14 8 AM", _SHOES + "Mon 12/14 8:00 AM at Willow "
          "Creek. Cust to have them caught + in the cross ties. Txt cust the night before to confirm.", "Shoeing",
          client_no="CL44901", customer_name="Becca Lindqvist", amount="$320.00", appointment="Mon 12/14 8:00 AM",
          next_step="Txt cust night before to confirm"),
    _jira("SVC-2032", "Scheduled", "IH-7", "Shoes x2 horses Mon 12/14", _SHOES + "Mon 12/14 at Willow Creek. Cust "
          "to have them caught + in the cross ties.", "Shoeing", client_no="CL44901", customer_name="Becca Lindqvist",
          amount="$320.00", appointment="Mon 12/14 10:00 AM"),
]}
JIRA_JSON_MAPPING = """\
# Spoken calls 1-3, a Jira Cloud JSON export (issues with nested fields): the built-in Jira mapping;
# the desk's own workflow states read as ours; the customfield_ ids named by what they hold.
name: audio20-jira
system: jira
status_values:
  Scheduled: open
  Tech scheduled: open
extra_fields:
  customer_name: fields.customfield_10601
  phone: fields.customfield_10602
  address: fields.customfield_10603
  amount: fields.customfield_10604
  appointment: fields.customfield_10605
  asset_tag: fields.customfield_10606
  reference: fields.customfield_10607
  next_step: fields.customfield_10608
"""

# ---------------------------------------------------------------- spoken calls 4-6: Freshdesk CSV
FRESHDESK_CSV = ["Ticket ID", "Subject", "Description", "Status", "Priority", "Agent", "Group", "Type",
                 "Created time", "Resolution notes", "Booking / Account", "Contact name", "Contact phone",
                 "Job address", "Amount", "Appointment", "Follow-up"]
_CABIN = ("Paul Whitaker, Jan 8 sailing: paid a $480 upgrade to a balcony cabin; ship was resold and the upgrade "
          "dropped, confirmation shows an inside cabin again. Booking SB77209. ")
_EPOXY = ("Tom Reilly: 2-car garage, approx 400 sq ft, full flake system @ $4.50/sq ft. $300 deposit holds the "
          "date. ")
_TOLL = ("Harbor Bridge toll 11/28 posted twice on acct TP603185. Transponder OK (the plaza reader sent the trip "
         "twice). ")
FRESHDESK_CSV_ROWS = [
    ["200401", "Lost cabin upgrade - refund $480", _CABIN + "Upgrade refund after a fare reissue needs guest relations "
     "supervisor approval: escalated; she cb cust w/in 2 business days.", "With supervisor", "Medium", "SG-4",
     "Guest services", "Upgrade refund", "2026-12-02 11:20:00", "", "SB77209", "Paul Whitaker", "201-555-0912", "",
     "$480.00", "", "Supervisor cb w/in 2 bus. days"],
    ["200402", "Lost cabin upgrade - refund $480", _CABIN, "Resolved", "Medium", "SG-4", "Guest services",
     "Upgrade refund", "2026-12-02 11:20:00", "Upgrade refund issued to cust's card.", "SB77209", "Paul Whitaker",
     "201-555-0912", "", "$480.00", "", ""],
    ["200501", "Epoxy flake floor Thu 12/10", _EPOXY + "400 sq ft x $4.50 = $1,800. Thu 12/10 from 8 AM, 2 days; no "
     "driving on it for 72 hrs after. 386 Birchwood Dr. Contract + deposit link e-mailed today.", "Awaiting deposit",
     "Low", "DC-2", "Sales", "Garage floor coating", "2026-12-02 11:35:00", "", "", "Tom Reilly", "615-555-0382",
     "386 Birchwood Dr", "$1,800.00", "Thu 12/10 8:00 AM (2 days)", "E-mail contract + deposit link today"],
    ["200502", "Epoxy flake floor Thu 12/10", _EPOXY + "Thu 12/10 from 8 AM, 2 days; no driving on it for 72 hrs "
     "after. 386 Birchwood Dr. Contract + deposit link e-mailed today.", "Awaiting deposit", "Low", "DC-2", "Sales",
     "Garage floor coating", "2026-12-02 11:35:00", "", "", "Tom Reilly", "615-555-0328", "386 Birchwood Dr",
     "$1,350.00", "Thu 12/10 8:00 AM (2 days)", "E-mail contract + deposit link today"],
    ["200601", "Duplicate bridge toll 11/28", _TOLL, "Resolved", "Low", "TB-5", "Billing", "Toll dispute",
     "2026-12-02 11:50:00", "Reversed the duplicate $7.50 toll to the prepaid balance (shows w/in 48 hrs); updated "
     "statement e-mailed today.", "TP603185", "", "", "", "$7.50 reversed", "", "Updated statement e-mailed today"],
    ["200602", "Duplicate bridge toll 11/28", _TOLL, "Resolved", "Low", "TB-5", "Billing", "Toll dispute",
     "2026-12-02 11:50:00", "Reversed the duplicate toll to the prepaid balance (shows w/in 48 hrs); updated "
     "statement e-mailed today. Reset cust's online account password.", "TP603185", "", "", "", "$15.00 reversed",
     "", "Updated statement e-mailed today"],
]
FRESHDESK_CSV_MAPPING = """\
# Spoken calls 4-6, a Freshdesk CSV export (the desk's own columns after the built-in ones): the
# built-in Freshdesk mapping; the desk's own states "With supervisor" read as escalated and "Awaiting
# deposit" as pending; the desk's columns named by what they hold.
name: audio20-freshdesk
system: freshdesk
status_values:
  With supervisor: escalated
  Awaiting deposit: pending
extra_fields:
  reference: Booking / Account
  customer_name: Contact name
  phone: Contact phone
  address: Job address
  amount: Amount
  appointment: Appointment
  next_step: Follow-up
"""


# ---------------------------------------------------------------- English written calls 1-3: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    return base.servicenow_record(number, state, agent, short, text, category, "2026-12-02 14:10:00",
                                  close_notes, **u)


_CLOCK = ("Tall clock stopped last wk; chimes were off before that (likely needs cleaning or the chime train "
          "slipped). House call $95; any repair quoted on site. Fri 12/11 2-4 PM. ")
_NEON = "36\" LED neon sign, warm white, for cust's coffee shop (Bean There). "
_CLIMB = ("Office team outing, 12 first-time climbers. Intro session $32/person incl. shoes + harness = $384. "
          "Sat 12/19 2-4 PM. Online waiver link e-mailed to cust today to send around; everyone signs before "
          "coming.")
SERVICENOW_JSON = {"result": [
    _sn("INC2001011", "Scheduled", "CK-2", "Grandfather clock house call Fri 12/11", _CLOCK + "55 Hollis St Apt 3B. "
        "Arthur calls cust when leaving the shop.", "Clock repair - house call", contact="Eleanor Brandt",
        phone="617-555-0291", address="55 Hollis St, Apt 3B", amount="$95.00 house call",
        visit="Fri 12/11 2:00-4:00 PM", follow_up="Call cust when leaving the shop"),
    _sn("INC2001012", "Scheduled", "CK-2", "Grandfather clock house call Fri 12/11", _CLOCK + "Arthur calls cust "
        "when leaving the shop.", "Clock repair - house call", contact="Eleanor Brandt", phone="617-555-0291",
        address="59 Hollis St, Apt 3B", amount="$95.00 house call", visit="Fri 12/11 2:00-4:00 PM",
        follow_up="Call cust when leaving the shop"),
    _sn("INC2002021", "Awaiting approval", "NE-4", "LED neon sign - Bean There", _NEON + "$389 + dimmer $45 = $434. "
        "Order GH21668. Mock-up e-mailed by tom afternoon; production 10 business days after cust approves.",
        "Custom sign order", order_ref="GH21668", phone="512-555-0176", amount="$434.00",
        follow_up="E-mail mock-up by tom PM"),
    _sn("INC2002022", "Awaiting approval", "NE-4", "LED neon sign - Bean There", _NEON + "With dimmer. Order "
        "GH21668.", "Custom sign order", order_ref="GH21668", phone="512-555-0176", amount="$443.00"),
    _sn("INC2003031", "Booked", "CL-1", "Team outing x12 Sat 12/19 2-4 PM", _CLIMB, "Group event",
        contact="Rajesh Iyer", amount="$384.00", visit="Sat 12/19 2:00-4:00 PM", follow_up="E-mail waiver link today"),
    _sn("INC2003032", "Booked", "CL-1", "Team outing x12 Sat 12/19 2-4 PM", _CLIMB, "Membership freeze",
        contact="Rajesh Iyer", amount="$384.00", visit="Sat 12/19 2:00-4:00 PM", follow_up="E-mail waiver link today"),
]}
SERVICENOW_JSON_MAPPING = """\
# The English desk's ServiceNow JSON export (calls 1-3; display_value objects): the built-in ServiceNow
# mapping; the desk's own states read as ours; the u_ fields named by what they hold.
name: en20-servicenow
system: servicenow
status_values:
  Scheduled: open
  Awaiting approval: pending
  Booked: open
extra_fields:
  customer_name: u_contact
  phone: u_phone
  address: u_address
  amount: u_amount
  appointment: u_visit
  reference: u_order_ref
  next_step: u_follow_up
"""

# ---------------------------------------------------------------- English written calls 4-5: the desk's own JSON lines
_COUNTER = "Quartz top installed yesterday; chip on the edge of the sink cutout. Job QC5504. "
_BAG = "Airline broke a wheel + the handle won't retract. New wheel $40 + handle $65 = $105, billed to the airline "
DESK_JSONL = [
    {"case": "GC-20401", "state": "Escalated - install mgr", "owner": "QC-6", "headline": "Chipped sink cutout edge",
     "notes": _COUNTER + "Repair vs a new piece is the install manager's call once he's seen it. Cust e-mails photos "
     "(w/ job no.) tonight. Passed to install mgr; he cb cust by Fri 12/4.", "outcome": "", "kind": "Install defect",
     "client": "", "client_phone": "", "job_no": "QC5504", "quote": "", "ready": "",
     "promise": "Install mgr cb by Fri"},
    {"case": "GC-20402", "state": "Closed - fixed", "owner": "QC-6", "headline": "Chipped sink cutout edge",
     "notes": _COUNTER, "outcome": "Chip filled and polished.", "kind": "Install defect", "client": "",
     "client_phone": "", "job_no": "QC5504", "quote": "", "ready": "", "promise": ""},
    {"case": "LG-20501", "state": "In shop", "owner": "LG-3", "headline": "Wheel + handle repair, bill airline",
     "notes": _BAG + "directly w/ damage report DL28471. Ready Tue 12/8 after 3 PM. Txt cust when ready.",
     "outcome": "", "kind": "Luggage repair", "client": "Naomi Feld", "client_phone": "404-555-0776",
     "job_no": "DL28471", "quote": "$105.00 (bill airline)", "ready": "Tue 12/8 after 3:00 PM",
     "promise": "Txt when ready"},
    {"case": "LG-20502", "state": "In shop", "owner": "LG-3", "headline": "Wheel + handle repair, bill airline",
     "notes": _BAG + "directly w/ damage report DL28471. Txt cust when ready.", "outcome": "",
     "kind": "Luggage repair", "client": "Naomi Fischer", "client_phone": "404-555-0776", "job_no": "DL28471",
     "quote": "$105.00 (bill airline)", "ready": "Wed 12/9 after 3:00 PM", "promise": "Txt when ready"},
]
DESK_MAPPING = """\
# The English repair desk's own JSON lines export (calls 4-5): every column named by this mapping, the
# desk's own states read as ours, its structured columns named by what they hold.
name: en20-desk
fields:
  ticket_id: case
  status: state
  agent_id: owner
  title: headline
  description: notes
  resolution: outcome
  category: kind
status_values:
  Escalated - install mgr: escalated
  Closed - fixed: resolved
  In shop: open
extra_fields:
  customer_name: client
  phone: client_phone
  reference: job_no
  amount: quote
  appointment: ready
  next_step: promise
"""

# ---------------------------------------------------------------- Korean written calls: UTF-16 CSV
HANA = ["접수번호", "진행상태", "담당자", "제목", "상담메모", "처리결과", "문의유형", "고객명", "연락처", "예약·고객번호", "금액",
        "예약일시", "배송지주소", "후속조치"]
_AIRCON = ("12/18(금) 이사, 벽걸이 에어컨 이전 설치. 새 집 15층, 실외기 베란다 밖 난간 설치 필요. 기본 이전 설치비 "
           "150,000원, 배관 연장 시 m당 15,000원 추가. ")
_FILTER = "필터 교체 알림으로 방문 요청. 고객번호 847021 박서연 고객. 정기 필터 교체는 월 렌탈료 32,900원에 포함, 별도 비용 없음. "
_CAMP = "예약 CA3109 A-7 사이트 1박 날짜 변경: 12/12(토) → 12/19(토). "
_FLOWER = "친구 가게 개업 축하 3단 화환. 12/4(금) 오전 10시까지 배송, 역삼동 673-2 1층. 리본 문구: 번창하세요. "
HANA_ROWS = [
    ["AC20-101", "팀장 검토", "AC-5", "에어컨 이전 설치 - 고층 난간 작업", _AIRCON + "고층 외벽 난간 작업은 안전팀장 승인 "
     "필요, 팀장님께 이관. 내일 오후까지 팀장님이 직접 연락.", "", "이전 설치", "정하늘", "010-7288-0415", "",
     "150,000원 (배관 추가 별도)", "12/18(금)", "", "안전팀장 내일 오후까지 연락"],
    ["AC20-102", "완료", "AC-5", "에어컨 이전 설치", "12/18(금) 이사, 벽걸이 에어컨 이전 설치. 새 집 15층, 실외기 베란다 밖 "
     "난간 설치.", "이전 설치 완료", "이전 설치", "정하늘", "010-7288-0415", "", "150,000원", "12/18(금)", "", ""],
    ["WP20-201", "방문예정", "WP-8", "필터 교체 방문 12/7", _FILTER + "12/7(월) 11:00 방문. 방문 전날 담당 매니저 문자 "
     "안내.", "", "필터 교체", "박서연", "010-9315-2274", "847021", "", "12/7(월) 11:00", "", "방문 전날 매니저 문자"],
    ["WP20-202", "방문예정", "WP-8", "필터 교체 방문 12/7", _FILTER + "12/7(월) 11:00 방문.", "", "필터 교체", "박서연",
     "010-9315-2247", "847021", "", "12/7(월) 11:00", "", ""],
    ["CA20-301", "예약변경", "CA-3", "예약일 변경 CA3109", _CAMP + "사이트 45,000원 + 전기 5,000원 = 50,000원 기결제, "
     "추가 비용 없음. 입실 14시부터.", "", "예약 변경", "", "", "CA3109", "50,000원 (결제 완료)", "12/19(토) 1박, 입실 14:00",
     "", ""],
    ["CA20-302", "예약변경", "CA-3", "예약일 변경 CA3109", "예약 CA3109 A-7 사이트 1박 날짜 변경. 사이트 45,000원 + 전기 "
     "5,000원 = 50,000원 기결제, 추가 비용 없음. 입실 14시부터.", "", "예약 변경", "", "", "CA3109", "50,000원 (결제 완료)",
     "12/26(토) 1박, 입실 14:00", "", ""],
    ["FL20-401", "배송준비", "FL-7", "개업 축하 화환 12/4", _FLOWER + "120,000원. 배송 완료 시 사진 찍어 문자 발송.", "",
     "축하 화환", "이도윤", "010-6623-0845", "", "120,000원", "12/4(금) 10:00까지", "역삼동 673-2 1층",
     "배송 완료 사진 문자"],
    ["FL20-402", "배송준비", "FL-7", "개업 축하 화환 12/4", _FLOWER + "배송 완료 시 사진 찍어 문자 발송.", "", "관엽 식물",
     "이도윤", "010-6623-0845", "", "130,000원", "12/4(금) 10:00까지", "역삼동 673-2 1층", "배송 완료 사진 문자"],
]
HANA_MAPPING = """\
# The Hana desk's Korean CSV export saved as UTF-16 (Excel's "Unicode" CSV, with its byte-order mark).
# 문의유형 is the category; the columns not named here (고객명, 연락처, 예약·고객번호, 금액, 예약일시,
# 배송지주소, 후속조치) are kept as structured fields under their own names.
name: hana20
fields:
  ticket_id: 접수번호
  status: 진행상태
  agent_id: 담당자
  title: 제목
  description: 상담메모
  resolution: 처리결과
  category: 문의유형
status_values:
  팀장 검토: escalated
  방문예정: open
  예약변경: open
  배송준비: open
  완료: resolved
"""

# ---------------------------------------------------------------- Taglish written calls: Jira CSV
JIRA_CSV = ["Issue key", "Status", "Assignee", "Created", "Summary", "Description", "Comment", "Issue Type",
            "Custom field (Customer)", "Custom field (Mobile)", "Custom field (Address)", "Custom field (Total)",
            "Custom field (Schedule)", "Custom field (Ref No)", "Custom field (Next action)"]
_SHOE = "Claim stub SR752. Pickup Fri Dec 11, 4:00 PM. Txt cust pag tapos na."
_AC = ("2 split-type units, mahina na lamig. PHP 1,200/unit x 2 = PHP 2,400. Tue Dec 8, 9:00 AM. Tech tatawag bago "
       "pumunta.")
_SOFA = "Pa-upholster ng 3-seater sofa; may sira ang frame sa ilalim (umuuga). JO TU205. "
_DRIVE = "Practical driving course, manual, 8 hrs (2 hrs/session), PHP 4,500. Start Sat Dec 12, 8:00 AM."
JIRA_CSV_ROWS = [
    ["TL20-11", "Nasa shop", "SR-2", "2026-12-02", "Resole + heel SR752", "Resole leather shoes PHP 800 + palit heel "
     "ng boots PHP 300 = PHP 1,100. " + _SHOE, "", "Shoe repair", "", "0917 128 3677", "", "PHP 1,100.00",
     "Fri Dec 11, 4:00 PM", "SR752", "Txt pag tapos na"],
    ["TL20-12", "Nasa shop", "SR-2", "2026-12-02", "Resole + heel SR752", "Resole leather shoes + palit heel ng "
     "boots. " + _SHOE, "", "Shoe repair", "", "0917 128 3677", "", "PHP 1,300.00", "Fri Dec 11, 4:00 PM", "SR752",
     "Txt pag tapos na"],
    ["TL20-21", "Scheduled", "AC-9", "2026-12-02", "Aircon cleaning x2 Tue Dec 8 9AM", _AC, "", "Aircon cleaning",
     "Liza Manalo", "0927 335 9128", "Blk 5 Lot 12, Phase 2, Greenfields, Cainta", "PHP 2,400.00",
     "Tue Dec 8, 9:00 AM", "", "Tech calls before going"],
    ["TL20-22", "Scheduled", "AC-9", "2026-12-02", "Aircon cleaning x2 Tue Dec 8 9AM", _AC, "", "Aircon cleaning",
     "Liza Macaraeg", "0927 335 9182", "Blk 5 Lot 12, Phase 2, Greenfields, Cainta", "PHP 2,400.00",
     "Tue Dec 8, 9:00 AM", "", "Tech calls before going"],
    ["TL20-31", "Rebooked", "BN-4", "2026-12-02", "Rebook BN4871 Dec 20 -> Dec 22", "Manila-Baguio ticket BN4871 "
     "rebooked from Dec 20 to Tue Dec 22, 5:00 AM, Cubao terminal pa rin. Rebooking fee PHP 150. New e-ticket "
     "i-email within the day; ipakita sa konduktor.", "", "Rebooking", "", "", "", "PHP 150.00 rebooking fee",
     "Tue Dec 22, 5:00 AM", "BN4871", "E-mail new e-ticket today"],
    ["TL20-32", "Rebooked", "BN-4", "2026-12-02", "Rebook BN4871 Dec 20 -> Dec 22", "Manila-Baguio ticket BN4871 "
     "rebooked from Dec 20 to Tue Dec 22, Cubao terminal pa rin. Rebooking fee PHP 150.", "", "Rebooking", "", "",
     "", "PHP 150.00 rebooking fee", "Tue Dec 22, 5:30 AM", "BN4871", ""],
    ["TL20-41", "For owner review", "UP-6", "2026-12-02", "Sofa 3-seater - sirang frame, TU205", _SOFA + "Frame "
     "ayusin o palitan: kailangan i-check ni boss Ramil. Ipinasa kay boss Ramil; tatawagan niya si cust bukas ng "
     "hapon.", "", "Upholstery", "", "", "", "", "", "TU205", "Boss Ramil cb bukas PM"],
    ["TL20-42", "Done", "UP-6", "2026-12-02", "Sofa 3-seater - sirang frame, TU205", _SOFA, "Frame inayos, sofa "
     "re-upholstered.", "Upholstery", "", "", "", "", "", "TU205", ""],
    ["TL20-51", "Enrolled", "DS-1", "2026-12-02", "Practical driving manual - start Sat Dec 12", _DRIVE + " Txt "
     "requirements mamaya: valid ID + student permit, dalhin sa 1st session.", "", "Driving lessons",
     "Kevin Bautista", "", "", "PHP 4,500.00", "Sat Dec 12, 8:00 AM", "", "Txt requirements mamaya"],
    ["TL20-52", "Enrolled", "DS-1", "2026-12-02", "Practical driving manual - start Sat Dec 12", _DRIVE, "",
     "Driving lessons", "Kevin Bautista", "", "", "PHP 4,500.00", "Sat Dec 12, 8:00 AM", "", ""],
]
JIRA_CSV_MAPPING = """\
# The Taglish desk's Jira CSV export: the built-in Jira mapping; the desk's own workflow states read
# as ours ("For owner review" is the owner's call: escalated); the Custom field (...) columns named by
# what they hold.
name: tl20-jira
system: jira
status_values:
  Nasa shop: open
  Scheduled: open
  Rebooked: open
  For owner review: escalated
  Enrolled: open
extra_fields:
  customer_name: Custom field (Customer)
  phone: Custom field (Mobile)
  address: Custom field (Address)
  amount: Custom field (Total)
  appointment: Custom field (Schedule)
  reference: Custom field (Ref No)
  next_step: Custom field (Next action)
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio20-jira.json", JIRA_JSON)
    (exports / "audio20-jira-mapping.yaml").write_text(JIRA_JSON_MAPPING, encoding="utf-8")
    base.write_csv(exports / "audio20-freshdesk.csv", FRESHDESK_CSV, FRESHDESK_CSV_ROWS)
    (exports / "audio20-freshdesk-mapping.yaml").write_text(FRESHDESK_CSV_MAPPING, encoding="utf-8")
    base.write_json(exports / "en20-servicenow.json", SERVICENOW_JSON)
    (exports / "en20-servicenow-mapping.yaml").write_text(SERVICENOW_JSON_MAPPING, encoding="utf-8")
    lines = "".join(base.json.dumps(record, ensure_ascii=False) + "\n" for record in DESK_JSONL)
    (exports / "en20-desk.jsonl").write_text(lines, encoding="utf-8")
    (exports / "en20-desk-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "hana20-utf16.csv", HANA, HANA_ROWS, encoding="utf-16")
    (exports / "hana20-mapping.yaml").write_text(HANA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl20-jira.csv", JIRA_CSV, JIRA_CSV_ROWS)
    (exports / "tl20-jira-mapping.yaml").write_text(JIRA_CSV_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
