using ShopBot.Knowledge.Orders.Sync;

namespace ShopBot.Knowledge.Tests.Orders.Sync;

public sealed class TopSignatureTests
{
    // Worked out independently with Python's hashlib/hmac over "app_key12345678methodtaobao.trades.sold.increment.gettimestamp2026-11-22 10:00:00v2.0".
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["method"] = "taobao.trades.sold.increment.get",
        ["app_key"] = "12345678",
        ["v"] = "2.0",
        ["session"] = "",
        ["timestamp"] = "2026-11-22 10:00:00",
        ["sign"] = "ignored",
    };

    [Theory]
    [InlineData("md5", "43D9333D46508E0D8EABA9C56461F6A6")]
    [InlineData("hmac", "78B34E3C4EF6773A43D7AA282C414FDC")]
    [InlineData("hmac-sha256", "2A126D98944049F1637E80E09F5AD8BD0355FFE2C465DC089DA3DADD14BD2F45")]
    public void Parameters_are_sorted_joined_without_empty_values_or_sign_and_digested(string method, string expected) =>
        Assert.Equal(expected, TopSignature.Sign(Parameters, "secret", method));
}
