using System.Globalization;
using ShopBot.Knowledge.Evaluation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShopBot.Bot.Conversations;

/// <summary>
/// Reads a trainer's conversation test file (YAML: <c>conversations:</c>, a list of <see cref="ConversationScript"/>).
/// A file that cannot be used ends with an <see cref="InputFileException"/> naming the file, line and problem.
/// </summary>
public static class ConversationFile
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<ConversationScript> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such file.");
        }

        ConversationFileContent? content;
        try
        {
            content = Reader.Deserialize<ConversationFileContent>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            throw new InputFileException(string.Create(CultureInfo.InvariantCulture, $"{path}:{exception.Start.Line}: {(exception.InnerException ?? exception).Message}"));
        }

        var scripts = content?.Conversations ?? [];
        if (scripts.Count == 0)
        {
            throw new InputFileException($"{path}: no conversations (the file needs a 'conversations:' list).");
        }

        for (var i = 0; i < scripts.Count; i++)
        {
            var script = scripts[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"{path}, conversation {i + 1}");
            if (string.IsNullOrWhiteSpace(script.Name) || string.IsNullOrWhiteSpace(script.Buyer) || script.Turns.Count == 0)
            {
                throw new InputFileException($"{where}: every conversation needs 'name', 'buyer' and at least one turn.");
            }

            if (script.Turns.Any(t => string.IsNullOrWhiteSpace(t.Buyer)))
            {
                throw new InputFileException($"{where} ({script.Name}): every turn needs a 'buyer' line.");
            }

            if (script.Turns.Any(t => t.State is not null and not ("bot" or "queued" or "agent")))
            {
                throw new InputFileException($"{where} ({script.Name}): 'state' is bot, queued or agent.");
            }

            script.Source = path;
        }

        return scripts;
    }

    /// <summary>The files named, or every <c>*.yaml</c> under the folders named.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths
            .SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p])
            .ToList();
    }

    private sealed class ConversationFileContent
    {
        public List<ConversationScript> Conversations { get; set; } = [];
    }
}
