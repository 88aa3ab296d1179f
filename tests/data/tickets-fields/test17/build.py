"""Writes the seventeenth test split's written calls (test17/calls) and every export (test17/exports).

Run from the repository root: ``python tests/data/tickets-fields/test17/build.py``. The six English
calls in test17/audio were spoken by the project's sample maker (``build_audio.py``); the evaluator
transcribes them when the set is run, and their tickets (a Freshdesk JSON export whose custom fields a
mapping names, with a custom state 8 read as open; a ServiceNow JSON export with ``display_value``
objects, ``u_`` fields and the desk's own states named by a mapping) were written from the scripts in
build_audio.py as a careful agent would, not from a transcript. The written calls are in domains the
earlier splits do not use (knife sharpening, frameless shower door, jersey embroidery, sauna heater
warranty, medical interpreting; Korean rice-cake order, shared e-scooter overcharge, bidet rental
repair, watch repair; Taglish refrigerator repair, egg supplier, debut balloon styling, glass and
aluminium windows, bills-payment centre). Some carry ASR-like noise a careful analyst forgives ("o" for
zero, 영 for 공, Sino-Korean digits and native numbers, Spanish and Tagalog digits, a misheard surname).
``p`` is a turn's word probability the way Whisper base reports it; ``low`` the words heard with less
confidence.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test17/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    # ---------------------------------------------------------------- English
    "w17en-01": ("en", "KN-2", None, [
        turn(A, "Keen Edge Sharpening, this is Walt.", 0.93),
        turn(C, "Hi, it's Rosa from Osteria Dodici. Our kitchen knives are getting dull, we need a pickup.", 0.9),
        turn(A, "Sure. How many knives?", 0.94),
        turn(C, "Eighteen, and two of them are serrated bread knives.", 0.9),
        turn(A, "Serrated is no problem, it's six dollars a knife, same price for serrated. What's the account "
                "number?", 0.9),
        turn(C, "K S, one one, seven o four.", 0.85, low={"o": 0.43}),
        turn(A, "K S one one seven zero four. Our driver picks them up Wednesday, December ninth, at three p.m., "
                "and brings them back sharpened on Friday, before your dinner service.", 0.89),
        turn(C, "Perfect, thanks.", 0.95),
    ]),
    "w17en-02": ("en", "GL-4", None, [
        turn(A, "ClearView Glass and Shower, this is Jo.", 0.93),
        turn(C, "Hi, I got your quote for a frameless shower door, twelve forty installed, and I'd like to go "
                "ahead.", 0.9),
        turn(A, "Great. Before we cut the glass, our installer has to measure. Can I have your name?", 0.93),
        turn(C, "Marisol Quintanila.", 0.8, low={"quintanila": 0.38}),
        turn(A, "Thanks, Marisol. The measurement visit is Saturday, December fifth, at ten a.m. What's the "
                "address?", 0.91),
        turn(C, "Eighty eight Alder Street, unit three.", 0.9),
        turn(A, "Eighty eight Alder Street, unit three. After measuring, we e-mail you the final quote within two "
                "business days, and the door goes in about two weeks after you approve it. I'll also text you "
                "the link to our gallery of finished bathrooms, if you'd like some ideas.", 0.89),
        turn(C, "Sounds good. My number is four oh four, five five five, o two six one.", 0.85, low={"o": 0.44}),
        turn(A, "Four zero four, five five five, zero two six one. See you Saturday.", 0.91),
    ]),
    "w17en-03": ("en", "EM-1", None, [
        turn(A, "Stitchworks Embroidery, this is Carmen.", 0.93),
        turn(C, "Hi, I coach the Riverside under twelve girls. I need names and numbers on twenty four "
                "jerseys.", 0.9),
        turn(A, "Names and numbers on the back are fourteen dollars a jersey, so three thirty six for twenty "
                "four. We need half up front.", 0.89),
        turn(C, "That's fine. When would they be ready?", 0.94),
        turn(A, "If you drop them off tomorrow, they'll be ready Thursday, December seventeenth, after noon. Your "
                "order number is E M, three oh oh, five two. Please e-mail us the roster tonight.", 0.89),
        turn(C, "Will do. My number is five one two, five five five, zero four seven seven.", 0.88),
        turn(A, "Five one two, five five five, zero four seven seven. We'll text you when they're ready.", 0.91),
    ]),
    "w17en-04": ("en", "SA-3", None, [
        turn(A, "Nordic Heat Sauna Service, this is Erik.", 0.93),
        turn(C, "Hi, our sauna heater won't get past a hundred and twenty degrees, and the control panel shows "
                "E three.", 0.9),
        turn(A, "E three is usually the control board. Can you read me the serial on the heater?", 0.92),
        turn(C, "H V, two seven, one one nine oh.", 0.87),
        turn(A, "H V two seven one one nine zero. That's under the manufacturer's three year warranty, so I have "
                "to escalate it to their technical support for a warranty claim before we replace anything.",
             0.89),
        turn(A, "They'll call you back within forty eight hours. Please don't use it until then.", 0.9),
        turn(C, "Okay, forty eight hours. Thanks.", 0.94),
    ]),
    "w17en-05": ("en", "IN-6", None, [
        turn(A, "Bridgeway Interpreting, scheduling, this is Hana.", 0.93),
        turn(C, "Hi, I need a Spanish interpreter for my mother's cardiology appointment.", 0.91),
        turn(A, "Of course. When is it?", 0.95),
        turn(C, "Tuesday, December eighth, at nine thirty in the morning, at Lakeview Medical Plaza, four hundred "
                "Harbor Drive, suite two ten.", 0.89),
        turn(A, "Four hundred Harbor Drive, suite two ten. Medical interpreting has a two hour minimum at fifty "
                "five an hour, so a hundred and ten dollars. We'll e-mail you the interpreter's name and photo "
                "the day before, so you know who to look for.", 0.89),
        turn(A, "Your confirmation number is I N, six two, four eight. What's a good phone number?", 0.9),
        turn(C, "Nine one nine, five five five, zero three one two.", 0.88),
        turn(A, "Nine one nine, five five five, zero three one two. Thank you.", 0.91),
    ]),
    # ---------------------------------------------------------------- Korean
    "w17ko-01": ("ko", "DK-2", None, [
        turn(A, "솔향떡집입니다. 주문 도와드릴게요.", 0.92),
        turn(C, "토요일 돌잔치에 쓸 떡 주문하려고요. 백설기 오십 개, 수수팥떡 서른 개요.", 0.9),
        turn(A, "백설기는 개당 이천 원이라 십만 원, 수수팥떡은 개당 천오백 원이라 사만 오천 원, 합쳐서 십사만 오천 원입니다. "
                "십이월 십이일 토요일 오전 열 시까지 배달해 드릴게요.", 0.89),
        turn(C, "네, 좋아요.", 0.95),
        turn(A, "연락처 알려 주세요.", 0.93),
        turn(C, "공일공, 칠삼육일, 영팔이오요.", 0.84, low={"영팔이오요": 0.46}),
        turn(A, "공일공 칠삼육일 공팔이오, 주문번호는 에스에이치 사일칠입니다. 배달 출발할 때 문자 드릴게요.", 0.9),
    ]),
    "w17ko-02": ("ko", "KB-5", None, [
        turn(A, "씽씽 공유킥보드 고객센터 문서진입니다.", 0.92),
        turn(C, "어제 킥보드 반납했는데 반납 처리가 안 돼서 세 시간 요금이 나왔어요.", 0.9),
        turn(A, "불편 드려 죄송합니다. 회원번호 말씀해 주시겠어요?", 0.93),
        turn(C, "팔 삼 오 공 이 칠이요.", 0.86),
        turn(A, "팔삼오공이칠 회원님, 어제 오후 여섯 시 십 분 이용 건 확인했습니다. 만 팔천육백 원 청구됐는데, 실제 이용 요금 "
                "이천사백 원 빼고 만 육천이백 원 환불해 드릴게요.", 0.89),
        turn(A, "영업일 기준 삼 일 이내에 카드사로 환불되고, 처리되면 문자로 알려 드립니다.", 0.9),
        turn(C, "네, 감사합니다.", 0.95),
    ]),
    "w17ko-03": ("ko", "BD-7", None, [
        turn(A, "맑음비데 렌탈 고객센터 황보은입니다.", 0.92),
        turn(C, "비데에서 물이 안 나와요. 노즐이 안 움직이는 것 같아요.", 0.9),
        turn(A, "관리번호 말씀해 주시겠어요?", 0.93),
        turn(C, "비 디, 사 공 칠 일이요.", 0.85),
        turn(A, "BD4071 박정훈 고객님 확인했습니다. 노즐 모터 문제면 본체 교체가 필요할 수 있는데, 본체 교체는 설치기사 "
                "팀장 확인이 필요해서 팀장님께 이관하겠습니다. 내일 오후 중으로 팀장님이 직접 전화 드릴 거예요.", 0.89),
        turn(C, "네, 알겠습니다.", 0.95),
    ]),
    "w17ko-04": ("ko", "WC-1", None, [
        turn(A, "명동시계수리입니다.", 0.92),
        turn(C, "지난주에 맡긴 손목시계 언제 찾을 수 있나 해서요. 접수번호는 칠 칠 공 삼 팔이요.", 0.88),
        turn(A, "칠칠공삼팔 확인했습니다. 배터리 교체 만 오천 원, 가죽줄 교체 삼만 이천 원, 합쳐서 사만 칠천 원이고요. "
                "십이월 십일 목요일 오후 네 시 이후에 찾으러 오시면 됩니다.", 0.89),
        turn(C, "목요일 네 시 이후요. 결제는 그때 하면 되죠?", 0.92),
        turn(A, "네, 찾으실 때 결제하시면 됩니다.", 0.94),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish
    "w17tl-01": ("tl", "RF-3", None, [
        turn(A, "Lamig Ref and Appliance Repair, si Dindo po.", 0.91),
        turn(C, "Kuya, yung ref namin hindi na lumalamig, tapos yung compressor parang hindi umaandar.", 0.87),
        turn(A, "Service ticket niyo po from last week?", 0.92),
        turn(C, "R F, dos kuwatro, siyete otso.", 0.85),
        turn(A, "R F two four seven eight po. Kung compressor po ang papalitan, kailangan po ng approval ng senior "
                "tech namin kasi mahal po yung piyesa. Ipapasa ko po sa kanya, tatawag po siya bukas bago "
                "mag-alas tres.", 0.87),
        turn(C, "Sige po, hihintayin ko.", 0.93),
    ]),
    "w17tl-02": ("tl", "EG-8", None, [
        turn(A, "Caloy Poultry Supply, si Jenny po.", 0.91),
        turn(C, "Ate, order ulit kami ng itlog para sa bakery, tatlumpung tray ng medium.", 0.88),
        turn(A, "Medium po, dos siyentos diyes per tray, thirty trays, six thousand three hundred po lahat.", 0.86),
        turn(C, "Sige. Deliver niyo Huwebes, mga alas singko ng umaga, maaga kasi kami nagbe-bake.", 0.88),
        turn(A, "Huwebes po, December three, alas singko ng umaga. Account niyo po E G, singko sero tres, Marites "
                "Cabrera po, tama?", 0.87),
        turn(C, "Oo, ako yun. Number ko, zero nine one seven, uno uno siyete, tres tres otso dos.", 0.84),
        turn(A, "Zero nine one seven, one one seven, three three eight two po. COD po ulit.", 0.89),
    ]),
    "w17tl-03": ("tl", "DB-4", None, [
        turn(A, "Bloom and Balloons Event Styling, si Kim po.", 0.91),
        turn(C, "Hi po, nagpa-reserve na po kami ng balloon setup para sa debut ng anak ko. Nakapag-GCash na po "
                "ako ng downpayment.", 0.88),
        turn(A, "Salamat po. Reservation number po?", 0.93),
        turn(C, "D B, uno siyete, sero otso.", 0.84, low={"sero": 0.46}),
        turn(A, "D B one seven zero eight po. Package po kinse mil, natanggap na po namin yung pitong libo't limang "
                "daan na downpayment, kaya pitong libo't limang daan pa po ang balance, babayaran sa event day.",
             0.86),
        turn(A, "Setup po Sabado, December nineteen, alas dos ng hapon, sa Villa Consuelo Events Place. "
                "I-e-email ko po bukas yung mock-up ng design para ma-approve niyo. I-text ko na rin po yung link "
                "ng FB page namin para makita niyo yung ibang setup.", 0.87),
        turn(C, "Sige po, salamat.", 0.95),
    ]),
    "w17tl-04": ("tl", "GA-6", None, [
        turn(A, "Linaw Glass and Aluminum, si Ramil po.", 0.91),
        turn(C, "Magpapagawa po sana kami ng sliding window, apat na bintana, aluminum tsaka glass.", 0.88),
        turn(A, "Sa sliding window po, mga anim na libo't limang daan per window depende sa sukat, so mga twenty six "
                "thousand po yung apat. Kailangan po muna namin sukatan. Pwede po Lunes, December seven, alas "
                "nuwebe ng umaga?", 0.86),
        turn(C, "Pwede. Block twelve Lot seven, Camella Homes, Molino tres.", 0.88),
        turn(A, "Block twelve Lot seven, Camella Homes, Molino three po. Number niyo po?", 0.9),
        turn(C, "Zero nine two seven, kuwatro singko dos, siyete siyete sero uno.", 0.84, low={"sero": 0.47}),
        turn(A, "Zero nine two seven, four five two, seven seven zero one po. Ibibigay po ng installer yung final "
                "quotation pagkatapos magsukat.", 0.88),
    ]),
    "w17tl-05": ("tl", "BC-9", None, [
        turn(A, "PayEasy Bayad Center, si Lorna po.", 0.91),
        turn(C, "Ma'am, nagbayad po ako ng kuryente kahapon, dalawang libo tatlong daan at apatnapu't limang piso "
                "at singkwenta sentimos, kaso mali po yung account number na na-encode.", 0.86),
        turn(A, "Reference number po ng resibo?", 0.93),
        turn(C, "B C, siyete siyete kuwatro, sero dos.", 0.85),
        turn(A, "B C seven seven four zero two po. Nakita ko po, two thousand three hundred forty five fifty, "
                "na-post sa maling account. Ire-reverse po namin at ipo-post sa tamang account within twenty four "
                "hours, tapos ite-text po namin kayo pag na-post na. Ano po yung tamang account number?", 0.87),
        turn(C, "Zero three one two, four four five, six six nine.", 0.88),
        turn(A, "Zero three one two, four four five, six six nine po. Sige po, salamat.", 0.9),
    ]),
}


# ---------------------------------------------------------------- spoken calls 1-3: Freshdesk JSON
def _fd(ticket_id, status, agent, subject, text, ticket_type, **cf):
    return base.freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, "2026-12-01T15:00:00Z", **cf)


_ESP = "Bean Counter Cafe (Elliot): 2-group espresso machine leaking from the L group head, steam wand weak. "
_ESP_VISIT = ("Tech visit Thu 12/10 2-4 PM (after lunch rush). Service call $89 + group head gasket kit $24.50 = "
              "$113.50 if that's all it needs. Tech calls 30 min before arrival.")
_BALLOON = "Sat sunrise flight cancelled (wind). Voucher BL92660, 2 riders @ $249 (Priya Raman). "
_FLOOR = "Refinish living room + hallway (stain + 3 coats of finish incl.). "
FRESHDESK = [
    _fd(17011, 8, "CT-1", "Espresso machine leak - tech visit", _ESP + "Asset ESP44201. " + _ESP_VISIT,
        "Espresso machine repair", asset_tag="ESP44201", customer_name="Elliot", phone="718-555-0146",
        total="$113.50", schedule="Thu 2026-12-10 2:00-4:00 PM", next_action="Tech calls 30 min before arrival"),
    _fd(17012, 8, "CT-1", "Espresso machine leak - tech visit", _ESP + _ESP_VISIT, "Espresso machine repair",
        asset_tag="ESP44210", customer_name="Elliot", phone="718-555-0146", total="$113.50",
        schedule="Thu 2026-12-10 2:00-4:00 PM", next_action="Tech calls 30 min before arrival"),
    _fd(17021, 8, "SB-6", "Balloon flight moved to Sun 12/13", _BALLOON + "Moved to Sun 12/13, launch 6:15 AM at "
        "Cedar Field, be there by 6. Pilot calls cust at 5 AM that morning to confirm (weather).", "Flight reschedule",
        ref_no="BL92660", customer_name="Priya Raman", phone="(603) 555-0724", total="$498.00",
        schedule="Sun 2026-12-13 6:15 AM", next_action="Pilot cb 5 AM day of flight to confirm"),
    _fd(17022, 8, "SB-6", "Balloon flight moved to Sun 12/13", _BALLOON + "Moved to Sun 12/13 at Cedar Field.",
        "Flight reschedule", ref_no="BL92660", customer_name="Priya Raman", phone="(603) 555-0724",
        total="$498.00", schedule="Sun 2026-12-13 6:45 AM", next_action=""),
    _fd(17031, 8, "GW-2", "Floor refinishing Mon 12/14-Wed 12/16", _FLOOR + "420 sq ft @ $3.75/sq ft = $1,575. Crew "
        "Mon 12/14 8 AM, done Wed 12/16; stay off floors 24 hrs after. Prep checklist e-mailed today (furniture out "
        "of both rooms before crew arrives).", "Floor refinishing", address="1622 Birchwood Lane",
        total="$1,575.00", schedule="Mon 2026-12-14 8:00 AM - Wed 12/16", next_action="Prep checklist e-mailed today"),
    _fd(17032, 8, "GW-2", "Floor refinishing Mon 12/14-Wed 12/16", _FLOOR + "Crew Mon 12/14 8 AM, done Wed 12/16; "
        "stay off floors 24 hrs after. Prep checklist e-mailed today (furniture out of both rooms before crew "
        "arrives).", "Floor refinishing", address="1262 Birchwood Lane", total="$1,375.00",
        schedule="Mon 2026-12-14 8:00 AM - Wed 12/16", next_action="Prep checklist e-mailed today"),
]
FRESHDESK_MAPPING = """\
# Spoken calls 1-3, a Freshdesk JSON export: the built-in Freshdesk mapping; state 8 ("Booked", a custom
# Freshdesk state) read as open; the custom fields named by what they hold.
name: audio17-freshdesk
system: freshdesk
status_values:
  "2": open
  "3": pending
  "4": resolved
  "8": open
