using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Text;

public sealed class TextMemoryTests
{
    [Fact]
    public void A_text_read_again_is_answered_from_memory()
    {
        var memory = new TextMemory<string>();
        var reads = 0;

        var first = memory.GetOrAdd("杯子碎了", t => { reads++; return t + "!"; });
        var again = memory.GetOrAdd(new string("杯子碎了".AsSpan()), t => { reads++; return t + "?"; });

        Assert.Equal("杯子碎了!", first);
        Assert.Same(first, again);
        Assert.Equal(1, reads);
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void A_long_text_is_read_every_time_and_not_kept()
    {
        var memory = new TextMemory<int>();
        var text = new string('好', TextMemory<int>.RememberedLength + 1);
        var reads = 0;

        memory.GetOrAdd(text, t => ++reads);
        memory.GetOrAdd(text, t => ++reads);

        Assert.Equal(2, reads);
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void The_memory_starts_over_when_full()
    {
        var memory = new TextMemory<int>();
        for (var i = 0; i < TextMemory<int>.Capacity; i++)
        {
            memory.GetOrAdd("第" + i, t => t.Length);
        }

        memory.GetOrAdd("再来一句", t => t.Length);

        Assert.Equal(1, memory.Count);
    }
}
