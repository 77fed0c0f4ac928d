"""The language server, driven over stdio by a real LSP client (pytest-lsp)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from linter.engine import lint_file
from linter.lsp.positions import to_lsp, utf16_length

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_434f281fc8fc4eb1.txt"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "linter", "server"]))
async def client(lsp_client: LanguageClient):
    registered: list[types.Registration] = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:  # what an editor does: accept watchers
        registered.extend(params.registrations)

    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=ROOT.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def open_document(client: LanguageClient, path: Path, text: str) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[uri]


async def change_document(client: LanguageClient, path: Path, text: str, version: int) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[uri]


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) to a text, last first."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(position: types.Position) -> int:
        line = lines[position.line]
        units, index = 0, 0
        while units < position.character:
            units += utf16_length(line[index])
            index += 1
        return offsets[position.line] + index

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


@pytest.mark.asyncio
async def test_seed_findings_arrive_as_diagnostics(client: LanguageClient, tmp_path: Path):
    diagnostics = await open_document(client, tmp_path / "seed.txt", SEED.read_text(encoding="utf-8"))
    cli = lint_file(str(SEED), display_path="seed.txt").diagnostics
    assert [(d.code, d.range.start.line + 1) for d in diagnostics] == [(d.rule, d.line) for d in cli]
    assert len(diagnostics) >= 22
    merged = next(d for d in diagnostics if d.code == "merged-words" and d.range.start.line == 18)
    line = SEED.read_text(encoding="utf-8").split("\n")[18]
    assert line[merged.range.start.character:merged.range.end.character] == "internazionaliMentre"
    assert merged.source == "newslint"
    assert merged.code_description.href.endswith("merged-words.yaml")


@pytest.mark.asyncio
async def test_ranges_count_utf16_units_after_emoji(client: LanguageClient, tmp_path: Path):
    text = "Il sindaco 😀🎉 ha detto che che il ponte riapre.\n"
    diagnostics = await open_document(client, tmp_path / "emoji.txt", text)
    doubled = next(d for d in diagnostics if d.code == "duplicated-word")
    before = text.index("che che")  # in code points; each emoji is two UTF-16 units
    assert (doubled.range.start.line, doubled.range.start.character) == (0, before + 2)
    assert (doubled.range.end.line, doubled.range.end.character) == (0, before + 2 + len("che che"))


@pytest.mark.asyncio
async def test_quick_fix_removes_the_diagnostic(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "doubled.txt"
    text = "Il ministro ha confermato la visita di di lunedì.\n"
    diagnostics = await open_document(client, path, text)
    doubled = [d for d in diagnostics if d.code == "duplicated-word"]
    assert doubled
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), range=doubled[0].range,
        context=types.CodeActionContext(diagnostics=doubled)))
    fix = next(a for a in actions if a.title.startswith("Fix duplicated-word"))
    assert fix.is_preferred
    fixed = apply(text, fix.edit.changes[path.as_uri()])
    assert fixed == "Il ministro ha confermato la visita di lunedì.\n"
    after = await change_document(client, path, fixed, 2)
    assert not [d for d in after if d.code == "duplicated-word"]


@pytest.mark.asyncio
async def test_disable_for_line_and_fix_all(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "teaser.md"
    text = "Il governo ha approvato il piano.\n\nREAD  Un altro titolo qualsiasi\n\nIl il voto è previsto domani.\n"
    diagnostics = await open_document(client, path, text)
    teaser = next(d for d in diagnostics if d.code == "read-insertion")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), range=teaser.range,
        context=types.CodeActionContext(diagnostics=[teaser])))
    unsafe = next(a for a in actions if a.title.startswith("Fix read-insertion"))
    assert "unsafe" in unsafe.title and not unsafe.is_preferred
    disable = next(a for a in actions if a.title == "Disable read-insertion for this line")
    disabled = apply(text, disable.edit.changes[path.as_uri()])
    after = await change_document(client, path, disabled, 2)
    assert not [d for d in after if d.code in ("read-insertion", "unused-suppression")]
    whole = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
        range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    assert [a.kind for a in whole] == ["source.fixAll.newslint"]
    assert "Il voto è previsto domani." in apply(disabled, whole[0].edit.changes[path.as_uri()])


@pytest.mark.asyncio
async def test_config_change_changes_diagnostics(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "article.txt"
    text = "Il ministro ha confermato la visita di di lunedì.\n"
    assert [d.code for d in await open_document(client, path, text)] == ["duplicated-word"]
    config = tmp_path / ".newslint.yaml"
    config.write_text("ignore: [duplicated-word]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert not client.diagnostics[path.as_uri()]


def test_positions_past_the_last_line_end_that_line():
    assert to_lsp(["abc", "d😀e"], 2, 3) == (1, 3)
    assert to_lsp(["abc", "d😀e"], 3, 1) == (1, 4)


def test_fix_from_stdin_prints_the_fixed_seed(tmp_path: Path):
    import subprocess

    newslint = shutil.which("newslint") or sys.executable
    command = [newslint] if newslint != sys.executable else [sys.executable, "-m", "linter"]
    seed = SEED.read_bytes()
    done = subprocess.run([*command, "check", "--fix", "-", "--stdin-filename", "seed.txt"], input=seed,
                          capture_output=True, timeout=120, cwd=tmp_path)
    fixed = done.stdout.decode("utf-8")
    assert "internazionaliMentre" in fixed  # a lost sentence break: reported, never "fixed" with a space
    assert "giovedì, ottobre 31, 2024" in fixed
    assert fixed.count("\n") == seed.count(b"\n")  # safe fixes delete no line
    assert "READ" in fixed  # unsafe fixes (teaser lines) are not applied without --unsafe-fixes
    assert done.returncode == 1 and "seed.txt:" in done.stderr.decode()
    crlf = subprocess.run([*command, "check", "--fix", "-"], input=seed.replace(b"\n", b"\r\n"),
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert crlf.stdout == done.stdout.replace(b"\n", b"\r\n")
