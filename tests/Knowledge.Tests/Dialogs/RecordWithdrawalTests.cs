using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Records of any kind taken back, with the wish said instead, told from new requests and status questions.</summary>
public sealed class RecordWithdrawalTests
{
    [Theory]
    [InlineData("换货不用了 颜色也能接受", CaseKind.Exchange, null)]
    [InlineData("不换了 留着自己用", CaseKind.Exchange, null)]
    [InlineData("发票不要了", CaseKind.InvoiceRequest, null)]
    [InlineData("不用开发票了", CaseKind.InvoiceRequest, null)]
    [InlineData("补偿不要了 我还是退货吧", CaseKind.Compensation, CaseKind.Return)]
    [InlineData("还是换货吧 不退了", CaseKind.Return, CaseKind.Exchange)]
    [InlineData("不想退了 你们赔点就行", CaseKind.Return, CaseKind.Compensation)]
    [InlineData("不要补发了 直接退款吧", CaseKind.Reship, CaseKind.RefundRequest)]
    [InlineData("地址不改了 还是寄原来的地址", CaseKind.AddressChange, null)]
    public void What_is_taken_back_and_what_is_wanted_instead_are_read(string text, CaseKind takenBack, CaseKind? instead)
    {
        var reading = RecordWithdrawal.Read(text.Replace(" ", string.Empty, StringComparison.Ordinal));

        Assert.NotNull(reading);
        Assert.Equal(takenBack, reading.TakenBack[0]);
        Assert.Equal(instead, reading.Instead);
    }

    [Fact]
    public void A_line_is_read_once_however_many_checks_of_a_turn_ask()
    {
        var first = RecordWithdrawal.Read("补偿不要了我还是退货吧");

        Assert.NotNull(first);
        Assert.Same(first, RecordWithdrawal.Read("补偿不要了我还是退货吧"));
    }

    [Theory]
    [InlineData("电话不改了 还用原来的")]
    [InlineData("手机号不用改了 还是用原来的13500001234")]
    public void A_phone_kept_is_a_phone_change_taken_back(string text)
    {
        var reading = RecordWithdrawal.Read(text.Replace(" ", string.Empty, StringComparison.Ordinal));

        Assert.Equal((CaseKind.AddressChange, true), (Assert.Single(reading!.TakenBack), reading.Phone));
    }

    [Theory]
    [InlineData("我要换货")]
    [InlineData("换货到哪一步了")]
    [InlineData("发票开好了吗")]
    [InlineData("补偿的钱到了吗")]
    [InlineData("你们不赔吗")]
    [InlineData("地址改成上海市浦东新区世纪大道100号")]
    public void New_requests_and_status_questions_take_nothing_back(string text) =>
        Assert.Null(RecordWithdrawal.Read(text));

    [Theory]
    [InlineData("退我盖子的钱吧", true)]
    [InlineData("退那个杯子的钱就行", true)]
    [InlineData("直接退款吧", false)]
    [InlineData("把钱退我", false)]
    public void Part_of_the_money_is_told_from_the_whole(string text, bool part) =>
        Assert.Equal(part, RecordWithdrawal.AsksPartOfTheMoney(text));

    [Theory]
    [InlineData("13488886666", "13400006666", "1348888****", "1340000****")]
    [InlineData("13698765432", "13600004444", "136****5432", "136****4444")]
    public void A_changed_mobile_and_the_one_it_replaces_never_look_the_same(string mobile, string original, string shown, string originalShown)
    {
        Assert.Equal(shown, MobileMask.Mask(mobile, original));
        Assert.Equal(originalShown, MobileMask.MaskOriginal(original, mobile));
    }
}
