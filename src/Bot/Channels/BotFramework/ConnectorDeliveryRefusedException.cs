namespace ShopBot.Bot.Channels.BotFramework;

/// <summary>A reply that must not be sent: to this host itself, to a malformed address, or past the conversation's budget.</summary>
public sealed class ConnectorDeliveryRefusedException : Exception
{
    public ConnectorDeliveryRefusedException()
    {
    }

    public ConnectorDeliveryRefusedException(string message)
        : base(message)
    {
    }

    public ConnectorDeliveryRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
