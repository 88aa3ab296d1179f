"""Writes the eighth test split's written calls (test8/calls) and every export (test8/exports).

Run from the repository root: ``python tests/data/tickets-fields/test8/build.py``. The six English
calls in test8/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Jira CSV export) were written from the
scripts in build_audio.py as a careful agent would, not from a transcript. The written calls are in
domains the earlier splits do not use (tailor alterations, gutter repair, washing-machine repair,
party equipment rental, chimney sweep; Korean health check-up booking, side-dish subscription, engine-oil service,
online bookstore return; Taglish laundry shop, rice wholesale, printer ink refill, beach resort, bike shop).
Some carry ASR-like noise a careful analyst forgives ("o" for zero, 영 for 공, Korean native and
Sino numbers and clock times, Spanish and Tagalog digits, a misheard surname). ``p`` is a turn's
word probability the way Whisper base reports it; ``low`` the words heard with less confidence.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test8/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w8en-01": ("en", "TA-4", None, [
        turn(A, "Stitch and Press Alterations, Irene speaking.", 0.93),
        turn(C, "Hi, I dropped off a suit on Saturday to have the trousers hemmed and the jacket taken in.", 0.9),
        turn(A, "Can I have the ticket number?", 0.94),
        turn(C, "It's five o seven, two two.", 0.86, low={"o": 0.44}),
        turn(A, "Five zero seven two two, Mr. Kowalczyk. The trousers are done; the jacket needs one more "
                "fitting. Can you come Thursday at six p.m.?", 0.89, low={"kowalczyk": 0.41}),
        turn(C, "Thursday at six, yes. How much is it all?", 0.92),
        turn(A, "Sixty eight dollars altogether, you pay when you collect.", 0.92),
        turn(C, "Great, thanks.", 0.94),
    ]),
    "w8en-02": ("en", "GR-2", None, [
        turn(A, "Summit Roofing and Gutters, this is Wade.", 0.93),
        turn(C, "Hi, you replaced our gutters last month and now the one over the garage is leaking at the "
                "seam.", 0.9),
        turn(A, "Sorry to hear it. What's the address on the job?", 0.94),
        turn(C, "Three eighteen Aspen Court. Job number was seven seven four, six one.", 0.88),
        turn(A, "Seven seven four six one, Aspen Court. That's covered by our two year workmanship warranty, "
                "so there's no charge.", 0.9),
        turn(A, "I'm handing it to our warranty crew lead. He'll call you tomorrow by noon to set a day.", 0.9),
        turn(C, "Okay, tomorrow by noon.", 0.93),
    ]),
    "w8en-03": ("en", "AP-7", None, [
        turn(A, "QuickFix Appliance Repair, Dana speaking.", 0.93),
        turn(C, "Hi, my washing machine won't drain. It's a front loader, about four years old.", 0.9),
        turn(A, "Okay. What's the model number? It's on the inside of the door.", 0.94),
        turn(C, "W F, four five, dash, eight eight two.", 0.86),
        turn(A, "WF45-882. That's usually the drain pump. The diagnostic visit is seventy nine dollars, taken "
                "off the repair if you go ahead.", 0.9),
        turn(A, "I have Monday, December seventh, between eight and ten a.m.", 0.91),
        turn(C, "Monday eight to ten is fine. My number is four one two, five five five, zero six nine "
                "three.", 0.9),
        turn(A, "Four one two five five five zero six nine three. You're booked.", 0.92),
    ]),
    "w8en-04": ("en", "PR-1", None, [
        turn(A, "Celebrate Party Rentals, this is Kim.", 0.93),
        turn(C, "Hi, I want to rent tables and chairs for a birthday on Saturday the nineteenth.", 0.9),
        turn(A, "Sure. How many?", 0.94),
        turn(C, "Six round tables and forty eight chairs.", 0.9),
        turn(A, "Six round tables at twelve dollars and forty eight chairs at two fifty each. That's one "
                "hundred ninety two dollars, plus a forty dollar delivery fee.", 0.89),
        turn(A, "We deliver Friday the eighteenth between four and six p.m. and pick up on Sunday.", 0.9),
        turn(C, "Perfect, book it.", 0.93),
        turn(A, "Done. Reservation P R eight one one five. A deposit link will be emailed to you today.", 0.9),
    ]),
    "w8en-05": ("en", "CH-3", None, [
        turn(A, "Ashford Chimney Sweep, this is Colin.", 0.93),
        turn(C, "Hi, uh, we had the chimney swept on Friday and your guy said there's a crack in the flue "
                "liner.", 0.9),
        turn(A, "Yes, I have the notes. Account one one zero, eight five. Is that Mrs. Delacroix?", 0.9),
        turn(C, "That's me. How much to fix it?", 0.93),
        turn(A, "It depends on the length, so our senior technician writes the quote. You'll get it by email "
                "within two business days.", 0.9),
        turn(A, "Until then, please don't light the fireplace.", 0.92),
        turn(C, "Okay, two business days. Thanks.", 0.93),
    ]),
    # ---------------------------------------------------------------- Korean
    "w8ko-01": ("ko", "HC-3", None, [
        turn(A, "새봄병원 건강검진센터 김하늘입니다.", 0.92),
        turn(C, "종합검진 예약하려고요. 회사에서 지원해 주는 거요.", 0.9),
        turn(A, "네, 성함과 연락처 말씀해 주세요.", 0.93),
        turn(C, "이준호고요, 영일영 사칠이팔 삼영구일이요.", 0.84, low={"영일영": 0.5}),
        turn(A, "공일공 사칠이팔 삼공구일, 확인했습니다. 십이월 십일일 금요일 오전 여덟 시 반에 오시면 됩니다.", 0.9),
        turn(A, "전날 밤 아홉 시부터 금식하셔야 하고, 검사 비용 이십팔만 원은 회사에서 정산됩니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.94),
    ]),
    "w8ko-02": ("ko", "BC-5", None, [
        turn(A, "맛있는 반찬 정기배송 고객센터 오세영입니다.", 0.92),
        turn(C, "이번 주 반찬이 상해서 왔어요. 멸치볶음이랑 나물이요.", 0.9),
        turn(A, "정말 죄송합니다. 주문번호 말씀해 주시겠어요?", 0.93),
        turn(C, "비 팔 삼 칠 이 영이요.", 0.85),
        turn(A, "B83720 확인했습니다. 품질팀에 보고하고, 두 가지 반찬 값 만 이천 원은 오늘 환불해 드리겠습니다.", 0.9),
        turn(A, "품질팀에서 모레까지 원인 확인해서 문자로 알려 드릴 거예요.", 0.9),
        turn(C, "네, 알겠습니다.", 0.94),
    ]),
    "w8ko-03": ("ko", "CS-8", None, [
        turn(A, "스피드 오토 정비센터입니다.", 0.93),
        turn(C, "엔진오일 교환 예약하려고요. 차는 아반떼예요.", 0.9),
        turn(A, "차량 번호 알려 주시겠어요?", 0.93),
        turn(C, "삼십팔 나 칠공이일이요.", 0.86),
        turn(A, "38나 7021, 확인했습니다. 토요일 오후 두 시 가능한데요, 십이월 오일이요.", 0.9),
        turn(C, "네, 두 시로 해 주세요. 얼마예요?", 0.92),
        turn(A, "합성유 기준 육만 오천 원이고, 한 시간 정도 걸립니다.", 0.9),
    ]),
    "w8ko-04": ("ko", "OB-2", None, [
        turn(A, "책누리 온라인서점 고객센터 한지민입니다.", 0.92),
        turn(C, "책을 주문했는데 다른 책이 왔어요.", 0.9),
        turn(A, "불편 드려 죄송합니다. 주문번호 말씀해 주세요.", 0.93),
        turn(C, "이공이육 일이 삼공 구구사요.", 0.85),
        turn(A, "2026-1230-994 확인했습니다. 택배 기사님이 내일 오전에 회수하러 가시고, 맞는 책은 모레 "
                "수요일에 도착합니다.", 0.9),
        turn(C, "반품비는요?", 0.92),
        turn(A, "저희 실수라 반품비는 없습니다.", 0.93),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w8tl-01": ("tl", "LW-6", None, [
        turn(A, "Labada Express, si Mylene po.", 0.91),
        turn(C, "Hi, nagpa-laundry ako kahapon, walong kilo, tapos kulang yung isang kumot.", 0.88),
        turn(A, "Sorry po. Anong claim stub number po?", 0.93),
        turn(C, "Siyete kuwatro, sero dos.", 0.83, low={"sero": 0.48}),
        turn(A, "Seven four zero two po. I-check ko po sa shop, tapos tatawagan ko po kayo bago mag-alas "
                "sais ngayong gabi.", 0.88),
        turn(C, "Sige, salamat.", 0.93),
    ]),
    "w8tl-02": ("tl", "RW-3", None, [
        turn(A, "Bigas ni Aling Nena wholesale, si Jun po.", 0.91),
        turn(C, "Order sana ako ng sampung sako ng dinorado para sa tindahan.", 0.88),
        turn(A, "Sige po. Isang libo't siyam na raan po bawat sako, labing-siyam na libo lahat.", 0.88),
        turn(A, "Delivery po sa Huwebes, alas nuwebe ng umaga. Cash on delivery po.", 0.9),
        turn(C, "Okay. Contact ko, zero nine two eight, tres tres siyete, singko uno dos otso.", 0.84),
        turn(A, "Zero nine two eight, three three seven, five one two eight po. Salamat.", 0.89),
    ]),
    "w8tl-03": ("tl", "IK-9", None, [
        turn(A, "InkJet Refill Center, si Paolo po.", 0.91),
        turn(C, "Yung printer ko, Epson, naka-refill ako sa inyo last week pero faded pa rin yung print.", 0.87),
        turn(A, "Ah, baka po barado yung print head. Dalhin niyo po dito, libre po yung head cleaning kasi "
                "within warranty pa.", 0.88),
        turn(C, "Pwede bukas?", 0.93),
        turn(A, "Pwede po, bukas ng alas diyes. Ang receipt number niyo po?", 0.9),
        turn(C, "R I, walo anim lima.", 0.85),
        turn(A, "R I eight six five po. Sige po, bukas alas diyes.", 0.9),
    ]),
    "w8tl-04": ("tl", "BR-4", None, [
        turn(A, "Good morning, Punta Azul Beach Resort, si Carla po.", 0.91),
        turn(C, "Hi, may reservation kami for December twenty six, kaso gusto namin i-cancel. Bagyo daw.", 0.87),
        turn(A, "Booking reference po?", 0.93),
        turn(C, "P A, dos sero siyete, kuwatro.", 0.84, low={"sero": 0.5}),
        turn(A, "P A two zero seven four po, dalawang kuwarto. Yung refund po ng down payment na anim na libo "
                "ay kailangan i-approve ng manager, kaya ipapasa ko po sa kanya.", 0.88),
        turn(A, "Mag-email po siya within forty eight hours.", 0.9),
        turn(C, "Sige, hintayin ko.", 0.93),
    ]),
    "w8tl-05": ("tl", "BK-2", None, [
        turn(A, "Padyak Bike Shop, si Ronnie po.", 0.91),
        turn(C, "Hi, ipapa-overhaul ko sana yung mountain bike ko, tapos palit ng brake pads.", 0.88),
        turn(A, "Sige po. Overhaul po ay walong daan, brake pads tatlong daan at singkwenta. Isang libo't "
                "isang daan at singkwenta lahat.", 0.87),
        turn(A, "Dalhin niyo po sa Biyernes, makukuha niyo po sa Sabado ng hapon, mga alas tres.", 0.89),
        turn(C, "Okay, Sabado alas tres. Contact ko, zero nine nine five, otso otso dos, siyete sero siyete "
                "uno.", 0.83, low={"sero": 0.47}),
        turn(A, "Zero nine nine five, eight eight two, seven zero seven one po. Salamat.", 0.89),
    ]),
}

# ---------------------------------------------------------------- the six spoken calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Contact Number)", "Custom field (Email)",
        "Custom field (Amount)", "Custom field (Appointment)", "Custom field (Next Step)",
        "Custom field (Escalated)"]
_LIB = "Lost book The Night Circus (due 9 Nov), card 21449036. Overdue fee waived; replacement charge $24.50. "
_REG = "Registration renewal (expired 30 Nov), plate 7RTJ315, 2017 Subaru Outback. $89 renewal + $10 late fee. "
_VENUE = "Wedding (Alvarez and Chen), booking WC26048: asks to move 12 June to 19 June. Deposit $2,500 on file. "
_ALARM = ("Two false alarms last night, back door sensor; account 45120076 (Patel). Back door zone on bypass. "
          "Technician visit Wednesday 9 Dec, 1-3 PM, to replace the sensor; under warranty, no charge. ")
_PIANO = "Upright Yamaha, not tuned in about 3 years. Standard tuning $135; pitch raise $40 more if needed. "
_CART = ("Delivery this morning missing eggs ($5.49) and olive oil ($11.99), order FC9923015. ")
JIRA_ROWS = [
    ["AUD8-101", "Done", "RL-2", "Lost book: replacement charge", _LIB + "Customer pays online tonight; card "
     "unblocked once paid.", "", "Library fees", "21449036", "", "", "$24.50", "", "Card unblocked once paid", "No"],
    ["AUD8-102", "Done", "RL-2", "Lost book: replacement charge", _LIB + "Customer pays online tonight; card "
     "unblocked once paid.", "", "Library fees", "21447036", "", "", "$24.50", "", "Card unblocked once paid", "No"],
    ["AUD8-201", "Done", "MV-5", "Registration renewed", _REG + "$99 charged to the card on file; confirmation "
     "840662. Sticker mailed within 10 business days.", "", "Registration renewal", "840662", "", "", "$99.00", "",
     "Sticker mailed within 10 business days", "No"],
    ["AUD8-202", "Done", "MV-5", "Registration renewed", _REG + "Charged to the card on file; confirmation "
     "840662. Sticker mailed within 10 business days.", "", "Title transfer", "840662", "", "", "$89.00", "",
     "Sticker mailed within 10 business days", "No"],
    ["AUD8-301", "Escalated", "WC-1", "Wedding date change request", _VENUE + "Date changes need the events "
     "manager's approval: passed to her; she calls the customer back Monday morning.", "", "Date change",
     "WC26048", "", "", "$2,500.00 deposit", "", "Events manager calls back Monday morning", "Yes"],
    ["AUD8-302", "Done", "WC-1", "Wedding date changed", _VENUE + "Date changed to 19 June.", "Date changed",
     "Date change", "WC26048", "", "", "$2,500.00 deposit", "Sat 2027-06-19", "", "No"],
    ["AUD8-401", "Open", "SN-3", "False alarms: sensor replacement", _ALARM + "Technician calls 30 minutes before "
     "arriving.", "", "Service visit", "45120076", "919-555-0284", "", "$0.00", "Wed 2026-12-09, 1:00-3:00 PM",
     "Technician calls 30 minutes before", "No"],
    ["AUD8-402", "Open", "SN-3", "False alarms: sensor replacement", _ALARM, "", "Service visit", "45120076",
     "919-555-0284", "", "$0.00", "Thu 2026-12-09, 1:00-3:00 PM", "", "No"],
    ["AUD8-501", "Done", "HP-4", "Piano tuning booked", _PIANO + "Mr. Okonkwo, Tuesday 15 Dec 10:00 AM, 42 Linden "
     "Avenue.", "Booked", "Tuning", "", "", "", "$135.00 (+$40 pitch raise)", "Tue 2026-12-15, 10:00 AM", "", "No"],
    ["AUD8-502", "Done", "HP-4", "Piano tuning booked", _PIANO + "Mr. Okonkwo, Tuesday 15 Dec, 42 Linden "
     "Avenue.", "Booked", "Tuning", "", "", "", "$135.00 (+$40 pitch raise)", "Tue 2026-12-15, 2:00 PM", "", "No"],
    ["AUD8-601", "Done", "FC-6", "Missing items refunded", _CART + "Refund $17.48 to the card in 3-5 business "
     "days; confirmation emailed.", "Refunded", "Missing items", "FC9923015", "", "r.lindqvist@mailbox.org",
     "$17.48", "", "Refund to card in 3-5 business days", "No"],
    ["AUD8-602", "Done", "FC-6", "Missing items refunded", _CART + "Refund to the card in 3-5 business days; "
     "confirmation emailed.", "Refunded", "Missing items", "FC9923015", "", "r.lindquist@mailbox.org", "$17.84", "",
     "Refund to card in 3-5 business days", "No"],
]

# ---------------------------------------------------------------- English written calls: ServiceNow CSV
SERVICENOW = ["number", "state", "assigned_to", "opened_at", "short_description", "description", "close_notes",
              "category", "u_job_ref", "u_phone", "u_amount", "u_scheduled", "u_follow_up", "u_escalated"]
_SUIT = ("Suit alterations dropped off Saturday, ticket 50722 (Mr. Kowalczyk): trousers hemmed (done), jacket taken "
         "in, needs one more fitting. ")
_GUTTER = ("Gutter over the garage leaking at the seam, replaced last month, 318 Aspen Court, job 77461. Covered by "
           "the 2-year workmanship warranty, no charge. ")
_WASHER = ("Front-loading washing machine (about 4 years old) won't drain, model WF45-882; likely the drain pump. "
           "Diagnostic visit $79, credited to the repair. ")
_PARTY = ("Party rental for a birthday Saturday 19 Dec: 6 round tables ($12 each) and 48 chairs ($2.50 each) = $192 "
          "+ $40 delivery. Reservation PR8115. ")
_FLUE = ("Sweep on Friday found a crack in the flue liner (Mrs. Delacroix, account 11085). Customer told not to "
         "light the fireplace until it is fixed. ")
SERVICENOW_ROWS = [
    ["ALT0101", "In Progress", "TA-4", "2026-11-30 18:00:00", "Suit alterations: fitting", _SUIT + "Fitting Thursday "
     "6 PM; $68 in all, paid on collection.", "", "Alterations", "50722", "", "$68.00", "Thu 6:00 PM", "Jacket fitting "
     "Thursday 6 PM", "No"],
    ["ALT0102", "In Progress", "TA-4", "2026-11-30 18:00:00", "Suit alterations: fitting", _SUIT + "Fitting Thursday "
     "6 PM; paid on collection.", "", "Alterations", "50722", "", "$86.00", "Thu 6:00 PM", "Jacket fitting "
     "Thursday 6 PM", "No"],
    ["GUT0201", "Escalated", "GR-2", "2026-11-30 18:00:00", "Warranty: leaking gutter", _GUTTER + "Handed to the "
     "warranty crew lead; he calls the customer tomorrow by noon to set a day.", "", "Warranty repair", "77461", "",
     "$0.00", "", "Crew lead calls tomorrow by noon", "Yes"],
    ["GUT0202", "Escalated", "GR-2", "2026-11-30 18:00:00", "Warranty: leaking gutter", _GUTTER + "Handed to the "
     "warranty crew lead.", "", "Warranty repair", "77461", "", "$0.00", "", "", "Yes"],
    ["APR0301", "New", "AP-7", "2026-11-30 18:00:00", "Washer won't drain: visit booked",
     _WASHER + "Visit Monday 7 Dec 8-10 AM.", "", "Appliance repair", "WF45-882", "412-555-0693", "$79.00", "Mon 2026-12-07, 8:00-10:00 AM", "",
     "No"],
    ["APR0302", "New", "AP-7", "2026-11-30 18:00:00", "Washer won't drain: visit booked",
     _WASHER + "Visit Monday 7 Dec 8-10 AM.", "", "Dishwasher repair", "WF45-882",
     "412-555-0963", "$79.00", "Mon 2026-12-07, 8:00-10:00 AM", "", "No"],
    ["PAR0401", "Resolved", "PR-1", "2026-11-30 18:00:00", "Tables and chairs booked", _PARTY + "Delivery Friday 18 "
     "Dec 4-6 PM, pick-up Sunday. Deposit link emailed today.", "Booked", "Rental booking", "PR8115", "", "$232.00",
     "Fri 2026-12-18, 4:00-6:00 PM", "Deposit link emailed today", "No"],
    ["PAR0402", "Resolved", "PR-1", "2026-11-30 18:00:00", "Tables and chairs booked", _PARTY + "Delivery Friday 18 "
     "Dec 4-6 PM, pick-up Sunday. Deposit link emailed today.", "Booked", "Rental booking", "PR8115", "", "$232.00",
     "Fri 2026-12-18, 4:00-6:00 AM", "Deposit link emailed today", "No"],
    ["CHM0501", "Pending", "CH-3", "2026-11-30 18:00:00", "Cracked flue liner: repair quote", _FLUE + "Senior "
     "technician writes the quote; emailed to the customer within 2 business days.", "", "Repair quote", "11085",
     "", "", "", "Quote emailed within 2 business days", "No"],
    ["CHM0502", "Pending", "CH-3", "2026-11-30 18:00:00", "Cracked flue liner: repair quote", _FLUE + "Senior "
     "technician writes the quote.", "", "Repair quote", "11085", "", "", "", "", "No"],
]

# ---------------------------------------------------------------- Korean written calls: UTF-8 CSV with BOM
HANBIT = ["문의번호", "처리상태", "상담자", "요약", "상담메모", "결과", "휴대폰", "관리번호", "결제금액", "예약시간",
          "상담분류", "후속안내", "담당부서"]
_CHECK = "이준호 고객 종합검진(회사 지원) 예약. "
_BANCHAN = "이번 주 반찬(멸치볶음, 나물) 변질 배송, 주문번호 B83720. "
_OIL = "아반떼 38나 7021 엔진오일 교환 예약. 합성유 65,000원, 약 1시간. "
_BOOK = "주문한 책과 다른 책 배송, 주문번호 2026-1230-994. 반품비 없음(당사 실수). "
HANBIT_ROWS = [
    ["HB8-101", "완료", "HC-3", "종합검진 예약", _CHECK + "12월 11일(금) 오전 8시 30분 내원. 전날 밤 9시부터 금식. 비용 "
     "280,000원 회사 정산.", "예약 완료", "010-4728-3091", "", "280,000원", "12월 11일(금) 08:30", "검진 예약",
     "전날 21시부터 금식", ""],
    ["HB8-102", "완료", "HC-3", "종합검진 예약", _CHECK + "12월 11일(금) 오전 8시 30분 내원. 전날 밤 9시부터 금식. 회사 정산.",
     "예약 완료", "010-4728-3019", "", "280,000원", "12월 11일(금) 08:30", "검진 예약",
     "전날 21시부터 금식", ""],
    ["HB8-201", "이관", "BC-5", "반찬 변질", _BANCHAN + "품질팀 보고, 반찬 2종 12,000원 오늘 환불. 품질팀이 모레까지 원인 "
     "확인 후 문자 안내.", "", "", "B83720", "12,000원", "", "품질 불만", "품질팀 모레까지 문자 안내", "품질팀"],
    ["HB8-202", "완료", "BC-5", "반찬 변질", _BANCHAN + "반찬 2종 오늘 환불.", "환불 완료", "", "B83720", "12,000원", "",
     "품질 불만", "", ""],
    ["HB8-301", "완료", "CS-8", "엔진오일 교환 예약", _OIL + "12월 5일(토) 오후 2시.", "예약 완료", "", "38나 7021",
     "65,000원", "12월 5일(토) 14:00", "정비 예약", "", ""],
    ["HB8-302", "완료", "CS-8", "엔진오일 교환 예약", _OIL + "12월 5일(토).", "예약 완료", "", "38나 7021", "56,000원",
     "12월 5일(토) 12:00", "정비 예약", "", ""],
    ["HB8-401", "진행중", "OB-2", "오배송 교환", _BOOK + "내일 오전 택배 회수, 맞는 책은 모레 수요일 도착.", "", "",
     "2026-1230-994", "0원", "", "오배송", "내일 오전 회수, 수요일 도착", ""],
    ["HB8-402", "진행중", "OB-2", "오배송 교환", _BOOK + "맞는 책 발송 예정.", "", "", "2026-1230-994", "0원", "",
     "단순 변심 반품", "", ""],
]
HANBIT_MAPPING = """\
# The Hanbit desk's Korean CSV export (UTF-8 with a byte-order mark). Columns not named here
# (휴대폰, 관리번호, 결제금액, 예약시간, 상담분류, 후속안내, 담당부서) are kept as structured fields.
name: hanbit8
fields:
  ticket_id: 문의번호
  status: 처리상태
  agent_id: 상담자
  title: 요약
  description: 상담메모
  resolution: 결과
