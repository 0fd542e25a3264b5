using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class TaxNumberEditTests
{
    [Theory]
    [InlineData("91310115MA1H7XK3LK", "最后一位是j", "91310115MA1H7XK3LJ")]
    [InlineData("91440300MA5F2QW871", "倒数第二位是3", "91440300MA5F2QW831")]
    [InlineData("91440300MA5F2QW871", "倒数第2位应该是3", "91440300MA5F2QW831")]
    [InlineData("91440300MA5F2QW871", "第一位应该是8", "81440300MA5F2QW871")]
    [InlineData("91440300MA5F2QW871", "第十二位改成q", "91440300MA5Q2QW871")]
    public void One_named_character_of_the_number_given_is_replaced(string current, string text, string edited) =>
        Assert.Equal(edited, TaxNumberEdit.Apply(current, text));

    [Theory]
    [InlineData("最后一个是第几笔")]
    [InlineData("选最后一个")]
    [InlineData("税号是91440300MA5F2QW871")]
    [InlineData("第二十五位是3")]
    public void Words_that_change_no_character_change_nothing(string text) =>
        Assert.Null(TaxNumberEdit.Apply("91440300MA5F2QW871", text));
}
