using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Tests.Queue;

public sealed class BusinessHoursTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static BusinessHours Hours(string opens, string closes) => new(Options.Create(new HandoffOptions
    {
        BusinessHours = new BusinessHoursOptions { TimeZone = "Asia/Shanghai", Opens = TimeOnly.Parse(opens), Closes = TimeOnly.Parse(closes) },
    }));

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(22, 59, true)]
    [InlineData(23, 0, false)]
    public void Hours_are_read_in_the_shops_time_zone(int hour, int minute, bool open)
    {
        var local = new DateTimeOffset(2026, 3, 2, hour, minute, 0, Shanghai);

        Assert.Equal(open, Hours("09:00", "23:00").IsOpen(local.ToUniversalTime()));
    }

    [Fact]
    public void The_next_opening_after_closing_is_the_next_morning_and_before_opening_the_same_morning()
    {
        var hours = Hours("09:00", "23:00");

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, Shanghai), hours.NextOpening(new DateTimeOffset(2026, 3, 2, 23, 30, 0, Shanghai)));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, Shanghai), hours.NextOpening(new DateTimeOffset(2026, 3, 3, 2, 0, 0, Shanghai)));
        var now = new DateTimeOffset(2026, 3, 3, 12, 0, 0, Shanghai);
        Assert.Equal(now, hours.NextOpening(now));
    }

    [Fact]
    public void Hours_that_span_midnight_are_open_on_both_sides_of_it()
    {
        var hours = Hours("20:00", "02:00");

        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 3, 2, 23, 0, 0, Shanghai)));
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 3, 3, 1, 0, 0, Shanghai)));
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 3, 3, 12, 0, 0, Shanghai)));
    }
}
