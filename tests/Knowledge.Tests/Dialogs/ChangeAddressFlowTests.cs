using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ChangeAddressFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>, IAsyncLifetime
{
    /// <summary>An address change an earlier test left open would be the one a later test's change starts from.</summary>
    public Task InitializeAsync() => harness.CloseOpenCasesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Address_parts_given_across_turns_are_combined_and_the_mobile_is_masked_in_the_reply()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("地址想改一下");
        Assert.Equal("ask_address", buyer.State.Step);
        await buyer.SayAsync("改到山东省青岛市崂山区海尔路1号");
        Assert.Equal("ask_contact", buyer.State.Step);
        Assert.Empty(await buyer.CasesAsync());
        await buyer.SayAsync("收件人张伟 电话13812345678");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.AddressChange, request.Kind);
        Assert.Equal("3617051183306682495", request.OrderNumber);
        Assert.Contains("张伟", request.Description, StringComparison.Ordinal);
        Assert.Contains("13812345678", request.Description, StringComparison.Ordinal);
        Assert.Contains("海尔路1号", request.Description, StringComparison.Ordinal);
        Assert.Contains("138****5678", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_mobile_replaces_an_earlier_one()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("我想换个收货地址");
        await buyer.SayAsync("收件人刘洋 13611112222");
        await buyer.SayAsync("不对 电话是13611113333");
        await buyer.SayAsync("新地址是山东省烟台市芝罘区南大街9号");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Contains("13611113333", request.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("13611112222", request.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipient_and_mobile_stay_as_on_the_order_when_the_buyer_says_so()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("改个地址 青岛市市南区湛山路12号 收件人电话不变");

        var request = Assert.Single(await buyer.CasesAsync());
        Assert.Contains("傅阿福", request.Description, StringComparison.Ordinal);
        Assert.Contains("132****8888", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_order_is_handed_to_a_person_for_interception_with_the_new_address_on_the_courier_follow_up()
    {
        var buyer = harness.Start("一只小兔叽");

        var outcome = await buyer.SayAsync("改地址 北京市海淀区中关村大街1号 收件人兔小白 13100009999");

        Assert.Equal(ChangeAddressFlow.AfterShipment, outcome.FlowNeedsPerson);
        Assert.Contains("拦截", buyer.LastText, StringComparison.Ordinal);
        var followUp = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.LogisticsFollowUp, followUp.Kind);
        Assert.Contains("北京市海淀区中关村大街1号", followUp.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_address_as_refund_reason_offers_the_address_change_and_records_no_refund()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("3615807711204493362 我要退款");
        await buyer.SayAsync("地址填错了");

        Assert.Equal(IntentIds.ChangeAddress, buyer.State.ActiveFlow);
        Assert.Empty(await buyer.CasesAsync());
        await buyer.SayAsync("四川省成都市锦江区春熙路10号 收件人和电话不变");
        Assert.Equal(CaseKind.AddressChange, Assert.Single(await buyer.CasesAsync()).Kind);
    }

    [Fact]
    public void The_address_change_kind_has_a_stable_name_and_a_label()
    {
        Assert.Equal("address_change", CaseKind.AddressChange.Name());
        Assert.Equal("改地址", CaseKind.AddressChange.Label());
        Assert.Equal(CaseKind.AddressChange, CaseKinds.Parse("address_change"));
        Assert.False(CaseKind.AddressChange.IsAfterSales());
    }
}
