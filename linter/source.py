"""Reading article files: bytes to text and back, keeping encoding, BOM and newline style."""
from __future__ import annotations

import codecs
import os
import stat
from bisect import bisect_left

from .errors import InputError
from .value import Value

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bigger files are refused: articles are kilobytes, and every check reads the whole text.
DEFAULT_MAX_FILE_SIZE = 5_000_000
# Bytes that never occur in text files; a few of them mean "binary".
_BINARY_CONTROL = bytes(range(0, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))


class Source(Value):
    """A decoded file: `text` has its newlines normalised to \\n; `encode()` restores the bytes.
    `crlf_at`: the offsets (in `text`) of the \\n characters that were \\r\\n in the file."""

    FIELDS = ("text", "encoding", "bom", "crlf_at")

    def __init__(self, text: str, encoding: str = "utf-8", bom: bytes = b"", crlf_at: list[int] | None = None):
        self.text, self.encoding, self.bom = text, encoding, bom
        self.crlf_at = [] if crlf_at is None else crlf_at

    @property
    def newline(self) -> str:
        """The file's dominant newline, used for text a fix inserts."""
        return "\r\n" if self.crlf_at and len(self.crlf_at) * 2 >= self.text.count("\n") else "\n"

    def encode(self, text: str | None = None) -> bytes:
        """Bytes for `text` (default: the original), with the original newline at each old place."""
        body = self.text if text is None else text
        if text is None:
            body = _restore_crlf(body, self.crlf_at)
        return self.bom + body.encode(self.encoding)

    def original_offset(self, offset: int) -> int:
        """Map an offset in the normalised text to one in the file's decoded text (with \\r)."""
        return offset + bisect_left(self.crlf_at, offset)

    def denormalise(self, text: str) -> str:
        """The decoded original text, \\r\\n included (for fixing on the original characters)."""
        return _restore_crlf(text, self.crlf_at)

    def with_text(self, decoded: str) -> "Source":
        """A source with this one's encoding and BOM for new decoded text (its \\r\\n kept)."""
        return _normalise(decoded, self.encoding, self.bom)


def _restore_crlf(text: str, crlf_at: list[int]) -> str:
    if not crlf_at:
        return text
    parts, last = [], 0
    for pos in crlf_at:
        parts.append(text[last:pos])
        parts.append("\r")
        last = pos
    parts.append(text[last:])
    return "".join(parts)


def decode(data: bytes, path: str = "<input>") -> Source:
    """Decode file bytes: BOM, then UTF-8, then Windows-1252, then Latin-1; reject binary data."""
    bom, encoding = b"", None
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, encoding = mark, name
            break
    if encoding is None:
        sample = data[:8192]
        encoding = _utf16_without_bom(data)
        if encoding is None:
            if len(sample.translate(None, _BINARY_CONTROL)) != len(sample):
                raise InputError(f"{path}: binary file, not an article")
            encoding = _guess_encoding(data)
    try:
        text = data[len(bom):].decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: cannot decode as {encoding}: {exc.reason}") from None
    return _normalise(text, encoding, bom)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text in UTF-16 without a byte-order mark: its zero bytes
    (the high byte of every ASCII character: spaces, digits, line breaks, all of Latin text) are
    all in odd (LE) or all in even (BE) places, and it decodes to characters that text has (no
    binary controls, nothing unassigned or private, a space or line break now and then),
    whatever the script."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    encoding = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if encoding is None:
        return None
    try:  # incrementally: the sample may end inside a surrogate pair
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    import regex  # only for text that may be UTF-16

    if any(ord(char) < 128 and ord(char) in _BINARY_CONTROL for char in text) or regex.search(r"[\p{Cn}\p{Co}]", text):
        return None
    return encoding if len(regex.findall(r"\s", text)) * _MOST_CHARS_PER_SPACE >= len(text) else None


_MOST_CHARS_PER_SPACE = 80  # text has spaces or line breaks (CJK has line breaks)


def _guess_encoding(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _normalise(text: str, encoding: str, bom: bytes) -> Source:
    crlf_at: list[int] = []
    if "\r" in text:
        pieces, removed, i = [], 0, 0
        while True:
            j = text.find("\r\n", i)
            if j < 0:
                pieces.append(text[i:])
                break
            pieces.append(text[i:j])
            crlf_at.append(j - removed)
            removed += 1
            i = j + 1
        text = "".join(pieces)
    return Source(text=text, encoding=encoding, bom=bom, crlf_at=crlf_at)


def read_source(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE) -> Source:
    """Read and decode a file; unreadable files raise InputError with one clear line."""
    return decode(read_regular_file(path, max_size, " (raise it with max_file_size in the configuration)"), path)


def read_regular_file(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE, hint: str = "") -> bytes:
    """The bytes of a regular file of at most `max_size` bytes.

    FIFOs, devices and sockets are refused without blocking (a FIFO named `*.md` would wait
    for a writer forever, `/dev/zero` never ends), and so is a file over the size limit.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InputError(f"{path}: is a directory")
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{path}: not a regular file (a FIFO, device or socket)")
            if info.st_size > max_size:
                raise InputError(f"{path}: {info.st_size:,} bytes, over the {max_size:,} byte limit{hint}")
            data = handle.read(max_size + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_size:  # grew while being read
        raise InputError(f"{path}: over the {max_size:,} byte limit{hint}")
    return data
