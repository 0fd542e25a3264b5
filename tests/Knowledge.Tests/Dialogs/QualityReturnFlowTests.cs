using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class QualityReturnFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>, IAsyncLifetime
{
    public Task InitializeAsync() => harness.CloseOpenCasesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Photo = "https://shop.example/v3/directline/attachments/abc/photo.jpg";

    [Fact]
    public async Task A_smell_is_taken_from_the_description_without_asking_for_a_photo()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("托特包有一股很重的怪味 想退货");

        Assert.Contains("不需要照片", buyer.LastText, StringComparison.Ordinal);
        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal((CaseKind.Return, "3614900233781205627"), (opened.Kind, opened.OrderNumber));
    }

    [Fact]
    public async Task Trying_it_first_after_the_photo_is_asked_records_nothing()
    {
        var buyer = harness.Start("快乐的胖虎");
        await buyer.SayAsync("四件套起球有点厉害");
        Assert.Equal("ask_photo", buyer.State.Step);

        await buyer.SayAsync("我先试试，不行再说");

        Assert.Empty(await buyer.CasesAsync());
        Assert.Null(buyer.State.ActiveFlow);
    }

    [Fact]
    public async Task Quality_complaint_with_photo_is_recorded_and_goes_to_a_person_who_reviews_the_photo()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("收到的碗裂了一个，要退货");
        Assert.Equal("ask_photo", buyer.State.Step);
        Assert.Empty(await buyer.CasesAsync());

        var outcome = await buyer.SayAsync("照片发你了", Photo);

        Assert.Equal(QualityReturnFlow.QualityReview, outcome.FlowNeedsPerson);
        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Return, opened.Kind);
        Assert.Equal("3614119902035518774", opened.OrderNumber);
        Assert.Equal([Photo], opened.PhotoUrls);
        Assert.Contains("碗裂纹", opened.Description);
        Assert.DoesNotContain(opened.Id, buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("照片", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("运费", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_request_is_asked_for_a_description_then_photos()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("我要退货退款，质量不行");
        await buyer.SayAsync("包的拉链坏了拉不上");

        Assert.Equal("ask_photo", buyer.State.Step);
        await buyer.SayAsync("暂时拍不了照片");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Empty(opened.PhotoUrls);
    }

    [Fact]
    public async Task Compensation_above_the_limit_is_offered_within_it_first_and_a_supervisor_with_a_record_when_refused()
    {
        var buyer = harness.Start("一只小兔叽");

        var offered = await buyer.SayAsync("包上有划痕，赔我50元就不退了");

        Assert.Null(offered.FlowNeedsPerson);
        Assert.Equal("quality_return.within_limit_offer", buyer.Last.Replies.Single().TemplateId);

        var refused = await buyer.SayAsync("不行 太少了");

        Assert.Equal(QualityReturnFlow.Compensation, refused.FlowNeedsPerson);
        // She said she would not send it back ("就不退了"): the return is not offered again beside the supervisor.
        Assert.Equal("quality_return.needs_supervisor_recorded_kept", buyer.Last.Replies.Single().TemplateId);
        // The supervisor sees what was asked: the sum, on the order, with the problem.
        var asked = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.Compensation);
        Assert.Contains("要求补偿50元", asked.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_not_delivered_yet_is_told_to_check_the_parcel_on_arrival()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("3617051183306682495 质量有问题，袜子破洞");

        Assert.Equal("quality_return.not_delivered_yet", buyer.Last.Replies.Single().TemplateId);
    }
}
