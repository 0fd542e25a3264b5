namespace ShopBot.Knowledge.Screening;

/// <summary>One occurrence of a pattern found by <see cref="AhoCorasickAutomaton"/>: the pattern's number and its span [Start, End).</summary>
public readonly record struct PatternHit(int Pattern, int Start, int End);
