"""Which speaker is the agent and which the customer, with a confidence and the evidence.

Fixed roles come first: a channel map (stereo, one party per channel; source ``channel``), the
manifest's ``agent_speaker`` (source ``manifest``) or the ``--agent-speaker`` option (``option``).
Otherwise (source ``auto``) every speaker is scored on evidence from what they said:

* an IVR prompt at the start ("your call is important", "press 1", "this call may be recorded") is
  a third voice that talks first and never again: its utterances are relabelled ``IVR`` (role
  ``ivr``) and take no part in the decision, whoever's voice diarization gave them to;
* who speaks first after the IVR / hold (the agent picks up);
* script phrases ("thank you for calling", "my name is", "how can I help", "anything else");
* identifying questions ("can I have your employee ID", "date of birth", "verify");
* ticket and escalation language ("ticket number", "I'll escalate");
* the agent's name from the call metadata said by the speaker ("this is Maria");
* against: customer phrases ("I'm calling because", "it's not working", "I can't log in").

Phrase lists are small data in English, Korean and Tagalog (calls code-switch, so every list is tried
on every call). The margin between the best and the next speaker becomes the confidence.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from qa.errors import ConfigError
from qa.model import AGENT, CUSTOMER, Call, RoleAssignment, Segment

IVR = "ivr"
IVR_SPEAKER = "IVR"

# (weight, evidence name, phrases); phrases are lower-case, matched on word boundaries (Latin script)
# or as substrings (Hangul). Positive weights point to the agent, negative ones to the customer.
AGENT_EVIDENCE: tuple[tuple[float, str, tuple[str, ...]], ...] = (
    (2.0, "script greeting", (
        "thank you for calling", "thanks for calling", "thank you for contacting", "how can i help",
        "how may i help", "how can i assist", "how may i assist", "what can i do for you",
        "you've reached", "you have reached", "speaking, how",
        "전화 주셔서 감사", "무엇을 도와드릴", "어떻게 도와드릴", "도와드릴까요",
        "salamat sa pagtawag", "salamat po sa pagtawag", "paano ko po kayo matutulungan",
        "ano pong maitutulong", "ano po ang maitutulong", "paano po kita matutulungan",
        "maitutulong ko", "maipaglilingkod", "ano ang maitutulong", "ano pong maipaglilingkod")),
    (1.5, "script closing", (
        "is there anything else", "anything else i can help", "have a great day", "have a nice day",
        "have a good day", "thank you for your patience", "thanks for your patience",
        "thank you for holding", "thanks for holding",
        "더 궁금하신", "다른 문의", "좋은 하루 되세요", "기다려 주셔서 감사",
        "may iba pa po ba", "may iba pa ba akong", "ingat po", "salamat sa paghihintay")),
    (2.0, "agent introduces themself", (
        "my name is", "you're speaking with", "you are speaking with",
        "상담원", "담당자", "ako po si", "ito po si")),
    (1.5, "asks identifying questions", (
        "employee id", "employee number", "date of birth", "verify your", "verify the",
        "confirm your", "can i have your", "may i have your", "can i get your", "could i get your",
        "what's your", "what is your", "spell your", "last four", "account number",
        "본인 확인", "생년월일", "사번", "성함", "아이디", "연락처",
        "pangalan po", "buong pangalan", "petsa ng kapanganakan", "i-verify", "employee id po",
        "hingin ko po", "hihingin ko", "mahingi ang", "kumpirmahin", "inyong pangalan", "numero ng inyong")),
    (1.5, "ticket or escalation language", (
        "ticket number", "incident number", "case number", "reference number", "i'll escalate",
        "i will escalate", "escalate this", "i've escalated", "i'll create a ticket", "i've created",
        "i've opened", "i'll open a ticket", "i'll log", "next business day", "the team will",
        "will contact you", "will call you", "i'll transfer", "let me transfer",
        "티켓 번호", "접수 번호", "접수해 드리", "이관", "담당 부서", "연락드릴",
        "ticket number po", "i-escalate", "ipapasa ko", "tatawagan kayo", "tatawagan ka")),
    (1.0, "agent working the issue", (
        "let me check", "let me see", "let me look", "let me reset", "i can help", "i'll reset",
        "i've reset", "i have reset", "i've unlocked", "i'll send", "can you try", "could you try",
        "please try", "go ahead and", "one moment", "bear with me", "place you on hold",
        "put you on hold", "brief hold", "i'm going to", "i'll go ahead", "on my end", "on our end",
        "확인해 드리", "잠시만 기다려", "도와드리겠", "재설정해 드", "해 드리겠습니다", "고객님",
        "sandali lang po", "titingnan ko", "i-check ko", "subukan po ninyo", "pakisubukan",
        "matutulungan ko po", "matutulungan po namin", "huwag po kayo mag-alala")),
)
CUSTOMER_EVIDENCE: tuple[tuple[float, str, tuple[str, ...]], ...] = (
    (-1.5, "describes own problem", (
        "i'm calling", "i am calling", "i'm having", "i am having", "i have a problem", "i've got a problem",
        "i can't", "i cannot", "isn't working", "is not working", "doesn't work", "not working",
        "keeps crashing", "it says", "my laptop", "my computer", "my account", "my password",
        "i need help", "i need access", "i was wondering", "i got an error", "i get an error", "i'm locked", "i am locked",
        "안 돼요", "안 되는데", "안돼요", "문제가 있어서", "전화했는데", "잠겼어요", "안 열려요",
        "hindi gumagana", "may problema", "ayaw gumana", "hindi ako maka", "tumawag ako", "nag-crash",
        "gusto ko lang", "gusto ko sana", "gusto ko sanang", "nais ko po sanang", "itatanong ko lang",
        "napatawag ako", "ang pangalan ko ay", "yung account ko")),
)
IVR_PHRASES = (
    "your call is important", "this call may be recorded", "calls may be recorded", "may be monitored",
    "recorded for quality", "for quality and training", "quality assurance purposes", "please hold",
    "please stay on the line", "all of our agents", "all our agents", "representatives are busy",
    "agents are busy", "agents are currently", "next available", "press one", "press two", "press 1",
    "press 2", "press zero", "press 0", "para sa english", "you are caller", "estimated wait time",
    "통화 내용은 녹음", "녹음될 수", "상담원 연결", "잠시만 기다려 주십시오", "번을 눌러", "번을 누르",
    "pindutin", "maaaring i-record", "mahalaga sa amin ang inyong tawag", "sandali lamang po",
)
# Poor ASR (8 kHz Taglish: "maraming salamat sa pagtawag" comes back as "maraming sa lama sa
# pagpawag") defeats exact phrases; the opening greeting is long and distinctive enough to be found
# approximately: letters only, rapidfuzz partial_ratio >= FUZZY_MIN, within the first FUZZY_WITHIN s.
FUZZY_GREETINGS = ("maramingsalamatsapagtawag", "salamatposapagtawag", "salamatsapagtawag",
                   "anopongmaitutulong", "anoangmaitutulongko", "anopongmaipaglilingkod",
                   "paanokopokayomatutulungan", "thankyouforcalling", "thankyouforcontacting",
                   "howcanihelpyoutoday", "howmayihelpyoutoday")
FUZZY_MIN = 85.0
FUZZY_WITHIN = 60.0
FUZZY_WEIGHT = 1.5
FIRST_SPEAKER_WEIGHT = 1.0
# Structure that survives poor ASR: the customer recites numbers (account, phone, birth date; Whisper
# writes digits reliably even when it garbles the words) and the agent asks the questions.
NUMBERS_WEIGHT = -1.0
NUMBERS_MIN = 6  # digits the reciter says, and at least twice the other's
QUESTIONS_WEIGHT = 0.5
QUESTIONS_MIN = 3
NAME_WEIGHT = 3.0
SECOND_AGENT_MIN = 4.0
CONFIDENCE_SCALE = 3.0  # a margin of this many evidence points gives confidence ~0.88
# When the diarization itself fails the two-party check (qa.diarize.check) the roles are built on
# sand: the confidence is capped here, under the review threshold, whatever the words say.
DIARIZATION_REVIEW_CAP = 0.5
_LATIN = re.compile(r"[a-z0-9]")


FIRST_PERSON = ("i", "i'm", "i'll", "i've", "me", "my", "ako", "ko", "제가", "저는", "저희가")
IVR_MAX_UTTERANCES = 6  # an IVR prompt is at the start of the call...
IVR_MAX_START = 120.0  # ...within the first two minutes


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"[^\w'\- ]+", " ", text).split())


@lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern:
    """Word-bounded for Latin phrases; plain substring for Hangul (particles attach to words)."""
    if _LATIN.search(phrase):
        return re.compile(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])")
    return re.compile(re.escape(phrase))


def matches(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases found in ``text`` (case and punctuation ignored)."""
    norm = _normalise(text)
    return [p for p in phrases if _pattern(p).search(norm)]


