using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Cli;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Tests.Cli;

/// <summary>The <c>screen</c> verb run in-process through <see cref="CliRunner"/> over the real lexicon, on files in a temporary folder.</summary>
public sealed class ScreenVerbTests : IDisposable
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var paths = KnowledgeBasePaths.Locate(null);
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(paths)
            .AddSingleton(new TextNormalizer(TraditionalSimplifiedMap.Load(paths.TraditionalToSimplified)))
            .AddScreening()
            .BuildServiceProvider();
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("screen-verb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Writes_one_verdict_per_reply_in_input_order_with_kinds_matches_indices_and_rewrites()
    {
        var input = Write("replies.txt", "最近物流有点慢,请耐心等待\n\n这是全网最低价\n明天一定到\n加我微信13812345678\n");
        var output = Path.Combine(_folder, "verdicts.jsonl");

        var (code, stdout, _) = await RunAsync("screen", input, "--out", output);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["最近物流有点慢,请耐心等待", "这是全网最低价", "明天一定到", "加我微信13812345678"], records.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal([true, false, false, false], records.Select(r => r.GetProperty("allowed").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("rewrite").ValueKind);
        Assert.Empty(records[0].GetProperty("violations").EnumerateArray());

        var superlative = records[1].GetProperty("violations")[0];
        Assert.Equal("superlative", superlative.GetProperty("kind").GetString());
        Assert.Equal("全网最低", superlative.GetProperty("match").GetString());
        Assert.Equal(2, superlative.GetProperty("index").GetInt32());
        Assert.Equal("这是优惠价", records[1].GetProperty("rewrite").GetString());

        Assert.Equal("promise", records[2].GetProperty("violations")[0].GetProperty("kind").GetString());
        Assert.Equal("明天预计到", records[2].GetProperty("rewrite").GetString());

        var contact = records[3].GetProperty("violations").EnumerateArray().ToList();
        Assert.All(contact, v => Assert.Equal("contact", v.GetProperty("kind").GetString()));
        Assert.Contains(contact, v => v.GetProperty("match").GetString() == "13812345678" && v.GetProperty("index").GetInt32() == 4);
        Assert.Equal(JsonValueKind.Null, records[3].GetProperty("rewrite").ValueKind);

        Assert.Contains("4 replies: 1 allowed, 3 blocked (2 with a compliant rewrite, 1 to escalate)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_a_summary_by_kind_without_out()
    {
        var input = Write("replies.txt", "开发票要加6个点税\n你是不是傻\n第一时间为您处理\n");

        var (code, stdout, _) = await RunAsync("screen", input);

        Assert.Equal(0, code);
        Assert.Matches(@"rule\s+2 violations in\s+1 replies", stdout);
        Assert.Matches(@"abuse\s+1 violations in\s+1 replies", stdout);
        Assert.Matches(@"superlative\s+0 violations", stdout);
    }

    [Fact]
    public async Task Missing_file_fails_with_a_clear_error_and_writes_nothing()
    {
        var output = Path.Combine(_folder, "verdicts.jsonl");

        var (code, _, stderr) = await RunAsync("screen", Path.Combine(_folder, "absent.txt"), "--out", output);

        Assert.Equal(CliRunner.InputError, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Empty_file_fails()
    {
        var (code, _, stderr) = await RunAsync("screen", Write("empty.txt", "\n  \n"));

        Assert.Equal(CliRunner.InputError, code);
        Assert.Contains("empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Huge_line_fails_and_leaves_an_existing_output_untouched()
    {
        var input = Write("huge.txt", "您好\n" + new string('好', 5000) + "\n");
        var output = Write("verdicts.jsonl", "previous\n");

        var (code, _, stderr) = await RunAsync("screen", input, "--out", output);

        Assert.Equal(CliRunner.InputError, code);
        Assert.Contains(":2:", stderr, StringComparison.Ordinal);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Invalid_utf8_fails_with_the_offset()
    {
        var input = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(input, [.. Encoding.UTF8.GetBytes("您好\n"), 0xC3, 0x28, (byte)'\n']);

        var (code, _, stderr) = await RunAsync("screen", input);

        Assert.Equal(CliRunner.InputError, code);
        Assert.Contains("not valid UTF-8", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("screen", Write("ok.txt", "您好\n"), "--json");

        Assert.Equal(CliRunner.UsageError, code);
        Assert.Contains("usage: screen FILE", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_verb_is_registered() => Assert.IsType<ScreenVerb>(CliVerbs.Find(["screen"]));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRunner.RunAsync(new ScreenVerb(), args, Services.Value, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
