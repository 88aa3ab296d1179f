"""The objects handed to the report templates, and the functions that build them from the store.

Templates get these documented frozen dataclasses (and qa.model objects inside them), never ad-hoc
dicts, so a user who overrides a template knows exactly what is available. Every text in them comes
straight from calls and tickets and is escaped by jinja2 when rendered; only ``*_svg`` fields are
markup, built by :mod:`qa.report.charts` from numbers and escaped labels.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup

from qa.fileio import safe_name
from qa.model import AGENT, FAIL, NA, PASS, REVIEW, Call, Evidence, Finding, Result, RoleAssignment, Verdict
from qa.report import charts
from qa.review import final_results
from qa.store import Store, StoredResult


slug = safe_name  # a file name for an id (qa.fileio.safe_name)


def call_href(call_id: str, *, prefix: str = "calls/", at: float | None = None) -> str:
    href = prefix + quote(slug(call_id)) + ".html"
    return href if at is None else f"{href}#t={at:.2f}"


def agent_href(agent_id: str, *, prefix: str = "agents/") -> str:
    return prefix + quote(slug(agent_id)) + ".html"


@dataclass(frozen=True)
class CallSummary:
    """One row of a call list: the header facts of a scored call and where its scorecard is."""
    call_id: str
    agent_id: str | None
    agent_name: str | None
    date: str
    language: str | None
    duration: float | None
    score: float | None
    band: str
    outcome: str | None
    reviews: tuple[str, ...]  # criteria whose verdict is "review"
    findings: int
    ticket_id: str | None
    href: str  # relative to the report root

    @classmethod
    def of(cls, stored: StoredResult) -> "CallSummary":
        result = stored.result
        return cls(result.call_id, stored.agent_id, stored.agent_name, stored.day, stored.language,
                   stored.duration, result.score, result.band,
                   result.outcome.outcome if result.outcome else None,
                   tuple(v.id for v in result.criteria if v.verdict == REVIEW), len(result.findings),
                   result.ticket_id, call_href(result.call_id))


@dataclass(frozen=True)
class TranscriptLine:
    start: float
    end: float
    role: str | None  # agent / customer, None when roles are unknown
    speaker: str | None
    text: str
    overlap: bool = False


@dataclass(frozen=True)
class CallPage:
    """Everything a per-call scorecard shows."""
    summary: CallSummary
    result: Result  # verdicts (result.criteria), outcome, findings, metrics
    transcript: tuple[TranscriptLine, ...]
    ticket: tuple[tuple[str, str], ...]  # (field, text) pairs of the linked ticket, in display order
    audio_src: str | None  # relative to the call page
    agent_href: str | None  # relative to the call page
    generated: str
    roles: RoleAssignment | None = None  # who was taken for the agent, how sure, and why


@dataclass(frozen=True)
class CriterionStat:
    """How often a criterion passed for a group of calls (n/a calls left out of the rate)."""
    id: str
    description: str
    section: str
    passed: int = 0
    failed: int = 0
    review: int = 0
    na: int = 0
    weight: float = 0.0

    @property
    def lost(self) -> float:
        """Score weight lost to fails: how much working on this criterion is worth."""
        return self.failed * self.weight

    @property
    def rate(self) -> float | None:
        judged = self.passed + self.failed
        return self.passed / judged if judged else None


@dataclass(frozen=True)
class Example:
    """A moment of a real call: a quote with its time, linked to the scorecard at that time."""
    call_id: str
    date: str
    start: float
    end: float
    text: str
    role: str | None
    href: str  # relative to the report root; add "../" from a sub-folder page


@dataclass(frozen=True)
class FocusArea:
    """A behaviour to work on: the criterion, how the agent and the team do, quotes from real calls."""
    stat: CriterionStat
    team_rate: float | None
    misses: tuple[Example, ...]  # the agent's own calls where it failed (window searched / what was said)
    reasons: tuple[str, ...]
    model: Example | None  # a teammate's call where it passed, to show how it sounds


@dataclass(frozen=True)
class AgentPage:
    """The coaching report of one agent for a period."""
    agent_id: str
    agent_name: str | None
    start: str
    end: str
    calls: tuple[CallSummary, ...]
    mean_score: float | None
    team_mean: float | None
    trend_svg: Markup
    strengths: tuple[CriterionStat, ...]
    focus: tuple[FocusArea, ...]
    criteria: tuple[tuple[CriterionStat, float | None], ...]  # (agent stat, team rate)
    ticket_mean: float | None
    findings_by_kind: tuple[tuple[str, int], ...]
    generated: str
    ticket_findings: tuple[tuple[CallSummary, Finding], ...] = ()  # newest first, at most 10


@dataclass(frozen=True)
class HeatCell:
    rate: float | None
    judged: int
    style: str  # a background colour computed from the rate (numbers only)


@dataclass(frozen=True)
class AgentRow:
    agent_id: str
    agent_name: str | None
    calls: int
    mean_score: float | None
    href: str
    cells: tuple[HeatCell, ...] = ()


@dataclass(frozen=True)
class BounceItem:
    """A ticket a supervisor should send back to its agent, and why."""
    ticket_id: str
    agent_id: str | None
    call_id: str | None
    severity: str
    reasons: tuple[str, ...]

    @property
    def href(self) -> str | None:
        return call_href(self.call_id) if self.call_id else None


@dataclass(frozen=True)
class CriterionTrend:
    """A criterion's team pass rate in the latest weeks against the weeks before."""
    id: str
    description: str
    before: float | None
    recent: float | None

    @property
    def change(self) -> float | None:
        return None if self.before is None or self.recent is None else self.recent - self.before


