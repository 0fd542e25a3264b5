namespace ShopBot.Bot.Cli;

/// <summary>The verbs the host knows. The first argument picks one; with none, the host serves the web.</summary>
internal static class CliVerbs
{
    public static IReadOnlyList<ICliVerb> All { get; } = [new TrainVerb(), new EvalVerb(), new ScreenVerb(), new ImportOrdersVerb(), new RegisterVerb(), new ChatVerb(), new TestConversationsVerb()];

    public static ICliVerb? Find(IReadOnlyList<string> args) =>
        args.Count == 0 ? null : All.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.Ordinal));
}
