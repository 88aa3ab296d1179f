"""The call outcome from the whole call: a small classifier over the act events and the last turns.

A call's features are what its utterances do (qa/score/acts.py) and the outcome cue phrases
(qa/score/outcome.py), read over the whole call, over its last turns and in order: the likeliest
escalation, transfer, promised call-back, account work, confirmed fix, "still broken", ticket, next
steps, farewell... anywhere and in the last four turns, the act on the agent's last turn, whether a
fix was confirmed after the hand-off (or a hand-off came after the fix), and which cue came last.
Multinomial logistic regression over them gives one of :data:`LABELS`. It learns, for example, that
"I'll transfer you to a short survey" after the caller confirmed the fix ends a resolved call, and that
money moved "from your savings to checking" is account work, not a call transfer. The weights
(``qa/data/outcome_model.npz``) are rebuilt deterministically by ``python -m qa.score.train_outcome``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.errors import QAError
from qa.model import AGENT, ESCALATED, FOLLOW_UP, RESOLVED, TRANSFERRED, UNKNOWN, Segment

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "outcome_model.npz"
# The classes: follow-ups are split by who owes the next step (Outcome.follow_up_by).
LABELS = (RESOLVED, ESCALATED, TRANSFERRED, "follow_up:agent", "follow_up:caller", UNKNOWN)
# The acts the outcome reads (each counted only when said by its own party, when the call has roles).
EVENT_ACTS = ("escalates", "transfers", "promises_callback", "account_action", "confirms_fixed",
              "still_broken", "gives_ticket", "states_next_steps", "states_timeframe", "explains_fix",
              "asks_if_solved", "asks_anything_else", "thanks_farewell", "reads_back", "thanks_for_calling")
HANDOFF_ACTS = ("escalates", "transfers", "promises_callback")
LAST_ACTS = ("escalates", "transfers", "promises_callback", "thanks_farewell", "account_action")
CUE_KINDS = ("resolved:customer", "resolved:agent", ESCALATED, TRANSFERRED, "follow_up:agent",
             "follow_up:caller", "follow_up:advice")
LAST_TURNS = 4
# Which acts are evidence for each class (with the cue phrases of the same outcome).
SUPPORT = {RESOLVED: ("confirms_fixed", "account_action", "explains_fix"), ESCALATED: ("escalates",),
           TRANSFERRED: ("transfers",), "follow_up:agent": ("promises_callback",),
           "follow_up:caller": ("still_broken", "explains_fix"), UNKNOWN: ()}


def _cue_kind(turn: Segment, outcome: str) -> str:
    if outcome == RESOLVED:
        return "resolved:agent" if turn.role == AGENT else "resolved:customer"
    return "follow_up:agent" if outcome == FOLLOW_UP else outcome


def _own(turn: Segment, act: str) -> bool:
    from qa.score.acts import performer

    return turn.role is None or turn.role == performer(act)


@lru_cache(maxsize=1)
def _event_columns() -> tuple[np.ndarray, dict]:
    """Where each event act sits in a turn's act probabilities, and which of them each role (or no
    role) performs: a call's turns are read as one array instead of act by act."""
    from qa.score.acts import ACTS, performer

    index = np.array([ACTS.index(a) for a in EVENT_ACTS])
    owners = np.array([performer(a) for a in EVENT_ACTS])
    return index, {None: np.ones(len(EVENT_ACTS), bool), "agent": owners == "agent",
                   "customer": owners == "customer"}


def _event_probs(turns: tuple[Segment, ...], tagged: dict) -> np.ndarray:
    """(turns, EVENT_ACTS): each turn's probability of each event act, 0 for acts the other party
    performs (and for a turn not tagged), all turns in one array operation."""
    index, own = _event_columns()
    nobody = np.zeros(len(EVENT_ACTS), bool)  # a role that performs none of them
    probs = np.zeros((len(turns), len(EVENT_ACTS)), np.float32)
    rows = [(i, tagged[id(turn)].probs, own.get(turn.role, nobody)) for i, turn in enumerate(turns)
            if id(turn) in tagged]
    if rows:
        at, tagged_probs, masks = zip(*rows)
        probs[list(at)] = np.where(np.stack(masks), np.stack(tagged_probs)[:, index], 0.0)
    return probs


