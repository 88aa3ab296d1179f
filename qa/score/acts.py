"""Dialogue acts per utterance: a multilingual classifier on multilingual-e5-small sentence embeddings.

Each turn of a call is cut into *units* — the turn, its sentences and clauses, and overlapping
12-word windows of long unpunctuated ASR turns ("hello this is harper valley national bank my name is
elizabeth how can i help you today" holds four acts) — and every unit is tagged with the probability
of each act in :data:`ACTS` by one-vs-rest logistic regression over ``[e5(unit), e5(previous turn)]``
(the previous turn is the context: "four four seven one two" is identifying information after "can I
have your employee ID?"). A turn's probability for an act is its best unit's, and that unit is the
evidence. The weights (``qa/data/act_model.npz``) are rebuilt deterministically by
``python -m qa.score.train_acts`` from the labelled utterances in ``qa/data/acts/*.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.errors import QAError
from qa.model import Segment
from qa.score.text import is_spoken, normalise

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "act_model.npz"
# The model for calls transcribed by the recogniser (Whisper): the same training data plus the acts
# of the tuning calls' ASR output and Whisper-like garbled Tagalog (scripts/asr_act_model.sh).
ASR_MODEL_PATH = MODEL_PATH.with_name("act_model_asr.npz")
# Used for those languages only: chosen leave-one-call-out on the tuning calls (docs/rubrics.md,
# "An act model for recognised speech"). Text that no recogniser made (human or written transcripts,
# imported ones) always gets the shipped model.
ASR_LANGUAGES = frozenset({"tl"})
TEXT_ENGINES = frozenset({"reference", "imported"})
DATA_DIR = MODEL_PATH.parent / "acts"

# The acts a rubric can name (``acts: [...]`` in an ``act`` check). "other" is everything else.
ACTS = (
    "thanks_for_calling", "names_company", "gives_name", "offers_help", "asks_identity", "gives_identity",
    "account_action", "explains_fix", "asks_if_solved", "asks_anything_else", "gives_ticket",
    "states_next_steps", "states_timeframe", "reads_back", "asks_hold", "thanks_hold", "transfers",
    "escalates", "promises_callback", "confirms_fixed", "still_broken", "thanks_farewell",
)
ACT_INDEX = {act: i for i, act in enumerate(ACTS)}
ACT_CACHE_SIZE = 50_000  # turns whose acts a Scorer keeps by text (tag_turns; about 1 KB each)
# Who performs each act; the rest are the agent's. Applicability (``happened``) and the outcome only
# count an act said by its own party (a caller saying "my account is locked" is not account work).
CUSTOMER_ACTS = frozenset({"gives_identity", "confirms_fixed", "still_broken"})
WINDOW_WORDS, WINDOW_STEP, LONG_UNIT = 12, 6, 16


def performer(act: str) -> str:
    return "customer" if act in CUSTOMER_ACTS else "agent"


@dataclass(frozen=True)
class TurnActs:
    """The acts of one turn: probability per act and the unit (words) that carries it."""
    turn: Segment
    probs: np.ndarray  # (len(ACTS),)
    units: tuple[str, ...]
    best: np.ndarray  # (len(ACTS),) index into units

    def p(self, act: str) -> float:
        return float(self.probs[ACT_INDEX[act]])

    def unit(self, act: str) -> str:
        return self.units[int(self.best[ACT_INDEX[act]])]


def units_of(text: str) -> list[str]:
    """The pieces of a turn that are tagged: the turn, sentences/clauses, windows of long runs."""
    from qa.score.context import split_sentences

    found = [text.strip()] + [s for s in split_sentences(text) if s.strip() != text.strip()]
    for piece in list(found):
        words = piece.split()
        if len(words) > LONG_UNIT:
            for start in range(0, len(words) - WINDOW_STEP, WINDOW_STEP):
                found.append(" ".join(words[start:start + WINDOW_WORDS]))
    return list(dict.fromkeys(u for u in found if is_spoken(u)))


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(weights (2*384, n), bias (n,), act names) of the trained tagger."""
    try:
        data = np.load(path, allow_pickle=False)
    except OSError as exc:
        raise QAError(f"act model {path} cannot be read ({exc}); rebuild it with {_rebuild(path)}") from exc
    names = tuple(str(n) for n in data["acts"])
    if names != ACTS:
        raise QAError(f"act model {path} was trained for other acts; rebuild it with {_rebuild(path)}")
    return data["weights"].astype(np.float32), data["bias"].astype(np.float32), names


