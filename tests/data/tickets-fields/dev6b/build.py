"""Writes a second batch of the sixth round's pairs (calls/d6b*.json, exports/round6b-desk.json).

Written and committed after the round's changes and before anything was run on it, by the same
author, as a first check of whether the changes hold on words they were not written for (its
first-run figure is in docs/tickets.md; it is no held-out split: the author knew the changes).
Domains: bike repair, event ticketing; Korean optician, parcel return; Taglish laundry, grocery.
Run from the repository root: ``python tests/data/tickets-fields/dev6b/build.py``.
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
    "d6b-en-01": ("en", "SG-2", None, [
        turn(A, "Spokes and Gears, this is Nate.", 0.93),
        turn(C, "Hey, my rear derailleur is skipping gears, can I bring the bike in?", 0.88),
        turn(A, "Sure. What's your email so I can send the booking?", 0.93),
        turn(C, "It's k dot tanaka at proton dot me.", 0.87),
        turn(A, "Great. Drop it off Saturday at ten thirty in the morning. The adjustment usually takes about "
                "two hours.", 0.9),
        turn(A, "We'll text you when it's ready for pickup.", 0.92),
        turn(C, "Perfect, Saturday ten thirty.", 0.91),
    ]),
    "d6b-en-02": ("en", "LE-5", None, [
        turn(A, "Lumen Events ticketing, Priya speaking.", 0.93),
        turn(C, "Hi, the concert on the twelfth was cancelled and I bought four tickets. I'd like a refund.", 0.89),
        turn(A, "I'm sorry about that. The total was two hundred forty eight dollars, correct?", 0.91),
        turn(C, "Yes.", 0.95),
        turn(A, "Refunds for cancelled shows are handled by our refunds team, so I'm forwarding your request "
                "to them. You'll hear from us within five business days.", 0.9),
        turn(C, "Okay, thank you.", 0.93),
    ]),
    "d6b-ko-01": ("ko", "BL-3", None, [
        turn(A, "밝은눈안경 상담원 정유나입니다.", 0.91),
        turn(C, "안경 두 개 맞추려고 하는데 예약할 수 있을까요?", 0.88),
        turn(A, "네, 토요일 오전 열 시 반 가능합니다. 시력 검사는 삼십 분 정도 걸립니다.", 0.88),
        turn(C, "네, 토요일 열 시 반으로 해 주세요.", 0.9),
        turn(A, "예약되었습니다. 전날 문자로 안내해 드리겠습니다.", 0.9),
    ]),
    "d6b-ko-02": ("ko", "HB-6", None, [
        turn(A, "한빛택배 고객센터 오세훈입니다.", 0.91),
        turn(C, "반품 수거 신청하려고요.", 0.89),
        turn(A, "네, 내일 오후 두 시에서 다섯 시 사이에 기사님이 방문하겠습니다.", 0.88),
        turn(A, "수거 후 영업일 기준 이틀 안에 환불됩니다. 이메일 주소 알려 주시면 접수증 보내 드리겠습니다.", 0.87),
        turn(C, "minji.park 골뱅이 지메일 닷컴이에요.", 0.85),
        turn(A, "감사합니다.", 0.93),
    ]),
    "d6b-tl-01": ("tl", "LW-4", None, [
        turn(A, "Hello po, Linis Laba laundry, si Gina po ito.", 0.88),
        turn(C, "Magpapa-pickup po sana ako ng labada, tatlong bag po.", 0.86),
        turn(A, "Sige po, kukunin po namin bukas ng alas otso y medya ng umaga.", 0.86),
        turn(A, "Mga dalawang araw po bago ma-deliver ulit. Ite-text po namin kayo pag ready na.", 0.86),
        turn(C, "Sige po, salamat.", 0.92),
    ]),
    "d6b-tl-02": ("tl", "PM-9", None, [
        turn(A, "Good afternoon po, Palengke Mart online, si Jomar po.", 0.88),
        turn(C, "Hi po, yung order ko po kulang, wala po yung dalawang kilo ng bigas.", 0.86),
        turn(A, "Pasensya na po. Hindi ko po ma-refund dito, kaya ipapasa ko po ito sa aming store manager. "
                "Tatawagan po kayo bukas.", 0.85),
        turn(C, "Sige po. Sa susunod na order, GCash na lang po ang bayad ko.", 0.86),
        turn(A, "Noted po, GCash. Ang next delivery po ay Sabado, alas kwatro ng hapon.", 0.86),
    ]),
}


def _t(ticket_id, status, agent, title, description, resolution="", **fields):
    return {"ticket_id": ticket_id, "status": status, "agent_id": agent, "title": title,
            "description": description, "resolution": resolution, **fields}


TICKETS = [
    _t("B6-101", "Pending", "SG-2", "Derailleur adjustment", "Rear derailleur skipping. Drop-off booked; we text the "
       "customer when ready.", Email="k.tanaka@proton.me", Drop_off="Saturday 10:30 AM", Est_Time="2 hours"),
    _t("B6-102", "Pending", "SG-2", "Derailleur adjustment", "Rear derailleur skipping. Drop-off booked; we text the "
       "customer when ready.", Email="k.tanaka@proton.com", Drop_off="Saturday 11:30 AM", Est_Time="2 hours"),
    _t("B6-201", "Escalated", "LE-5", "Refund: cancelled concert", "Four tickets for the cancelled concert, $248. "
       "Forwarded to the refunds team; the customer hears back within 5 business days.", Qty="4",
       Refund="$248.00", SLA="5 business days"),
    _t("B6-202", "Resolved", "LE-5", "Refund: cancelled concert", "Refund issued for the cancelled concert.",
       "Refund issued.", Qty="2", Refund="$248.00", SLA="5 business days"),
    _t("B6-301", "Pending", "BL-3", "안경 맞춤 예약", "토요일 예약, 전날 문자 안내.", 예약시간="토요일 오전 10:30",
       검사시간="30분", 수량="2개"),
    _t("B6-302", "Pending", "BL-3", "안경 맞춤 예약", "토요일 예약, 전날 문자 안내.", 예약시간="토요일 오전 11:30",
       검사시간="30분", 수량="3개"),
    _t("B6-401", "Pending", "HB-6", "반품 수거", "기사 방문 수거 후 환불. 접수증 이메일 발송.", 수거시간="오후 2시~5시",
       환불기한="2일", 이메일="minji.park@gmail.com"),
    _t("B6-402", "Pending", "HB-6", "반품 수거", "기사 방문 수거 후 환불. 접수증 이메일 발송.", 수거시간="오후 2시~5시",
       환불기한="5일", 이메일="minji.park@naver.com"),
    _t("B6-501", "Pending", "LW-4", "Laundry pickup", "Pickup bukas; i-text ang customer pag ready.",
       Pickup="8:30 AM", Bags="3", Turnaround="2 days"),
    _t("B6-502", "Pending", "LW-4", "Laundry pickup", "Pickup bukas; i-text ang customer pag ready.",
       Pickup="9:30 AM", Bags="4", Turnaround="2 days"),
    _t("B6-503", "Pending", "LW-4", "Laundry pickup", "Pickup bukas.", Pickup="8:30 AM", Bags="3",
       Turnaround="2 days"),
    _t("B6-601", "Escalated", "PM-9", "Kulang na order", "Kulang ang 2 kilo na bigas; ipinasa sa store manager, "
       "tatawagan ang customer bukas.", Payment_Method="GCash", Delivery_Slot="Saturday 4:00 PM"),
    _t("B6-602", "Resolved", "PM-9", "Kulang na order", "Kulang ang 2 kilo na bigas; na-refund.", "Refunded.",
       Payment_Method="COD", Delivery_Slot="Saturday 4:00 PM"),
]

if __name__ == "__main__":
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    for ticket in TICKETS:
        for key in [k for k in ticket if "_" in k and k not in ("ticket_id", "agent_id")]:
            ticket[key.replace("_", " ")] = ticket.pop(key)
    out = HERE.parent / "exports" / "round6b-desk.json"
    out.write_text(json.dumps(TICKETS, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {len(CALLS)} calls and {out}")
