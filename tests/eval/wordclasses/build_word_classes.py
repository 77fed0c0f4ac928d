"""Build linter/wordclasses/*.txt.gz: the words each language writes only in lower case, by class.

    python tests/eval/wordclasses/build_word_classes.py [--m2 ~/.m2/repository]

Source: LanguageTool's part-of-speech dictionaries (morfologik binaries on Maven Central, which
`newslint languagetool install` fetches into the Maven repository). They are case-aware: a form
is listed as written (`Bush` NNP, `bush` NN), with its tags. A word form goes into a language's
table when the dictionary has it only in lower case (no capitalised entry: no proper name, no
German noun, no institution it lists) and as an open-class word, and wordfreq gives it a Zipf
frequency of at least `MIN_ZIPF` (the table stays small; a slip is a common word). Its class:
the first of `noun`, `verb`, `adjective`, `adverb` that one of its readings has: no language
capitalises the last three inside a sentence. Needs java and the jars; run it once after
changing it, and commit the tables (a few hundred kB).

A second table per language, `xx.named.txt.gz`, holds the verbs, adjectives and adverbs
(never nouns) that the dictionary also writes with a capital, but only as a proper name
(`Sterk`, a Dutch surname; `sterk`, strong) or, in German, as a nominalised infinitive (`das
Sinken`; `sinken`): a capital there is a slip unless the name is meant, which the rule tells by
the context (a name recurs, a name follows a preposition of place or a role). English is left
out: its style capitalises name-made adjectives. `MIN_NAMED_ZIPF` keeps the table to common words.
"""
from __future__ import annotations

import argparse
import gzip
import math
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "linter" / "wordclasses"
JAVA = Path(__file__).with_name("DumpDictionary.java")
MIN_ZIPF = 2.5
MIN_NAMED_ZIPF = 3.0
# the languages whose dictionary tells a surname or place from a first name (Dutch), or a
# nominalised infinitive from a noun (German); elsewhere the names are mostly first names
NAMED_LANGUAGES = ("de", "nl")
# the languages that build few closed compounds (`pescaturismo` is rare), where a noun that is an
# adjective too (`nazionale`, `nuovo`, `collectif`) tells a noun and its adjective run together
ADJECTIVAL_LANGUAGES = ("es", "fr", "it", "pt")
NOMINALISED_INFINITIVE = re.compile(r"SUB:.*:INF$|VER")  # German `das Sinken` (and verb forms it lists with a capital)
FIRST_NAME = re.compile(r"ENM:PER:FST")  # Dutch `Joris`: a first name may stand alone, once
MORFOLOGIK = ("org/carrot2/morfologik-fsa/2.1.9/morfologik-fsa-2.1.9.jar",
              "org/carrot2/morfologik-stemming/2.1.9/morfologik-stemming-2.1.9.jar",
              "com/carrotsearch/hppc/0.8.2/hppc-0.8.2.jar")
# language: (jar in the Maven repository, dictionary resource, licence, tag patterns by class)
SOURCES = {
    "en": ("org/languagetool/english-pos-dict/0.6/english-pos-dict-0.6.jar", "en/english.dict", "LGPL-2.1",
           {"proper": r"NNP", "noun": r"NN", "verb": r"VB|MD", "adjective": r"JJ", "adverb": r"RB"}),
    "de": ("de/danielnaber/german-pos-dict/1.2.4/german-pos-dict-1.2.4.jar", "de/german.dict", "CC-BY-SA-4.0",
           {"proper": r"EIG", "noun": r"SUB", "verb": r"VER", "adjective": r"ADJ|PA[12]", "adverb": r"ADV"}),
    "it": ("org/languagetool/language-it/6.7/language-it-6.7.jar", "it/italian.dict", "LGPL-2.1 / CC-BY-SA-2.0 (Morph-it!)",
           {"proper": r"NPR", "noun": r"NOUN", "verb": r"VER|AUX|MOD", "adjective": r"ADJ", "adverb": r"ADV"}),
    "nl": ("org/languagetool/dutch-pos-dict/0.1/dutch-pos-dict-0.1.jar", "nl/dutch.dict", "CC-BY-3.0 or BSD",
           {"proper": r"ENM", "noun": r"ZNW", "verb": r"WKW", "adjective": r"BNW", "adverb": r"BYW"}),
    "es": ("org/softcatala/spanish-pos-dict/2.5/spanish-pos-dict-2.5.jar", "es/es-ES.dict", "LGPL-2.1",
           {"proper": r"NP", "noun": r"NC", "verb": r"V", "adjective": r"A[QO]", "adverb": r"RG"}),
    "pt": ("org/languagetool/portuguese-pos-dict/1.2.0/portuguese-pos-dict-1.2.0.jar", "pt/portuguese.dict",
           "LGPL-2.1", {"proper": r"NP", "noun": r"NC", "verb": r"V", "adjective": r"A[QO]", "adverb": r"RG"}),
    "fr": ("org/languagetool/french-pos-dict/0.7/french-pos-dict-0.7.jar", "fr/french.dict", "CC-BY-SA-4.0",
           {"proper": r"Z", "noun": r"N ", "verb": r"V", "adjective": r"J", "adverb": r"A"}),
}
# The finite verb forms (`xx.finite.txt.gz`, German and Dutch), by tag: a finite reading, the
# readings that may stand with it (a participle: `erklärte`, `verkocht`, which the table's second
# class tells apart; not an adjective, `klare`, which stands before a comma in a list of them) and the readings that neither qualify a form nor keep it out
# (the Dutch stem, first person present, is a fossil noun's form in idioms: `in de war`, `in de
# maak`). Any other reading (an infinitive, a noun, a preposition: `sagen`, `wet`, `dank`) keeps a
# form out.
FINITE_SOURCES = {
    "de": (r"VER:(?:(?:MOD|AUX):)?(?:[123]:(?:SIN|PLU):(?:PRÄ|PRT|KJ1|KJ2)|IMP)",
           r"VER:(?:(?:MOD|AUX):)?PA[12]|PA[12]:", r"(?!x)x"),
    "nl": (r"WKW:(?:TGW:(?:3EP|GIJ)|VLT:(?:1EP|INF|GIJ)|AWS)", r"WKW:(?:VTD|ODW)", r"WKW:TGW:1EP"),
}
MIN_FINITE_ZIPF = 2.0
OPEN = ("noun", "verb", "adjective", "adverb")
CLASSES = ("noun", "verb", "adjective", "adverb")