extra_fields:
  reference: custom_fields.cf_ref_no
  asset_tag: custom_fields.cf_asset_tag
  phone: custom_fields.cf_phone
  address: custom_fields.cf_address
  customer_name: custom_fields.cf_customer_name
  amount: custom_fields.cf_total
  appointment: custom_fields.cf_schedule
  next_step: custom_fields.cf_next_action
"""


# ---------------------------------------------------------------- spoken calls 4-6: ServiceNow JSON
def _sn(number, state, agent, short, text, category, close_notes="", **u):
    return base.servicenow_record(number, state, agent, short, text, category, "2026-12-01 16:00:00", close_notes,
                                  **u)


_WELL = "New home w/ private well, lender wants a water test. Bacteria/nitrate panel $65 + arsenic $30 = $95. "
_WELL_KIT = ("Kit mailed tomorrow, arrives in 3-5 business days. Sample must reach the lab w/in 24 hrs of "
             "collection: ship Mon-Thu only.")
SERVICENOW = {"result": [
    _sn("INC1704041", "With program director", "NY-3", "Winter camp refund - injury", "Owen Whitfield (parent Dana "
        "Whitfield) broke his arm, can't attend winter camp ($340). Reg YS20551. Camp started Mon: refund needs the "
        "program director's approval, escalated to her; she cb cust by Wed. Cust e-mails the doctor's note to "
        "registration@northfieldsoccer.org tonight.", "Camp refund", registration_no="YS20551",
        caller_name="Dana Whitfield", amount="$340.00", next_action="Program director cb by Wed"),
    _sn("INC1704042", "Resolved", "NY-3", "Winter camp refund - injury", "Camper broke his arm, can't attend winter "
        "camp ($340). Reg YS20551. Refund issued.", "Camp refund", close_notes="Refund issued",
        registration_no="YS20551", caller_name="Dana Whitford", amount="$340.00", next_action=""),
    _sn("INC1705051", "Awaiting sample", "CS-8", "Well water test kit WT883012", _WELL + _WELL_KIT,
        "Water test kit", order_no="WT883012", mailing_address="415 Quarry Rd, Harmony",
        contact_phone="(207) 555-0938", amount="$95.00", next_action="Kit mailed tomorrow (3-5 bus. days)"),
    _sn("INC1705052", "Awaiting sample", "CS-8", "Well water test kit WT883012", _WELL + _WELL_KIT,
        "Water test kit", order_no="WT883012", mailing_address="415 Quarry Rd, Harmony",
        contact_phone="(207) 555-0983", amount="$95.00", next_action="Kit mailed tomorrow (3-5 bus. days)"),
    _sn("INC1706061", "Refund pending", "CC-4", "Duplicate membership charge", "Annual membership renewal charged "
        "twice on 11/30 ($129 x 2). Member ID 7740291 (Mr. Okonkwo). Refunded the 2nd charge, $129.00, to the same "
        "card; shows in 5-7 business days. Refund confirmation e-mailed today.", "Billing",
        member_id="7740291", email="cokonkwo@protonmail.com", amount="$129.00 refund",
        next_action="Refund confirmation e-mailed today; 5-7 bus. days"),
    _sn("INC1706062", "Refund pending", "CC-4", "Duplicate membership charge", "Annual membership renewal charged "
        "twice on 11/30. Member ID 7740291 (Mr. Okonkwo). Duplicate charge refunded to the same card.", "Billing",
        member_id="7740291", email="cokonkwo@protonmail.com", amount="$258.00 refund", next_action=""),
]}
SERVICENOW_MAPPING = """\
# Spoken calls 4-6, a ServiceNow JSON export (display_value objects): the built-in ServiceNow mapping;
# the desk's own states read as ours; the u_ fields named by what they hold.
name: audio17-servicenow
system: servicenow
status_values:
  With program director: escalated
  Awaiting sample: pending
  Refund pending: pending
