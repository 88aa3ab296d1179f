"""What a check sees of one call: its turns, windows, phrase search, similarity, holds and gaps.

Built by the Scorer for each call; shares the Scorer's loaded pipelines and embeddings. Checks return
a :class:`CheckOutcome`; the engine turns it into a Verdict (and into ``review`` when the deciding
words or the roles cannot be trusted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from qa.model import AGENT, CUSTOMER, Call, Evidence, Outcome, Segment
from qa.score import timing
from qa.score.nlp import TextAnalyzer, flatten
from qa.score.text import is_spoken, normalise, turns_of

_CLAUSE = re.compile(r"[,;:]\s+")
_SENTENCE_END = re.compile(r"(?<=[.?!。？！])\s+|(?<=[요다까죠])\s+(?=\S)")


@dataclass(frozen=True)
class CheckOutcome:
    verdict: str  # pass / fail / na / review
    reason: str
    evidence: tuple[Evidence, ...] = ()
    probability: float | None = None  # mean ASR probability of the deciding words
    searched: tuple[Segment, ...] = ()  # the turns that were searched (for the unreliable-window rule)
    uses_roles: bool = False


@dataclass(frozen=True)
class Window:
    turns: tuple[Segment, ...]
    start: float
    end: float
    role: str | None  # role filter asked for
    label: str  # "agent turns in the opening (first 3 turns)"


@dataclass
class CallContext:
    call: Call
    analyzer: TextAnalyzer
    embedder: object  # qa.score.embed.Embedder (created lazily by the Scorer)
    outcome: Outcome | None  # set by the Scorer right after the context is built (it may read the acts)
    roles_reliable: bool
    company_names: tuple[str, ...] = ()  # the known company (metadata, else rubric); () = unknown
    act_pass: float = 0.6  # an act counts from this probability (rubric review.min_act_probability)
    act_unsure: float = 0.4  # between this and act_pass: review (rubric review.unsure_act_probability)
    act_cache: dict | None = None  # the Scorer's turn acts by text, for act_model (qa.score.acts.tag_turns)
    act_model: str | None = None  # path of the act model (Scorer.context); None: the shipped model
    _similar_cache: dict = field(default_factory=dict)

    @cached_property
    def turns(self) -> tuple[Segment, ...]:
        return turns_of(self.call)

    @cached_property
    def lang(self) -> str:
        return (self.call.language or self.call.metadata.get("language") or "en")[:2]

    @cached_property
    def has_roles(self) -> bool:
        return any(t.role for t in self.turns)

    # ------------------------------------------------------------ dialogue acts (qa/score/acts.py)

    @cached_property
    def acts(self) -> dict:
        """id(turn) -> TurnActs for every turn of the call (one embedding batch, on first use)."""
        from qa.score.acts import load_model, tag_turns

        model = load_model(self.act_model) if self.act_model else None
        return {id(t.turn): t for t in tag_turns(self.turns, self.embedder, model, self.act_cache)}

    @cached_property
    def _act_rows(self) -> dict:
        """id(turn) -> (TurnActs, its probabilities as Python floats): act_hits reads them for
        most criteria of a call, and a list is read many times faster than the array."""
        return {key: (tagged, tagged.probs.tolist()) for key, tagged in self.acts.items()}

    def act_hits(self, turns, names, own_party: bool = False) -> list[tuple[float, object, str]]:
        """(probability, TurnActs, act) of the likeliest of ``names`` in each of ``turns``, best first
        (the first named on a tie); ``own_party``: only acts said by the party that performs them
        (when the call has roles)."""
        names, rows, hits = tuple(names), self._act_rows, []
        for turn in turns:
            row = rows.get(id(turn))
            if row is None:
                continue
            tagged, probs = row
            best, p = None, 0.0
            for name, column in _act_columns(names, turn.role if own_party else None):
                if best is None or probs[column] > p:
                    best, p = name, probs[column]
            if best is not None:
                hits.append((p, tagged, best))
        return sorted(hits, key=lambda h: (-h[0], h[1].turn.start))

    # ------------------------------------------------------------ windows

    def window(self, role: str | None, spec: dict | None) -> Window:
        """Turns said by ``role`` (any role when the call has none) inside the window ``spec``."""
        spec = spec or {}
        part = spec.get("part", "whole")
        role = None if role == "any" else role
        # A turn of "..." or "[inaudible]" is no turn of a window: it can say nothing a check looks for.
        pool = [t for t in self.turns
                if (role is None or not self.has_roles or t.role == role) and is_spoken(t.text)]
        if part == "opening":
            if "turns" in spec:
                pool = pool[:int(spec["turns"])]
            if "seconds" in spec and pool:
                pool = [t for t in pool if t.start < pool[0].start + spec["seconds"]]
        elif part == "closing":
            # The agent's greeting, said before the caller first spoke, is no part of the closing
            # even on a short call ("감사합니다 누리텔레콤 이지은입니다" is no closing thanks).
            opened = self.caller_opened
            if opened is not None and role is not None and role != CUSTOMER:
                pool = [t for t in pool if t.start >= opened]
            if "turns" in spec:
                pool = pool[-int(spec["turns"]):]
            if "seconds" in spec and pool:
                pool = [t for t in pool if t.end > pool[-1].end - spec["seconds"]]
        start = pool[0].start if pool else 0.0
        end = pool[-1].end if pool else self.call.duration
        who = f"{role} turns" if role and self.has_roles else "turns (any speaker)"
        limit = ", ".join(f"{k} {v:g}" for k, v in spec.items() if k != "part")
        label = f"{who} in the {part} of the call" + (f" ({limit})" if limit else "")
        return Window(tuple(pool), start, end, role, label)

    # ------------------------------------------------------------ phrases and similarity

    def find(self, turns, phrases) -> list[tuple[Segment, str, str]]:
        """(turn, matched words, phrase) for every turn in which one of ``phrases`` is said."""
        flat = self._with_company(flatten(phrases))
        hits = []
        for turn in turns:
            found = self.analyzer.find(turn.text, flat, self.lang)
            if found:
                hits.append((turn, *found))
        return hits

    def _with_company(self, flat: tuple[str, ...]) -> tuple[str, ...]:
        """``<company>`` replaced by each known company name (left as a name-like word when unknown)."""
        if not self.company_names or not any("<company>" in p for p in flat):
            return flat
        names = [normalise(n) for n in self.company_names if normalise(n)]
        return tuple(dict.fromkeys(p.replace("<company>", n) if "<company>" in p else p
                                   for p in flat for n in names))

    def similar(self, turns, examples, counter=(), threshold=0.9) -> list[tuple[Segment, str, str, float]]:
        """(turn, sentence, closest example, cosine) for sentences at least ``threshold`` close to an
        example and closer to the examples than to every counter-example."""
        flat, counter_flat = flatten(examples), flatten(counter)
        key = (flat, counter_flat)
        if key not in self._similar_cache:
            vectors = self.embedder.embed([normalise(e) for e in flat + counter_flat])
            self._similar_cache[key] = (vectors[:len(flat)], vectors[len(flat):])
        positive, negative = self._similar_cache[key]
        units = [(turn, sentence) for turn in turns for sentence in split_sentences(turn.text)]
        if not units:
            return []
        vectors = self.embedder.embed([normalise(s) for _, s in units])
        scores = vectors @ positive.T
        best = scores.argmax(axis=1)
        against = (vectors @ negative.T).max(axis=1) if len(negative) else np.full(len(units), -1.0)
        hits = []
        for index, (turn, sentence) in enumerate(units):
            score = float(scores[index, best[index]])
            if score >= threshold and score > against[index]:
                hits.append((turn, sentence, flat[best[index]], round(score, 3)))
        return hits

    # ------------------------------------------------------------ reliability and timing

    def probability(self, turn: Segment, matched: str | None = None) -> float | None:
        """Mean ASR probability of the words of ``turn`` that are in ``matched`` (all if None)."""
        if not turn.words:
            return None
        wanted = set(normalise(matched).split()) if matched else None
        probs = [w.probability for w in turn.words if wanted is None or normalise(w.text) in wanted]
        if not probs:
            probs = [w.probability for w in turn.words]
        return sum(probs) / len(probs)

    @cached_property
    def metrics(self) -> dict:
        return timing.basic_metrics(self.call, self.turns)

    @cached_property
    def gaps(self) -> tuple[timing.Gap, ...]:
        return timing.gaps(self.turns)

    @cached_property
    def caller_opened(self) -> float | None:
        """When the caller first speaks (None without roles or without a caller turn)."""
        starts = [t.start for t in self.turns if t.role == CUSTOMER and is_spoken(t.text)]
        return min(starts) if self.has_roles and starts else None

    @cached_property
    def agent_pickup(self) -> float | None:
        """When the agent first speaks (None without roles): before it, an IVR prompt or queue music."""
        starts = [t.start for t in self.turns if t.role == AGENT]
        return min(starts) if self.has_roles and starts else None

    @cached_property
    def on_call_gaps(self) -> tuple[timing.Gap, ...]:
        """Silences while the agent is on the call (from the agent's first word; all without roles)."""
        pickup = self.agent_pickup
        return tuple(g for g in self.gaps if pickup is None or g.end > pickup + 0.01)

    def holds(self, announce=None, min_silence: float = 8.0, long_silence: float = 20.0):
        """(gap, announcing turn or None) for every hold; a gap of ``long_silence`` or more with no
        announcement is a silent check and counts as a hold too."""
        announce = announce or timing.HOLD_ANNOUNCE
        found = []
        for gap in self.gaps:
            if gap.duration < min_silence:
                continue
            before = [t for t in self.turns if gap.start - 20.0 <= t.end <= gap.start + 0.01
                      and (not self.has_roles or t.role == AGENT)]
            announced = [hit for hit in (self.find(before[-2:], announce) if before else [])
                         if not self._spent(hit[0], gap)]
            # The agent's first turn after the silence, not just the turn that breaks it: the first
            # words after a hold ("Thank") may be attached to the caller's turn by word assignment.
            back = [t for t in self.turns if t.end >= gap.end and t.start <= gap.end + 5.0
                    and (not self.has_roles or t.role == AGENT)][:1]
            returned = bool(self.find([t for t in (gap.after, *back) if t is not None], timing.HOLD_RETURN))
            if self._caller_waits(gap) and not returned:
                continue  # the caller's own search, whatever the agent said earlier: dead air if long
            if announced or returned:
                found.append((gap, announced[-1][0] if announced else gap.before))
            elif gap.duration >= long_silence:
                found.append((gap, None))
        return found


    def _spent(self, announcing, gap, waited: float = 2.0) -> bool:
        """Whether the wait that ``announcing`` asked for was already taken before ``gap``: a silence of
        ``waited`` seconds after it that the agent broke ("Bear with me one sec." 3 s "Okay, the file
        didn't finish uploading." 8 s): the later silence is a new one, not announced."""
        return any(announcing.end - 0.01 <= g.start and g.end <= gap.start and g.duration >= waited
                   and g.after is not None and (not self.has_roles or g.after.role == AGENT)
                   for g in self.gaps)

    def _caller_waits(self, gap) -> bool:
        """Whether the caller speaks on both sides of ``gap`` and said, right before it, that they
        would look for something ("카드 잠깐만 지갑에 있을 텐데"): the silence is theirs."""
        before, after = gap.before, gap.after
        return (self.has_roles and before is not None and after is not None and before.role == CUSTOMER
                and after.role == CUSTOMER and bool(self.find([before], timing.CALLER_WAIT)))


@lru_cache(maxsize=4096)
def _act_columns(names: tuple[str, ...], role: str | None) -> tuple[tuple[str, int], ...]:
    """(act, its column in TurnActs.probs) for each of ``names`` that ``role`` performs (any for None)."""
    from qa.score.acts import ACT_INDEX, performer

    return tuple((name, ACT_INDEX[name]) for name in names if role is None or role == performer(name))


def split_sentences(text: str) -> list[str]:
    """Sentences of a turn, and the clauses of long ones ("Thank you for calling X, this is Priya,
    how can I help you today?" holds three), so each is compared with the examples on its own."""
    units = []
    for sentence in (p.strip() for p in _SENTENCE_END.split(text.strip()) if p and p.strip()):
        if len(normalise(sentence)) >= 2:
            units.append(sentence)
        clauses = [c.strip() for c in _CLAUSE.split(sentence) if len(normalise(c).split()) >= 2]
        if len(clauses) > 1:
            units += clauses
    return units or ([text.strip()] if text.strip() else [])
