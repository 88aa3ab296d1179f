"""The Scorer: applies a rubric to calls, one verdict with evidence per criterion.

Scoring follows the QA forms people use: criterion weights normalised to 100; ``na`` (and
``review``, pending a person) taken out of the denominator; an ``auto_fail`` criterion that fails
sets the score to 0; the score falls into the rubric's bands (pass / coach / fail).

A check's pass or fail becomes ``review`` instead when it cannot be trusted:

- the deciding words have a low ASR probability (``review.min_word_probability``), or a fail's
  searched window is mostly low-probability words (the words may be there, misheard). An act check's
  pass stays a pass when the act model is sure of its turn (``review.sure_act_probability``): on the
  Tagalog tuning calls from audio such passes were right, the unsure ones (p 0.69-0.75) were not;
- the check asks for a role (agent/customer) and the call has no roles, or its role decision has a
  low confidence (``review.min_role_confidence``): a phrase found cannot be attributed. A fail then
  says that nobody at all said it, which does not depend on roles.
"""
from __future__ import annotations

from dataclasses import replace

from qa.model import AGENT, CUSTOMER, FAIL, FOLLOW_UP, NA, PASS, REVIEW, UNKNOWN, Call, Result, Verdict
from qa.rubric import DEFAULT_RUBRIC, Criterion, Rubric, load_rubric
from qa.score import checks as registry
from qa.score.acts import ASR_MODEL_PATH, MODEL_PATH, recognised
from qa.score.context import CallContext, CheckOutcome
from qa.score.outcome import decide_outcome
from qa.score.total import score_of


