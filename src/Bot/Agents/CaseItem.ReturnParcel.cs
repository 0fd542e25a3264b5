namespace ShopBot.Bot.Agents;

/// <summary>The parcel the buyer sent back for a return, exchange or repair (courier and number), for the warehouse to match.</summary>
public sealed partial record CaseItem
{
    public string? ReturnParcel { get; init; }
}
