"""Rubrics: the YAML scorecards QA analysts read and edit (see docs/rubrics.md).

A rubric has an id, a version, languages, pass/coach/fail bands and sections of criteria; each
criterion has an id, a description, a weight, optional ``auto_fail``, ``applies`` (when it is not
n/a) and the ``checks`` that decide it. ``extends: helpdesk`` builds a site rubric on another one:
sections and criteria are merged by id (a criterion given again replaces only the keys it gives),
``remove:`` drops criteria.

Validation reports every problem at once, each with the file and the path inside it::

    rubrics/site.yaml: sections[1].criteria[0].checks[2].kind: unknown check 'phrse'; valid kinds: ...

Nothing in a rubric is executed: files are read with the safe YAML loader, which refuses Python
tags and aliases (anchor bombs).
"""
from __future__ import annotations

import copy
import math
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from qa.errors import ConfigError, RubricError
from qa.fileio import load_yaml
from qa.model import OUTCOMES, ROLES

# The rubrics that ship with qa live inside the package (qa/rubrics/), so an installed wheel finds
# them; QA_RUBRICS names the site's own folders (os.pathsep-separated), searched first by name.
RUBRICS_DIR = Path(str(resources.files("qa") / "rubrics"))
RUBRICS_ENV = "QA_RUBRICS"
# The scorecard used when none is named: decided by dialogue acts (docs/rubrics.md says why it replaced
# the phrase-list `helpdesk` 1.0, which stays available by name).
DEFAULT_RUBRIC = "helpdesk_acts"
TOP_KEYS = {"id", "version", "languages", "description", "extends", "bands", "review", "sections", "remove",
            "company_names"}
SECTION_KEYS = {"id", "title", "criteria"}
CRITERION_KEYS = {"id", "description", "weight", "auto_fail", "applies", "match", "checks"}
REVIEW_KEYS = {"min_word_probability": 0.5, "min_role_confidence": 0.6, "min_act_probability": 0.6,
               "unsure_act_probability": 0.4, "sure_act_probability": 0.85}
APPLIES_KEYS = {"outcome", "when_unknown", "follow_up_by", "happened", "happened_words", "happened_said"}
WINDOW_KEYS = {"part", "turns", "seconds"}


@dataclass(frozen=True)
class Check:
    kind: str
    options: dict  # every option of the kind, defaults filled in


@dataclass(frozen=True)
class Criterion:
    id: str
    description: str
    weight: float
    section: str
    checks: tuple[Check, ...]
    auto_fail: bool = False
    match: str = "any"  # any: one passing check passes; all: every check must pass
    # {outcome: [...], when_unknown: review|apply|na, follow_up_by: [...], happened: [acts],
    #  happened_words: phrases, happened_said: phrases}
    applies: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    sections: tuple[Section, ...]
    bands: tuple[tuple[str, float], ...]  # (name, lowest score), highest first
    languages: tuple[str, ...] = ()
    description: str = ""
    review: dict = field(default_factory=lambda: dict(REVIEW_KEYS))
    path: str = ""
    # The site's company names ("Northwind", "Northwind IT"): what a <company> phrase must say when
    # the call's metadata names no company; empty: any name-like word counts (see qa/score/nlp.py).
    company_names: tuple[str, ...] = ()

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for s in self.sections for c in s.criteria)

    def criterion(self, criterion_id: str) -> Criterion:
        for item in self.criteria:
            if item.id == criterion_id:
                return item
        raise KeyError(criterion_id)

    def band(self, score: float | None) -> str:
        if score is None:
            return "na"
        for name, lowest in self.bands:
            if score >= lowest:
                return name
        return self.bands[-1][0]


# ---------------------------------------------------------------- type checks for options

def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}" if not isinstance(value, (dict, list)) else type(value).__name__