def is_ivr(text: str) -> bool:
    return bool(matches(text, IVR_PHRASES))


def ivr_prefix(utterances: tuple[Segment, ...]) -> int:
    """How many opening utterances are an IVR prompt.

    The prompt runs up to the last early utterance holding an IVR phrase. A person speaks in the
    first person ("I'll put you on hold", "I'm calling about"), a recording does not, so the first
    first-person utterance ends the search: an agent's "please hold" is never taken for the IVR.
    """
    count = 0
    for index, u in enumerate(utterances[:IVR_MAX_UTTERANCES]):
        if u.start > IVR_MAX_START or matches(u.text, FIRST_PERSON):
            break
        if is_ivr(u.text):
            count = index + 1
    return count if count < len(utterances) else 0


def mark_ivr(call: Call) -> Call:
    """The call with its opening IVR prompt relabelled: speaker ``IVR``, role ``ivr``."""
    count = ivr_prefix(call.utterances)
    if not count:
        return call

    def ivr(segment: Segment) -> Segment:
        words = tuple(replace(w, speaker=IVR_SPEAKER, role=IVR) for w in segment.words)
        return replace(segment, speaker=IVR_SPEAKER, role=IVR, words=words)

    return replace(call, utterances=tuple(ivr(u) if i < count else u for i, u in enumerate(call.utterances)))


