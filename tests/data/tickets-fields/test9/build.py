"""Writes the ninth test split's written calls (test9/calls) and every export (test9/exports).

Run from the repository root: ``python tests/data/tickets-fields/test9/build.py``. The six English
calls in test9/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira JSON export with numeric custom
fields named by a mapping) were written from the scripts in build_audio.py as a careful agent would,
not from a transcript. The written calls are in domains the earlier splits do not use (coworking
membership, wine club, aquarium service, kitchen cabinets, golf tee times; Korean massage-chair
rental, wallpapering, study-cafe pass refund, used-car buying; Taglish e-wallet cash-in, boarding
house, van rental, deep-well pump repair, swimming lessons). Some carry ASR-like noise a careful
analyst forgives ("o" for zero, 영 for 공, Sino-Korean digits and native clock times, Spanish and
Tagalog digits, a misheard surname). ``p`` is a turn's word probability the way Whisper base reports
it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test9/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w9en-01": ("en", "CW-2", None, [
        turn(A, "Foundry Coworking, front desk, this is Mei.", 0.93),
        turn(C, "Hi, I'd like to, uh, switch from my dedicated desk to a hot desk membership.", 0.9),
        turn(A, "Sure. What's your member number?", 0.94),
        turn(C, "C W o four one seven.", 0.85, low={"o": 0.42}),
        turn(A, "C W zero four one seven, Mr. Osei. The dedicated desk is four twenty a month and the hot desk "
                "is two sixty, so you save one sixty.", 0.89),
        turn(A, "The change starts January first, so December is still billed at four twenty. Please clear "
                "your desk and hand in the locker key by December thirty first.", 0.9),
        turn(C, "Got it. January first. Thanks.", 0.93),
    ]),
    "w9en-02": ("en", "WC-5", None, [
        turn(A, "Vineyard Select wine club, this is Harold.", 0.93),
        turn(C, "Hi, my November shipment arrived with two bottles broken, the Pinot Noir.", 0.9),
        turn(A, "I'm so sorry. Can I have the order number?", 0.94),
        turn(C, "Eight three three, zero one nine.", 0.89),
        turn(A, "Eight three three zero one nine. That Pinot may be sold out, so I'm sending this to our "
                "warehouse supervisor to check stock.", 0.9),
        turn(A, "She'll email you by Friday with either a replacement date or a sixty four dollar credit, "
                "that's the two bottles at thirty two.", 0.89),
        turn(C, "Okay, I'll watch for it by Friday.", 0.93),
    ]),
    "w9en-03": ("en", "AQ-1", None, [
        turn(A, "Blue Reef Aquarium Service, this is Tomas.", 0.93),
        turn(C, "Hi, you maintain the tank in our dental office lobby, and two fish died since Monday.", 0.9),
        turn(A, "Sorry to hear that. It sounds like a water quality problem. I can send a technician for an "
                "emergency visit Saturday, December fifth, at nine a.m.", 0.89),
        turn(A, "The emergency visit is eighty five dollars on top of the monthly plan.", 0.91),
        turn(C, "That's fine. Call me when he's there, two oh six, five five five, oh one seven three.", 0.86,
             low={"oh": 0.46}),
        turn(A, "Two zero six, five five five, zero one seven three. Don't feed them until he's checked the "
                "water.", 0.9),
    ]),
    "w9en-04": ("en", "KC-3", None, [
        turn(A, "Oakline Kitchens, project desk, this is Sandra.", 0.93),
        turn(C, "Hi, our install was supposed to be next Tuesday but the installer said the doors aren't in?", 0.9),
        turn(A, "Let me look. Project K L, two two five eight. Yes, the upper doors are backordered from the "
                "factory.", 0.9),
        turn(A, "Our project manager, Dev, is getting a new date from the factory. He'll call you back "
                "Wednesday with the new install date.", 0.9),
        turn(C, "So the base cabinets still go in Tuesday?", 0.92),
        turn(A, "No, we'll do it all in one visit, so Tuesday is cancelled for now.", 0.91),
        turn(C, "Okay. Wednesday then.", 0.93),
    ]),
    "w9en-05": ("en", "GF-7", None, [
        turn(A, "Cedar Ridge Golf Club, pro shop, Andy speaking.", 0.93),
        turn(C, "Hi, I'd like a tee time for four on Sunday morning.", 0.91),
        turn(A, "I have eight forty on Sunday, December sixth. Name please?", 0.93),
        turn(C, "Nguyen. N G U Y E N.", 0.82, low={"nguyen": 0.38}),
        turn(A, "Got it, Mr. Win, four players at sixty two dollars each, two forty eight with carts "
                "included. You pay at the pro shop.", 0.88, low={"win": 0.36}),
        turn(C, "Perfect. Eight forty Sunday.", 0.93),
    ]),
    # ---------------------------------------------------------------- Korean
    "w9ko-01": ("ko", "MC-4", None, [
        turn(A, "바디힐 안마의자 렌탈 고객센터 정유진입니다.", 0.92),
        turn(C, "안마의자 등 쪽 안마가 안 돼요. 소리만 나고요.", 0.9),
        turn(A, "불편 드려 죄송합니다. 렌탈 계약번호 말씀해 주시겠어요?", 0.93),
        turn(C, "엠 에이 칠칠 공이일이요.", 0.85),
        turn(A, "MA77021 확인했습니다. 렌탈 기간 중이라 수리는 무상이고요, 기사님이 십이월 사일 금요일 오후 세 시에 "
                "방문합니다.", 0.9),
        turn(C, "네, 연락처는 영일영 구삼이일 사오영팔이요.", 0.84, low={"영일영": 0.48}),
        turn(A, "공일공 구삼이일 사오공팔, 방문 전에 기사님이 전화드릴 거예요.", 0.9),
    ]),
    "w9ko-02": ("ko", "WP-2", None, [
        turn(A, "새결도배 상담실 박민수입니다.", 0.92),
        turn(C, "거실이랑 방 두 개 도배하려고 하는데 견적 좀 받고 싶어요.", 0.9),
        turn(A, "네, 실측하러 토요일 오전 열 시에 방문드릴게요. 십이월 오일이요.", 0.9),
        turn(A, "평형 보면 대략 백팔십만 원 정도 예상되고, 정확한 견적은 실측하고 이틀 안에 문자로 보내 드립니다.", 0.89),
        turn(C, "네, 주소는 양지마을 삼백이동 천오백사호예요.", 0.88),
        turn(A, "302동 1504호, 확인했습니다.", 0.92),
    ]),
    "w9ko-03": ("ko", "SC-6", None, [
        turn(A, "하루공부 스터디카페 고객센터입니다.", 0.92),
        turn(C, "삼십일 이용권 샀는데 이사를 가게 돼서 환불받고 싶어요. 닷새 썼어요.", 0.89),
        turn(A, "네, 십이만 원 결제하셨고 닷새 사용하셔서 환불 금액은 구만 원입니다.", 0.9),
        turn(A, "다만 이용권 환불은 본사 승인이 필요해서 본사로 넘겨 드릴게요. 내일까지 본사에서 연락드립니다.", 0.9),
        turn(C, "네, 번호는 영일영 칠칠팔팔 이영삼일이에요.", 0.84, low={"영일영": 0.47}),
        turn(A, "공일공 칠칠팔팔 이공삼일 확인했습니다. 카드 취소는 승인 후 삼에서 오 영업일 걸립니다.", 0.9),
    ]),
    "w9ko-04": ("ko", "UC-1", None, [
        turn(A, "믿음카 중고차 매입 상담 이도현입니다.", 0.92),
        turn(C, "차 팔려고요. 이천십구년식 쏘나타예요.", 0.9),
        turn(A, "차량번호랑 주행거리 말씀해 주세요.", 0.93),
        turn(C, "십이 가 삼사오육이고요, 사만 이천 킬로 탔어요.", 0.86),
        turn(A, "12가 3456, 사만 이천 킬로미터요. 예상 매입가는 천삼백만 원에서 천사백만 원 사이입니다.", 0.89),
        turn(A, "평가사가 십이월 육일 일요일 오전 열한 시 반에 방문해서 최종 가격 알려 드립니다.", 0.9),
        turn(C, "네, 열한 시 반이요.", 0.93),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w9tl-01": ("tl", "EW-3", None, [
        turn(A, "Hello po, PayLokal e-wallet support, si Jessa po.", 0.91),
        turn(C, "Nag-cash in ako ng dalawang libo't limang daan sa convenience store kanina, hindi pa pumapasok.", 0.87),
        turn(A, "Sorry po. Yung reference number po sa resibo?", 0.93),
        turn(C, "Siyete siyete dos, kuwatro sero uno, nuwebe.", 0.83, low={"sero": 0.46}),
        turn(A, "Seven seven two four zero one nine po. Ipapasa ko po ito sa payments team para i-trace. "
                "Within forty eight hours po, may text kayo.", 0.88),
        turn(C, "Sige, hintayin ko.", 0.93),
    ]),
    "w9tl-02": ("tl", "BH-1", None, [
        turn(A, "Casa Verde Dormitory, si Aling Tess po.", 0.91),
        turn(C, "Hi po, magre-reserve sana ako ng bedspace para sa January.", 0.89),
        turn(A, "Tatlong libo't limang daan po kada buwan. Isang buwang advance at isang buwang deposit, pitong "
                "libo po lahat.", 0.88),
        turn(A, "Move in po kayo Lunes, January four.", 0.9),
        turn(C, "Okay po. Number ko, zero nine one seven, otso uno dos, tres tres sero siyete.", 0.83,
             low={"sero": 0.45}),
        turn(A, "Zero nine one seven, eight one two, three three zero seven po. I-text ko po yung GCash number "
                "para sa bayad.", 0.88),
    ]),
    "w9tl-03": ("tl", "VR-8", None, [
        turn(A, "Biyahe Van Rentals, si Mark po.", 0.91),
        turn(C, "Magpapa-book sana kami ng van papuntang Tagaytay, labing-limang tao, Sabado December twelve.", 0.87),
        turn(A, "Pwede po. Pick-up alas singko ng umaga. Anim na libo't limang daan po, kasama na driver at gas, "
                "hindi kasama ang toll.", 0.88),
        turn(A, "Down payment po na dalawang libo sa GCash. Ipapadala ko po yung pangalan ng driver at plate "
                "number bago mag-Biyernes.", 0.88),
        turn(C, "Sige, send ko mamaya yung down.", 0.92),
    ]),
    "w9tl-04": ("tl", "WP-5", None, [
        turn(A, "Agos Water Pump Services, si Nonoy po.", 0.91),
        turn(C, "Yung jetmatic pump namin sa poso, umaandar pero walang tubig na lumalabas.", 0.87),
        turn(A, "Baka po yung foot valve o kaya kulang sa prime. Padalhan ko po kayo ng technician sa Huwebes, "
                "alas dos ng hapon.", 0.88),
        turn(A, "Service fee po walong daan, hiwalay pa po yung piyesa kung may papalitan.", 0.89),
        turn(C, "Okay. Contact ko, zero nine two two, singko singko uno, kuwatro otso dos nuwebe.", 0.84),
        turn(A, "Zero nine two two, five five one, four eight two nine po. Salamat po.", 0.89),
    ]),
    "w9tl-05": ("tl", "SW-2", None, [
        turn(A, "AquaKids Swim School, si Coach Bea po.", 0.91),
        turn(C, "Hi, ie-enroll ko sana yung anak ko, seven years old, beginner.", 0.88),
        turn(A, "Sige po. Walong session po, apat na libo't walong daan. Tuwing Sabado, alas nuwebe ng umaga, "
                "simula December five.", 0.88),
        turn(A, "Ite-text ko po mamayang gabi yung schedule ng pool at listahan ng dadalhin.", 0.89),
        turn(C, "Sige po, salamat.", 0.93),
    ]),
}


# ---------------------------------------------------------------- the six spoken calls: Jira JSON (REST export)
def _jira(key, status, assignee, summary, description, issue_type, resolution=None, **custom):
    fields = {"status": {"name": status}, "assignee": {"name": assignee}, "summary": summary,
              "description": description, "issuetype": {"name": issue_type}, "created": "2026-11-30T15:00:00.000+0000"}
    if resolution is not None:
        fields["resolution"] = {"name": "Done", "description": resolution}
    fields.update({f"customfield_{JIRA_FIELDS[k]}": v for k, v in custom.items()})
    return {"key": key, "fields": fields}


JIRA_FIELDS = {"reference": 10051, "phone": 10052, "email": 10053, "amount": 10054, "appointment": 10055,
               "next_step": 10056}
_AID = ("Left hearing aid completely quiet (battery changed), serial 3866104; out of warranty since August. "
        "Factory repair, flat $165. ")
_DOOR = ("Door won't lift, opener motor runs; loud bang last night: broken torsion spring (opener OK). Both "
         "springs replaced together, $289 parts and labour. Visit Thu 3 Dec, 7:30 AM. Cust told not to lift "
         "the door by hand.")
_BOAT = ("24 ft Bayliner, slip C17. Haul-out Sat 12 Dec from 9 AM. Winter storage $11/ft = $264 + shrink wrap "
         "$150. ")
_TAX = "Amend last year's return (tuition form left off), client CL44912 (Mr. Haddad). Amendment fee $95. "
_SEPTIC = ("Pump-out, last done ~4 yrs ago; 1,000 gal tank at 1890 Old Mill Road. $375. Fri 11 Dec, window "
           "12-4 PM; driver calls when on the way. Cust to dig out the lid beforehand.")
_CPAP = ("Reorder CPAP mask cushion + filters, member M00742813 (Ms. Whitfield). Insurance covers 80%, "
         "customer share $38.60. Ships within 2 business days; receipt e-mailed.")
JIRA_ISSUES = [
    _jira("AUD9-101", "Waiting for customer", "HA-2", "Hearing aid repair (mail-in)", _AID + "Prepaid box and "
          "a loaner mailed today in the same box; repair takes about 2 weeks.", "Repair - out of warranty",
          reference="3866104", amount="$165.00", next_step="Prepaid box + loaner out today; repair ~2 wks"),
    _jira("AUD9-102", "Waiting for customer", "HA-2", "Hearing aid repair (mail-in)", _AID + "Prepaid box and a loaner mailed today in the same box; repair takes about 2 weeks.",
          "Repair - out of warranty", reference="3866102", amount="$165.00",
          next_step="Prepaid box + loaner out today; repair ~2 wks"),
    _jira("AUD9-201", "Scheduled", "GD-4", "Broken spring - door won't open", _DOOR, "Spring replacement",
          phone="617-555-0142", amount="$289.00", appointment="Thu 12/03 7:30 AM"),
    _jira("AUD9-202", "Scheduled", "GD-4", "Broken spring - door won't open", _DOOR, "Opener repair",
          phone="617-555-0124", amount="$289.00", appointment="Thu 12/03 7:30 AM"),
    _jira("AUD9-301", "With yard manager", "MR-1", "Haul-out + winter storage; trailer space?", _BOAT + "Cust "
          "wants to keep the trailer on site: needs the yard manager's OK, passed to him; he calls the "
          "customer back tomorrow afternoon.", "Winter storage", reference="C17", amount="$414.00",
          appointment="Sat 2026-12-12 9:00 AM", next_step="Yard mgr cb tomorrow pm re trailer"),
    _jira("AUD9-302", "Done", "MR-1", "Haul-out + winter storage booked", _BOAT + "Trailer kept on site.",
          "Winter storage", resolution="Booked, incl. trailer storage", reference="C17", amount="$414.00",
          appointment="Sat 2026-12-12 9:00 AM"),
    _jira("AUD9-401", "Scheduled", "TX-3", "Amended return appt", _TAX + "Appointment with Joanne Mon 14 Dec, "
          "2:15 PM. Checklist of documents to bring e-mailed to the client today.", "Amendment",
          reference="CL44912", amount="$95.00", appointment="Mon 12/14 2:15 PM",
          next_step="Email document checklist today"),
    _jira("AUD9-402", "Scheduled", "TX-3", "Amended return appt", _TAX + "Appointment with Joanne, 2:15 PM.",
          "Amendment", reference="CL44912", amount="$95.00", appointment="Tue 12/14 2:15 PM"),
    _jira("AUD9-501", "Scheduled", "SP-6", "Septic pump-out", _SEPTIC, "Pump-out", amount="$375.00",
          appointment="Fri 12/11 12:00-4:00 PM", next_step="Driver calls when on the way"),
    _jira("AUD9-502", "Scheduled", "SP-6", "Septic pump-out", _SEPTIC.replace("$375. ", ""), "Pump-out",
          amount="$357.00", appointment="Fri 12/11 12:00-4:00 PM", next_step="Driver calls when on the way"),
    _jira("AUD9-601", "Done", "MS-5", "CPAP supplies reorder", _CPAP, "Supply reorder", resolution="Order "
          "placed", reference="M00742813", email="dana.whitfield@fastmail.com", amount="$38.60"),
    _jira("AUD9-602", "Done", "MS-5", "CPAP supplies reorder", _CPAP, "Supply reorder", resolution="Order "
          "placed", reference="M00742813", email="dana.whitefield@fastmail.com", amount="$38.60"),
]
JIRA_MAPPING = """\
# The spoken calls' Jira JSON export (REST API shape): the built-in Jira mapping; the numeric custom
# fields named by what they hold; the desk's own workflow states read as ours.
name: audio9-jira
system: jira
status_values:
  Scheduled: open
  With yard manager: escalated
