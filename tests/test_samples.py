"""The sample calls in samples/ are complete and consistent: every call in the manifest has its audio
or transcript, its metadata, its ticket and its reference transcript; audio decodes to what the
manifest and the generating script say; the reference transcripts are the script's dialogue."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from qa.manifest import load_manifest
from qa.model import Call

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TICKET_FIELDS = {"ticket_id", "status", "agent_id", "customer", "created", "title", "description",
                 "resolution", "notes", "category", "assigned_group"}
STATUSES = {"resolved", "escalated", "open", "pending", "transferred", "closed"}


@pytest.fixture(scope="module")
def specs():
    return load_manifest(SAMPLES / "manifest.yaml")


@pytest.fixture(scope="module")
def tickets() -> dict:
    data = json.loads((SAMPLES / "tickets.json").read_text(encoding="utf-8"))
    rows = data["tickets"] if isinstance(data, dict) else data
    return {row["ticket_id"]: row for row in rows}


@pytest.fixture(scope="module")
def script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_samples
    finally:
        sys.path.pop(0)
    return make_samples


def test_manifest_lists_english_audio_and_korean_tagalog_transcripts(specs):
    languages = {spec.metadata["language"] for spec in specs}
    assert languages == {"en", "ko", "tl"}
    assert sum(1 for spec in specs if spec.audio) >= 4
    assert {spec.source.suffix for spec in specs if spec.audio} >= {".wav", ".flac", ".mp3", ".ogg"}
    for spec in specs:
        assert spec.source.is_file(), f"{spec.call_id}: {spec.source} is missing"


def test_every_call_has_agent_ticket_and_a_november_date(specs):
    for spec in specs:
        meta = spec.metadata
        assert meta["agent_id"].startswith("A-") and meta["agent_name"], spec.call_id
        assert meta["ticket_id"].startswith("INC"), spec.call_id
        assert meta["date"].startswith("2026-11-"), spec.call_id
    agents = [spec.metadata["agent_id"] for spec in specs]
    assert any(agents.count(agent) >= 2 for agent in agents), "the team view needs agents with several calls"
    assert len({spec.metadata["date"] for spec in specs}) >= 4


def test_tickets_are_native_json_and_match_their_calls(specs, tickets):
    for row in tickets.values():
        assert set(row) == TICKET_FIELDS, row["ticket_id"]
        assert row["status"] in STATUSES
    statuses = set()
    for spec in specs:
        ticket = tickets[spec.metadata["ticket_id"]]
        assert ticket["agent_id"] == spec.metadata["agent_id"], spec.call_id
        assert Path(spec.metadata["ticket"]).name == "tickets.json"
        statuses.add(ticket["status"])
    assert {"resolved", "escalated"} <= statuses


def test_audio_decodes_to_what_the_script_made(specs, script):
    from qa.audio import load_audio

    plans = {plan.call_id: plan for plan in script.PLANS}
    for spec in (s for s in specs if s.audio):
        audio = load_audio(spec.audio)
        plan = plans[spec.call_id]
        # Opus always decodes at 48 kHz, whatever rate it was encoded from.
        expected_rate = 48000 if plan.path.endswith(".ogg") else plan.rate
        assert audio.info.sample_rate == expected_rate, spec.call_id
        assert audio.info.channels == (2 if plan.stereo else 1), spec.call_id
        assert 35.0 <= audio.info.duration <= 72.0, f"{spec.call_id}: {audio.info.duration:.1f} s"
        assert audio.samples.shape[0] == audio.info.channels
        assert float(abs(audio.samples).max()) > 0.05, f"{spec.call_id} is silent"


def test_stereo_call_keeps_agent_left_and_customer_right(specs):
    from qa.audio import load_audio

    stereo = [s for s in specs if s.metadata.get("channels")]
    assert len(stereo) == 1
    spec = stereo[0]
    assert spec.metadata["channels"] == {0: "agent", 1: "customer"}
    audio = load_audio(spec.audio)
    rate = audio.sample_rate
    # The agent's greeting opens the call: in its first seconds the left channel is far louder
    # than the right one, which only carries the -30 dB cross-talk.
    first = slice(int(0.5 * rate), int(3.5 * rate))
    left, right = (float((audio.channel(i)[first] ** 2).mean()) ** 0.5 for i in (0, 1))
    assert left > 10 * right


def test_reference_transcripts_are_the_script_dialogue(specs, script):
    plans = {plan.call_id: plan for plan in script.PLANS}
    for spec in specs:
        reference = SAMPLES / f"{spec.call_id}.ref.txt"
        assert reference.read_text(encoding="utf-8") == script.reference_text(plans[spec.call_id].turns)
        roles = {line.split(":", 1)[0] for line in reference.read_text(encoding="utf-8").splitlines()}
        assert {"AGENT", "CUSTOMER"} <= roles


def test_transcript_calls_load_with_speakers_roles_and_timed_words(specs):
    for spec in (s for s in specs if s.transcript):
        call = Call.from_dict(json.loads(spec.transcript.read_text(encoding="utf-8")))
        assert call.language == spec.metadata["language"]
        assert {u.role for u in call.utterances} == {"agent", "customer"}
        assert call.utterances[0].role == "agent"
        words = call.words
        assert len(words) > 50
        assert all(0.8 <= w.probability <= 0.99 and w.end > w.start for w in words)
        assert all(a.start <= b.start for a, b in zip(words, words[1:]))


def test_the_script_renders_the_same_audio_every_time(script):
    pytest.importorskip("piper")
    pytest.importorskip("hibari")
    turns = [("agent", "Thank you for calling Northwind IT Service Desk.", 0.4),
             ("customer", "Hi, I'm locked out.", 0.3)]
    plan = script.AudioPlan("determinism", turns, "joe", "heart", "unused.wav", 16000, seed=9)
    voices = script.Voices()
    first, spoken = script.render(plan, voices)
    second, _ = script.render(plan, voices)
    assert first.shape == second.shape and (first == second).all()
    assert [s.role for s in spoken] == ["agent", "customer"]
    assert spoken[0].end < spoken[1].start
