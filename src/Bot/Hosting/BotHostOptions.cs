namespace ShopBot.Bot.Hosting;

internal static class BotHostOptions
{
    /// <summary>
    /// Host options: without ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT the host runs as Development, because
    /// `dotnet run --project src/Bot` is how a newcomer tries it (sample-buyer picker on). Deployments set the
    /// environment to Production explicitly. No launch profile is used, so `dotnet run` prints nothing of its own
    /// before the verbs' output (`chat --json` is read line by line by tools).
    /// </summary>
    public static WebApplicationOptions Create(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Development,
    };
}
