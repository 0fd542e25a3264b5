using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Templates;

public sealed class TemplateStoreTests : IDisposable
{
    private const string TrackFile = "area: track\nsituations:\n  shipped:\n    - 亲，订单{order_number}已由{carrier}发出。\n    - 您好，{carrier}已揽收订单{order_number}。\n";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("templates-kb-");

    public TemplateStoreTests() => Directory.CreateDirectory(Path.Combine(_root.FullName, "templates"));

    private string Folder => Path.Combine(_root.FullName, "templates");

    [Fact]
    public void Every_shipped_template_loads_and_passes_the_screen()
    {
        var store = new TemplateStore(SampleOrders.Paths, new WordListScreen(), NullLogger<TemplateStore>.Instance);

        Assert.True(store.All.Count >= 60);
        Assert.All(store.All, t => Assert.True(t.Variants.Count >= 2 || t.Area == "complaint", $"{t.Id} has one variant"));
    }

    [Theory]
    [InlineData("track.shipped")]
    [InlineData("track.shipped_no_tracking")]
    [InlineData("track.several_orders")]
    [InlineData("hurry.urgent_past_promise")]
    [InlineData("refund_unshipped.ask_reason")]
    [InlineData("refund_unshipped.retain_changed_mind")]
    [InlineData("quality_return.ask_photo")]
    [InlineData("invoice.requested_company")]
    [InlineData("greeting.welcome")]
    [InlineData("thanks.reply")]
    [InlineData("change_address.ask_address")]
    [InlineData("no_reason_return.within_window")]
    [InlineData("no_reason_return.outside_window")]
    [InlineData("track.not_received")]
    [InlineData("quality_return.reship_opened")]
    [InlineData("payment.credit_card")]
    [InlineData("other.out_of_scope")]
    [InlineData("clarify.which_intent")]
    [InlineData("handoff.connecting")]
    [InlineData("apology.error")]
    [InlineData("closing.bye")]
    [InlineData("policy.answer")]
    public void The_flows_find_the_templates_they_need(string templateId)
    {
        var store = new TemplateStore(SampleOrders.Paths, new WordListScreen(), NullLogger<TemplateStore>.Instance);

        Assert.True(store.Contains(templateId));
    }