@dataclass(frozen=True)
class TeamPage:
    """The supervisors' view: agents x criteria, trends, tickets to bounce back, calls to review."""
    start: str
    end: str
    calls: int
    mean_score: float | None
    criteria: tuple[CriterionStat, ...]
    agents: tuple[AgentRow, ...]
    trend_svg: Markup
    bounce_back: tuple[BounceItem, ...]
    needs_review: tuple[CallSummary, ...]
    generated: str
    criterion_trends: tuple[CriterionTrend, ...] = ()
    trend_weeks: tuple[str, ...] = ()  # the recent weeks the trends compare with the weeks before


@dataclass(frozen=True)
class FailureRow:
    """A call the newest batch could not process, and why."""
    call_id: str | None
    source: str | None
    stage: str | None
    message: str


@dataclass(frozen=True)
class IndexPage:
    calls: tuple[CallSummary, ...]
    agents: tuple[AgentRow, ...]
    mean_score: float | None
    has_library: bool
    generated: str
    bands: tuple[tuple[str, int], ...] = field(default=())
    failures: tuple[FailureRow, ...] = ()


def now_text() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def criterion_stats(results: list[Result]) -> dict[str, CriterionStat]:
    """Pass/fail/review/na counts per criterion id, in the order criteria first appear."""
    counts: dict[str, Counter] = {}
    about: dict[str, Verdict] = {}
    for result in results:
        for verdict in result.criteria:
            counts.setdefault(verdict.id, Counter())[verdict.verdict] += 1
            about.setdefault(verdict.id, verdict)
    return {cid: CriterionStat(cid, about[cid].description, about[cid].section, c[PASS], c[FAIL],
                               c[REVIEW], c[NA], about[cid].weight) for cid, c in counts.items()}


def transcript_lines(call: Call | None) -> tuple[TranscriptLine, ...]:
    if call is None:
        return ()
    source = call.utterances or call.segments
    return tuple(TranscriptLine(s.start, s.end, s.role, s.speaker, s.text.strip(), s.overlap)
                 for s in source if s.text.strip())


TICKET_ORDER = ("ticket_id", "status", "agent_id", "customer", "created", "title", "description",
                "resolution", "notes", "category", "assigned_group")


def ticket_fields(ticket: dict | None) -> tuple[tuple[str, str], ...]:
    """The ticket's text fields in a stable order: the native fields first, then mapped ones."""
    if not ticket:
        return ()
    flat = dict(ticket)
    flat.update(flat.pop("fields", None) or {})
    flat.pop("raw", None)
    keys = [k for k in TICKET_ORDER if k in flat] + sorted(k for k in flat if k not in TICKET_ORDER)
    return tuple((k, str(flat[k])) for k in keys if flat[k] not in (None, "", [], {}))


def build_call_page(stored: StoredResult, call: Call | None, ticket: dict | None,
                    audio_src: str | None) -> CallPage:
    summary = CallSummary.of(stored)
    agent = agent_href(stored.agent_id, prefix="../agents/") if stored.agent_id else None
    return CallPage(summary, stored.result, transcript_lines(call), ticket_fields(ticket), audio_src,
                    agent, now_text(), call.roles if call else None)


def _example(stored: StoredResult, evidence: Evidence) -> Example:
    return Example(stored.call_id, stored.day, evidence.start, evidence.end, evidence.text,
                   evidence.role, call_href(stored.call_id, at=evidence.start))


