"""Build linter/capitalshare/{it,fr,pt,nl}.trie from LanguageTool's case-kept dictionaries.

    newslint languagetool install   # or: mvn dependency:get -Dartifact=org.languagetool:language-XX:6.7
    pip install wordfreq==3.1.1 && python tests/eval/capitalshare/build_capital_share_lt.py [--m2 ~/.m2/repository]

The en/de/es tables come from spacy-lookups-data's case-kept probabilities
(`build_capital_share.py`); for Italian, French, Portuguese and Dutch those tables are lower
case. LanguageTool's morfologik dictionaries (Maven Central) keep case instead: a proper name
is listed as written (`Pierre`, `pierre`), and the French part-of-speech dictionary and the
Portuguese and Dutch spelling dictionaries carry a frequency class per form (a letter, `A` for
none known, `B`..`Z` rising roughly with the log of the frequency). The table stores the same
thing as the en/de/es ones, in the same format (`capital_share` reads both):
round(-ln(P(Capitalised) / P(lower case)) * SCALE) in one byte, for the words whose share is
below `MAX_SHARE`:

- P(lower case): wordfreq's frequency of the word (Zipf at least `MIN_ZIPF`), for the lower-case
  forms the part-of-speech dictionary lists;
- P(Capitalised): none of the dictionaries lists the capitalised form: the floor `FLOOR_ZIPF`
  (as a form missing from spacy's table counts with its smallest probability, a rare lower-case
  word never looks rarely capitalised); listed with a frequency class: the Zipf that class
  stands for among the language's lower-case forms (a least-squares line, letter -> wordfreq
  Zipf); listed without one (`A`, or Italian, whose dictionaries carry none): unknown, the word
  is left out (it may be a name: `Rio`, `Pierre`).

Needs java and the jars (the morfologik ones of build_word_classes.py). Writes a few hundred kB
a language; the output is the same on every run with the same jars and wordfreq.
"""
from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import marisa_trie

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "linter" / "capitalshare"
POS_DUMP = ROOT / "tests" / "eval" / "wordclasses" / "DumpDictionary.java"
FSA_DUMP = Path(__file__).with_name("DumpFsa.java")
MORFOLOGIK = ("org/carrot2/morfologik-fsa/2.1.9/morfologik-fsa-2.1.9.jar",
              "org/carrot2/morfologik-stemming/2.1.9/morfologik-stemming-2.1.9.jar",
              "com/carrotsearch/hppc/0.8.2/hppc-0.8.2.jar")
MIN_ZIPF = 2.5  # the lower-case form at least this common (wordfreq)
FLOOR_ZIPF = 1.0  # a capitalised form no dictionary lists
MAX_SHARE = 0.5
SCALE = 10  # as build_capital_share.py: a byte's step is a tenth of a natural-log unit
# language: part-of-speech dictionary (jar, resource, whether its tags end in a frequency
# letter) and spelling dictionaries (jar, resource, charset, separator), all case-kept
SOURCES = {
    # not the Italian spelling dictionary (it/hunspell/it_IT.dict): GPL-3
    "it": (("org/languagetool/language-it/6.7/language-it-6.7.jar", "it/italian.dict", False), []),
    "fr": (("org/languagetool/french-pos-dict/0.7/french-pos-dict-0.7.jar", "fr/french.dict", True), []),
    "pt": (("org/languagetool/portuguese-pos-dict/1.2.0/portuguese-pos-dict-1.2.0.jar", "pt/portuguese.dict", False),
           [("org/languagetool/portuguese-pos-dict/1.2.0/portuguese-pos-dict-1.2.0.jar", "pt/spelling/pt-BR.dict",
             "UTF-8", "_"),
            ("org/languagetool/portuguese-pos-dict/1.2.0/portuguese-pos-dict-1.2.0.jar", "pt/spelling/pt-PT-90.dict",
             "UTF-8", "_")]),
    "nl": (("org/languagetool/dutch-pos-dict/0.1/dutch-pos-dict-0.1.jar", "nl/dutch.dict", False),
           [("org/languagetool/dutch-pos-dict/0.1/dutch-pos-dict-0.1.jar", "nl/spelling/nl_NL.dict", "UTF-8", "~")]),
}