status_values:
  접수: open
  진행중: pending
  완료: resolved
  이관: escalated
"""


# ---------------------------------------------------------------- Taglish written calls: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": "2026-11-30T19:00:00Z",
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


_LAUNDRY = "8 kg laundry dropped off yesterday, one blanket missing; claim stub 7402. "
_RICE = "Wholesale order: 10 sacks of dinorado at PHP 1,900 per sack, PHP 19,000 in all, cash on delivery. "
_INK = "Epson printer refilled last week, print still faded; likely a clogged print head. Receipt RI865. "
_RESORT = "Booking PA2074 (2 rooms, 26 Dec): customer cancels because of the typhoon. Down payment PHP 6,000. "
_BIKE = ("Mountain bike overhaul (PHP 800) and brake pads (PHP 350), PHP 1,150 in all. Drop-off Friday, "
         "pick-up Saturday afternoon, 3:00 PM. ")
FRESHDESK = [
    _fd(81011, 3, "LW-6", "Missing blanket", _LAUNDRY + "Checking at the shop; will call the customer before 6 PM "
        "tonight.", "Lost item", claim_stub="7402", next_action="Call the customer before 6 PM tonight"),
    _fd(81012, 3, "LW-6", "Missing blanket", _LAUNDRY + "Checking at the shop.", "Lost item", claim_stub="7402",
        next_action=""),
    _fd(82021, 2, "RW-3", "Rice delivery order", _RICE + "Delivery Thursday 9:00 AM.", "Order",
        contact_no="0928 337 5128", total="PHP 19,000.00", schedule="Thu 2026-12-03 9:00 AM"),
    _fd(82022, 2, "RW-3", "Rice delivery order", _RICE + "Delivery Thursday.", "Order", contact_no="0928 337 5182",
        total="PHP 19,000.00", schedule="Thu 2026-12-03 9:00 PM"),
    _fd(83031, 2, "IK-9", "Faded print: head cleaning", _INK + "Free head cleaning (under warranty); customer "
        "brings the printer tomorrow 10:00 AM.", "Warranty service", claim_stub="RI865", total="PHP 0.00",
        schedule="2026-12-01 10:00 AM"),
    _fd(83032, 2, "IK-9", "Faded print: head cleaning", _INK + "Head cleaning; customer brings the printer "
        "tomorrow 10:00 AM.", "Warranty service", claim_stub="RI865", total="PHP 350.00",
        schedule="2026-12-01 10:00 AM"),
    _fd(84041, 6, "BR-4", "Cancellation: refund needs approval", _RESORT + "Refund needs the manager's approval; "
        "passed to the manager, who e-mails the customer within 48 hours.", "Cancellation", claim_stub="PA2074",
        total="PHP 6,000.00", next_action="Manager e-mails within 48 hours"),
    _fd(84042, 4, "BR-4", "Cancellation refunded", _RESORT + "Refund processed.", "Cancellation",
        claim_stub="PA2074", total="PHP 6,000.00"),
    _fd(85051, 2, "BK-2", "Bike overhaul + brake pads", _BIKE, "Repair", contact_no="0995 882 7071",
        total="PHP 1,150.00", schedule="Sat 2026-12-05 3:00 PM"),
    _fd(85052, 2, "BK-2", "Bike overhaul + brake pads", _BIKE, "Repair", contact_no="0995 882 7071",
        total="PHP 1,150.00", schedule="Sun 2026-12-05 3:00 PM"),
]
FRESHDESK_MAPPING = """\
# The Taglish desk's Freshdesk JSON export: the built-in Freshdesk mapping; the custom fields named by
# what they hold, and state 6 ("For manager", a custom Freshdesk state) read as escalated.
name: tl8-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "6": escalated
extra_fields:
  reference: custom_fields.cf_claim_stub
  phone: custom_fields.cf_contact_no
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""



def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_csv(exports / "audio8-jira.csv", JIRA, JIRA_ROWS)
    base.write_csv(exports / "en8-servicenow.csv", SERVICENOW, SERVICENOW_ROWS)
    base.write_csv(exports / "hanbit8.csv", HANBIT, HANBIT_ROWS, encoding="utf-8-sig")
    (exports / "hanbit8-mapping.yaml").write_text(HANBIT_MAPPING, encoding="utf-8")
    (exports / "tl8-freshdesk.json").write_text(json.dumps(FRESHDESK, ensure_ascii=False, indent=1) + "\n")
    (exports / "tl8-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
