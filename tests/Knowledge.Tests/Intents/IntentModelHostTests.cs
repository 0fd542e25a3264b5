using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class IntentModelHostTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}");

    public IntentModelHostTests()
    {
        var intents = Directory.CreateDirectory(Path.Combine(_root, "knowledge-base", "intents")).FullName;
        File.WriteAllLines(Path.Combine(intents, "track.txt"), ["# shipped parcels", "我的快递到哪了", "物流怎么不动了", "单号是多少", "包裹还没到"]);
        File.WriteAllLines(Path.Combine(intents, "hurry.txt"), ["什么时候发货", "快点发货", "怎么还不发", "还没发货吗"]);
    }

    [Fact]
    public void A_missing_model_is_trained_and_saved_at_first_use()
    {
        var host = CreateHost();

        Assert.Equal(IntentIds.Track, host.Classify("我的快递到哪了")[0].Intent);
        Assert.True(File.Exists(host.ModelPath));
    }

    [Fact]
    public void A_model_newer_than_the_examples_is_loaded_not_retrained()
    {
        var first = CreateHost();
        _ = first.Current;
        var written = File.GetLastWriteTimeUtc(first.ModelPath);

        var second = CreateHost();
        _ = second.Current;

        Assert.Equal(written, File.GetLastWriteTimeUtc(second.ModelPath));
    }

    [Fact]
    public void A_model_older_than_the_examples_is_retrained_with_the_new_intent()
    {
        var first = CreateHost();
        _ = first.Current;
        File.SetLastWriteTimeUtc(first.ModelPath, DateTime.UtcNow.AddHours(-1));
        File.WriteAllLines(Path.Combine(_root, "knowledge-base", "intents", "invoice.txt"), ["开发票", "发票抬头", "要专票", "税号怎么填"]);

        var second = CreateHost();

        Assert.Contains(IntentIds.Invoice, second.Current.Intents);
    }

    [Fact]
    public void A_served_model_is_swapped_in_without_a_restart_and_saved_for_the_next_start()
    {
        var host = CreateHost();
        Assert.DoesNotContain(IntentIds.Invoice, host.Current.Intents);
        File.WriteAllLines(Path.Combine(_root, "knowledge-base", "intents", "invoice.txt"), ["开发票", "发票抬头", "要专票", "税号怎么填"]);
        var candidate = host.TrainCandidate(IntentExampleSet.Load(Path.Combine(_root, "knowledge-base", "intents")).Examples);
        Assert.DoesNotContain(IntentIds.Invoice, host.Current.Intents);

        host.Serve(candidate, new IntentModelStamp("v2", DateTimeOffset.UnixEpoch, "测试", Overridden: false));

        Assert.Contains(IntentIds.Invoice, host.Current.Intents);
        Assert.Equal("v2", host.Stamp?.Version);
        Assert.Contains(IntentIds.Invoice, CreateHost().Current.Intents);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IntentModelHost CreateHost() => new(
        new KnowledgeBasePaths(Path.Combine(_root, "knowledge-base")),
        Options.Create(new IntentModelOptions { ModelPath = "artifacts/model.zip" }),
        KnowledgeBase.Normalizer,
        NullLogger<IntentModelHost>.Instance);
}
