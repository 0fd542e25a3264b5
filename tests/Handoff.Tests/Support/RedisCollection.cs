using ShopBot.TestSupport;
namespace ShopBot.Handoff.Tests.Support;

/// <summary>Every Redis test class shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
