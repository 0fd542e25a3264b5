using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class CaseFollowUpTests
{
    [Theory]
    [InlineData("之前申请换货的怎么样了", CaseKind.Exchange)]
    [InlineData("上次说给我补发的呢怎么还没到", CaseKind.Reship)]
    [InlineData("退货处理得怎么样了", CaseKind.Return)]
    [InlineData("前几天说的维修有结果了吗", CaseKind.Repair)]
    public void A_follow_up_on_an_earlier_case_names_its_kind(string text, CaseKind kind) =>
        Assert.Equal(kind, Assert.Single(CaseFollowUp.Asked(text)!));

    [Theory]
    [InlineData("保温杯盖子裂了给我换个新的")]
    [InlineData("换货怎么弄")]
    [InlineData("地址修改好了吗")]
    [InlineData("能补发一个吗")]
    public void A_new_request_is_no_follow_up(string text) =>
        Assert.Null(CaseFollowUp.Asked(text));
}
