using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Bot.Records;
using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Records;

public sealed class TurnCaseChangesTests
{
    private readonly TurnCaseChanges _changes = new();
    private readonly CaseChangeRecordingStore _store;

    public TurnCaseChangesTests() =>
        _store = new CaseChangeRecordingStore(new InMemoryCaseStore(new FixedTimeProvider(FixedTimeProvider.SampleNow), NullLogger<InMemoryCaseStore>.Instance), _changes);

    [Fact]
    public async Task Two_turns_of_one_buyer_at_the_same_time_each_get_only_the_cases_they_wrote()
    {
        var gate = new TaskCompletionSource();

        async Task<IReadOnlyList<string>> TurnAsync(string reason)
        {
            using var scope = _changes.Begin();
            await gate.Task;
            var opened = await _store.OpenAsync(CaseDraft.Refund("tb_lily88", "c1", "3615280417723305921", reason));
            await _store.AttachPhotosAsync(opened.Id, ["https://img.example.com/p1.jpg"]);
            return scope.Records;
        }

        var first = TurnAsync("拍错了");
        var second = TurnAsync("不想要了");
        gate.SetResult();

        var (a, b) = (Assert.Single(await first), Assert.Single(await second));
        Assert.NotEqual(a, b);
        Assert.All(new[] { a, b }, r => Assert.StartsWith("refund_request:", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_outside_any_turn_is_noted_nowhere()
    {
        await _store.OpenAsync(CaseDraft.Refund("tb_lily88", "c1", "3615280417723305921", "拍错了"));
        using var scope = _changes.Begin();

        Assert.Empty(scope.Records);
    }
}