def _is_number(value: Any) -> bool:
    """A finite number: YAML's .nan and .inf are numbers to Python, not to a rubric."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_phrases(value: Any) -> str | None:
    """A list of strings, or a mapping language -> list of strings."""
    groups = value.values() if isinstance(value, dict) else [value]
    for group in groups:
        if not isinstance(group, list) or not group or not all(isinstance(p, str) and p.strip() for p in group):
            return ("expected a non-empty list of phrases, or a mapping of language -> list of phrases, "
                    f"got {_describe(value)}")
    return None


def _check_window(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"expected a mapping like {{part: opening, turns: 3}}, got {_describe(value)}"
    unknown = sorted(set(value) - WINDOW_KEYS)
    if unknown:
        return f"unknown key(s) {', '.join(map(str, unknown))}; valid keys: part, turns, seconds"
    if value.get("part", "whole") not in ("opening", "closing", "whole"):
        return f"part must be opening, closing or whole, got {value.get('part')!r}"
    for key in ("turns", "seconds"):
        if key in value and (not _is_number(value[key]) or value[key] <= 0):
            return f"{key} must be a positive number, got {_describe(value[key])}"
    return None


def _check_acts(value: Any) -> str | None:
    from qa.score.acts import ACTS

    if not isinstance(value, list) or not value:
        return f"expected a non-empty list of act names, got {_describe(value)}"
    unknown = [v for v in value if v not in ACTS]
    if unknown:
        return f"unknown act(s) {', '.join(map(str, unknown))}; valid acts: {', '.join(ACTS)}"
    return None


TYPE_CHECKS = {
    "str": lambda v: None if isinstance(v, str) else f"expected a string, got {_describe(v)}",
    "number": lambda v: None if _is_number(v) else f"expected a number, got {_describe(v)}",
    "bool": lambda v: None if isinstance(v, bool) else f"expected true or false, got {_describe(v)}",
    "role": lambda v: None if v in (*ROLES, "any") else f"expected one of agent, customer, any, got {v!r}",
    "phrases": _check_phrases,
    "window": _check_window,
    "acts": _check_acts,
}


def _out_of_range(name: str, option, value: Any) -> str | None:
    """Ranges the option's name or help states: a threshold or a share "(0-1)" is between 0 and 1;
    seconds and silences are 0 or more."""
    if option.type != "number":
        return None
    if (name == "threshold" or name.endswith("_threshold") or "(0-1)" in option.help) and not 0 <= value <= 1:
        return f"must be between 0 and 1, got {value}"
    if ("seconds" in name or "silence" in name) and value < 0:
        return f"must be 0 seconds or more, got {value}"
    return None


PATTERN_BUDGET = 0.05  # seconds a re: pattern may take on one probe word (a whole call has thousands)


def _pattern_problems(value: Any) -> list[str]:
    """Every ``re:`` pattern in a phrase list compiled, and run against long probe words with a time
    budget: a pattern that backtracks catastrophically (``^(a+)+$``) would hang every call it meets."""
    import regex

    groups = value.values() if isinstance(value, dict) else [value]
    problems = []
    for phrase in (p for group in groups for p in group):
        for word in phrase.split():
            if not word.startswith("re:"):
                continue
            pattern = word[3:]
            try:
                compiled = regex.compile(pattern)
            except (regex.error, ValueError) as exc:
                problems.append(f"re:{pattern}: not a valid regular expression ({exc}); fix the pattern")
                continue
            try:
                for probe in _probes(pattern):
                    compiled.search(probe, timeout=PATTERN_BUDGET)
            except TimeoutError:
                problems.append(f"re:{pattern}: takes more than {PATTERN_BUDGET:g} s on a {len(probe)}-character "
                                "word (catastrophic backtracking, e.g. a repeat inside a repeat such as (a+)+); "
                                "rewrite it without nested repeats")
    return problems


def _probes(pattern: str) -> list[str]:
    """Words that make a backtracking pattern explode: each character it names, repeated, then a
    character that makes the match fail at the end."""
    letters = {c for c in pattern if c.isalnum()} | {"a", "1", "가", " "}
    return [c * 40 + "!" for c in sorted(letters)]


# ---------------------------------------------------------------- validation

class _Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


def _check_options(check: Any, where: str, problems: _Problems) -> None:
    from qa.score import checks as registry

    if not isinstance(check, dict):
        problems.add(where, f"expected a mapping with 'kind:', got {_describe(check)}")
        return
    kind = check.get("kind")
    if kind not in registry.KINDS:
        what = "missing 'kind'" if kind is None else f"unknown check {kind!r}"
        problems.add(f"{where}.kind", f"{what}; valid kinds: {', '.join(registry.KINDS)}")
        return
    spec = registry.module(kind).OPTIONS
    for name in sorted(set(check) - set(spec) - {"kind"}):
        problems.add(f"{where}.{name}", f"unknown option for '{kind}'; valid options: {', '.join(spec)}")
    for name, option in spec.items():
        if name not in check:
            if option.required:
                problems.add(f"{where}.{name}", f"required by '{kind}' ({option.help})")
            continue
        message = TYPE_CHECKS[option.type](check[name]) or _out_of_range(name, option, check[name])
        if message:
            problems.add(f"{where}.{name}", message)
        elif option.type == "phrases":
            for problem in _pattern_problems(check[name]):
                problems.add(f"{where}.{name}", problem)


def _check_criterion(item: Any, where: str, seen: dict, inherited: set, problems: _Problems) -> None:
    if not isinstance(item, dict):
        problems.add(where, f"expected a mapping, got {_describe(item)}")
        return
    for key in sorted(set(item) - CRITERION_KEYS):
        problems.add(f"{where}.{key}", f"unknown key; valid keys: {', '.join(sorted(CRITERION_KEYS))}")
    cid = item.get("id")
    if not isinstance(cid, str) or not cid.strip():
        problems.add(f"{where}.id", f"expected a criterion id such as greeting.company, got {cid!r}")
    elif cid in seen:
        problems.add(f"{where}.id", f"duplicate criterion id {cid!r} (first at {seen[cid]})")
    else:
        seen[cid] = where
    override = cid in inherited
    for key, check in (("description", "str"), ("weight", "number")):
        if key in item:
            message = TYPE_CHECKS[check](item[key])
            if message:
                problems.add(f"{where}.{key}", message)
            elif key == "weight" and item[key] < 0:
                problems.add(f"{where}.weight", f"must be 0 or more, got {item[key]}")
        elif not override:
            problems.add(f"{where}.{key}", "missing (every criterion needs a description and a weight)")
    if "auto_fail" in item and not isinstance(item["auto_fail"], bool):
        problems.add(f"{where}.auto_fail", f"expected true or false, got {_describe(item['auto_fail'])}")
    if item.get("match", "any") not in ("any", "all"):
        problems.add(f"{where}.match", f"expected any or all, got {item['match']!r}")
    _check_applies(item.get("applies", {}), f"{where}.applies", problems)
    checks = item.get("checks")
    if checks is None and not override:
        problems.add(f"{where}.checks", "missing (list the checks that decide this criterion)")
    elif checks is not None and (not isinstance(checks, list) or not checks):
        problems.add(f"{where}.checks", f"expected a non-empty list of checks, got {_describe(checks)}")
    elif checks:
        for index, check in enumerate(checks):
            _check_options(check, f"{where}.checks[{index}]", problems)


def _check_applies(applies: Any, where: str, problems: _Problems) -> None:
    if not isinstance(applies, dict):
        problems.add(where, f"expected a mapping like {{outcome: [resolved]}}, got {_describe(applies)}")
        return
    for key in sorted(set(applies) - APPLIES_KEYS):
        problems.add(f"{where}.{key}", f"unknown key; valid keys: {', '.join(sorted(APPLIES_KEYS))}")
    outcomes = applies.get("outcome", list(OUTCOMES))
    if not isinstance(outcomes, list) or any(o not in OUTCOMES for o in outcomes):
        problems.add(f"{where}.outcome", f"expected a list of outcomes from {', '.join(OUTCOMES)}, got {outcomes!r}")
    by = applies.get("follow_up_by", ["agent", "caller"])
    if not isinstance(by, list) or not by or any(b not in ("agent", "caller") for b in by):
        problems.add(f"{where}.follow_up_by", f"expected a list from agent, caller, got {by!r}")
    if applies.get("when_unknown", "review") not in ("review", "apply", "na"):
        problems.add(f"{where}.when_unknown", f"expected review, apply or na, got {applies['when_unknown']!r}")
    if "happened" in applies:
        message = _check_acts(applies["happened"])
        if message:
            problems.add(f"{where}.happened", message)
    for key in ("happened_words", "happened_said"):
        if key in applies:
            message = _check_phrases(applies[key])
            if message:
                problems.add(f"{where}.{key}", message)


def _check_top(data: dict, problems: _Problems, child: bool) -> None:
    for key in sorted(set(data) - TOP_KEYS):
        problems.add(key, f"unknown key; valid keys: {', '.join(sorted(TOP_KEYS))}")
    for key in ("id", "version"):
        if key not in data:
            problems.add(key, "missing")
        elif not isinstance(data[key], (str, int, float)) or isinstance(data[key], bool):
            problems.add(key, f"expected a string, got {_describe(data[key])}")
    bands = data.get("bands")
    if bands is None and not child:
        problems.add("bands", "missing (e.g. bands: {pass: 85, coach: 70, fail: 0})")
    elif bands is not None and (not isinstance(bands, dict) or not bands
                                or not all(_is_number(v) for v in bands.values())):
        problems.add("bands", f"expected a mapping of band name -> lowest score, got {_describe(bands)}")
    review = data.get("review", {})
    if not isinstance(review, dict):
        problems.add("review", f"expected a mapping, got {_describe(review)}")
    else:
        for key, value in review.items():
            if key not in REVIEW_KEYS:
                problems.add(f"review.{key}", f"unknown key; valid keys: {', '.join(REVIEW_KEYS)}")
            elif not _is_number(value) or not 0 <= value <= 1:
                problems.add(f"review.{key}", f"expected a number between 0 and 1, got {_describe(value)}")
    names = data.get("company_names", [])
    if not isinstance(names, list) or not all(isinstance(x, str) and x.strip() for x in names):
        problems.add("company_names", f"expected a list of company names, got {_describe(names)}")
    languages = data.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        problems.add("languages", f"expected a list of language codes, got {_describe(languages)}")


def validate(data: Any, inherited: set | None = None) -> list[str]:
    """Every problem in one rubric file's data (paths relative to the file), or []."""
    problems = _Problems()
    if not isinstance(data, dict):
        return [f"expected a mapping with id, version, bands and sections, got {_describe(data)}"]
    inherited = inherited or set()
    child = "extends" in data
    _check_top(data, problems, child)
    sections = data.get("sections")
    if sections is None and not child:
        problems.add("sections", "missing (a rubric needs at least one section of criteria)")
    elif sections is not None and not isinstance(sections, list):
        problems.add("sections", f"expected a list of sections, got {_describe(sections)}")
    seen: dict[str, str] = {}
    for s_index, section in enumerate(sections if isinstance(sections, list) else []):
        where = f"sections[{s_index}]"
        if not isinstance(section, dict):
            problems.add(where, f"expected a mapping with id and criteria, got {_describe(section)}")
            continue
        for key in sorted(set(section) - SECTION_KEYS):
            problems.add(f"{where}.{key}", f"unknown key; valid keys: {', '.join(sorted(SECTION_KEYS))}")
        if not isinstance(section.get("id"), str):
            problems.add(f"{where}.id", f"expected a section id, got {section.get('id')!r}")
        criteria = section.get("criteria", [])
        if not isinstance(criteria, list):
            problems.add(f"{where}.criteria", f"expected a list of criteria, got {_describe(criteria)}")
            continue
        for c_index, item in enumerate(criteria):
            _check_criterion(item, f"{where}.criteria[{c_index}]", seen, inherited, problems)
    return list(problems)


