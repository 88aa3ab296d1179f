"""Writes the sixth round's dev calls (calls/d6*.json) and their export (exports/round6-desk.json).

Run from the repository root: ``python tests/data/tickets-fields/dev/build6.py``. Tuned on (dev
split). Domains no other set uses (self storage, piano tuning, appliance warranty; Korean appliance
repair, library, flower delivery; Taglish air-conditioner cleaning, catering, roofing), written for
the classes of miss the earlier first runs showed: Korean clock times and durations in native
numbers ("오후 세 시 반", "사흘"), e-mail addresses said aloud ("dot ... at gmail dot com", "골뱅이"),
a weekday in a column that is not named a date, durations in words ("an hour and a half"), counts
("스물다섯 송이", "limampung tao"), a hand-off or a call-back in other words ("passing this to our
facilities crew", "babalitaan ko po kayo", "결과 알려 드리겠습니다"), and an issue type written in
another language than the call ("Roof leak" on a call that says "tumutulo ... bubong").
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    "d6en-01": ("en", "HS-3", None, [
        turn(A, "Harborline Self Storage, this is Marcus.", 0.93),
        turn(C, "Hi, I rented unit C one forty last week and my gate code stopped working.", 0.9),
        turn(A, "Sorry about that. Can I get the email on the rental?", 0.93),
        turn(C, "Sure, it's dana dot whitfield at outlook dot com.", 0.9),
        turn(A, "Thanks Dana. I've reset your gate code; the new code goes to that email in a few minutes.", 0.91),
        turn(A, "The keypad itself logged errors, so I'm passing this to our facilities crew. "
                "They'll reach out to you by Friday about the keypad.", 0.9),
        turn(C, "Okay, Friday then. Thanks.", 0.92),
    ]),
    "d6en-02": ("en", "KP-1", None, [
        turn(A, "Keystone Piano Service, Ruth speaking.", 0.93),
        turn(C, "Hi, I'd like to book a tuning for an upright. It hasn't been tuned in about three years.", 0.9),
        turn(A, "Happy to. What's a good phone number?", 0.94),
        turn(C, "Six one seven, five five five, oh two nine three.", 0.86, low={"nine": 0.42}),
        turn(A, "And what day suits you?", 0.94),
        turn(C, "Tuesday afternoon if possible.", 0.91),
        turn(A, "I have Tuesday the eighth at one thirty PM. A tuning that overdue takes about an hour and a "
                "half, and it's one hundred and forty five dollars.", 0.9),
        turn(C, "Great, one thirty on Tuesday.", 0.92),
    ]),
    "d6en-03": ("en", "BW-7", None, [
        turn(A, "Brightwell Appliances warranty line, Tom speaking.", 0.93),
        turn(C, "My water heater is leaking from the bottom and it's only two years old.", 0.9),
        turn(A, "I'm sorry. Can you read me the serial number on the label?", 0.93),
        turn(C, "Four seven seven two, zero nine one five.", 0.9),
        turn(A, "Thank you. A leak from the tank is covered, but I can't approve a replacement myself. "
                "I'm sending this over to our claims adjusters, and one of them will get back to you within "
                "forty eight hours to set up the swap.", 0.9),
        turn(C, "Alright, forty eight hours.", 0.92),
    ]),
    "d6ko-01": ("ko", "ON-4", None, [
        turn(A, "안녕하세요, 온누리전자 서비스센터 박지민입니다.", 0.91),
        turn(C, "세탁기가 탈수할 때 소리가 너무 크게 나요.", 0.88),
        turn(A, "불편을 드려 죄송합니다. 연락처 말씀해 주시겠어요?", 0.9),
        turn(C, "공일공 삼삼팔일 칠칠이사요.", 0.86),
        turn(A, "확인했습니다. 목요일 오후 세 시 반에 기사님이 방문하겠습니다. 점검은 한 시간 정도 걸립니다.", 0.88),
        turn(C, "네, 목요일 세 시 반이요.", 0.91),
        turn(A, "감사합니다. 좋은 하루 보내세요.", 0.93),
    ]),
    "d6ko-02": ("ko", "LB-2", None, [
        turn(A, "시립중앙도서관 안내데스크 윤서아입니다.", 0.91),
        turn(C, "책을 반납했는데 연체료가 또 나왔어요. 회원번호는 팔사공이일칠이에요.", 0.87),
        turn(A, "팔사공이일칠, 확인해 보니 반납 처리가 누락됐네요. 연체료 삼천 원은 취소해 드렸습니다.", 0.88),
        turn(A, "이미 결제하신 금액 환불은 회계팀 확인이 필요해서요, 영업일 기준 사흘 안에 결과 알려 드리겠습니다.", 0.87),
        turn(C, "네, 사흘 안에요. 감사합니다.", 0.91),
    ]),
    "d6ko-03": ("ko", "FL-9", None, [
        turn(A, "꽃길플라워 주문센터 김하늘입니다.", 0.91),
        turn(C, "내일 어머니 생신이라 장미 꽃다발 주문하려고요. 스물다섯 송이로요.", 0.88),
        turn(A, "네, 스물다섯 송이 꽃다발은 육만 이천 원입니다. 내일 오전 열한 시에서 오후 한 시 사이에 도착합니다.", 0.88),
        turn(A, "주문 확인서 받으실 이메일 주소 알려 주세요.", 0.9),
        turn(C, "jhlee 골뱅이 네이버 닷컴이요.", 0.86),
        turn(A, "네, 확인서 메일로 보내 드리겠습니다. 감사합니다.", 0.92),
    ]),
    "d6tl-01": ("tl", "CB-5", None, [
        turn(A, "Good afternoon po, CoolBreeze Aircon Services, si Paolo po ito.", 0.88),
        turn(C, "Hi po, magpapalinis po sana ako ng aircon, dalawang unit po, window type.", 0.86),
        turn(A, "Sige po. Ano pong email natin para sa confirmation?", 0.89),
        turn(C, "Rhea dot mangubat at gmail dot com po.", 0.85),
        turn(A, "Available po tayo sa Huwebes, alas tres ng hapon. Mga dalawang oras po ang linis para sa "
                "dalawang unit.", 0.86),
        turn(C, "Sige po, Huwebes ng hapon.", 0.9),
        turn(A, "Ite-text ko na lang po kayo pag papunta na yung technician. Salamat po.", 0.87),
    ]),
    "d6tl-02": ("tl", "LB-8", None, [
        turn(A, "Hello po, Lutong Bahay Catering, si Mylene po.", 0.88),
        turn(C, "Magpapa-book po sana ako ng catering para sa binyag, mga limampung tao po.", 0.86),
        turn(A, "Para sa limampung tao po, ang package ay apatnapu't limang libong piso.", 0.86),
        turn(A, "Pero fully booked na po kami sa Sabado, kaya ipapasa ko po ito sa aming events manager. "
                "Babalitaan ko po kayo bukas ng umaga.", 0.85),
        turn(C, "Sige po, hihintayin ko.", 0.9),
    ]),
    "d6tl-03": ("tl", "BP-6", None, [
        turn(A, "Magandang umaga po, Bubong Pro, si Edgar po.", 0.88),
        turn(C, "Tumutulo po yung bubong namin tuwing umuulan, sa may sala po.", 0.86),
        turn(A, "Sige po, magpapadala po ako ng tekniko sa Sabado, alas nuwebe ng umaga, para tingnan.", 0.86),
        turn(C, "Okay po, salamat.", 0.91),
        turn(A, "Libre po ang inspection. Salamat po.", 0.9),
    ]),
}


def _t(ticket_id, status, agent, title, description, resolution="", **fields):
    return {"ticket_id": ticket_id, "status": status, "agent_id": agent, "title": title,
            "description": description, "resolution": resolution, **fields}


_STORE = "Gate code for unit C140 reset; new code emailed to {mail}. {more}"
_PIANO = "Tuning booked for an upright not tuned in about three years; $145. {more}"
_HEATER = "Water heater leaking from the tank bottom, two years old, serial 47720915. {more}"
_WASH = "세탁기 탈수 시 소음. 기사 방문 점검 예정. {more}"
_LIB = "반납 누락으로 연체료 3,000원 부과된 건 취소. {more}"
_FLOWER = "장미 꽃다발 주문, 내일 배송. {more}"
_AIRCON = "Aircon cleaning, window type. Confirmation to {mail}. {more}"
_CATER = "Catering para sa binyag. {more}"
_ROOF = "Tulo sa sala tuwing umuulan. {more}"
TICKETS = [
    _t("D6-101", "Escalated", "HS-3", "Gate code not working", _STORE.format(
        mail="dana.whitfield@outlook.com", more="Keypad logged errors: passed to facilities, who will contact "
        "the customer by Friday."), Email="dana.whitfield@outlook.com", Unit="C140", Callback="Friday"),
    _t("D6-102", "Escalated", "HS-3", "Gate code not working", _STORE.format(
        mail="the customer", more="Keypad logged errors: passed to facilities, who will contact the customer."),
        Email="dana.whitfield@outlook.co.uk", Unit="C140", Callback="Thursday"),
    _t("D6-103", "Resolved", "HS-3", "Gate code not working", _STORE.format(
        mail="the customer", more="Keypad checked."), "Gate code reset.", Email="dana.whitfield@outlook.com",
        Unit="C140"),
    _t("D6-201", "Resolved", "KP-1", "Piano tuning booked", _PIANO.format(more="Confirmed by phone."),
       "Booked.", Phone="617-555-0293", Visit="Tuesday 1:30 PM", Duration="90 min", Price="$145.00"),
    _t("D6-202", "Resolved", "KP-1", "Piano tuning booked", _PIANO.format(more="Confirmed by phone."),
       "Booked.", Phone="617-555-0293", Visit="Tuesday 1:30 PM", Duration="1 hour", Price="$145.00"),
    _t("D6-203", "Resolved", "KP-1", "Piano tuning booked", _PIANO.format(more="Confirmed by phone."),
       "Booked.", Phone="617-555-0293", Visit="Tuesday 1:00 PM", Duration="90 min", Price="$145.00"),
    _t("D6-301", "Escalated", "BW-7", "Water heater leak: warranty replacement", _HEATER.format(
        more="Sent to claims adjusters; an adjuster will call back within 48 hours to arrange the swap."),
        Serial="47720915", Response_Time="48 hours"),
    _t("D6-302", "Resolved", "BW-7", "Water heater leak: warranty replacement", _HEATER.format(
        more="Replacement approved."), "Replacement approved under warranty.", Serial="47720915",
        Response_Time="24 hours"),
    _t("D6-401", "Pending", "ON-4", "세탁기 소음", _WASH.format(more="목요일 방문."), 연락처="010-3381-7724",
       방문시간="목요일 오후 3:30", 소요시간="1시간", Product="Front-load washer"),
    _t("D6-402", "Pending", "ON-4", "세탁기 소음", _WASH.format(more="목요일 방문."), 연락처="010-3381-7724",
       방문시간="목요일 오후 4:30", 소요시간="2시간", Product="Front-load washer"),
    _t("D6-501", "Pending", "LB-2", "연체료 오부과", _LIB.format(more="결제 금액 환불은 회계팀 확인 후 고객에게 회신 예정."),
       회원번호="840217", 처리기한="3일"),
    _t("D6-502", "Pending", "LB-2", "연체료 오부과", _LIB.format(more="결제 금액 환불은 회계팀 확인 필요."),
       회원번호="840217", 처리기한="7일"),
    _t("D6-601", "Resolved", "FL-9", "꽃다발 주문", _FLOWER.format(more="확인서 이메일 발송."), "주문 완료.",
       수량="25송이", 금액="62,000원", 배송시간="오전 11시~오후 1시", 이메일="jhlee@naver.com"),
    _t("D6-602", "Resolved", "FL-9", "꽃다발 주문", _FLOWER.format(more="확인서 이메일 발송."), "주문 완료.",
       수량="15송이", 금액="62,000원", 배송시간="오후 1시~3시", 이메일="jhlee@daum.net"),
    _t("D6-701", "Pending", "CB-5", "Aircon cleaning", _AIRCON.format(
        mail="rhea.mangubat@gmail.com", more="Technician texts the customer when on the way."),
       Email="rhea.mangubat@gmail.com", Units="2", Slot="Thursday 3:00 PM", Duration="2 hours"),
    _t("D6-702", "Pending", "CB-5", "Aircon cleaning", _AIRCON.format(mail="the customer", more=""),
       Email="rhea.mangubat@yahoo.com", Units="3", Slot="Friday 3:00 PM", Duration="2 hours"),
    _t("D6-801", "Pending", "LB-8", "Binyag catering", _CATER.format(
        more="Fully booked sa Sabado: ipinasa sa events manager; babalitaan ang customer bukas ng umaga."),
       Pax="50", Quote="PHP 45,000"),
    _t("D6-802", "Resolved", "LB-8", "Binyag catering", _CATER.format(more="Booking confirmed."),
       "Booked for Saturday.", Pax="60", Quote="PHP 45,000"),
    _t("D6-901", "Pending", "BP-6", "Tulo ng bubong", _ROOF.format(more="Tekniko Sabado 9 AM, libreng inspection."),
       Issue_Type="Roof leak", Visit="Saturday 9:00 AM"),
    _t("D6-902", "Pending", "BP-6", "Tulo ng bubong", _ROOF.format(more="Tekniko Sabado 9 AM, libreng inspection."),
       Issue_Type="Roof leak", Visit="Saturday 11:00 AM"),
]

if __name__ == "__main__":
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    for ticket in TICKETS:  # column names as a desk writes them ("Issue Type", "Response Time")
        for key in [k for k in ticket if "_" in k and k not in ("ticket_id", "agent_id")]:
            ticket[key.replace("_", " ")] = ticket.pop(key)
    out = HERE.parent / "exports" / "round6-desk.json"
    out.write_text(json.dumps(TICKETS, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {len(CALLS)} calls and {out}")
