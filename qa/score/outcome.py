"""Decide how a call ended — resolved, escalated, transferred, follow-up or unknown — from what was said.

With the act model's tags (rubrics that name acts, e.g. ``helpdesk_acts``) a small classifier decides
from the whole call (qa/score/outcome_model.py), with the cue phrases below among its features;
where it reads resolved (or a hand-off it is unsure of), the last thing the agent commits to decides
(:func:`_committed_last`: a dispatch, a transfer, a result told later outweighs earlier account work);
where it reads a hand-off that no agent turn says, its likeliest other class does (:func:`_says_hand_on`).
Without them (the phrase rubric ``helpdesk``) the decision reads cue phrases in English, Korean and
Tagalog (and the English that Tagalog and Korean speakers mix in). Agents announce escalations, transfers and call-backs; customers confirm
that something works again. The latest decisive cue wins, because calls often try a fix first
("does it work now?" — "no, still nothing") and escalate after it fails; a resolved cue only wins
when no escalation, transfer or call-back is announced after it. Negated confirmations ("it still
doesn't work", "hindi pa rin gumagana", "아직 안 돼요") never count as resolved. A follow-up names who
owes the next step (``Outcome.follow_up_by``): "agent" when the desk promises a call-back, "caller"
when the fix is left unconfirmed and the caller is to try again and call back.

    >>> decide_outcome(call).outcome
    'escalated'
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from qa.model import (AGENT, CUSTOMER, ESCALATED, FOLLOW_UP, RESOLVED, TRANSFERRED, UNKNOWN, Call,
                      Outcome, Segment)
from qa.score.acts import ACT_INDEX
from qa.score.text import evidence_of, normalise, turns_of

# Follow-up cues owed by the caller ("if it still crashes, call back"): decided as follow_up with
# follow_up_by="caller". The agent's advice (_ADVICE) is weak: it never outweighs the customer's own
# confirmation of a fix, because agents close resolved calls with "call back if it happens again".
_CALLER = "follow_up:caller"
_ADVICE = "follow_up:advice"

# Each cue: outcome, the role that says it (None = either), a regular expression on normalised text.
_CUES: tuple[tuple[str, str | None, str], ...] = (
    # --- transferred
    (TRANSFERRED, AGENT, r"\b(transfer(ring)?|connect(ing)?|put(ting)?) (you|ka|kayo|po kayo)\b.{0,40}"
                         r"\b(to|sa|through)\b"),
    (TRANSFERRED, AGENT, r"\b(i'll|i will|let me|i'm going to|i am going to|we'll) (transfer|connect) you\b"),
    (TRANSFERRED, AGENT, r"\b(ita-?transfer|ililipat|ipapasa ko po kayo|i-transfer|itransfer)\b"),
    (TRANSFERRED, AGENT, r"(연결해 ?드리|연결 ?드리|돌려 ?드리|넘겨 ?드리|전환해 ?드리)"),
    # --- escalated
    (ESCALATED, AGENT, r"\b(escalat\w*|i-escalate|iescalate|ie-escalate)\b"),
    (ESCALATED, AGENT, r"\b(raise|raising|create|creating|open|opening|log|logging|file|filing|"
                       r"submit|submitting) (a|an|the)? ?(ticket|case|request|incident)\b.{0,60}"
                       r"\b(team|tier|level|specialist|engineer|technician|department|group|l2|onsite)\b"),
    (ESCALATED, AGENT, r"\b(tier|level) (2|two|3|three)\b|\bl2\b|\bsecond level\b"),
    (ESCALATED, AGENT, r"\b(pass|passing|forward|forwarding|send|sending|assign|assigning|endorse|"
                       r"i-endorse|ie-endorse|ipapasa|ifo-forward|i-forward)\b.{0,40}\b(team|department|"
                       r"technician|engineer|specialist|tier|group|network|hardware|field)\b"),
    (ESCALATED, AGENT, r"\b(technician|engineer|field tech) will (visit|come|go|contact|call)\b"),
    # Another team takes the next step ("our visa team will email you the checklist"): handed on.
    (ESCALATED, AGENT, r"\b(our|the) (\w+ ){0,2}(team|department|specialists?|engineers?|technicians?) "
                       r"(will|'ll|is going to|are going to) (email|call|contact|send|get back|reach out|follow up)\b"),
    # The fix is left with someone else of the desk ("Ico-coordinate ko po sa bookkeeper namin para
    # ma-post yung bayad", "I'll coordinate with our billing team").
    (ESCALATED, AGENT, r"\b(i'll|i will|we'll|we will|let me) coordinate with (our|the|your)\b|"
                       r"\b(ico-?coordinate|iko-?coordinate|i-?coordinate) (ko|namin)( po)? (sa|with)\b"),
    # ... and in Tagalog: "Tatawagan po kayo ng aming warehouse team sa loob ng tatlong araw".
    (ESCALATED, AGENT, r"\b(tatawagan|kokontakin|ite-?text|i-?email|babalikan)( po)? (kayo|ka)( po)? ng "
                       r"(aming|ating|ang|our|the) (\w+ ){0,2}(team|department|departamento|specialists?|"
                       r"engineers?|technicians?|technician)\b"),
    # A complaint filed on the caller's behalf goes to whoever handles complaints: handed on ("Nag-file
    # na po ako ng reklamo, ang numero ...", "I've lodged a formal complaint for you").
    (ESCALATED, AGENT, r"\b(nag-?file|nai-?file|na-?file|finile|ini-?file)( na)?( po)? (ako|ko|namin)( na)?( po)? "
                       r"(ng|ang|yung|ung) (reklamo|complaint)\b|"
                       r"\b(i've|i have|we've|we have) (filed|lodged|logged|raised|registered|made) (a|an|your) "
                       r"(formal |official )?complaint\b"),
    (ESCALATED, AGENT, r"(이관|에스컬레이션|상위 ?부서|기술팀에 ?전달|담당 ?부서로|담당 ?팀에 ?전달|엔지니어가 ?방문|"
                       r"기사님이 ?방문|접수해 ?드리|접수 ?해 ?드리|티켓을 ?생성|티켓 ?생성)"),
    # --- follow-up (a call-back promised with nothing escalated)
    (FOLLOW_UP, AGENT, r"\b(i'll|i will|we'll|we will|i'm going to) (call|ring|get back to|follow up|"
                       r"email|contact) (you|with you)\b"),
    # "tatawagan ko po kayo", and "po" before the doer too: "Tatawagan po namin kayo bukas".
    (FOLLOW_UP, AGENT, r"\b(tatawagan|babalikan|ite-text|i-text|i-email|ite-text)( po)? (ko|namin)( \w+){0,3} (kayo|ka)\b"),
    (FOLLOW_UP, AGENT, r"\b(call|ring) you back\b"),
    # "-ㄹ게요" promises: "내일 오전 중으로 연락드릴게요".
    (FOLLOW_UP, AGENT, r"(다시 ?연락 ?드리|다시 ?전화 ?드리|연락 ?드리겠|연락 ?드릴 ?거|연락 ?드릴게|전화 ?드릴게|회신 ?드리)"),
    # A result to be told later ("결과는 이삼일 내로 카톡으로 알려 드릴게요") is a call-back owed.
    (FOLLOW_UP, AGENT, r"(결과는?|확인되는 ?대로|확인되면|찾으면|처리되면|나오면).{0,30}"
                       r"(알려 ?드릴|알려 ?드리겠|안내 ?드릴|안내해 ?드릴|안내 ?드리겠|안내해 ?드리겠)"),
    (ESCALATED, AGENT, r"(요청 ?접수했|접수했습니다|접수 ?해 ?드렸|접수 ?완료)"),
    # --- follow-up owed by the caller: the fix is not confirmed and the caller is to try again and
    # call back. The caller's words decide like any cue; the agent's are weak (see _ADVICE above).
    (_CALLER, CUSTOMER, r"\b(not|isn't|isnt|hasn't been|hasnt been) (fixed|solved|resolved|sorted|working) yet\b|"
                        r"\bi'?ll (just )?(call|ring) (you |them |the desk )?(back|again)\b|"
                        r"\bi'?ll try (it |that )?(again )?later\b"),
    (_CALLER, CUSTOMER, r"\b(tatawag|tawag) (na lang )?(ako|po ako)( ulit| uli)?\b|\bhindi pa (rin )?(po )?(naayos|ayos|gumagana)\b"),
    (_CALLER, CUSTOMER, r"(다시 ?전화할게|다시 ?전화 ?드릴게|다시 ?연락 ?드릴게|나중에 ?다시 ?해 ?볼게|아직 ?해결이? ?안)"),
    (_ADVICE, AGENT, r"\bif (it|that|this|the (problem|issue|error))( still| keeps| continues| persists| doesn't| does not|"
                     r" won't| is still)\b.{0,50}\b(call|ring|contact|reach)\b|"
                     r"\b(call|ring) (us |me |the desk )?(back|again) if\b|\btry (it |that |again )?later\b"),
    # ... in Tagalog, formal, text-speak and Taglish: "kung ayaw pa rin po, tawag na lang kayo ulit", "pag ayaw p rin
    # tawag n lng kau", "if hindi pa rin siya nagwo-work, call na lang kayo ulit".
    (_ADVICE, AGENT, r"\b(kung|kapag|kpag|pag|pg|if) (hindi|hnd|hinde|di|d|ayaw|ganun|ganoon|gnun|ganon) "
                     r"(pa|p) ?(rin|din|rn|dn)\b.{0,50}\b(tawag|tumawag|call)"),
    # ... the state that persists named ("kung expired pa rin po ang nakalagay, tumawag po kayong muli",
    # "pag offline pa rin bukas, call na lang kayo ulit"): "kung <one or two words> pa rin".
    (_ADVICE, AGENT, r"\b(kung|kapag|kpag|pag|pg|if) [\w-]+( [\w-]+)? (pa|p) ?(rin|din|rn|dn)\b.{0,50}"
                     r"\b(tawag|tumawag|call)\b"),
    # "그래도 같은 데서 멈추면 다시 전화 주십시오": a condition ("-면") before "call us again".
    (_ADVICE, AGENT, r"(그래도|계속|여전히|아직).{0,20}(안 ?되|안 ?돼|문제|생기).{0,20}(다시 ?전화|다시 ?연락|전화 ?주|연락 ?주)|"
                     r"[가-힣]면 (다시 ?)?(전화|연락) ?(다시 )?(주세요|주십시오|주시면|해 ?주세요|해 ?주십시오|주시고)|"
                     r"나중에 ?다시 ?(해 ?보|시도)"),
    # --- resolved: the customer says it works, or agrees it is fixed
    (RESOLVED, CUSTOMER, r"\b(it|that|this|everything|email|internet|printer|vpn|laptop|it's|its)?\s?"
                         r"(works|working|worked|fixed|solved|resolved|sorted|back up|loaded|going through|"
                         r"connected|printed|went through|goes through|showing online|online now)\b"),
    (RESOLVED, CUSTOMER, r"\b(all good|good to go|perfect now|fine now|that worked)\b"),
    (RESOLVED, CUSTOMER, r"\b(i'm|i am|we're) (in|all set|good|back in|connected)\b|\ball set\b|"
                         r"\bthat did it\b|\bthat did the trick\b|\bi can (see|log in|login|access|print|connect)\b"),
    (RESOLVED, CUSTOMER, r"\b(gumagana|gumana|umaandar|naayos|ayos|okay|ok|nakapasok|nakakapasok|"
                         r"naka-login|nakalogin|nagwo-work|nagwork|working|bumukas|bukas|connected|nabubuksan|nabuksan) na\b"),
    (RESOLVED, CUSTOMER, r"(돼요|됩니다|되네요|됐어요|됐네요|되었어요|됐습니다|해결됐|해결 됐|해결되었|"
                         r"들어가져요|들어가지네요|들어가졌어요|접속돼|접속 돼|접속이 돼|잘 돼|잘 되|작동해요|작동하네요|나와요|나오네요|"
                         r"들려요|들린대요|들리네요|열려요|열리네요|열렸어요)"),
    (RESOLVED, AGENT, r"\b(it's|it is|that's|that is|everything is|you're|you are) (now )?"
                      r"(fixed|resolved|working|all set|sorted|back up)\b"),
    # The agent reports a completed fix; a later escalation or "still broken" outweighs it.
    (RESOLVED, AGENT, r"^(done|all done)\b|\bi've (reset|unlocked|fixed|archived|cleared|re-?enabled|"
                      r"restored|updated|reinstalled)\b"),
    (RESOLVED, AGENT, r"(해 ?드렸습니다|해 ?드렸어요|완료됐|완료되었)"),
    (RESOLVED, AGENT, r"\b(na-reset|na-unlock|naayos|na-fix|na-grant) ko na\b"),
)
_COMPILED = tuple((outcome, role, re.compile(pattern)) for outcome, role, pattern in _CUES)

# A confirmation with one of these before it in the same turn is a complaint, not a confirmation.
_NEGATION = re.compile(
    r"\b(not|n't|dont|doesnt|didnt|isnt|wont|cant|never|still no|hindi|di|wala|ayaw|hnd)\b|"
    r"(안 ?돼|안 ?되|안돼|않|못|아직|여전히)")


# "아니 됐어요" / "아뇨, 됐습니다" declines more help ("no, that's all"), and so does "아니요 그거면 됐습니다" or
# "그 정도면 됐어요" (if that, then enough); none says a fix works. In the present too ("아니요 그거면 돼요",
# "그걸로 됩니다": that is enough), where a bare "아니요 돼요" may answer "still not working?" and is left a cue.
_KO_ENOUGH = r"(그거면|그걸로|이거면|이걸로|그 ?정도면|이 ?정도면)[\s,.]*$"
_KO_DECLINE = re.compile(r"(아니|아뇨)(요|에요)?[\s,.]*((그거면|그걸로|이거면|이걸로|그럼|이제|다)[\s,.]*)?$|" + _KO_ENOUGH)
_KO_ENOUGH_NOW = re.compile(_KO_ENOUGH)
# "안" right before the verb negates it: "안 열려요", "안 나와요" (the cue itself starts at the verb).
_KO_NOT = re.compile(r"(^|\s)안\s?$")


def _negated(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 25):match.start()]
    if (match.group(0).startswith("됐") and _KO_DECLINE.search(before)) or _KO_NOT.search(before) \
            or (match.group(0).startswith(("돼", "됩")) and _KO_ENOUGH_NOW.search(before)):
        return True
    return bool(_NEGATION.search(before)) or bool(_NEGATION.search(match.group(0)))


# Money given back is no call transferred: "적립금으로 돌려 드리고", "차액은 카드로 돌려 드릴게요",
# "포인트로 돌려 드렸어요" (돌려 드리다: to give back, as well as to put a call through).
_KO_GIVE_BACK = re.compile(r"(적립금|포인트|마일리지|캐시|예치금|카드|계좌|통장|현금|돈|금액|요금|차액|비용|결제|"
                           r"환불|수수료|쿠폰|상품권)\w{0,3} ?(으로|로|은|는|을|를|도)? ?(전액 ?|다 ?|바로 ?)?$")


def _gives_back(text: str, match: re.Match) -> bool:
    """Whether a Korean transfer cue "돌려 드리" gives money back (a refund) rather than a call."""
    return match.group(0).startswith("돌려") and bool(_KO_GIVE_BACK.search(text[max(0, match.start() - 20):match.start()]))


def _cues(turn: Segment) -> tuple[tuple[str, str], ...]:
    """The (outcome, matched text) cues in one turn; roles are ignored when the call has none."""
    return _text_cues(turn.text, turn.role)


@lru_cache(maxsize=50_000)  # short turns ("okay, that works", "네, 돼요") recur across a batch
def _text_cues(said: str, speaker_role: str | None) -> tuple[tuple[str, str], ...]:
    text = normalise(said)
    cues = []
    for outcome, role, pattern in _COMPILED:
        if role is not None and speaker_role is not None and speaker_role != role:
            continue
        match = pattern.search(text)
        if outcome == TRANSFERRED:  # the first that puts a call through, not one that gives money back
            match = next((m for m in pattern.finditer(text) if not _gives_back(text, m)), None)
        if match is None:
            continue
        if outcome == RESOLVED and _negated(text, match):
            continue
        cues.append((outcome, match.group(0).strip()))
    return tuple(cues)


# The caller sees the fixed thing now, answering a check ("멤버십 보이나요" - "어 떴다 정회원"): words an
# answer says the fix works with, though no cue of the outcome model (its features stay as trained).
_SHOWS_NOW = re.compile(r"(떴다|떴어요|떴네요|떠요|뜨네요|보여요|보이네요|나왔다|나왔어요|바뀌었어요|바뀌었네요)|"
                        r"\b(it's|its|it is) (showing|there) now\b|\b(lumabas|nandyan|andyan|nandito) na\b")


def says_fixed(turn: Segment, answering: bool = False) -> str | None:
    """The words of ``turn`` that say a fix works (a resolved cue phrase of the turn's speaker, not
    negated: "열렸어요", "it's working now", "gumagana na po"), else None. ``answering``: the turn
    answers a check of the fix, where the caller seeing the result counts too (:data:`_SHOWS_NOW`:
    "어 떴다", "it's showing now", "lumabas na po"; not "아직 안 떠요")."""
    cue = next((matched for outcome, matched in _cues(turn) if outcome == RESOLVED), None)
    if cue is None and answering and turn.role != AGENT:
        text = normalise(turn.text)
        match = _SHOWS_NOW.search(text)
        cue = match.group(0) if match and not _negated(text, match) else None
    return cue


def decide_outcome(call: Call, tagged: dict | None = None, threshold: float = 0.6, unsure: float = 0.4) -> Outcome:
    """How the call ended, with the deciding utterances as evidence and a reason a person can read.

    ``tagged`` (id(turn) -> TurnActs, from the act model): the outcome classifier decides from the
    whole call (qa/score/outcome_model.py), so "Okay, done. It's printing now." is resolved without
    any cue, and a survey transfer after a confirmed fix does not make the call transferred. Without
    it (rubrics that name no acts) the cue phrases decide, as below. A hand-off (escalated,
    transferred, a call-back owed by the desk) decides every escalation criterion, so one the
    classifier is less sure of than ``threshold`` (the rubric's ``review.min_act_probability``) is
    ``unknown``: on garbled ASR one doubtful "escalates" must not make them all apply. A call the
    classifier reads as stopping before anything was decided, on which the agent did hand it on
    (escalation, transfer, call-back or next steps from ``unsure`` on) and the caller confirmed no fix,
    is the likeliest hand-off instead (see :func:`_handed_on`)."""
    if tagged:
        return _from_model(call, tagged, threshold, unsure)
    found = [(turn, outcome, matched) for turn in turns_of(call) for outcome, matched in _cues(turn)]
    confirmed = any(o == RESOLVED and t.role != AGENT for t, o, _ in found)
    found = [(t, _CALLER if o == _ADVICE else o, m) for t, o, m in found if not (o == _ADVICE and confirmed)]
    if not found:
        return Outcome(UNKNOWN, 0.0, (), "no cue for resolution, escalation, transfer or call-back was said")
    handoffs = [f for f in found if f[1] in (ESCALATED, TRANSFERRED)]
    # An escalation or transfer announced at any point decides the call unless the customer later
    # confirms a fix (the agent escalated, then a last idea worked).
    last = found[-1]
    if handoffs:
        last_handoff = handoffs[-1]
        later_fix = [f for f in found if f[1] == RESOLVED and f[0].start > last_handoff[0].start
                     and f[0].role != AGENT]
        if not later_fix:
            last = last_handoff
    outcome = last[1]
    support = [f for f in found if f[1] == outcome]
    by = None
    if outcome in (FOLLOW_UP, _CALLER):
        by = "caller" if outcome == _CALLER else "agent"
        outcome = FOLLOW_UP
        support = [f for f in found if f[1] in (FOLLOW_UP, _CALLER)]
    against = len(found) - len(support)
    confidence = round(min(0.95, 0.55 + 0.15 * len(support) - 0.1 * against), 2)
    confidence = max(0.3, confidence)
    evidence = tuple(evidence_of(turn, matched) for turn, _, matched in support[-3:])
    said = "; ".join(f'{turn.role or turn.speaker or "someone"} at {turn.start:.0f}s: "{matched}"'
                     for turn, _, matched in support[-3:])
    reason = f"{outcome}: {said}"
    if by:
        reason += " (the caller is to try again and call back)" if by == "caller" else \
            " (the desk owes the caller a call-back)"
    if against:
        reason += f" ({against} other cue(s) earlier in the call were outweighed)"
    return Outcome(outcome, confidence, evidence, reason, follow_up_by=by)


def _from_model(call: Call, tagged: dict, threshold: float, unsure: float = 0.4) -> Outcome:
    from qa.score.outcome_model import LABELS, features, predict, supporting

    turns = turns_of(call)
    tagged = _side_reports(turns, _shown_where(turns, _unhelped(turns, tagged, threshold)), threshold)
    probs = predict(features(turns, tagged)[None, :])[0]
    classes = tuple((name, round(float(q), 3)) for name, q in zip(LABELS, probs))
    ranked = probs.argsort()[::-1]
    label, p = LABELS[int(ranked[0])], float(probs[ranked[0]])
    resolved_p = float(probs[LABELS.index(RESOLVED)])
    if label == UNKNOWN:
        handed = _handed_on(turns, tagged, threshold, unsure)
        fixed = _fixed_after(turns, tagged, handed[0], threshold) if handed is not None else None
        if fixed:  # "nkita ko po, ung driver po ung ng cancel" (escalates p 0.54), then "na refund ko n po"
            return _unsaid(turns, tagged, label, p, RESOLVED, resolved_p, classes,
                           f"after the agent's likeliest hand-on at {handed[0].start:.0f}s {fixed}")
        if handed is not None:
            return replace(_hand_off(turns, tagged, probs, handed), probabilities=classes)
        # No hand-on act, but the agent's last commitment hands the call on in words ("경리 담당한테 전달해
        # 놓을게요 내일 오전 중으로 전화드릴 거예요"): a hand-off, as on a call read resolved.
        committed = _committed_last(turns, tagged, threshold)
        if committed is not None:
            why = (f"the last thing the agent committed to is a hand-on, and no fix was confirmed after it: "
                   f"the outcome model read no ending, p(unknown)={p:.2f}")
            return replace(_hand_off(turns, tagged, probs, committed, why), probabilities=classes)
    if label in _HANDOFF_LABELS:
        last = _last_hand_on(turns, tagged, unsure) if not turn_roles_unknown(turns) else turns[-1]
        kept = max((i for i, name in enumerate(LABELS) if name not in _HANDOFF_LABELS), key=lambda i: probs[i])
        kept = LABELS[kept]
        if last is None:
            why = "no agent turn hands the call on (no escalation, transfer, call-back, next step or ticket said)"
            done = [t for t in turns if _done_fix(t)]
            if done:  # "I've sent the missing one to the lab as a reprint ... it goes out in the post tomorrow"
                kept, why = RESOLVED, why + f'; the agent reported the fix done at {done[-1].start:.0f}s ("{_done_fix(done[-1])}")'
        else:
            # ... called off by the caller: a hand-on as sure as the one that made the hand-off stand (from
            # ``unsure``: "i can send it back to sales for a reprint", p 0.59 - "no forget it we'll print them in house")
            why = _withdrawn(turns, tagged, unsure)
            fixed = None if why or turn_roles_unknown(turns) else _fixed_after(turns, tagged, last, threshold)
            if fixed:  # "I've approved it manually now" (escalates p 0.90) - "Okay, it works now. It went green."
                kept, why = RESOLVED, f"after the agent's last hand-on at {last.start:.0f}s {fixed}"
        if why:
            q = resolved_p if kept == RESOLVED else float(probs[LABELS.index(kept)])
            return _unsaid(turns, tagged, label, p, kept, q, classes, why)
    doubtful = label in (ESCALATED, TRANSFERRED, "follow_up:agent") and p < threshold
    if label == RESOLVED or doubtful:
        committed = _committed_last(turns, tagged, threshold)
        if committed is not None:
            why = (f"the last thing the agent committed to is a hand-on, and no fix was confirmed after it: "
                   f"the outcome model read {label}, p={p:.2f}")
            return replace(_hand_off(turns, tagged, probs, committed, why), probabilities=classes)
    outcome, by = (FOLLOW_UP, label.split(":")[1]) if label.startswith("follow_up") else (label, None)
    support = supporting(label, turns, tagged)
    said = "; ".join(f'{turn.role or turn.speaker or "someone"} at {turn.start:.0f}s: "{matched}"'
                     for turn, matched in support)
    runner = LABELS[int(ranked[1])]
    reason = (f"{outcome}: {said or 'read from the whole call, no single utterance decides it'} "
              f"(outcome model p={p:.2f}; next {runner} p={float(probs[ranked[1]]):.2f})")
    if label in (ESCALATED, TRANSFERRED, "follow_up:agent") and p < threshold:
        return Outcome(UNKNOWN, 0.0, tuple(evidence_of(t, m) for t, m in support),
                       f"unsure how the call ended: {outcome} has outcome model p={p:.2f} < {threshold} "
                       f"(next {runner} p={float(probs[ranked[1]]):.2f}); {said or 'no single utterance decides it'}",
                       probabilities=classes)
    if outcome == UNKNOWN:
        reason = f"nothing on the call settles how it ended (outcome model p={p:.2f}; next {runner})"
    if by:
        reason += " (the caller is to try again and call back)" if by == "caller" else \
            " (the desk owes the caller a call-back)"
    return Outcome(outcome, round(p, 2), tuple(evidence_of(t, m) for t, m in support), reason, follow_up_by=by,
                   probabilities=classes)


# What the agent does when handing a call on, and the outcome classes of a hand-off.
_HAND_ON = ("escalates", "transfers", "promises_callback", "states_next_steps")
_HANDOFF_LABELS = (ESCALATED, TRANSFERRED, "follow_up:agent")


# What an agent's greeting does: a turn carrying one of these (from the threshold) offers no fix.
_GREETING = ("offers_help", "names_company", "gives_name", "thanks_for_calling")


def _unhelped(turns, tagged: dict, threshold: float) -> dict:
    """``tagged`` without the caller's confirmation of a fix said before the agent first did more than
    greet: the caller's opening states the problem ("I'm self-employed pa" read confirms_fixed p 0.69
    at 6 s), and a confirmation before any fix was offered cannot resolve the call. A call that starts
    on the agent's instruction ("Can you open tray two?") keeps the caller's "It's printing now"."""
    answered = min((t.start for t in turns if t.role == AGENT and id(t) in tagged
                    and max(tagged[id(t)].p(a) for a in _GREETING) < threshold), default=None)
    early = [t for t in turns if t.role == CUSTOMER and id(t) in tagged and (answered is None or t.start < answered)]
    if not early:
        return tagged
    kept = dict(tagged)
    for turn in early:
        probs = tagged[id(turn)].probs.copy()
        probs[ACT_INDEX["confirms_fixed"]] = 0.0
        kept[id(turn)] = replace(tagged[id(turn)], probs=probs)
    return kept


# The agent tells the caller where to see the result for themselves: "앱에서 예약 내역 보시면 바뀐 거
# 보이세요", "you'll see it in your order history", "makikita n'yo na po sa app".
_SHOWN = re.compile(
    r"(보시면|확인하시면|들어가시면|누르시면|열어 ?보시면).{0,30}(보이|보여|나와|나옵|뜨|확인하실 수|확인 가능)|"
    r"\byou('ll| will| should| can)( now| already)? (see|find) (it|that|them|this|the \w+|your \w+)\b.{0,40}"
    r"\b(in|on|under) (the|your)( \w+)? (app|account|portal|history|page|screen|dashboard|profile|settings)\b|"
    r"\bmakikita (n'?yo|nyo|ninyo|mo)( na)?( po)?\b", re.IGNORECASE)


# The agent tells the caller to ring again themselves: "내일 오전 아홉 시에 열리니까 그때 다시 전화
# 주십시오", "please call us back on Monday once it's open", "tumawag na lang po ulit kayo bukas".
_CALLER_CALLS = re.compile(
    r"다시 ?(전화|연락) ?(다시 )?(주십시오|주세요|해 ?주세요|해 ?주십시오|주시면 ?(됩니다|돼요|되세요))|"
    r"\b(please )?(call|ring|phone) (us |back |us back |again |in again )(again |back )?"
    r"(tomorrow|later|on \w+|after|when|once|next|in the morning|this afternoon)\b|"
    r"\bgive us a (call|ring)( back)? (tomorrow|later|on \w+|after|when|once|next)\b|"
    r"\b(tumawag|tawag|call)( (na|n) (lang|lng))?( po)?"
    r"( (kayo|kau|ka|kayong|kang)( po)? (ulit|uli|muli)| (ulit|uli|muli)( po)? (kayo|kau|ka))\b|"
    # formal, the adverb first: "muli po kayong tumawag", "muling tumawag"
    r"\b(muli|ulit)(ng| po)( kayong| kang)? (tumawag|tawag)\b")


# Something sent to the caller on the call itself, said in the past ("카톡으로 예약 확인 다시 보냈어요",
# "I've just resent the receipt to your email", "na-send ko na po ulit sa inyo ang link"): nothing owed later.
_SENT_NOW = re.compile(
    r"(보냈어요|보냈습니다|보내 ?드렸(어요|습니다)|(발송|전송)(했|해 ?드렸)(어요|습니다))|"
    r"\b(i|we)('ve| have)( just| already)? (re-?sent|sent|emailed|texted|forwarded)\b[^.?!]{0,40}\b(you|your)\b|"
    r"\b(na-?send|na-?text|na-?email|pinadala|ipinadala|sinend|in-?email|tinext) (ko|namin)( na)?( po)?"
    r"( ulit| uli| muli)?\b")
# ... unless the same sentence promises more ("I've sent it to billing and they'll call you").
_LATER = re.compile(r"\b(will|'ll|going to|gonna)\b|겠|[ㄹ을]게|드릴|\b(tatawag|tatawagan|babalikan)\b")


def _shown_where(turns, tagged: dict) -> dict:
    """``tagged`` without a promised call-back on agent words that tell the caller where to see the
    result themselves ("앱에서 예약 내역 다시 보시면 바뀐 거 보이세요" read promises_callback p 0.59)
    or to call again themselves (:data:`_CALLER_CALLS`: "...그때 다시 전화 주십시오" read
    promises_callback p 0.95): the caller looks or rings later, the desk owes no call."""
    col = ACT_INDEX["promises_callback"]
    kept = None
    for turn in turns:
        item = tagged.get(id(turn))
        unit = item.unit("promises_callback") if item is not None else ""
        sent = _SENT_NOW.search(normalise(unit)) and not _LATER.search(normalise(unit))
        if item is None or turn.role != AGENT or not (_SHOWN.search(unit) or _CALLER_CALLS.search(normalise(unit))
                                                      or sent):
            continue
        kept = kept or dict(tagged)
        probs = item.probs.copy()
        probs[col] = 0.0
        kept[id(turn)] = replace(item, probs=probs)
    return kept or tagged


# The agent reports a side fault for the sake of others ("I've also flagged the broken reader to
# maintenance so nobody else gets stuck", "다른 분들 불편 없도록 현장팀에 알려 뒀어요", "para hindi na
# maulit sa iba"): the caller's own problem is not handed on.
_SIDE_REPORT = re.compile(
    r"\bso (that )?(nobody|no one|no-one|noone|others|other \w+) (else )?"
    r"(gets?|will|won't|wont|doesn't|doesnt|don't|dont|has|have|runs?|hits?|is|are|ends?)\b|"
    r"\bfor (the )?(next|other) (\w+ )?(riders?|customers?|users?|people|guests|members|callers|drivers|"
    r"passengers|residents|tenants|patients|students|shoppers)\b|"
    r"\b(i've|i have|we've|we have|i'll|i will|we'll|we will) also (flagged|reported|logged|raised|passed|sent|"
    r"notified|told|let|alerted|flag|report|log|raise|pass|send|notify|tell|alert)\b|"
    r"다른 (분|고객|손님|이용자|회원|주민|학생)(님)?(들)?(도|이|께서|은|에게|께)? ?.{0,20}"
    r"(불편|겪|안 ?생기|없도록|않도록|없게|않게)|"
    r"\bpara (hindi|di) na (po )?(maulit|mangyari|maranasan)( po)? (sa|ng) (iba|ibang)\b|"
    r"\bpara sa (iba|ibang) (customers?|riders?|members?|kliyente|mamimili)\b")


def _side_report_ids(turns, tagged: dict, threshold: float) -> set[int]:
    """The ids of agent turns, said after the caller confirmed a fix (a resolved cue, or the act from
    ``threshold`` in more than two words), that report a side fault for the sake of others
    (:data:`_SIDE_REPORT`)."""
    found, fixed = set(), False
    for turn in turns:
        item = tagged.get(id(turn))
        if item is None:
            continue
        if turn.role == CUSTOMER and (says_fixed(turn) or (item.p("confirms_fixed") >= threshold
                                                           and len(turn.text.split()) > 2)):
            fixed = True
        elif turn.role == AGENT and fixed and _SIDE_REPORT.search(normalise(turn.text)):
            found.add(id(turn))
    return found


def _side_reports(turns, tagged: dict, threshold: float) -> dict:
    """``tagged`` without the hand-on acts of agent turns that report a side fault after the caller
    confirmed the fix (:func:`_side_report_ids`: "I've also flagged the dock to our field team so
    nobody else gets stuck on it", escalates p 0.81): a report to a field team or another department
    is no escalation of the caller's problem, which was fixed on the call."""
    side = _side_report_ids(turns, tagged, threshold)
    if not side:
        return tagged
    kept = dict(tagged)
    for turn_id in side:
        probs = tagged[turn_id].probs.copy()
        for act in _HAND_ON:
            probs[ACT_INDEX[act]] = 0.0
        kept[turn_id] = replace(tagged[turn_id], probs=probs)
    return kept


def turn_roles_unknown(turns) -> bool:
    """Whether no turn of the call has the agent's role (who said what is unknown)."""
    return not any(turn.role == AGENT for turn in turns)


def _opened(turns) -> float | None:
    """When the caller first speaks: an agent's turn before it is the greeting."""
    return min((t.start for t in turns if t.role == CUSTOMER), default=None)


def _handed_on(turns, tagged: dict, threshold: float, unsure: float):
    """(turn, act, p) of the likeliest hand-on by the agent after the caller first spoke (p from
    ``unsure``), when no caller turn confirms a fix (p from ``threshold``) after it; else None.
    The classifier learnt "unknown" from recordings that stop before anything is decided; a call
    that ends right after "the technician will call you tomorrow" with no farewell reads the same,
    yet an analyst judges it as a hand-off (were a next step, a time frame, a ticket given?)."""
    opened = _opened(turns)
    best = None
    for turn in turns:
        item = tagged.get(id(turn))
        if item is None or turn.role != AGENT or opened is None or turn.start < opened:
            continue
        act = max(_HAND_ON, key=item.p)
        if item.p(act) >= unsure and (best is None or item.p(act) > best[2]):
            best = (turn, act, item.p(act))
    if best is None:
        return None
    fixed = [t for t in turns if t.role == CUSTOMER and t.start > best[0].start and id(t) in tagged
             and tagged[id(t)].p("confirms_fixed") >= threshold
             and not (_APOLOGY.search(normalise(t.text)) and not says_fixed(t))]
    # ... nor when the caller then takes it on themselves ("punta n lng ako dyan s sabado"): nothing was
    # handed on, whatever the act model read before it.
    withdrawn = [t for t in turns if t.role == CUSTOMER and t.start > best[0].start
                 and _WITHDRAWN.search(normalise(t.text))]
    return None if fixed or withdrawn else best


# A survey after the call is no hand-on, however the words come out ("sumali po kayo sa isang survey …
# pagkatapos ng tawag" from audio: promises_callback 0.83 with a time, on a call fixed at p 1.00).
_SURVEY = re.compile(r"\bsurvey|설문")


# Someone of the desk takes the next step towards the caller — the technician or the person in charge
# calls, visits or texts ("담당 기사님이 내일 오전 중으로 전화드려서 방문 날짜 잡아 드릴 겁니다", "담당자가
# 방문 날짜랑 접수번호 문자 드릴 거예요", "점장님이 오늘 중으로 연락드릴 거예요": a title of the desk's staff, "the
# installer will ring you to book a slot") — or the request is
# taken down for them ("방문 접수해 드릴게요", "접수할게요"): a hand-on, whatever account work came before.
# Read by the rules below only (the outcome model's cue features are _CUES).
_DESK_TAKES_IT = re.compile(
    r"(기사님?|엔지니어|담당자|담당 ?기사님?|실장님?|팀장님?|점장님?|매니저님?|과장님?|주임님?|원장님?|책임자)(이|가|께서) "
    r".{0,40}(전화|연락|방문|문자|카톡|찾아)|"
    r"접수 ?(해 ?)?(드릴게|드리겠|드릴 ?거|할게|하겠습니다|해 ?놓을게|해 ?둘게)|"
    r"\b(technician|engineer|installer|specialist|inspector|surveyor|adjuster|supervisor|manager)s? "
    r"(\w+ ){0,6}(will|'ll|is going to|are going to) (\w+ ){0,2}(give you a )?(call|ring|contact|visit|come|text|email|"
    r"get back|reach out|be in touch|message)\b|"
    r"\b(technician|tekniko|installer|inspector)( po)? (namin|natin)?.{0,30}\b(tatawag|pupunta|magte-text|kokontak)|"
    # ... or the agent passes it to another part of the desk ("I'll endorse it to our finance for a refund",
    # "ie-endorse ko po sa accounting", "I've forwarded your claim to the billing office"), or a courier
    # brings or collects the replacement ("A courier will bring the new unit and take the old one"): the
    # fix is done later, by someone else.
    r"\b(i'll|i will|we'll|we will|let me|i'm going to|i've|i have|we've|we have)( already)? (endorsed?|forward(ed)?|refer(red)?|pass(ed)?|hand(ed)?)"
    r"( on)? (it|this|that|them|your \w+|the \w+)( \w+){0,2} (on )?to (our|the|your)\b|"
    r"\b(i-?endorse|ie-?endorse|ipapasa|ifo-?forward|i-?forward)( ko| namin)?( na)?( po)?( ito| ito po)? (sa|to) (aming|ating|our|the)?\b|"
    r"\b(courier|rider|driver|delivery (team|partner|driver))s? (will|'ll|is going to|are going to) "
    r"(\w+ ){0,2}(bring|deliver|collect|pick up|pickup|drop off|swap|replace)\b|"
    # ... or files a complaint or a request for the caller with the part of the desk that handles it ("I've put
    # in a complaint with our quality team", "Gumawa na po ako ng kahilingan", "Nagtala na po kami ng reklamo",
    # "건의 사항 본사에 올려 드렸어요"):
    # the case is passed on, nothing is fixed yet.
    r"\b(i've|i have|we've|we have|i'll|i will|we'll|we will)( just| already| now)? (raised|filed|lodged|logged|submitted|"
    r"put in|opened|made|raise|file|lodge|log|submit|open) (a|an|your)( formal| official)? (\w+ )?(complaint|request|"
    r"correction|claim|dispute|report)( \w+)? (with|to) (our|the) (\w+ ){0,2}(team|department|office|desk|unit|section|"
    r"specialists?|engineers?|supervisor|manager)\b|"
    r"\b(gumawa|nag-?file|nagsampa|nag-?submit|nagpasa|nag-?lodge|nagbukas|nagtala|nag-?log|nagrehistro|nag-?record|"
    r"nag-?report|nag-?lista)( na)?( po)? (ako|kami)( na)?( po)? (ng|ang) "
    r"(reklamo|kahilingan|request|ticket|tiket|complaint|return|replacement|exchange|palit|pagpapalit)\b|"
    # ... or opens a return or an exchange for the caller ("I've opened a return for the wrong part", "I've logged an
    # exchange", "Nagbukas na po ako ng return", "반품 접수해 드렸어요" is a 접수 cue): the returns desk and the
    # warehouse that ships the right item act later, or the warehouse is said to ("The warehouse will ship the right
    # one tomorrow", "Ipapadala po ng bodega ang tamang piyesa bukas", "물류센터에서 내일 출고합니다");
    r"\b(i've|i have|we've|we have|i'll|i will|we'll|we will)( just| already| now)? (opened|raised|logged|created|"
    r"set up|started|filed|submitted|open|raise|log|create|start|file|submit) (a|an|your)( \w+)? "
    r"(return|replacement|exchange|rma|re-?shipment|reship)( request| order| case)?\b|"
    r"\b(the|our) (warehouse|logistics|dispatch|shipping|fulfil?ment|returns)( team| department| centre| center)? "
    r"(will|'ll|is going to) (\w+ )?(ship|send|dispatch|post|deliver|courier|mail)\b|"
    r"\b(ipapadala|ipadadala|ihahatid|ishi-?ship|ipapa-?ship|ide-?deliver|idedeliver|ipapadeliver)( po)? (ng|ni) "
    r"(aming |ating )?(bodega|warehouse|logistics|dispatch|shipping|courier|rider|branch)\b|"
    r"(물류팀|물류 ?센터|배송팀|출고팀|창고)(에서|이|가) .{0,30}(발송|배송|출고|보내)|"
    r"(민원|불만|건의|요청|클레임|이의)( ?사항| ?신청)?(을|를|은|는)? ?(\w+(에|으로|로) ?)?(넣어|올려|등록해|전달해) ?"
    r"(드렸|드릴게|드리겠|놓았|놨|놓을게|뒀|두었|둘게)|"
    # ... or the agent passes it to the person of the desk who can do it ("경리 담당한테 전달해 놓을게요",
    # "팀장님께 전달해 드릴게요"), who calls ("내일 오전 중으로 전화드릴 거예요": a call promised, no "-ㄹ게요");
    r"(한테|에게|께|쪽에|쪽으로|팀에|부서에|팀으로|부서로) ?(전달|넘겨|말씀)(해|을|드려)? ?(놓을게|놓겠|둘게|두겠|드릴게|"
    r"드리겠|드릴 ?거|할게|하겠)|(전화|연락) ?(을 )?드릴 ?(거|겁니다|예정)|"
    # ... or sends someone out ("papaakyatin ko na po yung maintenance", "I'll send a technician over",
    # "보안 요원 올려 보낼게요");
    r"\b(i'll|i will|we'll|we will|i'm|i am|we're|we are|let me)( just)? (send|sending|dispatch|dispatching|get) "
    r"(someone|somebody|a \w+|an \w+|our \w+|the \w+|maintenance|security)( \w+)? (up|over|out|round|around|down|to you)\b|"
    r"\b(papaakyatin|papupuntahin|papuntahin)( ko| namin)?( na)?( po)? (yung|ung|ang|si|sila|ng)\b|"
    r"\b(ipapadala|magpapadala)( po)?( ko| namin)?( na)?( po)? ((yung|ung|ang|ng) (\w+ )?(maintenance|technician|tekniko|"
    r"electrician|plumber|tubero|guard|security|staff|tao|team)|sila)\b|"
    r"(기사님?|직원|요원|담당자|사람)(을|를)? ?(바로 |지금 |곧 |금방 |얼른 )?(보내 ?드릴|보내 ?드리겠|보낼게|보내겠|올려 ?보낼|올려 ?보내 ?드릴|출동)|"
    # ... or another person or team of the desk reviews the case and gets back to the caller ("Our claims team will
    # look into it and get back to you", "Susuriin po ito ng supervisor namin at tatawagan kayo", "검토팀에서 확인 후
    # 문자 드리겠습니다"): the decision is theirs, later;
    r"\b(team|department|office|unit|underwriters?|reviewers?|assessors?|adjusters?|officers?|specialists?|"
    r"colleagues?|someone|somebody|staff)( will|'ll| is going to| are going to) (review|check|look|go|assess|examine|"
    r"verify|investigate|process|consider|read)\b( \w+){0,5} (and|then) (\w+ )?(call|ring|email|e-mail|contact|text|"
    r"get back|reach out|be in touch|let you know|message|send you|write to you)\b|"
    r"\b(ire-?review|irereview|i-?review|rereviewhin|titingnan|titignan|iche-?check|ichecheck|i-?check|aaralin|"
    r"susuriin|ive-?verify|iveverify|i-?verify|iimbestigahan)( po)?( ito| iyan| yan| yun| ito po| yung \w+)? "
    r"(ng|ni|nila|niya|nya)\b.{0,60}\b(tatawagan|tawagan|babalikan|ite-?text|itetext|i-?text|i-?email|kokontakin|"
    r"sasabihan|aabisuhan)\b|"
    r"(팀|부서|센터|본사|심사역|심사관)(에서|이|가|께서) .{0,40}(문자|카톡|메일|연락|전화|회신|결과)(을|를|으로|로)? ?"
    r"(보내 ?드리겠|보내 ?드릴|보내 ?드립|드리겠|드릴|드립니다|갈 ?거|갈 ?겁니다|갈 ?예정|알려 ?드리|안내해? ?드리)|"
    # ... or a third person of the desk takes the next step ("she'll text you if you miss the call", "mag-iiwan
    # po siya ng text", "tatawag po sila bukas", "tatawagan po niya kayo bukas").
    r"\b(she|he|they)('ll| will| is going to| are going to) (give you a |also )?(call|ring|text|email|e-mail|contact|"
    r"get back|reach out|be in touch|leave (you )?(a )?(message|text|voicemail|note)|visit|come)\b|"
    r"\b(tatawag|magte-?text|magtetext|mag-?iiwan|mag-?email|kokontak|kokontakin|pupunta)( po)? (siya|sya|sila)\b|"
    r"\b(tatawagan|babalikan|ite-?text|itetext|i-?te-?text|kokontakin|i-?email|ie-?email)( po)? (niya|nya|nila)( po)? "
    r"(kayo|kau|ka)\b")


def _hand_on_words(turn: Segment) -> str | None:
    """The words by which the agent's ``turn`` hands the call on without a hand-on act: an escalation,
    transfer or call-back cue phrase ("Putting you through to accounts now" read account_action p 0.78),
    or someone of the desk taking the next step (:data:`_DESK_TAKES_IT`)."""
    return _hand_on_text(turn.text, turn.role)


@lru_cache(maxsize=50_000)  # asked of the same turns from several rules: the regex work once per text
def _hand_on_text(text: str, role: str | None) -> str | None:
    """:func:`_hand_on_words` of a turn's ``text`` said by ``role``."""
    cue = next((m for o, m in _text_cues(text, role) if o in (ESCALATED, FOLLOW_UP, TRANSFERRED)), None)
    if cue is not None:
        return cue
    found = _DESK_TAKES_IT.search(normalise(text))
    return found.group(0) if found else None


# The agent reports the fix done on the call, in the first person and the perfect ("I've approved it manually
# now", "I've sent the missing one to the lab as a reprint", "na-refund ko na po", "na-cancel ko na",
# "카드 취소 처리했어요", "재발송해 드렸어요"): what follows it (the post, a card's days) is no hand-on.
_DONE = re.compile(
    r"\b(i've|i have|we've|we have)( just| now| already| gone ahead and)? (\w+ )?(approved|refunded|credited|re-?issued|"
    r"issued|reset|unlocked|fixed|cleared|restored|reinstated|reversed|cancell?ed|waived|corrected|rebooked|"
    r"re-?sent|sent|reprinted|activated|re-?activated|re-?enabled|enabled|unblocked|released|replaced|"
    r"re-?ordered|ordered|updated|changed|removed|added|applied|processed)\b|"
    r"\b(na|ni|in|i)-? ?(refund|reset|unlock|fix|approve|cancel|credit|reverse|update|process|activate|correct|"
    r"waive|remove|release|resend|re-?send|reprint|change|apply|add)\w* (ko|namin) (na|n)\b|"
    r"\b(naayos|inayos|naibalik|ibinalik|naibigay|naipadala) (ko|namin) (na|n)\b|"
    # ... and said with the doer after the verb ("nag-send po ako ng bagong link", "nagpadala na po kami ng resibo");
    r"\b(nag-? ?(send|resend|email|text|reset|update|refund|cancel|reissue)|nagpadala)( na| n)?( po)? (ako|kami)( na)?( po)? "
    r"(ng|nang)\b|"
    r"(처리했어요|처리했습니다|처리 ?해 ?드렸|해 ?드렸어요|해 ?드렸습니다|취소했어요|취소했습니다|환불했어요|"
    r"환불했습니다|변경했어요|변경했습니다|바꿔 ?드렸|보내 ?드렸|발송해 ?드렸|재발송했|완료했어요|완료했습니다)|"
    # ... or switched back on what had been switched off ("I've turned your fob back on", "we've switched the line
    # back on", "binuksan ko na po ulit", "다시 켜 드렸어요" is "해 드렸어요"'s kind);
    r"\b(i've|i have|we've|we have)( just| now| already)? (turned|switched|put|flipped) (\w+ ){0,3}(back on|on again)\b|"
    r"\b(binuksan|in-?on|na-?on|ini-?on|na-?activate) (ko|namin) (na|n)( po)? (ulit|uli|muli)\b|"
    r"다시 ?(켜|활성화해|열어) ?드렸|"
    # ... or booked the caller's slot on the call ("I've booked you in for Saturday at ten", "you're booked for
    # Saturday", "naka-book na po kayo", "na-book ko na po kayo", "토요일 열 시로 예약 잡아 드렸어요").
    r"\b(i've|i have|we've|we have)( just| now| already)? (booked|scheduled) you( in)?\b|"
    r"\b(you're|you are|youre) (all |now )?(booked|scheduled)( in)? (for|on|at)\b|"
    r"\b(naka[- ]?(book|schedule|reserve)|nai-?(book|schedule)|na-?(book|schedule))( (ko|namin))? (na|n)( po)? "
    r"(kayo|kau|ka)\b|"
    r"예약 ?(을 )?(잡아 ?드렸|잡아 ?놓았|잡아 ?놨|완료(됐|되었|했))")
# A report of work done is no fix when it passes the case on ("I've sent your claim to the billing team")
# or what was sent or ordered is a request or a visit ("I've sent a repair request", "I've ordered a
# technician visit for Monday", "na-submit ko na po yung request").
_PASSED_ON = re.compile(r"\bto (our|the|your) (\w+ ){0,2}(team|department|office|desk|specialists?|engineers?|"
                        r"technicians?|supervisor|manager|unit|section)\b|"
                        r"\b(request|ticket|case|claim|complaint|referral|work order|job order|dispute|appeal|"
                        r"investigation|technician|engineer|visit|inspection|callback|call-back)s?\b|"
                        r"\b(reklamo|kahilingan|hiling|tiket)\b|"
                        r"(요청|접수|기사님|방문|점검|민원|건의|클레임|이의 ?신청)")


def _done_fix(turn: Segment) -> str | None:
    """The words by which the agent's ``turn`` reports a fix done on the call (:data:`_DONE`), when the
    turn hands nothing on (no hand-on words, nothing sent to a team); else None."""
    return _done_text(turn.text) if turn.role == AGENT else None


@lru_cache(maxsize=50_000)
def _done_text(said: str) -> str | None:
    """:func:`_done_fix` of an agent's words ``said``."""
    text = normalise(said)
    found = _DONE.search(text)
    if found is None or _hand_on_text(said, AGENT) is not None \
            or _PASSED_ON.search(text[max(0, found.start() - 15):found.end() + 40]):
        return None
    return found.group(0)


# The agent tells the caller that their money stays with the desk for their own later use: "your payment stays as
# credit in your account if ever you book with us again", "the deposit is kept as a voucher for your next order",
# "naka-credit po yan sa account ninyo para sa susunod", "적립금으로 남아 있어서 다음 주문 때 쓰시면 됩니다": the
# caller books or orders again themselves, the desk owes no call. Read by the rules only: the outcome model's features
# stay as trained (masking the act model's call-back on it moves the classifier to escalated).
_KEPT_FOR_LATER = re.compile(
    r"\b(credit|voucher|balance|deposit|payment)s?\b.{0,50}"
    r"\b(next time|whenever you|if ever|if you ever|for (your |a )?(next|future)|when you (next )?(book|order|come|visit))\b|"
    r"\b(stays?|remains?|kept|sits?|held|left) as (a |an )?(store |account )?(credit|voucher)\b|"
    r"\b(credit|voucher|balance|bayad|deposit)( po)?\b.{0,50}\b(sa susunod|sa sunod|kung (mag|magbo-?|magpapa-?)\w+ (po )?(ulit|uli|kayo))|"
    r"(적립금|포인트|예치금|크레딧|잔액|결제 ?금액|쿠폰|상품권).{0,30}(다음|나중|추후).{0,20}(사용|쓰|이용)")


def _kept_for_later(turn: Segment) -> bool:
    """Whether the agent's ``turn`` tells the caller their money stays with the desk for their own later use
    (:data:`_KEPT_FOR_LATER`) and hands nothing on in words: no hand-on, whatever the act model reads on it
    ("your payment stays as credit ... if ever you book with us again" read promises_callback p 0.97)."""
    return turn.role == AGENT and bool(_KEPT_FOR_LATER.search(normalise(turn.text))) and _hand_on_words(turn) is None


# The caller is to ring the desk if a state is not reached or persists, whatever the desk then does ("If the water
# isn't hot by tonight, give us a call and we'll send someone out", "Kung hindi pa po umiinit mamayang gabi, tawagan
# n'yo po kami at magpapadala kami ng tao"): the next step is the caller's, the desk's is conditional on it. Read by
# the rules only (the outcome model's cue features, _CUES, stay as trained); "if you don't hear from us" is no
# such state (the desk owes the call). Read on the words with their punctuation: the condition and the call in one
# sentence.
_CALL_US_IF = re.compile(
    r"\b(if|in case|should)\b(?![^.?!]{0,30}\bhear (from|back))[^.?!]{0,60}?(\b(not|still|no longer|keeps?|"
    r"stays?|remains?|never|isnt|arent|wasnt|hasnt|havent|doesnt|dont|didnt|wont|cant)\b|n't\b)[^.?!]{0,60}?"
    r"\b(give us a (call|ring|shout|buzz)|(call|ring|phone|contact|text|email) us|call (back|again)|let us know)\b|"
    r"\b(kung|kapag|kpag|pag|pg|if) (hindi|hnd|di|d|wala|ayaw)( pa| p)?( po)?\b[^.?!]{0,60}?"
    r"\b((tawagan|kontakin|i-?text|i-?message|itext) (n'?yo|nyo|ninyo|niyo|mo)( po)? (kami|ako)|"
    r"(tumawag|tawag|call)( (na|n) (lang|lng))?( po)? (kayo|kau|ka))\b")


def _advice(turn: Segment) -> bool:
    """Whether ``turn`` advises the caller to call again if it still fails ("if it keeps crashing, ring
    us", "그래도 같은 데서 멈추면 다시 전화 주십시오", :data:`_CALL_US_IF`: "if it isn't warm by six, call us and
    we'll send a plumber"): no hand-on, whatever the act model reads on it."""
    return any(o == _ADVICE for o, _ in _cues(turn)) or bool(_CALL_US_IF.search(turn.text.lower().replace("\u2019", "'")))


def _committed_last(turns, tagged: dict, threshold: float):
    """(turn, act, p) of the agent's last commitment on the call when it is a hand-on and no fix is
    confirmed after it; else None (a side fault reported for others after the fix is none:
    :func:`_side_report_ids`). An analyst reads a call as handed on when the LAST thing the agent
    commits to is done by someone else or later — a patrol dispatched "within forty minutes", a
    transfer to the box office "about five minutes" away, a result "이삼일 내로" — however much
    account work or read-back came before it: a fix is resolved only when it is done on the call.

    A commitment is what the agent says will happen: a next step or a time frame (acts from
    ``threshold``) or an escalation / call-back cue phrase, said after the caller first spoke and not
    as advice ("if it still fails, ring us"), as a survey invitation or as a fix reported done
    (:func:`_done_fix`). The last one is a hand-on when it carries a hand-on act
    (escalates, transfers, a call-back; from ``threshold``) or such a cue; a later next step the caller
    takes ("you can pick it up tomorrow") supersedes an earlier hand-on. A fix confirmed after it
    keeps the call resolved: a cue phrase ("it's working now", "gumagana na", "돼요") or the caller's
    confirmation act in more than two words — a bare "fine" or "okay" accepts the plan, it confirms
    no fix that has not happened yet."""
    opened = _opened(turns)
    side = _side_report_ids(turns, tagged, threshold)
    last = None
    for turn in turns:
        if turn.role != AGENT or id(turn) not in tagged or opened is None or turn.start < opened or id(turn) in side:
            continue
        item, cue = tagged[id(turn)], _hand_on_words(turn)
        concrete = max(item.p("states_next_steps"), item.p("states_timeframe")) >= threshold
        if _advice(turn) or _SURVEY.search(turn.text.lower()) or not (concrete or cue) or _done_fix(turn) \
                or _kept_for_later(turn):
            continue  # a fix reported done commits to nothing ("I've turned your fob back on": call-back p 0.79)
        act = max(_HAND_ON[:3], key=item.p)
        if last is not None and not cue and item.p(act) < threshold and item.p("states_next_steps") < threshold:
            continue  # a bare time frame after a hand-on dates it ("you'll get it by Friday"), no new step
        # A cue phrase is as sure as the bar it passes, no surer.
        last = (turn, act, item.p(act)) if item.p(act) >= threshold else (turn, "cue", threshold) if cue else None
    if last is None:
        return None
    after = [t for t in turns if t.start > last[0].start]
    fixed = any(o == RESOLVED and not _agrees_to_plan(turns, tagged, t, threshold) for t in after for o, _ in _cues(t)) \
        or any(_confirms_in_words(turns, tagged, t, threshold) for t in after)
    return None if fixed else last


# The caller apologises for their own manner or the trouble ("Thanks. Sorry, I was a bit panicked", "Salamat po,
# pasensya na at mainit ang ulo ko kanina", "아까 언성 높여서 죄송해요"): courtesy, read confirms_fixed (p 0.78 / 0.80)
# though it says nothing works; with words that say the fix works it still confirms it.
_APOLOGY = re.compile(r"\b(sorry|apologi[sz]e|apologies|pasensya|pasensiya|paumanhin|patawad|patawarin)\b|(죄송|미안)")


def _confirms_in_words(turns, tagged: dict, turn: Segment, threshold: float) -> bool:
    """Whether the caller's ``turn`` confirms a fix by the act (from ``threshold``) in more than two words
    besides those of its questions and guesses (:func:`_unasked`): a bare "fine" or "okay" or agreement to the plan just set out (:func:`_agrees_to_plan`) accepts the plan,
    and an apology (:data:`_APOLOGY`) with no words that say the fix works (:func:`says_fixed`) is courtesy."""
    if turn.role != CUSTOMER or id(turn) not in tagged or tagged[id(turn)].p("confirms_fixed") < threshold:
        return False
    if len(_unasked(turn.text, turn.role).split()) <= 2 or _agrees_to_plan(turns, tagged, turn, threshold):
        return False
    return not (_APOLOGY.search(normalise(turn.text)) and not says_fixed(turn))


_SENTENCE_END = re.compile(r"(?<=[.!?。？])\s+")


# The caller guesses at the cause ("Maybe the driver dropped it", "Baka napunta sa iba", "아마 기사님이 잘못 두셨나
# 봐요"): a guess says nothing about a fix.
_GUESS = re.compile(r"\b(maybe|perhaps|probably|i guess|i bet|i suppose|must have|might have|baka|siguro|marahil|"
                    r"yata|ata)\b|아마")


def _unasked(said: str, role: str | None = CUSTOMER) -> str:
    """``said`` without its sentences that ask something: "Mabuti. At yung gasket ba, kasama na?" is a bare
    "Mabuti." and a question about the plan ("Good. And does the seal come with it?", "좋아요. 그럼 언제 와요?");
    nor those that guess at the cause (:data:`_GUESS`: "Mabuti. Baka napunta sa iba.") with no words of ``role``
    that say a fix works ("Maybe it's working now" keeps them)."""
    from qa.score.shapes import is_question

    def guess(part: str) -> bool:
        text = normalise(part)
        return bool(_GUESS.search(text)) and not any(o == RESOLVED for o, _ in _text_cues(part, role))

    return " ".join(part for part in _SENTENCE_END.split(said) if not (is_question(part) or guess(part)))


# The caller agrees to the plan the agent has just set out ("The corrected copy is emailed by Wednesday" -
# "Okay, that works"; "Sige po, okay na po yun"; "네, 그럼 돼요"): the fix is still to come, none is confirmed.
_AGREES = re.compile(r"\b(that|this|which)( all)?( one)? ('ll |will |would |should )?(works?|sounds? (good|great|fine|ok|okay))\b"
                     r"(?! (now|again|fine now|perfectly now))|"
                     r"\b(ok|okay|ayos|sige) na (po )?(yun|yon|iyon|yan|iyan|ho)\b|"
                     r"(그럼|그렇게 ?(하면|해 ?주시면)|그거면|그 정도면) ?(돼요|됩니다|될 ?것 ?같아요|되겠네요|괜찮아요)")


# ... or is relieved at it ("Oh, that's a relief", "네 그럼 다행이네요", "안심이 되네요", "Buti naman po"): relief at what
# will happen confirms nothing done, unless other words of the turn say the fix works ("다행이네요 이제 돼요").
_RELIEF = re.compile(r"\b((that's|that is|what) a relief|thank (goodness|god|heavens)|phew)\b|"
                     r"\b((ma)?buti naman|salamat naman|hay salamat|nakahinga (na )?(ako|kami))\b|"
                     r"(다행이|다행입니다|다행이에요|다행이다|안심이 ?(되|돼)|한시름 ?놓)")


def _agrees_to_plan(turns, tagged: dict, turn: Segment, threshold: float) -> bool:
    """Whether the caller's ``turn`` agrees to a plan (:data:`_AGREES`), or is relieved at it (:data:`_RELIEF`,
    with no words that say the fix works), that the agent's turn before it sets out: a next step or a time
    frame from ``threshold``, with no fix reported done (:func:`_done_fix`)."""
    if turn.role != CUSTOMER:
        return False
    text = normalise(turn.text)
    relieved = _RELIEF.search(text) and not any(o == RESOLVED for o, _ in _text_cues(_RELIEF.sub(" ", text), turn.role))
    if not (_AGREES.search(text) or relieved):
        return False
    before = [t for t in turns if t.role == AGENT and t.start < turn.start and id(t) in tagged]
    if not before:
        return False
    item = tagged[id(before[-1])]
    return max(item.p("states_next_steps"), item.p("states_timeframe")) >= threshold and not _done_fix(before[-1])


# Acts by which an agent hands a call on: a ticket given counts too ("I'm opening a billing dispute,
# your case number is D P 7 3 3 9": the case goes to a review team).
_SAID_HAND_ON = (*_HAND_ON, "gives_ticket")


def _says_hand_on(turns, tagged: dict, unsure: float) -> bool:
    """Whether the agent hands the call on in words after the caller first spoke (see
    :func:`_last_hand_on`); with no roles, who said what is unknown and the classifier decides."""
    if turn_roles_unknown(turns):
        return True
    return _last_hand_on(turns, tagged, unsure) is not None


def _last_hand_on(turns, tagged: dict, unsure: float):
    """The agent's last turn, after the caller first spoke, that hands the call on (else None): a hand-on
    act (or a ticket given) from ``unsure`` on words that do not ask something and report no fix done
    (:func:`_done_fix`), or words that hand the call on (:func:`_hand_on_words`). An analyst reads a hand-off from what the agent said will happen; the
    outcome classifier can read one from acts mistagged elsewhere (fz9-en-04: "Can I get the licence
    plate on the membership and the name?" read escalates p 0.87; nothing was handed on)."""
    from qa.score.shapes import is_question

    opened = _opened(turns)
    last = None
    for turn in turns:
        item = tagged.get(id(turn))
        if item is None or turn.role != AGENT or (opened is not None and turn.start < opened):
            continue
        if any(o == TRANSFERRED for o, _ in _cues(turn)) or _hand_on_words(turn) is not None:
            last = turn
            continue
        if _advice(turn) or _done_fix(turn) or _kept_for_later(turn):
            # "그래도 멈추면 다시 전화 주십시오" read transfers p 0.70: the caller is to call again; "I've approved
            # it manually now and pushed it out to the gates" read escalates p 0.90: the fix is done.
            continue
        if any(item.p(act) >= unsure and not is_question(item.unit(act)) for act in _SAID_HAND_ON):
            last = turn
    return last


# A plan accepted is no fix confirmed: "Okay, that works for me", "Friday works for us".
_PLAN_ACCEPTED = re.compile(r"\bworks? (for|with) (me|us)\b|\bworks? fine for\b")


def _fixed_after(turns, tagged: dict, turn: Segment, threshold: float) -> str | None:
    """Why the call was fixed after the agent's ``turn``: the caller says the fix works in words (a
    resolved cue phrase, with the confirmation act from ``threshold``: "Okay, it works now. It went
    green.", not "that works for me" alone), or the agent reports the fix done (:func:`_done_fix`);
    None when neither, or when words that hand the call on come after it."""
    why = None
    for later in turns:
        if later.start <= turn.start or id(later) not in tagged:
            continue
        if later.role == AGENT and _hand_on_words(later) is not None:
            why = None
        elif later.role == CUSTOMER and tagged[id(later)].p("confirms_fixed") >= threshold and says_fixed(later) \
                and not _PLAN_ACCEPTED.search(normalise(later.text)) and not _agrees_to_plan(turns, tagged, later, threshold):
            why = f'the caller confirmed the fix at {later.start:.0f}s ("{says_fixed(later)}")'
        elif _done_fix(later):
            why = f'the agent reported the fix done at {later.start:.0f}s ("{_done_fix(later)}")'
    return why


# The caller calls the hand-on off and sees to it themselves: "You know what, never mind, I'll just sort it
# out at the registration desk", "됐어요 그냥 지점 가서 할게요", "Wag na po, pupunta na lang ako diyan".
_WITHDRAWN = re.compile(
    r"\b(never ?mind|forget it|don't bother|dont bother)\b|"
    r"\bi'?ll (just )?(sort|deal with|handle|take care of|fix|figure) (it|that|this)\b|"
    r"\bi'?ll (just )?(go|head|drop by|pop|stop by|swing by) (in|into|to|over|by|down)\b|"
    r"(됐어요|됐습니다|괜찮아요|괜찮습니다).{0,6}(그냥|제가)|그냥 .{0,20}(갈게|가서|할게|해 볼게|말할게|알아볼게)|"
    r"\b(wag na|huwag na|hindi na po kailangan)\b|"
    # "pupunta na lang", "ako na lang", and in text-speak "punta n lng ako dyan s sabado", "ako n lng".
    r"\b(pupunta|punta|ako) (na|n) (lang|lng)\b|"
    # ... or takes it elsewhere: "we'll just book somewhere else", "sa ibang venue na lang kami", "다른 데 알아볼게요".
    r"\b(we'?ll|i'?ll|we will|i will) (just )?(go|book|try|look|ask|head|take it) (somewhere else|elsewhere|"
    r"(to |at |with |for )?(another|a different) (\w+ )?(place|venue|court|shop|store|provider|company|clinic|garage|"
    r"branch|supplier|one))\b|"
    r"\bsa (iba|ibang \w+) (na|n) (lang|lng)\b|"
    # ... or has it done by someone of their own: "I'll just have my cousin fix it", "sa pinsan ko na lang po
    # ipapagawa", "그냥 동네 수선집에 맡길게요".
    r"\bi'?ll (just )?(have|get|ask) (my|a|our|the) ([\w-]+ ){0,2}(to )?(fix|repair|mend|sort|look at|do|replace) (it|that|this|them)\b|"
    r"\b(na|n) (lang|lng)( po)? (ipapaayos|ipaaayos|papaayos|ipapagawa|ipagagawa|papagawa|magpapaayos|magpapagawa)\b|"
    r"그냥 .{0,20}(맡길게|맡기겠|맡겨 ?볼게|고칠게|고쳐 ?볼게|고쳐 ?쓸게)|"
    r"다른 ?(데|곳|업체|가게|매장|병원|센터|지점)(에서|서|로|에|를)? ?.{0,15}(알아볼게|알아볼게요|갈게|할게|예약할게|하겠|가겠)")


def _withdrawn(turns, tagged: dict, threshold: float) -> str | None:
    """Why the hand-on did not happen when the caller called it off after the agent's last hand-on
    (a hand-on act from ``threshold`` — the bar :func:`_last_hand_on` reads it from — on words that ask
    nothing, or words that hand the call on) and nothing was handed on after that; else None. ("I'd need to send it to our finance team"
    - "never mind, I'll just sort it out at the registration desk": no escalation, validation applies.)"""
    from qa.score.shapes import is_question

    handed, called_off = False, None
    for turn in turns:
        item = tagged.get(id(turn))
        if item is None:
            continue
        if turn.role == AGENT and not _kept_for_later(turn) and (_hand_on_words(turn) is not None or any(
                item.p(act) >= threshold and not is_question(item.unit(act)) for act in _SAID_HAND_ON)):
            handed, called_off = True, None
        elif turn.role == CUSTOMER and handed and _WITHDRAWN.search(normalise(turn.text)):
            handed, called_off = False, (turn, _WITHDRAWN.search(normalise(turn.text)).group(0))
    if called_off is None:
        return None
    return f'the caller called the hand-on off at {called_off[0].start:.0f}s ("{called_off[1]}")'


def _unsaid(turns, tagged: dict, label: str, p: float, kept: str, q: float, classes, why: str) -> Outcome:
    """The outcome when the classifier read a hand-off (``label``, p) that did not happen (``why``: the
    agent never said one, or the caller called it off): its likeliest other class (``kept``, q), with
    both in the reason."""
    from qa.score.outcome_model import supporting

    outcome, by = (FOLLOW_UP, kept.split(":")[1]) if kept.startswith("follow_up") else (kept, None)
    support = supporting(kept, turns, tagged)
    why = f"the outcome model read {label} (p={p:.2f}), but {why}; next {kept} p={q:.2f}"
    if outcome == UNKNOWN:
        return Outcome(UNKNOWN, 0.0, (), f"nothing on the call settles how it ended: {why}")
    said = "; ".join(f'{turn.role or turn.speaker or "someone"} at {turn.start:.0f}s: "{matched}"'
                     for turn, matched in support)
    reason = f"{outcome}: {said or 'read from the whole call'} ({why})"
    if by == "caller":
        reason += " (the caller is to try again and call back)"
    return Outcome(outcome, round(q, 2), tuple(evidence_of(t, m) for t, m in support), reason,
                   follow_up_by=by, probabilities=classes)


def _hand_off(turns, tagged: dict, probs, handed, why: str | None = None) -> Outcome:
    from qa.score.outcome_model import LABELS

    label = max(_HANDOFF_LABELS, key=lambda name: probs[LABELS.index(name)])
    turn, act, p = handed
    item = tagged[id(turn)]
    outcome, by = (FOLLOW_UP, "agent") if label.startswith("follow_up") else (label, None)
    said = f"{act} p={p:.2f}: {item.unit(act)}" if act != "cue" else _hand_on_words(turn)
    why = why or (f"the call stops after it: the outcome model read no ending, "
                  f"p(unknown)={float(probs[LABELS.index(UNKNOWN)]):.2f}")
    reason = f'{outcome}: agent at {turn.start:.0f}s: "{said}" ({why})'
    if by:
        reason += " (the desk owes the caller a call-back)"
    return Outcome(outcome, round(p, 2), (evidence_of(turn, said),), reason, follow_up_by=by)


__all__ = ["decide_outcome", "says_fixed"]
