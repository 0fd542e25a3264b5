using ShopBot.Bot.Channels.BotFramework;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

public sealed class ConnectorAddressTests
{
    [Fact]
    public void Reply_address_keeps_the_service_path_and_escapes_each_id_as_one_segment()
    {
        var target = ConnectorAddress.Activities(new Uri("https://smba.trafficmanager.net/amer/"), "a:b/c?d#e", "1|2 3");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3Ab%2Fc%3Fd%23e/activities/1%7C2%203", target.AbsoluteUri);
        Assert.Empty(target.Query);
        Assert.Empty(target.Fragment);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public void Dot_segment_ids_cannot_climb_the_path(string id) =>
        Assert.Throws<ConnectorDeliveryRefusedException>(() => ConnectorAddress.Activities(new Uri("https://connector.example/api/"), id, null));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("https://connector.example/internal/admin/delete?all=true", false)]
    [InlineData("https://connector.example/internal/admin/delete?all=true#", false)]
    [InlineData("https://connector.example/#", false)]
    [InlineData("https://connector.example/?", false)]
    [InlineData("https://admin:secret@connector.example/", false)]
    [InlineData("ftp://connector.example/", false)]
    [InlineData("/relative/", false)]
    [InlineData(null, false)]
    public void Only_plain_http_service_urls_are_accepted(string? serviceUrl, bool accepted) =>
        Assert.Equal(accepted, ConnectorAddress.TryParse(serviceUrl, out _, out _));

    [Theory]
    [InlineData("http://h/api/messages", true)]
    [InlineData("http://h/API/Messages/", true)]
    [InlineData("http://h/bot/api/messages/v3/conversations/c/activities", true)]
    [InlineData("http://h/v3/conversations/c/activities", false)]
    [InlineData("http://h/api/messagesx", false)]
    public void Paths_at_or_below_api_messages_are_recognised(string target, bool expected) =>
        Assert.Equal(expected, ConnectorAddress.TargetsMessagesEndpoint(new Uri(target)));
}
