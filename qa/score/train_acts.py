"""Rebuild the act tagger's weights (qa/data/act_model.npz) from the labelled utterances.

    python -m qa.score.train_acts            # train on qa/data/acts/*.yaml, write the model
    python -m qa.score.train_acts --check    # also print a held-back 20 % per-act table first
    python -m qa.score.train_acts --real-calls /tmp/tl_dev   # add the acts labelled on real tune calls
    python -m qa.score.train_acts --asr-calls /tmp/qa_asr_tune --garble 0.5   # from-audio candidate
                                               # (qa/score/asr_spans.py, asr_noise.py; not adopted)

Real calls: ``qa/data/acts/real_tune_spans.csv`` labels acts on the human transcripts of real *tuning*
calls (both frozen splits' tune halves) as word spans of a turn, without their text (the Tagalog dev
calls have no license; they are rebuilt by ``../shared/tools/rebuild_riu_calls.py --dev``). They are
used only when the rebuilt calls' folder is given (``--real-calls`` or ``QA_ACTS_REAL_CALLS``). The
shipped model was trained without them (a model with them was measured and not adopted: docs/rubrics.md,
"Fifth round"), and before embeddings were rounded to the cache's precision, so a retrain today gives
close but not identical weights.

Deterministic on one machine: fixed seeds drive every sampled example, e5 embeddings are deterministic
for one engine fingerprint (``Encoder.fingerprint``: they depend on the system C library), and
scikit-learn's lbfgs logistic regression has no randomness, so a rebuild with the same vectors gives the
same file byte for byte (tests/test_model_rebuild.py); another machine's vectors give weights up to ~3
apart (docs/rubrics.md, "Reproducible figures"). The file records the seeds and a digest of the
training examples.
``--seeds K`` averages K fits, each on the examples drawn with its own seed (SEED, SEED+1, ...;
averaging a linear model's weights averages its logits): it steadies the weights between rebuilds but,
with today's rule thresholds, not the verdicts, so the shipped model is one fit (``SEEDS``; measured in
docs/rubrics.md, "Rebuilding the models"). The examples are the labelled utterances
(one act each, none for ``other``, both for a key ``a+b``) plus, built from them:

- cuts of 8-14 words through three joined utterances (an act counts when 70 % of its words are in
  the cut), because long unpunctuated ASR turns are tagged in 12-word windows; every 12-word window of
  a long ``other`` utterance (a formal explanation that performs no act);
- multi-act turns: openings (thanks + company + name + offer in any subset and order), random pairs
  of acts in one turn, and English+Tagalog pairs (Taglish code-switching);
- ASR-like copies: lower case, no punctuation, fillers, a misheard letter in a long word;
- context: the turn before (an identity question before "four four seven one two", a "does it
  work?" before "yes it's printing"), or none, or an unrelated turn.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import re
from pathlib import Path

import numpy as np
import yaml

from qa.fileio import atomic_write_bytes
from qa.score.acts import ACTS, ASR_MODEL_PATH, DATA_DIR, MODEL_PATH, features

SEED = 20261130
SEEDS = 1  # fits averaged into the shipped model (3 were measured, not adopted: docs/rubrics.md)
OPENING = ("thanks_for_calling", "names_company", "gives_name", "offers_help")
CONTEXT = {  # what an agent usually said just before the customer's act
    "gives_identity": ("asks_identity",),
    "confirms_fixed": ("asks_if_solved", "explains_fix"),
    "still_broken": ("asks_if_solved", "explains_fix"),
}
FILLERS = {"en": ["uh", "um", "so", "okay"], "ko": ["음", "어", "네"], "tl": ["ano", "uh", "ah", "sige"]}
GREETINGS = {"en": ["Hello,", "Good morning,", "Hi,"], "ko": ["안녕하세요,", "네,"], "tl": ["Magandang araw po,", "Hello po,"]}


def load_utterances() -> dict[str, dict[str, list[str]]]:
    data = {}
    for path in sorted(DATA_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        unknown = {a for key in doc["acts"] for a in key.split("+")} - set(ACTS) - {"other"}
        if unknown:
            raise SystemExit(f"{path}: unknown act(s) {sorted(unknown)}; acts are {ACTS}")
        # Several files may hold one language (en.yaml, en_domains.yaml): their lists are joined.
        acts = data.setdefault(doc["language"], {})
        for act, items in doc["acts"].items():
            acts.setdefault(act, []).extend(str(u) for u in items)
    return data


REAL_SPANS = DATA_DIR / "real_tune_spans.csv"
HARPER_VALLEY = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "en_harper_valley_calls"


def load_real_spans(calls_dir: Path, data: dict, spans: Path = REAL_SPANS, leave_out=()) -> int:
    """Add the labelled spans of real calls (text read from the rebuilt transcripts) to ``data``,
    but not those of the calls in ``leave_out``."""
    from qa.score.reference import parse_reference

    turns, added = {}, 0
    with spans.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            call_id, lang = row["call_id"], "en" if row["call_id"].startswith("hvb-") else "tl"
            if call_id in leave_out:
                continue
            if row["act"] not in ACTS and row["act"] != "other":
                raise SystemExit(f"{spans}: unknown act {row['act']!r} for {call_id}; acts are {ACTS}")
            if call_id not in turns:
                path = HARPER_VALLEY / f"{call_id}.ref.txt" if lang == "en" else calls_dir / f"{call_id}.txt"
                if not path.exists():
                    raise SystemExit(f"{spans}: call {call_id} is not in {path.parent}; rebuild the calls "
                                     "(../shared/tools/rebuild_riu_calls.py --dev) or leave out --real-calls")
                turns[call_id] = {t["start"]: t["text"].split() for t in parse_reference(path.read_text("utf-8"))}
            words = turns[call_id].get(float(row["turn_start"]))
            first, end = int(row["first_word"]), int(row["end_word"])
            if words is None or not 0 <= first < end <= len(words):
                raise SystemExit(f"{spans}: no turn at {row['turn_start']} s with words {first}-{end} in "
                                 f"{call_id}; the rebuilt transcript differs from the labelled one")
            data.setdefault(lang, {}).setdefault(row["act"], []).append(" ".join(words[first:end]))
            added += 1
    return added


def labels_of(key: str) -> frozenset:
    """The acts of an utterance listed under ``key``: "other" performs none, "a+b" performs both (a
    next step said with its time frame: "담당 기사님이 내일 오전 중으로 전화드릴 거예요")."""
    return frozenset() if key == "other" else frozenset(key.split("+"))


def noisy(text: str, lang: str, rng: random.Random) -> str:
    """An ASR-like copy: lower case, no punctuation, maybe a filler and a misheard letter."""
    words = re.sub(r"[^\w\s'\-]", " ", text.lower()).split()
    if words and rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS[lang]))
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if long and rng.random() < 0.4:
        i = rng.choice(long)
        j = rng.randrange(1, len(words[i]) - 1)
        words[i] = words[i][:j] + rng.choice("aeioumnrst") + words[i][j + 1:]
    return " ".join(words)


def examples(data, rng: random.Random) -> list[tuple[str, str | None, frozenset]]:
    """(text, context text or None, acts) for training."""
    out = []
    for lang, acts in sorted(data.items()):
        others = acts.get("other", [])
        pool = [(a, u) for a, items in sorted(acts.items()) for u in items]

        def context_for(act):
            if act in CONTEXT and rng.random() < 0.7:
                before = [u for a in CONTEXT[act] for u in acts.get(a, [])]
                return rng.choice(before) if before else None
            return rng.choice(others) if others and rng.random() < 0.5 else None

        for act, text in pool:
            out.append((text, context_for(act), labels_of(act)))
        for _ in range(120):  # openings: a subset of the four greeting acts in one turn
            chosen = [a for a in OPENING if rng.random() < 0.6 and acts.get(a)] or [rng.choice(OPENING)]
            if rng.random() < 0.2:
                rng.shuffle(chosen)
            parts = ([rng.choice(GREETINGS[lang])] if rng.random() < 0.4 else []) + \
                [rng.choice(acts[a]) for a in chosen if acts.get(a)]
            out.append((" ".join(parts), None, frozenset(a for a in chosen if acts.get(a))))
        for _ in range(250):  # two acts in one turn (an "other" part adds no act)
            (a1, u1), (a2, u2) = rng.sample(pool, 2)
            out.append((f"{u1} {u2}", context_for(a2), labels_of(a1) | labels_of(a2)))
        if lang == "tl" and "en" in data:  # Taglish: an English sentence beside a Tagalog one
            en_pool = [(a, u) for a, items in sorted(data["en"].items()) for u in items]
            for _ in range(100):
                (a1, u1), (a2, u2) = rng.choice(pool), rng.choice(en_pool)
                pair = [(a1, u1), (a2, u2)] if rng.random() < 0.5 else [(a2, u2), (a1, u1)]
                out.append((" ".join(u for _, u in pair), None, labels_of(a1) | labels_of(a2)))
        for text in others:  # every window of a long run-on turn that does nothing (formal explanations)
            words = text.split()
            for start in range(0, len(words) - 14, 6):
                out.append((" ".join(words[start:start + 12]), None, frozenset()))
        for _ in range(250):  # a cut through three turns' worth of speech, as ASR run-ons are tagged
            parts = rng.sample(pool, 3)
            words = [(a, i) for i, (a, u) in enumerate(parts) for _ in u.split()]
            size = rng.randint(8, 14)
            start = rng.randrange(max(1, len(words) - size + 1))
            inside = words[start:start + size]
            text = " ".join(" ".join(u for _, u in parts).split()[start:start + size])
            labels = frozenset().union(*(labels_of(a) for i, (a, u) in enumerate(parts)
                                         if sum(1 for _, j in inside if j == i) >= 0.7 * len(u.split())))
            out.append((text, None, labels))
    noisy_copies = []
    for text, context, labels in out:
        if rng.random() < 0.6:
            lang = "ko" if re.search(r"[\uac00-\ud7a3]", text) else ("tl" if " po" in f" {text}" else "en")
            noisy_copies.append((noisy(text, lang, rng), context, labels))
    return out + noisy_copies


def embed_examples(items, embedder) -> tuple[np.ndarray, np.ndarray]:
    from qa.score.text import normalise

    texts = [normalise(t) for t, _, _ in items]
    contexts = [normalise(c) if c else "" for _, c, _ in items]
    unique = sorted(set(texts) | {c for c in contexts if c})
    vectors = {}
    for start in range(0, len(unique), 64):
        chunk = unique[start:start + 64]
        vectors.update(zip(chunk, embedder.embed(chunk)))
    zero = np.zeros(384, dtype=np.float32)
    x = features(np.stack([vectors[t] for t in texts]), np.stack([vectors[c] if c else zero for c in contexts]))
    y = np.array([[act in labels for act in ACTS] for _, _, labels in items], dtype=np.int8)
    return x, y


def fit(x: np.ndarray, y: np.ndarray, c: float = 32.0) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    weights, bias = np.zeros((x.shape[1], y.shape[1]), np.float32), np.zeros(y.shape[1], np.float32)
    for j in range(y.shape[1]):
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(x, y[:, j])
        weights[:, j], bias[j] = model.coef_[0], model.intercept_[0]
    return weights, bias


def training_items(data, seed: int, garble: float = 0.0) -> list[tuple[str, str | None, frozenset]]:
    """The examples one fit of the ensemble is trained on: those drawn with ``seed``, plus garbled
    copies of a ``garble`` share of the Tagalog ones (the model for recognised speech)."""
    rng = random.Random(seed)
    items = examples(data, rng)
    if garble:
        from qa.score.asr_noise import garbled_copies

        items += garbled_copies(items, rng, garble)
    return items


def inputs_digest(item_sets) -> str:
    """sha256 of every fit's examples (text, context, sorted acts), in order: what a model was
    trained on, recorded in the file so a test can tell a stale model without embedding anything."""
    digest = hashlib.sha256()
    for items in item_sets:
        for text, context, labels in items:
            digest.update(json.dumps([text, context, sorted(labels)], ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n--\n")
    return digest.hexdigest()


def build(data, seeds: list[int], embedder, garble: float = 0.0, check_first: bool = False):
    """(weights, bias, digest): the average of one fit per seed."""
    item_sets = [training_items(data, seed, garble) for seed in seeds]
    weights, bias = [], []
    for seed, items in zip(seeds, item_sets):
        x, y = embed_examples(items, embedder)
        print(f"seed {seed}: {len(items)} examples, {int(y.sum())} act labels, {x.shape[1]} features")
        if check_first and seed == seeds[0]:
            check(x, y, random.Random(SEED))
        w, b = fit(x, y)
        weights.append(w)
        bias.append(b)
    return np.mean(weights, axis=0), np.mean(bias, axis=0), inputs_digest(item_sets)


def save_model(out: Path, weights, bias, seeds: list[int], digest: str) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=weights.astype(np.float16), bias=bias.astype(np.float32),
                        acts=np.array(ACTS), seeds=np.array(seeds, dtype=np.int64), inputs_sha256=np.array(digest))
    atomic_write_bytes(out, buffer.getvalue())


def held_back(n: int, parts: int, rng: random.Random) -> tuple[list[int], list[int]]:
    """(test rows, training rows): a shuffled 1/``parts`` of ``n`` rows held back."""
    order = list(range(n))
    rng.shuffle(order)
    cut = n // parts
    return order[:cut], order[cut:]


def check(x, y, rng: random.Random) -> None:
    """Per-act precision/recall on a held-back 20 % (of the training material: in-sample style)."""
    test, train = held_back(len(x), 5, rng)
    weights, bias = fit(x[train], y[train])
    p = 1 / (1 + np.exp(-(x[test] @ weights + bias))) >= 0.5
    print(f"{'act':22} {'prec':>5} {'rec':>5} {'n':>4}")
    for j, act in enumerate(ACTS):
        t, q = y[test, j] == 1, p[:, j]
        print(f"{act:22} {(t & q).sum() / max(q.sum(), 1):5.2f} {(t & q).sum() / max(t.sum(), 1):5.2f} {t.sum():4d}")


def main(argv=None) -> None:
    from qa.score.embed import Embedder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print a held-back per-act table first")
    parser.add_argument("--real-calls", default=os.environ.get("QA_ACTS_REAL_CALLS"),
                        help="rebuilt Tagalog dev calls (e.g. /tmp/tl_dev): adds the acts of real_tune_spans.csv")
    parser.add_argument("--asr-calls", default=os.environ.get("QA_ACTS_ASR_CALLS"),
                        help="ASR call JSON of the tuning calls (qa.score.asr_spans): adds asr_tune_spans.csv")
    parser.add_argument("--garble", type=float, default=0.0, metavar="SHARE",
                        help="add Whisper-like garbled copies of this share of the Tagalog examples "
                             "(qa.score.asr_noise; the recognised-speech model, docs/rubrics.md)")
    parser.add_argument("--leave-out", action="append", default=[], metavar="CALL_ID",
                        help="skip this call's spans, ASR and real (leave-one-call-out measurements); repeatable")
    parser.add_argument("--seeds", type=int, default=SEEDS, metavar="K",
                        help=f"fits averaged into the model, with seeds --seed, --seed+1, ... (default {SEEDS})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the first fit's seed (default {SEED})")
    parser.add_argument("--out", default=str(MODEL_PATH),
                        help=f"model file to write (default {MODEL_PATH.name}; the model for recognised "
                             f"speech is {ASR_MODEL_PATH.name}, scripts/asr_act_model.sh)")
    args = parser.parse_args(argv)
    data = load_utterances()
    if args.real_calls:
        added = load_real_spans(Path(args.real_calls), data, leave_out=set(args.leave_out))
        print(f"{added} labelled spans of real tuning calls added")
    else:
        print(f"note: {REAL_SPANS.name} skipped (no --real-calls), as for the shipped model")
    if args.asr_calls:
        from qa.score.asr_spans import load_asr_spans

        added = load_asr_spans(Path(args.asr_calls), data, leave_out=set(args.leave_out))
        print(f"{added} labelled spans of the tuning calls' ASR added")
    seeds = [args.seed + k for k in range(args.seeds)]
    weights, bias, digest = build(data, seeds, Embedder(), args.garble, check_first=args.check)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_model(out, weights, bias, seeds, digest)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB; {len(seeds)} fits averaged)")


if __name__ == "__main__":
    main()
