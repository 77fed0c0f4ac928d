"""Editor latency of `newslint server`: `python tests/benchmarks/bench_lsp.py`.

Starts the server over stdio with pygls's client, opens the seed and a 200 KB article made of
corpus articles, then times each change (one word edited) until its diagnostics arrive. The
server waits DEBOUNCE_SECONDS after a change before linting (keystrokes closer than that are
linted once); the figures include that wait, and are printed without it too.
"""
from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from linter.lsp.server import DEBOUNCE_SECONDS

ROOT = Path(__file__).resolve().parents[2]
EDITS = 7


def large_article(size: int = 200_000) -> str:
    parts, total = [], 0
    for path in sorted((ROOT / "tests" / "corpus").glob("it-*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        total += len(text.encode("utf-8"))
    article = "\n".join(parts)
    return (article * (size // max(total, 1) + 1))[:size]


async def latencies(client: LanguageClient, arrived: asyncio.Queue, uri: str, text: str) -> tuple[float, list[float]]:
    """Seconds to the first diagnostics after opening, then after each edit."""
    start = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
    await arrived.get()
    opened = time.perf_counter() - start
    times = []
    for version in range(2, 2 + EDITS):
        text = text.replace(" il ", " il il ", 1) if version % 2 == 0 else text.replace(" il il ", " il ", 1)
        start = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        await arrived.get()
        times.append(time.perf_counter() - start)
    return opened, times


async def main() -> None:
    client = LanguageClient("bench", "1")
    arrived: asyncio.Queue = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params: types.PublishDiagnosticsParams) -> None:
        arrived.put_nowait(params)

    await client.start_io(sys.executable, "-m", "linter", "server")
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    folder = Path(tempfile.mkdtemp())
    seed = (ROOT / "seeds" / "000_434f281fc8fc4eb1.txt").read_text(encoding="utf-8")
    print(f"debounce {DEBOUNCE_SECONDS * 1000:.0f} ms (included below)")
    for name, text in (("seed", seed), ("200 KB article", large_article())):
        opened, times = await latencies(client, arrived, (folder / f"{name.replace(' ', '-')}.txt").as_uri(), text)
        median = statistics.median(times)
        print(f"{name:>15} ({len(text.encode('utf-8')) / 1000:.0f} KB): open {opened * 1000:.0f} ms, "
              f"change -> diagnostics median {median * 1000:.0f} ms "
              f"({(median - DEBOUNCE_SECONDS) * 1000:.0f} ms after the debounce)")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


if __name__ == "__main__":
    asyncio.run(main())
