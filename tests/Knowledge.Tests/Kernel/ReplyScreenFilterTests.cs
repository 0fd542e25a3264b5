namespace ShopBot.Knowledge.Tests.Kernel;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Tests.Screening;

public sealed class ReplyScreenFilterTests
{
    private static readonly ReplyGate Gate = new(ScreeningFixture.Screen);

    [Fact]
    public async Task A_passing_buyer_facing_text_comes_back_unchanged()
    {
        var result = await InvokeAsync(KernelNames.Answers, KernelNames.AnswerQuestion, "亲，质量问题的退货运费由本店承担。");

        Assert.Equal("亲，质量问题的退货运费由本店承担。", result.GetValue<string>());
        Assert.Equal(GateAction.Send, ScreenedResult.ActionOf(result));
    }

    [Fact]
    public async Task A_promise_is_replaced_by_its_passing_rewrite()
    {
        const string promise = "您放心,明天一定到";

        var result = await InvokeAsync(KernelNames.Answers, KernelNames.AnswerQuestion, promise);

        Assert.Equal(GateAction.SendRewrite, ScreenedResult.ActionOf(result));
        Assert.Equal(Gate.ForBot(promise).TextToSend, result.GetValue<string>());
        Assert.True(ScreeningFixture.Screen.Screen(result.GetValue<string>()!).Allowed);
    }

    [Fact]
    public async Task A_text_with_no_passing_rewrite_comes_back_empty_and_marked_for_escalation()
    {
        var result = await InvokeAsync(KernelNames.Answers, KernelNames.AnswerQuestion, "有问题打我电话13812345678");

        Assert.Equal(GateAction.Escalate, ScreenedResult.ActionOf(result));
        Assert.Equal(string.Empty, result.GetValue<string>());
    }

    [Fact]
    public async Task A_tool_result_for_the_model_is_not_screened()
    {
        var result = await InvokeAsync(KernelNames.Orders, KernelNames.GetOrder, "您放心,明天一定到");

        Assert.Equal("您放心,明天一定到", result.GetValue<string>());
        Assert.Null(ScreenedResult.ActionOf(result));
    }

    private static async Task<FunctionResult> InvokeAsync(string plugin, string name, string text)
    {
        var kernel = new Microsoft.SemanticKernel.Kernel();
        kernel.FunctionInvocationFilters.Add(new ReplyScreenFilter(Gate, NullLogger<ReplyScreenFilter>.Instance));
        var function = KernelPluginFactory.CreateFromFunctions(plugin, [KernelFunctionFactory.CreateFromMethod(() => text, name)])[name];
        return await kernel.InvokeAsync(function);
    }
}
