"""Language values as people write them: `it`, `it-IT`, `pt_BR`, `ita`, `English`, `Deutsch`.

Everything becomes an ISO 639-1 code; a value that is no language is None, and
`unknown_language_message` says so with the nearest known value.
"""
from __future__ import annotations



# ISO 639-1: any of these is a language, whether or not newslint has data for it.
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik
io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd
se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve
vi vo wa wo xh yi yo za zh zu
""".split())
# Names in English and in the language itself, and ISO 639-2 codes, of the languages newslint
# has data for and of the languages most often met beside them.
NAMES = {
    "en": ("english", "eng", "inglese", "englisch", "anglais", "inglés", "ingles", "inglês", "engels"),
    "it": ("italian", "italiano", "ita", "italienisch", "italien", "italiaans"),
    "de": ("german", "deutsch", "deu", "ger", "tedesco", "allemand", "alemán", "aleman", "alemão", "duits"),
    "fr": ("french", "français", "francais", "fra", "fre", "francese", "französisch", "francés", "frances",
           "francês", "frans"),
    "es": ("spanish", "español", "espanol", "castellano", "spa", "spagnolo", "spanisch", "espagnol",
           "espanhol", "spaans"),
    "pt": ("portuguese", "português", "portugues", "por", "portoghese", "portugiesisch", "portugais",
           "portugués", "portugees"),
    "nl": ("dutch", "nederlands", "nld", "dut", "flemish", "vlaams", "olandese", "niederländisch",
           "néerlandais", "neerlandés", "holandês"),
    "pl": ("polish", "polski", "pol"),
    "ru": ("russian", "русский", "rus"),
    "uk": ("ukrainian", "українська", "ukr"),
    "zh": ("chinese", "中文", "zho", "chi", "mandarin"),
    "ja": ("japanese", "日本語", "jpn"),
    "ar": ("arabic", "العربية", "ara"),
    "tr": ("turkish", "türkçe", "tur"),
    "sv": ("swedish", "svenska", "swe"),
    "da": ("danish", "dansk", "dan"),
    "ca": ("catalan", "català", "cat"),
    "ro": ("romanian", "română", "ron", "rum"),
    "el": ("greek", "ελληνικά", "ell", "gre"),
}
UNDETERMINED = "und"  # BCP 47's "language not determined": kept as it is
_BY_NAME = {name: code for code, names in NAMES.items() for name in names}


def _primary(text: str) -> str | None:
    """The primary subtag of a tag such as `en-gb` (what `([a-z]{2,3})(?:-[a-z0-9]{1,8})*`
    matches as a whole, without importing `re`: tests/test_textsafe.py compares both)."""
    first, *others = text.split("-")
    if not (2 <= len(first) <= 3 and first.isascii() and first.isalpha() and first.islower()):
        return None
    for part in others:
        if not (1 <= len(part) <= 8 and part.isascii() and part.isalnum() and part == part.lower()):
            return None
    return first


def normalise_language(value: object) -> str | None:
    """The ISO 639-1 code of a language value (`en-GB` -> `en`, `English` -> `en`), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace("_", "-")
    tag = _primary(text)
    if tag and (tag in ISO_639_1 or tag == UNDETERMINED):
        return tag
    return _BY_NAME.get(text) or (_BY_NAME.get(tag) if tag else None)


def unknown_language_message(value: object) -> str:
    """`'englsh' is no language code or name; did you mean 'en' (english)?`"""
    text = str(value).strip().lower()
    import difflib  # only for a hint

    names = difflib.get_close_matches(text, list(_BY_NAME), n=1, cutoff=0.6)
    if names:
        hint = f"; did you mean '{_BY_NAME[names[0]]}' ({names[0]})?"
    else:
        hint = "; use a code such as it, en, de, fr, es, pt, nl (region tags like en-GB or pt_BR work too)"
    return f"'{value}' is no language code or name{hint}"
