namespace ShopBot.Handoff.Hosting;

/// <summary>When agents work, in the shop's time zone. <see cref="Closes"/> before <see cref="Opens"/> spans midnight.</summary>
public sealed class BusinessHoursOptions
{
    /// <summary>An IANA or Windows time zone id.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(23, 0);
}
