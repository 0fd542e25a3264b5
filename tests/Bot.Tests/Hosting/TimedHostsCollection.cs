namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// Tests that wait on whole hosts or on Redis within a deadline (a Redis crash and its recovery, a model served by a
/// second host, two hosts racing on one case): run alone, after the parallel tests, so two of them at once on two shared
/// cores do not miss their deadlines for want of CPU (each passed alone and failed beside the others).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedHostsCollection
{
    public const string Name = "Timed hosts";
}
