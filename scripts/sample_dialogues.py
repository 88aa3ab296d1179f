"""The dialogue of every sample call in samples/: what each party says, in order.

Each call is one list of ``(role, text, pause)`` turns: ``role`` is "agent", "customer" or "ivr";
``pause`` is the silence in seconds after the turn. Two pseudo-roles stand for stretches without
speech: ``("hold", "", seconds)`` is the agent putting the caller on hold (soft music on the agent's
side) and ``("music", "", seconds)`` is queue music after an IVR prompt. scripts/make_samples.py turns
these lists into audio (English) or transcript JSON (Korean, Tagalog) and into the reference
transcripts samples/<id>.ref.txt. Change a line here and run the script again to regenerate.

The seeded ticket discrepancies that these dialogues are written against are listed in
samples/README.md and samples/expected.yaml.
"""
from __future__ import annotations

A, C, IVR, HOLD, MUSIC = "agent", "customer", "ivr", "hold", "music"

# call-01: resolved on the call; Daniel unlocks Emily Carter's account. Ticket is clean.
CALL_01 = [
    (A, "Thank you for calling Northwind IT Service Desk, my name is Daniel, how can I help you today?", 0.6),
    (C, "Hi Daniel. I'm locked out of my computer. It says my account is locked.", 0.7),
    (A, "I can help you with that. First I need to verify your identity. Can I have your employee ID, "
        "please?", 0.6),
    (C, "Sure, it's four seven two nine one.", 0.8),
    (A, "Thank you. And your date of birth?", 0.5),
    (C, "March fourteenth, nineteen eighty eight.", 0.9),
    (A, "Thank you, Emily, you're verified. I've unlocked your account and sent a temporary password "
        "to your mobile phone.", 1.0),
    (C, "Okay, I got the text message.", 0.5),
    (A, "Great. Can you try logging in now with the temporary password?", 1.2),
    (C, "Okay. It asked for a new password, and now I'm in.", 0.6),
    (A, "Perfect. Is everything working for you? Can you open your email?", 1.1),
    (C, "Yes, Outlook is opening. Everything looks fine.", 0.5),
    (A, "Great. Is there anything else I can help you with?", 0.6),
    (C, "No, that's all. Thank you so much.", 0.4),
    (A, "You're welcome, Emily. Thank you for calling Northwind IT Service Desk, and have a great day.", 0.5),
]

# call-02: escalated; Maria, Robert Chen's dock and VPN error 809. The ticket swaps the asset
# tag's digits (said NWL7412, written NWL-7421) and leaves out the scope (the whole finance team).
CALL_02 = [
    (A, "Thank you for calling Northwind IT Service Desk, this is Maria. How can I help you today?", 0.5),
    (C, "Hi Maria. My laptop doesn't work with the docking station, and the VPN gives me error eight "
        "zero nine.", 0.7),
    (A, "Sorry to hear that. Can I have your employee ID and date of birth?", 0.6),
    (C, "It's five one three zero eight, and my birthday is July second, nineteen ninety.", 0.8),
    (A, "Thanks, Robert. What's the asset tag on the laptop?", 0.9),
    (C, "It's N W L seven four one two.", 0.6),
    (A, "Please unplug the dock, restart, and try the VPN again.", 1.2),
    (C, "Okay. Still error eight zero nine. And it's not just me, the whole finance team on the third "
        "floor has the same problem.", 0.7),
    (A, "Okay, I'll escalate this. To confirm: laptop N W L seven four one two, error eight zero "
        "nine, and the third floor finance team too. Correct?", 0.5),
    (C, "Yes, that's right.", 0.6),
    (A, "Your ticket number is I N C zero zero one two three four five. Desktop support will call you "
        "within four business hours.", 0.6),
    (C, "Okay, thanks.", 0.4),
    (A, "Anything else I can help you with?", 0.5),
    (C, "No, that's all.", 0.4),
    (A, "Thank you for calling, Robert. Have a good day.", 0.5),
]

