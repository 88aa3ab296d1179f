"""Writes the call JSONs of the structured-fields ticket set (tests/data/tickets-fields).

Run from the repository root: ``python tests/data/tickets-fields/build.py``. The calls are written
here, in styles unlike the other ticket sets (bank/telecom/field-service desks, heavy Taglish with
Spanish-derived numbers, formal Korean with Sino-Korean phone numbers); some turns carry word
probabilities the way Whisper base reports them (``p``: the turn's words, ``low``: words heard with
less confidence). The Harper Valley pairs use the real recordings in ../shared/corpus, transcribed
at evaluation time (never copied here). Labels are in dev/labels.yaml and test/labels.yaml.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).parent


def write_csv(path: Path, header: list, rows: list, encoding: str = "utf-8") -> None:
    """A help desk's CSV export as the frozen splits (test6 on) write it: CRLF lines, in ``encoding``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_json(path: Path, data) -> None:
    """A JSON export, one-space indent, non-ASCII kept."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def freshdesk_record(ticket_id, status, agent, subject, text, ticket_type, created, **cf):
    """One Freshdesk JSON ticket: numeric status, ``type`` as the category, ``cf_<name>`` custom fields."""
    return {"id": ticket_id, "subject": subject, "description_text": text, "status": status,
            "responder_id": agent, "type": ticket_type, "created_at": created,
            "custom_fields": {f"cf_{k}": v for k, v in cf.items()}}


def servicenow_record(number, state, agent, short, text, category, opened, close_notes="", **u):
    """One ServiceNow JSON record with ``display_value`` objects for state, assignee and category and
    ``u_<name>`` fields."""
    record = {"number": number, "state": {"display_value": state, "value": state.lower()},
              "assigned_to": {"display_value": agent, "value": agent.lower()},
              "short_description": short, "description": text, "close_notes": close_notes,
              "category": {"display_value": category, "value": category.lower().replace(" ", "_")},
              "opened_at": opened}
    record.update({f"u_{k}": v for k, v in u.items()})
    return record


def turn(role, text, p=None, low=None):
    return {"role": role, "text": text, "p": p, "low": low or {}}


def write(call_id, language, agent_id, ticket_id, turns):
    utterances, start = [], 0.5
    for t in turns:
        words, length = [], 0.0
        if t["p"] is not None:
            for word in t["text"].split():
                key = word.strip(".,?!").lower()
                prob = t["low"].get(key, t["p"])
                words.append({"start": round(start + length, 2), "end": round(start + length + 0.35, 2),
                              "text": word, "probability": prob})
                length += 0.4
        end = round(start + max(length, 0.3 * len(t["text"].split())) + 0.2, 2)
        speaker = "SPEAKER_00" if t["role"] == "agent" else "SPEAKER_01"
        utterance = {"start": round(start, 2), "end": end, "speaker": speaker, "role": t["role"], "text": t["text"]}
        if words:
            utterance["words"] = [dict(w, speaker=speaker, role=t["role"]) for w in words]
        utterances.append(utterance)
        start = end + 0.6
    data = {"schema_version": "1.0", "call_id": call_id, "language": language,
            "metadata": {"agent_id": agent_id, **({"ticket_id": ticket_id} if ticket_id else {})},
            "asr": {"engine": "hand-written", "note": "written for the ticket set; p = word probability"},
            "roles": {"speakers": {"SPEAKER_00": "agent", "SPEAKER_01": "customer"}, "confidence": 1.0,
                      "source": "manifest"},
            "utterances": utterances}
    (HERE / "calls").mkdir(exist_ok=True)
    (HERE / "calls" / f"{call_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


A, C = "agent", "customer"
CALLS = {
    # ---------------------------------------------------------------- English (telecom / field service)
    "fen-01": ("en", "A-410", "CS-88120", [
        turn(A, "Northgate Broadband, Priya speaking, what's going on today?"),
        turn(C, "Hi, my router keeps dropping the connection every ten minutes or so."),
        turn(A, "Sorry to hear that. Can I get the account number on the bill?"),
        turn(C, "Sure, it's four four zero nine, double seven, one three."),
        turn(A, "Four four zero nine seven seven one three, thank you. And a good number to reach you?"),
        turn(C, "Two oh six, five five five, zero one four six."),
        turn(A, "I can see line errors on our side, so I'm booking an engineer visit for Thursday."),
        turn(C, "Okay, Thursday works."),
        turn(A, "Your case number is C S eight eight one two zero. Anything else?"),
        turn(C, "No, that's it, thanks."),
    ]),
    "fen-02": ("en", "A-411", "CS-88121", [
        turn(A, "Field support, this is Marcus."),
        turn(C, "Hey Marcus, the label printer at the loading dock is dead, asset tag P R N two five zero."),
        turn(A, "P R N two five zero, got it. Is it showing any lights at all?"),
        turn(C, "Nothing. I swapped the power cord already."),
        turn(A, "Okay, sounds like the power supply. I'll send a tech out today to swap it."),
        turn(C, "Great, the dock is at four ten Harbor Road."),
        turn(A, "Four ten Harbor Road. Your case is C S eight eight one two one."),
    ], ),
    "fen-03": ("en", "A-412", "88122", [
        turn(A, "Help desk, Tom here.", p=0.91),
        turn(C, "Hi Tom, I can't log into the payroll portal, it says my account is locked.", p=0.9),
        turn(A, "No problem. What's your employee number?", p=0.92),
        turn(C, "It's six one to eight four.", p=0.84, low={"to": 0.31}),
        turn(A, "Thanks. I've unlocked the account, try again now.", p=0.9),
        turn(C, "Yep, I'm in. Thank you.", p=0.93),
    ]),
    "fen-04": ("en", "A-413", "CS-88123", [
        turn(A, "Northgate Broadband, Priya speaking."),
        turn(C, "Hi, I'm moving next week and I need the service moved to my new place."),
        turn(A, "Happy to help. What's the new address?"),
        turn(C, "It's twenty two fifteen Cedar Lane, apartment four."),
        turn(A, "Twenty two fifteen Cedar Lane. And your callback number?"),
        turn(C, "Seven oh three, five five five, zero one nine two."),
        turn(A, "Done, the move is scheduled for the ninth. You'll get a text confirmation."),
        turn(C, "Perfect, thanks."),
    ]),
    "fen-05": ("en", "A-414", "88124", [
        turn(A, "IT support, Dana.", p=0.9),
        turn(C, "Hi, my laptop won't charge, the asset tag is N B four seven seven oh one.", p=0.82,
             low={"seven": 0.42, "oh": 0.4, "one": 0.45}),
        turn(A, "Have you tried another charger?", p=0.92),
        turn(C, "Yes, same thing.", p=0.93),
        turn(A, "I'll log it for a hardware swap, someone from the depot will call you back.", p=0.9),
    ]),
    "fen-06": ("en", "A-415", "CS-88125", [
        turn(A, "Northgate billing, Omar speaking."),
        turn(C, "Hi, I was charged twice for November, sixty four ninety nine each time."),
        turn(A, "Let me look. Can you confirm the account number?"),
        turn(C, "Three three one eight, zero zero five two."),
        turn(A, "I see both charges. I've refunded one of them, sixty four ninety nine, three to five days."),
        turn(C, "Great, thank you."),
    ]),
    "fen-07": ("en", "A-416", "CS-88126", [
        turn(A, "Service desk, this is Lee."),
        turn(C, "My VPN client says error eight oh nine every time I connect."),
        turn(A, "Okay. I'm going to reinstall the VPN client remotely, give me a minute."),
        turn(C, "Sure."),
        turn(A, "Done. Try connecting now."),
        turn(C, "It connects now, thanks."),
    ]),
    "fen-08": ("en", "A-417", "88127", [
        turn(A, "Field support, Marcus again.", p=0.9),
        turn(C, "Hi, the scanner at reception, tag S C N one oh four, it jams on every page.", p=0.88),
        turn(A, "Have you cleaned the rollers?", p=0.91),
        turn(C, "Not yet, I don't know how.", p=0.9),
        turn(A, "Okay, I'll send someone to clean and check it this afternoon.", p=0.92),
    ]),
    # ---------------------------------------------------------------- Korean (formal, phone numbers)
    "fko-01": ("ko", "A-520", "SR-30411", [
        turn(A, "안녕하십니까, 한빛통신 고객센터 상담원 김서연입니다."),
        turn(C, "네, 인터넷이 자꾸 끊겨서 전화드렸습니다."),
        turn(A, "불편을 드려 죄송합니다. 고객님 성함과 연락처를 말씀해 주시겠습니까?"),
        turn(C, "이민호이고요, 연락처는 공일공 사칠팔이 삼삼일오입니다."),
        turn(A, "공일공 사칠팔이 삼삼일오 맞으십니까? 기사 방문을 접수해 드리겠습니다."),
        turn(C, "네, 맞습니다."),
        turn(A, "접수 번호는 에스 알 삼 공 사 일 일 입니다. 감사합니다."),
    ]),
    "fko-02": ("ko", "A-521", "SR-30412", [
        turn(A, "한빛통신 기술지원팀입니다."),
        turn(C, "사무실 프린터가 인쇄가 안 됩니다. 자산 번호는 피 알 엔 칠 공 삼입니다."),
        turn(A, "피 알 엔 칠 공 삼 확인했습니다. 전원은 들어와 있습니까?"),
        turn(C, "네, 켜져 있는데 오류 표시등이 깜빡입니다."),
        turn(A, "원격으로 드라이버를 재설치해 보겠습니다."),
        turn(C, "이제 인쇄가 됩니다. 감사합니다."),
    ]),
    "fko-03": ("ko", "A-522", "SR-30413", [
        turn(A, "안녕하십니까, 인사시스템 헬프데스크입니다.", p=0.88),
        turn(C, "급여 시스템에 로그인이 안 됩니다.", p=0.86),
        turn(A, "본인 확인을 위해 사번을 말씀해 주시겠습니까?", p=0.9),
        turn(C, "사번은 이 칠 사 공 구 입니다.", p=0.8, low={"칠": 0.33}),
        turn(A, "확인되었습니다. 비밀번호를 초기화해 드렸습니다.", p=0.9),
        turn(C, "네, 이제 됩니다.", p=0.9),
    ]),
    "fko-04": ("ko", "A-523", "SR-30414", [
        turn(A, "한빛통신 고객센터입니다. 무엇을 도와드릴까요?"),
        turn(C, "이사를 가게 되어서 인터넷 이전 신청을 하려고 합니다."),
        turn(A, "새 주소를 말씀해 주시겠습니까?"),
        turn(C, "세종대로 이백일 번지입니다. 연락처는 공일공 구구팔칠 이일이공입니다."),
        turn(A, "세종대로 201, 연락처 공일공 구구팔칠 이일이공으로 이전 접수했습니다."),
        turn(C, "감사합니다."),
    ]),
    "fko-05": ("ko", "A-524", "SR-30415", [
        turn(A, "기술지원팀 박지훈입니다."),
        turn(C, "노트북 화면이 안 켜집니다. 자산 번호 엔 비 공 공 일 이 입니다."),
        turn(A, "전원 버튼을 길게 눌러서 껐다가 다시 켜 보시겠습니까?"),
        turn(C, "해 봤는데 그래도 안 됩니다."),
        turn(A, "하드웨어 문제로 보여서 현장 기사에게 이관하겠습니다. 연락 드릴 겁니다."),
    ]),
    "fko-06": ("ko", "A-525", "SR-30416", [
        turn(A, "한빛통신 요금 상담 최유나입니다."),
        turn(C, "이번 달 요금이 두 번 청구되었습니다. 삼만 구천 원씩이요."),
        turn(A, "확인해 보겠습니다. 고객 번호를 말씀해 주시겠습니까?"),
        turn(C, "고객 번호는 팔 팔 공 일 이 삼 사 입니다."),
        turn(A, "중복 청구 확인되어 삼만 구천 원 환불 처리해 드렸습니다."),
        turn(C, "감사합니다."),
    ]),
    # ---------------------------------------------------------------- Tagalog / Taglish (Spanish numbers)
    "ftl-01": ("tl", "A-630", "7101", [
        turn(A, "Good morning po, PinoyNet support, si Carla po ito."),
        turn(C, "Hi Carla, yung internet namin sa bahay wala since kagabi."),
        turn(A, "Sige po ma'am, pakibigay po ng account number."),
        turn(C, "Account number ko po, siyete otso dos, singko singko, isa tres."),
        turn(A, "Seven eight two, five five, one three po, tama po? Tapos contact number niyo po?"),
        turn(C, "Zero nine one seven, triple four, dalawa tatlo lima anim."),
        turn(A, "Noted po, magpapadala po kami ng technician bukas ng umaga."),
        turn(C, "Sige po, salamat."),
    ]),
    "ftl-02": ("tl", "A-631", "7102", [
        turn(A, "PinoyNet tech support, si Jun po."),
        turn(C, "Kuya, yung printer sa office, ayaw mag-print, asset tag niya P R N dos singko sero."),
        turn(A, "P R N two five zero po. Ni-restart niyo na po ba?"),
        turn(C, "Hindi pa po."),
        turn(A, "Sige po, i-off niyo po muna tapos i-on ulit."),
        turn(C, "Ayan, okay na, nagpi-print na siya."),
    ]),
    "ftl-03": ("tl", "A-632", "7103", [
        turn(A, "Hello po, IT helpdesk, si Mae po.", p=0.78),
        turn(C, "Hello, na-lock po yung account ko sa email.", p=0.74),
        turn(A, "Para po ma-verify, ano po employee ID niyo?", p=0.8),
        turn(C, "Isa lima apat siyam dos po.", p=0.72, low={"siyam": 0.36, "dos": 0.4}),
        turn(A, "Okay po, na-unlock ko na po yung account.", p=0.8),
        turn(C, "Sige po, nakapasok na ako. Salamat.", p=0.78),
    ]),
    "ftl-04": ("tl", "A-633", "7104", [
        turn(A, "PinoyNet billing, si Rico po."),
        turn(C, "Sir, na-double charge po ako, tig-singko siyentos singkwenta."),
        turn(A, "Check ko lang po. Account number po?"),
        turn(C, "Apat apat isa walo, zero zero lima dalawa."),
        turn(A, "Nakita ko na po, na-refund na po yung isa, limang daan at limampung piso, three to five days po."),
        turn(C, "Ay salamat po."),
    ]),
    "ftl-05": ("tl", "A-634", "7105", [
        turn(A, "PinoyNet support, si Carla ulit."),
        turn(C, "Hi, lilipat na po kami ng bahay, pa-transfer po ng line."),
        turn(A, "Sige po, ano po yung bagong address?"),
        turn(C, "Sa dos siyentos kwarenta Mabini Street po, Pasig."),
        turn(A, "Two forty Mabini Street po. Tapos contact number po?"),
        turn(C, "Zero nine two eight, double five, isa dos tres, kwatro singko."),
        turn(A, "Okay po, naka-schedule na po yung transfer sa Sabado."),
    ]),
    "ftl-06": ("tl", "A-635", "7106", [
        turn(A, "IT helpdesk, si Mae po.", p=0.8),
        turn(C, "Ma'am, yung laptop ko ayaw mag-boot, asset tag N B sero siyete dos.", p=0.7,
             low={"sero": 0.38, "siyete": 0.34}),
        turn(A, "Sige po, i-escalate ko po sa hardware team, tatawagan po kayo.", p=0.82),
        turn(C, "Okay po, salamat.", p=0.85),
    ]),
}

# Second test split (test2), written after the first test split had been run once: insurance,
# retail and utility desks, order/policy/meter numbers, chat-like ticket notes.
CALLS.update({
    "gen-01": ("en", "A-710", "ORD-55120", [
        turn(A, "Thanks for calling Brightcart, this is Nadia."),
        turn(C, "Hi, my order never arrived. The order number is five five one two zero."),
        turn(A, "Let me see. And the phone number on the order?"),
        turn(C, "Four one five, five five five, two six one eight."),
        turn(A, "I see it, the courier lost it. I've sent a replacement, it ships tomorrow."),
        turn(C, "Okay, thank you."),
    ]),
    "gen-02": ("en", "A-711", "ORD-55121", [
        turn(A, "Brightcart support, Leo speaking.", p=0.9),
        turn(C, "Hi, I was charged for two blenders, I only ordered one.", p=0.88),
        turn(A, "Sorry about that. Can you read me the order number?", p=0.92),
        turn(C, "Sure, it's five five one two one.", p=0.9),
        turn(A, "Right, I've refunded the second blender, eighty nine ninety nine.", p=0.86,
             low={"eighty": 0.41, "ninety": 0.44}),
        turn(C, "Great.", p=0.95),
    ]),
    "gen-03": ("en", "A-712", "CLM-3301", [
        turn(A, "Evergreen Insurance claims, Rachel speaking."),
        turn(C, "Hi, I want to check on my claim, the policy number is E G seven three five five two."),
        turn(A, "E G seven three five five two. I see the claim, it's with the adjuster."),
        turn(A, "I'm transferring you to the adjuster's line now, please hold."),
        turn(C, "Okay."),
    ]),
    "gen-04": ("en", "A-713", "MTR-9012", [
        turn(A, "City Water, Joe speaking."),
        turn(C, "My bill is way too high this month, three hundred twelve dollars."),
        turn(A, "What's the meter number on the bill?"),
        turn(C, "It's M as in Mike, eight four four one nine."),
        turn(A, "The reading looks wrong, I'm sending a technician to re-read the meter on Friday."),
        turn(C, "Thank you."),
    ]),
    "gko-01": ("ko", "A-820", "CL-4410", [
        turn(A, "안녕하세요, 늘푸른보험 보상팀 정하늘입니다."),
        turn(C, "네, 접촉 사고가 나서 보험 접수하려고요. 증권 번호는 이 삼 칠 칠 팔 일이에요."),
        turn(A, "이 삼 칠 칠 팔 일 확인했습니다. 연락 가능한 번호 알려 주시겠어요?"),
        turn(C, "공일공 이이삼삼 칠칠팔팔이요."),
        turn(A, "네, 담당 손해사정사가 오늘 중으로 연락 드릴 겁니다."),
    ]),
    "gko-02": ("ko", "A-821", "OD-7720", [
        turn(A, "브라이트카트 고객센터입니다.", p=0.9),
        turn(C, "주문한 물건이 안 와서요. 주문 번호는 칠 칠 이 공 삼 이에요.", p=0.8, low={"삼": 0.38}),
        turn(A, "확인해 보니 배송 중 분실되어 재발송해 드렸습니다.", p=0.9),
        turn(C, "네, 감사합니다.", p=0.92),
    ]),
    "gko-03": ("ko", "A-822", "OD-7721", [
        turn(A, "브라이트카트 고객센터 한지우입니다."),
        turn(C, "결제가 두 번 됐어요. 사만 팔천 원이 두 번 빠져나갔어요."),
        turn(A, "확인했습니다. 중복 결제된 사만 팔천 원은 환불 처리했습니다."),
        turn(C, "감사합니다."),
    ]),
    "gko-04": ("ko", "A-823", "MT-3390", [
        turn(A, "시티가스 고객센터입니다."),
        turn(C, "가스 요금이 너무 많이 나왔어요. 계량기 번호는 구 일 사 오 육이에요."),
        turn(A, "계량기 번호 구 일 사 오 육 확인했습니다. 재검침 기사 방문을 접수했습니다."),
    ]),
    "gtl-01": ("tl", "A-920", "CLM-5501", [
        turn(A, "Evergreen Insurance po, si Bea."),
        turn(C, "Hi po, mag-file po ako ng claim, yung policy number ko po E G otso siyete isa dos tres."),
        turn(A, "E G eight seven one two three po. Ano po nangyari?"),
        turn(C, "Nabangga po yung kotse ko sa parking."),
        turn(A, "Sige po, na-file ko na po, tatawagan po kayo ng adjuster bukas."),
    ]),
    "gtl-02": ("tl", "A-921", "ORD-6602", [
        turn(A, "Brightcart po, si Migs."),
        turn(C, "Kuya, yung order ko dumating sira. Order number po six six zero dos."),
        turn(A, "Six six zero two po. Sorry po diyan, magpapadala po kami ng bago."),
        turn(C, "Sige po, salamat."),
    ]),
    "gtl-03": ("tl", "A-922", "MTR-7703", [
        turn(A, "City Water po, si Lorna.", p=0.8),
        turn(C, "Ma'am, ang taas ng bill namin, siyam na raan at limampung piso.", p=0.75),
        turn(A, "Ano po yung meter number?", p=0.85),
        turn(C, "M tatlo tatlo siyam sero.", p=0.7, low={"siyam": 0.37}),
        turn(A, "Sige po, ipapa-recheck po namin yung meter.", p=0.82),
    ]),
    "gtl-04": ("tl", "A-923", "ORD-6604", [
        turn(A, "Brightcart po, si Migs ulit."),
        turn(C, "Hello po, gusto ko po sana i-update yung delivery address ko."),
        turn(A, "Sige po, ano po yung bago?"),
        turn(C, "Sa trese singkwenta y singko Rizal Avenue po, Caloocan."),
        turn(A, "One three five five Rizal Avenue po. Updated na po."),
    ]),
})

# Development calls for the second round (branch i10-tickets2): unnamed numeric columns, spelled
# addresses, times and durations, categorical values, names and next steps.
CALLS.update({
    "den-01": ("en", "A-901", None, [
        turn(A, "Parcelpoint returns, Jamie speaking.", 0.93),
        turn(C, "Hi, I need to send back a coffee grinder, order number three three one zero eight seven.", 0.9),
        turn(A, "Three three one zero eight seven, thanks. Do you want DHL or FedEx for the pickup?", 0.92),
        turn(C, "FedEx please, there's a FedEx place next door.", 0.91),
        turn(A, "Done. FedEx picks it up Thursday between nine and eleven AM, and the refund of forty two "
                "fifty takes five to seven business days after we receive it.", 0.9),
        turn(C, "Great, thanks.", 0.94),
    ]),
    "den-02": ("en", "A-902", None, [
        turn(A, "Harbor Gas, this is Lee.", 0.93),
        turn(C, "Hi, I'm moving and need the gas switched on at the new place.", 0.9),
        turn(A, "Sure. What's the new address?", 0.94),
        turn(C, "Two one five Birch, that's B I R C H, Road.", 0.87),
        turn(A, "Two fifteen Birch Road. And your name?", 0.92),
        turn(C, "Dana Whitfield.", 0.9),
        turn(A, "Thanks Dana. A technician will come on Monday at ten AM to turn it on.", 0.91),
        turn(C, "Monday at ten, perfect.", 0.92),
    ]),
    "dtl-01": ("tl", "A-903", None, [
        turn(A, "Magandang hapon po, Tindahan Express, si Joy po ito.", 0.84),
        turn(C, "Hello po, ako po si Maria Santos. Yung order ko po, mali yung dumating.", 0.8),
        turn(A, "Pasensya na po. Ano po yung order number?", 0.86),
        turn(C, "Apat lima, siyete otso, dos isa po.", 0.78),
        turn(A, "Four five seven eight two one po. Ire-refund po namin yung tatlong libo't dalawang daan, "
                "at darating po yung refund sa loob ng tatlong araw.", 0.82),
        turn(C, "Sige po, salamat Joy.", 0.85),
        turn(A, "Tatawagan ko po kayo bukas ng alas diyes ng umaga para i-confirm.", 0.83),
    ]),
    "dtl-02": ("tl", "A-904", None, [
        turn(A, "Salamat po sa pagtawag sa BayadNet, si Paolo po ito.", 0.85),
        turn(C, "Hi po, yung debit card ko po na-decline sa grocery.", 0.8),
        turn(A, "Titignan ko po. Naka-block po yung transaction na walong daan at limampung piso. Kayo po ba iyon?", 0.83),
        turn(C, "Opo, ako po yun.", 0.88),
        turn(A, "Sige po, na-unblock na po yung debit card. Magpapadala rin po kami ng bagong PIN mailer sa "
                "loob ng isang linggo.", 0.82),
        turn(C, "Sige po, salamat.", 0.9),
    ]),
})


# Third round (issue 10, branch i10-tickets3): issue types and products, dates and weekdays, what
# the caller is told will arrive. Tuned on (dev); the held-out split is test4/.
CALLS.update({
    "d4en-01": ("en", "A-950", None, [
        turn(A, "Riverside Bank, this is Paula. How can I help?", 0.92),
        turn(C, "Hi, I think I lost my credit card yesterday, I can't find it anywhere.", 0.9),
        turn(A, "I'm sorry. I'll block it right away. Can you confirm your date of birth?", 0.93),
        turn(C, "June twelve, nineteen eighty-four.", 0.89),
        turn(A, "Thank you. The card is blocked. You can pick up a replacement at the Elm Street branch; "
                "I booked you for Thursday at ten AM.", 0.9),
        turn(A, "You'll get a text message when the new card is ready.", 0.92),
        turn(C, "Thursday at ten, okay. Thanks.", 0.91),
    ]),
    "d4tl-01": ("tl", "A-951", None, [
        turn(A, "Magandang hapon po, SkyLink, si Rona po ito.", 0.84),
        turn(C, "Hello po, gusto ko na po sanang i-cancel yung plan ko, lilipat na po kasi kami sa probinsya.", 0.8),
        turn(A, "Sige po. Yung router po ba na gamit ninyo ay sa amin po?", 0.83),
        turn(C, "Opo, yung router po ninyo.", 0.82),
        turn(A, "Okay po, naka-schedule na po yung cancellation. Paki-return na lang po yung router sa "
                "pinakamalapit na store.", 0.82),
        turn(A, "Makakatanggap po kayo ng email na may confirmation ng cancellation.", 0.84),
        turn(C, "Sige po, salamat.", 0.88),
    ]),
    "d4tl-02": ("tl", "A-952", None, [
        turn(A, "Salamat po sa pagtawag sa Bangko Sentro, si Miguel po ito.", 0.85),
        turn(C, "Hi po, magpapa-update po sana ako ng address, lumipat na po kasi ako.", 0.81),
        turn(A, "Sige po. Para po sa beripikasyon, ano po ang petsa ng inyong kapanganakan?", 0.84),
        turn(C, "Marso singko, isang libo siyam na raan siyamnapu't tatlo po.", 0.79),
        turn(A, "Salamat po. Ano po yung bagong address?", 0.86),
        turn(C, "Sa Lipa City, Batangas po.", 0.82),
        turn(A, "Okay po, na-update na po. Magpapadala po kami ng sulat sa bagong address para i-confirm.", 0.83),
    ]),
})


if __name__ == "__main__":
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        write(call_id, language, agent, ticket, turns)
    print(f"wrote {len(CALLS)} calls to {HERE / 'calls'}")
