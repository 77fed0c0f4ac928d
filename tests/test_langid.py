"""Language identification from the flat copy of py3langid's model answers as py3langid does."""
from __future__ import annotations

from pathlib import Path

import pytest

from linter import langid
from linter.lexicon import SUPPORTED

ROOT = Path(__file__).resolve().parents[1]
py3langid = pytest.importorskip("py3langid.langid")


def texts() -> list[str]:
    found = []
    for path in sorted([*ROOT.glob("tests/corpus/*.txt"), *ROOT.glob("tests/corpus/*.md"), *ROOT.glob("seeds/*.txt")]):
        text = path.read_text(encoding="utf-8")
        found += [text, *(line for line in text.splitlines() if line.strip())]
    return found + ["", "12 345", "BREAKING NEWS FROM ROME", "Read more"]


@pytest.mark.parametrize("languages", [None, sorted(SUPPORTED)], ids=["all", "seven"])
def test_answers_are_py3langids(languages):
    reference = py3langid.LanguageIdentifier.from_model_file(py3langid.MODEL_FILE, norm_probs=True)
    if languages:
        reference.set_languages(languages)
    for text in texts():
        expected_language, expected_confidence = reference.classify(text)
        language, confidence = langid.classify(text, languages)
        assert language == expected_language, text[:80]
        assert confidence == pytest.approx(expected_confidence, abs=1e-4), text[:80]


def test_a_damaged_model_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langid._model.cache_clear()
    try:
        assert langid.classify("Il governo ha approvato la manovra ieri sera.")[0] == "it"
        (built,) = (tmp_path / "newslint" / "langid").iterdir()
        data = bytearray(built.read_bytes())
        built.write_bytes(bytes(data[:len(data) // 2]))  # cut short
        langid._model.cache_clear()
        assert langid.classify("The government approved the budget last night.")[0] == "en"
        assert built.stat().st_size == len(data)
        built.write_bytes(bytes(data[:64]) + b"\xff" * (len(data) - 64))  # the right size, garbage inside
        langid._model.cache_clear()
        assert langid.classify("Die Regierung hat den Haushalt gestern Abend beschlossen.")[0] == "de"
    finally:
        langid._model.cache_clear()


def test_numpy_scoring_gives_the_plain_scorings_doubles(monkeypatch):
    model = langid._model()
    for languages in (None, frozenset(SUPPORTED)):
        for text in texts():
            monkeypatch.setattr(langid, "NUMPY_PRODUCTS", 10**9)
            plain = model.classify(text, languages)
            monkeypatch.setattr(langid, "NUMPY_PRODUCTS", 0)
            model._long_texts = 1  # the run's first long text is scored in plain Python
            assert model.classify(text, languages) == plain, text[:80]



def test_the_seven_languages_model_gives_the_whole_models_doubles(monkeypatch):
    seven = frozenset(SUPPORTED)
    whole, narrowed = langid._model(), langid._model_for(seven)
    assert narrowed is not whole and len(narrowed.weights) * len(whole.classes) == len(whole.weights) * len(seven)
    for products in (10**9, 0):  # plain Python, numpy
        monkeypatch.setattr(langid, "NUMPY_PRODUCTS", products)
        for text in texts():
            whole._long_texts = narrowed._long_texts = 1
            assert narrowed.classify(text, seven) == whole.classify(text, seven), text[:80]


def test_a_damaged_narrowed_model_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langid._model.cache_clear()
    text = "Il governo ha approvato la manovra ieri sera."
    try:
        expected = langid.classify(text, SUPPORTED)
        (narrowed,) = [path for path in (tmp_path / "newslint" / "langid").iterdir() if "-" in path.name]
        data = narrowed.read_bytes()
        for damaged in (data[:len(data) // 2], data.replace(b"de,en", b"en,de", 1), b"\0" * len(data)):
            narrowed.write_bytes(damaged)
            langid._model.cache_clear()
            assert langid.classify(text, SUPPORTED) == expected
            assert narrowed.read_bytes() == data
    finally:
        langid._model.cache_clear()
