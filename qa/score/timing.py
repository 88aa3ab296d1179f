"""Timing metrics from word and utterance times: handle time, talk ratio, overtalk, gaps, holds.

A *gap* is a stretch where nobody speaks (between the end of the speech so far and the next word).
A *hold* is a gap of at least ``min_silence`` seconds that starts soon after the agent announces one
("let me check, one moment", "잠시만 기다려 주세요", "saglit lang po") or that the agent closes by
thanking the caller for waiting; any other gap over the dead-air limit is dead air. A long gap with
no announcement is a silent check: it counts as a hold without permission.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from qa.model import AGENT, CUSTOMER, Call, Segment

HOLD_ANNOUNCE = {
    # Not "hold" alone: "it's on a hold because the photo didn't pass" is no announcement.
    "en": ["hold on", "please hold", "hold please", "put you on ~ hold", "place you on ~ hold", "can you hold",
           "could you hold", "hold for a", "hold the line", "hold tight", "one moment", "one sec", "a moment",
           "a second", "bear with me", "let me check", "let me look", "let me pull up", "let me see", "give me a minute", "give me a moment",
           # "Let me just pull up the contract", "let me quickly check"
           "let me ~ pull up", "let me ~ check", "let me ~ look",
           # "I'll just check the schedule", text-speak "ill check": the agent says the check they go to
           "i'll ~ check", "ill ~ check", "i will ~ check", "i'll ~ look", "ill ~ look", "i'll ~ pull up",
           "ill ~ pull up",
           # ... and with "going to" ("I'm going to look at the billing history", "im gonna check w/ the lab")
           "going to ~ check", "going to ~ look", "going to ~ pull up", "gonna ~ check", "gonna ~ look",
           "gonna ~ pull up"],
    "ko": ["잠시만*", "잠깐만*", "확인해 보겠습니다", "확인해 볼게요", "확인해 드리겠습니다", "기다려 주*",
           # Sino-Korean "please hold" ("잠시 대기해 주세요"), "기다려 주세요"'s kind
           "대기해 주*", "대기해주*",
           # Not the plain "네 확인하겠습니다": fz20-ko-05 labels the 7 s after it a silent search (dead air),
           # fz22-ko-04 the 14 s after it an announced hold; the sets disagree (docs/rubrics.md, round 22b).
           "조회해 보겠습니다", "조회해 볼게요", "찾아보겠습니다", "찾아 보겠습니다", "찾아볼게요", "찾아 볼게요"],
    "tl": ["saglit", "sandali", "hold lang po", "hold muna", "i-hold", "mag-hold", "i-check ko lang",
           "check ko lang", "titingnan ko lang", "tingnan ko lang", "check ko lng", "i-check ko lng",
           "tingnan ko lng", "titingnan ko lng",
           # ... with "po" or "muna" for "lang" ("i-check ko po muna", "titingnan ko po yung order")
           "i-check ko po", "i-check ko muna", "check ko po", "check ko muna", "titingnan ko po", "titingnan ko muna",
           # "ok po, wait lang po" from the agent before a check: an announcement (the caller's own "wait
           # lang" while searching is CALLER_WAIT below, told apart by who says it)
           "wait lang", "wait muna", "hintay lang", "antay lang"],
}
# The caller says they will look for something ("카드 잠깐만 지갑에 있을 텐데", "Hang on, it's in my other
# bag", "teka, kukunin ko"): the silence after it is the caller's search, no hold (dead air, if long).
CALLER_WAIT = {
    "en": ["hang on", "hold on", "one sec", "one second", "one moment", "just a sec", "just a second", "let me find",
           "let me get", "let me grab", "let me look"],
    "ko": ["잠깐만*", "잠시만*"],
    "tl": ["teka", "saglit", "sandali", "wait lang"],
}
HOLD_RETURN = {
    # "you for holding": the agent's "Thank" is sometimes given to the caller's turn before it.
    "en": ["thank ~ holding", "thanks ~ holding", "thank ~ waiting", "thanks ~ waiting", "sorry ~ wait",
           "for your patience", "you for holding", "you for waiting"],
    "ko": ["기다려 주셔서*", "오래 기다리*"],
    "tl": ["salamat sa paghihintay", "salamat po sa paghihintay", "pasensya na po sa paghihintay"],
}


@dataclass(frozen=True)
class Gap:
    start: float
    end: float
    before: Segment | None  # the turn that ended just before the silence
    after: Segment | None  # the turn that breaks it

    @property
    def duration(self) -> float:
        return self.end - self.start


def gaps(turns: tuple[Segment, ...], minimum: float = 0.5) -> tuple[Gap, ...]:
    """Silences of at least ``minimum`` seconds between speech, from word times where known."""
    spans = []
    for turn in turns:
        if turn.words:
            spans += [(w.start, w.end, turn) for w in turn.words]
        else:
            spans.append((turn.start, turn.end, turn))
    spans.sort(key=itemgetter(0))
    found, reach, last_turn = [], None, None
    for start, end, turn in spans:
        if reach is not None and start - reach >= minimum:
            found.append(Gap(round(reach, 2), round(start, 2), last_turn, turn))
        if reach is None or end >= reach:
            reach, last_turn = end, turn
    return tuple(found)


def talk_seconds(turns: tuple[Segment, ...], role: str) -> float:
    total = 0.0
    for turn in turns:
        if turn.role == role:
            total += sum(w.end - w.start for w in turn.words) if turn.words else turn.duration
    return total


def overtalk_seconds(turns: tuple[Segment, ...]) -> float:
    """Time spoken over someone else: overlap-marked words, else overlapping turns of two speakers."""
    words = [w for t in turns for w in t.words]
    if any(w.overlap for w in words):
        return sum(w.end - w.start for w in words if w.overlap)
    return _turns_over(turns)


def talked_over_seconds(turns: tuple[Segment, ...], role: str, join: float = 0.3) -> float:
    """Time ``role`` spends talking over the other side: each run of its overlapping words counts from
    the first word's start to the last one's end (the short pauses between words are still talking
    over), but no further than the other side's speech under it runs (a flagged word that ends after
    the caller stopped is talking alone from then on); else the stretch of each of its turns that
    starts while another speaker's turn runs."""
    if not any(w.overlap for t in turns for w in t.words):
        return _turns_over(turns, role)
    others = [(t.start, t.end) for t in turns if t.role != role]
    total = 0.0
    for turn in (t for t in turns if t.role == role):
        run = None  # [start, end] of the current run of overlapping words
        for w in turn.words:
            if w.overlap and run and w.start - run[1] <= join:
                run[1] = w.end
                continue
            total += _under(run, others) if run else 0.0
            run = [w.start, w.end] if w.overlap else None
        total += _under(run, others) if run else 0.0
    return total


