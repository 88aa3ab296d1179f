"""Whole-call evaluation for ``qa eval``: DER, roles (by turn, by call, confidence calibration), WER.

A call here is a recording whose RTTM names its speakers by role (``agent`` / ``customer`` /
``ivr``). Each call runs through the product's own path — transcribe (cached), diarize the mono
mix, assign words, decide roles (:func:`qa.diarize.diarize_call`) — and is scored on:

* DER (collar 0, overlap scored, on the reference extent or a UEM; as in :mod:`qa.evaluate.der`);
* roles by turn: the share of reference turns on the right role — the hypothesis gives the turn's
  time more to its own role than to any other role where that other party is silent in the
  reference (another role's label over the other party's real speech is that party's, not this
  turn's: overlap); a turn nobody was given counts as wrong. The older rule (the role holding most
  of the turn's time, overlap or not) is reported beside it as ``turns_correct_majority``: under it
  the reference itself scores 126 of 129 Harper Valley turns (docs/diarization.md, "Overlap");
* roles by call: right when most of the agent's reference time is labelled agent and most of the
  customer's is labelled customer;
* the role confidence the call carries (``Call.roles.confidence``) and, over all calls, a
  reliability table: per confidence band, how many calls and how many of them had their roles right;
* WER of the mono transcript against the reference text.

Files, per call ``NAME`` in one folder: ``NAME.rttm`` or ``NAME.ref.rttm`` (roles as speakers);
audio ``NAME.wav|flac|...`` or ``NAME_mono.flac`` (what ``rebuild_riu_calls.py`` writes); reference
text ``NAME.stm`` (preferred), ``NAME.ref.txt`` or ``NAME.txt`` (speaker labels at line starts are
dropped); optional ``calls.json`` (a list of {id, language, agent_name, ...}) gives each call its
metadata, as a manifest would.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qa.evaluate.der import AUDIO_SUFFIXES, ROLE_NAMES, load_reference, score_turns, to_annotation
from qa.evaluate.wer import _read_reference, word_errors

PARTIES = ("agent", "customer")
BANDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass(frozen=True)
class CallItem:
    uri: str
    audio: Path
    rttm: Path
    reference_text: Path | None = None
    metadata: dict = field(default_factory=dict)
    uem: Path | None = None  # load_reference() reads it


def _audio(folder: Path, uri: str) -> Path | None:
    for stem in (uri, f"{uri}_mono"):
        for suffix in AUDIO_SUFFIXES:
            if (folder / f"{stem}{suffix}").is_file():
                return folder / f"{stem}{suffix}"
    return None


def _text(folder: Path, uri: str) -> Path | None:
    for name in (f"{uri}.stm", f"{uri}.ref.txt", f"{uri}.txt"):
        if (folder / name).is_file():
            return folder / name
    return None


def _metadata(folder: Path) -> dict[str, dict]:
    path = folder / "calls.json"
    if not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(e.get("id")): e for e in entries if isinstance(e, dict)} if isinstance(entries, list) else {}


def find_items(folder: Path) -> list[CallItem]:
    """Every call in ``folder`` whose RTTM labels speakers by role, with its audio beside it."""
    from pyannote.database.util import load_rttm

    folder = Path(folder)
    meta = _metadata(folder)
    items = []
    for rttm in sorted(folder.glob("*.rttm")):
        for uri, annotation in load_rttm(str(rttm)).items():
            labels = set(annotation.labels())
            audio = _audio(folder, uri)
            if audio is None or not labels <= ROLE_NAMES or not labels & set(PARTIES):
                continue
            items.append(CallItem(uri, audio, rttm, _text(folder, uri), meta.get(uri, {})))
    return items


def reference_text(path: Path | None) -> str | None:
    if path is None:
        return None
    if path.suffix == ".stm":
        rows = [line.split(maxsplit=5) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith(";;")]
        return " ".join(r[5] for r in sorted((r for r in rows if len(r) == 6), key=lambda r: float(r[3])))
    return _read_reference(path)


def _role_time(reference_turn, turns, speaker_roles: dict) -> dict[str, float]:
    """Seconds of a reference turn that the hypothesis gives to each role."""
    time: dict[str, float] = {}
    for t in turns:
        shared = min(t.end, reference_turn.end) - max(t.start, reference_turn.start)
        role = speaker_roles.get(t.speaker)
        if shared > 0 and role:
            time[role] = time.get(role, 0.0) + shared
    return time


def _speech(reference, label) -> list[tuple[float, float]]:
    return [(s.start, s.end) for s in reference.label_timeline(label).support()]


def _inside(start: float, end: float, spans: list[tuple[float, float]]) -> float:
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in spans)


def _turn_right(reference_turn, label: str, turns, speaker_roles: dict, speech: dict) -> bool:
    """The turn's own role holds more of its time than any other role does outside that other
    party's real (reference) speech: two labels at once over two voices at once is right."""
    own, against = 0.0, {}
    for t in turns:
        start, end = max(t.start, reference_turn.start), min(t.end, reference_turn.end)
        role = speaker_roles.get(t.speaker)
        if end <= start or not role:
            continue
        if role == label:
            own += end - start
        else:
            against[role] = against.get(role, 0.0) + (end - start) - _inside(start, end, speech.get(role, []))
    return own > 0 and all(own > seconds for seconds in against.values())


