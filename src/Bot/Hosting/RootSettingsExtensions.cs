namespace ShopBot.Bot.Hosting;

internal static class RootSettingsExtensions
{
    /// <summary>
    /// Reads the repository's root <c>appsettings.json</c> (and <c>appsettings.{Environment}.json</c>) wherever the host
    /// was started from, with the lowest precedence, so environment variables and arguments still override it.
    /// </summary>
    public static WebApplicationBuilder AddRootSettings(this WebApplicationBuilder builder)
    {
        var root = FindRoot();
        if (root is null)
        {
            return builder;
        }

        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        var environmentFile = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false)
            .Sources[0];
        var baseFile = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: false, reloadOnChange: false)
            .Sources[0];
        sources.Insert(0, environmentFile);
        sources.Insert(0, baseFile);
        return builder;
    }

    internal static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge-base")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
