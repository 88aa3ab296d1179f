"""Synthetic calls and results for report tests and benchmarks.

They are built from the real data model (:mod:`qa.model`) the way the pipeline would fill it: two
speakers with roles, utterances with words, the helpdesk criteria with evidence, ticket findings. The
lines come from the kind of calls the samples hold (English, Korean, Tagalog with English mixed in), so
a generated report looks like a real one. ``hostile=True`` fills every free-text place (transcript,
agent name, reasons, ticket fields, call id) with HTML and script tags, to prove reports show them as
text.
"""
from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import random
from dataclasses import dataclass
from pathlib import Path

from qa.model import (AGENT, CUSTOMER, ESCALATED, FAIL, NA, PASS, RESOLVED, REVIEW, AudioInfo, Call,
                      Evidence, Finding, Outcome, Result, RoleAssignment, Segment, Verdict, Word)

HOSTILE = ('<script>document.title="PWNED";window.__pwned=1</script>'
           '<img src=x onerror="window.__pwned=1"><b>bold</b> & "quotes" \'single\' </textarea>')

CRITERIA = (  # id, section, weight, description
    ("greeting.thank_caller", "greeting", 5, "Thanks the caller for calling"),
    ("greeting.company", "greeting", 5, "Names the company"),
    ("greeting.agent_name", "greeting", 5, "Gives their own name"),
    ("greeting.offer_help", "greeting", 5, "Offers help"),
    ("identity.verify", "identity", 20, "Verifies identity before acting on an account"),
    ("resolution.validate", "resolution", 15, "Checks the problem is solved"),
    ("resolution.anything_else", "resolution", 5, "Asks if there is anything else"),
    ("escalation.ticket_number", "escalation", 10, "Gives the ticket number"),
    ("escalation.next_steps", "escalation", 5, "Explains next steps"),
    ("hold.permission", "hold", 10, "Asks before putting the caller on hold"),
    ("closing.thank", "closing", 10, "Thanks the caller at the end"),
    ("conduct.dead_air", "conduct", 5, "No silence over 5 s outside a hold"),
)

LINES = {
    "en": [(AGENT, "Thank you for calling Northwind IT support, this is {agent}, how can I help you today?"),
           (CUSTOMER, "Hi, my laptop won't connect to the VPN since this morning."),
           (AGENT, "I'm sorry to hear that. Can I have your employee ID to verify your identity?"),
           (CUSTOMER, "Sure, it's four four seven two one."),
           (AGENT, "Thanks. Could you try signing out and back in to the VPN client for me?"),
           (CUSTOMER, "Okay, hold on. Yes, it says connected now."),
           (AGENT, "Great, is everything working for you now?"),
           (CUSTOMER, "Yes, all set, thank you."),
           (AGENT, "Is there anything else I can help you with?"),
           (CUSTOMER, "No, that's all."),
           (AGENT, "Thank you for calling, have a nice day.")],
    "ko": [(AGENT, "노스윈드 IT 지원센터에 전화 주셔서 감사합니다. 저는 {agent}입니다. 무엇을 도와드릴까요?"),
           (CUSTOMER, "안녕하세요, 아침부터 VPN 연결이 안 돼요."),
           (AGENT, "본인 확인을 위해 사번을 말씀해 주시겠어요?"),
           (CUSTOMER, "사사칠이일입니다."),
           (AGENT, "감사합니다. VPN 프로그램에서 로그아웃했다가 다시 로그인해 보시겠어요?"),
           (CUSTOMER, "네, 이제 연결됐어요."),
           (AGENT, "문제가 해결되셨나요?"),
           (CUSTOMER, "네, 해결됐어요."),
           (AGENT, "더 도와드릴 일이 있을까요?"),
           (CUSTOMER, "아니요, 괜찮아요."),
           (AGENT, "전화 주셔서 감사합니다. 좋은 하루 되세요.")],
    "tl": [(AGENT, "Salamat po sa pagtawag sa Northwind IT support, si {agent} po ito, paano ko kayo matutulungan?"),
           (CUSTOMER, "Hi po, ayaw mag-connect ng VPN ko since this morning."),
           (AGENT, "Para ma-verify ko po, pwede ko bang makuha ang employee ID ninyo?"),
           (CUSTOMER, "Four four seven two one po."),
           (AGENT, "Salamat po. Paki-try po mag-sign out tapos sign in ulit sa VPN client."),
           (CUSTOMER, "Okay, ayan, connected na siya."),
           (AGENT, "Okay na po ba lahat? Naayos na po ba ang problema?"),
           (CUSTOMER, "Opo, okay na, salamat."),
           (AGENT, "May iba pa po ba akong maitutulong?"),
           (CUSTOMER, "Wala na po."),
           (AGENT, "Salamat po sa pagtawag, ingat po kayo.")],
}
AGENTS = (("A-101", "Maria Santos"), ("A-102", "Daniel Kim"), ("A-103", "Grace Lee"),
          ("A-104", "Jose Reyes"), ("A-105", "Emily Carter"), ("A-106", "Min-jun Park"))


