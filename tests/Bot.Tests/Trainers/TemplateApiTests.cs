using System.Net;
using System.Text;

namespace ShopBot.Bot.Tests.Trainers;

public sealed class TemplateApiTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    private string FileOnDisk(string name) => Path.Combine(host.KnowledgeBase, "templates", name);

    [Fact]
    public async Task The_list_holds_every_template_file_with_its_situations_and_variants()
    {
        using var client = host.Trainer();

        var list = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/templates"));

        var files = list.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(host.KnowledgeBase, "templates"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal), files);
        var track = list.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "track.yaml");
        var shipped = track.GetProperty("situations").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "track.shipped");
        Assert.NotEmpty(shipped.GetProperty("variants").EnumerateArray());
        Assert.NotEmpty(shipped.GetProperty("slots").EnumerateArray());
    }

    [Fact]
    public async Task A_template_file_is_read_as_the_yaml_on_disk()
    {
        using var client = host.Trainer();

        using var response = await client.GetAsync("api/trainer/templates/apology.yaml");

        Assert.Equal("text/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(FileOnDisk("apology.yaml")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_template_that_fails_the_screen_is_refused_with_the_reason_and_the_file_on_disk_is_unchanged()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOnDisk("greeting.yaml"));
        var edited = Encoding.UTF8.GetString(before).Replace("  welcome:\n", "  welcome:\n    - 本店全网最低价，保证明天一定送到！\n", StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(before), edited);

        using var response = await client.PutAsync("api/trainer/templates/greeting.yaml", TrainerHost.Yaml(edited));

        var error = await TrainerHost.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "Refused");
        var problems = error.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.Contains("greeting.welcome 第 1 种说法", StringComparison.Ordinal) && p.Contains("superlative", StringComparison.Ordinal));
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOnDisk("greeting.yaml")));
    }

    [Fact]
    public async Task A_broken_edit_lists_every_problem_and_writes_nothing()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOnDisk("thanks.yaml"));

        using var response = await client.PutAsync("api/trainer/templates/thanks.yaml", TrainerHost.Yaml("area: thanks\nsituations:\n  Bad Name:\n    - 好的亲\n  empty: []\n"));

        var error = await TrainerHost.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "Refused");
        Assert.True(error.GetProperty("problems").GetArrayLength() >= 2);
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOnDisk("thanks.yaml")));
    }

    [Fact]
    public async Task A_situation_written_twice_is_refused_naming_it_and_nothing_is_written()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOnDisk("thanks.yaml"));
        var twice = "area: thanks\nsituations:\n  reply:\n    - 不客气亲～\n  reply:\n    - 亲，不用客气～\n";

        using var response = await client.PutAsync("api/trainer/templates/thanks.yaml", TrainerHost.Yaml(twice));

        var error = await TrainerHost.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "Refused");
        Assert.Contains(error.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains("duplicate key reply", StringComparison.Ordinal));
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOnDisk("thanks.yaml")));
    }

    [Fact]
    public async Task A_good_edit_is_written_to_disk_and_served()
    {
        using var client = host.Trainer();
        var yaml = await File.ReadAllTextAsync(FileOnDisk("apology.yaml"));
        var edited = yaml.Replace("  sorry:\n", "  sorry:\n    - 亲，给您添麻烦了，我们马上跟进处理。\n", StringComparison.Ordinal);

        using var response = await client.PutAsync("api/trainer/templates/apology.yaml", TrainerHost.Yaml(edited));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(edited, await File.ReadAllTextAsync(FileOnDisk("apology.yaml")));
        var list = await (await client.GetAsync("api/trainer/templates")).Content.ReadAsStringAsync();
        Assert.Contains("亲，给您添麻烦了，我们马上跟进处理。", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2F..%2Fappsettings.json", HttpStatusCode.BadRequest)]
    [InlineData("..%2Fintents%2Ftrack.txt", HttpStatusCode.BadRequest)]
    [InlineData("Greeting.yaml", HttpStatusCode.BadRequest)]
    [InlineData("nothing_here.yaml", HttpStatusCode.NotFound)]
    public async Task Names_that_are_not_template_files_are_refused_before_any_file_is_touched(string name, HttpStatusCode status)
    {
        using var client = host.Trainer();

        using var read = await client.GetAsync("api/trainer/templates/" + name);
        using var write = await client.PutAsync("api/trainer/templates/" + name, TrainerHost.Yaml("area: x\n"));

        Assert.Equal(status, read.StatusCode);
        Assert.Equal(status, write.StatusCode);
        Assert.False(File.Exists(FileOnDisk("nothing_here.yaml")));
    }

    [Fact]
    public async Task Wrong_media_type_oversized_body_and_invalid_utf8_are_4xx_and_write_nothing()
    {
        using var client = host.Trainer();
        var before = await File.ReadAllBytesAsync(FileOnDisk("closing.yaml"));

        using var json = await client.PutAsync("api/trainer/templates/closing.yaml", TrainerHost.Json("{}"));
        using var huge = await client.PutAsync("api/trainer/templates/closing.yaml", TrainerHost.Yaml("area: closing\n# " + new string('x', 300_000)));
        var bytes = new ByteArrayContent([0x61, 0x72, 0x65, 0x61, 0x3a, 0x20, 0xff, 0xfe]);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/yaml");
        using var notUtf8 = await client.PutAsync("api/trainer/templates/closing.yaml", bytes);

        await TrainerHost.AssertErrorAsync(json, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        await TrainerHost.AssertErrorAsync(huge, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        await TrainerHost.AssertErrorAsync(notUtf8, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOnDisk("closing.yaml")));
    }
}
