namespace ShopBot.Knowledge.Tests.Text;

public sealed class TextNormalizerTests
{
    private static readonly ShopBot.Knowledge.Text.TextNormalizer Normalizer = KnowledgeBase.Normalizer;

    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("發貨了嗎", "发货了吗")]
    [InlineData("物流單號是多少", "物流单号是多少")]
    [InlineData("轉人工", "转人工")]
    [InlineData("Refund PLEASE", "refund please")]
    [InlineData("①②③", "123")]
    public void Fold_turns_compatibility_forms_traditional_characters_and_case_into_plain_forms(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Fold(input).Text);

    [Theory]
    [InlineData("你好，，，我的快递呢？？？", "你好 我的快递呢")]
    [InlineData("  人   工\t客服  ", "人 工 客服")]
    [InlineData("😭😭包裹还没到📦", "包裹还没到")]
    [InlineData("【急】發貨！！", "急 发货")]
    [InlineData("~~~", "")]
    public void Normalize_turns_symbol_noise_and_runs_of_space_into_single_spaces(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input));

    [Theory]
    [InlineData("大概啥时侯能到南京", "大概啥时候能到南京")]
    [InlineData("什么時侯發貨", "什么时候发货")]
    [InlineData("三小时后再看", "三小时后再看")]
    public void Normalize_reads_the_common_slip_of_时侯_as_时候(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input));

    [Theory]
    [InlineData("有没有卷啊", "有没有券啊")]
    [InlineData("店铺有優惠卷吗", "店铺有优惠券吗")]
    [InlineData("领了劵再付", "领了券再付")]
    [InlineData("浴巾有卷边", "浴巾有卷边")]
    [InlineData("用卷尺量了一下", "用卷尺量了一下")]
    public void Normalize_reads_a_coupon_typed_卷_or_劵_as_券_and_leaves_a_roll_or_curl_alone(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input));

    [Fact]
    public void Compact_removes_every_space_so_spaced_out_words_are_whole_again() =>
        Assert.Equal("人工客服", Normalizer.Compact("人 工 · 客 服 ！"));

    [Fact]
    public void Fold_maps_every_folded_character_back_to_its_place_in_the_original()
    {
        const string original = "亲😊，最佳選擇";
        var folded = Normalizer.Fold(original);

        var at = folded.Text.IndexOf("最佳选择", StringComparison.Ordinal);

        Assert.True(at >= 0);
        Assert.Equal(original.IndexOf("最佳選擇", StringComparison.Ordinal), folded.SourceStart(at));
        Assert.Equal(folded.Text.Length, folded.SourceIndex.Count);
    }

    [Fact]
    public void The_character_table_covers_the_traditional_forms_buyers_type() =>
        Assert.Equal("质量问题退货发票专票", Normalizer.Fold("質量問題退貨發票專票").Text);

    [Theory]
    [InlineData("在吗\uFFFE", "在吗\uFFFD")]
    [InlineData("在吗\uFFFF", "在吗\uFFFD")]
    [InlineData("发货\U0010FFFF", "发货\uFFFD")]
    public void Text_that_no_edge_sanitised_folds_without_throwing(string input, string expected)
    {
        var folded = Normalizer.Fold(input);

        Assert.Equal(expected, folded.Text);
        Assert.Equal(folded.Text.Length, folded.SourceIndex.Count);
        Assert.Equal(expected.Replace("\uFFFD", string.Empty, StringComparison.Ordinal), Normalizer.Compact(input));
    }

    /// <summary>Built in code: xUnit cannot carry a lone surrogate through <c>InlineData</c>.</summary>
    [Fact]
    public void Lone_surrogates_fold_to_replacement_characters_without_throwing()
    {
        Assert.Equal("快递\uFFFD到哪", Normalizer.Fold("快递" + '\uD800' + "到哪").Text);
        Assert.Equal("\uFFFD快递", Normalizer.Fold('\uDC00' + "快递").Text);
        Assert.Equal("快递", Normalizer.Compact("快递" + '\uDBFF'));
    }

    /// <summary>Characters are folded once and remembered: the second fold of a text must equal the first, expansions included.</summary>
    [Fact]
    public void A_remembered_character_folds_as_it_did_the_first_time_with_its_expansion_mapped_back()
    {
        const string text = "ﬁ發①Ａ㍻😊订单";
        var first = Normalizer.Fold(text);
        var second = Normalizer.Fold(text);

        Assert.Equal("fi发1a平成😊订单", first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal([0, 0, 1, 2, 3, 4, 4, 5, 5, 7, 8], first.SourceIndex);
        Assert.Equal(first.SourceIndex, second.SourceIndex);
        Assert.Equal("fi发1a平成 订单", Normalizer.Normalize(text));
    }
}
