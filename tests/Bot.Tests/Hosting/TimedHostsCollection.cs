namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// Tests that wait on whole hosts within a deadline (a Redis crash and its recovery, a model served by a second host):
/// run alone, after the parallel tests, so two of them starting hosts at once on two shared cores do not miss their
/// deadlines for want of CPU (each passed alone and failed beside the other).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedHostsCollection
{
    public const string Name = "Timed hosts";
}