def _run(m2: Path, jar: str, program: Path, *args: str) -> list[str]:
    classpath = ":".join(str(m2 / p) for p in (*MORFOLOGIK, jar))
    with tempfile.TemporaryFile() as out:
        subprocess.run(["java", "-cp", classpath, str(program), *args], stdout=out, check=True)
        out.seek(0)
        return out.read().decode("utf-8").splitlines()


def forms(m2: Path, language: str) -> tuple[set[str], dict[str, int]]:
    """The lower-case forms the part-of-speech dictionary lists, and every form any dictionary
    lists with its best frequency class (0 for `A`, none known)."""
    (jar, resource, tagged_frequency), spellers = SOURCES[language]
    lower: set[str] = set()
    klass: dict[str, int] = {}
    for line in _run(m2, jar, POS_DUMP, f"/org/languagetool/resource/{resource}"):
        form, _, tag = line.partition("\t")
        if form.islower():
            lower.add(form)
        letter = ord(tag[-1]) - ord("A") if tagged_frequency and tag[-1:].isupper() else 0
        klass[form] = max(klass.get(form, 0), letter)
    for jar, resource, charset, separator in spellers:
        for line in _run(m2, jar, FSA_DUMP, f"/org/languagetool/resource/{resource}", charset):
            form, _, letter = line.rpartition(separator)
            if not form:
                form, letter = letter, "A"
            value = ord(letter[-1]) - ord("A") if letter[-1:].isupper() and len(letter) == 1 else 0
            klass[form] = max(klass.get(form, 0), value)
    return lower, klass


def letter_zipf(klass: dict[str, int], zipf: dict[str, float]) -> tuple[float, float] | None:
    """The least-squares line Zipf = a + b * class over the lower-case forms with a class."""
    pairs = [(k, zipf[w]) for w, k in klass.items() if k > 0 and w in zipf and w.islower()]
    if len(pairs) < 100:
        return None
    n = len(pairs)
    mx = sum(k for k, _ in pairs) / n
    my = sum(z for _, z in pairs) / n
    b = sum((k - mx) * (z - my) for k, z in pairs) / sum((k - mx) ** 2 for k, _ in pairs)
    return my - b * mx, b


def shares(m2: Path, language: str) -> dict[str, int]:
    from wordfreq import get_frequency_dict

    zipf = {w: math.log10(f) + 9 for w, f in get_frequency_dict(language).items() if f > 0}
    lower, klass = forms(m2, language)
    line = letter_zipf(klass, zipf)
    kept: dict[str, int] = {}
    for word in lower:
        low = zipf.get(word)
        if not word.isalpha() or low is None or low < MIN_ZIPF:
            continue
        capital = word[:1].upper() + word[1:]
        if capital not in klass:
            cap = FLOOR_ZIPF
        elif klass[capital] > 0 and line is not None:
            cap = line[0] + line[1] * klass[capital]
        else:
            continue  # listed with a capital, how often unknown: maybe a name
        log_share = (cap - low) * math.log(10)
        if log_share < math.log(MAX_SHARE):
            kept[word] = min(255, round(-log_share * SCALE))
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m2", type=Path, default=Path.home() / ".m2" / "repository")
    parser.add_argument("languages", nargs="*", default=sorted(SOURCES))
    args = parser.parse_args(argv)
    for language in args.languages:
        kept = shares(args.m2, language)
        trie = marisa_trie.RecordTrie("B", ((word, (value,)) for word, value in sorted(kept.items())))
        path = OUT / f"{language}.trie"
        trie.save(str(path))
        print(language, len(kept), path.stat().st_size, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
