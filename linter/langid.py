"""Language identification with py3langid's model, without loading it at every run.

py3langid keeps its model LZMA-compressed and scores with numpy: about half a second before
the first answer. The first identification converts the model once into a flat file in the
user's cache folder (`user_cache`): the byte automaton that finds the features, then each
feature's log-probability per language. Later runs map that file into memory, so a run
touches only the pages its text needs, and score in plain Python (with numpy from a run's
second long text on, to the same doubles). The answers are
py3langid's (`LanguageIdentifier.classify` with `norm_probs=True`), computed in double
instead of single precision.
"""
from __future__ import annotations

import math
import struct
import sys
import unicodedata
from array import array
from collections import Counter, namedtuple
from functools import lru_cache
from operator import itemgetter, mul

from .digests import digest
from .user_cache import cache_file, mapped, package_data_signature, save

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterable, Sequence

FORMAT = b"NSLID4\0\0"
NARROWED_FORMAT = b"NSLIDC1\0"
# Counts in the header: classes, features, automaton rows, automaton states; then the length of
# the class names (comma-separated ASCII, padded to 4 bytes). Then the arrays: each class's
# prior, each feature's weight per class, the automaton's moves (256 a row), each state's row
# (as the offset of its first move) and each state's feature (-1 for none).
_HEADER = struct.Struct("<5I")
# A narrowed model's file: its classes, the features, the length of the class names; the names
# (padded as above), each class's prior, each feature's weight per class.
_NARROWED_HEADER = struct.Struct("<3I")
# A text whose scoring takes this many products (classes times distinct features) or more is
# scored with numpy, from the second such text of a run on (one article's identification does
# not pay for importing numpy; a sentence's few features over the seven languages score as fast
# in plain Python, but a short article over all of py3langid's 142 classes took 30 ms).
NUMPY_PRODUCTS = 7000