    [Fact]
    public void Rendering_fills_the_slots_and_picks_the_same_variant_for_the_same_seed()
    {
        var store = CreateWith(("track.yaml", TrackFile));
        var slots = new Dictionary<string, string?> { ["order_number"] = "3615280417723305922", ["carrier"] = "顺丰速运" };

        var first = store.Render("track.shipped", slots, "conversation-1");
        var again = store.Render("track.shipped", slots, "conversation-1");
        var variants = Enumerable.Range(0, 40).Select(i => store.Render("track.shipped", slots, $"c{i}").Variant).Distinct().Count();

        Assert.Equal(first, again);
        Assert.Contains("3615280417723305922", first.Text, StringComparison.Ordinal);
        Assert.Contains("顺丰速运", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", first.Text, StringComparison.Ordinal);
        Assert.Equal(2, variants);
    }

    [Fact]
    public void A_missing_slot_fails_loudly_naming_the_template_and_the_slot()
    {
        var store = CreateWith(("track.yaml", TrackFile));

        var missing = Assert.Throws<TemplateRenderException>(() => store.Render("track.shipped", new Dictionary<string, string?> { ["order_number"] = "1" }, "c"));
        var blank = Assert.Throws<TemplateRenderException>(() => store.Render("track.shipped", new Dictionary<string, string?> { ["order_number"] = "1", ["carrier"] = " " }, "c"));
        var unknown = Assert.Throws<TemplateRenderException>(() => store.Render("track.nowhere", new Dictionary<string, string?>(), "c"));

        Assert.Equal(("track.shipped", "carrier"), (missing.TemplateId, missing.Slot));
        Assert.Contains("'carrier'", missing.Message, StringComparison.Ordinal);
        Assert.Equal("carrier", blank.Slot);
        Assert.Contains("track.nowhere", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_value_is_inserted_as_text_and_never_read_as_a_slot()
    {
        var store = CreateWith(("track.yaml", TrackFile));

        var reply = store.Render("track.shipped", new Dictionary<string, string?> { ["order_number"] = "{carrier}", ["carrier"] = "<b>x</b>" }, "c");

        Assert.Contains("{carrier}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<b>x</b>", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("area: track\nsituations:\n  shipped:\n    - 订单{order_no}已发出\n", "不是已知的占位符")]
    [InlineData("area: track\nsituations:\n  shipped:\n    - 订单{order_number}已发出\n    - 已发出\n", "占位符必须相同")]
    [InlineData("area: track\nsituations:\n  shipped:\n    - 订单{order_number已发出\n", "落单的“{”或“}”")]
    [InlineData("area: track\nsituations:\n  shipped:\n    - 这是最好的快递\n", "（superlative）“最好”")]
    [InlineData("area: hurry\nsituations:\n  shipped:\n    - 已发出\n", "area: track")]
    [InlineData("area: track\nsituations:\n  shipped: [\n", "不是有效的模板 YAML")]
    public void A_broken_template_file_is_refused_with_the_reason(string yaml, string reason)
    {
        var parsed = TemplateFile.Parse(yaml, "track.yaml", new WordListScreen());

        Assert.False(parsed.Succeeded);
        Assert.Empty(parsed.Templates);
        Assert.Contains(parsed.Problems, p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_store_refuses_to_load_a_folder_with_a_template_the_screen_blocks()
    {
        File.WriteAllText(Path.Combine(Folder, "track.yaml"), "area: track\nsituations:\n  shipped:\n    - 我们保证明天到\n");
        var store = new TemplateStore(new KnowledgeBasePaths(_root.FullName), new WordListScreen(), NullLogger<TemplateStore>.Instance);

        var exception = Assert.Throws<InvalidDataException>(() => store.Contains("track.shipped"));

        Assert.Contains("（promise）“保证”", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trainers_edited_file_is_saved_and_served_at_once()
    {
        var store = CreateWith(("track.yaml", TrackFile));
        var edited = TrackFile + "  closed:\n    - 亲，订单{order_number}已关闭。\n    - 订单{order_number}已经关闭了哦。\n";

        var result = await store.SaveAsync("track.yaml", edited);

        Assert.True(result.Saved, string.Join("; ", result.Problems));
        Assert.Equal(edited, await File.ReadAllTextAsync(Path.Combine(Folder, "track.yaml")));
        Assert.True(store.Contains("track.closed"));
        Assert.Empty(Directory.EnumerateFiles(Folder, "*.tmp"));
    }

    [Theory]
    [InlineData("track.yaml", "area: track\nsituations:\n  shipped:\n    - 最好的服务\n", "superlative")]
    [InlineData("../track.yaml", TrackFile, "模板文件名")]
    [InlineData("other.yaml", "area: other\nsituations:\n  shipped:\n    - 已发出\n  dup:\n    - x\n", "")]
    public async Task A_refused_edit_changes_nothing_and_says_why(string fileName, string yaml, string reason)
    {
        var store = CreateWith(("track.yaml", TrackFile));

        var result = await store.SaveAsync(fileName, yaml);

        Assert.Equal(reason.Length > 0, !result.Saved);
        if (!result.Saved)
        {
            Assert.Contains(result.Problems, p => p.Contains(reason, StringComparison.Ordinal));
            Assert.Equal(TrackFile, await File.ReadAllTextAsync(Path.Combine(Folder, "track.yaml")));
            Assert.False(File.Exists(Path.Combine(_root.FullName, "track.yaml")));
        }
    }

    public void Dispose() => _root.Delete(recursive: true);

    private TemplateStore CreateWith(params (string File, string Yaml)[] files)
    {
        foreach (var (file, yaml) in files)
        {
            File.WriteAllText(Path.Combine(Folder, file), yaml);
        }

        return new TemplateStore(new KnowledgeBasePaths(_root.FullName), new WordListScreen(), NullLogger<TemplateStore>.Instance);
    }
}
