"""Words -> speakers -> utterances: who said each word, and the speaker turns built from them.

* :func:`assign_words` gives every word the speaker of the diarization turn it overlaps most (a word
  in a gap between turns goes to the nearest turn) and marks words spoken while another speaker's
  turn was running as ``overlap`` (overtalk).
* :func:`build_utterances` joins the words of one speaker into utterances, splitting on
  pauses longer than ``max_pause`` and where another speaker takes the floor (overtalk does not
  split a turn). A short backchannel ("yes", "okay", "mm-hmm") said inside
  someone else's turn becomes its own utterance and does not cut that turn in two.
* :func:`decide_roles` (agent / customer, see :mod:`qa.roles`) puts the roles on every word and
  utterance.

All functions return new objects; nothing is mutated.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterable, Sequence

from qa.model import Call, RoleAssignment, Segment, Word

MAX_PAUSE = 1.5  # seconds of silence inside one speaker's run that starts a new utterance
BACKCHANNEL_MAX_WORDS = 3
NEAR_SECONDS = 30.0  # a word further than this from every turn goes to the nearest one anyway
BACKCHANNEL_MAX_SECONDS = 1.5
# Minimal responses that keep the other speaker going, in English, Korean and Tagalog.
BACKCHANNELS = frozenset("""
    yes yeah yep yup ya no nope okay ok alright right sure mhm mm hmm mm-hmm uh-huh uh huh um
    ah oh i see got it gotcha great perfect thanks thank you cool fine exactly true
    네 예 응 아 어 음 그렇군요 알겠습니다 알겠어요 맞아요 네네 예예
    oo opo o sige po ah okay talaga ganun tama
