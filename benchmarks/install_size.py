"""Benchmark: how much disk each install of qa takes (the core and each extra).

Reads the environment it runs in: for each set of extras, the closure of qa's requirements (from
pyproject.toml) over the installed distributions (their own metadata), and the bytes of every file each one installed (its
RECORD, as the files are on disk now). Also shows what of it is NVIDIA's CUDA libraries and triton,
which a CPU-only torch does not bring. Prints a Markdown table.

    .venv/bin/python benchmarks/install_size.py
    .venv/bin/python benchmarks/install_size.py --extras speech serve

The figures are those of the environment's own builds: on an x86_64 machine whose torch came from
PyPI they include the CUDA libraries; the "without CUDA libraries" column is what remains.
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

CUDA_PREFIXES = ("nvidia-", "triton")
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _dist(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def project_requirements(extras: tuple[str, ...]) -> list[Requirement]:
    """qa's own requirements for ``extras``, from pyproject.toml (``qa[...]`` inside an extra expanded)."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    wanted, requirements, todo = set(), [Requirement(r) for r in project["dependencies"]], list(extras)
    while todo:
        extra = todo.pop()
        if extra in wanted:
            continue
        wanted.add(extra)
        for text in project["optional-dependencies"][extra]:
            requirement = Requirement(text)
            if canonicalize_name(requirement.name) == "qa":
                todo += sorted(requirement.extras)
            else:
                requirements.append(requirement)
    return requirements


def closure(requirements: list[Requirement]) -> dict[str, metadata.Distribution]:
    """canonical name -> installed distribution, for ``requirements`` and everything they require."""
    found: dict[str, metadata.Distribution] = {}
    todo = [(r.name, set(r.extras)) for r in requirements]
    seen: set[tuple[str, frozenset]] = set()
    while todo:
        name, wanted = todo.pop()
        key = (canonicalize_name(name), frozenset(wanted))
        if key in seen:
            continue
        seen.add(key)
        dist = _dist(name)
        if dist is None:
            print(f"note: {name} is not installed here; left out", file=sys.stderr)
            continue
        found[canonicalize_name(name)] = dist
        for text in dist.requires or ():
            requirement = Requirement(text)
            if requirement.marker and not any(requirement.marker.evaluate({"extra": e}) for e in wanted or {""}):
                continue
            todo.append((requirement.name, set(requirement.extras)))
    return found


def size_of(dist: metadata.Distribution) -> int:
    total = 0
    for item in dist.files or ():
        path = Path(dist.locate_file(item))
        if path.is_file():
            total += path.stat().st_size
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", nargs="*", default=["speech", "openai-whisper", "serve", "dev"])
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {sys.prefix}\n")
    print("| install | packages | size | without CUDA libraries | largest |")
    print("|---|---:|---:|---:|---|")
    rows = [("core (`pip install qa`)", ())] + [(f"`qa[{e}]`", (e,)) for e in args.extras]
    for label, extras in rows:
        sizes = {name: size_of(d) for name, d in closure(project_requirements(extras)).items()}
        cuda = sum(s for n, s in sizes.items() if n.startswith(CUDA_PREFIXES))
        total = sum(sizes.values())
        largest = ", ".join(f"{n} {s / 1e6:.0f} MB" for n, s in sorted(sizes.items(), key=lambda x: -x[1])[:3])
        print(f"| {label} | {len(sizes)} | {total / 1e6:,.0f} MB | {(total - cuda) / 1e6:,.0f} MB | {largest} |")


if __name__ == "__main__":
    main()
