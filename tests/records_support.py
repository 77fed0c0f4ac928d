"""Datasets for the record tests and the benchmark, built from the labelled corpus."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
# Rules that run fast, with safe fixes (spacing, duplicated-word) and an unsafe one (read-insertion).
FAST_RULES = "spacing,duplicated-word,read-insertion"


def corpus_paragraphs() -> list[tuple[str, str]]:
    """(language, paragraph) for every paragraph of the corpus, in a stable order."""
    found = []
    for path in sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.md")]):
        language = path.name[:2]
        found += [(language, block) for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    return found


def corpus_records(count: int) -> list[dict]:
    """`count` records, each two corpus paragraphs of one language (distinct pairs for the first 100,000s)."""
    paragraphs = corpus_paragraphs()
    by_language: dict[str, list[str]] = {}
    for language, block in paragraphs:
        by_language.setdefault(language, []).append(block)
    records = []
    for index in range(count):
        language, first = paragraphs[index % len(paragraphs)]
        same = by_language[language]
        second = same[(index // len(paragraphs) + 1) % len(same)]
        records.append({"id": f"r{index:06d}", "lang": language, "text": f"{first}\n\n{second}"})
    return records


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[bytes, ...] = ()) -> Path:
    with open(path, "wb") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        for line in extra_lines:
            handle.write(line + b"\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