def _under(run: list[float], others: list[tuple[float, float]]) -> float:
    """The length of ``run`` up to the latest end of the other side's turns that overlap it (all of it
    when none does: the flags are trusted)."""
    ends = [b for a, b in others if a < run[1] and b > run[0]]
    return (min(run[1], max(ends)) if ends else run[1]) - run[0]


def _turns_over(turns: tuple[Segment, ...], role: str | None = None) -> float:
    """Without overlap-marked words: how long turns of a second speaker (of ``role``, or anyone's)
    start while another speaker's turn still runs."""
    total = 0.0
    ordered = sorted(turns, key=lambda t: t.start)
    for a, b in zip(ordered, ordered[1:]):
        if (role is None or b.role == role) and a.speaker and b.speaker and a.speaker != b.speaker \
                and b.start < a.end:
            total += min(a.end, b.end) - b.start
    return total


def basic_metrics(call: Call, turns: tuple[Segment, ...]) -> dict:
    agent, customer = talk_seconds(turns, AGENT), talk_seconds(turns, CUSTOMER)
    first = min((t.start for t in turns), default=0.0)
    last = max((t.end for t in turns), default=0.0)
    handle = call.audio.duration if call.audio else last
    return {
        "handle_time": round(handle, 2),
        "speech_span": round(last - first, 2),
        "agent_talk_seconds": round(agent, 2),
        "customer_talk_seconds": round(customer, 2),
        "agent_talk_ratio": round(agent / (agent + customer), 3) if agent + customer > 0 else None,
        "overtalk_seconds": round(overtalk_seconds(turns), 2),
    }