extra_fields:
  reference: [u_registration_no, u_order_no, u_member_id]
  customer_name: u_caller_name
  phone: u_contact_phone
  address: u_mailing_address
  email: u_email
  amount: u_amount
  next_step: u_next_action
"""

# ---------------------------------------------------------------- English written calls: Jira CSV
JIRA = ["Issue key", "Status", "Assignee", "Summary", "Description", "Comment", "Issue Type",
        "Custom field (Reference Number)", "Custom field (Customer Name)", "Custom field (Contact Number)",
        "Custom field (Service Address)", "Custom field (Amount)", "Custom field (Appointment)",
        "Custom field (Next Step)"]
_KNIVES = ("Osteria Dodici (Rosa): 18 kitchen knives dull (2 serrated bread knives), 18 x $6 (serrated same "
           "price). Pickup Wed 12/9 3 PM; returned sharpened Fri before dinner service.")
_SHOWER = ("Cust approved quote: frameless shower door $1,240 installed. Installer measures before glass is cut: "
           "Sat 12/5 10 AM. Final quote e-mailed w/in 2 business days after measuring; install approx 2 wks after "
           "approval.")
_JERSEY = "Riverside U12 girls (coach): names + numbers on back of 24 jerseys @ $14 = $336, 50% up front. "
_SAUNA = "Heater won't go past 120F, panel shows E3 (likely control board). Serial HV271190, under mfr 3-yr warranty. "
_INTERP = "Spanish interpreter for cust's mother, cardiology appt"
JIRA_ROWS = [
    ["EN17-101", "Scheduled", "KN-2", "Knife pickup Wed 3 PM", _KNIVES, "", "Cutlery maintenance", "KS11704", "Rosa",
     "", "", "$108.00", "Wed 12/9 3:00 PM", "Return Fri before dinner service"],
    ["EN17-102", "Scheduled", "KN-2", "Knife pickup Wed 3 PM", _KNIVES, "", "Hood cleaning", "KS11704", "Rosa",
     "", "", "$108.00", "Wed 12/9 3:00 PM", "Return Fri before dinner service"],
    ["EN17-201", "Scheduled", "GL-4", "Frameless shower door - measure Sat", _SHOWER, "", "Shower door install", "",
     "Marisol Quintanilla", "(404) 555-0261", "88 Alder St, Unit 3", "$1,240.00", "Sat 12/5 10:00 AM",
     "Final quote e-mailed w/in 2 bus. days after measure"],
    ["EN17-202", "Scheduled", "GL-4", "Frameless shower door - measure Sat", _SHOWER, "", "Shower door install", "",
     "Marisol Santillana", "(404) 555-0261", "88 Alder St, Unit 8", "$1,240.00", "Sat 12/5 10:00 AM",
     "Final quote e-mailed w/in 2 bus. days after measure"],
    ["EN17-301", "Open", "EM-1", "24 jerseys - names + numbers", _JERSEY + "Jerseys dropped off tomorrow; ready Thu "
     "12/17 after 12 PM. Cust e-mails roster tonight. Txt cust when ready.", "", "Embroidery", "EM30052", "",
     "512-555-0477", "", "$336.00", "Thu 12/17 after 12:00 PM", "Txt cust when ready"],
    ["EN17-302", "Open", "EM-1", "24 jerseys - names + numbers", _JERSEY + "Jerseys dropped off tomorrow. Cust e-mails "
     "roster tonight. Txt cust when ready.", "", "Embroidery", "EM30052", "", "512-555-0477", "", "$336.00",
     "Thu 12/10 after 12:00 PM", "Txt cust when ready"],
    ["EN17-401", "Warranty review", "SA-3", "Sauna heater E3 - warranty claim", _SAUNA + "Escalated to mfr tech "
     "support for a warranty claim before anything is replaced; they cb cust w/in 48 hrs. Cust told not to use it "
     "meanwhile.", "", "Warranty repair", "HV271190", "", "", "", "", "", "Mfr tech support cb w/in 48 hrs"],
    ["EN17-402", "Done", "SA-3", "Sauna heater control board replaced", "Heater won't go past 120F, panel shows E3. "
     "Serial HV271190, under mfr warranty. Tech replaced the control board.", "Control board replaced",
     "Warranty repair", "HV271190", "", "", "", "", "", ""],
    ["EN17-501", "Scheduled", "IN-6", "Spanish interpreter - cardiology Tue", _INTERP + " Tue 12/8 9:30 AM, Lakeview "
     "Medical Plaza. Medical: 2-hr min @ $55/hr = $110. Interpreter's name + photo e-mailed the day before.", "",
     "Medical interpreting", "IN6248", "", "919.555.0312", "400 Harbor Dr, Ste 210", "$110.00", "Tue 12/8 9:30 AM",
     "Interpreter name + photo e-mailed day before"],
    ["EN17-502", "Scheduled", "IN-6", "Spanish interpreter - cardiology Tue", _INTERP + " at Lakeview Medical Plaza. "
     "Medical: 2-hr min @ $55/hr = $110.", "", "Medical interpreting", "IN6248", "", "919.555.0312",
     "400 Harbor Dr, Ste 210", "$110.00", "Tue 12/8 10:30 AM", ""],
]
JIRA_MAPPING = """\
# The English desk's Jira CSV export: the built-in Jira mapping; the desk's own workflow states read as
# ours. The Custom field (...) columns are kept under their own names.
name: en17-jira
system: jira
status_values:
  Scheduled: open
  Warranty review: escalated
  Done: resolved
