using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class SaidDatesTests
{
    // Tuesday 1 December 2026, 10:00 in Shanghai.
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("下周三以后", "12月9日（周三）以后")]
    [InlineData("周五以后", "12月4日（周五）以后")]
    [InlineData("12月10号以后", "12月10日（周四）以后")]
    [InlineData("下个月5号", "1月5日（周二）")]
    [InlineData("5号以后", "12月5日（周六）以后")]
    [InlineData("1号", "12月1日（周二）")]
    public void A_time_to_ship_later_is_said_back_as_the_coming_date(string when, string expected)
    {
        Assert.Equal(expected, SaidDates.ShipLater(when, Tuesday));
    }

    [Fact]
    public void A_day_of_month_already_past_is_the_one_next_month()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal("12月5日（周六）以后", SaidDates.ShipLater("5号以后", sunday));
    }

    [Theory]
    [InlineData("过几天")]
    [InlineData("月底")]
    [InlineData("下周")]
    public void Words_that_fix_no_day_are_left_as_the_buyer_said_them(string when)
    {
        Assert.Null(SaidDates.ShipLater(when, Tuesday));
    }
}
