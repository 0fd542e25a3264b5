using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Buyer;

/// <summary>The <c>Shop</c> section: what the buyer page shows, and the sample buyers offered in Development.</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    private const string Colour = "^#[0-9a-fA-F]{6}$";

    [Required]
    [MaxLength(40)]
    public string Name { get; set; } = "小店";

    [RegularExpression(Colour)]
    public string AccentColor { get; set; } = "#ff5000";

    [RegularExpression(Colour)]
    public string BackgroundColor { get; set; } = "#f4f4f4";

    [RegularExpression(Colour)]
    public string BotBubbleColor { get; set; } = "#ffffff";

    [RegularExpression(Colour)]
    public string UserBubbleColor { get; set; } = "#ff5000";

    [RegularExpression(Colour)]
    public string UserBubbleTextColor { get; set; } = "#ffffff";

    /// <summary>Buyers of the sample orders; the Development page lets anyone chat as one of them.</summary>
    public IList<SampleBuyer> SampleBuyers { get; } = [];
}
