"""Which calls to process, and what is known about each: the manifest.

A batch is a folder. Its calls are listed in ``manifest.yaml`` (or ``manifest.json``) beside them::

    calls:
      - id: call-001                 # unique; defaults to the file's stem
        audio: call-001.wav          # or transcript: call-001.json (a call JSON or WhisperX JSON)
        agent_id: A-102
        agent_name: Maria Santos
        ticket_id: INC0012345
        ticket: tickets.json         # optional ticket export holding ticket_id
        date: 2026-11-02
        language: en                 # optional: skip language detection
        channels: {0: agent, 1: customer}   # stereo: one party per channel
        agent_speaker: SPEAKER_01    # optional: fix the role decision for a mono call
        num_speakers: 2              # optional hint for diarization

Without a manifest every audio file (and every ``*.json`` transcript) in the folder is a call whose
id is its file name without the extension. Paths in a manifest are relative to its folder and must
stay inside it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import ManifestError
from qa.fileio import load_yaml

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".m4a", ".opus", ".webm")
TRANSCRIPT_SUFFIXES = (".json",)
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml", "manifest.json")
KNOWN_KEYS = {
    "id", "audio", "transcript", "agent_id", "agent_name", "ticket_id", "ticket", "date", "language",
    "channels", "agent_speaker", "num_speakers", "team", "notes", "customer_id", "queue", "company",
}


@dataclass(frozen=True)
class CallSpec:
    """One call to process: where its audio or transcript is, and its metadata."""
    call_id: str
    audio: Path | None = None
    transcript: Path | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def source(self) -> Path:
        return self.audio or self.transcript  # type: ignore[return-value]


def _inside(base: Path, relative: str, where: str) -> Path:
    """Resolve a manifest path; refuse anything that escapes the manifest's folder."""
    if not isinstance(relative, str) or not relative.strip():
        raise ManifestError(f"{where}: expected a file name, got {relative!r}")
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base.resolve()):
        raise ManifestError(f"{where}: path {relative!r} points outside the manifest's folder {base}; "
                            "put the file inside that folder and use a relative path.")
    return candidate


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def load_manifest(path: str | Path) -> list[CallSpec]:
    path = Path(path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    else:
        data = load_yaml(path)
    entries = data.get("calls") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ManifestError(f"{path}: expected a list under 'calls:'; see docs/manifest.md")
    base = path.parent
    specs, problems, seen = [], [], set()
    for index, entry in enumerate(entries):
        where = f"{path}: calls[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected a mapping, got {type(entry).__name__}")
            continue
        unknown = sorted(set(entry) - KNOWN_KEYS)
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(unknown)}; "
                            f"known keys: {', '.join(sorted(KNOWN_KEYS))}")
        try:
            audio = _inside(base, entry["audio"], f"{where}.audio") if entry.get("audio") else None
            transcript = (_inside(base, entry["transcript"], f"{where}.transcript")
                          if entry.get("transcript") else None)
            metadata = {k: v for k, v in entry.items() if k not in ("id", "audio", "transcript")}
            if entry.get("ticket"):
                metadata["ticket"] = str(_inside(base, entry["ticket"], f"{where}.ticket"))
        except ManifestError as exc:
            problems.append(str(exc))
            continue
        if audio is None and transcript is None:
            problems.append(f"{where}: needs 'audio:' or 'transcript:'")
            continue
        call_id = str(entry.get("id") or (audio or transcript).stem)
        if call_id in seen:
            problems.append(f"{where}: duplicate call id {call_id!r}; ids must be unique")
            continue
        seen.add(call_id)
        for key in ("date", "agent_id", "ticket_id"):
            if key in metadata and metadata[key] is not None:
                metadata[key] = str(metadata[key])
        specs.append(CallSpec(call_id, audio, transcript, metadata))
    if problems:
        raise ManifestError("\n".join(problems))
    return specs


def discover(inputs: list[str | Path]) -> list[CallSpec]:
    """Turn command-line inputs (files, folders with or without a manifest) into call specs."""
    specs: list[CallSpec] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            manifest = find_manifest(path)
            if manifest is not None:
                specs.extend(load_manifest(manifest))
                continue
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in AUDIO_SUFFIXES:
                    specs.append(CallSpec(child.stem, audio=child.resolve()))
                elif child.suffix.lower() in TRANSCRIPT_SUFFIXES and not child.name.startswith("."):
                    specs.append(CallSpec(child.stem, transcript=child.resolve()))
        elif path.name in MANIFEST_NAMES:
            specs.extend(load_manifest(path))
        elif path.suffix.lower() in TRANSCRIPT_SUFFIXES:
            specs.append(CallSpec(path.stem, transcript=path))
        else:
            # Audio, or something that claims to be: the audio stage reports what is wrong with it.
            specs.append(CallSpec(path.stem, audio=path))
    return specs
