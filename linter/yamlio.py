"""Bounded YAML with 1.2 booleans: plain data only, of a bounded size once aliases are expanded.

Only true/false are booleans, so `no`, `on`, `off` stay words. Timestamps stay strings, and
the tags that build other types (`!!set`, `!!timestamp`, `!!binary`, `!!omap`, `!!pairs`) are
refused: every reader expects strings, numbers, booleans, lists and mappings. Aliases are
allowed (rule files share lists with them), but the document is measured as if every alias
were copied out, so a few hundred bytes cannot unfold into gigabytes for whoever walks the
value later. Uses libyaml's C parser when PyYAML has it (rule files are read at every start).
"""
from __future__ import annotations

from functools import lru_cache


from .compiled import compile_cached

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    import yaml

MAX_CHARS = 5_000_000
MAX_NODES = 200_000  # scalars, lists and mappings, counted with every alias expanded
MAX_DEPTH = 64
MAX_INT_DIGITS = 30
_SURROGATE = compile_cached("[\ud800-\udfff]")
_MERGE_TAG = "tag:yaml.org,2002:merge"
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge", "value"))


class YamlLimitError(ValueError):
    """A YAML document that is valid but too big, too deep or of an unsupported type."""


@lru_cache(maxsize=1)
def _data_loader() -> type:
    """The safe loader that leaves yes/no/on/off and dates as strings and bounds big integers
    (PyYAML is imported here: a run whose rule files come from the user cache needs none)."""
    import regex
    import yaml

    class DataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_yaml_int(self, node):
            digits = sum(char.isdigit() for char in node.value)
            if digits > MAX_INT_DIGITS:
                raise YamlLimitError(f"line {node.start_mark.line + 1}: integer of {digits} digits")
            return super().construct_yaml_int(node)

    DataLoader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    DataLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", regex.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    DataLoader.add_constructor("tag:yaml.org,2002:int", DataLoader.construct_yaml_int)
    return DataLoader


def load_yaml(text: str, unique_keys: bool = False):
    """Parse one YAML document into plain data.

    Raises yaml.YAMLError for text that is not YAML (with `unique_keys`, also for a mapping
    that defines a key twice, which PyYAML would let the later one win silently), and
    YamlLimitError for YAML that is too large once expanded, nested too deep, or tagged as a
    type other than plain data.
    """
    if len(text) > MAX_CHARS:
        raise YamlLimitError(f"{len(text):,} characters, more than the {MAX_CHARS:,} allowed")
    surrogate = _SURROGATE.search(text)
    if surrogate:  # only from a caller's string (files are decoded strictly); libyaml cannot encode it
        raise YamlLimitError(f"character {surrogate.start() + 1} is a lone surrogate, not text")
    loader = _data_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_shape(node, unique_keys)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_shape(root: yaml.Node, unique_keys: bool) -> None:
    """Count the nodes of the expanded document (memoised per shared node: linear in the
    text), and refuse cycles, deep nesting, tags that are not plain data and, with
    `unique_keys`, a key written twice in one mapping."""
    import yaml

    done: dict[int, tuple[int, int]] = {}  # id(node) -> (values once expanded, depth)
    open_nodes: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack[-1]
        key = id(node)
        if key in done:
            stack.pop()
            continue
        children = _children(node)
        if key not in open_nodes:
            _check_tag(node)
            if unique_keys and isinstance(node, yaml.MappingNode):
                _check_unique_keys(node)
            open_nodes.add(key)
            pending = [child for child in children if not isinstance(child, yaml.ScalarNode) and id(child) not in done]
            if any(id(child) in open_nodes for child in pending):
                raise YamlLimitError(f"line {node.start_mark.line + 1}: an alias refers to a value that contains it")
            if pending:
                stack.extend(pending)
                continue
        stack.pop()
        open_nodes.discard(key)
        count, depth = 1, 1
        for child in children:
            if isinstance(child, yaml.ScalarNode):
                _check_tag(child)
                count += 1
                depth = max(depth, 2)
            else:
                child_count, child_depth = done[id(child)]
                count += child_count
                depth = max(depth, child_depth + 1)
        if count > MAX_NODES:
            raise YamlLimitError(f"line {node.start_mark.line + 1}: more than {MAX_NODES:,} values "
                                 "once aliases are expanded")
        if depth > MAX_DEPTH:
            raise YamlLimitError(f"line {node.start_mark.line + 1}: nested more than {MAX_DEPTH} levels deep")
        done[key] = (count, depth)


def _check_unique_keys(node: yaml.MappingNode) -> None:
    """Refuse a mapping whose own scalar keys repeat (keys brought in by a `<<` merge may be
    overridden: that is what a merge is for)."""
    import yaml

    first_line: dict[tuple[str, str], int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
            continue
        key = (key_node.tag, key_node.value)
        if key in first_line:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key_node.value!r} defined twice (first on line {first_line[key]})", key_node.start_mark)
        first_line[key] = key_node.start_mark.line + 1


def _check_tag(node: yaml.Node) -> None:
    if node.tag not in _PLAIN_TAGS:
        raise YamlLimitError(f"line {node.start_mark.line + 1}: unsupported tag {node.tag!r} "
                             "(only strings, numbers, booleans, lists and mappings)")


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