def _rebuild(path: str) -> str:
    if Path(path).name == ASR_MODEL_PATH.name:
        return "`scripts/asr_act_model.sh` (needs the Tagalog tuning calls: see that script)"
    return "`python -m qa.score.train_acts`"


def recognised(call, lang: str) -> bool:
    """Whether the call's words came from the recogniser in a language the ASR act model is for."""
    engine = (call.asr or {}).get("engine")
    return bool(engine) and engine not in TEXT_ENGINES and lang in ASR_LANGUAGES


def features(unit_vectors: np.ndarray, context_vectors: np.ndarray) -> np.ndarray:
    return np.concatenate([unit_vectors, context_vectors], axis=1)


def predict(x: np.ndarray, model=None) -> np.ndarray:
    weights, bias, _ = model or load_model()
    return 1.0 / (1.0 + np.exp(-(x @ weights + bias)))


def tag_turns(turns: tuple[Segment, ...], embedder, model=None, cache: dict | None = None) -> tuple[TurnActs, ...]:
    """Acts of every turn of a call (one embedding batch for all units of the call).

    ``cache`` (a dict kept by the caller for one embedder and one act model, e.g. the Scorer's)
    holds each turn's acts by (previous turn's text, turn's text): all a turn's acts depend on,
    its units and the context vector. A turn found there is not cut or embedded again (re-scoring
    a store, most turns of a script recur); the others are computed exactly as without it."""
    turns = tuple(t for t in turns if is_spoken(t.text))  # "...", "[inaudible]": no act, not context
    if not turns:
        return ()
    keys = [(turns[index - 1].text if index else None, turn.text) for index, turn in enumerate(turns)]
    cache = {} if cache is None else cache
    found = {key: cache[key] for key in keys if key in cache}
    todo = [index for index, key in enumerate(keys) if key not in found]
    if todo:
        missed = embedder.missed
        fresh = _tag(turns, todo, embedder, model, found)
        found.update(fresh)
        if embedder.missed == missed:  # while a batch is planned, texts not embedded yet read as zeros
            if len(cache) + len(fresh) > ACT_CACHE_SIZE:  # bound memory on very large batches
                cache.clear()
            cache.update(fresh)
    return tuple(TurnActs(turn, *found[key]) for turn, key in zip(turns, keys))



def _tag(turns: tuple[Segment, ...], todo: list[int], embedder, model, known: dict) -> dict:
    """(previous text, text) -> (probs, units, best) for the turns at ``todo``: their units and the
    whole previous turn embedded in one batch, each turn predicted on its own. A previous turn found
    in ``known`` needs only its first unit (the whole turn), kept there with its acts."""
    needed = sorted(set(todo) | {index - 1 for index in todo if index})
    pieces = {}
    for index in needed:
        key = (turns[index - 1].text if index else None, turns[index].text)
        pieces[index] = [known[key][1][0]] if key in known else units_of(turns[index].text)
    vectors = embedder.embed([normalise(u) for index in needed for u in pieces[index]])
    offsets, cursor = {}, 0
    for index in needed:
        offsets[index] = cursor
        cursor += len(pieces[index])
    found = {}
    for index in todo:
        group = pieces[index]
        own = vectors[offsets[index]:offsets[index] + len(group)]
        # The whole previous turn is its first unit.
        before = vectors[offsets[index - 1]] if index else np.zeros(vectors.shape[1], dtype=np.float32)
        probs = predict(features(own, np.repeat(before[None, :], len(group), axis=0)), model)
        best, carriers = probs.max(axis=0), probs.argmax(axis=0)
        best.flags.writeable = carriers.flags.writeable = False  # shared by every call the turn recurs in
        found[(turns[index - 1].text if index else None, turns[index].text)] = (best, tuple(group), carriers)
    return found
