namespace ShopBot.Knowledge.Cases;

/// <summary>How a person closed a case: who, the money involved (yuan, none negative) and a note.</summary>
public sealed record CaseResolution(string Handler, decimal Postage = 0m, decimal Refund = 0m, decimal Compensation = 0m, string? Note = null, bool Cancelled = false);
