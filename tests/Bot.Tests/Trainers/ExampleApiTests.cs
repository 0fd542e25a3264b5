using System.Net;
using System.Text.Json;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Trainers;

public sealed class ExampleApiTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    private string FileOf(string intent) => Path.Combine(host.KnowledgeBase, "intents", intent + ".txt");

    [Fact]
    public async Task The_list_holds_every_intent_with_the_number_of_examples_in_its_file()
    {
        using var client = host.Trainer();

        var list = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/examples"));

        var counts = list.GetProperty("intents").EnumerateArray().ToDictionary(i => i.GetProperty("intent").GetString()!, i => i.GetProperty("count").GetInt32());
        Assert.Equal(19, counts.Count);
        Assert.Equal(IntentExampleSet.ReadLines(FileOf("track")).Count(), counts["track"]);
    }

    [Fact]
    public async Task An_intent_is_read_as_its_header_and_the_lines_below_it()
    {
        using var client = host.Trainer();

        var file = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/examples/hurry"));

        var disk = await File.ReadAllLinesAsync(FileOf("hurry"));
        var header = file.GetProperty("header").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(disk.TakeWhile(l => l.StartsWith('#')), header);
        Assert.Equal(IntentExampleSet.ReadLines(FileOf("hurry")).Count(), file.GetProperty("count").GetInt32());
        Assert.Contains("# boundary examples", file.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Saved_lines_replace_the_examples_below_the_header_on_disk()
    {
        using var client = host.Trainer();
        var header = (await File.ReadAllLinesAsync(FileOf("payment"))).TakeWhile(l => l.StartsWith('#')).ToList();
        string[] lines = ["怎么付款", "可以用花呗吗", "# 信用卡", "能刷信用卡吗", "付款失败了怎么办", "支付宝付不了", "  能分期吗  "];

        using var response = await client.PutAsync("api/trainer/examples/payment", TrainerHost.Json(JsonSerializer.Serialize(new { lines })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, (await TrainerHost.ReadJsonAsync(response)).GetProperty("count").GetInt32());
        var disk = await File.ReadAllLinesAsync(FileOf("payment"));
        Assert.Equal(header, disk.Take(header.Count));
        Assert.Equal(lines.Select(l => l.Trim()), disk.Skip(header.Count));
        Assert.Empty(Directory.GetFiles(Path.Combine(host.KnowledgeBase, "intents"), "*.tmp"));
    }

    [Fact]
    public async Task Bad_lines_are_refused_with_every_problem_and_the_file_is_unchanged()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOf("greeting"));
        string[] lines = ["你好", "在吗\t在吗", "", new string('长', 201), "你好", "亲"];

        using var response = await client.PutAsync("api/trainer/examples/greeting", TrainerHost.Json(JsonSerializer.Serialize(new { lines })));

        var error = await TrainerHost.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "Refused");
        var problems = error.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("第 2 行", StringComparison.Ordinal) && p.Contains("制表符", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("第 3 行是空行", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("第 4 行有 201 个字", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("第 5 行与第 1 行重复", StringComparison.Ordinal));
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOf("greeting")));
    }

    [Theory]
    [InlineData("""{"lines":["你好",""", HttpStatusCode.BadRequest)]
    [InlineData("""{"lines":"你好"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"lines":[]}""", HttpStatusCode.UnprocessableEntity)]
    public async Task Malformed_or_empty_bodies_are_4xx_and_the_file_is_unchanged(string body, HttpStatusCode status)
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOf("complaint"));

        using var response = await client.PutAsync("api/trainer/examples/complaint", TrainerHost.Json(body));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOf("complaint")));
    }

    [Theory]
    [InlineData("nobody", HttpStatusCode.NotFound)]
    [InlineData("..%2F..%2Fappsettings", HttpStatusCode.BadRequest)]
    [InlineData("Track", HttpStatusCode.BadRequest)]
    public async Task Names_that_are_not_intents_are_refused(string intent, HttpStatusCode status)
    {
        using var client = host.Trainer();

        using var read = await client.GetAsync("api/trainer/examples/" + intent);
        using var write = await client.PutAsync("api/trainer/examples/" + intent, TrainerHost.Json("""{"lines":["a","b","c","d","e"]}"""));

        Assert.Equal(status, read.StatusCode);
        Assert.Equal(status, write.StatusCode);
        Assert.False(File.Exists(FileOf("nobody")));
    }
}
