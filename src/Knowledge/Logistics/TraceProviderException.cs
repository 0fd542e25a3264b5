namespace ShopBot.Knowledge.Logistics;

/// <summary>A provider refused a query or answered something that is not a trace; the message names the provider's code, never the phone.</summary>
public sealed class TraceProviderException(string message, Exception? inner = null) : Exception(message, inner);
