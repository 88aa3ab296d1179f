"""Make v2.sqlite: a results store written by qa 0.1 (schema version 2, the last released one), so the
migration tests open a store that released code wrote, not one today's code wrote into an old schema.

Run from the repository root (needs git history): python tests/data/stores/make_v2_store.py
"""
import importlib.util
import subprocess
import sys
from pathlib import Path

RELEASED = "c883299"  # qa 0.1 on main, schema version 2
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: the synthetic fixture factory

source = subprocess.run(["git", "show", f"{RELEASED}:qa/store.py"], capture_output=True, text=True, check=True).stdout
module_path = HERE / "_released_store.py"
module_path.write_text(source)
try:
    spec = importlib.util.spec_from_file_location("released_store", module_path)
    released = importlib.util.module_from_spec(spec)
    sys.modules["released_store"] = released
    spec.loader.exec_module(released)
    from synthetic import make_calls

    target = HERE / "v2.sqlite"
    target.unlink(missing_ok=True)
    with released.Store(target) as store:
        assert store.schema_version == 2
        batch = store.start_batch(command="synthetic", options={"count": 5})
        with store.transaction():
            for item in make_calls(5):
                store.save_call(item.call, batch_id=batch)
                store.save_ticket(item.ticket)
                store.save_result(item.result, batch_id=batch)
        store.finish_batch(batch, ok=5, failed=0)
    print(target, target.stat().st_size, "bytes")
finally:
    module_path.unlink()
