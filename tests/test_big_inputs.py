"""Ordinary-looking but big inputs end, with findings or none, never a hang or a traceback.

Each case once took from seconds to minutes, or ran out of memory, in a quadratic rule (see
tests/benchmarks/ for the speed itself). The timeouts are generous: they catch a hang, they
do not measure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from linter import document
from linter.config import Settings
from linter.engine import lint_source
from linter.source import Source
from newslint_run import newslint

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_434f281fc8fc4eb1.txt"
HANG = 600  # seconds: far above what each case takes on a loaded two-core machine


def _words(count: int) -> str:
    return " ".join(SEED.read_text(encoding="utf-8").split() * (count // 500 + 1))


CASES = {
    "one line of 100 KB": lambda: _words(20_000)[:100_000] + "\n",
    "a token of 40 KB": lambda: "Inizio del testo. " + "a" * 40_000 + " fine del testo.\n",
    "a token of 40 KB with accents": lambda: "Inizio. " + "abcè" * 10_000 + " fine.\n",
    "a token of 10 MB": lambda: "Inizio. " + "a" * 10_000_000 + " fine.\n",
    "an article repeated to 4 MB": lambda: ((SEED.read_text(encoding="utf-8") + "\n\n") * 700)[:4_000_000],
    # lowercase-sentence-start read each `? word`'s sentence by splitting the paragraph up to it
    "a paragraph of 1 MB with a question every 100 characters": lambda: (
        "Titolo\n\n" + "Chi paga davvero il conto della nuova piazza? la giunta non risponde e i cittadini aspettano. " * 10_500
        + "\n"),
    # unbalanced-quotes counted the paragraph's quotes again for each `”` that closed nothing
    "a paragraph of 0.5 MB of closing quotes glued to words": lambda: (
        "Fue una noche" + " palabra”" * 55_000 + ".\n"),
    # unbalanced-quotes cut the paragraph, and the text before the mark, for each mark left open
    "a paragraph of 1 MB of opening quotes": lambda: "Fue una noche" + " palabra «cita" * 80_000 + ".\n",
    # truncated-text looked back over every space to an ellipsis at each position of a run of spaces
    "an ellipsis before 200 KB of spaces and tabs": lambda: "Il sindaco ha parlato…" + " \t" * 100_000 + "fine.\n",
    # embed-remnant asked whether each announcement's next line was reported, recursing down a run
    "3,000 embed announcements in a row": lambda: (
        "El pleno aprobó ayer el presupuesto municipal con los votos del gobierno local.\n\n"
        + "Así lo explicó el alcalde en este vídeo:\n\n" * 3_000),
}


@pytest.mark.parametrize("case", CASES)
def test_big_input_ends_with_findings_or_none(tmp_path, case):
    article = tmp_path / "big.txt"
    article.write_text(CASES[case](), encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("max_file_size: 20000000\n", encoding="utf-8")  # over the default cap
    done = newslint("check", "--format", "json", article, cwd=tmp_path, timeout=HANG)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr


def test_a_run_of_spaces_after_an_ellipsis_keeps_truncated_text_in_time(tmp_path):
    """The stub after an ellipsis was looked for behind every space of a run: 200 KB took past
    the pattern's time limit, and the rule was skipped with a warning."""
    article = tmp_path / "spaces.txt"
    article.write_text(CASES["an ellipsis before 200 KB of spaces and tabs"](), encoding="utf-8")
    done = newslint("check", "--lang", "it", "--select", "truncated-text", article, cwd=tmp_path, timeout=HANG)
    assert done.returncode in (0, 1), done.stderr
    assert "skipped" not in done.stderr


def test_many_findings_on_one_long_line_end_in_the_text_report(tmp_path):
    """The text report's excerpt read the whole line again for each finding on it: a 0.5 MB
    paragraph with 5,000 findings took minutes."""
    article = tmp_path / "big.txt"
    article.write_text(CASES["a paragraph of 1 MB with a question every 100 characters"](), encoding="utf-8")
    done = newslint("check", article, cwd=tmp_path, timeout=HANG)
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("lowercase-sentence-start") >= 10_000


def test_a_big_text_cuts_each_reported_line_once(monkeypatch):
    """A big text's lines are cut from it when asked for (`document.Lines`), and the result's
    excerpts cut the reported line once per finding on it: a paragraph of 2 MB with 21,000
    findings copied 40 GB, most of its run (1 MB: 2.9 s, 2 MB: 9.5 s; now 2.5 s and 5.1 s)."""
    monkeypatch.setattr(document, "LISTED_LINES_LIMIT", 0)  # every text's lines cut as a big one's are
    cuts = []
    cut = document.Lines.__getitem__
    monkeypatch.setattr(document.Lines, "__getitem__", lambda lines, index: cuts.append(index) or cut(lines, index))
    question = "Chi paga davvero il conto della nuova piazza? la giunta non risponde e i cittadini aspettano. "
    result = lint_source(Source("Titolo\n\n" + question * 300), "big.txt", Settings(), "plaintext")
    assert len(result.diagnostics) >= 300 and result.lines[3].startswith("Chi paga")
    assert cuts.count(2) < 100  # the rules' own asks, not one a finding


def test_a_paragraph_of_open_quotes_is_cut_once(monkeypatch):
    """unbalanced-quotes cut the paragraph, then the text before the mark, for each mark left
    open: a paragraph of 1 MB of `«` took 25 s in it (now 0.1 s); it is cut once a paragraph."""
    cuts = []
    cut = document.Document.block_text
    monkeypatch.setattr(document.Document, "block_text", lambda doc, block: cuts.append(block.start) or cut(doc, block))
    result = lint_source(Source("Fue una noche" + " palabra «cita" * 3_000 + ".\n"), "big.txt", Settings(), "plaintext")
    assert sum(d.rule == "unbalanced-quotes" for d in result.diagnostics) == 3_000
    assert len(cuts) < 100
