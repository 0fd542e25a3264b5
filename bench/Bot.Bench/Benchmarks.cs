namespace ShopBot.Bench;

internal static class Benchmarks
{
    public static IReadOnlyList<IBenchmark> All { get; } = [new ClassifierBenchmark(), new ScreenBenchmark(), new QueueBenchmark(), new CaseStoreBenchmark(), new RecordingBenchmark(), new ReviewInboxBenchmark(), new TurnsBenchmark()];

    public static IBenchmark? Find(IReadOnlyList<string> args) =>
        args.Count == 0 ? null : All.FirstOrDefault(b => b.Name == args[0]);
}
