"""The shipped word classes: which words a language writes only in lower case, and as what."""
from linter.wordclasses import ADJECTIVE, ADVERB, NOUN, VERB, lower_case_class


def test_each_language_ships_its_table():
    for language, word in (("en", "hospital"), ("de", "gestern"), ("it", "trimestre"), ("nl", "verkeerd"),
                           ("fr", "rapidement"), ("es", "tractores"), ("pt", "vegetação")):
        assert lower_case_class(word, language) is not None, (language, word)


def test_classes_follow_the_readings():
    assert lower_case_class("warnte", "de") == VERB
    assert lower_case_class("ziemlich", "de") == ADJECTIVE  # an adjective and an adverb
    assert lower_case_class("partially", "en") == ADVERB
    assert lower_case_class("hospital", "en") == NOUN
    assert lower_case_class("were", "en") == VERB


def test_a_word_also_written_as_a_name_or_german_noun_has_no_class():
    assert lower_case_class("rose", "en") is None  # `Rose` is a name
    assert lower_case_class("haus", "de") is None  # German writes its nouns with a capital
    assert lower_case_class("snel", "nl") is None  # `Snel` is a surname


def test_no_language_or_an_unknown_one_has_no_classes():
    assert lower_case_class("hospital", None) is None
    assert lower_case_class("hospital", "xx") is None
