using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>What the buyer says right after this chat recorded a quality case (RecordedCaseTalk).</summary>
public sealed class RecordedCaseTalkTests
{
    private const string Towel = "361298811750204463";
    private const string Bag = "3614900233781205627";

    [Fact]
    public async Task The_worry_that_the_new_towel_sheds_too_is_answered_with_its_care_and_nothing_is_recorded()
    {
        using var harness = new DialogHarness();
        var chat = harness.Start("小王爱购物");
        await chat.SayAsync("浴巾掉毛太严重了");
        await chat.SayAsync("换新的吧");
        var before = (await chat.CasesAsync()).Count;

        await chat.SayAsync("新换的要是也掉毛咋办");

        Assert.Equal(["after_record.worry_new", "care.towel"], chat.Last.Replies.Select(r => r.TemplateId));
        Assert.Contains(Towel, chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, (await chat.CasesAsync()).Count);
    }

    [Fact]
    public async Task Displeasure_gets_an_apology_once_then_a_supervisor()
    {
        using var harness = new DialogHarness();
        var chat = harness.Start("一只小兔叽");
        await chat.SayAsync("包的带子开线了");
        await chat.SayAsync("背了两天就开了");

        await chat.SayAsync("你们这东西质量也太差了");
        Assert.Equal("after_record.anger", chat.Last.Replies.Single().TemplateId);
        Assert.Null(chat.Last.FlowNeedsPerson);

        await chat.SayAsync("真是气死我了");
        Assert.Equal("complaint.acknowledge", chat.Last.Replies.Single().TemplateId);
        Assert.NotNull(chat.Last.FlowNeedsPerson);
    }

    [Fact]
    public async Task What_now_after_a_repair_tells_the_repair_steps()
    {
        using var harness = new DialogHarness();
        var chat = harness.Start("阿福的杂货铺");
        await chat.SayAsync("台灯开关坏了 按了没反应");
        await chat.SayAsync("修一下吧");

        await chat.SayAsync("然后呢 我要做什么");

        Assert.Equal("after_record.what_now_repair", chat.Last.Replies.Single().TemplateId);
    }

    [Fact]
    public async Task A_worry_in_a_later_chat_is_not_taken_as_about_a_case_recorded_here()
    {
        using var harness = new DialogHarness();
        await harness.Cases.OpenAsync(CaseDraft.ReturnOrExchange("一只小兔叽", "earlier", Bag, exchange: true, "质量问题：托特包开线", []));
        var later = harness.Start("一只小兔叽");

        await later.SayAsync("换的新的会不会也开线啊");

        Assert.DoesNotContain(later.Last.Replies, r => r.TemplateId.StartsWith("after_record.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_purchase_time_asked_as_a_question_with_a_return_is_not_a_detail()
    {
        using var harness = new DialogHarness();
        var chat = harness.Start("一只小兔叽");
        await chat.SayAsync("包的带子开线了");
        await chat.SayAsync("背了两天就开了");

        await chat.SayAsync("上个月买的还能退吗");

        Assert.DoesNotContain(chat.Last.Replies, r => r.TemplateId == "after_record.bought_when");
    }
}