class Scorer:
    """Loads pipelines and embeddings once; ``score(call)`` for each call of a batch."""

    def __init__(self, rubric: Rubric | str = DEFAULT_RUBRIC, *, embed_cache=None, use_disk_cache: bool = True,
                 encoder=None, asr_act_model=ASR_MODEL_PATH):
        """``asr_act_model``: the act model for recognised speech (acts.recognised); None: the shipped
        model for every call."""
        from qa.score.embed import Embedder
        from qa.score.nlp import TextAnalyzer

        self.rubric = load_rubric(rubric) if isinstance(rubric, str) else rubric
        self.analyzer = TextAnalyzer()
        self.embedder = Embedder(embed_cache, use_disk=use_disk_cache, encoder=encoder)
        self.asr_act_model = str(asr_act_model) if asr_act_model else None
        self.act_caches: dict = {}  # act model path -> turn acts by text, for this embedder (acts.tag_turns)
        self._modules = {kind: registry.module(kind) for kind in registry.KINDS}
        self.learn(self.rubric)

    @property
    def uses_acts(self) -> bool:
        """Acts (the act model) are tagged only for rubrics that name them: act checks, hold permission
        acts or ``applies: {happened: [...]}``; the outcome then reads them too."""
        return any(c.applies.get("happened") or any(ch.kind == "act" or ch.options.get("acts") for ch in c.checks)
                   for c in self.rubric.criteria)

    def learn(self, rubric: Rubric) -> None:
        """Teach the analyzer a rubric's words (misheard words are mapped onto them)."""
        from qa.score import timing
        from qa.score.nlp import flatten

        phrases = [p for cues in (timing.HOLD_ANNOUNCE, timing.HOLD_RETURN) for p in flatten(cues)]
        for criterion in rubric.criteria:
            for check in criterion.checks:
                for name in ("phrases", "first", "then", "permission", "asked_permission", "announce"):
                    phrases += flatten(check.options.get(name))
        self.analyzer.learn(phrases)

    def plan(self, calls: list[Call]) -> dict[int, Result]:
        """Embed, in large batches, every sentence a semantic check will need for ``calls`` (phrase
        checks that pass first need none). A call that cannot be scored is skipped here: scoring it
        for real reports its error. Returns the results of the calls that needed no new embedding
        (by position): they are final already (re-scoring a stored batch is mostly these)."""
        done = {}
        self.embedder.record()
        try:
            for index, call in enumerate(calls):
                missed = self.embedder.missed
                try:
                    result = self.score(call)
                except Exception:  # noqa: BLE001 - reported by the real pass
                    continue
                if self.embedder.missed == missed:
                    done[index] = result
        finally:
            self.embedder.flush()
        return done

    def score_many(self, calls: list[Call]) -> list[Result]:
        """Score a batch: plan (batched embeddings), then the real pass on cached embeddings for the
        calls that lacked some. Same results as ``score`` one by one, less CPU."""
        done = self.plan(calls)
        return [done[i] if i in done else self.score(call) for i, call in enumerate(calls)]

    def context(self, call: Call) -> CallContext:
        roles = call.roles
        reliable = bool(call.utterances) and any(u.role for u in call.utterances) and (
            roles is None or roles.confidence >= self.rubric.review["min_role_confidence"])
        review = self.rubric.review
        ctx = CallContext(call, self.analyzer, self.embedder, None, reliable, company_names(call, self.rubric),
                          act_pass=review["min_act_probability"], act_unsure=review["unsure_act_probability"])
        ctx.act_model = self.asr_act_model if self.asr_act_model and recognised(call, ctx.lang) else str(MODEL_PATH)
        ctx.act_cache = self.act_caches.setdefault(ctx.act_model, {})
        ctx.outcome = decide_outcome(call, ctx.acts if self.uses_acts else None, ctx.act_pass, ctx.act_unsure)
        return ctx

    def score(self, call: Call) -> Result:
        ctx = self.context(call)
        total = sum(c.weight for c in self.rubric.criteria) or 1.0
        judge = self.judge if call.text.strip() else self._no_speech
        verdicts = [replace(judge(ctx, c), weight=round(100.0 * c.weight / total, 3))
                    for c in self.rubric.criteria]
        return self._result(call, ctx, verdicts)

    def _no_speech(self, ctx: CallContext, criterion: Criterion) -> Verdict:
        """A recording with no words (silence, or samples that were not numbers) proves nothing
        against the agent: every criterion waits for a person, with the reason."""
        reason = NO_SPEECH
        return Verdict(criterion.id, REVIEW, reason, (self._whole_call(ctx, reason),), 0.0, criterion.section,
                       criterion.description, criterion.auto_fail)

    # ------------------------------------------------------------ one criterion

    def judge(self, ctx: CallContext, criterion: Criterion) -> Verdict:
        skip = self._not_applicable(ctx, criterion)
        if skip is not None:
            evidence = ctx.outcome.evidence[:2] or (self._whole_call(ctx, skip[1]),)
            return _verdict(criterion, skip[0], skip[1], evidence)
        outcomes = []
        for check in criterion.checks:
            outcome = self._trust(ctx, self._modules[check.kind].run(ctx, check.options), check)
            outcomes.append(outcome)
            if criterion.match == "any" and outcome.verdict == PASS:
                break  # cheap checks come first in a rubric; a pass ends the search (no embedding)
        chosen = _combine(outcomes, criterion.match)
        evidence = chosen.evidence or (self._whole_call(ctx, chosen.reason),)
        return _verdict(criterion, chosen.verdict, chosen.reason, evidence)

    @staticmethod
    def _whole_call(ctx: CallContext, reason: str):
        """Evidence for a verdict about the whole call (timing, n/a): the span that was checked."""
        from qa.model import Evidence

        start = ctx.turns[0].start if ctx.turns else 0.0
        return Evidence(round(start, 2), round(ctx.call.duration, 2), reason, matched="checked: whole call")

    def _not_applicable(self, ctx: CallContext, criterion: Criterion) -> tuple[str, str] | None:
        happened = criterion.applies.get("happened")
        if happened:
            hits = ctx.act_hits(ctx.turns, happened, own_party=True)
            if (not hits or hits[0][0] < ctx.act_pass) and not _hinted(ctx, criterion, happened) \
                    and not _looked_up(ctx, criterion.applies.get("happened_words")) \
                    and not _said(ctx, criterion.applies.get("happened_said")):
                best = f" (likeliest p={hits[0][0]:.2f})" if hits else ""
                return NA, f"not applicable: nothing on the call was {' / '.join(happened)}{best}"
        wanted = criterion.applies.get("outcome")
        if not wanted:
            return None
        decided = ctx.outcome.outcome
        if decided == UNKNOWN and UNKNOWN not in wanted:
            settled = _by_mass(ctx.outcome, criterion, ctx.act_pass)
            if settled != "unsure":
                return settled
            when = criterion.applies.get("when_unknown", "review")
            if when == "apply":
                return None
            return (REVIEW if when == "review" else NA,
                    f"applies only when the call is {' / '.join(wanted)}; the outcome could not be decided "
                    f"({ctx.outcome.reason})")
        if decided not in wanted:
            return NA, f"not applicable: the call was {decided} ({ctx.outcome.reason})"
        by = ctx.outcome.follow_up_by
        if decided == FOLLOW_UP and by and by not in criterion.applies.get("follow_up_by", (by,)):
            owner = "the caller is to try again and call back" if by == "caller" else "the desk owes a call-back"
            return NA, f"not applicable: a follow-up where {owner} ({ctx.outcome.reason})"
        return None

    def _trust(self, ctx: CallContext, outcome: CheckOutcome, check=None) -> CheckOutcome:
        """Turn an untrustworthy pass or fail into review, saying why."""
        if outcome.verdict not in (PASS, FAIL):
            return outcome
        floor = self.rubric.review["min_word_probability"]
        if outcome.uses_roles and not ctx.roles_reliable:
            why = "no agent/customer roles" if not ctx.has_roles else (
                f"role confidence {ctx.call.roles.confidence:.2f} is low")
            if outcome.verdict == PASS or ctx.has_roles:
                return replace(outcome, verdict=REVIEW, reason=f"{outcome.reason}; but {why}, so who said "
                                                                "what is uncertain")
            return replace(outcome, reason=f"{outcome.reason} ({why}; nobody at all said it)")
        if outcome.verdict == PASS and outcome.probability is not None and outcome.probability < floor:
            sure = self._sure_act(ctx, outcome, check)
            if sure is not None:
                return replace(outcome, reason=f"{outcome.reason}; the matched words have ASR probability "
                                               f"{outcome.probability:.2f} < {floor}, but the act model is sure "
                                               f"(p={sure:.2f})")
            return replace(outcome, verdict=REVIEW, reason=f"{outcome.reason}; but the matched words have "
                                                           f"ASR probability {outcome.probability:.2f} < {floor}")
        if outcome.verdict == FAIL and outcome.searched:
            words = [w for t in outcome.searched for w in t.words]
            if words:
                unsure = sum(w.probability < floor for w in words) / len(words)
                if unsure > 0.4:
                    return replace(outcome, verdict=REVIEW,
                                   reason=f"{outcome.reason}; but {unsure:.0%} of the searched words have "
                                          f"ASR probability < {floor}, so it may have been said and misheard")
        return outcome

    def _sure_act(self, ctx: CallContext, outcome: CheckOutcome, check) -> float | None:
        """The act model's probability for an act check's acts on the turn a pass quotes, when it
        reaches ``review.sure_act_probability`` (else None). Misheard words that still read clearly as
        the act were right on the Tagalog tuning calls; a phrase match alone has no such second opinion."""
        if check is None or check.kind != "act" or not outcome.evidence:
            return None
        quoted = outcome.evidence[0]
        turns = [t for t in ctx.turns if round(t.start, 2) == quoted.start and round(t.end, 2) == quoted.end]
        hits = ctx.act_hits(turns, check.options["acts"])
        if hits and hits[0][0] >= self.rubric.review["sure_act_probability"]:
            return hits[0][0]
        return None

    # ------------------------------------------------------------ the whole call

    def _result(self, call: Call, ctx: CallContext, verdicts: list[Verdict]) -> Result:
        score, auto_failed, mostly_review = score_of(verdicts)
        band = self.rubric.band(score)
        if mostly_review:
            # More of the form waits for a person than was decided: a score of 100 from the two
            # criteria that could be decided would mislead, so the band says so.
            band = REVIEW
        metrics = dict(ctx.metrics)
        metrics.update({
            "holds": [{"start": g.start, "end": g.end, "seconds": round(g.duration, 1),
                       "announced": a is not None} for g, a in ctx.holds()],
            # while the agent is on the call, as dead air counts it (not an IVR prompt or queue music)
            "longest_silence": round(max((g.duration for g in ctx.on_call_gaps), default=0.0), 2),
            "agent_pickup_seconds": None if ctx.agent_pickup is None else round(ctx.agent_pickup, 2),
            "review_count": sum(v.verdict == REVIEW for v in verdicts),
        })
        return Result(call_id=call.call_id, rubric_id=self.rubric.id, rubric_version=self.rubric.version,
                      score=score, band=band, criteria=tuple(verdicts),
                      outcome=ctx.outcome, auto_failed=auto_failed, metrics=metrics,
                      metadata=dict(call.metadata), language=call.language)

    def close(self) -> None:
        self.embedder.close()


