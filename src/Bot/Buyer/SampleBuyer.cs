namespace ShopBot.Bot.Buyer;

/// <summary>A buyer of the sample orders, offered by the Development buyer page.</summary>
public sealed class SampleBuyer
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>What this buyer's orders let a newcomer try, shown in the picker.</summary>
    public string Note { get; set; } = string.Empty;
}