def _verdict_of(result: Result, criterion: str) -> Verdict | None:
    return next((v for v in result.criteria if v.id == criterion), None)


def _focus(stat: CriterionStat, team_rate, mine: list[StoredResult], team: list[StoredResult],
           agent_id: str) -> FocusArea:
    misses, reasons = [], Counter()
    for stored in reversed(mine):  # newest calls first: what the agent does now
        verdict = _verdict_of(stored.result, stat.id)
        if verdict is None or verdict.verdict != FAIL:
            continue
        reasons[verdict.reason] += 1
        if verdict.evidence and len(misses) < 3:
            misses.append(_example(stored, verdict.evidence[0]))
    # A teammate's pass, in the language the agent's misses were in when there is one.
    languages = Counter(s.language for s in mine)
    language = languages.most_common(1)[0][0] if languages else None
    model = None
    for stored in sorted(reversed(team), key=lambda s: s.language != language):
        verdict = _verdict_of(stored.result, stat.id)
        if stored.agent_id != agent_id and verdict and verdict.verdict == PASS and verdict.evidence:
            model = _example(stored, verdict.evidence[0])
            break
    return FocusArea(stat, team_rate, tuple(misses), tuple(r for r, _ in reasons.most_common(2)), model)


def build_agent_page(store: Store, agent_id: str, start: str | None = None, end: str | None = None,
                     *, team: list[StoredResult] | None = None, focus_count: int = 3) -> AgentPage:
    """The coaching report data of ``agent_id`` from ``start`` to ``end`` (ISO dates, inclusive)."""
    team = final_results(store, start=start, end=end) if team is None else team
    mine = [s for s in team if s.agent_id == agent_id]
    stats = criterion_stats([s.result for s in mine])
    team_stats = criterion_stats([s.result for s in team])
    team_rate = {cid: team_stats[cid].rate for cid in team_stats}
    judged = [s for s in stats.values() if s.rate is not None]
    # Coach first what costs the most score over the period (fails x weight), then the lowest rate.
    weak = sorted((s for s in judged if s.failed), key=lambda s: (-s.lost, s.rate))[:focus_count]
    enough = min(2, len(mine))  # one lucky call is not a strength
    strong = sorted((s for s in judged if s.rate >= 0.8 and s not in weak and s.passed + s.failed >= enough),
                    key=lambda s: (-s.rate, -s.passed))[:4]
    findings = Counter(f.kind for s in mine for f in s.result.findings)
    days = [s.day for s in mine] or [start or "", end or ""]
    return AgentPage(
        agent_id=agent_id, agent_name=next((s.agent_name for s in mine if s.agent_name), None),
        start=start or min(days), end=end or max(days), calls=tuple(CallSummary.of(s) for s in mine),
        mean_score=mean(s.result.score for s in mine), team_mean=mean(s.result.score for s in team),
        trend_svg=_trend(mine, team), strengths=tuple(strong),
        focus=tuple(_focus(s, team_rate.get(s.id), mine, team, agent_id) for s in weak),
        criteria=tuple((s, team_rate.get(s.id)) for s in stats.values()),
        ticket_mean=mean(s.result.ticket_score for s in mine if s.result.ticket_id),
        findings_by_kind=tuple(findings.most_common()), generated=now_text(),
        ticket_findings=tuple((CallSummary.of(s), f) for s in reversed(mine) for f in s.result.findings)[:10])


def _weekly(results: list[StoredResult]) -> dict[str, float | None]:
    from qa.store import iso_week

    weeks: dict[str, list] = defaultdict(list)
    for stored in results:
        weeks[iso_week(stored.day)].append(stored.result.score)
    return {week: mean(scores) for week, scores in sorted(weeks.items())}


def _trend(mine: list[StoredResult], team: list[StoredResult] | None) -> Markup:
    agent_weeks = _weekly(mine)
    team_weeks = _weekly(team) if team is not None else {}
    labels = sorted(set(agent_weeks) | set(team_weeks))
    series = [("Agent" if team is not None else "Team", [agent_weeks.get(w) for w in labels])]
    if team is not None:
        series.append(("Team", [team_weeks.get(w) for w in labels]))
    return charts.line_chart(labels, series, title="Mean score per week")


def heat_style(rate: float | None) -> str:
    if rate is None:
        return "background:#eeeeee"
    return f"background:hsl({round(rate * 120)},70%,{78 - round(rate * 10)}%)"