NO_SPEECH = ("no speech was found in the recording (silence, or audio that could not be read as sound); "
             "listen to it: it may be a dropped call or a broken recording")


def _by_mass(outcome, criterion: Criterion, threshold: float):
    """Applicability of a call whose outcome stayed unknown, from the outcome classifier's probability
    MASS: the classes the criterion lists (``applies: {outcome, follow_up_by}``) together reaching
    ``threshold`` make it apply (None); the other decided classes together reaching it make it n/a;
    else "unsure" (``when_unknown`` decides). A call torn between "transferred" (p 0.42) and "the desk
    calls back" (0.30) is a hand-off either way: every escalation criterion applies, and validation,
    which a hand-off excuses, is n/a."""
    if not outcome.probabilities:
        return "unsure"
    wanted = criterion.applies["outcome"]
    owners = criterion.applies.get("follow_up_by")
    inside = outside = 0.0
    listed, other = [], []
    for label, p in outcome.probabilities:
        name, _, by = label.partition(":")
        if name == UNKNOWN:
            continue
        if name in wanted and not (name == FOLLOW_UP and owners and by not in owners):
            inside += p
            listed.append(f"{label} {p:.2f}")
        else:
            outside += p
            other.append(f"{label} {p:.2f}")
    if inside >= threshold:
        return None
    if outside >= threshold:
        return NA, (f"not applicable: the outcome was undecided, but the outcome model puts p={outside:.2f} "
                    f"(from {threshold}) on outcomes this does not apply to ({', '.join(other)}); "
                    f"{outcome.reason}")
    return "unsure"


