"""The midsentence-capital model: its signals, its trees, and what the rule reports with it."""
from __future__ import annotations

from pathlib import Path

from linter import capitalmodel
from linter.checks.capitals import MidsentenceCapitalCheck
from linter.config import Settings
from linter.engine import lint_text, prepare_document
from linter.registry import load_registry
from linter.rulesdir import CAPITAL_MODEL_FILE, builtin_rules_dir
from linter.sentences import word_contexts

RULE = "midsentence-capital"


def candidate_features(text: str, language: str) -> dict[str, dict[str, float]]:
    """The model's signals for each capital the rule looks at, by word."""
    registry = load_registry()
    doc = prepare_document(text, "a.txt", Settings(language=language), "text", registry.languages)
    doc.lang_data = registry.languages[language]
    check = MidsentenceCapitalCheck(registry.spec(RULE))
    lists = check.word_lists(doc)
    return {c.context.token.text: check.features(doc, word_contexts(doc), c)
            for c in check.candidates(doc, lists) if check.for_model(doc, c, lists, word_contexts(doc))}


def flagged(text: str, language: str) -> list[str]:
    return [text.split("\n")[d.line - 1][d.column - 1:d.end_column - 1]
            for d in lint_text(text, language=language, select=[RULE])]


def test_features_read_frequency_document_and_neighbours() -> None:
    text = ("Le conseil municipal a voté mardi soir. Les habitants attendaient une décision rapide,"
            " mais la Décision finale viendra en mars, selon Martin, maire adjoint de Paul Durand.\n")
    features = candidate_features(text, "fr")
    slip, name = features["Décision"], features["Martin"]
    assert slip["lower_elsewhere"] == 1.0 and "lower_elsewhere" not in name
    assert slip["prev_function"] == 1.0 and slip["next_content"] == 1.0
    assert name["prev_content"] == 1.0 and name["before_mark"] == 1.0
    assert slip["zipf_4_up"] == 1.0 and slip["language_fr"] == 1.0
    assert "Durand" not in features  # it goes on a name's capital: the model does not judge it


def test_features_read_the_word_classes_of_the_capital_and_its_neighbours() -> None:
    """The dictionary writes `riforma` only in lower case (a noun), `Rossi` never (a name)."""
    text = "Il sindaco ha annunciato una Riforma radicale del servizio, spiegò poi Rossi ai giornalisti.\n"
    features = candidate_features(text, "it")
    slip, name = features["Riforma"], features["Rossi"]
    assert slip["class_noun"] == 1.0 and slip["prev_indefinite"] == 1.0 and slip["next_class_noun"] == 1.0
    assert name["class_open"] == 1.0 and name["prev_class_adverb"] == 1.0 and "prev_indefinite" not in name


def test_german_nouns_and_verbs_differ_in_what_the_text_writes_elsewhere() -> None:
    text = ("Die Preise steigen seit Monaten. Händler erwarten, dass die Kosten weiter Steigen werden,"
            " sagte ein Sprecher der Kammer am Montag in Köln.\n")
    features = candidate_features(text, "de")
    assert features["Steigen"]["lower_elsewhere"] == 1.0  # `steigen` above: a verb
    assert "lower_elsewhere" not in features["Kosten"]  # a noun, capitalised everywhere
    assert features["Kosten"]["prev_noun_opener"] == 1.0 and "prev_noun_opener" not in features["Steigen"]


def test_trees_are_walked_by_the_signals_present() -> None:
    tree = [["prev_function", 1, 2], [2.0], [-2.0]]
    model = capitalmodel.Model(0.0, [tree, [[0.5]]], {"fr": 0.9})
    assert capitalmodel.score(model, {"prev_function": 1.0}) > 0.9
    assert capitalmodel.score(model, {}) < 0.2
    assert model.threshold("fr") == 0.9 and model.threshold("de") > 1.0  # no threshold: never reported


def test_a_missing_model_reports_nothing(tmp_path: Path) -> None:
    model = capitalmodel.load_model(str(tmp_path / "none.json"))
    assert model.trees == [] and model.threshold("it") > 1.0
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert capitalmodel.load_model(str(tmp_path / "bad.json")) == capitalmodel.NO_MODEL


