using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// Kuaidi100's real-time query (实时快递查询), bound from <c>Logistics:Kuaidi100</c>. Nothing is called unless the
/// endpoint, customer and key are all set.
/// </summary>
public sealed class Kuaidi100Options : IValidatableObject
{
    public const string Section = "Logistics:Kuaidi100";

    /// <summary>The query address, e.g. <c>https://poll.kuaidi100.com/poll/query.do</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The company number Kuaidi100 gives the shop (授权码 customer).</summary>
    public string Customer { get; set; } = string.Empty;

    /// <summary>The shop's authorisation key (授权key); only ever part of the signature, never sent or logged.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>
    /// The order export's carrier names (物流公司) to Kuaidi100 company codes. Entries in the settings add to or
    /// replace these; a carrier without a code is answered with carrier and number only.
    /// </summary>
    public Dictionary<string, string> Companies { get; set; } = new(StringComparer.Ordinal)
    {
        ["顺丰速运"] = "shunfeng",
        ["顺丰快递"] = "shunfeng",
        ["圆通速递"] = "yuantong",
        ["中通快递"] = "zhongtong",
        ["韵达快递"] = "yunda",
        ["申通快递"] = "shentong",
        ["极兔速递"] = "jtexpress",
        ["京东快递"] = "jd",
        ["京东物流"] = "jd",
        ["EMS"] = "ems",
        ["邮政"] = "youzhengguonei",
        ["邮政快递包裹"] = "youzhengguonei",
        ["德邦快递"] = "debangkuaidi",
    };

    public bool IsConfigured => Endpoint is not null && Customer.Length > 0 && Key.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var anySet = Endpoint is not null || Customer.Length > 0 || Key.Length > 0;
        if (anySet && !IsConfigured)
        {
            yield return new ValidationResult(
                "Logistics:Kuaidi100 needs Endpoint, Customer and Key together (or none of them to call nothing).",
                [nameof(Endpoint), nameof(Customer), nameof(Key)]);
        }

        if (Endpoint is { } endpoint && !(endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))))
        {
            yield return new ValidationResult("Logistics:Kuaidi100:Endpoint must be an https address (http only on a loopback address).", [nameof(Endpoint)]);
        }
    }
}