def score_roles(reference, turns, speaker_roles: dict) -> dict:
    """Turn accuracy (overlap-aware, and by the older majority rule), and whether the call's roles
    are right (majority of each party's time)."""
    judged = correct = majority = 0
    party_time: dict[str, dict[str, float]] = {p: {} for p in PARTIES}
    speech = {label: _speech(reference, label) for label in reference.labels()}
    for segment, _, label in reference.itertracks(yield_label=True):
        if label not in PARTIES:
            continue
        time = _role_time(segment, turns, speaker_roles)
        judged += 1
        majority += bool(time) and max(time, key=time.get) == label
        correct += _turn_right(segment, label, turns, speaker_roles, speech)
        for role, seconds in time.items():
            party_time[label][role] = party_time[label].get(role, 0.0) + seconds
    right = all(not time or max(time, key=time.get) == party for party, time in party_time.items())
    return {"turns": judged, "turns_correct": correct, "turns_correct_majority": majority, "call_correct": right}


def reliability(pairs: list[tuple[float, bool]]) -> list[list]:
    """Reliability table rows: band, calls, mean confidence, share right."""
    rows = []
    for low, high in zip(BANDS, BANDS[1:]):
        inside = [(c, ok) for c, ok in pairs if low <= c < high]
        if inside:
            rows.append([f"{low:.1f}-{min(high, 1.0):.1f}", len(inside),
                         round(sum(c for c, _ in inside) / len(inside), 3),
                         round(sum(ok for _, ok in inside) / len(inside), 3)])
    return rows


def _run_call(item: CallItem, audio, diarizer, transcriber, options, cache):
    from qa.diarize import diarize_call
    from qa.transcribe import transcribe_call

    language = item.metadata.get("language") or options.language
    call = transcribe_call(transcriber, audio, call_id=item.uri, metadata=item.metadata, language=language,
                           cache=cache)
    return diarize_call(call, audio, diarizer=diarizer, num_speakers=item.metadata.get("num_speakers"))


def evaluate(items: list[CallItem], options):
    """One row per call plus an overall row, and the reliability table of the role confidence."""
    from qa.audio import load_audio
    from qa.cache import Cache
    from qa.diarize import load_diarizer
    from qa.evaluate import EvalTable
    from qa.transcribe import load_transcriber

    only = set(options.extra.get("only") or ())
    items = [i for i in items if not only or i.uri in only]
    table = EvalTable("Calls: diarization, roles and words (mono mix; collar 0, overlap scored)",
                      ["call", "ref spk", "hyp spk", "DER %", "conf %", "turn roles %", "majority %", "call roles",
                       "role conf", "WER %"])
    cache = Cache(options.cache_dir, refresh=options.force)
    # Segmentation + embeddings cached on disk (qa.diarize.features): re-runs only re-cluster.
    diarizer = load_diarizer(options.extra.get("pipeline", "offline"), threads=options.threads, cache=True)
    totals = {"der_err": 0.0, "der_total": 0.0, "turns": 0, "turns_ok": 0, "turns_majority": 0, "calls_ok": 0,
              "wer": None}
    pairs, per_call = [], []
    try:
        with load_transcriber(options.engine, options.model, threads=options.threads, lazy=True) as tr:
            for item in items:
                audio = load_audio(item.audio)
                call = _run_call(item, audio, diarizer, tr, options, cache)
                row = _score_call(item, call)
                _add(totals, row)
                per_call.append({k: v for k, v in row.items() if k != "errors"})
                pairs.append((row["confidence"], row["call_correct"]))
                table.rows.append(_cells(item.uri, row))
    finally:
        diarizer.close()
    der = totals["der_err"] / totals["der_total"] if totals["der_total"] else 0.0
    turn_acc = totals["turns_ok"] / totals["turns"] if totals["turns"] else 0.0
    majority = totals["turns_majority"] / totals["turns"] if totals["turns"] else 0.0
    wer = totals["wer"].wer if totals["wer"] else None
    table.overall = ["overall", "", "", _pct(der), "", _pct(turn_acc), _pct(majority),
                     f"{totals['calls_ok']}/{len(per_call)}", "", _pct(wer)]
    wrong_confident = [r["uri"] for r in per_call if not r["call_correct"] and r["confidence"] > 0.8]
    table.notes.append("role confidence reliability (band: calls, mean confidence, share right): " + "; ".join(
        f"{b}: {n}, {c}, {a}" for b, n, c, a in reliability(pairs)))
    table.notes.append("overlapped speech (two voices at once): reference {:.1f} s, turns {:.1f} s".format(
        sum(r["ref_overlap_s"] for r in per_call), sum(r["hyp_overlap_s"] for r in per_call)))
    table.notes.append(f"calls with wrong roles above 0.8 confidence: {len(wrong_confident)}"
                       + (f" ({', '.join(wrong_confident)})" if wrong_confident else ""))
    table.figures = {"der": der, "turn_role_accuracy": turn_acc,
                     "turn_role_accuracy_majority": majority, "calls_right": totals["calls_ok"],
                     "calls": len(per_call), "wer": wer, "reliability": reliability(pairs),
                     "wrong_above_0.8": wrong_confident, "per_call": per_call}
    return table


