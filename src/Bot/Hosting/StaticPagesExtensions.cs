namespace ShopBot.Bot.Hosting;

internal static class StaticPagesExtensions
{
    /// <summary>
    /// Serves the pages of <c>src/Bot/wwwroot</c> (buyer page, agent and trainer consoles) from the build output in every
    /// environment, as Development does by itself: `dotnet run --project src/Bot` in Production serves them too. The
    /// manifest is absent from a published host, which serves its own <c>wwwroot</c> instead.
    /// </summary>
    public static WebApplicationBuilder AddStaticPages(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
