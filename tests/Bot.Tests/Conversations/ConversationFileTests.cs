using ShopBot.Bot.Conversations;
using ShopBot.Knowledge.Evaluation;

namespace ShopBot.Bot.Tests.Conversations;

public sealed class ConversationFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shopbot-conv-").FullName;

    [Fact]
    public void A_file_is_read_with_its_turns_expectations_and_records()
    {
        var path = Write("""
            conversations:
              - name: 个人发票一句话给全
                buyer: tb_lily88
                tags: [invoice.details_up_front]
                turns:
                  - buyer: 开个人发票 抬头林莉 邮箱 lily@qq.com
                    says: [林莉]
                    never_says: [请问]
                    state: bot
                    records:
                      - type: invoice_request
                        order: "3598211106630842517"
                        fields: {invoice_title: 林莉}
            """);

        var script = Assert.Single(ConversationFile.Read(path));

        Assert.Equal("个人发票一句话给全", script.Name);
        Assert.Equal(path, script.Source);
        var turn = Assert.Single(script.Turns);
        Assert.Equal(["林莉"], turn.Says);
        Assert.Equal(["请问"], turn.NeverSays);
        Assert.Equal("林莉", Assert.Single(turn.Records).Fields["invoice_title"]);
    }

    [Theory]
    [InlineData("conversations: [", "conv.yaml:")]
    [InlineData("conversations: []", "no conversations")]
    [InlineData("conversations:\n  - name: x\n    turns:\n      - buyer: 你好", "'buyer'")]
    [InlineData("conversations:\n  - name: x\n    buyer: b\n    turns:\n      - buyer: 你好\n        state: robot", "bot, queued or agent")]
    [InlineData("conversations:\n  - name: x\n    buyer: b\n    turns:\n      - buyer: 你好\n        sayz: [a]", "conv.yaml:")]
    public void A_file_that_cannot_be_used_is_refused_with_where_and_why(string content, string expected)
    {
        var path = Write(content);

        var error = Assert.Throws<InputFileException>(() => ConversationFile.Read(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_expands_to_its_yaml_files_in_name_order()
    {
        Write("x", "b.yaml");
        Write("x", "a.yaml");
        Write("x", "notes.txt");

        Assert.Equal(["a.yaml", "b.yaml"], ConversationFile.Expand([_folder]).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string content, string name = "conv.yaml")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