class Model:
    """py3langid's model, read from the flat file (every array in native byte order)."""

    def __init__(self, data: memoryview):
        if data[:len(FORMAT)] != FORMAT:
            raise ValueError("not a newslint language model")
        classes, features, rows, states, names = _HEADER.unpack_from(data, len(FORMAT))
        offset = len(FORMAT) + _HEADER.size
        self.classes = bytes(data[offset:offset + names]).decode("ascii").split(",")
        offset += _padded(names)
        sizes = (("prior", "f", classes), ("weights", "f", features * classes),
                 ("moves", "I", rows * 256), ("row", "I", states), ("output", "i", states))
        for name, code, count in sizes:
            setattr(self, name, data[offset:offset + 4 * count].cast(code))
            offset += 4 * count
        if offset != len(data) or len(self.classes) != classes:
            raise ValueError("damaged newslint language model")
        self._choices: dict[frozenset[str] | None, _Choice] = {}
        self._long_texts = 0
        self.narrowings: dict[frozenset[str] | None, Model] = {}  # by `_model_for`

    def narrowed(self, data: memoryview, names: str) -> Model:
        """This model scoring only the classes `names` (comma-separated), with their priors and
        weights from `data`, a file of `narrowed_bytes`; the same automaton."""
        if data[:len(NARROWED_FORMAT)] != NARROWED_FORMAT:
            raise ValueError("not a newslint language model's classes")
        classes, features, length = _NARROWED_HEADER.unpack_from(data, len(NARROWED_FORMAT))
        offset = len(NARROWED_FORMAT) + _NARROWED_HEADER.size
        if bytes(data[offset:offset + length]) != names.encode("ascii") or features != len(self.weights) // len(self.classes):
            raise ValueError("another model's classes")
        offset += _padded(length)
        prior = data[offset:offset + 4 * classes].cast("f")
        weights = data[offset + 4 * classes:].cast("f")
        if len(weights) != features * classes or names.count(",") + 1 != classes:
            raise ValueError("damaged newslint language model's classes")
        narrow = object.__new__(Model)
        narrow.__dict__.update(self.__dict__)
        narrow.classes, narrow.prior, narrow.weights = names.split(","), prior, weights
        narrow._choices, narrow._long_texts, narrow.narrowings = {}, 0, {}
        return narrow

    def narrowed_bytes(self, columns: list[int]) -> bytes:
        """The file `narrowed` reads: the priors of the classes at `columns`, then each
        feature's weights of those classes, together."""
        count, kept = len(self.classes), len(columns)
        features = len(self.weights) // count
        weights = array("f", bytes(4 * features * kept))
        for position, column in enumerate(columns):
            weights[position::kept] = array("f", self.weights[column::count].tobytes())
        names = ",".join(self.classes[c] for c in columns).encode("ascii")
        return b"".join([NARROWED_FORMAT, _NARROWED_HEADER.pack(kept, features, len(names)),
                         names.ljust(_padded(len(names)), b"\0"), array("f", [self.prior[c] for c in columns]).tobytes(),
                         weights.tobytes()])

    def classify(self, text: str, languages: frozenset[str] | None = None) -> tuple[str, float]:
        """(language, confidence) as py3langid's `classify` gives them, among `languages` if given."""
        choice = self._choice(languages)
        encoded = _encode(text)
        counts = self._features(encoded)
        scores = [0.0] * len(choice.columns)
        if counts:
            logs = [math.log1p(count) for count in counts.values()]
            scores = self._scores(choice.columns, list(counts), logs)
        scale = 1.0 / math.sqrt(len(encoded) or 1)
        top = max(scores) * scale
        probabilities = [math.exp(s * scale - top) for s in scores]
        total = sum(probabilities)
        probabilities = [p / total for p in probabilities]
        for first, dupe in choice.aliases:
            probabilities[first] += probabilities[dupe]
            probabilities[dupe] = 0.0
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[choice.columns[best]], probabilities[best]

    def _scores(self, columns: list[int], features: list[int], logs: list[float]) -> list[float]:
        """Each class's prior plus its weight of each feature times the feature's log count,
        added in that order: in plain Python, or for long texts after the first (a folder of
        articles) with numpy, which py3langid installs. numpy adds the same products one after
        another (`cumsum`, not a pairwise sum), so the doubles are the same, in a third of the time."""
        long = len(columns) * len(features) >= NUMPY_PRODUCTS
        if long:
            self._long_texts += 1
        if not long or self._long_texts == 1:
            count, weights = len(self.classes), self.weights
            pick = _picker([feature * count for feature in features])  # a class's weights, from its column on
            return [sum(map(mul, logs, pick(weights[c:])), self.prior[c]) for c in columns]
        import numpy as np

        weights = np.frombuffer(self.weights, dtype=np.float32).reshape(-1, len(self.classes))
        table = np.empty((len(columns), len(features) + 1))
        table[:, 0] = np.frombuffer(self.prior, dtype=np.float32)[columns]
        table[:, 1:] = weights[features][:, columns].T * np.array(logs)  # a feature's weights lie together
        return table.cumsum(axis=1)[:, -1].tolist()

    def _choice(self, languages: frozenset[str] | None) -> _Choice:
        if languages not in self._choices:
            columns = [i for i, c in enumerate(self.classes) if languages is None or c in languages]
            if not columns:
                raise ValueError(f"py3langid knows none of {sorted(languages or ())}")
            self._choices[languages] = _Choice(columns, _aliases([self.classes[c] for c in columns]))
        return self._choices[languages]

    def _features(self, encoded: bytes) -> Counter:
        moves, row, output = self.moves, self.row, self.output
        state, found = 0, []
        for byte in encoded:
            state = moves[row[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        return Counter(found)


# The classes one call chooses from, and the pairs of their positions that carry one label
# (`sr` in two scripts) (a named tuple called, not subclassed: see `document.Token`).
_Choice = namedtuple("_Choice", ["columns", "aliases"])  # list[int], list[tuple[int, int]]


def _picker(indexes: list[int]) -> Callable[[Sequence[float]], Sequence[float]]:
    """Gathers the items at `indexes` (in C, as a tuple)."""
    return itemgetter(*indexes) if len(indexes) > 1 else lambda row: (row[indexes[0]],)


def _aliases(labels: list[str]) -> list[tuple[int, int]]:
    """(first, later) positions of labels listed twice: the later folds into the first."""
    first: dict[str, int] = {}
    pairs = []
    for position, label in enumerate(labels):
        if label in first:
            pairs.append((first[label], position))
        else:
            first[label] = position
    return pairs


def classify(text: str, languages: Iterable[str] | None = None) -> tuple[str, float]:
    """py3langid's (language, confidence) for `text`, over `languages` or all it knows."""
    chosen = frozenset(languages) if languages is not None else None
    try:
        return _model_for(chosen).classify(text, chosen)
    except IndexError:  # a damaged file: rebuild it once
        _model.cache_clear()
        return _model_for(chosen, rebuild=True).classify(text, chosen)


def _encode(text: str) -> bytes:
    """The bytes py3langid reads: upper-case text lowered, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _padded(size: int) -> int:
    return (size + 3) // 4 * 4


@lru_cache(maxsize=1)
def _model(rebuild: bool = False) -> Model:
    path = cache_file("langid", f"{_signature()}.bin")
    if not rebuild:
        try:
            return Model(mapped(path))
        except (OSError, ValueError):
            pass
    data = _build()
    save(path, data)
    return Model(memoryview(data))


def _model_for(languages: frozenset[str] | None, rebuild: bool = False) -> Model:
    """The model narrowed to the classes of `languages` when they are fewer than all: their
    weights lie together in a file of their own (3 MB for seven of py3langid's 142 classes),
    so the many sentences of a big text touch those pages, not all 57 MB of weights, whose
    mapped pages counted in the run's peak memory. The scores are the same doubles."""
    full = _model(rebuild)
    if languages not in full.narrowings:
        full.narrowings[languages] = _narrowed(full, languages, rebuild)
    return full.narrowings[languages]


def _narrowed(full: Model, languages: frozenset[str] | None, rebuild: bool) -> Model:
    columns = [i for i, label in enumerate(full.classes) if languages is not None and label in languages]
    if not columns or len(columns) == len(full.classes):
        return full
    names = ",".join(full.classes[c] for c in columns)
    path = cache_file("langid", f"{_signature()}-{digest(names.encode('ascii')).hexdigest()[:16]}.bin")
    if not rebuild:
        try:
            return full.narrowed(mapped(path), names)
        except (OSError, ValueError):
            pass
    data = full.narrowed_bytes(columns)
    save(path, data)
    return full.narrowed(memoryview(data), names)


def _build() -> bytes:
    """The flat file from py3langid's own model (numpy and LZMA, this once)."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    weights, prior, classes, moves, row, output = load_model(MODEL_DIR / MODEL_FILE)
    names = ",".join(classes).encode("ascii")
    parts = [FORMAT, _HEADER.pack(len(classes), len(weights), len(moves) // 256, len(row), len(names)),
             names.ljust(_padded(len(names)), b"\0"),
             np.asarray(prior, dtype="=f4").tobytes(), np.ascontiguousarray(np.asarray(weights, dtype="=f4")).tobytes(),
             np.asarray(moves, dtype="=u4").tobytes(), (np.asarray(row, dtype="=u4") << 8).tobytes(),
             np.asarray(output, dtype="=i4").tobytes()]
    return b"".join(parts)


def _signature() -> str:
    """Names py3langid's model file (size and time) and this machine's byte order, unimported."""
    return package_data_signature("py3langid", ("model.npz.xz",), FORMAT + sys.byteorder.encode())
