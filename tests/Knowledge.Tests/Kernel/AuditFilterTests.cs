namespace ShopBot.Knowledge.Tests.Kernel;

using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Kernel;

public sealed class AuditFilterTests
{
    [Fact]
    public async Task A_call_is_logged_with_its_function_duration_and_arguments_without_personal_data()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var kernel = new Microsoft.SemanticKernel.Kernel();
        kernel.FunctionInvocationFilters.Add(new AuditFilter(factory.CreateLogger<AuditFilter>()));
        var function = KernelPluginFactory.CreateFromFunctions("AfterSales", [KernelFunctionFactory.CreateFromMethod(
            (string orderNumber, string note, string email, string title) => "ok", "request_invoice")])["request_invoice"];

        await kernel.InvokeAsync(function, new KernelArguments
        {
            ["orderNumber"] = "3617051183306682495",
            ["note"] = "寄到浙江省杭州市西湖区文三路88号3单元502室，收货人张小明，电话138-1234-5678",
            ["email"] = "buyer@example.com",
            ["title"] = "李四",
        });

        var line = Assert.Single(logs.Lines, l => l.Contains("AfterSales.request_invoice", StringComparison.Ordinal));
        Assert.Contains("orderNumber=3617051183306682495", line);
        Assert.Matches(@"took \d+ ms", line);
        foreach (var secret in new[] { "文三路88号", "502室", "张小明", "138-1234-5678", "buyer@example.com", "李四" })
        {
            Assert.DoesNotContain(secret, line);
        }
    }

    [Fact]
    public async Task A_failing_call_is_logged_with_the_error_type_and_still_fails()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var kernel = new Microsoft.SemanticKernel.Kernel();
        kernel.FunctionInvocationFilters.Add(new AuditFilter(factory.CreateLogger<AuditFilter>()));
        var function = KernelFunctionFactory.CreateFromMethod(string () => throw new InvalidOperationException("13812345678"), "boom");

        await Assert.ThrowsAsync<InvalidOperationException>(() => kernel.InvokeAsync(function));

        var line = Assert.Single(logs.Lines, l => l.Contains(".boom", StringComparison.Ordinal));
        Assert.Contains("failed", line);
        Assert.Contains(nameof(InvalidOperationException), line);
        Assert.DoesNotContain("13812345678", line);
    }
}