""".split())
_WORD_CHARS = re.compile(r"[^\w'-]+", re.UNICODE)


def _norm(text: str) -> str:
    return _WORD_CHARS.sub(" ", text.lower()).strip()


def is_backchannel(words: Sequence[Word]) -> bool:
    """A short run of minimal responses ("okay", "mm-hmm", "yes yes", "opo", "네")."""
    if not words or len(words) > BACKCHANNEL_MAX_WORDS:
        return False
    if words[-1].end - words[0].start > BACKCHANNEL_MAX_SECONDS:
        return False
    tokens = " ".join(_norm(w.text) for w in words).split()
    return bool(tokens) and all(t in BACKCHANNELS for t in tokens)


def _words_of(segments_or_words: Iterable[Segment | Word]) -> list[Word]:
    words: list[Word] = []
    for item in segments_or_words:
        if isinstance(item, Word):
            words.append(item)
        elif item.words:
            words.extend(item.words)
        elif item.text.strip():
            # A segment without word timings (imported transcript): treat it as one long "word".
            words.append(Word(item.start, item.end, item.text, speaker=item.speaker, role=item.role))
    return sorted(words, key=lambda w: (w.start, w.end))


def _overlap(word: Word, turn: Segment) -> float:
    return max(0.0, min(word.end, turn.end) - max(word.start, turn.start))


def _gap(word: Word, turn: Segment) -> float:
    """Distance in seconds between a word and a turn (0 when they touch or overlap)."""
    return max(0.0, turn.start - word.end, word.start - turn.end)


def _speaker_for(word: Word, turns: Sequence[Segment]) -> tuple[str | None, bool]:
    """(speaker, overlap) of one word: most-overlapping turn, ties to the shorter turn.

    The shorter turn wins a tie because a word fully inside two turns is usually a backchannel or
    an interruption inside the other party's long turn, and the short turn is the one made for it.
    """
    best, best_key = None, None
    for turn in turns:
        shared = _overlap(word, turn)
        key = (shared, -_gap(word, turn), -turn.duration)
        if best_key is None or key > best_key:
            best, best_key = turn, key
    if best is None:
        return None, False
    span = max(word.end - word.start, 1e-3)
    other = max((_overlap(word, t) for t in turns if t.speaker != best.speaker), default=0.0)
    return best.speaker, bool(other >= 0.5 * span)  # a numpy time would make it numpy's bool


def assign_words(segments_or_words: Iterable[Segment | Word], turns: Sequence[Segment]) -> tuple[Word, ...]:
    """Give every word a speaker from the diarization ``turns`` (and ``overlap`` for overtalk).

    Words keep the speaker they carry when there are no turns (an imported transcript).
    """
    words = _words_of(segments_or_words)
    ordered = sorted((t for t in turns if t.speaker), key=lambda t: t.start)
    if not ordered:
        return tuple(words)
    starts = [t.start for t in ordered]
    longest = max(t.duration for t in ordered)
    out = []
    for word in words:
        # Only turns near the word can win: keeps an hour-long call linear, not quadratic.
        lo = bisect.bisect_left(starts, word.start - NEAR_SECONDS - longest)
        hi = bisect.bisect_right(starts, word.end + NEAR_SECONDS)
        nearby = [t for t in ordered[lo:hi] if t.end >= word.start - NEAR_SECONDS]
        speaker, overlap = _speaker_for(word, nearby or ordered)
        out.append(replace(word, speaker=speaker, overlap=overlap))
    return tuple(out)


def _join(words: Sequence[Word]) -> str:
    """Whisper words carry their own leading space; imported words may not."""
    text = "".join(w.text if w.text[:1].isspace() else " " + w.text for w in words)
    return " ".join(text.split())


def _utterance(words: Sequence[Word], overlap: bool = False) -> Segment:
    roles = {w.role for w in words}
    channels = {getattr(w, "channel", None) for w in words} - {None}
    return Segment(start=words[0].start, end=words[-1].end, text=_join(words), speaker=words[0].speaker,
                   role=roles.pop() if len(roles) == 1 else None, words=tuple(words),
                   overlap=overlap or any(w.overlap for w in words),
                   channel=channels.pop() if len(channels) == 1 else None)


def _floor_taken(ordered: Sequence[Word], starts: list[float], prev: Word, word: Word) -> bool:
    """Did someone else take the floor between two consecutive words of one speaker?

    Not when the other words were spoken over this speaker (overtalk, both channels at once) or are
    a backchannel ("mm-hmm"): the speaker's turn goes on around them.
    """
    lo, hi = bisect.bisect_left(starts, prev.end - 1.0), bisect.bisect_right(starts, word.start)
    between = [w for w in ordered[lo:hi]
               if w.speaker != prev.speaker and prev.end <= (w.start + w.end) / 2 <= word.start]
    others = [w for w in between if not w.overlap]
    return bool(others) and not is_backchannel(others)


def _inside_other(utterance: Segment, utterances: Sequence[Segment]) -> bool:
    return any(u.speaker != utterance.speaker and u.start <= utterance.start and utterance.end <= u.end
               for u in utterances)


def build_utterances(words: Iterable[Word], *, max_pause: float = MAX_PAUSE) -> tuple[Segment, ...]:
    """Speaker turns from words: each speaker's words, split on a pause over ``max_pause`` or where
    another speaker took the floor; a backchannel inside another's turn is its own utterance, marked
    as overlap, and does not cut that turn."""
    ordered = sorted(words, key=lambda w: (w.start, w.end))
    starts = [w.start for w in ordered]
    by_speaker: dict = {}
    for word in ordered:
        by_speaker.setdefault(word.speaker, []).append(word)
    utterances: list[Segment] = []
    for spoken in by_speaker.values():
        run = [spoken[0]]
        for prev, word in zip(spoken, spoken[1:]):
            if word.start - prev.end > max_pause or _floor_taken(ordered, starts, prev, word):
                utterances.append(_utterance(run))
                run = []
            run.append(word)
        utterances.append(_utterance(run))
    marked = [replace(u, overlap=True) if not u.overlap and is_backchannel(u.words) and _inside_other(u, utterances)
              else u for u in utterances]
    return tuple(sorted(marked, key=lambda u: (u.start, u.end)))


def apply_roles(call: Call, roles: RoleAssignment) -> Call:
    """Put ``roles`` on every word and utterance of ``call`` (by speaker label)."""
    def with_role(item):
        return replace(item, role=roles.speakers.get(item.speaker))

    utterances = tuple(replace(with_role(u), words=tuple(with_role(w) for w in u.words))
                       for u in call.utterances)
    return replace(call, utterances=utterances, roles=roles)


def decide_roles(call: Call, *, agent_speaker: str | None = None,
                 channels: dict[int, str] | None = None) -> Call:
    """The call with its IVR prompt marked and ``roles`` decided (:mod:`qa.roles`), set on every word
    and utterance. Utterances are built from the call's words first when it has none yet."""
    from qa.roles import decide, mark_ivr

    if not call.utterances:
        call = replace(call, utterances=build_utterances(_words_of(call.segments)))
    call = mark_ivr(call)
    return apply_roles(call, decide(call, agent_speaker=agent_speaker, channels=channels))
