namespace ShopBot.Bench;

/// <summary>One named measurement; it prints its figures to standard output.</summary>
internal interface IBenchmark
{
    string Name { get; }

    Task RunAsync(IReadOnlyList<string> arguments);
}
