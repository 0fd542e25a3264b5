using ShopBot.Bench;

// dotnet run -c Release --project bench/Bot.Bench -- NAME   (NAME: see Benchmarks.All)
if (TurnsBenchmark.TryRunServer(args))
{
    return 0;
}

var benchmark = Benchmarks.Find(args);
if (benchmark is null)
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project bench/Bot.Bench -- {string.Join('|', Benchmarks.All.Select(b => b.Name))} [options]");
    return 2;
}

await benchmark.RunAsync(args.Skip(1).ToList());
return 0;