def dump(m2: Path, jar: str, resource: str) -> Path:
    """The dictionary's entries as `form TAB tag` lines in a temporary file."""
    classpath = ":".join(str(m2 / p) for p in (*MORFOLOGIK, jar))
    out = Path(tempfile.mkstemp(suffix=".tsv")[1])
    with out.open("wb") as handle:
        subprocess.run(["java", "-cp", classpath, str(JAVA), f"/org/languagetool/resource/{resource}"],
                       stdout=handle, check=True)
    return out


def classify(entries: Path, patterns: dict[str, str], frequent: set[str]) -> dict[str, str]:
    """`noun`, `verb`, `adjective` or `adverb` for each frequent form the dictionary writes only
    in lower case: the first of these classes that one of its readings has."""
    compiled = {name: re.compile(p) for name, p in patterns.items()}
    readings: dict[str, set[str]] = defaultdict(set)
    with entries.open(encoding="utf-8") as handle:
        for line in handle:
            form, _, tag = line.rstrip("\n").partition("\t")
            lower = form.lower()
            if lower not in frequent:
                continue
            kind = next((name for name, pattern in compiled.items() if pattern.match(tag)), "closed")
            readings[lower].add("capital" if form[:1].isupper() or kind == "proper" else kind)
    return {word: "noun" if "noun" in kinds else "verb" if "verb" in kinds else "adjective" if "adjective" in kinds
            else "adverb" for word, kinds in readings.items() if kinds <= set(OPEN)}


def classify_adjectival(entries: Path, patterns: dict[str, str], frequent: set[str]) -> dict[str, str]:
    """The frequent forms `classify` files as nouns that have an adjective's reading too
    (`nazionale`, `nuovo`, `internacional`, `collectif`), all as `adjective`."""
    nouns = {word for word, kind in classify(entries, patterns, frequent).items() if kind == "noun"}
    adjective = re.compile(patterns["adjective"])
    found = set()
    with entries.open(encoding="utf-8") as handle:
        for line in handle:
            form, _, tag = line.rstrip("\n").partition("\t")
            if form in nouns and adjective.match(tag):
                found.add(form)
    return dict.fromkeys(found, "adjective")


def classify_named(entries: Path, patterns: dict[str, str], frequent: set[str], language: str) -> dict[str, str]:
    """`verb`, `adjective` or `adverb` for each frequent form whose lower-case readings are of
    these classes (or closed ones: `knapp` is a verb particle too) and whose capitalised readings
    are all a surname or a place (`Sterk`; not a first name, which may stand alone once: `Joris`)
    or, in German, all a nominalised infinitive (`Sinken`; German names made of verb forms are
    first names: `Albert`); never a noun."""
    compiled = {name: re.compile(p) for name, p in patterns.items()}
    lower_kinds: dict[str, set[str]] = defaultdict(set)
    capital_ok: dict[str, bool] = {}
    with entries.open(encoding="utf-8") as handle:
        for line in handle:
            form, _, tag = line.rstrip("\n").partition("\t")
            lower = form.lower()
            if lower.casefold() not in frequent:  # wordfreq folds `ß` to `ss`
                continue
            kind = next((name for name, pattern in compiled.items() if pattern.match(tag)), "closed")
            if form[:1].isupper():
                named = (bool(NOMINALISED_INFINITIVE.match(tag)) if language == "de"
                         else kind == "proper" and not FIRST_NAME.match(tag))
                capital_ok[lower] = capital_ok.get(lower, True) and named
            else:
                lower_kinds[lower].add(kind)
    classes = {}
    for word, kinds in lower_kinds.items():
        if not capital_ok.get(word) or "noun" in kinds or "proper" in kinds:
            continue
        kind = next((k for k in ("verb", "adjective", "adverb") if k in kinds), None)
        if kind:
            classes[word] = kind
    return classes


