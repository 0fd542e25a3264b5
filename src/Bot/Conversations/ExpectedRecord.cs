namespace ShopBot.Bot.Conversations;

/// <summary>
/// A record a turn must open or change: its type (<c>refund_request</c> ...), its order, the fields to compare whole, and
/// the fields that must contain a piece of text (a description that ends in a case id, say).
/// </summary>
public sealed class ExpectedRecord
{
    public string Type { get; set; } = string.Empty;

    public string? Order { get; set; }

    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FieldsContain { get; set; } = new(StringComparer.Ordinal);

    public bool Matches(TurnRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Equals(record.Type, Type, StringComparison.Ordinal)
            && (Order is null || string.Equals(record.Order, Order, StringComparison.Ordinal))
            && Fields.All(f => record.Fields.TryGetValue(f.Key, out var value) && string.Equals(value, f.Value, StringComparison.Ordinal))
            && FieldsContain.All(f => record.Fields.TryGetValue(f.Key, out var value) && value.Contains(f.Value, StringComparison.Ordinal));
    }

    public override string ToString() =>
        $"{Type}{(Order is null ? string.Empty : " " + Order)}{string.Concat(Fields.Select(f => $" {f.Key}={f.Value}"))}{string.Concat(FieldsContain.Select(f => $" {f.Key}∋{f.Value}"))}";
}
