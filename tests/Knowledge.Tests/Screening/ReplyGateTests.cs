using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

public sealed class ReplyGateTests
{
    private readonly ReplyGate _gate = new(ScreeningFixture.Screen);

    [Fact]
    public void Bot_reply_that_passes_is_sent_as_written()
    {
        var decision = _gate.ForBot("预计明天发出,以物流为准");

        Assert.Equal(GateAction.Send, decision.Action);
        Assert.Equal("预计明天发出,以物流为准", decision.TextToSend);
    }

    [Fact]
    public void Bot_reply_with_a_promise_is_replaced_by_its_passing_rewrite()
    {
        var decision = _gate.ForBot("您放心,明天一定到");

        Assert.Equal(GateAction.SendRewrite, decision.Action);
        Assert.Equal("您放心,明天预计到", decision.TextToSend);
        Assert.False(decision.Verdict.Allowed);
    }

    [Fact]
    public void Bot_reply_with_a_contact_number_is_never_sent_and_escalates()
    {
        var decision = _gate.ForBot("有问题打我电话13812345678");

        Assert.True(decision.MustEscalate);
        Assert.Null(decision.TextToSend);
    }

    [Fact]
    public void Failing_template_is_refused_with_the_reason()
    {
        var error = Assert.Throws<TemplateRejectedException>(() => _gate.EnsureTemplateAllowed("shipping.hurry", "亲,{name},我们保证明天发货"));

        Assert.Equal("shipping.hurry", error.TemplateId);
        Assert.Contains("promise '保证明天' at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passing_template_is_accepted() => _gate.EnsureTemplateAllowed("greeting", "亲,{name},有什么可以帮您?");

    [Fact]
    public void Agent_sees_each_violation_of_a_draft()
    {
        var verdict = _gate.ForAgent("开发票要加6个点税");

        Assert.False(verdict.Allowed);
        Assert.Equal("rule '个点' at 6; rule '点税' at 7", ReplyGate.Describe(verdict));
    }

    [Fact]
    public void AddScreening_registers_the_screen_and_the_gate()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(ScreeningFixture.Paths)
            .AddSingleton(ScreeningFixture.Normalizer)
            .AddScreening();
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<ReplyScreen>(), provider.GetRequiredService<IReplyScreen>());
        Assert.Equal(GateAction.Escalate, provider.GetRequiredService<ReplyGate>().ForBot("加我微信").Action);
    }
}