def _score(utterances: Iterable[Segment], speaker: str, agent_name: str | None) -> tuple[float, list[str]]:
    """Evidence points for ``speaker`` being the agent (negative: the customer), with what was said."""
    score, evidence, seen = 0.0, [], set()
    names = _name_phrases(agent_name)
    for u in utterances:
        if u.speaker != speaker:
            continue
        for weight, name, phrases in (*AGENT_EVIDENCE, *CUSTOMER_EVIDENCE):
            found = [p for p in matches(u.text, phrases) if (name, p) not in seen]
            if found:
                seen.add((name, found[0]))
                score += weight
                evidence.append(f'{speaker} {name}: "{found[0]}" at {u.start:.1f}s')
        greeted = any(isinstance(k, tuple) and k[0] == "script greeting" for k in seen)
        if not greeted and "fuzzy" not in seen and u.start <= FUZZY_WITHIN:
            heard = fuzzy_greeting(u.text)
            if heard:
                seen.add("fuzzy")
                score += FUZZY_WEIGHT
                evidence.append(f'{speaker} script greeting (heard approximately, like "{heard}") at {u.start:.1f}s')
        said = matches(u.text, names)
        if said and "name" not in seen:
            seen.add("name")
            score += NAME_WEIGHT
            evidence.append(f'{speaker} says the agent name from the call metadata: "{said[0]}" '
                            f"at {u.start:.1f}s")
    return score, evidence


def fuzzy_greeting(text: str) -> str | None:
    """The greeting phrase ``text`` approximately holds (letters only, spaces ignored), or None."""
    from rapidfuzz import fuzz

    letters = re.sub(r"[^a-z]", "", text.lower())
    if len(letters) < 12:
        return None
    return next((p for p in FUZZY_GREETINGS if fuzz.partial_ratio(p, letters) >= FUZZY_MIN), None)


def _name_phrases(agent_name: str | None) -> tuple[str, ...]:
    """'Maria Santos' -> what an agent says about themself: "this is maria", "i'm maria santos"..."""
    parts = [p.lower() for p in re.split(r"[\s\-]+", str(agent_name or "")) if p]
    if not parts:
        return ()
    forms = {parts[0], " ".join(parts)}
    intros = ("this is", "my name is", "i'm", "i am", "name's", "ako po si", "ito po si", "ako si")
    return tuple(f"{intro} {form}" for intro in intros for form in sorted(forms))


