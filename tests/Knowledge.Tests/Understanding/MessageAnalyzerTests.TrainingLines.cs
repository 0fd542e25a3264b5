namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    /// <summary>Greetings, thanks, requests for a person and complaints name no address, title, person or sum.</summary>
    [Theory]
    [InlineData("greeting")]
    [InlineData("thanks")]
    [InlineData("human")]
    [InlineData("complaint")]
    public void Training_lines_without_details_give_no_details(string intent)
    {
        var lines = File.ReadLines(Path.Combine(KnowledgeBase.Paths.Intents, intent + ".txt")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.NotEmpty(lines);

        var readWrongly = lines.Where(line => Analysis.Analyze(line) is var f
            && (f.Address is not null || f.Invoice is not null || f.PersonNames.Count > 0 || f.Amounts.Count > 0)).ToList();

        Assert.Empty(readWrongly);
    }
}
