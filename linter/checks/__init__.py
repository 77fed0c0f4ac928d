"""Generic checks that YAML rules name in `check:`; imported only when a rule uses them."""

BUILTIN_CHECKS: dict[str, str] = {
    "pattern": "linter.checks.pattern:PatternCheck",
    "line-marker": "linter.checks.line_marker:LineMarkerCheck",
    "credit-line": "linter.checks.credit:CreditCheck",
    "teaser-line": "linter.checks.teaser:TeaserCheck",
    "embed-line": "linter.checks.embed:EmbedCheck",
    "split-dateline": "linter.checks.dateline:SplitDatelineCheck",
    "engine": "linter.checks.engine_rule:EngineRule",
    "repeated-word": "linter.checks.repetition:RepeatedWordCheck",
    "mojibake": "linter.checks.mojibake:MojibakeCheck",
    "unbalanced-pairs": "linter.checks.unbalanced:UnbalancedPairsCheck",
    "calendar-case": "linter.checks.calendar_case:CalendarCaseCheck",
    "midsentence-capital": "linter.checks.capitals:MidsentenceCapitalCheck",
    "merged-words": "linter.checks.merged_words:MergedWordsCheck",
    "repeated-block": "linter.checks.repeated_block:RepeatedBlockCheck",
    "future-year": "linter.checks.future_year:FutureYearCheck",
    "sentence-start": "linter.checks.sentence_start:LowercaseSentenceStartCheck",
    "languagetool": "linter.checks.languagetool:LanguageToolCheck",
    "truncated-text": "linter.checks.truncation:TruncatedTextCheck",
    "layout-damage": "linter.checks.layout:LayoutDamageCheck",
    "foreign-fragment": "linter.checks.foreign:UntranslatedFragmentCheck",
}
