"""Benchmark: the review app (qa serve) on 10,000 stored calls — call list and search latency, and
20 reviewers saving overrides at once.

The calls are cloned cheaply from real stored calls: the sample transcripts samples/call-06.json
(Korean) and samples/call-07.json (Tagalog/English), scored once by the real scorer; each clone gets
its own id, agent, date, a few verdicts changed (score and band computed again) and a few words of
its own in the transcript, so filters and searches select different calls. The app runs under
uvicorn in a subprocess (``qa serve --accounts``) and is measured over HTTP, end to end.

    .venv/bin/python benchmarks/bench_serve.py                 # 10,000 calls, 20 reviewers
    .venv/bin/python benchmarks/bench_serve.py --calls 2000 --reviewers 8 --out /tmp/bench-serve
"""
from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx

from qa.formats import load_call
from qa.model import FAIL, PASS
from qa.review import apply_overrides, final_results, overrides_for, rubric_band, score_of
from qa.serve import auth
from qa.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / "samples" / "call-06.json", ROOT / "samples" / "call-07.json")
AGENTS = [f"A-{n}" for n in range(101, 141)]
VOCABULARY = ("password", "printer", "laptop", "VPN", "outlook", "badge", "monitor", "wifi", "token", "license",
              "keyboard", "headset", "teams", "sharepoint", "mailbox", "docking", "firewall", "certificate")
PASSWORD = "benchmark password"


def seed_pairs():
    """(call, result) for each seed call: the real transcript, scored by the real scorer."""
    from qa.score import Scorer

    scorer = Scorer("helpdesk")
    calls = [load_call(path) for path in SEEDS]
    return list(zip(calls, scorer.score_many(calls)))


def clone(index: int, call, result, rng: random.Random, band):
    call_id = f"bench-{index:06d}"
    agent = AGENTS[index % len(AGENTS)]
    date = f"2026-{9 + index % 3:02d}-{1 + index % 28:02d}T{9 + index % 8:02d}:00:00"
    meta = {**call.metadata, "agent_id": agent, "agent_name": f"Agent {agent}", "date": date,
            "ticket_id": f"INC{index:07d}"}
    utterances = tuple(replace(u, text=f"{u.text} {rng.choice(VOCABULARY)}") if rng.random() < 0.2 else u
                       for u in call.utterances)
    utterances = utterances[:-1] + (replace(utterances[-1], text=f"{utterances[-1].text} ref{index:06d}"),)
    new_call = replace(call, call_id=call_id, metadata=meta, utterances=utterances)
    criteria = tuple(replace(v, verdict=FAIL if v.verdict == PASS else PASS) if v.verdict in (PASS, FAIL)
                     and rng.random() < 0.15 else v for v in result.criteria)
    score, auto_failed, _ = score_of(criteria)
    new_result = replace(result, call_id=call_id, metadata=meta, criteria=criteria, score=score,
                         band=band(score), auto_failed=auto_failed, ticket_id=meta["ticket_id"])
    return new_call, new_result


def fill(db: Path, count: int) -> float:
    from qa.rubric import load_rubric

    pairs = seed_pairs()
    band = load_rubric("helpdesk").band
    rng = random.Random(7)
    start = time.perf_counter()
    with Store(db) as store:
        batch = store.start_batch(command="bench_serve", options={"calls": count})
        with store.transaction():
            for index in range(count):
                call, result = clone(index, *pairs[index % len(pairs)], rng, band)
                store.save_call(call, batch_id=batch)
                store.save_result(result, batch_id=batch)
        store.finish_batch(batch, ok=count, failed=0)
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", "from qa.cli import main; main()", "serve", "--db", str(db),
                                "--port", str(port), "--accounts"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/login", timeout=2)
            return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("qa serve did not start")


def sign_in(url: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    response = client.post("/login", data={"csrf": token, "name": name, "password": PASSWORD, "next": "/"})
    assert response.status_code == 303, response.text[:300]
    return client


def latency(client: httpx.Client, path: str, repeats: int) -> tuple[float, float, int]:
    times, rows = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(path)
        times.append(1000 * (time.perf_counter() - start))
        assert response.status_code == 200, (path, response.status_code)
        rows = int(re.search(r'id="total">(\d+)<', response.text).group(1))
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], rows


QUERIES = (
    ("call list, first page", "/"),
    ("call list, page 100", "/?page=100"),
    ("filter: agent", "/?agent=A-107"),
    ("filter: band + language", "/?band=fail&language=tl"),
    ("filter: criterion verdict", "/?criterion=closing.thank&verdict=fail"),
    ("filter: needs review", "/?needs_review=1"),
    ("filter: date range", "/?start=2026-10-01&end=2026-10-07"),
    ("search: a word in ~1/5 of the calls", "/?q=printer"),
    ("search: a phrase in half the calls", '/?q="salamat po"'),
    ("search: one call", "/?q=ref004242"),
    ("search + filter", "/?q=laptop&agent=A-120"),
)


