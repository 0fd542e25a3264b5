namespace ShopBot.Knowledge.Promotion;

/// <summary>Which promoted model this is: a version id, when and by whom it was promoted, and whether the gate was overridden.</summary>
public sealed record IntentModelStamp(string Version, DateTimeOffset PromotedAt, string PromotedBy, bool Overridden);
