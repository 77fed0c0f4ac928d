import sys, cProfile, pstats, tempfile, shutil, time
from pathlib import Path
from collections import defaultdict
sys.path.insert(0, str(Path(__file__).parent))
import bench_rules
from bench_parallel import build
from linter.config import Settings
want = set(sys.argv[2].split(","))
copies = int(sys.argv[1])
pr = cProfile.Profile()
class P(bench_rules._Timed):
    def run(self, doc):
        if self.rule.id in want:
            pr.enable(); r = list(self.rule.run(doc)); pr.disable(); return r
        return list(self.rule.run(doc))
bench_rules._Timed = P
work = Path(tempfile.mkdtemp(prefix="speed19-prof-"))
build(work / "articles", copies)
paths = sorted((work / "articles").iterdir())
settings = Settings(max_file_size=bench_rules.LIMIT)
warm = defaultdict(float)
for p in paths[:30]:
    bench_rules.lint(p, settings, warm)
pr = cProfile.Profile()
for p in paths:
    bench_rules.lint(p, settings, warm)
shutil.rmtree(work, ignore_errors=True)
pr.dump_stats("/tmp/speed19-rule.prof")
pstats.Stats(pr).sort_stats(sys.argv[3] if len(sys.argv) > 3 else "tottime").print_stats(30)