def test_the_rule_reports_what_the_model_scores_above_the_threshold() -> None:
    text = "Il sindaco ha detto che i lavori sul Ponte sono finiti ieri sera.\n"
    silent = capitalmodel.Model(-30.0, [[[0.0]]], {"it": 0.5})
    certain = capitalmodel.Model(30.0, [[[0.0]]], {"it": 0.5})
    capitalmodel.use_model(silent)
    try:
        assert flagged(text, "it") == []
        capitalmodel.use_model(certain)
        assert flagged(text, "it") == ["Ponte"]
        capitalmodel.use_model(certain._replace(thresholds={}))
        assert flagged(text, "it") == []  # the language has no threshold
    finally:
        capitalmodel.use_model(None)
def test_shipped_model_has_trees_and_thresholds() -> None:
    model = capitalmodel.load_model(str(builtin_rules_dir() / CAPITAL_MODEL_FILE))
    assert len(model.trees) >= 50 and model.thresholds
    assert all(0.5 <= t <= 1.0 for t in model.thresholds.values())


def test_the_shipped_model_catches_common_nouns_the_written_contexts_miss() -> None:
    slips = [
        ("es", "La empresa anunció una Subida notable de las tarifas para el próximo trimestre.", "Subida"),
    ]
    for language, text, word in slips:
        capitalmodel.use_model(capitalmodel.NO_MODEL)
        try:
            assert flagged(text + "\n", language) == []  # no written context covers it
        finally:
            capitalmodel.use_model(None)
        assert [found.split()[0] for found in flagged(text + "\n", language)] == [word]


def test_a_common_noun_after_an_indefinite_article_needs_no_model() -> None:
    """The word classes know these nouns only in lower case, and no institution takes `uma`."""
    capitalmodel.use_model(capitalmodel.NO_MODEL)
    try:
        for text, word in [
            ("A empresa anunciou uma Subida acentuada das tarifas para o próximo trimestre.", "Subida"),
            ("O autarca prometeu uma Resposta rápida às famílias afetadas pelas cheias de terça-feira.", "Resposta"),
        ]:
            assert [found.split()[0] for found in flagged(text + "\n", "pt")] == [word]
    finally:
        capitalmodel.use_model(None)


def test_the_shipped_model_leaves_institutions_alone() -> None:
    for language, text in [
        ("es", "Los vecinos protestaron porque el Ayuntamiento no ha reparado todavía la calle principal."),
        ("es", "El acuerdo fue firmado por el Gobierno y los sindicatos después de varias semanas de reuniones."),
        ("fr", "Le préfet a rappelé que la Région finance déjà la moitié des travaux de rénovation."),
        ("fr", "Le texte a été adopté par le Sénat mardi soir après un long débat."),
        ("pt", "O ministro disse que o Governo vai apresentar o plano na próxima semana aos parceiros."),
        ("pt", "A proposta será votada pela Assembleia da República no início de dezembro."),
    ]:
        assert flagged(text + "\n", language) == [], text


def test_compiled_trees_score_exactly_as_walked_ones(monkeypatch) -> None:
    """A folder run scores with the trees compiled to one function: the same floats, bit for bit."""
    import random

    model = capitalmodel.load_model(str(builtin_rules_dir() / CAPITAL_MODEL_FILE))
    names = sorted({node[0] for tree in model.trees for node in tree if len(node) == 3})
    pick = random.Random(11)
    signals = [{name: 1.0 for name in names if pick.random() < share} for share in (0.0, 0.1, 0.3, 0.6, 1.0) * 40]
    monkeypatch.setattr(capitalmodel, "COMPILE_AFTER", 10**9)
    walked = [capitalmodel.score(model, f) for f in signals]
    model = model._replace()  # a new model object: a new walker, compiled after its first score
    monkeypatch.setattr(capitalmodel, "COMPILE_AFTER", 1)
    assert [capitalmodel.score(model, f) for f in signals] == walked
    assert capitalmodel._walker.compiled is not None


def test_features_read_how_often_running_text_capitalises_the_word(monkeypatch) -> None:
    """The capital share (`capitalshare`) is a signal of the model too: `vegetación` is almost
    never written with a capital outside the document, `gobierno` often (it is in no table)."""
    text = "El portavoz explicó que el Gobierno revisará la Vegetación elegida para el parque.\n"
    features = candidate_features(text, "es")
    slip, institution = features["Vegetación"], features["Gobierno"]
    assert slip["share_known"] == slip["share_under_0.1"] == 1.0 and "share_often_capital" not in slip
    assert institution["share_often_capital"] == 1.0 and "share_known" not in institution
    # a language without a table says nothing either way
    monkeypatch.setattr(capitalmodel, "capital_share", lambda word, language: None)
    monkeypatch.setattr(capitalmodel, "has_table", lambda language: False)
    assert not any(name.startswith("share_") for f in candidate_features(text, "es").values() for name in f)




