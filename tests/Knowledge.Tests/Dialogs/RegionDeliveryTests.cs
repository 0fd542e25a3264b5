using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class RegionDeliveryTests
{
    [Theory]
    [InlineData("发到新疆要几天")]
    [InlineData("能寄到香港吗")]
    [InlineData("想给乌鲁木齐的朋友寄一套餐具能发吗")]
    [InlineData("西藏包邮吗")]
    public void Delivery_to_a_place_is_a_question_before_buying(string compact)
    {
        Assert.True(RegionDelivery.IsAsked(compact));
    }

    [Theory]
    [InlineData("我的快递到哪了")]
    [InlineData("几天能到")]
    [InlineData("保温杯还没到")]
    public void Lines_about_the_buyers_own_parcel_name_no_place_to_send_to(string compact)
    {
        Assert.False(RegionDelivery.IsAsked(compact));
    }
}
