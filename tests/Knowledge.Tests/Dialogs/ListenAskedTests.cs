using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Issue 11, "asked again and handed over too soon": vague lines, warehouse notes, courier access, lost parcels asked about again.</summary>
public sealed class ListenAskedTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_lost_parcel_asked_about_in_a_later_chat_is_said_to_be_followed_up_and_opens_no_second_case()
    {
        await harness.Start("快乐的胖虎").SayAsync("四件套一直没收到");
        var later = harness.Start("快乐的胖虎");

        var outcome = await later.SayAsync("四件套到底到哪了 还没到");

        Assert.Equal("track.lost_parcel_followed", later.Last.Replies.First().TemplateId);
        Assert.Equal(ShipmentAnswers.LostParcel, outcome.FlowNeedsPerson);
        Assert.Single(await harness.Cases.ListAsync(new CaseQuery { BuyerId = "快乐的胖虎", OrderNumber = "3600982367712290435" }), c => c.Kind == CaseKind.LostParcel);
    }

    [Fact]
    public async Task Displeasure_that_names_nothing_is_asked_what_happened_in_plain_words()
    {
        var buyer = harness.Start("tb_chen_77");

        await buyer.SayAsync("你们怎么回事");

        Assert.Equal("clarify.what_happened", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("服务问题", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_note_for_the_warehouse_is_recorded_without_a_person_or_an_urgent_note()
    {
        var buyer = harness.Start("江南烟雨x");

        var outcome = await buyer.SayAsync("帮我备注一下 餐具发货前检查下有没有破的 包好一点");

        Assert.Null(outcome.FlowNeedsPerson);
        var note = Assert.Single(await buyer.CasesAsync());
        Assert.Equal((CaseKind.OrderChange, "仓库备注"), (note.Kind, note.Reason));
    }

    [Fact]
    public async Task A_courier_that_cannot_enter_is_followed_up_and_a_compensation_then_is_worded_for_a_parcel_not_in_hand()
    {
        var buyer = harness.Start("一只小兔叽");

        var outcome = await buyer.SayAsync("快递员说进不了小区 让我自己出去拿");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Equal("track.courier_access", buyer.Last.Replies.Single().TemplateId);
        await buyer.SayAsync("给我补偿几块就行");
        Assert.Equal("quality_return.compensation_ask_sum", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("留着", buyer.LastText, StringComparison.Ordinal);
        await buyer.SayAsync("10块吧");
        Assert.Equal("quality_return.compensation_recorded_not_received", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("继续使用", buyer.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("你们怎么回事", true)]
    [InlineData("你们这什么情况啊 ", true)]
    [InlineData("搞什么啊", true)]
    [InlineData("快递怎么回事 三天没动", false)]
    [InlineData("退款怎么回事", false)]
    public void A_vague_line_names_no_problem(string normalized, bool vague) =>
        Assert.Equal(vague, VagueLine.Is(normalized));

    [Theory]
    [InlineData("帮我备注发货前检查一下", "买家要求发货前检查商品是否完好")]
    [InlineData("麻烦包结实点", "买家要求包装加固")]
    [InlineData("送人的别放发票", "买家要求送礼，包裹内不放价格单据")]
    [InlineData("帮我检查一下物流到哪了", null)]
    [InlineData("备注晚点发", null)]
    public void A_warehouse_note_is_read_in_the_shops_words(string compact, string? note) =>
        Assert.Equal(note, OrderNote.Read(compact));
}