def classify_finite(entries: Path, finite: str, participle: str, neutral: str, frequent: set[str]) -> dict[str, str]:
    """`finite` for each frequent form whose lower-case readings are all finite verb forms
    (`mitteilte`, `liet`, `hieß`), `participle` for one that is also a participle (`erklärte`,
    `verkocht`); a form with any other lower-case reading than these and the `neutral`
    ones is left out. Capitalised readings do not count: the form is read where the text writes it
    in lower case."""
    finite_tag, participle_tag, neutral_tag = re.compile(finite), re.compile(participle), re.compile(neutral)
    kinds: dict[str, set[str]] = defaultdict(set)
    with entries.open(encoding="utf-8") as handle:
        for line in handle:
            form, _, tag = line.rstrip("\n").partition("\t")
            if form[:1].isupper() or form.casefold() not in frequent or neutral_tag.match(tag):  # wordfreq folds `ß`
                continue
            kinds[form].add("finite" if finite_tag.match(tag) else "participle" if participle_tag.match(tag) else "other")
    return {form: "finite" if found == {"finite"} else "participle"
            for form, found in kinds.items() if "finite" in found and "other" not in found}


def frequent_words(language: str, least_zipf: float = MIN_ZIPF) -> set[str]:
    from wordfreq import get_frequency_dict

    least = 10 ** (least_zipf - 9)
    return {w for w, f in get_frequency_dict(language).items() if f >= least and w.isalpha()}


# the tables besides `xx.txt.gz`: what each holds, the least Zipf frequency of its words, its classes
TABLES = {
    "": ("words written only in lower case", MIN_ZIPF, CLASSES),
    "named": ("verbs, adjectives and adverbs also written with a capital as a name or nominalised infinitive",
              MIN_NAMED_ZIPF, CLASSES),
    "adjectival": ("nouns of the lower-case table that are adjectives too", MIN_ZIPF, CLASSES),
    "finite": ("finite verb forms (and those that are also participles)", MIN_FINITE_ZIPF,
               ("finite", "participle")),
}


def write(language: str, classes: dict[str, str], source: str, licence: str, table: str = "") -> Path:
    path = OUT / f"{language}{'.' if table else ''}{table}.txt.gz"
    what, zipf, kinds = TABLES[table]
    lines = [f"# {language}: {what}, from {source} ({licence}), Zipf >= {zipf}"]
    for kind in kinds:
        lines.append(kind + "\t" + " ".join(sorted(w for w, k in classes.items() if k == kind)))
    OUT.mkdir(exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    # a fixed modification time in the gzip header keeps a rebuild byte-identical
    data = bytearray(path.read_bytes())
    data[4:8] = b"\0\0\0\0"
    path.write_bytes(bytes(data))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m2", type=Path, default=Path.home() / ".m2" / "repository")
    parser.add_argument("languages", nargs="*", default=sorted(SOURCES))
    args = parser.parse_args(argv)
    for language in args.languages:
        jar, resource, licence, patterns = SOURCES[language]
        entries = dump(args.m2, jar, resource)
        try:
            classes = classify(entries, patterns, frequent_words(language))
            named = (classify_named(entries, patterns, frequent_words(language, MIN_NAMED_ZIPF), language)
                     if language in NAMED_LANGUAGES else None)
            adjectival = (classify_adjectival(entries, patterns, frequent_words(language))
                          if language in ADJECTIVAL_LANGUAGES else None)
            finite = (classify_finite(entries, *FINITE_SOURCES[language], frequent_words(language, MIN_FINITE_ZIPF))
                      if language in FINITE_SOURCES else None)
        finally:
            entries.unlink()
        for table, found in (("named", named), ("adjectival", adjectival), ("finite", finite)):
            if found is not None:
                write(language, found, Path(jar).name, licence, table)
        path = write(language, classes, Path(jar).name, licence)
        counts = ", ".join(f"{sum(k == kind for k in classes.values())} {kind}s" for kind in CLASSES)
        print(f"{language}: {counts} -> {path.relative_to(ROOT)} "
              f"({math.ceil(path.stat().st_size / 1024)} kB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