# call-03: stereo 8 kHz, agent left; resolved after a hold with permission; Maria restores
# Thomas Reed's access to the invoices mailbox. Ticket is clean.
CALL_03 = [
    (A, "Thank you for calling Northwind IT Service Desk, my name is Maria, how can I help you today?", 0.6),
    (C, "Hi Maria, this is Thomas Reed. I lost access to the shared invoices mailbox.", 0.7),
    (A, "I can look into that. Can I have your employee ID and date of birth?", 0.7),
    (C, "Yes, it's six two zero four four, and my date of birth is October ninth, nineteen eighty five.", 0.8),
    (A, "Thank you, Thomas, you're verified. May I place you on a brief hold while I check?", 0.5),
    (C, "Sure, no problem.", 0.6),
    (HOLD, "", 10.0),
    (A, "Thank you for holding. Your account was removed from the invoices group last night. I've "
        "added it back. Can you restart Outlook and check?", 1.2),
    (C, "Okay. Yes, the invoices mailbox is back.", 0.6),
    (A, "Great. Is everything working for you?", 0.8),
    (C, "Yes, everything works.", 0.5),
    (A, "Perfect. Is there anything else I can help you with?", 0.5),
    (C, "No, that's all, thanks.", 0.4),
    (A, "Thank you for calling Northwind IT Service Desk, Thomas. Have a nice day.", 0.5),
]

# call-04: the agent (Kevin, A-123) skips the script: no greeting, opens the caller's mailbox without
# any identity check, no validation, no thanks; the problem is not solved. The ticket claims
# "identity verified" and status resolved.
CALL_04 = [
    (A, "Yeah, help desk. What's going on?", 0.6),
    (C, "Hi. My Outlook keeps crashing every time I open a calendar invite, and I have a meeting in an "
        "hour. I really need it to work.", 0.7),
    (A, "Which version of Office are you on?", 0.8),
    (C, "I'm not sure. How do I check that?", 0.5),
    (A, "Open Outlook, go to File, then Office Account. It's on the right.", 1.2),
    (C, "Okay, it says Microsoft three six five, version twenty four ten.", 0.6),
    (A, "Okay. I'm pulling up your mailbox on the server. It looks fine from here. Close Outlook and "
        "open it in safe mode. Hold the control key while you click the icon.", 1.2),
    (C, "Alright, it opened in safe mode. But now I can't see my shared calendars.", 0.5),
    (A, "Yeah, safe mode doesn't load add-ins. It's probably the Zoom add-in. Just disable it and "
        "restart Outlook.", 0.6),
    (C, "Where do I disable it?", 0.4),
    (A, "File, Options, Add-ins, then Go at the bottom. Uncheck the Zoom one.", 1.1),
    (C, "Okay, I think I did that. Should I try the invite now?", 0.5),
    (A, "Try it later. If it still crashes, call back.", 0.7),
    (C, "Oh. So it's not fixed yet? Okay, I guess I'll call back then.", 0.3),
    (A, "Yep. Bye.", 0.5),
]

# call-05: an IVR prompt and queue music before Daniel picks up; escalated to software
# deployment. The agent tells the caller INC0012417 but the ticket's id is INC0012471.
CALL_05 = [
    (IVR, "Thank you for calling Northwind. This call may be recorded for quality purposes. "
          "Please hold while we connect you.", 0.4),
    (MUSIC, "", 6.0),
    (A, "Thank you for calling Northwind IT Service Desk, my name is Daniel, how can I help you today?", 0.6),
    (C, "Hi Daniel, this is Sarah Nguyen in marketing. I need Adobe Acrobat Pro installed on my "
        "laptop.", 0.6),
    (A, "Sure. Can I have your employee ID and date of birth?", 0.7),
    (C, "It's three eight one five six, and my birthday is January twentieth, nineteen ninety two.", 0.9),
    (A, "Thank you, Sarah. That needs your manager's approval, so I'll send it to the software team. "
        "To confirm: Acrobat Pro on laptop N W L five five zero three?", 0.5),
    (C, "Yes, exactly.", 0.6),
    (A, "Your ticket number is I N C zero zero one two four one seven. Once your manager approves, the "
        "software team will contact you to install it within two business days.", 0.6),
    (C, "Great, thank you.", 0.5),
    (A, "Is there anything else I can help you with?", 0.5),
    (C, "No, that's everything.", 0.4),
    (A, "Thank you for calling Northwind IT Service Desk, Sarah. Have a great day.", 0.5),
]