@dataclass(frozen=True)
class SyntheticCall:
    call: Call
    result: Result
    ticket: dict


def _utterances(lines, agent_name: str, hostile: bool) -> tuple[Segment, ...]:
    out, clock = [], 0.6
    for role, text in lines:
        text = text.format(agent=agent_name)
        if hostile:
            text = f"{text} {HOSTILE}"
        tokens = text.split()
        words, t = [], clock
        for token in tokens:
            words.append(Word(round(t, 2), round(t + 0.32, 2), token, 0.93, speaker=_speaker(role), role=role))
            t += 0.38
        out.append(Segment(round(clock, 2), round(t, 2), text, _speaker(role), role, tuple(words)))
        clock = t + 0.7
    return tuple(out)


def _speaker(role: str) -> str:
    return "SPEAKER_00" if role == AGENT else "SPEAKER_01"


def _evidence(utterance: Segment, matched: str = "") -> Evidence:
    return Evidence(utterance.start, utterance.end, utterance.text, utterance.speaker, utterance.role, matched)


def _verdicts(rng: random.Random, utterances, skill: float, escalated: bool, hostile: bool):
    agent_lines = [u for u in utterances if u.role == AGENT]
    opening = agent_lines[0]
    verdicts = []
    for index, (cid, section, weight, description) in enumerate(CRITERIA):
        if cid.startswith("escalation.") and not escalated or cid == "hold.permission" and rng.random() < .6:
            verdict = NA
        elif cid == "resolution.validate" and escalated:
            verdict = NA
        else:
            roll = rng.random()
            verdict = PASS if roll < skill else REVIEW if roll < skill + 0.04 else FAIL
        line = opening if section == "greeting" else agent_lines[min(len(agent_lines) - 1, 1 + index % 4)]
        if verdict == PASS:
            evidence, reason = (_evidence(line, cid.split(".")[1].replace("_", " ")),), "matched in the agent's words"
        elif verdict == FAIL:
            window = Evidence(0.0, min(30.0, utterances[-1].end), "searched the agent's turns in the window",
                              role=AGENT, matched=description)
            evidence, reason = (window,), f"not found: {description.lower()}"
        elif verdict == REVIEW:
            evidence, reason = (_evidence(line),), "low ASR confidence in the deciding words"
        else:
            evidence, reason = (), "not applicable on this call"
        if hostile:
            reason = f"{reason} {HOSTILE}"
        verdicts.append(Verdict(cid, verdict, reason, evidence, weight, section, description))
    return tuple(verdicts)


def _score(verdicts) -> float | None:
    counted = [v for v in verdicts if v.verdict in (PASS, FAIL)]
    total = sum(v.weight for v in counted)
    return round(100 * sum(v.weight for v in counted if v.verdict == PASS) / total, 1) if total else None


def make_call(index: int, *, seed: int = 0, hostile: bool = False, start: dt.date = dt.date(2026, 9, 7),
              days: int = 84, audio_path: str | None = None, language: str | None = None) -> SyntheticCall:
    """One synthetic call with its result and ticket; deterministic for (index, seed)."""
    rng = random.Random(seed * 1_000_003 + index)
    agent_id, agent_name = AGENTS[index % len(AGENTS)]
    language = language or ("en", "en", "ko", "tl")[rng.randrange(4)]
    if hostile:
        agent_name = f"{agent_name} {HOSTILE}"
    utterances = _utterances(LINES[language], agent_name, hostile)
    day = start + dt.timedelta(days=rng.randrange(days))
    call_id = f"call-{index:05d}" + (' "<i>x</i>' if hostile else "")
    ticket_id = f"INC{10000 + index:07d}"
    escalated = rng.random() < 0.25
    skill = 0.6 + 0.07 * (index % len(AGENTS)) + 0.002 * (day - start).days
    meta = {"agent_id": agent_id, "agent_name": agent_name, "ticket_id": ticket_id,
            "date": f"{day.isoformat()}T{9 + rng.randrange(8):02d}:{rng.randrange(60):02d}:00",
            "language": language}
    duration = utterances[-1].end + 1.0
    audio = AudioInfo(audio_path or f"/calls/{call_id}.wav", f"{index:064x}", duration, 8000, 1, "wav")
    roles = RoleAssignment({"SPEAKER_00": AGENT, "SPEAKER_01": CUSTOMER}, 0.97, "auto",
                           ("SPEAKER_00 opens the call with a greeting",))
    call = Call(call_id, audio, language, 0.98, {"engine": "faster-whisper", "model": "base"}, meta,
                segments=tuple(Segment(u.start, u.end, u.text, words=u.words) for u in utterances),
                utterances=utterances, roles=roles, diarization={"method": "pyannote"})
    verdicts = _verdicts(rng, utterances, min(skill, 0.97), escalated, hostile)
    findings = _findings(rng, utterances, ticket_id, hostile)
    outcome = Outcome(ESCALATED if escalated else RESOLVED, 0.9, (_evidence(utterances[-3]),),
                      "caller confirmed" if not escalated else "agent raised a ticket")
    score = _score(verdicts)
    band = "pass" if score is not None and score >= 85 else "coach" if score is not None and score >= 70 else "fail"
    result = Result(call_id, "helpdesk", "1.0", score, band, verdicts, outcome, findings, ticket_id,
                    round(100 - 25 * len(findings), 1), False, {"talk_ratio": round(rng.uniform(.4, .7), 2)},
                    meta, language)
    ticket = {"ticket_id": ticket_id, "status": ESCALATED if escalated else RESOLVED, "agent_id": agent_id,
              "title": "VPN will not connect" + (f" {HOSTILE}" if hostile else ""),
              "description": "User cannot connect to VPN since morning. Employee ID 44721."
                             + (f" {HOSTILE}" if hostile else ""),
              "resolution": "Signed out and back in to the VPN client; connected.", "category": "Network"}
    return SyntheticCall(call, result, ticket)


