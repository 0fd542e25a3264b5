using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs.Flows;

public sealed class MobileMaskTests
{
    [Fact]
    public void A_number_hides_its_middle_digits_as_a_rule() =>
        Assert.Equal("138****1112", MobileMask.Mask("13800001112", "13800001111"));

    [Fact]
    public void A_number_that_reads_like_the_original_hides_its_last_four_instead() =>
        Assert.Equal("1348888****", MobileMask.Mask("13488886666", "13400006666"));

    [Fact]
    public void A_corrected_number_never_reads_like_the_typo_it_replaces() =>
        Assert.Equal("1380660****", MobileMask.Mask("13806601112", "13800001111", "13800001112"));

    [Fact]
    public void The_number_said_before_changes_nothing_when_it_reads_differently() =>
        Assert.Equal("139****5678", MobileMask.Mask("13912345678", "13800001111", "13800001112"));
}
