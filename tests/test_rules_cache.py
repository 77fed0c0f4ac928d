"""Parsed rule files come from the user's cache only when they are this user's and current."""
from __future__ import annotations

import marshal

import pytest

from linter import registry, rules_cache, user_cache


@pytest.fixture
def user_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    user_cache.machine_secret.cache_clear()
    registry.load_registry.cache_clear()
    yield tmp_path / "xdg" / "newslint" / "rules"
    user_cache.machine_secret.cache_clear()
    registry.load_registry.cache_clear()


def rule_folder(tmp_path, message="avoid '{text}'"):
    folder = tmp_path / "my_rules"
    folder.mkdir(exist_ok=True)
    (folder / "no-foo.yaml").write_text(f"id: no-foo\ncheck: pattern\nmessage: \"{message}\"\npattern: foo\n",
                                        encoding="utf-8")
    return folder


def fresh_registry(folder):
    registry.load_registry.cache_clear()
    return registry.load_registry((str(folder),))


def no_parsing(path, text):
    raise AssertionError(f"parsed {path} again")


@pytest.mark.parametrize("first_racy_ns, second_racy_ns", [
    (0, 0),  # both runs long after the files changed: named by their stats
    (10**18, 10**18),  # both right after a change: named by their content
    (10**18, 0),  # the first right after a change, the second later (a slow machine's two runs)
])
def test_a_second_run_reads_no_yaml(tmp_path, user_cache_dir, monkeypatch, first_racy_ns, second_racy_ns):
    folder = rule_folder(tmp_path)
    monkeypatch.setattr(rules_cache, "RACY_NS", first_racy_ns)
    first = fresh_registry(folder)
    assert len(list(user_cache_dir.iterdir())) == 1

    monkeypatch.setattr(rules_cache, "RACY_NS", second_racy_ns)
    monkeypatch.setattr(registry, "_parse_yaml", no_parsing)
    second = fresh_registry(folder)
    assert declared(second) == declared(first) and second.languages == first.languages


def declared(found):
    """What the rule files say, without the signature that names the cache entry they came from."""
    return {rule_id: [getattr(spec, field) for field in spec.FIELDS if field != "signature"]
            for rule_id, spec in found.specs.items()}


def test_an_edited_rule_file_is_parsed_again(tmp_path, user_cache_dir):
    folder = rule_folder(tmp_path)
    fresh_registry(folder)
    rule_folder(tmp_path, message="no foo here")
    assert fresh_registry(folder).specs["no-foo"].message == "no foo here"


def test_a_planted_or_damaged_entry_is_not_read(tmp_path, user_cache_dir):
    folder = rule_folder(tmp_path)
    fresh_registry(folder)
    (entry,) = user_cache_dir.iterdir()
    raw = entry.read_bytes()
    data = marshal.loads(raw[32:])
    rule = next(item for item in data if item.get("id") == "no-foo")
    rule["pattern"] = "(?!x)x"  # a rule that never fires: what a poisoner would plant
    forged = marshal.dumps(data)
    for planted in (b"\0" * 32 + forged,  # without the secret
                    raw[:32] + forged,  # the right signature over other content
                    raw[:-7]):  # cut short
        entry.write_bytes(planted)
        assert fresh_registry(folder).specs["no-foo"].data["pattern"] == "foo"


def test_signed_data_that_is_not_plain_yaml_is_not_used(tmp_path, user_cache_dir):
    folder = rule_folder(tmp_path)
    fresh_registry(folder)
    (entry,) = user_cache_dir.iterdir()
    name = entry.stem
    secret = user_cache.machine_secret()
    payload = marshal.dumps([{"id": "x", "code": compile("1", "f", "eval")}])
    entry.write_bytes(rules_cache._tag(secret, name, payload) + payload)
    assert "no-foo" in fresh_registry(folder).specs


def test_without_a_secret_rules_are_parsed_and_nothing_is_kept(tmp_path, user_cache_dir, monkeypatch):
    monkeypatch.setattr(rules_cache, "machine_secret", lambda: b"")
    folder = rule_folder(tmp_path)
    assert "no-foo" in fresh_registry(folder).specs
    assert not user_cache_dir.exists()


def test_rule_files_unchanged_for_a_while_are_not_read(tmp_path, user_cache_dir, monkeypatch):
    """Named by their stats (the wait for a change's clock tick set to none here), the rule files
    are not read again; an edit changes the stat, so the file is read and parsed again."""
    monkeypatch.setattr(rules_cache, "RACY_NS", 0)
    folder = rule_folder(tmp_path)
    first = fresh_registry(folder)
    read = registry._read_text

    def no_reading(path):
        raise AssertionError(f"read {path} again")

    monkeypatch.setattr(registry, "_read_text", no_reading)
    assert fresh_registry(folder).specs == first.specs
    monkeypatch.setattr(registry, "_read_text", read)
    rule_folder(tmp_path, message="no foo in this text")
    assert fresh_registry(folder).specs["no-foo"].message == "no foo in this text"