def _talk_time(utterances: Iterable[Segment]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for u in utterances:
        if u.speaker:
            totals[u.speaker] = totals.get(u.speaker, 0.0) + u.duration
    return totals


def fixed_roles(call: Call, *, agent_speaker: str | None, channels: dict[int, str] | None) -> RoleAssignment | None:
    """Roles given from outside (channel map, manifest, option), or None to decide from evidence."""
    speakers = list(_talk_time(call.utterances))
    if channels and any(u.channel is not None for u in call.utterances):
        # A channel the map leaves out is the other party ({0: agent} makes channel 1 the customer).
        missing = CUSTOMER if AGENT in channels.values() else AGENT
        mapping = {u.speaker: channels.get(u.channel, missing) for u in call.utterances
                   if u.channel is not None and u.speaker != IVR_SPEAKER}
        evidence = tuple(f"channel {c} is the {role} (channel map)" for c, role in sorted(channels.items()))
        return RoleAssignment(mapping, 1.0, "channel", evidence)
    if agent_speaker:
        if agent_speaker not in speakers:
            raise ConfigError(f"call {call.call_id}: agent speaker {agent_speaker!r} is not a speaker of this "
                              f"call; its speakers are: {', '.join(speakers) or '(none)'}. Run `qa diarize` "
                              "first and pick one of them, or leave agent_speaker out to decide automatically.")
        source = "manifest" if agent_speaker == call.metadata.get("agent_speaker") else "option"
        mapping = {s: AGENT if s == agent_speaker else CUSTOMER for s in speakers if s != IVR_SPEAKER}
        return RoleAssignment(mapping, 1.0, source, (f"{agent_speaker} is the agent ({source})",))
    return None


def decide(call: Call, *, agent_speaker: str | None = None,
           channels: dict[int, str] | None = None) -> RoleAssignment:
    """Roles for the call's speakers (its utterances must carry speaker labels; IVR already marked)."""
    fixed = fixed_roles(call, agent_speaker=agent_speaker, channels=channels)
    roles = fixed or _without_words(call, _decide_auto(call))
    review = (call.diarization or {}).get("review")
    if review and not fixed:
        roles = replace(roles, confidence=min(roles.confidence, DIARIZATION_REVIEW_CAP),
                        evidence=roles.evidence + tuple(f"diarization needs review: {r}" for r in review))
    if any(u.speaker == IVR_SPEAKER for u in call.utterances):
        roles = replace(roles, speakers={**roles.speakers, IVR_SPEAKER: IVR},
                        evidence=roles.evidence + ("the opening IVR prompt is not a party to the call",))
    return roles


def _decide_auto(call: Call) -> RoleAssignment:
    people = [u for u in call.utterances if u.speaker and u.speaker != IVR_SPEAKER and u.text.strip()]
    talk = _talk_time(people)
    if not talk:
        return RoleAssignment({}, 0.0, "auto", ("no speech to decide roles from",))
    agent_name = call.metadata.get("agent_name")
    scores, evidence = {}, []
    for speaker in talk:
        scores[speaker], found = _score(people, speaker, agent_name)
        evidence += found
    evidence += _structure(people, scores)
    first = people[0]
    scores[first.speaker] += FIRST_SPEAKER_WEIGHT
    after = " after the IVR prompt" if any(u.speaker == IVR_SPEAKER for u in call.utterances) else ""
    evidence.insert(0, f"{first.speaker} speaks first{after} at {first.start:.1f}s")
    # Highest score wins; a tie goes to the one who spoke first, then to the one who talks more.
    order = {u.speaker: i for i, u in reversed(list(enumerate(people)))}
    ranked = sorted(talk, key=lambda s: (-scores[s], order[s], -talk[s]))
    agent = ranked[0]
    margin = scores[agent] - (scores[ranked[1]] if len(ranked) > 1 else 0.0)
    mapping = {s: AGENT if s == agent or _also_agent(scores[s], scores[agent]) else CUSTOMER for s in talk}
    confidence = 0.5 + 0.5 * math.tanh(max(margin, 0.0) / CONFIDENCE_SCALE)
    summary = ", ".join(f"{s} {scores[s]:+.1f}" for s in ranked)
    return RoleAssignment(mapping, round(confidence, 3), "auto",
                          (f"agent evidence points: {summary}", *evidence))


def _without_words(call: Call, roles: RoleAssignment) -> RoleAssignment:
    """Diarization speakers who got no transcribed words (their speech too short or too garbled for
    the ASR, or every word nearer another voice) are still a party: not the agent, whom the words
    found, so the customer. Without this their turns carry no role at all."""
    silent = sorted({t.speaker for t in call.turns if t.speaker} - set(roles.speakers) - {IVR_SPEAKER})
    if not silent or AGENT not in roles.speakers.values():
        return roles
    return replace(roles, speakers={**roles.speakers, **dict.fromkeys(silent, CUSTOMER)},
                   evidence=roles.evidence + tuple(f"{s} has turns but no transcribed words: the customer"
                                                   for s in silent))


def _structure(people: list[Segment], scores: dict[str, float]) -> list[str]:
    """Who recites the numbers (customer) and who asks the questions (agent); adds to ``scores``."""
    evidence = []
    for weight, minimum, what, count in (
            (NUMBERS_WEIGHT, NUMBERS_MIN, "recites numbers (digits said)", lambda t: len(re.findall(r"\d", t))),
            (QUESTIONS_WEIGHT, QUESTIONS_MIN, "asks the questions (question marks)", lambda t: t.count("?"))):
        totals = {s: 0 for s in scores}
        for u in people:
            totals[u.speaker] += count(u.text)
        ranked = sorted(totals, key=totals.get, reverse=True)
        top, rest = totals[ranked[0]], max((totals[s] for s in ranked[1:]), default=0)
        if top >= minimum and top >= 2 * rest:
            scores[ranked[0]] += weight
            evidence.append(f"{ranked[0]} {what}: {top} against {rest}")
    return evidence


def _also_agent(score: float, best: float) -> bool:
    """A second speaker with strong agent evidence of their own: a transfer to another agent, or
    one agent's voice split in two by diarization."""
    return score >= SECOND_AGENT_MIN and score >= best - SECOND_AGENT_MIN
