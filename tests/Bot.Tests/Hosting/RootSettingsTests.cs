using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using ShopBot.Bot.Hosting;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class RootSettingsTests
{
    [Theory]
    [InlineData("Production", 0, 0)]
    [InlineData("Staging", 0, 0)]
    [InlineData("Development", 2, 1)]
    public void The_shipped_development_accounts_are_read_in_development_only(string environment, int agents, int trainers)
    {
        var folder = Directory.CreateTempSubdirectory("shopbot-settings-").FullName;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = folder });

            builder.AddRootSettings();

            Assert.Equal(agents, builder.Configuration.GetSection("Consoles:Agents").GetChildren().Count());
            Assert.Equal(trainers, builder.Configuration.GetSection("Consoles:Trainers").GetChildren().Count());
            Assert.Equal("青柚家居旗舰店", builder.Configuration["Shop:Name"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
