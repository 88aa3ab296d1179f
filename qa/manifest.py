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

A call recorder's export works as it is: ``manifest.csv`` with one row per call and the same names
as columns (``channels`` written ``0=agent,1=customer``).

Dates are ISO 8601 (``2026-11-02``, ``2026-11-02T14:30:00+08:00``); a date with a time zone is
converted to the site's zone (``--timezone``, default the machine's), anything else is an error.

Without a manifest every audio file (and every ``*.json`` transcript) in the folder is a call whose
id is its file name without the extension. Paths in a manifest are relative to its folder and must
stay inside it. A call id is a name, never a path: files named after it go through
:func:`qa.fileio.safe_name`.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import ConfigError, ManifestError
from qa.fileio import load_yaml

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".m4a", ".opus", ".webm")
TRANSCRIPT_SUFFIXES = (".json",)
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml", "manifest.json", "manifest.csv")
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


def site_zone(name: str | None = None) -> dt.tzinfo:
    """The time zone dates are shown in: an IANA name (``--timezone Asia/Manila``) or the machine's."""
    if not name:
        return dt.datetime.now().astimezone().tzinfo  # type: ignore[return-value]
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"--timezone {name!r}: unknown time zone; use an IANA name such as Asia/Manila, "
                          "Asia/Seoul, America/New_York or UTC.") from None


def parse_date(value, where: str, zone: dt.tzinfo | None = None) -> str:
    """A manifest date as ISO text: a date stays a date; a date-time with a time zone is converted to
    ``zone``. Anything that is not ISO 8601 is a ManifestError that says how to write it."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        return value.isoformat()
    else:
        text = str(value).strip() if isinstance(value, str) else None
        try:
            if text is None or len(text) < 10 or text[4] != "-":
                raise ValueError
            if len(text) == 10:
                return dt.date.fromisoformat(text).isoformat()
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ManifestError(f"{where}: {value!r} is not an ISO 8601 date; write it as 2026-11-02 or "
                                "2026-11-02T14:30:00+08:00 (a time zone is converted to --timezone).") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone or site_zone())
    return moment.isoformat(timespec="seconds")


def _read_entries(path: Path) -> tuple[list, list[str]]:
    """The manifest's entries and where each is (for messages)."""
    if path.suffix == ".csv":
        return _read_csv(path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except RecursionError:
            raise ManifestError(f"{path}: nested too deeply to be a manifest; see docs/manifest.md") from None
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    else:
        data = load_yaml(path)
    entries = data.get("calls") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ManifestError(f"{path}: expected a list under 'calls:'; see docs/manifest.md")
    return entries, [f"{path}: calls[{i}]" for i in range(len(entries))]


def _read_csv(path: Path) -> tuple[list, list[str]]:
    """One row per call; empty cells are left out, ``num_speakers`` is a number."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # spreadsheet exports often start with a BOM
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start}); export the CSV as UTF-8.") from exc
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc.strerror}") from exc
    try:
        reader = csv.DictReader(text.splitlines())
        rows = list(reader)
    except csv.Error as exc:
        raise ManifestError(f"{path}: not a readable CSV file ({exc}); export it again.") from exc
    columns = [c for c in reader.fieldnames or [] if c is not None]
    if not {"audio", "transcript"} & {c.strip() for c in columns}:
        raise ManifestError(f"{path}: the header row needs an 'audio' or 'transcript' column (found: "
                            f"{', '.join(columns) or 'nothing'}); see docs/manifest.md")
    entries, places = [], []
    for number, row in enumerate(rows, 2):  # line 1 is the header
        if None in row:
            entries.append(_BadRow(f"{len(row[None])} cell(s) more than the header row has; quote cells "
                                   "that hold commas"))
        else:
            entry = {k.strip(): v.strip() for k, v in row.items() if k and v is not None and v.strip()}
            if "num_speakers" in entry:
                entry["num_speakers"] = _count(entry["num_speakers"])
            entries.append(entry)
        places.append(f"{path}: row {number}")
    return entries, places


class _BadRow(str):
    """A CSV row that cannot be a call; the text says why."""


def _count(text: str):
    try:
        return int(text)
    except ValueError:
        return text  # reported by the check below


def _problems_of(entry: dict, where: str) -> list[str]:
    problems = []
    unknown = sorted(set(entry) - KNOWN_KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(map(str, unknown))}; "
                        f"known keys: {', '.join(sorted(KNOWN_KEYS))}")
    speakers = entry.get("num_speakers")
    if speakers is not None and (isinstance(speakers, bool) or not isinstance(speakers, int) or not 1 <= speakers <= 20):
        problems.append(f"{where}.num_speakers: {speakers!r} is not a number of speakers (1-20)")
    return problems


def load_manifest(path: str | Path, timezone: str | None = None) -> list[CallSpec]:
    path = Path(path)
    entries, places = _read_entries(path)
    zone = site_zone(timezone)
    base = path.parent
    specs, problems, seen = [], [], set()
    for entry, where in zip(entries, places):
        if isinstance(entry, _BadRow) or not isinstance(entry, dict):
            problems.append(f"{where}: {entry}" if isinstance(entry, _BadRow)
                            else f"{where}: expected a mapping, got {type(entry).__name__}")
            continue
        problems += _problems_of(entry, where)
        try:
            audio = _inside(base, entry["audio"], f"{where}.audio") if entry.get("audio") else None
            transcript = (_inside(base, entry["transcript"], f"{where}.transcript")
                          if entry.get("transcript") else None)
            metadata = {k: v for k, v in entry.items() if k not in ("id", "audio", "transcript")}
            if entry.get("ticket"):
                metadata["ticket"] = str(_inside(base, entry["ticket"], f"{where}.ticket"))
            if metadata.get("date") not in (None, ""):
                metadata["date"] = parse_date(metadata["date"], f"{where}.date", zone)
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
        for key in ("agent_id", "ticket_id"):
            if key in metadata and metadata[key] is not None:
                metadata[key] = str(metadata[key])
        specs.append(CallSpec(call_id, audio, transcript, metadata))
    if problems:
        raise ManifestError("\n".join(problems))
    return specs


def discover(inputs: list[str | Path], timezone: str | None = None) -> list[CallSpec]:
    """Turn command-line inputs (files, folders with or without a manifest) into call specs;
    manifest dates are shown in ``timezone`` (an IANA name; default the machine's)."""
    site_zone(timezone)  # a wrong zone is a usage error even when no date needs it
    specs: list[CallSpec] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            manifest = find_manifest(path)
            if manifest is not None:
                specs.extend(load_manifest(manifest, timezone))
                continue
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in AUDIO_SUFFIXES:
                    specs.append(CallSpec(child.stem, audio=child.resolve()))
                elif child.suffix.lower() in TRANSCRIPT_SUFFIXES and not child.name.startswith("."):
                    specs.append(CallSpec(child.stem, transcript=child.resolve()))
        elif path.name in MANIFEST_NAMES:
            specs.extend(load_manifest(path, timezone))
        elif path.suffix.lower() in TRANSCRIPT_SUFFIXES:
            specs.append(CallSpec(path.stem, transcript=path))
        else:
            # Audio, or something that claims to be: the audio stage reports what is wrong with it.
            specs.append(CallSpec(path.stem, audio=path))
    return specs
