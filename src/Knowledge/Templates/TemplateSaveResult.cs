namespace ShopBot.Knowledge.Templates;

/// <summary>The outcome of a trainer saving a template file: saved, or refused with every reason.</summary>
public sealed record TemplateSaveResult(bool Saved, IReadOnlyList<string> Problems, int Templates);