def features(turns: tuple[Segment, ...], tagged: dict) -> np.ndarray:
    """One call's feature vector (fixed order; see the module docstring)."""
    from qa.score.outcome import _cues

    n = len(turns)
    probs = _event_probs(turns, tagged)
    whole = probs.max(axis=0) if n else np.zeros(len(EVENT_ACTS), np.float32)
    last = probs[-LAST_TURNS:].max(axis=0) if n else whole
    where = (probs.argmax(axis=0) + 1) / max(n, 1) * (whole > 0.5)
    col = {a: j for j, a in enumerate(EVENT_ACTS)}
    handoff = probs[:, [col[a] for a in HANDOFF_ACTS]].max(axis=1) if n else np.zeros(0)
    fixed = probs[:, col["confirms_fixed"]] if n else np.zeros(0)
    h_at = int(handoff.argmax()) if n and handoff.max() > 0.5 else None
    f_at = int(fixed.argmax()) if n and fixed.max() > 0.5 else None
    order = [fixed[h_at + 1:].max() if h_at is not None and h_at + 1 < n else 0.0,
             handoff[f_at + 1:].max() if f_at is not None and f_at + 1 < n else 0.0]
    agent_turns = [i for i, t in enumerate(turns) if t.role in (AGENT, None)]
    final = probs[agent_turns[-1]] if agent_turns else np.zeros(len(EVENT_ACTS), np.float32)
    cues = np.zeros((3, len(CUE_KINDS)), np.float32)  # any, in the last turns, the last cue
    last_cue = None
    for i, turn in enumerate(turns):
        for outcome, _ in _cues(turn):
            k = CUE_KINDS.index(_cue_kind(turn, outcome))
            cues[0, k] = 1.0
            cues[1, k] = max(cues[1, k], float(i >= n - LAST_TURNS))
            last_cue = k
    if last_cue is not None:
        cues[2, last_cue] = 1.0
    return np.concatenate([whole, last, where, order, [final[col[a]] for a in LAST_ACTS], cues.ravel(),
                           [min(n, 40) / 40]]).astype(np.float32)


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> tuple[np.ndarray, np.ndarray]:
    try:
        data = np.load(path, allow_pickle=False)
    except OSError as exc:
        raise QAError(f"outcome model {path} cannot be read ({exc}); rebuild it with "
                      "`python -m qa.score.train_outcome`") from exc
    if tuple(str(x) for x in data["labels"]) != LABELS:
        raise QAError(f"outcome model {path} was trained for other labels; rebuild it with "
                      "`python -m qa.score.train_outcome`")
    return data["weights"].astype(np.float32), data["bias"].astype(np.float32)


def predict(x: np.ndarray, model=None) -> np.ndarray:
    """Class probabilities (n, len(LABELS)) for feature rows ``x``."""
    weights, bias = model or load_model()
    z = x @ weights + bias
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def supporting(label: str, turns: tuple[Segment, ...], tagged: dict, limit: int = 3):
    """(turn, words) that back ``label``: its cue phrases and its acts (p >= 0.5), latest first."""
    from qa.score.outcome import _cues

    found = []
    for turn in turns:
        for outcome, matched in _cues(turn):
            kind = _cue_kind(turn, outcome)
            if kind.split(":")[0] == label or kind == label or \
                    (label == "follow_up:caller" and kind == "follow_up:advice"):
                found.append((turn, matched))
        item = tagged.get(id(turn))
        for act in SUPPORT[label]:
            if item is not None and _own(turn, act) and item.p(act) >= 0.5:
                found.append((turn, f"{act} p={item.p(act):.2f}: {item.unit(act)}"))
    found.sort(key=lambda f: f[0].start)
    return found[-limit:]
