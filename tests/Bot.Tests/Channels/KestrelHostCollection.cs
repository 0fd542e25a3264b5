namespace ShopBot.Bot.Tests.Channels;

[CollectionDefinition(Name)]
public sealed class KestrelHostCollection : ICollectionFixture<KestrelHostFixture>
{
    public const string Name = "Kestrel host";
}
