"""Generic checks that YAML rules name in `check:`; imported only when a rule uses them."""

BUILTIN_CHECKS: dict[str, str] = {
    "pattern": "linter.checks.pattern:PatternCheck",
    "line-marker": "linter.checks.line_marker:LineMarkerCheck",
    "engine": "linter.checks.engine_rule:EngineRule",
}