def concurrent_overrides(url: str, db: Path, reviewers: int, each: int) -> dict:
    """``reviewers`` threads, each signed in as its own analyst, save ``each`` overrides at once: on
    calls of their own and on a few calls every reviewer shares (different criteria)."""
    with Store(db) as store:
        ids = store.call_ids()
        criteria = [v.id for v in store.get_result(ids[0]).result.criteria]
    shared = ids[:3]
    plans = []
    for r in range(reviewers):
        own = ids[100 + r * each: 100 + (r + 1) * each]
        plan = [(c, criteria[(r + k) % len(criteria)], ("pass", "fail", "na")[(r + k) % 3]) for k, c in enumerate(own)]
        plan += [(c, criteria[r % len(criteria)], ("pass", "fail")[r % 2]) for c in shared] if r < len(criteria) else []
        plans.append(plan)
    with Store(db) as store:
        audit_before = store.connection.execute("SELECT COUNT(*) FROM audit WHERE action = 'override'").fetchone()[0]
    clients = [sign_in(url, f"reviewer{r:02d}") for r in range(reviewers)]
    token = [re.search(r'name="csrf" value="([^"]+)"', c.get(f"/calls/{ids[0]}").text).group(1) for c in clients]
    statuses, times, barrier = [], [], threading.Barrier(reviewers)

    def work(r: int):
        barrier.wait()
        for call_id, criterion, verdict in plans[r]:
            start = time.perf_counter()
            response = clients[r].post(f"/calls/{call_id}/verdicts/{criterion}",
                                       data={"verdict": verdict, "reason": f"reviewer {r}", "csrf": token[r]})
            times.append(1000 * (time.perf_counter() - start))
            statuses.append(response.status_code)

    threads = [threading.Thread(target=work, args=(r,)) for r in range(reviewers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    expected = {(c, k): (v, f"reviewer {r}") for r, plan in enumerate(plans) for c, k, v in plan}
    with Store(db) as store:
        saved = {(o.call_id, o.criterion): (o.verdict, o.reason) for found in overrides_for(store).values() for o in found}
        audit_rows = store.connection.execute("SELECT COUNT(*) FROM audit WHERE action = 'override'").fetchone()[0] \
            - audit_before
        stale = 0
        for stored in final_results(store):
            if stored.machine is None:
                continue
            row = store.connection.execute("SELECT score, band FROM final_scores WHERE call_id = ?",
                                           (stored.call_id,)).fetchone()
            band = rubric_band(store, stored.result.rubric_id, stored.result.rubric_version)
            again = apply_overrides(stored.machine, overrides_for(store, [stored.call_id])[stored.call_id], band)
            stale += row != (again.score, again.band)
    posts = sum(len(p) for p in plans)
    return {"posts": posts, "ok": sum(s == 303 for s in statuses), "wall": wall,
            "median_ms": statistics.median(times), "max_ms": max(times),
            "lost": sum(saved.get(k) != v for k, v in expected.items()), "audit": audit_rows, "stale_scores": stale}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--each", type=int, default=25, help="overrides per reviewer on calls of their own")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--out", type=Path, help="folder for the store (default: a temporary folder)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-serve-"))
    db = out / "qa.sqlite"
    if db.exists():  # a store this script filled before: measure it again without refilling
        with Store(db) as store:
            args.calls = len(store.call_ids())
        print(f"Reusing {db} ({args.calls} calls).")
    else:
        seconds = fill(db, args.calls)
        print(f"Stored {args.calls} calls in {seconds:.1f} s ({db.stat().st_size / 1e6:.0f} MB).")
    print(f"Load average before measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs).")
    with Store(db) as store:
        for r in range(args.reviewers):
            auth.add_user(store, f"reviewer{r:02d}", "analyst", PASSWORD)
    process, url = start_server(db)
    try:
        client = sign_in(url, "reviewer00")
        client.get("/")  # warm the page cache once, as any running app would be
        print(f"\n| request ({args.calls} calls, {args.repeats} runs each) | median ms | p95 ms | calls matched |")
        print("|---|---|---|---|")
        for label, path in QUERIES:
            median, p95, rows = latency(client, path, args.repeats)
            print(f"| {label} | {median:.0f} | {p95:.0f} | {rows} |")
        result = concurrent_overrides(url, db, args.reviewers, args.each)
        print(f"\n| {args.reviewers} reviewers saving overrides at once | value |\n|---|---|")
        for key in ("posts", "ok", "lost", "audit", "stale_scores"):
            print(f"| {key} | {result[key]} |")
        print(f"| wall s | {result['wall']:.1f} |\n| median save ms | {result['median_ms']:.0f} |\n"
              f"| slowest save ms | {result['max_ms']:.0f} |")
        print(f"\nLoad average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}.")
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