extra_fields:
  reference: fields.customfield_10051
  phone: fields.customfield_10052
  email: fields.customfield_10053
  amount: fields.customfield_10054
  appointment: fields.customfield_10055
  next_step: fields.customfield_10056
"""

# ---------------------------------------------------------------- English written calls: the desk's own CSV
DESK = ["Case No", "State", "Owner", "Opened", "Subject", "Notes", "Outcome", "Desk category", "Contact #", "Ref",
        "Amount", "Date/time", "Follow-up", "Escalated to"]
_COWORK = ("Member CW0417 (Mr. Osei): dedicated desk ($420/mo) -> hot desk ($260/mo) from 1 Jan, saves $160/mo. "
           "Dec still billed at $420. Clear desk + hand in locker key by 31 Dec.")
_WINE = "Nov shipment, order 833019: 2 bottles of Pinot Noir arrived broken. "
_AQUA = ("Lobby tank at a dental office (monthly plan): 2 fish dead since Mon, likely water quality. Emergency "
         "visit Sat 5 Dec 9 AM, $85 on top of the monthly plan. Tech calls cust on arrival. Told not to feed "
         "until water checked.")
_KITCHEN = ("Proj KL2258: upper doors backordered from the factory. Tue install cancelled for now (all in one "
            "visit, base cabinets too). ")
_GOLF = "Tee time Sun 6 Dec 8:40 AM, 4 players (Nguyen) @ $62 = $248 incl. carts; pay at pro shop."
DESK_ROWS = [
    ["CWK-0101", "Closed - done", "CW-2", "2026-11-30 10:12", "Plan change: dedicated -> hot desk", _COWORK,
     "Plan change set for 1 Jan", "Membership change", "", "CW0417", "$260.00/mo", "2027-01-01", "", ""],
    ["CWK-0102", "Closed - done", "CW-2", "2026-11-30 10:12", "Plan change: dedicated -> hot desk", _COWORK,
     "Plan change set for 1 Jan", "Membership change", "", "CW0417", "$260.00/mo", "2027-02-01", "", ""],
    ["WCL-0201", "Escalated", "WC-5", "2026-11-30 11:40", "Broken bottles - pls adv stock", _WINE + "Pinot may "
     "be sold out: sent to warehouse supervisor to check stock. She emails cust by Fri with a replacement date "
     "or a $64 credit (2 x $32).", "", "Shipment damage", "", "833019", "$64.00",
     "", "Email cust by Fri: replacement date or credit", "Warehouse supervisor"],
    ["WCL-0202", "Closed - done", "WC-5", "2026-11-30 11:40", "Broken bottles - replaced", _WINE + "Replacement "
     "2 x Pinot Noir ($32 each) shipped.", "Replacement shipped", "Shipment damage", "", "833019", "$64.00",
     "", "", ""],
    ["AQS-0301", "Booked", "AQ-1", "2026-11-30 13:05", "Emergency visit - fish loss", _AQUA, "",
     "Svc visit - emergency", "(206) 555-0173", "", "$85.00", "Sat 12/5 9:00 AM", "Tech calls on arrival", ""],
    ["AQS-0302", "Booked", "AQ-1", "2026-11-30 13:05", "Emergency visit - fish loss", _AQUA, "",
     "Tank installation", "(206) 555-0137", "", "$85.00", "Sat 12/5 9:00 AM", "Tech calls on arrival", ""],
    ["OKK-0401", "Awaiting PM", "KC-3", "2026-11-30 14:30", "Install delayed - doors b/o", _KITCHEN + "PM (Dev) "
     "getting a new date from the factory; cust cb req - Dev calls Wed w/ new install date.", "",
     "Install - reschedule", "", "KL2258", "", "", "Dev cb Wed w/ new date", ""],
    ["OKK-0402", "Awaiting PM", "KC-3", "2026-11-30 14:30", "Install delayed - doors b/o", _KITCHEN + "PM (Dev) "
     "getting a new date from the factory.", "", "Install - reschedule", "", "KL2258", "", "", "", ""],
    ["CRG-0501", "Booked", "GF-7", "2026-11-30 16:20", "Tee time x4 Sun", _GOLF, "", "Tee time", "", "", "$248.00",
     "Sun 12/6 8:40 AM", "", ""],
    ["CRG-0502", "Booked", "GF-7", "2026-11-30 16:20", "Tee time x4 Sun", _GOLF, "", "Tee time", "", "", "$248.00",
     "Sat 12/6 8:40 AM", "", ""],
]
DESK_MAPPING = """\
# The English desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold (Escalated to is kept under its name).
name: en9-desk
fields:
  ticket_id: Case No
  status: State
  agent_id: Owner
  created: Opened
  title: Subject
  description: Notes
  resolution: Outcome
  category: Desk category
