using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class IntentModelHostTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}");

    private static readonly string[] TrackExamples = ["# shipped parcels", "我的快递到哪了", "物流怎么不动了", "单号是多少", "包裹还没到", "快递怎么还没到", "查一下物流", "物流信息在哪看", "包裹到哪里了"];
    private static readonly string[] HurryExamples = ["什么时候发货", "快点发货", "怎么还不发", "还没发货吗", "催一下发货", "能不能早点发", "几天能发货", "赶紧发货吧"];

    public IntentModelHostTests()
    {
        var intents = Directory.CreateDirectory(Path.Combine(_root, "knowledge-base", "intents")).FullName;
        File.WriteAllLines(Path.Combine(intents, "track.txt"), TrackExamples);
        File.WriteAllLines(Path.Combine(intents, "hurry.txt"), HurryExamples);
        var evaluation = Directory.CreateDirectory(Path.Combine(_root, "knowledge-base", "evaluation")).FullName;
        File.WriteAllLines(Path.Combine(evaluation, "held-out.tsv"), [
            "track\t我的快递到哪里了", "track\t物流一直不动", "track\t包裹怎么还没到呢", "track\t帮我查下物流",
            "hurry\t什么时候能发货", "hurry\t快点发货啊", "hurry\t怎么还没发货", "hurry\t催下发货"]);
    }

    [Fact]
    public void A_missing_model_is_trained_and_saved_at_first_use()
    {
        var host = CreateHost();

        Assert.Equal(IntentIds.Track, host.Classify("我的快递到哪了")[0].Intent);
        Assert.True(File.Exists(host.ModelPath));
        Assert.Equal(StartUpRetrainOutcome.FirstModel, host.StartUp?.Outcome);
        Assert.Null(host.StartUp?.Comparison);
    }

    [Fact]
    public void A_stale_model_retrained_worse_at_start_up_is_refused_by_the_gate_and_the_saved_model_keeps_serving()
    {
        var first = CreateHost();
        _ = first.Current;
        var saved = File.ReadAllBytes(first.ModelPath);
        var intents = Path.Combine(_root, "knowledge-base", "intents");
        File.WriteAllLines(Path.Combine(intents, "track.txt"), HurryExamples);
        File.WriteAllLines(Path.Combine(intents, "hurry.txt"), TrackExamples);
        File.SetLastWriteTimeUtc(first.ModelPath, DateTime.UtcNow.AddHours(-1));

        var second = CreateHost();

        Assert.Equal(IntentIds.Track, second.Classify("我的快递到哪了")[0].Intent);
        var startUp = Assert.IsType<StartUpRetrain>(second.StartUp);
        Assert.Equal(StartUpRetrainOutcome.Refused, startUp.Outcome);
        Assert.False(startUp.Comparison!.Passed);
        Assert.Contains(startUp.Comparison.Intents, i => i.Intent == IntentIds.Track && i.Worse);
        Assert.NotEmpty(startUp.Comparison.Reasons);
        Assert.Equal(saved, File.ReadAllBytes(second.ModelPath));
        var third = CreateHost();
        Assert.Equal(IntentIds.Track, third.Classify("我的快递到哪了")[0].Intent);
        Assert.Equal(StartUpRetrainOutcome.Refused, third.StartUp?.Outcome);
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

        File.AppendAllLines(Path.Combine(_root, "knowledge-base", "evaluation", "held-out.tsv"), ["invoice\t我要开张发票", "invoice\t发票的抬头写公司"]);

        var second = CreateHost();

        Assert.Contains(IntentIds.Invoice, second.Current.Intents);
        Assert.Equal(StartUpRetrainOutcome.Promoted, second.StartUp?.Outcome);
        Assert.True(second.StartUp?.Comparison?.Passed);
        Assert.Contains(IntentIds.Invoice, CreateHost().Current.Intents);
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

    private IntentModelHost CreateHost()
    {
        var options = Options.Create(new IntentModelOptions { ModelPath = "artifacts/model.zip" });
        var gate = new ModelGate(KnowledgeBase.Normalizer, new HandoffRequestDetector(KnowledgeBase.Normalizer), new IntentDecider(Options.Create(new DecisionOptions())), options);
        return new(new KnowledgeBasePaths(Path.Combine(_root, "knowledge-base")), options, KnowledgeBase.Normalizer, gate, TimeProvider.System, NullLogger<IntentModelHost>.Instance);
    }
}
