namespace ShopBot.Bot.Tests;

/// <summary>The repository the tests run in, found by walking up to the folder that holds <c>Bot.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string KnowledgeBase => System.IO.Path.Combine(Path, "knowledge-base");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Bot.sln not found above the test assembly.");
    }
}
