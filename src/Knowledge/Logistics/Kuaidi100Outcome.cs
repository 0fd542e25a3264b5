namespace ShopBot.Knowledge.Logistics;

/// <summary>What one Kuaidi100 answer says.</summary>
public enum Kuaidi100Outcome
{
    /// <summary>A trace (<c>message: ok</c>, <c>status: 200</c>, <c>data[]</c>).</summary>
    Trace,

    /// <summary><c>returnCode 500</c>: no scans for this number yet (查询无结果).</summary>
    NoRecord,

    /// <summary>Any other <c>returnCode</c> (400 bad request or unknown company, 408 phone check, 501/502 server, 503 signature, 601 key expired or no quota) or an unreadable answer.</summary>
    Refused,
}
