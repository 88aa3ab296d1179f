"""Agent or customer: decided from what each speaker says, or fixed by channel map / manifest / option."""
from __future__ import annotations

from dataclasses import replace

import pytest

from qa.assign import decide_roles
from qa.errors import ConfigError
from qa.model import AGENT, CUSTOMER, Call, Segment, Word
from qa.roles import IVR, IVR_SPEAKER


def conversation(*lines, metadata=None, gap=0.8) -> Call:
    """("SPEAKER_00", "text"), ... -> a call with timed words and speaker-labelled utterances."""
    utterances, t = [], 0.0
    for speaker, text in lines:
        ws = []
        for token in text.split():
            ws.append(Word(round(t, 2), round(t + 0.3, 2), f" {token}", speaker=speaker))
            t += 0.35
        utterances.append(Segment(ws[0].start, ws[-1].end, text, speaker=speaker, words=tuple(ws)))
        t += gap
    return Call("test", metadata=metadata or {}, utterances=tuple(utterances))


def agent_of(call: Call) -> list[str]:
    return sorted(s for s, role in call.roles.speakers.items() if role == AGENT)


def test_scripted_agent_who_opens_the_call():
    call = decide_roles(conversation(
        ("SPEAKER_01", "Thank you for calling Northwind IT, my name is Daniel, how can I help you today?"),
        ("SPEAKER_00", "Hi, I'm locked out of my computer."),
        ("SPEAKER_01", "I can help with that. Can I have your employee ID please?"),
        ("SPEAKER_00", "Sure, it's four seven two nine one."),
        metadata={"agent_name": "Daniel Brooks"}))
    assert agent_of(call) == ["SPEAKER_01"]
    assert call.roles.source == "auto" and call.roles.confidence > 0.9
    assert any("script greeting" in e for e in call.roles.evidence)
    assert any("agent name" in e and "daniel" in e for e in call.roles.evidence)
    assert all(w.role == (AGENT if w.speaker == "SPEAKER_01" else CUSTOMER) for w in call.words)
    assert all(u.role for u in call.utterances)


def test_agent_without_a_scripted_greeting():
    call = decide_roles(conversation(
        ("SPEAKER_00", "Yeah, help desk. What's going on?"),
        ("SPEAKER_01", "Hi, Outlook keeps crashing every time I open it. It says it stopped working."),
        ("SPEAKER_00", "Okay. Can you try starting it in safe mode?"),
        ("SPEAKER_01", "Okay, it opened this time."),
        ("SPEAKER_00", "Try it later. If it still crashes, call back. Bye."),
    ))
    assert agent_of(call) == ["SPEAKER_00"]
    assert call.roles.confidence > 0.6


def test_customer_who_speaks_first_is_still_the_customer():
    call = decide_roles(conversation(
        ("SPEAKER_00", "Hello? Hi, I'm calling because I can't log in to the VPN."),
        ("SPEAKER_01", "Sorry about that, you've reached the service desk, this is Maria. "
                       "Can I have your employee ID to verify your account?"),
        ("SPEAKER_00", "It's three one six oh two."),
        ("SPEAKER_01", "Thanks. I've reset it. Is there anything else I can help you with?"),
    ))
    assert agent_of(call) == ["SPEAKER_01"]


def test_ivr_prompt_is_a_third_voice_excluded_from_the_decision():
    # Diarization put the recorded prompt on the customer's label (same synthetic voice family):
    # the prompt must not make the customer the one who "speaks first" or "thanks for calling".
    call = decide_roles(conversation(
        ("SPEAKER_01", "Thank you for calling Northwind. This call may be recorded for quality and training."),
        ("SPEAKER_01", "All of our agents are busy. Please hold."),
        ("SPEAKER_00", "Northwind service desk, Daniel speaking, how can I help?"),
        ("SPEAKER_01", "Hi, I need access to the design software, my manager approved it."),
        ("SPEAKER_00", "Let me check. I'll create a ticket and escalate it for approval."),
    ))
    assert [u.speaker for u in call.utterances[:2]] == [IVR_SPEAKER, IVR_SPEAKER]
    assert all(w.role == IVR for u in call.utterances[:2] for w in u.words)
    assert agent_of(call) == ["SPEAKER_00"]
    assert call.roles.speakers["SPEAKER_01"] == CUSTOMER
    assert call.roles.speakers[IVR_SPEAKER] == IVR
    assert any("after the IVR prompt" in e for e in call.roles.evidence)


def test_agent_asking_to_hold_is_not_an_ivr():
    call = decide_roles(conversation(
        ("SPEAKER_00", "Please hold, I'll check that for you."),
        ("SPEAKER_01", "Okay."),
    ))
    assert IVR_SPEAKER not in {u.speaker for u in call.utterances}