def build_team_page(store: Store, start: str | None = None, end: str | None = None,
                    *, results: list[StoredResult] | None = None) -> TeamPage:
    results = final_results(store, start=start, end=end) if results is None else results
    all_stats = criterion_stats([s.result for s in results])
    by_agent: dict[str, list[StoredResult]] = defaultdict(list)
    for stored in results:
        by_agent[stored.agent_id or "(unknown)"].append(stored)
    rows = []
    for agent_id in sorted(by_agent):
        mine = by_agent[agent_id]
        stats = criterion_stats([s.result for s in mine])
        cells = []
        for cid in all_stats:
            stat = stats.get(cid)
            rate = stat.rate if stat else None
            cells.append(HeatCell(rate, (stat.passed + stat.failed) if stat else 0, heat_style(rate)))
        rows.append(AgentRow(agent_id, next((s.agent_name for s in mine if s.agent_name), None), len(mine),
                             mean(s.result.score for s in mine), agent_href(agent_id), tuple(cells)))
    days = [s.day for s in results] or [""]
    review = tuple(CallSummary.of(s) for s in results if any(v.verdict == REVIEW for v in s.result.criteria))
    trends, recent_weeks = criterion_trends(results)
    return TeamPage(start or min(days), end or max(days), len(results), mean(s.result.score for s in results),
                    tuple(all_stats.values()), tuple(rows), _trend(results, None),
                    tuple(bounce_back_items(results)), review, now_text(), trends, recent_weeks)


def criterion_trends(results: list[StoredResult], weeks: int = 4) -> tuple[tuple[CriterionTrend, ...], tuple[str, ...]]:
    """Pass rate per criterion over the last ``weeks`` ISO weeks with calls against the ``weeks``
    before them, biggest change first (the drops a supervisor should look at lead)."""
    from qa.store import iso_week

    week_of = {s.call_id: iso_week(s.day) for s in results}
    ordered = sorted(set(week_of.values()))
    recent, before = ordered[-weeks:], ordered[-2 * weeks:-weeks]
    if not before:
        return (), tuple(recent)
    recent_stats = criterion_stats([s.result for s in results if week_of[s.call_id] in recent])
    before_stats = criterion_stats([s.result for s in results if week_of[s.call_id] in before])
    trends = [CriterionTrend(cid, stat.description, before_stats[cid].rate if cid in before_stats else None,
                             stat.rate) for cid, stat in recent_stats.items()]
    trends.sort(key=lambda t: (t.change is None, t.change or 0.0))
    return tuple(trends), tuple(recent)


def bounce_back_items(results: list[StoredResult]) -> list[BounceItem]:
    """Tickets to send back, by the ticket stage's one rule (:func:`qa.ticket.bounce_back`)."""
    from qa.ticket import bounce_back

    agents = {s.call_id: s.agent_id for s in results}
    return [_bounce_from_dict(item, agents) for item in bounce_back([s.result for s in results])]


def _bounce_from_dict(item: dict, agents: dict[str, str | None]) -> BounceItem:
    reasons = item.get("reasons") or item.get("findings") or item.get("reason") or ()
    if isinstance(reasons, str):
        reasons = (reasons,)
    reasons = tuple(r.get("message", str(r)) if isinstance(r, dict) else str(r) for r in reasons)
    call_id = item.get("call_id")
    return BounceItem(str(item.get("ticket_id", "")), item.get("agent_id") or agents.get(call_id), call_id,
                      str(item.get("severity", "")), reasons)


def build_index_page(results: list[StoredResult], team: TeamPage, has_library: bool,
                     failures: list[dict] = ()) -> IndexPage:
    bands = Counter(s.result.band for s in results)
    return IndexPage(tuple(CallSummary.of(s) for s in reversed(results)), team.agents, team.mean_score,
                     has_library, now_text(), tuple(sorted(bands.items())),
                     tuple(FailureRow(f.get("call_id"), f.get("source"), f.get("stage"), f.get("message", ""))
                           for f in failures))


__all__ = ["CallSummary", "TranscriptLine", "CallPage", "CriterionStat", "Example", "FocusArea",
           "AgentPage", "HeatCell", "AgentRow", "BounceItem", "CriterionTrend", "TeamPage", "IndexPage", "FailureRow", "build_call_page",
           "build_agent_page", "build_team_page", "build_index_page", "criterion_stats", "slug",
           "call_href", "agent_href", "Finding", "AGENT"]