def _score_call(item: CallItem, call) -> dict:
    reference, uem = load_reference(item)
    parts = score_turns(reference, call.turns, uem)
    speaker_roles = dict(call.roles.speakers) if call.roles else {}
    roles = score_roles(reference, call.turns, speaker_roles)
    ref_text = reference_text(item.reference_text)
    errors = None
    if ref_text is not None:
        language = "en" if (call.language or "en") == "en" else call.language
        # The ASR's own time order (utterances group words by speaker, which reorders overtalk).
        errors = word_errors(ref_text, " ".join(s.text for s in call.segments), language)
    # Two voices at once, in the reference and in the turns: the overlap-aware turn rule is only
    # fair while the turns do not put two labels where one voice speaks (reported, not used).
    overlap = {"ref_overlap_s": reference.get_overlap().duration(),
               "hyp_overlap_s": to_annotation(call.turns).get_overlap().duration()}
    return {"uri": item.uri, "ref_speakers": len(set(reference.labels()) & set(PARTIES)), **overlap,
            "hyp_speakers": len({t.speaker for t in call.turns}), "der": parts["der"],
            "der_total": parts["total"], "confusion": parts["confusion"] / parts["total"] if parts["total"] else 0.0,
            **roles, "confidence": call.roles.confidence if call.roles else 0.0,
            "diarization_review": bool(call.diarization.get("review")),
            "errors": errors, "wer": errors.wer if errors else None}


def _add(totals: dict, row: dict) -> None:
    totals["der_err"] += row["der"] * row["der_total"]
    totals["der_total"] += row["der_total"]
    totals["turns"] += row["turns"]
    totals["turns_ok"] += row["turns_correct"]
    totals["turns_majority"] += row["turns_correct_majority"]
    totals["calls_ok"] += row["call_correct"]
    if row["errors"] is not None:
        totals["wer"] = row["errors"] if totals["wer"] is None else totals["wer"] + row["errors"]


def _cells(uri: str, row: dict) -> list:
    return [uri, row["ref_speakers"], row["hyp_speakers"], _pct(row["der"]), _pct(row["confusion"]),
            _pct(row["turns_correct"] / row["turns"] if row["turns"] else None),
            _pct(row["turns_correct_majority"] / row["turns"] if row["turns"] else None),
            "right" if row["call_correct"] else "WRONG", f"{row['confidence']:.2f}", _pct(row["wer"])]


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"




def split_names(spec: str) -> list[str]:
    """``FILE.yaml:PART`` -> the call names listed under PART in every group of the split file."""
    import yaml

    from qa.errors import ConfigError

    path, _, part = str(spec).rpartition(":")
    if not path or not part:
        raise ConfigError(f"--split {spec!r}: write it as FILE.yaml:PART, e.g. tests/data/splits.yaml:test")
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"--split: cannot read {path}: {exc}") from exc
    names = [name for group in data.values() if isinstance(group, dict) for name in group.get(part) or ()]
    if not names:
        raise ConfigError(f"--split: {path} lists no calls under {part!r}; parts are e.g. tune, test.")
    return [str(n) for n in names]


__all__ = ["CallItem", "find_items", "evaluate", "score_roles", "reliability", "reference_text", "split_names"]