def test_option_manifest_and_channel_map_fix_the_roles():
    lines = (("SPEAKER_00", "Hi, my laptop is not working."), ("SPEAKER_01", "Okay, let me check."))
    by_option = decide_roles(conversation(*lines), agent_speaker="SPEAKER_00")
    assert agent_of(by_option) == ["SPEAKER_00"] and by_option.roles.source == "option"
    by_manifest = decide_roles(conversation(*lines, metadata={"agent_speaker": "SPEAKER_00"}),
                               agent_speaker="SPEAKER_00")
    assert by_manifest.roles.source == "manifest" and by_manifest.roles.confidence == 1.0
    stereo = conversation(("CHANNEL_0", "Service desk."), ("CHANNEL_1", "Hi."))
    stereo = replace(stereo, utterances=tuple(replace(u, channel=i) for i, u in enumerate(stereo.utterances)))
    by_channel = decide_roles(stereo, channels={0: CUSTOMER, 1: AGENT})
    assert agent_of(by_channel) == ["CHANNEL_1"] and by_channel.roles.source == "channel"


def test_unknown_agent_speaker_is_a_clear_error():
    with pytest.raises(ConfigError, match="SPEAKER_07.*not a speaker.*SPEAKER_00"):
        decide_roles(conversation(("SPEAKER_00", "Hello.")), agent_speaker="SPEAKER_07")


def test_no_evidence_falls_back_to_who_speaks_first_with_low_confidence():
    call = decide_roles(conversation(("SPEAKER_00", "Hello."), ("SPEAKER_01", "Hello.")))
    assert agent_of(call) == ["SPEAKER_00"]
    assert call.roles.confidence < 0.7


@pytest.mark.parametrize("call_id", ["call-06", "call-07"])
def test_korean_and_tagalog_sample_transcripts(samples, call_id):
    """The samples' utterances carry the true roles; decide them again from the text alone."""
    from qa.formats import load_call

    truth = load_call(samples / f"{call_id}.json")
    expected = {u.speaker: u.role for u in truth.utterances}
    stripped = replace(truth, roles=None, utterances=tuple(
        replace(u, role=None, words=tuple(replace(w, role=None) for w in u.words)) for u in truth.utterances))
    call = decide_roles(stripped)
    assert call.roles.speakers == expected
    assert call.roles.confidence > 0.8


def test_qa_diarize_on_an_imported_transcript(samples, tmp_path):
    """No audio: utterances from the transcript's speaker labels, roles from the words."""
    from click.testing import CliRunner

    from qa.cli import main
    from qa.formats import load_call

    result = CliRunner().invoke(main, ["diarize", str(samples / "call-07.json"), "--out", str(tmp_path),
                                       "--format", "json,rttm,srt"])
    assert result.exit_code == 0, result.output
    call = load_call(tmp_path / "call-07.json")
    assert call.roles.source == "auto" and call.diarization["method"] == "transcript labels"
    assert all(w.role in (AGENT, CUSTOMER) for w in call.words)
    assert (tmp_path / "call-07.rttm").read_text().startswith("SPEAKER call-07 1 ")
    assert "AGENT: " in (tmp_path / "call-07.srt").read_text()


def test_qa_diarize_reports_bad_input_and_goes_on(samples, tmp_path):
    from click.testing import CliRunner

    from qa.cli import main

    unlabelled = tmp_path / "plain.json"
    unlabelled.write_text('{"segments": [{"start": 0, "end": 1, "text": "hello"}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["diarize", str(unlabelled), str(samples / "call-06.json"),
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "plain: call plain: no audio and no speaker labels" in result.output
    assert (tmp_path / "out" / "call-06.json").is_file()
    bad_map = CliRunner().invoke(main, ["diarize", str(samples / "call-06.json"), "--out", str(tmp_path),
                                        "--channels", "0=boss"])
    assert bad_map.exit_code == 2 and "roles are: agent, customer" in bad_map.output


def test_a_diarization_speaker_without_words_is_the_customer_not_roleless():
    call = conversation(("SPEAKER_00", "thank you for calling how can i help you"),
                        ("SPEAKER_00", "let me check that for you"))
    turns = (Segment(0.0, 5.0, speaker="SPEAKER_00"), Segment(5.5, 9.0, speaker="SPEAKER_01"))
    roles = decide_roles(replace(call, turns=turns)).roles
    assert roles.speakers == {"SPEAKER_00": AGENT, "SPEAKER_01": CUSTOMER}
    assert any("SPEAKER_01 has turns but no transcribed words" in e for e in roles.evidence)
    # fixed roles are left as they were given
    fixed = decide_roles(replace(call, turns=turns), agent_speaker="SPEAKER_00").roles
    assert fixed.speakers == {"SPEAKER_00": AGENT}
