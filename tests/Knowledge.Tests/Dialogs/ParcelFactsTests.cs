using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Facts of the buyer's own parcel told from wishes about couriers, holds confirmed from holds lifted.</summary>
public sealed class ParcelFactsTests
{
    [Theory]
    [InlineData("顺丰的吗", true)]
    [InlineData("是哪个快递发的", true)]
    [InlineData("餐具那單是哪個快遞發的", true)]
    [InlineData("顺丰那个20号发的", true)]
    [InlineData("保温杯发的顺丰还是中通", true)]
    [InlineData("能发顺丰吗", false)]
    [InlineData("可以指定中通吗", false)]
    [InlineData("你们一般发什么快递啊", false)]
    [InlineData("快点发货发什么快递啊", false)]
    [InlineData("中通那个快递员让我自己去网点拿凭什么不送上门", false)]
    public void The_courier_of_an_order_is_told_from_a_courier_wished_for(string text, bool ofOrder) =>
        Assert.Equal(ofOrder, ParcelFacts.AsksCourierOfOrder(text));

    [Theory]
    [InlineData("快递员电话？", true)]
    [InlineData("派送员手机号多少", true)]
    [InlineData("快递员电话一直打不通", false)]
    public void The_couriers_number_is_asked_unless_the_courier_cannot_be_reached(string text, bool asked) =>
        Assert.Equal(asked, ParcelFacts.AsksCourierPhone(text));

    [Theory]
    [InlineData("就今天早上拍的那单", true, true)]
    [InlineData("对 就是袜子那个", true, true)]
    [InlineData("能备注上吗 怕你们仓库忘了", false, true)]
    [InlineData("帮我确认一下备注了没", false, true)]
    [InlineData("就今天早上拍的那单", false, false)]
    [InlineData("算了 还是正常发吧", true, false)]
    [InlineData("那单帮我催一下", true, false)]
    public void A_hold_is_confirmed_by_which_order_or_a_note_check_never_by_a_wish_to_ship(string text, bool justHeld, bool confirms) =>
        Assert.Equal(confirms, HoldLifted.ConfirmsHold(text, justHeld));

    [Theory]
    [InlineData("显示签收了", true)]
    [InlineData("物流显示已经签收了", true)]
    [InlineData("显示签收了吗", false)]
    [InlineData("快递到哪了", false)]
    public void A_parcel_shown_as_signed_is_told_from_a_question_whether_it_is(string text, bool shown) =>
        Assert.Equal(shown, TrackSituations.SaysShownSigned(text));

    [Theory]
    [InlineData("你们店是在哪个城市发货啊", true)]
    [InlineData("东西一般从哪儿发出来的", true)]
    [InlineData("我的快递到哪了", false)]
    public void Where_the_shop_ships_from_is_told_from_where_a_parcel_is(string text, bool shipFrom) =>
        Assert.Equal(shipFrom, AnswerFlows.AsksShipFrom(text));
}
