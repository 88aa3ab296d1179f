"""Rebuild the outcome classifier (qa/data/outcome_model.npz) from labelled whole calls.

    python -m qa.score.train_outcome            # train, write the model
    python -m qa.score.train_outcome --check    # also print a held-back 25 % confusion table first

Run it after ``python -m qa.score.train_acts``: the features are the act model's output.
The calls are (1) written calls composed from the labelled act utterances (qa/data/acts) and the call
pieces in qa/data/outcome (problems, money transfers, survey transfers, "let me check", advice to call
back, the caller's own "I'll call back"), one script per outcome with optional parts in random order
and subsets, in en, ko, tl and Taglish, clean or ASR-like, each also with one or two false acts
(as the tagger gives on real calls); (2) the real tuning calls of
tests/data/judge/real_tune_outcomes.csv: Harper Valley references from ../shared/corpus and the Tagalog
dev calls when rebuilt (``--tl``, default /tmp/tl_dev; skipped with a note when absent). Never the
frozen test calls. Deterministic: fixed seeds, deterministic embeddings and lbfgs. ``--seeds K``
averages K fits, each on the written calls (and false-act copies) drawn with its own seed (the shipped
model: ``SEEDS``); the file records the seeds, digests of the written and the real calls, and the
digest of the act model whose output it was trained on (tests/test_model_rebuild.py).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
from pathlib import Path

import numpy as np
import yaml

from qa.fileio import atomic_write_bytes
from qa.model import AGENT, CUSTOMER, Segment
from qa.score.outcome_model import LABELS, MODEL_PATH, features
from qa.score.train_acts import SEED, load_utterances, noisy

# Fits averaged into the shipped model: three seeds' written calls. Chosen on the tuning sets: two such
# builds gave the same verdicts where two single fits differed on 10 (docs/rubrics.md, "Rebuilding the
# models"); averaged act models were measured too, and not adopted.
SEEDS = 3
DATA_DIR = MODEL_PATH.parent / "outcome"
ROOT = MODEL_PATH.parents[2]
REAL_LABELS = ROOT / "tests" / "data" / "judge" / "real_tune_outcomes.csv"
CALLS_PER_LABEL = 30  # per language


def load_pieces() -> dict[str, dict[str, list[str]]]:
    pieces = {}
    for path in sorted(DATA_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        pieces[doc["language"]] = {k: [str(u) for u in v] for k, v in doc.items() if k != "language"}
    return pieces


def compose(label: str, acts: dict, pieces: dict, rng: random.Random, en_acts: dict | None) -> list:
    """One written call [(role, text)] that ends as ``label``."""
    def act(name):  # an utterance of the act; in a Taglish call sometimes the English one
        pool = en_acts if en_acts and rng.random() < 0.3 else acts
        return rng.choice(pool.get(name) or acts[name])

    def maybe(p):
        return rng.random() < p

    calls = []
    opening = [act(a) for a in ("thanks_for_calling", "names_company", "gives_name", "offers_help") if maybe(0.7)]
    if opening:
        calls.append((AGENT, " ".join(opening)))
    calls.append((CUSTOMER, rng.choice(pieces["money"] if maybe(0.25) else pieces["problem"])))
    if maybe(0.6):
        calls += [(AGENT, act("asks_identity")), (CUSTOMER, act("gives_identity"))]
    if maybe(0.3):
        calls += [(AGENT, rng.choice(pieces["question"])), (CUSTOMER, rng.choice(pieces["ack"]))]
    if maybe(0.5):
        calls.append((AGENT, rng.choice(pieces["checking"])))
    if maybe(0.25):
        calls += [(AGENT, act("asks_hold")), (CUSTOMER, rng.choice(pieces["ack"])), (AGENT, act("thanks_hold"))]
    if label == "resolved":
        calls.append((AGENT, act("account_action" if maybe(0.5) else "explains_fix")))
        if maybe(0.6):
            calls.append((AGENT, act("asks_if_solved")))
        calls.append((CUSTOMER, act("confirms_fixed") if maybe(0.75) else rng.choice(pieces["ack"])))
        if maybe(0.3):
            calls.append((AGENT, rng.choice(pieces["advice"])))
    elif label == "escalated":
        if maybe(0.6):
            calls += [(AGENT, act("explains_fix")), (CUSTOMER, act("still_broken"))]
        calls.append((AGENT, act("escalates")))
        for name, p in (("reads_back", 0.4), ("gives_ticket", 0.6), ("states_next_steps", 0.6),
                        ("states_timeframe", 0.6)):
            if maybe(p):
                calls.append((AGENT, act(name)))
        calls.append((CUSTOMER, rng.choice(pieces["ack"])))
    elif label == "transferred":
        if maybe(0.3):
            calls += [(AGENT, act("explains_fix")), (CUSTOMER, act("still_broken"))]
        calls.append((AGENT, act("transfers")))
        if maybe(0.4):
            calls.append((AGENT, act("states_next_steps")))
        calls.append((CUSTOMER, rng.choice(pieces["ack"])))
    elif label == "follow_up:agent":
        calls.append((AGENT, act("promises_callback")))
        for name, p in (("gives_ticket", 0.5), ("states_timeframe", 0.6)):
            if maybe(p):
                calls.append((AGENT, act(name)))
        calls.append((CUSTOMER, rng.choice(pieces["ack"])))
    elif label == "follow_up:caller":
        calls.append((AGENT, act("explains_fix")))
        if maybe(0.5):
            calls.append((CUSTOMER, rng.choice(pieces["caller_followup"])))
        else:
            calls += [(AGENT, rng.choice(pieces["advice"])), (CUSTOMER, rng.choice(pieces["caller_followup"]))]
    else:  # unknown: the recording stops before anything is decided
        if maybe(0.5):
            calls.append((AGENT, rng.choice(pieces["question"])))
        return calls
    if maybe(0.7):
        calls += [(AGENT, act("asks_anything_else")), (CUSTOMER, rng.choice(pieces["no_more"]))]
    if maybe(0.8):
        calls.append((AGENT, act("thanks_farewell" if maybe(0.5) else "thanks_for_calling")))
    if label != "transferred" and maybe(0.25):
        calls.append((AGENT, rng.choice(pieces["survey"])))
    return calls


def to_turns(parts: list, lang: str, rng: random.Random, asr: bool) -> tuple[Segment, ...]:
    turns, t = [], 0.0
    for role, text in parts:
        text = noisy(text, lang, rng) if asr else text
        length = 0.3 * len(text.split()) + 0.5
        turns.append(Segment(t, t + length, text, "SPEAKER_00" if role == AGENT else "SPEAKER_01", role))
        t += length + 0.5
    return tuple(turns)


def written_calls(rng: random.Random):
    acts, pieces = load_utterances(), load_pieces()
    for lang in sorted(pieces):
        for label in LABELS:
            for _ in range(CALLS_PER_LABEL):
                en = acts["en"] if lang == "tl" and rng.random() < 0.5 else None
                parts = compose(label, acts[lang], pieces[lang], rng, en)
                yield to_turns(parts, lang, rng, asr=rng.random() < 0.4), label


def real_calls(tl_dir: Path):
    from qa.score.reference import call_from_reference
    from qa.score.text import turns_of

    hv = ROOT.parent / "shared" / "corpus" / "en_harper_valley_calls"
    with open(REAL_LABELS, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    missing = 0
    for row in rows:
        path = hv / f"{row['call_id']}.ref.txt" if row["call_id"].startswith("hvb-") else \
            tl_dir / f"{row['call_id']}.txt"
        if not path.exists():
            missing += 1
            continue
        call = call_from_reference(path, call_id=row["call_id"])
        yield turns_of(call), row["outcome"]
    if missing:
        print(f"{missing} real tuning call(s) not found (rebuild the Tagalog dev calls into --tl): left out")


def spurious(tagged: tuple, rng: random.Random) -> tuple:
    """The same call as the tagger may see it on real calls: every act less sure (x 0.6-1.0: it is
    surest on its own training utterances) and one or two false acts (p 0.5-0.95) on random turns
    ("Teams" read as a team escalation), so the classifier does not hang on one act."""
    from dataclasses import replace

    from qa.score.acts import ACTS
    from qa.score.outcome_model import EVENT_ACTS

    scale = rng.uniform(0.6, 1.0)
    items = [replace(item, probs=item.probs * scale) for item in tagged]
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(items))
        probs = items[i].probs.copy()
        probs[ACTS.index(rng.choice(EVENT_ACTS))] = rng.uniform(0.5, 0.95)
        items[i] = replace(items[i], probs=probs)
    return tuple(items)


def feature_rows(calls, embedder, rng: random.Random | None = None) -> tuple[np.ndarray, list[str]]:
    """Features of each call; with ``rng``, also of a copy with false acts (see spurious)."""
    from qa.score.acts import tag_turns

    rows, labels = [], []
    for turns, label in calls:
        tagged = tag_turns(turns, embedder)
        versions = [tagged] + ([spurious(tagged, rng)] if rng is not None and tagged else [])
        for version in versions:
            rows.append(features(turns, {id(t.turn): t for t in version}))
            labels.append(label)
    return np.stack(rows), labels


def fit(x: np.ndarray, labels: list[str], c: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    y = np.array([LABELS.index(label) for label in labels])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(x, y)
    weights = np.zeros((x.shape[1], len(LABELS)), np.float32)
    bias = np.full(len(LABELS), -30.0, np.float32)  # a class with no example is never chosen
    for k, cls in enumerate(model.classes_):
        weights[:, cls], bias[cls] = model.coef_[k], model.intercept_[k]
    return weights, bias


def check(x, labels, rng: random.Random) -> None:
    from qa.score.outcome_model import predict
    from qa.score.train_acts import held_back

    test, train = held_back(len(x), 4, rng)
    model = fit(x[train], [labels[i] for i in train])
    guess = predict(x[test], model).argmax(axis=1)
    print("held-back written calls (in-sample style): rows = truth, columns = predicted")
    print(" " * 17 + " ".join(f"{lab[:9]:>9}" for lab in LABELS))
    for k, lab in enumerate(LABELS):
        row = [sum(1 for i, g in zip(test, guess) if labels[i] == lab and g == j) for j in range(len(LABELS))]
        print(f"{lab:17}" + " ".join(f"{v:9d}" for v in row))


def calls_digest(calls) -> str:
    """sha256 of labelled calls (each turn's role and text, and the label), in order."""
    digest = hashlib.sha256()
    for turns, label in calls:
        digest.update(json.dumps([label, [[t.role, t.text] for t in turns]], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def build(seeds: list[int], real: list, embedder, check_first: bool = False):
    """(weights, bias, written calls' digest): the average of one fit per seed; a real call counts
    3 times in each."""
    weights, bias, written_sets = [], [], []
    for seed in seeds:
        written = list(written_calls(random.Random(seed)))
        written_sets.append(written)
        x, labels = feature_rows(written + real * 3, embedder, random.Random(seed))
        print(f"seed {seed}: {len(written)} written calls, {len(real)} real tuning calls, {x.shape[1]} features")
        if check_first and seed == seeds[0]:
            check(x, labels, random.Random(SEED))
        w, b = fit(x, labels)
        weights.append(w)
        bias.append(b)
    return np.mean(weights, axis=0), np.mean(bias, axis=0), calls_digest(c for s in written_sets for c in s)


def main(argv=None) -> None:
    from qa.score.embed import Embedder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print a held-back confusion table first")
    parser.add_argument("--tl", default="/tmp/tl_dev", help="rebuilt Tagalog dev calls (tuning half)")
    parser.add_argument("--seeds", type=int, default=SEEDS, metavar="K",
                        help=f"fits averaged into the model, with seeds --seed, --seed+1, ... (default {SEEDS})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the first fit's seed (default {SEED})")
    parser.add_argument("--out", default=str(MODEL_PATH), help=f"model file to write (default {MODEL_PATH.name})")
    args = parser.parse_args(argv)
    from qa.audio import file_sha256
    from qa.score.acts import MODEL_PATH as ACT_MODEL_PATH

    real = list(real_calls(Path(args.tl)))
    seeds = [args.seed + k for k in range(args.seeds)]
    weights, bias, written = build(seeds, real, Embedder(), check_first=args.check)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=weights, bias=bias, labels=np.array(LABELS),
                        seeds=np.array(seeds, dtype=np.int64), written_sha256=np.array(written),
                        real_sha256=np.array(calls_digest(real)), real_calls=np.array(len(real)),
                        act_model_sha256=np.array(file_sha256(ACT_MODEL_PATH)))
    out = Path(args.out)
    atomic_write_bytes(out, buffer.getvalue())
    print(f"wrote {out} ({out.stat().st_size // 1024} KB; {len(seeds)} fits averaged)")


if __name__ == "__main__":
    main()