def test_features_read_the_estimated_share_in_italian_french_portuguese_and_dutch() -> None:
    """lex16's dictionary estimates are the model's `share_` signals too (caps17)."""
    for language, text, word in [
        ("it", "Secondo i tecnici la Siccità di luglio ha ridotto il raccolto delle aziende.\n", "Siccità"),
        ("fr", "Les agriculteurs attendent la Pluie depuis trois semaines dans la vallée.\n", "Pluie"),
        ("pt", "Os moradores disseram que a Chuva destruiu parte das plantações da aldeia.\n", "Chuva"),
        ("nl", "De boeren wachten al weken op de Regen die het land nodig heeft.\n", "Regen"),
    ]:
        assert candidate_features(text, language)[word]["share_known"] == 1.0, language


def test_features_read_whether_a_name_goes_on_or_stands_elsewhere() -> None:
    """A capital a few words after (`il Direttore generale Rossi`), a capital the article writes next
    to another capital elsewhere (`Protezione Civile`), and a preposition of place before an
    article (`in quel Parco`) are the signals of a name, not of a slip."""
    text = ("La Protezione Civile ha diffuso un avviso. Secondo la Protezione della regione il rischio"
            " resta alto, e i volontari sono già in quel Parco a controllare i sentieri con la Polizia locale.\n")
    features = candidate_features(text, "it")
    assert features["Protezione"]["in_name_elsewhere"] == 1.0
    assert "in_name_elsewhere" not in features["Parco"] and features["Parco"]["place_two_before"] == 1.0
    text = "Il rimborso arriverà dalla Agenzia entro giugno, ha spiegato un funzionario delle Entrate.\n"
    assert "name_after" not in candidate_features(text, "it")["Agenzia"]
    text = "Il rimborso arriverà dalla Agenzia delle Entrate entro giugno, ha spiegato un funzionario.\n"
    assert "Agenzia" not in candidate_features(text, "it")  # it opens a linked name: never judged
    text = "Domani il Consiglio di Stato deciderà sul ricorso presentato dal comune.\n"
    assert "Consiglio" not in candidate_features(text, "it")
    text = "Ha parlato con il Direttore generale Rossi durante la cerimonia di ieri.\n"
    assert candidate_features(text, "it")["Direttore"]["name_after"] == 1.0


def test_the_shipped_model_catches_a_common_noun_after_an_article_or_a_number() -> None:
    """The model retrained with the share in every language and the name signals (caps17)
    judges these slips, which the one before scored under its thresholds."""
    for language, text, word in [
        ("pt", "Segundo o sindicato, a adesão à greve ronda os 90 %. Os Estivadores exigem contratos"
               " permanentes e melhores salários.", "Estivadores"),
        ("es", "La patronal, por su parte, critica el alza de las Cotizaciones sociales, que a su juicio"
               " frena el empleo.", "Cotizaciones"),
        ("es", "El alcalde ganó por solo 212 Votos al candidato saliente, según el recuento oficial.", "Votos"),
        ("it", "Da settimane i pescatori segnalano una Moria di pesci nelle insenature meno profonde del lago.", "Moria"),
    ]:
        assert [found.split()[0] for found in flagged(text + "\n", language)] == [word], text


def test_a_name_in_apposition_and_a_german_noun_after_a_numeral_are_not_judged() -> None:
    """`thuisbasis Schoten` (a town after the noun it names), `fünf Geschossen` (a noun)."""
    certain = capitalmodel.Model(30.0, [[[0.0]]], {"nl": 0.5, "de": 0.5})
    capitalmodel.use_model(certain)
    try:
        assert flagged("Zij woonde jaren in haar thuisbasis Schoten tussen Antwerpen en Brasschaat.\n", "nl") == []
        assert "Geschossen" not in flagged("Geplant sind vier Häuser mit fünf Geschossen und einem Dachgarten.\n", "de")
        assert flagged("Zij woonde jaren in een Huis tussen de velden.\n", "nl") == ["Huis"]
    finally:
        capitalmodel.use_model(None)
