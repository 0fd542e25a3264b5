namespace ShopBot.Bot.Hosting;

internal static class BotHostOptions
{
    /// <summary>
    /// Host options: without ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT the host runs as Development, because
    /// `dotnet run --project src/Bot` is how a newcomer tries it (sample-buyer picker on). Deployments set the
    /// environment to Production explicitly. No launch profile is used, so `dotnet run` prints nothing of its own
    /// before the verbs' output (`chat --json` is read line by line by tools).
    /// The content root is the working directory (relative paths in the settings mean the same for the host and the
    /// CLI verbs), so the pages are not looked for there: a published host serves the <c>wwwroot</c> next to its
    /// assembly, and a host run from its build output serves <c>src/Bot/wwwroot</c> through the static web assets
    /// manifest (<see cref="StaticPagesExtensions.AddStaticPages"/>).
    /// </summary>
    public static WebApplicationOptions Create(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Development,
        WebRootPath = PublishedWebRoot(),
    };

    private static string? PublishedWebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(published) ? published : null;
    }
}
