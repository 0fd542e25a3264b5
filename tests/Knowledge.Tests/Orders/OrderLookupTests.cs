using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Tests.Orders;

public sealed class OrderLookupTests
{
    private readonly OrderLookup _lookup = SampleOrders.Lookup();

    [Fact]
    public void A_buyer_sees_only_their_own_orders_newest_first()
    {
        var orders = _lookup.OrdersOf("tb_lily88");

        Assert.True(orders.Count >= 5);
        Assert.All(orders, o => Assert.Equal("tb_lily88", o.BuyerId));
        Assert.Equal(orders.OrderByDescending(o => o.CreatedAt), orders);
        Assert.Empty(_lookup.OrdersOf("nobody_here"));
    }

    [Fact]
    public void Another_buyers_order_number_gets_exactly_what_an_unknown_number_gets()
    {
        var wangsOrder = _lookup.OrdersOf("小王爱购物")[0].OrderNumber;

        Assert.NotNull(_lookup.Find("小王爱购物", wangsOrder));
        Assert.Null(_lookup.Find("tb_lily88", wangsOrder));
        Assert.Null(_lookup.Find("tb_lily88", "3699999999999999999"));
        Assert.Null(_lookup.Find("tb_lily88", "not a number"));
    }

    [Fact]
    public void Order_numbers_are_found_in_free_text_including_full_width_digits()
    {
        Assert.Equal(["3615280417723305922"], _lookup.ExtractOrderNumbers("订单号：３６１５２８０４１７７２３３０５９２２ 到哪了"));
        Assert.Equal(["361102558843307712", "3615280417723305921"], _lookup.ExtractOrderNumbers("361102558843307712和3615280417723305921"));
        Assert.Empty(_lookup.ExtractOrderNumbers("电话13800001111，17位36152804177233059，20位36152804177233059211"));
        Assert.NotNull(_lookup.Find("tb_lily88", "单号是３６１５２８０４１７７２３３０５９２２"));
    }

    [Fact]
    public void Unshipped_orders_are_measured_against_the_72_hour_promise()
    {
        var within = Facts("tb_lily88", "3615280417723305921");
        var past = Facts("小王爱购物", "361102558843307712");

        Assert.False(within.IsShipped);
        Assert.False(within.IsPastShippingPromise);
        Assert.InRange(within.HoursSincePayment!.Value, 24.4, 24.6);
        Assert.InRange(within.HoursLeftToShip!.Value, 47.4, 47.6);
        Assert.True(past.IsPastShippingPromise);
        Assert.True(past.HoursSincePayment > 72);
        Assert.Equal(0, past.HoursLeftToShip);
    }

    [Fact]
    public void Shipped_orders_tell_tracking_and_whether_they_left_long_ago()
    {
        var recent = Facts("tb_lily88", "3615280417723305922");
        var longAgo = Facts("tb_lily88", "3601877720418356603");
        var noTracking = Facts("小王爱购物", "361298811750204463");
        var unpaid = Facts("tb_lily88", "3617004582210093348");

        Assert.True(recent.IsShipped && recent.HasTrackingNumber && !recent.IsShippedLongAgo);
        Assert.True(longAgo.IsShippedLongAgo);
        Assert.True(longAgo.DaysSinceShipment > 15);
        Assert.True(noTracking.IsShipped);
        Assert.False(noTracking.HasTrackingNumber);
        Assert.False(unpaid.IsPaid);
        Assert.Null(unpaid.ShipBy);
    }

    [Fact]
    public async Task The_sample_covers_what_the_flows_need_on_its_anchor_date()
    {
        var orders = (await OrderExportReader.ReadFileAsync(SampleOrders.Utf8Path)).Orders;
        var facts = orders.Select(_lookup.Facts).ToList();

        Assert.InRange(facts.Count(f => f.IsShipped && !f.HasTrackingNumber), 2, 3);
        Assert.InRange(facts.Count(f => f.IsShippedLongAgo), 2, 3);
        Assert.True(facts.Count(f => f.IsPastShippingPromise) >= 2);
        Assert.True(facts.Count(f => f.IsPaid && !f.IsShipped && !f.IsPastShippingPromise) >= 2);
    }

    private OrderFacts Facts(string buyer, string number) => _lookup.Facts(_lookup.Find(buyer, number)!);
}