# call-06 (Korean): resolved; 김민지 (A-131) resets 박서준's expired password so the VPN works.
CALL_06 = [
    (A, "감사합니다, 노스윈드 IT 서비스 데스크 김민지입니다. 무엇을 도와드릴까요?", 0.6),
    (C, "안녕하세요, VPN 접속이 안 돼서 전화드렸어요. 비밀번호가 만료됐다고 나와요.", 0.7),
    (A, "불편을 드려 죄송합니다. 본인 확인을 위해 사번과 생년월일을 말씀해 주시겠어요?", 0.6),
    (C, "사번은 칠 이 오 삼 팔이고요, 생년월일은 천구백구십일년 오월 십칠일입니다.", 0.9),
    (A, "확인 감사합니다, 박서준 님. 비밀번호를 초기화하고 임시 비밀번호를 휴대폰으로 보내드렸습니다.", 0.8),
    (C, "네, 문자 받았어요.", 0.5),
    (A, "임시 비밀번호로 로그인하신 다음에 새 비밀번호로 변경해 주세요. 그리고 VPN에 다시 접속해 보시겠어요?", 1.2),
    (C, "잠시만요. 네, 이제 VPN 연결됐어요.", 0.6),
    (A, "다행입니다. 이제 문제없이 잘 되시나요?", 0.5),
    (C, "네, 잘 됩니다. 메일도 잘 열려요.", 0.5),
    (A, "혹시 더 도와드릴 일은 없으신가요?", 0.5),
    (C, "아니요, 없습니다. 감사합니다.", 0.4),
    (A, "전화 주셔서 감사합니다. 좋은 하루 보내세요.", 0.5),
]

# call-07 (Tagalog, code-switched with English): escalated; Jose sends Ana Dela Cruz's
# laptop (blue screen after an update) to desktop support. The ticket swaps two digits of the
# callback number (said 0917 555 0142, written 0917-555-0124).
CALL_07 = [
    (A, "Salamat po sa pagtawag sa Northwind IT Service Desk, ako po si Jose, paano ko po kayo "
        "matutulungan?", 0.6),
    (C, "Hi Jose, yung laptop ko kasi, nag-blue screen siya after ng update kagabi, tapos ayaw na "
        "mag-boot.", 0.7),
    (A, "Pasensya na po sa abala. Para ma-verify ko lang po ang identity ninyo, pwede ko po bang makuha "
        "ang employee ID at birthday ninyo?", 0.6),
    (C, "Employee ID ko ay nine four zero six two, tapos birthday ko ay August three, nineteen ninety "
        "four.", 0.8),
    (A, "Salamat po, Ms. Dela Cruz, verified na po kayo. Ano po ang error na lumalabas sa screen?", 0.7),
    (C, "Ang nakalagay ay inaccessible boot device, tapos nagre-restart lang siya ulit.", 0.6),
    (A, "Sige po, subukan natin. Pakipindot po ang power button nang ten seconds, tapos i-on ulit.", 1.2),
    (C, "Okay. Ganun pa rin po, blue screen ulit.", 0.6),
    (A, "Kailangan na po itong i-escalate sa desktop support kasi baka kailangan i-reimage ang laptop. "
        "Para ma-confirm ko lang po: yung laptop ninyo, asset tag N W L eight two zero one, nag-blue "
        "screen after ng update, at hindi na makapag-boot. Tama po ba?", 0.5),
    (C, "Opo, tama.", 0.6),
    (A, "Ang ticket number ninyo po ay I N C zero zero one two five five zero. Tatawagan po kayo ng "
        "desktop support within four business hours. Ano po ang callback number ninyo?", 0.6),
    (C, "Zero nine one seven, five five five, zero one four two.", 0.7),
    (A, "Salamat po. May iba pa po ba akong maitutulong?", 0.5),
    (C, "Wala na, salamat.", 0.4),
    (A, "Salamat po sa pagtawag sa Northwind IT Service Desk. Ingat po kayo.", 0.5),
]