"""

# ---------------------------------------------------------------- Korean written calls: CP949 CSV, Korean columns
HANEUL = ["접수번호", "처리상태", "담당자", "제목", "문의내용", "처리결과", "고객명", "연락처", "관리번호", "금액", "예약일시",
          "문의구분", "후속조치"]
_TTEOK = ("돌잔치 떡 주문: 백설기 50개 x 2,000원 = 100,000원 + 수수팥떡 30개 x 1,500원 = 45,000원, 합계 145,000원. "
          "12/12(토) 오전 10시까지 배달.")
_KICK = "어제(11/30) 18:10 이용 건 반납 처리 오류로 3시간 요금 18,600원 청구. "
_BIDET = "비데 물 안 나옴, 노즐 작동 안 함(노즐 모터 의심). 관리번호 BD4071. "
_WATCH = "손목시계 수리 찾는 날 문의. 접수번호 77038. 배터리 교체 15,000원 + 가죽줄 교체 32,000원 = 47,000원, 찾을 때 결제. "
HANEUL_ROWS = [
    ["SH17-101", "접수", "DK-2", "돌잔치 떡 주문", _TTEOK + " 배달 출발 시 문자.", "", "", "010-7361-0825", "SH417",
     "145,000원", "12월 12일(토) 10:00", "떡 주문", "배달 출발 시 문자"],
    ["SH17-102", "접수", "DK-2", "돌잔치 떡 주문", _TTEOK + " 배달 출발 시 문자.", "", "", "010-7361-0852", "SH417",
     "145,000원", "12월 12일(토) 10:00", "떡 주문", "배달 출발 시 문자"],
    ["KB17-201", "처리중", "KB-5", "반납 오류 요금 환불", _KICK + "실제 이용 요금 2,400원 제외 16,200원 환불 진행. 영업일 3일 "
     "이내 카드사 환불, 처리 시 문자 안내.", "", "", "", "835027", "16,200원 환불", "", "요금 환불", "3영업일 내 카드 환불, 완료 문자"],
    ["KB17-202", "처리중", "KB-5", "반납 오류 요금 환불", "반납 처리 오류로 요금 과다 청구. 환불 진행.", "", "", "", "835027",
     "18,600원 환불", "", "요금 환불", ""],
    ["BD17-301", "이관", "BD-7", "비데 노즐 작동 안 함 - 팀장 확인", _BIDET + "본체 교체 가능성: 설치기사 팀장 확인 필요, 팀장 "
     "이관. 내일 오후 중 팀장 직접 전화.", "", "박정훈", "", "BD4071", "", "", "렌탈 A/S", "팀장 내일 오후 전화"],
    ["BD17-302", "완료", "BD-7", "비데 노즐 교체", "비데 물 안 나옴, 노즐 작동 안 함. 관리번호 BD4071. 방문하여 노즐 교체.",
     "노즐 교체 완료", "박정훈", "", "BD4071", "", "", "렌탈 A/S", ""],
    ["WC17-401", "처리중", "WC-1", "시계 수리 찾는 날", _WATCH + "12/10(목) 오후 4시 이후 수령.", "", "", "", "77038",
     "47,000원", "12/10(목) 16:00 이후", "시계 수리", "12/10(목) 16시 이후 수령"],
    ["WC17-402", "처리중", "WC-1", "시계 수리 찾는 날", _WATCH, "", "", "", "77038", "47,000원", "12/10(목) 14:00 이후",
     "시계 수리", "12/10(목) 수령"],
]
HANEUL_MAPPING = """\
# The Haneul desk's Korean CSV export (CP949, as Korean Excel saves it). 문의구분 is the category; the
# other columns not named here (고객명, 연락처, 관리번호, 금액, 예약일시, 후속조치) are kept as structured fields.
name: haneul17
fields:
  ticket_id: 접수번호
  status: 처리상태
  agent_id: 담당자
  title: 제목
  description: 문의내용
  resolution: 처리결과
  category: 문의구분
