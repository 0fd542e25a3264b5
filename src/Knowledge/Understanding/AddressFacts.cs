namespace ShopBot.Knowledge.Entities;

/// <summary>
/// The parts of a delivery address the buyer gave in one message; each is null when not given. Province, city and
/// district are GB/T 2260 names (北京市, 北京市, 朝阳区); <see cref="Detail"/> is the street, number, building and room.
/// </summary>
public sealed record AddressFacts
{
    public string? RecipientName { get; init; }

    /// <summary>Eleven digits, without spaces, dashes or +86.</summary>
    public string? Mobile { get; init; }

    public string? Province { get; init; }

    public string? City { get; init; }

    public string? District { get; init; }

    public string? Detail { get; init; }

    /// <summary>Enough to post a parcel: a city and the detail.</summary>
    public bool HasFullAddress => City is not null && Detail is not null;
}
