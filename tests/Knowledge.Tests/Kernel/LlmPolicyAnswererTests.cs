namespace ShopBot.Knowledge.Tests.Kernel;

using System.Diagnostics;
using System.Text.Json.Nodes;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Policies;

/// <summary>The optional model path against a local OpenAI-compatible stub: grounded, buyer-scoped, screened, bounded in time.</summary>
public sealed class LlmPolicyAnswererTests
{
    private const string Me = "一只小兔叽";
    private const string Question = "质量问题退货运费谁出？";
    private const string GroundedAnswer = "亲，商品有质量问题时退换货的运费由本店承担，您先垫付寄回的运费，我们核实后退到您的支付宝。";

    [Fact]
    public async Task A_policy_question_gets_the_models_answer_grounded_in_the_retrieved_policy()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Respond = (_, _, _) => Task.FromResult((200, OpenAiStub.Answer(GroundedAnswer)));
        using var harness = new KernelHarness(stub.Endpoint);

        var outcome = await harness.SayAsync(Me, Question);

        var reply = Assert.Single(outcome.Replies);
        Assert.Equal(LlmPolicyAnswerer.ReplyId, reply.TemplateId);
        Assert.Equal(GroundedAnswer, reply.Text);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("stub-model", (string?)request["model"]);
        var system = (string?)request["messages"]![0]!["content"];
        var best = harness.Get<IPolicySearch>().FindBest(Question)!;
        Assert.Contains(best.Entry.Text, system);
        Assert.Equal(Question, (string?)request["messages"]![1]!["content"]);
    }

    [Fact]
    public async Task The_model_is_offered_only_read_functions_and_never_the_after_sales_actions()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Respond = (_, _, _) => Task.FromResult((200, OpenAiStub.Answer(GroundedAnswer)));
        using var harness = new KernelHarness(stub.Endpoint);

        await harness.SayAsync(Me, Question);

        var tools = ToolNames(Assert.Single(stub.Requests));
        Assert.Equal(["Orders-get_order", "Orders-list_orders", "Policies-search_policies"], tools.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_tool_call_for_another_buyers_order_gets_exactly_the_unknown_order_result()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var harness = new KernelHarness(stub.Endpoint);
        var theirs = harness.Get<IOrderLookup>().OrdersOf("tb_chen_77").First();
        stub.Respond = (_, call, _) => Task.FromResult((200, call == 0
            ? OpenAiStub.ToolCall("call_1", "Orders-get_order", new { orderNumber = theirs.OrderNumber })
            : OpenAiStub.Answer("抱歉，没有查到这个订单号，请您核对一下。")));

        var outcome = await harness.SayAsync(Me, Question);

        Assert.Equal(2, stub.Requests.Count);
        var toolResult = ToolResult(stub.Requests[1], "call_1");
        var unknown = harness.Get<OrdersPlugin>().GetOrder(new BuyerTurn(Me, "c").Scope(harness.Get<Microsoft.SemanticKernel.Kernel>()), "999999999999999999");
        Assert.Equal(unknown, toolResult);
        var sent = stub.Requests[1].ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var secret in new[] { theirs.Title, theirs.TrackingNumber, theirs.ReceiverName, theirs.Phone, theirs.Address }.Where(s => !string.IsNullOrEmpty(s)))
        {
            Assert.DoesNotContain(secret!, sent);
        }

        Assert.Equal(LlmPolicyAnswerer.ReplyId, Assert.Single(outcome.Replies).TemplateId);
    }

    [Fact]
    public async Task A_tool_call_for_the_buyers_own_order_gets_its_tracking_but_no_personal_data()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var harness = new KernelHarness(stub.Endpoint);
        var mine = harness.Get<IOrderLookup>().OrdersOf(Me).First(o => o.TrackingNumber is not null);
        stub.Respond = (_, call, _) => Task.FromResult((200, call == 0
            ? OpenAiStub.ToolCall("call_7", "Orders-get_order", new { orderNumber = mine.OrderNumber })
            : OpenAiStub.Answer("亲，您的包裹已经发出，可以用运单号查询物流。")));

        await harness.SayAsync(Me, Question);

        var toolResult = ToolResult(stub.Requests[1], "call_7");
        Assert.Contains(mine.TrackingNumber!, toolResult);
        Assert.DoesNotContain(mine.Phone ?? "no phone", toolResult);
        Assert.DoesNotContain(mine.Address ?? "no address", toolResult);
    }

    [Theory]
    [InlineData("亲，本店运费全网最低，保证明天到！")]
    [InlineData("有问题加我微信私聊，电话13812345678")]
    public async Task A_blocked_model_answer_is_replaced_by_the_scripted_policy_answer(string modelAnswer)
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Respond = (_, _, _) => Task.FromResult((200, OpenAiStub.Answer(modelAnswer)));
        using var harness = new KernelHarness(stub.Endpoint);

        var outcome = await harness.SayAsync(Me, Question);

        var reply = Assert.Single(outcome.Replies);
        Assert.Equal("policy.answer", reply.TemplateId);
        Assert.DoesNotContain("全网最低", reply.Text);
        Assert.Single(stub.Requests);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("Model answer blocked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_falls_back_to_the_script_quickly()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Respond = async (_, _, aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), aborted);
            return (200, OpenAiStub.Answer(GroundedAnswer));
        };
        using var harness = new KernelHarness(stub.Endpoint, TimeSpan.FromMilliseconds(800));
        await harness.SayAsync(Me, "你好");

        var watch = Stopwatch.StartNew();
        var outcome = await harness.SayAsync(Me, Question);
        watch.Stop();

        Assert.Equal("policy.answer", Assert.Single(outcome.Replies).TemplateId);
        // Well under the stub's 20 s, so the script answered because the call was cut off, not because the model
        // finished; the margin absorbs a loaded 2-core machine (6 s was seen under a load average of 40).
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(15));
        Assert.Contains(harness.Logs.Lines, l => l.Contains("timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_error_falls_back_to_the_script_without_retrying()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Respond = (_, _, _) => Task.FromResult((500, """{"error":{"message":"model crashed","type":"server_error"}}"""));
        using var harness = new KernelHarness(stub.Endpoint);

        var outcome = await harness.SayAsync(Me, Question);

        Assert.Equal("policy.answer", Assert.Single(outcome.Replies).TemplateId);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Without_an_endpoint_no_model_is_called_and_the_script_answers()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var harness = new KernelHarness();

        var outcome = await harness.SayAsync(Me, Question);

        Assert.False(harness.Get<LlmPolicyAnswerer>().Enabled);
        Assert.Equal("policy.answer", Assert.Single(outcome.Replies).TemplateId);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task A_question_no_policy_covers_is_not_sent_to_the_model()
    {
        await using var stub = await OpenAiStub.StartAsync();
        using var harness = new KernelHarness(stub.Endpoint);

        var outcome = await harness.SayAsync(Me, "今天天气怎么样");

        Assert.Equal("other.out_of_scope", Assert.Single(outcome.Replies).TemplateId);
        Assert.Empty(stub.Requests);
    }

    private static List<string> ToolNames(JsonObject request) =>
        request["tools"]!.AsArray().Select(t => (string)t!["function"]!["name"]!).ToList();

    private static string ToolResult(JsonObject request, string callId) =>
        (string)request["messages"]!.AsArray().Single(m => (string?)m!["role"] == "tool" && (string?)m["tool_call_id"] == callId)!["content"]!;
}