def _findings(rng: random.Random, utterances, ticket_id: str, hostile: bool) -> tuple[Finding, ...]:
    if rng.random() > 0.3:
        return ()
    said = utterances[3]
    message = "Employee ID said on the call (44721) differs from the ticket (44712)"
    if hostile:
        message = f"{message} {HOSTILE}"
    return (Finding("identifier_mismatch", "high", message, (_evidence(said, "44721"),), "description",
                    "Employee ID 44712" + (f" {HOSTILE}" if hostile else "")),)


def make_calls(count: int, *, seed: int = 0, hostile: bool = False, **kwargs) -> list[SyntheticCall]:
    return [make_call(i, seed=seed, hostile=hostile, **kwargs) for i in range(count)]


def fill_store(store, calls: list[SyntheticCall]) -> None:
    """Save synthetic calls, results and tickets into a :class:`qa.store.Store` as one batch."""
    batch = store.start_batch(command="synthetic", options={"count": len(calls)})
    with store.transaction():
        for item in calls:
            store.save_call(item.call, batch_id=batch)
            store.save_ticket(item.ticket)
            store.save_result(item.result, batch_id=batch)
    store.finish_batch(batch, ok=len(calls), failed=0)


def write_tone_audio(path: str | Path, seconds: float, sample_rate: int = 16000) -> Path:
    """A real audio file (a soft tone with pauses) for players and clip cutting in tests."""
    import numpy as np
    import soundfile

    t = np.arange(int(seconds * sample_rate)) / sample_rate
    gate = (np.sin(2 * np.pi * 0.5 * t) > -0.3).astype("float32")
    samples = (0.2 * np.sin(2 * np.pi * 220 * t) * gate).astype("float32")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(path, samples, sample_rate)
    return path



@functools.cache
def _scoring_builder():
    spec = importlib.util.spec_from_file_location("scoring_build", Path(__file__).parent / "data" / "scoring" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scripted_call(lines, language: str = "en", call_id: str = "t") -> Call:
    """A call from "A: ..." / "C: ..." lines in the labelled set's format (tests/data/scoring/build.py:
    timed words, roles from the prefixes)."""
    return Call.from_dict(_scoring_builder().build_call(call_id, language, list(lines), True))


def tagged_turn(turn, **probabilities):
    """The act model's reading of ``turn`` as given: act name -> probability (others 0), every act on
    the whole turn's words."""
    import numpy as np

    from qa.score.acts import ACTS, TurnActs

    probs = np.array([probabilities.get(a, 0.0) for a in ACTS], np.float32)
    return TurnActs(turn, probs, (turn.text,), np.zeros(len(ACTS), int))


def outcome_with_classes(monkeypatch, lines, classes):
    """The judge's outcome of a call from (role, text, acts) rows 5 s apart, with the act model's reading as
    given (:func:`tagged_turn`) and the outcome classifier's probabilities fixed to ``classes`` (resolved,
    escalated, transferred, follow_up:agent, follow_up:caller, unknown): what the rules make of that reading."""
    import numpy as np

    from qa.score import outcome_model
    from qa.score.outcome import decide_outcome

    call = Call("t", utterances=tuple(Segment(5.0 * i, 5.0 * i + 3.0, text, role=role)
                                      for i, (role, text, _) in enumerate(lines)))
    tagged = {id(t): tagged_turn(t, **acts) for t, (_, _, acts) in zip(call.utterances, lines)}
    monkeypatch.setattr(outcome_model, "predict", lambda x, model=None: np.array([list(classes)]))
    return decide_outcome(call, tagged)