# ---------------------------------------------------------------- loading and extends

def rubric_folders() -> list[Path]:
    """Where rubric names are looked up: the QA_RUBRICS folders first, then the built-in rubrics."""
    user = [Path(p).expanduser() for p in os.environ.get(RUBRICS_ENV, "").split(os.pathsep) if p.strip()]
    return [*user, RUBRICS_DIR]


def resolve_path(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    """A rubric name (a file in a rubric folder) or a path; raises ConfigError listing known names."""
    candidate = Path(name_or_path)
    options = [candidate]
    if relative_to is not None:
        options.insert(0, relative_to / candidate)
    if candidate.suffix not in (".yaml", ".yml"):
        options += [folder / f"{name_or_path}{suffix}" for folder in rubric_folders() for suffix in (".yaml", ".yml")]
        if relative_to is not None:
            options.insert(0, relative_to / f"{name_or_path}.yaml")
    for option in options:
        if option.is_file():
            return option
    known = sorted({p.stem for folder in rubric_folders() for p in folder.glob("*.y*ml")})
    raise ConfigError(f"rubric {str(name_or_path)!r} not found; give a path to a YAML file or one of: "
                      f"{', '.join(known)} (the built-in rubrics and those in {RUBRICS_ENV} folders)")


def _merge(base: dict, child: dict) -> dict:
    """Lay a child rubric over its base: sections and criteria by id, other keys replaced."""
    merged = copy.deepcopy(base)
    for key, value in child.items():
        if key not in ("sections", "extends", "remove"):
            merged[key] = copy.deepcopy(value)
    sections = {s["id"]: s for s in merged.get("sections", [])}
    for section in child.get("sections", []):
        target = sections.get(section["id"])
        if target is None:
            merged.setdefault("sections", []).append(copy.deepcopy(section))
            sections[section["id"]] = merged["sections"][-1]
            continue
        target.update({k: v for k, v in section.items() if k != "criteria"})
        criteria = {c["id"]: c for c in target.get("criteria", [])}
        for item in section.get("criteria", []):
            if item["id"] in criteria:
                criteria[item["id"]].update(copy.deepcopy(item))
            else:
                target.setdefault("criteria", []).append(copy.deepcopy(item))
    drop = set(child.get("remove", []))
    for section in merged.get("sections", []):
        section["criteria"] = [c for c in section.get("criteria", []) if c["id"] not in drop]
    merged.pop("extends", None)
    merged.pop("remove", None)
    return merged


def _yaml_problem(path: Path, exc: ConfigError) -> str:
    """A YAML error in words an editor of the rubric can act on (Python tags get their own)."""
    cause = exc.__cause__
    tag = getattr(cause, "problem", "") or ""
    if "constructor for the tag" in tag:
        mark = getattr(cause, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        name = tag.split("tag", 1)[1].strip(" '").replace("tag:yaml.org,2002:", "!!")
        return (f"{path}{line}: YAML tag '{name}' is not allowed; a rubric is plain data (nothing in it is "
                "executed): remove the tag")
    return str(exc)


def _duplicates_after_merge(data: dict, path: Path) -> list[str]:
    seen, problems = {}, []
    for s_index, section in enumerate(data.get("sections") or []):
        for c_index, item in enumerate(section.get("criteria") or []):
            where = f"sections[{s_index}].criteria[{c_index}]"
            if item["id"] in seen and seen[item["id"]] != where:
                problems.append(f"{path}: {where}.id: duplicate criterion id {item['id']!r} "
                                f"(also at {seen[item['id']]} after extends)")
            seen.setdefault(item["id"], where)
    return problems


def _criterion_ids(data: dict) -> set:
    return {c.get("id") for s in data.get("sections") or [] if isinstance(s, dict)
            for c in s.get("criteria") or [] if isinstance(c, dict)}


def _load_data(path: Path, chain: tuple[Path, ...] = ()) -> dict:
    """The merged data of a rubric file and the rubrics it extends; RubricError on any problem."""
    if path.resolve() in chain:
        raise RubricError(str(path), [f"{path}: extends: circular ({' -> '.join(p.name for p in (*chain, path))})"])
    try:
        data = load_yaml(path)
    except ConfigError as exc:
        raise RubricError(str(path), [_yaml_problem(path, exc)]) from exc
    base: dict = {}
    if isinstance(data, dict) and "extends" in data:
        if not isinstance(data["extends"], str):
            raise RubricError(str(path), [f"{path}: extends: expected a rubric name or path, got {data['extends']!r}"])
        try:
            base_path = resolve_path(data["extends"], path.parent)
        except ConfigError as exc:
            raise RubricError(str(path), [f"{path}: extends: {exc}"]) from exc
        base = _load_data(base_path, (*chain, path.resolve()))
    problems = validate(data, _criterion_ids(base))
    if problems:
        raise RubricError(str(path), [f"{path}: {p}" for p in problems])
    if not base:
        return data
    merged = _merge(base, data)
    problems = _duplicates_after_merge(merged, path)
    if problems:
        raise RubricError(str(path), problems)
    return merged


def _build(data: dict, path: Path) -> Rubric:
    from qa.score import checks as registry

    sections = []
    for section in data["sections"]:
        criteria = tuple(Criterion(
            id=item["id"], description=item["description"].strip(), weight=float(item["weight"]),
            section=section["id"], auto_fail=bool(item.get("auto_fail", False)),
            match=item.get("match", "any"), applies=dict(item.get("applies") or {}),
            checks=tuple(Check(c["kind"], registry.options_with_defaults(c["kind"], c)) for c in item["checks"]),
        ) for item in section.get("criteria", []))
        sections.append(Section(section["id"], section.get("title", section["id"]), criteria))
    bands = tuple(sorted(((str(k), float(v)) for k, v in data["bands"].items()), key=lambda b: -b[1]))
    return Rubric(id=str(data["id"]), version=str(data["version"]), sections=tuple(sections), bands=bands,
                  languages=tuple(data.get("languages", ())), description=str(data.get("description", "")),
                  review={**REVIEW_KEYS, **(data.get("review") or {})}, path=str(path),
                  company_names=tuple(data.get("company_names") or ()))


def _weights_problem(data: dict, where) -> list[str]:
    weights = [c.get("weight") for s in data.get("sections") or [] for c in s.get("criteria") or []]
    if weights and all(_is_number(w) and w == 0 for w in weights):
        return [f"{where}: sections: every criterion has weight 0, so nothing would count toward the "
                "score; give at least one criterion a weight above 0"]
    return []


def load_rubric(name_or_path: str | Path = DEFAULT_RUBRIC) -> Rubric:
    """Load, merge (``extends:``) and validate a rubric; raises RubricError listing every problem."""
    path = resolve_path(name_or_path)
    data = _load_data(path)
    if not data.get("sections") or not any(s.get("criteria") for s in data["sections"]):
        raise RubricError(str(path), [f"{path}: sections: no criteria left to score"])
    problems = _weights_problem(data, path)
    if problems:
        raise RubricError(str(path), problems)
    return _build(data, path)


def rubric_from_dict(data: dict, where: str = "<rubric>") -> Rubric:
    """A rubric from already-parsed data (tests, tools); RubricError lists every problem."""
    problems = [f"{where}: {p}" for p in validate(data)] or _weights_problem(data, where)
    if problems:
        raise RubricError(where, problems)
    return _build(data, Path(where))


def check_rubric(path: str | Path) -> list[str]:
    """Every problem in a rubric file (and what it extends), each with file and path; [] when fine."""
    try:
        load_rubric(path)
    except RubricError as exc:
        return exc.problems
    except ConfigError as exc:
        return [str(exc)]
    return []


__all__ = ["Rubric", "Section", "Criterion", "Check", "load_rubric", "check_rubric", "validate", "rubric_from_dict",
           "resolve_path", "rubric_folders", "RUBRICS_DIR"]
