using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class ChinaDivisionsTests
{
    private static readonly ChinaDivisions Divisions = ChinaDivisions.Load(Path.Combine(KnowledgeBase.Paths.Lexicons, "china-divisions.tsv"));

    [Fact]
    public void The_shipped_file_holds_every_province_and_about_three_thousand_districts()
    {
        Assert.Equal(31, Divisions.Provinces.Count);
        Assert.InRange(Divisions.Districts.Count, 2800, 3300);
        Assert.Contains(("上海市", "上海市", "浦东新区"), Divisions.Districts);
        Assert.Contains(("浙江省", "杭州市"), Divisions.Cities);
    }

    [Theory]
    [InlineData("浙江省", "浙江")]
    [InlineData("杭州市", "杭州")]
    [InlineData("浦东新区", "浦东")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("广西壮族自治区", "广西")]
    [InlineData("延边朝鲜族自治州", "延边")]
    [InlineData("朝阳区", "朝阳")]
    [InlineData("沙市区", "沙市")]
    [InlineData("城区", null)]
    public void A_short_name_is_what_buyers_write(string name, string? shortName)
    {
        Assert.Equal(shortName, ChinaDivisions.ShortName(name));
    }

    [Fact]
    public void A_malformed_line_names_its_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "110101\t北京市\t北京市\t东城区", "110102\t北京市"]);

            var error = Assert.Throws<FormatException>(() => ChinaDivisions.Load(path));

            Assert.Contains(":3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