def _hinted(ctx: CallContext, criterion: Criterion, happened) -> bool:
    """Whether the agent said a hint (words that count at once) of an act check for one of the acts
    ``happened`` names: an agent asking "소유자 성함은요" raised personal data though the act model
    alone was unsure of it (p 0.50). The caller's answer to a vaguer question does not count here
    ("Whereabouts on Elm Street?" - "Number forty-two" is no account)."""
    agent = [t for t in ctx.turns if t.role in (AGENT, None)]
    return any(ctx.find(agent, c.options["hints"]) for c in criterion.checks
               if c.kind == "act" and c.options.get("hints") and set(c.options.get("acts", ())) & set(happened))


def _looked_up(ctx: CallContext, words) -> bool:
    """Whether the agent says one of ``words`` (``applies: {happened_words}``) after a caller's turn that
    gives identifying details (gives_identity from the rubric's min_act_probability): the caller's
    details were used to find their record ("It's under k dot lindqvist at outlook dot com." - "Yep,
    I see it, six bottles, the autumn reds"), which discusses account data though the act model read
    no account work on it (p 0.33)."""
    if not words:
        return False
    given = [h[1].turn.start for h in ctx.act_hits([t for t in ctx.turns if t.role == CUSTOMER], ["gives_identity"])
             if h[0] >= ctx.act_pass]
    if not given:
        return False
    agent = [t for t in ctx.turns if t.role in (AGENT, None) and t.start > min(given)]
    return bool(ctx.find(agent, words))


def _said(ctx: CallContext, words) -> bool:
    """Whether the agent says one of ``words`` (``applies: {happened_said}``) anywhere on the call: words
    that carry the data themselves ("You're calling from the number on the booking, so I've got it
    here": the caller's record found from the calling number, with no detail asked or given)."""
    return bool(words) and bool(ctx.find([t for t in ctx.turns if t.role in (AGENT, None)], words))


def _verdict(criterion: Criterion, verdict: str, reason: str, evidence: tuple) -> Verdict:
    return Verdict(criterion.id, verdict, reason, evidence, 0.0, criterion.section, criterion.description,
                   criterion.auto_fail)


def _combine(outcomes: list[CheckOutcome], match: str) -> CheckOutcome:
    by = {v: [o for o in outcomes if o.verdict == v] for v in (PASS, FAIL, REVIEW, NA)}
    order = (PASS, REVIEW, FAIL, NA) if match == "any" else (FAIL, REVIEW, PASS, NA)
    for verdict in order:
        if by[verdict]:
            if verdict == FAIL and len(by[FAIL]) > 1:
                evidence = tuple(e for o in by[FAIL] for e in o.evidence)
                return replace(by[FAIL][0], reason="; ".join(o.reason for o in by[FAIL]), evidence=evidence)
            return by[verdict][0]
    return CheckOutcome(NA, "no check applied")


def company_names(call: Call, rubric: Rubric) -> tuple[str, ...]:
    """The company a <company> phrase must name: the call's ``company`` metadata (a name or a list),
    else the rubric's ``company_names``; () when unknown."""
    given = call.metadata.get("company")
    names = [given] if isinstance(given, str) else list(given or [])
    names = [str(n).strip() for n in names if str(n).strip()]
    return tuple(names) or tuple(rubric.company_names)


def score_call(call: Call, rubric: Rubric | str = DEFAULT_RUBRIC) -> Result:
    """Score one call (loads the pipelines; use a Scorer for batches)."""
    return Scorer(rubric).score(call)