status_values:
  Closed - done: resolved
  Booked: open
  Awaiting PM: pending
extra_fields:
  phone: "Contact #"
  reference: Ref
  amount: Amount
  appointment: Date/time
  next_step: Follow-up
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
SAEBIT = ["접수번호", "처리상태", "담당", "제목", "상담내용", "처리결과", "연락처", "계약번호", "차량번호", "금액", "방문일시",
          "상담유형", "후속조치", "이관부서"]
_CHAIR = "등 안마 불량(소리만 남), 계약번호 MA77021. 렌탈 기간 중 무상 수리. 기사 방문 12월 4일(금) 오후 3시, 방문 전 기사 전화."
_PAPER = "거실+방 2개 도배 견적. 실측 방문 12월 5일(토) 오전 10시, 양지마을 302동 1504호. 예상 약 180만 원."
_STUDY = "30일 이용권(120,000원) 5일 사용, 이사로 환불 요청. 환불 예정액 90,000원. "
_CAR = "2019년식 쏘나타, 주행 42,000km. 예상 매입가 1,300만~1,400만 원. 평가사 12월 6일(일) 오전 11시 30분 방문, 최종가 안내."
SAEBIT_ROWS = [
    ["SB9-101", "접수", "MC-4", "안마의자 AS 방문", _CHAIR, "", "010-9321-4508", "MA77021", "", "0원", "12월 4일(금) 15:00",
     "AS 접수", "방문 전 기사 전화", ""],
    ["SB9-102", "접수", "MC-4", "안마의자 AS 방문", _CHAIR, "", "010-9321-4508", "MA77021", "", "0원", "12월 5일(금) 15:00",
     "AS 접수", "방문 전 기사 전화", ""],
    ["SB9-201", "접수", "WP-2", "도배 견적 실측", _PAPER + " 정확한 견적은 실측 후 2일 내 문자 발송.", "", "", "", "",
     "약 1,800,000원", "12/5(토) 10:00", "도배 견적", "실측 후 2일 내 견적 문자", ""],
    ["SB9-202", "접수", "WP-2", "도배 견적 실측", _PAPER + " 정확한 견적은 실측 후 2일 내 문자 발송.", "", "", "", "",
     "약 1,800,000원", "12/5(토) 10:00", "장판 시공 견적", "실측 후 2일 내 견적 문자", ""],
    ["SB9-301", "이관", "SC-6", "이용권 환불 요청(본사 승인)", _STUDY + "환불은 본사 승인 필요: 본사 이관, 내일까지 본사에서 "
     "연락. 승인 후 카드 취소 3~5영업일.", "", "010-7788-2031", "", "", "90,000원", "", "이용권 환불",
     "본사 내일까지 연락", "본사"],
    ["SB9-302", "완료", "SC-6", "이용권 환불", _STUDY + "카드 취소 3~5영업일.", "환불 완료", "010-7788-2013", "", "",
     "90,000원", "", "이용권 환불", "", ""],
    ["SB9-401", "접수", "UC-1", "방문 매입 평가 예약", _CAR, "", "", "", "12가 3456", "1,300만~1,400만 원",
     "12/6(일) 11:30", "방문 매입 평가", "평가사 최종가 안내", ""],
    ["SB9-402", "접수", "UC-1", "방문 매입 평가 예약", _CAR, "", "", "", "12가 3465", "1,300만~1,400만 원",
     "12/6(일) 11:30", "방문 매입 평가", "평가사 최종가 안내", ""],
]
SAEBIT_MAPPING = """\
# The Saebit desk's Korean CSV export (CP949, as Korean Excel saves it). Columns not named here
# (연락처, 계약번호, 차량번호, 금액, 방문일시, 상담유형, 후속조치, 이관부서) are kept as structured fields.
name: saebit9
fields:
  ticket_id: 접수번호
  status: 처리상태
  agent_id: 담당
  title: 제목
  description: 상담내용
  resolution: 처리결과
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""


# ---------------------------------------------------------------- Taglish written calls: ServiceNow JSON (u_ fields)
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    record = {"number": number, "state": state, "assigned_to": {"display_value": agent, "value": agent.lower()},
              "short_description": short, "description": text, "close_notes": close_notes, "category": category,
              "opened_at": "2026-11-30 18:00:00"}
    record.update({f"u_{k}": v for k, v in u.items()})
    return record


_CASHIN = "Cash-in PHP 2,500 at a convenience store earlier today, not yet credited. Ref 7724019. "
_DORM = "Bedspace for January, PHP 3,500/month; 1 month advance + 1 month deposit. Move-in Mon 4 Jan. "
_VAN = ("15-seater van to Tagaytay, Sat 12 Dec, pick-up 5:00 AM. PHP 6,500 incl. driver and gas, toll not "
        "included. Down payment PHP 2,000 via GCash (customer sends it later today). ")
_PUMP = ("Jetmatic pump on the deep well runs but no water comes out; maybe the foot valve or lost prime. "
         "Technician Thu 3 Dec, 2:00 PM. Service fee PHP 800, parts extra.")
_SWIM = "Enrol 7-year-old beginner: 8 sessions, PHP 4,800; Saturdays 9:00 AM starting 5 Dec. "
SERVICENOW = {"result": [
    _sn("INC9010101", "Escalated", "EW-3", "Cash-in not credited - for trace", _CASHIN + "Forwarded to the payments "
        "team to trace; customer gets a text within 48 hours.", "Cash-in issue", reference="7724019",
        amount="PHP 2,500.00", next_step="Payments team trace; SMS within 48 hrs"),
    _sn("INC9010102", "Resolved", "EW-3", "Cash-in not credited", _CASHIN + "Credited.", "Cash-in issue",
        close_notes="Cash-in credited", reference="7724019", amount="PHP 2,500.00"),
    _sn("INC9020201", "New", "BH-1", "Bedspace reservation Jan", _DORM + "PHP 7,000 in all; GCash number texted "
        "for payment.", "Reservation", contact="+63 917 812 3307", total_due="PHP 7,000.00",
        schedule="Mon 2027-01-04"),
    _sn("INC9020202", "New", "BH-1", "Bedspace reservation Jan", _DORM + "GCash number texted for payment.",
        "Reservation", contact="+63 917 812 3307", total_due="PHP 3,500.00", schedule="Mon 2027-01-04"),
    _sn("INC9030301", "On Hold", "VR-8", "Van rental Tagaytay (awaiting DP)", _VAN + "Driver's name and plate "
        "number to be sent before Friday.", "Booking", amount="PHP 6,500.00", schedule="Sat 2026-12-12 5:00 AM",
        next_step="Send driver name + plate before Fri"),
    _sn("INC9030302", "On Hold", "VR-8", "Van rental Tagaytay (awaiting DP)", _VAN, "Booking",
        amount="PHP 6,500.00", schedule="Sat 2026-12-12 5:00 PM", next_step=""),
    _sn("INC9040401", "New", "WP-5", "Deep-well pump: no water", _PUMP, "Water pump repair",
        contact="0922-551-4829", amount="PHP 800.00", schedule="Thu 2026-12-03 2:00 PM"),
    _sn("INC9040402", "New", "WP-5", "Deep-well pump: no water", _PUMP, "Water heater repair",
        contact="0922-551-4829", amount="PHP 800.00", schedule="Thu 2026-12-03 2:00 PM"),
    _sn("INC9050501", "New", "SW-2", "Swim lessons enrolment", _SWIM + "Coach texts the pool schedule and the list "
        "of things to bring tonight.", "Enrollment", amount="PHP 4,800.00", schedule="Sat 9:00 AM from 2026-12-05",
        next_step="Text pool schedule + checklist tonight"),
    _sn("INC9050502", "New", "SW-2", "Swim lessons enrolment", _SWIM, "Enrollment", amount="PHP 4,800.00",
        schedule="Sat 9:00 AM from 2026-12-05", next_step=""),
]}




def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio9-jira.json", {"issues": JIRA_ISSUES})
    (exports / "audio9-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en9-desk.csv", DESK, DESK_ROWS)
    (exports / "en9-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")
    base.write_csv(exports / "saebit9-cp949.csv", SAEBIT, SAEBIT_ROWS, encoding="cp949")
    (exports / "saebit9-mapping.yaml").write_text(SAEBIT_MAPPING, encoding="utf-8")
    base.write_json(exports / "tl9-servicenow.json", SERVICENOW)


if __name__ == "__main__":
    main()
