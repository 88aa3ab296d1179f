"""Writes the fourth test split's written calls (test4/calls) and exports (test4/exports).

Run from the repository root: ``python tests/data/tickets-fields/test4/build.py``. The real calls of
this split (the Tagalog dev calls of ../shared/corpus/tl_dev_calls.md and the Harper Valley mono
mixes) are transcribed at evaluation time: nothing from them is copied here; their tickets were
written from the human transcripts. ``p`` is a turn's word probability the way Whisper base reports it.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # write into test4/calls
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    "w4en-01": ("en", "CF-212", None, [
        turn(A, "Cascade Fiber support, this is Noah. What can I do for you?", 0.93),
        turn(C, "Our internet's been down since about six this morning, and the neighbours say theirs is out too.", 0.9),
        turn(A, "Let me run a line test. Can you confirm the account number?", 0.94),
        turn(C, "It's three three eight, one zero four, seven.", 0.89),
        turn(A, "Thanks. The test shows the node for your street is down, so this isn't something I can fix "
                "from here. I'm escalating it to our network operations team.", 0.91),
        turn(A, "They'll call you back within four hours with an update.", 0.92),
        turn(C, "Okay, within four hours. Thanks.", 0.9),
        turn(A, "You're welcome. Sorry for the trouble.", 0.94),
    ]),
    "w4en-02": ("en", "BO-77", None, [
        turn(A, "Brightline Office Supplies, Mia speaking.", 0.94),
        turn(C, "Hi, the printer you leased us keeps saying toner low, and the pages come out faded.", 0.9),
        turn(A, "I'm sorry. Which printer model is it?", 0.93),
        turn(C, "The P X forty.", 0.86),
        turn(A, "Okay. Your lease covers toner, so I'm shipping a replacement cartridge today. It should arrive "
                "in three business days, and I'll email you the tracking number.", 0.91),
        turn(C, "Great, thank you.", 0.93),
        turn(A, "Anything else I can help with? No? Have a good day.", 0.94),
    ]),
    "w4ko-01": ("ko", "HB-31", None, [
        turn(A, "안녕하십니까, 한빛모바일 상담원 김지수입니다.", 0.9),
        turn(C, "네, 이번 달 요금이 두 번 결제돼서 전화드렸어요.", 0.88),
        turn(A, "불편을 드려 죄송합니다. 확인해 보니 삼만 오천 원이 중복으로 결제되었습니다.", 0.89),
        turn(A, "중복 결제된 삼만 오천 원은 삼 영업일 안에 환불해 드리겠습니다.", 0.88),
        turn(C, "네, 알겠습니다. 감사합니다.", 0.92),
        turn(A, "감사합니다. 좋은 하루 보내세요.", 0.93),
    ]),
    "w4ko-02": ("ko", "HB-44", None, [
        turn(A, "한빛인터넷 고객센터 박민준입니다. 무엇을 도와드릴까요?", 0.91),
        turn(C, "어제부터 인터넷이 계속 끊겨요. 공유기를 껐다 켜도 똑같아요.", 0.87),
        turn(A, "원격으로 점검해 보니 회선 신호가 약합니다. 기술팀으로 이관해서 기사님이 방문하도록 하겠습니다.", 0.88),
        turn(A, "기사님이 내일 오후 두 시에 방문할 예정입니다.", 0.89),
        turn(C, "네, 내일 오후 두 시요. 감사합니다.", 0.9),
        turn(A, "감사합니다. 좋은 하루 되세요.", 0.93),
    ]),
}

# ServiceNow: the bank (and one retail autopay case), u_ columns
SERVICENOW = ["number", "state", "assigned_to", "opened_at", "short_description", "description", "close_notes",
              "work_notes", "u_category", "u_date_of_birth", "u_mobile", "u_card_type", "u_amount",
              "u_delivery_eta", "u_verification_eta"]
_CARD_2002 = ("Mr Claver reported his {card} lost. Verified card number 5612 3421 4987 3278, date of birth and "
              "mobile 0908 653 6064. Old card cancelled; the replacement goes to his new address (Villa Cuana "
              "3, Pinagbuhatan, Pasig City) instead of the billing address at 27 Apple Street.")
_APP_12AB = ("Caller wants to send funds with the bank's mobile app; the function does not show in online "
             "banking on her computer. {verified} Explained that transfers are a mobile app function: download "
             "the app from any app store and log in with the same details as online banking. Payments go "
             "through WhatsApp, or by email since she does not use WhatsApp.")
_LOAN_4F58 = ("Susan Jackson wants an automobile loan of PHP 100,000. {verified} The amount cannot be approved "
              "by phone; she will apply at the nearest branch, 222 Laureta Road corner P. Tuazon Street, which "
              "opens at 9:00 AM. Reminded her to bring an ID or passport.")
_DEBIT_9672 = ("Kristina Conrado asked for automatic payment of her credit card statements. Identity verified "
               "(card number, address in Muntinlupa City, date of birth, mobile, security code). {action} "
               "Offered the SafeBox service; nearest branch: Victoria Reyes, Muntinlupa.")
_DUBAI_F3B5 = ("Customer wants to open an account abroad (Dubai). The bank does not offer accounts in that "
               "country; the application for opening the account was sent by email. She wants to move about "
               "{amount} once the account is open (rate quoted: 14 pesos).{transfer}")
_AUTOPAY_CBE7 = ("Customer wants Autopay for the credit card. The bank account (sort code 541327, account "
                 "103707815) must first be linked and verified with a penny deposit, which takes up to {days}. "
                 "The bank sends an alert when the deposit arrives; the customer calls back after the "
                 "verification to finish the Autopay setup.")
SERVICENOW_ROWS = [
    ["BNB-40101", "Closed", "TL-AG-01", "2026-11-27 09:00:00", "Fund transfer not shown in online banking",
     _APP_12AB.format(verified="Verified full name, National Insurance number 552443 and date of birth 7 Feb 1991."),
     "Explained; she will download the app and call again if there are problems.", "",
     "Mobile app / fund transfer", "1991-02-07", "", "", "", "", ""],
    ["BNB-40102", "Closed", "TL-AG-01", "2026-11-27 09:00:00", "Fund transfer not shown in online banking",
     _APP_12AB.format(verified="Identity verified."),
     "Explained; she will download the app and call again if there are problems.", "",
     "Lost or stolen card", "1991-02-07", "", "", "", "", ""],
    ["BNB-40201", "Resolved", "TL-AG-02", "2026-11-27 09:10:00", "Lost credit card: cancelled, replacement sent",
     _CARD_2002.format(card="credit card"), "Card cancelled; the replacement arrives in about one week.", "",
     "Lost or stolen card", "", "0908 653 6064", "Credit", "", "1 week", ""],
    ["BNB-40202", "Resolved", "TL-AG-02", "2026-11-27 09:10:00", "Lost card: cancelled, replacement sent",
     _CARD_2002.format(card="card"), "Card cancelled; the replacement arrives in about one week.", "",
     "Lost or stolen card", "", "0908 653 6064", "Debit", "", "1 week", ""],
    ["BNB-40301", "On Hold", "TL-AG-03", "2026-11-27 09:20:00", "Auto loan: apply at branch",
     _LOAN_4F58.format(verified="Verified NI number 65412378, DOB 10 Jul 1993, mobile 0935 657 8411, email "
                       "susan.jackson@yahoo.com."), "", "", "Loan application", "1993-07-10", "0935 657 8411", "",
     "PHP 100,000", "", ""],
    ["BNB-40302", "On Hold", "TL-AG-03", "2026-11-27 09:20:00", "Auto loan: apply at branch",
     _LOAN_4F58.format(verified="Identity verified (NI number, date of birth, mobile, email)."), "", "",
     "Loan application", "1993-10-07", "0935 657 8411", "", "PHP 100,000", "", ""],
    ["BNB-40401", "Resolved", "TL-AG-01", "2026-11-27 09:30:00", "Fixed-amount auto-debit for card statements",
     _DEBIT_9672.format(action="Set up a fixed auto-debit of PHP 10,000 per statement from her AUB account."),
     "Auto-debit set up.", "", "Credit card auto-debit", "", "", "Credit", "PHP 10,000", "", ""],
    ["BNB-40402", "Escalated to Tier 2", "TL-AG-01", "2026-11-27 09:30:00", "Fixed-amount auto-debit for card statements",
     _DEBIT_9672.format(action="Request for a fixed auto-debit of PHP 10,000 per statement from her AUB account "
                        "forwarded to the cards team to set up."),
     "", "", "Credit card auto-debit", "", "", "Credit", "PHP 10,000", "", ""],
    ["BNB-40501", "On Hold", "TL-AG-04", "2026-11-27 09:40:00", "Overseas account (Dubai): transferred",
     _DUBAI_F3B5.format(amount="PHP 50,000", transfer=" Transferred the call to the international banking "
                        "customer help center."), "", "Call transferred to international banking.",
     "Overseas account", "", "0997 452 6678", "", "PHP 50,000", "", ""],
    ["BNB-40502", "Resolved", "TL-AG-04", "2026-11-27 09:40:00", "Overseas account (Dubai)",
     _DUBAI_F3B5.format(amount="PHP 15,000", transfer=""), "Application sent by email.", "",
     "Overseas account", "", "0997 452 6678", "", "PHP 15,000", "", ""],
    ["RET-40601", "On Hold", "TL-AG-05", "2026-11-27 09:50:00", "Autopay: bank account to be verified",
     _AUTOPAY_CBE7.format(days="two business days"), "", "", "Autopay setup", "", "", "", "", "",
     "2 business days"],
    ["RET-40602", "On Hold", "TL-AG-05", "2026-11-27 09:50:00", "Autopay: bank account to be verified",
     _AUTOPAY_CBE7.format(days="a few business days"), "", "", "Autopay setup", "", "", "", "", "",
     "5 business days"],
]

# Jira Service Management CSV: telecom and insurance
JIRA = ["Issue key", "Status", "Assignee", "Reporter", "Summary", "Description", "Comment",
        "Custom field (Request Type)", "Custom field (Contact Number)", "Custom field (Policy No)",
        "Custom field (Member ID)", "Custom field (Address)", "Custom field (Monthly Fee)",
        "Custom field (Trade-in Estimate)", "Custom field (Plan Price)"]
_5G_227C = ("Caller asked about the new 5G program. Verified phone 822 145 3669, DOB 5 Dec 1965 and address "
            "Block 10 Lot 8 Sampaloc Street, Paranaque City. Her phone (Oppo A52) does not work on the 5G network; "
            "5G plans are like the 4G plans but cost more. She can pick a 5G phone (Samsung) when her contract "
            "ends; details on the website.")
_FAMILY_BB02 = ("Miss Torres applied for a family package that shares minutes and data. Verified name, DOB and "
                "address 208 Rizal Avenue Extension, Caloocan City. Smallest package: PHP 1,000 a month for up "
                "to three members; can be upgraded later. The subscription starts next month (billed per full "
                "month). Added her husband Randy Torres and daughter Mylene Torres.{send}")
_IDD_C286 = ("Catherine Ariel asked about IDD for calls to Australia and New Zealand. Verified {phone}DOB 16 Apr "
             "1981 and address Barangay Tatalon, Quezon City. Two hours of call credit a month was not enough; "
             "added the plan with five hours of call credit, PHP 2,000, to her current plan, active tomorrow. "
             "Latest invoice re-sent by email; it arrives within 10 minutes.")
_TRADE_F60F = ("Mr Alex Salonga asked about trading in his phone (almost new, with cover). Estimate {estimate}; "
               "the exact value after inspection. He will send the phone in and take the value as a discount on "
               "a new contract. Emailed the shipping instructions to alex.salonga@gmail.com (received). The "
               "inspection takes 5 working days. He will register the new subscription online.")
_CARS_0853 = ("Policyholder wants to add five drivers to the car insurance, policy 298965 (address on file: "
              "{address}). Some of the drivers add a premium; a quotation for the additional drivers will be "
              "emailed. Enrolled her in paperless billing (small discount); next month's bill comes by email.")
_BENEF_D85F = ("John Cruz (member ID ABC-123) {request}. New beneficiary: his cousin Flordican Benedicto, same "
               "address as his new one, 123 Revisas Street, Malate, Manila. Explained how to review the policy online.")
_BENEF_F692 = ("Member changed the beneficiary on the policy. New address 208 Rizal Avenue Extension, Caloocan; the "
               "beneficiary's mailing address is the same. Explained how to review the policy online.")
JIRA_ROWS = [
    ["TEL-4101", "Done", "TL-AG-06", "", "5G program inquiry", _5G_227C, "", "5G plan inquiry", "822 145 3669",
     "", "", "Block 10 Lot 8 Sampaloc Street, Paranaque City", "", "", ""],
    ["TEL-4102", "Done", "TL-AG-06", "", "Mobile service", _5G_227C.replace("Caller asked about the new 5G program. ", ""),
     "", "No signal / network outage", "822 145 3669", "", "", "Block 10 Lot 8 Sampaloc Street, Paranaque City",
     "", "", ""],
    ["TEL-4201", "Done", "TL-AG-07", "", "Family package application",
     _FAMILY_BB02.format(send=" All three get a confirmation text, and an email with the payment instructions is "
                         "being sent."), "", "New subscription", "", "", "", "208 Rizal Avenue Extension, Caloocan City",
     "PHP 1,000", "", ""],
    ["TEL-4202", "Done", "TL-AG-07", "", "Family package application", _FAMILY_BB02.format(send=""), "",
     "New subscription", "", "", "", "208 Rizal Avenue Extension, Caloocan City", "PHP 1,000", "", ""],
    ["TEL-4301", "Done", "TL-AG-07", "", "IDD plan added; invoice re-sent", _IDD_C286.format(phone="mobile 0927 617 2110, "),
     "", "Plan change", "0927 617 2110", "", "", "Barangay Tatalon, Quezon City", "", "", "PHP 2,000"],
    ["TEL-4302", "Done", "TL-AG-07", "", "IDD plan added; invoice re-sent", _IDD_C286.format(phone="mobile, "), "",
     "Plan change", "0927 617 2101", "", "", "Barangay Tatalon, Quezon City", "", "", "PHP 2,000"],
    ["TEL-4401", "Waiting for customer", "TL-AG-08", "", "Phone trade-in",
     _TRADE_F60F.format(estimate="PHP 5,000 to 8,000"), "", "Trade-in", "", "", "", "", "", "PHP 5,000 - 8,000", ""],
    ["TEL-4402", "Waiting for customer", "TL-AG-08", "", "Phone trade-in",
     _TRADE_F60F.format(estimate="up to PHP 8,000"), "", "Trade-in", "", "", "", "", "", "PHP 3,000 - 8,000", ""],
    ["INS-4501", "Done", "TL-AG-09", "", "Add drivers to car insurance; paperless billing",
     _CARS_0853.format(address="233 Dasmarinas, Cavite"), "", "Policy change", "", "298965", "",
     "233 Dasmarinas, Cavite", "", "", ""],
    ["INS-4502", "Done", "TL-AG-09", "", "Add drivers to car insurance; paperless billing",
     _CARS_0853.format(address="Dasmarinas, Cavite"), "", "Policy change", "", "298965", "",
     "323 Dasmarinas, Cavite", "", "", ""],
    ["INS-4601", "Done", "TL-AG-10", "John Cruz", "Change of beneficiary",
     _BENEF_D85F.format(request="changed the beneficiary on his policy"), "", "Beneficiary change", "", "", "ABC-123",
     "123 Revisas Street, Malate, Manila", "", "", ""],
    ["INS-4602", "Done", "TL-AG-10", "John Cruz", "Policy request",
     _BENEF_D85F.format(request="called about his policy"), "", "Policy cancellation", "", "", "ABC-123",
     "123 Revisas Street, Malate, Manila", "", "", ""],
    ["INS-4701", "Done", "TL-AG-11", "", "Change of beneficiary", _BENEF_F692, "", "Beneficiary change", "", "",
     "123456", "208 Rizal Avenue Extension, Caloocan", "", "", ""],
    ["INS-4702", "Done", "TL-AG-11", "", "Change of beneficiary", _BENEF_F692, "", "Beneficiary change", "", "",
     "123465", "208 Rizal Avenue Extension, Caloocan", "", "", ""],
]


def _fd(ticket_id, status, subject, text, **custom):
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": "TL-AG-12", "created_at": "2026-11-27T11:00:00Z", "custom_fields": custom}


_ADDR_0C5F = ("Luis Cortez asked to update his address: old Binan, Laguna; new GMA, Cavite. {done} Signed him up "
              "for paperless billing.")
_SPEAKER_1AE4 = ("Item 0531{what} does not work with the customer's iPhone (works with other devices). Troubleshot "
                 "on the phone (hold the fifth button on the remote); now connected and working. Emailed the "
                 "troubleshooting guide link to michaeldelrosario7@gmail.com, received.")
_ADDR_3D2F = ("Allison Regorgo changed her address: old Santa Maria, Bulacan; new Naujan, Mindoro. Account updated, "
              "enrolled in paperless billing, the missing bill sent by email.")
_PICKUP_405E = ("Customer (surname Marcelo) checked order 83486469 (three pairs of shoes) for pickup at the "
                "Makiling Street, Makati City store. Called the store: the order has arrived and is ready for "
                "pickup before the end of the week.")
_RETURN_F96A = ("Customer bought {what} online that does not work and wants to return it (order 0034012, postal "
                "code 0021). In-store returns only at the Kalye Maligaya store, which she cannot reach; the FedEx "
                "return label has no drop-off near her. Emailed a UPS return label; she received it.")
FRESHDESK = [
    _fd(47011, 4, "Address change; missing bill", _ADDR_0C5F.format(
        done="Updated; the missing bill was emailed and he confirmed he received it."), cf_category="Account update"),
    _fd(47012, "Escalated", "Address change; missing bill", _ADDR_0C5F.format(
        done="Updated. Forwarded to the billing team to trace the missing bill."), cf_category="Account update"),
    _fd(47021, 4, "Bluetooth speaker not pairing with iPhone: fixed", _SPEAKER_1AE4.format(what=", a Bluetooth speaker,"),
        cf_product="Bluetooth speaker", cf_order_no="0531"),
    _fd(47022, 4, "Item not pairing with iPhone: fixed", _SPEAKER_1AE4.format(what=""),
        cf_product="Wireless earbuds", cf_order_no="0531"),
    _fd(47031, 4, "Address update; missing bill emailed", _ADDR_3D2F, cf_category="Account update"),
    _fd(47032, 4, "Address update; missing bill emailed", _ADDR_3D2F, cf_category="Refund request"),
    _fd(47041, 4, "Order pickup status", _PICKUP_405E, cf_order_no="83486469", cf_store_opens="8:00 AM"),
    _fd(47042, 4, "Order pickup status", _PICKUP_405E, cf_order_no="83486469", cf_store_opens="10:00 AM"),
    _fd(47051, 4, "Headset return: new label", _RETURN_F96A.format(what="a headset"), cf_product="Headset",
        cf_courier="UPS", cf_order_no="0034012"),
    _fd(47052, 4, "Item return: new label", _RETURN_F96A.format(what="an item"), cf_product="Keyboard",
        cf_courier="UPS", cf_order_no="0034012"),
]

# Harper Valley (mono mix at evaluation time): Zendesk CSV
HARPER = ["Id", "Subject", "Status", "Assignee", "Description", "Category", "Appointment", "Phone", "Zip Code",
          "Payment Amount", "Address"]
HARPER_ROWS = [
    ["6101", "Branch appointment", "Solved", "HV-AGENT", "Linda Garcia booked an appointment.", "Appointment",
     "Monday 11:00 AM", "", "", "", ""],
    ["6102", "Branch appointment", "Solved", "HV-AGENT", "Linda Garcia booked an appointment.", "Appointment",
     "Tuesday 11:00 AM", "", "", "", ""],
    ["6201", "Password reset", "Solved", "HV-AGENT", "John Garcia called to reset his password.", "Password reset",
     "", "715-139-0787", "", "", ""],
    ["6202", "Customer request", "Solved", "HV-AGENT", "John Garcia called; phone on file 715-139-0787.",
     "Card replacement", "", "715-139-0787", "", "", ""],
    ["6301", "New checkbook", "Solved", "HV-AGENT", "Jennifer Williams ordered a new checkbook, sent to her home address.",
     "Checkbook", "", "", "70023", "", "001 Main Street, Forest Ranch, CA"],
    ["6302", "New checkbook", "Solved", "HV-AGENT", "Jennifer Williams ordered a new checkbook, sent to her home address.",
     "Checkbook", "", "", "70032", "", "001 Main Street, Forest Ranch, CA"],
    ["6401", "Bill payment", "Solved", "HV-AGENT", "David Wilson paid his Smart Electric bill (552 Main Street, "
     "Harper Valley, CA 41912).", "Bill pay", "", "", "", "$132.00", ""],
    ["6402", "Bill payment", "Solved", "HV-AGENT", "David Wilson paid his Smart Electric bill (552 Main Street, "
     "Harper Valley, CA 41912).", "Bill pay", "", "", "", "$123.00", ""],
]

# Written calls: native JSON
NATIVE = [
    {"ticket_id": "CF-9001", "status": "escalated", "agent_id": "CF-212", "title": "Street-wide internet outage",
     "description": "No internet since 6 AM; neighbours out too. Account 3381047. Line test: the street's node is "
     "down. Escalated to network operations; they call the customer back within four hours.",
     "resolution": "", "Callback Within": "4 hours"},
    {"ticket_id": "CF-9002", "status": "resolved", "agent_id": "CF-212", "title": "Internet outage",
     "description": "No internet since 6 AM. Account 3381047. Line test run.",
     "resolution": "Outage noted on the street's node.", "Callback Within": ""},
    {"ticket_id": "BO-9101", "status": "resolved", "agent_id": "BO-77", "title": "Faded prints, toner low (PX-40)",
     "description": "Leased PX-40 prints faded and reports toner low. Toner is covered by the lease.",
     "resolution": "Replacement cartridge shipped today, arrives in 3 business days; tracking number emailed."},
    {"ticket_id": "BO-9102", "status": "resolved", "agent_id": "BO-77", "title": "Faded prints, toner low (PX-40)",
     "description": "Leased PX-40 prints faded and reports toner low. Toner is covered by the lease.",
     "resolution": "Customer informed."},
    {"ticket_id": "HB-9201", "status": "resolved", "agent_id": "HB-31", "title": "요금 중복 결제",
     "description": "이번 달 요금이 두 번 결제됨. 중복 결제 35,000원 환불, 3영업일 이내.", "환불금액": "35,000원"},
    {"ticket_id": "HB-9202", "status": "resolved", "agent_id": "HB-31", "title": "요금 중복 결제",
     "description": "이번 달 요금이 두 번 결제됨. 중복 결제분 환불, 3영업일 이내.", "환불금액": "53,000원"},
    {"ticket_id": "HB-9301", "status": "escalated", "agent_id": "HB-44", "title": "인터넷 끊김",
     "description": "어제부터 인터넷 끊김, 공유기 재시작해도 동일. 원격 점검 결과 회선 신호 약함. 기술팀 이관, "
     "기사 방문 내일 오후 2시.", "방문예정": "내일 오후 2시"},
    {"ticket_id": "HB-9302", "status": "resolved", "agent_id": "HB-44", "title": "인터넷 끊김",
     "description": "어제부터 인터넷 끊김, 공유기 재시작해도 동일. 원격 점검 결과 회선 신호 약함.",
     "resolution": "원격 점검 완료."},
]


def _csv(path: Path, header: list, rows: list) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> None:
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    exports = HERE / "exports"
    exports.mkdir(exist_ok=True)
    _csv(exports / "bayan-servicenow.csv", SERVICENOW, SERVICENOW_ROWS)
    _csv(exports / "tl-jira.csv", JIRA, JIRA_ROWS)
    _csv(exports / "harper4-zendesk.csv", HARPER, HARPER_ROWS)
    (exports / "retail-freshdesk.json").write_text(json.dumps(FRESHDESK, ensure_ascii=False, indent=1) + "\n")
    (exports / "written4.json").write_text(json.dumps({"tickets": NATIVE}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
