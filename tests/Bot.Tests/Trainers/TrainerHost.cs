using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Tests.Cli;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// The real host (real bot, real reply screen) in Development over a temporary copy of the knowledge base, with
/// its model and reports in that copy too, so the tests never touch the repository's files.
/// </summary>
public sealed class TrainerHost : TemporaryHost
{
    public const string Key = "test-trainer-key-abcdefghijklmnopqrstuvwxyz";
    public const string TrainerName = "测试培训师";
    public const string DirectLineSecret = "trainer-tests-directline-secret-0123";

    private readonly TemporaryKnowledgeBase _knowledgeBase = new();
    private readonly IReadOnlyDictionary<string, string?> _extraSettings;

    public TrainerHost()
        : this(kestrel: false)
    {
    }

    /// <summary>
    /// A host whose example files keep only the first <paramref name="examplesPerIntent"/> examples of each intent
    /// (a small model trains in about a second), with <paramref name="extraSettings"/> over the usual ones.
    /// </summary>
    internal TrainerHost(bool kestrel, int? examplesPerIntent = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
        : base("shopbot-trainer-", kestrel)
    {
        _extraSettings = extraSettings ?? new Dictionary<string, string?>();
        if (examplesPerIntent is { } count)
        {
            foreach (var file in Directory.GetFiles(IntentsFolder, "*.txt"))
            {
                KeepExamples(Path.GetFileName(file), 0, count);
            }
        }
    }

    public string IntentsFolder => Path.Combine(KnowledgeBase, "intents");

    public string KnowledgeBase => Path.Combine(_knowledgeBase.Folder, "knowledge-base");

    public string Artifacts => Path.Combine(_knowledgeBase.Folder, "artifacts");

    public HttpClient Trainer() => WithKey(Key);

    /// <summary>Rewrites an example file as its header plus the repository's examples <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/>.</summary>
    public void KeepExamples(string file, int skip, int take)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.KnowledgeBase, "intents", file));
        var header = lines.TakeWhile(l => l.StartsWith('#'));
        var examples = lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Skip(skip).Take(take);
        File.WriteAllLines(Path.Combine(IntentsFolder, file), header.Concat(examples));
    }

    public HttpClient WithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Yaml(string yaml) => new(yaml, Encoding.UTF8, "text/yaml");

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The error body's code, after checking the status and that the message is not empty.</summary>
    public static async Task<JsonElement> AssertErrorAsync(HttpResponseMessage response, System.Net.HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = (await ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(new Dictionary<string, string?>
    {
        ["KnowledgeBase:Root"] = KnowledgeBase,
        ["Intents:ModelPath"] = Path.Combine(Artifacts, "intent-model.zip"),
        ["Consoles:Trainers:0:Key"] = Key,
        ["Consoles:Trainers:0:Name"] = TrainerName,
        ["DirectLine:Secret"] = DirectLineSecret,
        ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Folder, "logs", "shopbot-.clef"),
    }.Where(setting => !_extraSettings.ContainsKey(setting.Key)).Concat(_extraSettings));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                _knowledgeBase.Dispose();
            }
            catch (IOException)
            {
                // A model file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
