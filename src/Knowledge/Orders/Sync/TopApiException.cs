namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>TOP's <c>error_response</c> (code, sub_code, msg), or a transport failure (code 0).</summary>
public sealed class TopApiException(int code, string? subCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int Code { get; } = code;

    public string? SubCode { get; } = subCode;

    /// <summary>Code 7 (App Call Limited) or an <c>accesscontrol.limited…</c> sub code: wait longer before the next try.</summary>
    public bool IsRateLimited => Code == 7 || (SubCode?.Contains("limited", StringComparison.OrdinalIgnoreCase) ?? false);
}
