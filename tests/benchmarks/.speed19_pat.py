import sys, tempfile, shutil, time
from pathlib import Path
from collections import defaultdict
sys.path.insert(0, str(Path(__file__).parent))
import bench_rules
from bench_parallel import build
from linter.config import Settings
from linter import timed_pattern
T = timed_pattern.TimedPattern
orig = T.finditer
acc = defaultdict(lambda: [0.0, 0, 0])
on = [False]
def finditer(self, *args, **kw):
    s = time.perf_counter()
    r = list(orig(self, *args, **kw))
    if on[0]:
        a = acc[(self.pattern[:90], len(args) > 1)]
        a[0] += time.perf_counter() - s; a[1] += 1; a[2] += len(r)
    return iter(r)
T.finditer = finditer
work = Path(tempfile.mkdtemp(prefix="speed19-pat-"))
build(work / "articles", int(sys.argv[1]))
paths = sorted((work / "articles").iterdir())
settings = Settings(max_file_size=bench_rules.LIMIT)
warm = defaultdict(float)
for p in paths[:30]:
    bench_rules.lint(p, settings, warm)
on[0] = True
for p in paths:
    bench_rules.lint(p, settings, warm)
shutil.rmtree(work, ignore_errors=True)
tot = sum(a[0] for a in acc.values())
print(f"total finditer {tot:.3f} s")
for k, a in sorted(acc.items(), key=lambda kv: -kv[1][0])[:25]:
    print(f"{a[0]:7.3f} s {a[1]:6d} calls {a[2]:5d} hits {'lines' if k[1] else 'WHOLE'} {k[0]!r}")
