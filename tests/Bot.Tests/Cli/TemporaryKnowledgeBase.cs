namespace ShopBot.Bot.Tests.Cli;

/// <summary>A copy of the repository's knowledge base in a temporary folder, removed at the end.</summary>
public sealed class TemporaryKnowledgeBase : IDisposable
{
    public TemporaryKnowledgeBase()
    {
        Folder = Directory.CreateTempSubdirectory("shopbot-kb-").FullName;
        var source = RepositoryRoot.KnowledgeBase;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, "knowledge-base", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string ModelPath => Path.Combine(Folder, "artifacts", "intent-model.zip");

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<BotProcess.Result> RunAsync(params string[] arguments) => RunWithInputAsync(string.Empty, arguments);

    public Task<BotProcess.Result> RunWithInputAsync(string standardInput, params string[] arguments) =>
        BotProcess.RunAsync(Folder, new Dictionary<string, string> { ["KnowledgeBase__Root"] = Path.Combine(Folder, "knowledge-base") }, standardInput, arguments);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
