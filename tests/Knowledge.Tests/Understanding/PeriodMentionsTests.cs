using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class PeriodMentionsTests
{
    // Sunday 22 November 2026.
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    [Theory]
    [InlineData("我11月初买的东西", "2026-11-01", "2026-11-10")]
    [InlineData("我11月出买的", "2026-11-01", "2026-11-10")]
    [InlineData("十一月中旬下的单", "2026-11-11", "2026-11-20")]
    [InlineData("10月底拍的", "2026-10-21", "2026-10-31")]
    [InlineData("10月份买的", "2026-10-01", "2026-10-31")]
    [InlineData("月初拍的那个", "2026-11-01", "2026-11-10")]
    [InlineData("月中买的", "2026-11-11", "2026-11-20")]
    [InlineData("上个月买的", "2026-10-01", "2026-10-31")]
    [InlineData("上月底买的", "2026-10-21", "2026-10-31")]
    [InlineData("上周买的", "2026-11-09", "2026-11-15")]
    [InlineData("上个礼拜拍的", "2026-11-09", "2026-11-15")]
    [InlineData("12月初买的", "2025-12-01", "2025-12-10")]
    public void A_stretch_of_days_is_read_against_today(string text, string from, string to)
    {
        var period = Assert.Single(PeriodMentions.Find(text, Sunday));

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
    }

    [Fact]
    public void The_end_of_the_month_said_early_in_a_month_is_the_last_one()
    {
        var period = Assert.Single(PeriodMentions.Find("月底买的", new DateOnly(2026, 11, 5)));

        Assert.Equal((new DateOnly(2026, 10, 21), new DateOnly(2026, 10, 31)), (period.From, period.To));
    }

    [Theory]
    [InlineData("上周五买的")]
    [InlineData("三个月内")]
    [InlineData("一个月中有两次")]
    [InlineData("月出")]
    public void Single_days_and_lengths_of_time_are_no_stretch_of_days(string text)
    {
        Assert.Empty(PeriodMentions.Find(text, Sunday));
    }
}
