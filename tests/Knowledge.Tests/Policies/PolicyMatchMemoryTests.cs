using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Tests.Orders;
using ShopBot.Knowledge.Tests.Templates;

namespace ShopBot.Knowledge.Tests.Policies;

public sealed class PolicyMatchMemoryTests
{
    [Fact]
    public void A_question_asked_again_in_other_characters_is_answered_from_memory()
    {
        var policies = Create(SampleOrders.Paths);

        var first = policies.FindBest("快递丢了怎么办");
        var again = policies.FindBest("快遞丟了怎麼辦");

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.Equal(1, policies.Memory.Count);
    }

    [Fact]
    public void Left_out_entries_are_part_of_what_is_remembered()
    {
        var policies = Create(SampleOrders.Paths);

        var best = policies.FindBest("花呗用不了");
        var other = policies.FindBest("花呗用不了", ["payment-failed"]);

        Assert.Equal("payment-failed", best!.Entry.Id);
        Assert.NotEqual("payment-failed", other?.Entry.Id);
        Assert.Same(other, policies.FindBest("花呗用不了", ["payment-failed", "payment-failed"]));
        Assert.Equal(2, policies.Memory.Count);
    }

    [Fact]
    public void A_question_that_finds_nothing_is_remembered_as_nothing()
    {
        var memory = new PolicyMatchMemory();
        var searches = 0;

        Assert.Null(memory.GetOrAdd("今天天气怎么样", null, 0, _ => { searches++; return null; }));
        Assert.Null(memory.GetOrAdd("今天天气怎么样", [], 0, _ => { searches++; return null; }));

        Assert.Equal(1, searches);
    }

    [Fact]
    public void The_memory_starts_over_at_its_capacity_and_never_keeps_long_questions()
    {
        var memory = new PolicyMatchMemory();
        for (var i = 0; i <= PolicyMatchMemory.Capacity; i++)
        {
            memory.GetOrAdd("问题" + i, null, 0, _ => null);
        }

        Assert.Equal(1, memory.Count);

        var searches = 0;
        var longQuestion = new string('退', PolicyMatchMemory.RememberedLength + 1);
        memory.GetOrAdd(longQuestion, null, 0, _ => { searches++; return null; });
        memory.GetOrAdd(longQuestion, null, 0, _ => { searches++; return null; });

        Assert.Equal(2, searches);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Reloaded_policies_answer_from_the_new_files_not_from_memory()
    {
        var root = Directory.CreateTempSubdirectory("policy-memory-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "policies"));
            var file = Path.Combine(folder.FullName, "shop.yaml");
            File.WriteAllText(file, Entry("invoice-old", "电子发票", "发票怎么开"));
            var policies = Create(new KnowledgeBasePaths(root.FullName));

            Assert.Equal("invoice-old", policies.FindBest("发票怎么开")!.Entry.Id);
            Assert.Equal(1, policies.Memory.Count);

            File.WriteAllText(file, Entry("invoice-new", "纸质发票", "发票怎么开"));
            policies.Reload();

            Assert.Equal(0, policies.Memory.Count);
            Assert.Equal("invoice-new", policies.FindBest("发票怎么开")!.Entry.Id);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string Entry(string id, string title, string question) =>
        $"- id: {id}\n  title: {title}\n  text: 亲，{title}在订单页申请即可。\n  questions:\n    - {question}\n";

    private static PolicyKnowledgeBase Create(KnowledgeBasePaths paths) => new(
        paths, new CharacterGrams(SampleOrders.Normalizer), new WordListScreen(), Options.Create(new PolicyOptions()), NullLogger<PolicyKnowledgeBase>.Instance);
}
