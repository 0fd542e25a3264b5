using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

/// <summary>Loading and reloading the trainer's lexicon from a copy of <c>knowledge-base/screening/</c> in a temporary folder.</summary>
public sealed class ScreeningLexiconTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"screening-{Guid.NewGuid():N}");

    public ScreeningLexiconTests()
    {
        var folder = Path.Combine(_root, "screening");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(ScreeningFixture.Paths.Screening))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Paths = new KnowledgeBasePaths(_root);
    }

    private KnowledgeBasePaths Paths { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Real_lexicon_loads_every_file_and_rule()
    {
        var lexicon = ScreeningLexicon.Load(ScreeningFixture.Paths.Screening);

        Assert.All(Enum.GetValues<TermRole>(), role => Assert.Contains(lexicon.Terms, t => t.Role == role));
        Assert.Contains(lexicon.RuleList, r => r.Id == "invoice-fee");
        Assert.Contains(lexicon.Terms, t => t.Term == "一定" && t.Role == TermRole.PromiseMarker && t.Replacement == "预计");
    }

    [Fact]
    public void Bad_section_header_is_refused_with_file_and_line()
    {
        File.WriteAllText(Path.Combine(Paths.Screening, ScreeningLexicon.Abuse), "# insults\n滚蛋\n[broken\n");

        var error = Assert.Throws<ScreeningLexiconException>(() => ScreeningLexicon.Load(Paths.Screening));

        Assert.Contains("abuse.txt:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_without_breaches_is_refused()
    {
        File.WriteAllText(Path.Combine(Paths.Screening, ScreeningLexicon.Rules), "- id: empty\n  topics: [发票]\n");

        var error = Assert.Throws<ScreeningLexiconException>(() => ScreeningLexicon.Load(Paths.Screening));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Term_with_nothing_to_match_is_refused()
    {
        File.AppendAllText(Path.Combine(Paths.Screening, ScreeningLexicon.Contact), "\n* * *\n");

        var error = Assert.Throws<ScreeningLexiconException>(() => new CompiledLexicon(ScreeningLexicon.Load(Paths.Screening), ScreeningFixture.Normalizer));

        Assert.Contains("contact.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        File.Delete(Path.Combine(Paths.Screening, ScreeningLexicon.Negators));

        var error = Assert.Throws<ScreeningLexiconException>(() => ScreeningLexicon.Load(Paths.Screening));

        Assert.Contains("negators.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_picks_up_a_new_word_written_in_traditional_and_keeps_the_old_lexicon_when_the_new_one_is_broken()
    {
        var screen = ScreeningFixture.NewScreen(Paths);
        Assert.True(screen.Screen("这是爆款神器").Allowed);

        File.AppendAllText(Path.Combine(Paths.Screening, ScreeningLexicon.Superlatives), "\n[神器]\n神器 => 好物\n");
        Assert.True(screen.Reload());
        Assert.Equal("这是爆款好物", screen.Screen("这是爆款神器").Rewrite);

        File.WriteAllText(Path.Combine(Paths.Screening, ScreeningLexicon.Rules), "- id: [unclosed\n");
        Assert.False(screen.Reload());
        Assert.False(screen.Screen("这是爆款神器").Allowed);
    }
}
