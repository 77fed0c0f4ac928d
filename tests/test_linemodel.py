"""The line model: general features per line, a logistic score, and its use by byline-remnant."""
from __future__ import annotations

from linter import linemodel
from linter.engine import lint_text
from linter.rulesdir import builtin_rules_dir

PARAGRAPH = ("Die Koalition will das Gesetz noch vor der Sommerpause durch den Bundestag bringen,"
             " hieß es am Dienstag aus dem Kanzleramt in Berlin.")
# A name alone between the paragraphs of an article, as a scraped byline box leaves it.
ARTICLE = "\n\n".join([
    PARAGRAPH,
    "Die Opposition kritisierte den Zeitplan scharf und kündigte an, im Ausschuss zahlreiche Änderungen zu verlangen.",
    "{line}",
    "Nach Angaben des Ministeriums sollen die neuen Regeln bereits zum ersten Januar des kommenden Jahres gelten.",
    "Verbände der Wirtschaft begrüßten den Entwurf grundsätzlich, forderten aber längere Übergangsfristen für kleine Betriebe.",
    "Der Bundesrat muss dem Gesetz nicht zustimmen, kann aber den Vermittlungsausschuss anrufen und so das Verfahren verzögern.",
]) + "\n"


def features_of(text: str, language: str = "de") -> list[dict[str, float] | None]:
    from linter.config import Settings
    from linter.engine import prepare_document
    from linter.registry import load_registry

    languages = load_registry().languages
    doc = prepare_document(text, "a.txt", Settings(language=language), "text", languages)
    doc.lang_data = languages[language]
    return linemodel.line_features(doc)


def test_features_describe_shape_position_and_neighbours() -> None:
    features = features_of(f"{PARAGRAPH}\n\nAnna Sleegers\n\n{PARAGRAPH}\n")
    assert features[1] is None and features[3] is None  # blank lines have none
    prose, name = features[0], features[2]
    assert prose["ends_sentence"] == 1.0 and name["ends_sentence"] == 0.0
    assert name["len_2_3"] == 1.0 and name["function_share"] == 0.0 and prose["function_share"] > 0.2
    assert name["prev_sentence"] == 1.0 and name["next_sentence"] == 1.0 and name["short_alone"] == 1.0


def test_score_is_a_probability_and_weights_override() -> None:
    features = features_of(f"{PARAGRAPH}\n")[0]
    assert 0.0 < linemodel.score(linemodel.load_weights(str(builtin_rules_dir() / linemodel.MODEL_FILE)),
                                 features) < 1.0
    assert linemodel.score({"bias": 30.0}, features) > 0.99
    assert linemodel.score({}, features) == 0.5


def test_shipped_model_has_weights() -> None:
    weights = linemodel.load_weights(str(builtin_rules_dir() / linemodel.MODEL_FILE))
    assert {"bias", "ends_sentence", "function_share", "prev_sentence"} <= set(weights)


def flagged(line: str, bias: float, fmt: str = "text") -> list[int]:
    """byline-remnant's lines in ARTICLE, with a model that scores every line by `bias` alone."""
    linemodel.use_weights({"bias": bias})
    try:
        return [d.line for d in lint_text(ARTICLE.format(line=line), language="de", select=["byline-remnant"], fmt=fmt)]
    finally:
        linemodel.use_weights(None)


def test_the_model_decides_a_name_between_paragraphs() -> None:
    assert flagged("Anna Sleegers", 30.0) == [5]
    assert flagged("Anna Sleegers", -30.0) == []


def test_the_shape_and_the_layout_come_first() -> None:
    # Whatever the model says: a subhead with an article, a Markdown heading, a sentence.
    assert flagged("Die Ergebnisse", 30.0) == []
    assert flagged("## Anna Sleegers", 30.0, "markdown") == []
    assert flagged("Anna Sleegers sagte das.", 30.0) == []


def test_features_come_one_line_at_a_time_with_the_blank_lines_in_place() -> None:
    """probabilities() scores each line's features as they come, so a 10 MB text never holds a
    dictionary for each of its lines at once (peak RSS 534 -> 274 MB in bench_peers.py's 10 MB
    file); the lines, their order and the blanks at the start, inside and at the end are kept."""
    import types

    from linter.config import Settings
    from linter.engine import prepare_document
    from linter.registry import load_registry

    languages = load_registry().languages
    text = f"\n\n{PARAGRAPH}\n\n\nAnna Sleegers\n{PARAGRAPH}\n\n\n"
    doc = prepare_document(text, "a.txt", Settings(language="de"), "text", languages)
    doc.lang_data = languages["de"]
    lazy = linemodel.iter_line_features(doc)
    assert isinstance(lazy, types.GeneratorType)
    features = list(lazy)
    assert len(features) == len(doc.prose_lines)
    assert [f is None for f in features] == [not line.strip() for line in doc.prose_lines]
    assert features == linemodel.line_features(doc)
    weights = linemodel.load_weights(linemodel.os.path.join(linemodel.builtin_rules_folder(), linemodel.MODEL_FILE))
    assert linemodel.probabilities(doc) == [None if f is None else linemodel.score(weights, f) for f in features]
