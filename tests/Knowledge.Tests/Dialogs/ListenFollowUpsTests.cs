using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// Issue 11, "short follow-ups in context, care and usage questions": a short question after a case is about that
/// case; care questions get the product's care facts; delivery wishes become a note on the unshipped order; a stock
/// worry on an overdue order is answered on that order; a bare yes answers the bot's own request.
/// </summary>
public sealed class ListenFollowUpsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("运费谁出", CaseAsked.Postage)]
    [InlineData("那寄到哪", CaseAsked.Address)]
    [InlineData("用什么快递寄回去", CaseAsked.Courier)]
    [InlineData("我用韵达寄可以吗", CaseAsked.Courier)]
    [InlineData("那要几天", CaseAsked.Days)]
    [InlineData("能补多少", CaseAsked.Amount)]
    public void A_short_question_names_what_it_asks_about_the_case(string line, CaseAsked expected) =>
        Assert.Equal(expected, CaseQuestion.Read(line));

    [Theory]
    [InlineData("地址改一下")]
    [InlineData("我的快递到哪了好几天没动了是不是丢了你们帮我查查")]
    public void A_change_or_a_long_line_is_no_question_about_the_case(string line) =>
        Assert.Null(CaseQuestion.Read(line));

    [Fact]
    public void Postage_follows_the_case_kind_and_its_cause()
    {
        Assert.Equal("return_postage_shop", CaseQuestion.Situation(CaseAsked.Postage, Case(CaseKind.Return, "破损：杯盖裂了")));
        Assert.Equal("return_postage_buyer", CaseQuestion.Situation(CaseAsked.Postage, Case(CaseKind.Exchange, "尺码或款式不合适（非质量问题），买家要换成L")));
        Assert.Equal("reship_postage", CaseQuestion.Situation(CaseAsked.Postage, Case(CaseKind.Reship, "少发或缺件")));
        Assert.Null(CaseQuestion.Situation(CaseAsked.Days, Case(CaseKind.Return, "破损")));
    }

    [Theory]
    [InlineData("四件套洗了会不会缩", true)]
    [InlineData("羽绒服可以丢洗衣机里洗吗", true)]
    [InlineData("保温杯第一次用要怎么处理", true)]
    [InlineData("包包保质期多久", true)]
    [InlineData("洗了一次就缩水了", false)]
    [InlineData("掉色了能退吗", false)]
    [InlineData("袜子什么时候发", false)]
    [InlineData("晾几天味道能散掉不", false)]
    [InlineData("保温杯有股金属味 第一次用怎么洗", true)]
    public void A_care_question_is_told_from_a_problem_report(string line, bool asks) =>
        Assert.Equal(asks, CareQuestion.Asks(line, isQuestion: false));

    [Theory]
    [InlineData("别放驿站放快递柜就行", "配送要求：不要放驿站，放快递柜")]
    [InlineData("送到门卫就行", "配送要求：放门卫或前台代收")]
    [InlineData("周末家里没人", "配送要求：周末家里没人，请工作日派送或派送前电话联系")]
    public void A_delivery_wish_is_written_in_the_shops_words(string line, string expected) =>
        Assert.Equal(expected, DeliveryWish.Read(line));

    [Theory]
    [InlineData("周末没人下周再发")]
    [InlineData("改到公司前台")]
    [InlineData("快递柜取件码呢")]
    public void A_delay_an_address_change_or_a_parcel_already_there_is_no_delivery_wish(string line) =>
        Assert.Null(DeliveryWish.Read(line));

    [Fact]
    public async Task A_pinyin_care_question_gets_the_care_of_the_product_named_and_records_nothing()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("yurongfu neng jixi ma");

        Assert.Equal("care.down_coat", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task A_wish_not_to_use_the_parcel_station_is_noted_on_the_unshipped_order_without_a_person()
    {
        var buyer = harness.Start("momo_2019");

        var outcome = await buyer.SayAsync("枕套发货后别放驿站 放丰巢");

        Assert.Equal("listen_followups.delivery_wish_noted", buyer.Last.Replies.Single().TemplateId);
        Assert.Null(outcome.FlowNeedsPerson);
        var note = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.OrderChange);
        Assert.Equal("3616398001154720389", note.OrderNumber);
        Assert.Equal("配送要求：不要放驿站，放快递柜", note.Description);
    }

    [Fact]
    public async Task A_stock_worry_on_an_overdue_order_is_an_urgent_note_on_that_order_never_the_restock_text()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("餐具一直不发 是不是没货了");

        Assert.DoesNotContain("补货上架", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(buyer.Last.Replies, r => r.TemplateId == "listen_followups.stock_unknown");
        var urgent = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.UrgentNote);
        Assert.Equal("3611996043318805527", urgent.OrderNumber);
    }

    [Fact]
    public async Task Asking_about_today_after_a_hurry_is_answered_on_that_order_without_a_promise()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("袜子快点发 着急");
        await buyer.SayAsync("今天能发吗");

        Assert.Equal("listen_followups.ship_today", buyer.Last.Replies.Single().TemplateId);
    }

    [Fact]
    public async Task A_bare_yes_while_photos_are_asked_for_agrees_to_send_them()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("台灯开关按了没反应");
        await buyer.SayAsync("好的");

        Assert.Equal("listen_followups.ack_photos", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());
    }

    private static CaseRecord Case(CaseKind kind, string description) => new()
    {
        Id = "AS20261202-00001",
        Kind = kind,
        Status = CaseStatus.Open,
        BuyerId = "b",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        Description = description,
    };
}
