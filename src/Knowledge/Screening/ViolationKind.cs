namespace ShopBot.Knowledge.Screening;

/// <summary>The kinds of violation. Their lower-case names (<c>superlative</c>, <c>promise</c>, ...) are a contract of <c>screen --out</c>.</summary>
public enum ViolationKind
{
    Superlative,
    Promise,
    Rule,
    Contact,
    Abuse,
}
