namespace ShopBot.Knowledge.Orders;

/// <summary>
/// The shop's clock: China Standard Time, UTC+8 all year (China has kept no daylight saving time since 1991),
/// so a fixed offset is exact and needs no time zone database.
/// </summary>
public static class ShanghaiTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToOffset(Offset);
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>The local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Reads a wall-clock time of the export as a Shanghai time.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock) => new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    /// <summary>Midnight starting the local date, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