status_values:
  접수: open
  처리중: pending
  완료: resolved
  이관: escalated
"""

# ---------------------------------------------------------------- Taglish written calls: the desk's own CSV
DESK = ["Ticket #", "Status", "Handled by", "Date", "Subject", "Details", "Resolution", "Concern type",
        "Customer", "Ref no", "Mobile", "Address", "Total", "Schedule", "Next action"]
_REF = "Ref hindi lumalamig, compressor hindi umaandar. Ticket RF2478. "
_EGGS = "Egg order para sa bakery: 30 trays medium"
_DEBUT = "Debut balloon setup, package PHP 15,000. DP PHP 7,500 received (GCash); balance PHP 7,500 sa event day. "
_WINDOWS = "4 sliding windows (aluminum + glass), approx PHP 6,500/window, approx PHP 26,000 total depende sa sukat. "
_BAYAD = "Electric bill payment kahapon (11/30) PHP 2,345.50, na-post sa maling account. Ref BC77402. "
DESK_ROWS = [
    ["RF17-101", "For senior tech", "RF-3", "2026-12-01", "Ref compressor - for approval", _REF + "Compressor "
     "replacement needs senior tech approval: ipinasa sa senior tech; cb cust bukas before 3 PM.", "", "Ref repair",
     "", "RF2478", "", "", "", "", "Senior tech cb bukas before 3PM"],
    ["RF17-102", "Closed", "RF-3", "2026-12-01", "Ref compressor replaced", _REF + "Compressor replaced.",
     "Compressor replaced", "Ref repair", "", "RF2478", "", "", "", "", ""],
    ["EG17-201", "Naka-schedule", "EG-8", "2026-12-01", "Eggs 30 trays - Thu 5AM", _EGGS + " @ PHP 210 = PHP 6,300. "
     "Deliver Thu Dec 3, 5:00 AM (maaga nagbe-bake). COD.", "", "Egg supply", "Marites Cabrera", "EG503",
     "+63 917 117 3382", "", "PHP 6,300.00", "Thu Dec 3, 5:00 AM", "Deliver Thu 5AM, COD"],
    ["EG17-202", "Naka-schedule", "EG-8", "2026-12-01", "Eggs 30 trays - Thu 5AM", _EGGS + ". Deliver Thu Dec 3, "
     "5:00 AM (maaga nagbe-bake). COD.", "", "Egg supply", "Marites Cabral", "EG503", "+63 917 117 3382", "",
     "PHP 6,000.00", "Thu Dec 3, 5:00 AM", "Deliver Thu 5AM, COD"],
    ["DB17-301", "Naka-schedule", "DB-4", "2026-12-01", "Debut balloon setup Sat Dec 19", _DEBUT + "Setup Sat Dec 19, "
     "2:00 PM, Villa Consuelo Events Place. Mock-up e-mailed tom for approval.", "", "Event styling", "", "DB1708",
     "", "Villa Consuelo Events Place", "PHP 7,500.00 balance", "Sat Dec 19, 2:00 PM",
     "Email mock-up tom for approval"],
    ["DB17-302", "Naka-schedule", "DB-4", "2026-12-01", "Debut balloon setup Sat Dec 19", _DEBUT + "Setup Sat Dec 19, "
     "Villa Consuelo Events Place. Mock-up e-mailed tom for approval.", "", "Event styling", "", "DB1708", "",
     "Villa Consuelo Events Place", "PHP 7,500.00 balance", "Sat Dec 19, 4:00 PM", "Email mock-up tom for approval"],
    ["GA17-401", "Naka-schedule", "GA-6", "2026-12-01", "Sliding windows x4 - sukat Mon", _WINDOWS + "Sukat Mon Dec 7, "
     "9:00 AM. Final quotation after sukat.", "", "Windows and doors", "", "", "0927 452 7701",
     "Blk 12 Lot 7, Camella Homes, Molino 3", "approx PHP 26,000.00", "Mon Dec 7, 9:00 AM",
     "Final quotation after sukat"],
    ["GA17-402", "Naka-schedule", "GA-6", "2026-12-01", "Sliding windows x4 - sukat Mon", _WINDOWS + "Sukat Mon Dec 7, "
     "9:00 AM. Final quotation after sukat.", "", "Aircon installation", "", "", "0927 452 7710",
     "Blk 12 Lot 7, Camella Homes, Molino 3", "approx PHP 26,000.00", "Mon Dec 7, 9:00 AM",
     "Final quotation after sukat"],
    ["BC17-501", "Pending", "BC-9", "2026-12-01", "Payment posted to wrong acct", _BAYAD + "Tamang acct 0312445669. "
     "Reverse + repost sa tamang account w/in 24 hrs; txt cust pag na-post.", "", "Payment posting", "", "BC77402",
     "", "", "PHP 2,345.50", "", "Repost w/in 24 hrs, txt cust"],
    ["BC17-502", "Pending", "BC-9", "2026-12-01", "Payment posted to wrong acct", _BAYAD + "Tamang acct 0312445669. "
     "For reversal.", "", "Payment posting", "", "BC77402", "", "", "PHP 2,345.50", "", ""],
]
DESK_MAPPING = """\
# The Taglish desk's own CSV export (no built-in system): every column named here; the desk's states
# read as ours; the structured columns named by what they hold.
name: tl17-desk
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
  Pending: pending
  For senior tech: escalated
  Closed: resolved
extra_fields:
  customer_name: Customer
  reference: Ref no
  phone: Mobile
  address: Address
  amount: Total
  appointment: Schedule
  next_step: Next action
"""


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    base.write_json(exports / "audio17-freshdesk.json", FRESHDESK)
    (exports / "audio17-freshdesk-mapping.yaml").write_text(FRESHDESK_MAPPING, encoding="utf-8")
    base.write_json(exports / "audio17-servicenow.json", SERVICENOW)
    (exports / "audio17-servicenow-mapping.yaml").write_text(SERVICENOW_MAPPING, encoding="utf-8")
    base.write_csv(exports / "en17-jira.csv", JIRA, JIRA_ROWS)
    (exports / "en17-mapping.yaml").write_text(JIRA_MAPPING, encoding="utf-8")
    base.write_csv(exports / "haneul17-cp949.csv", HANEUL, HANEUL_ROWS, encoding="cp949")
    (exports / "haneul17-mapping.yaml").write_text(HANEUL_MAPPING, encoding="utf-8")
    base.write_csv(exports / "tl17-desk.csv", DESK, DESK_ROWS)
    (exports / "tl17-mapping.yaml").write_text(DESK_MAPPING, encoding="utf-8")


if __name__ == "__main__":
    main()
