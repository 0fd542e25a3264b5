using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class DirectLineShortcutTests
{
    [Fact]
    public async Task Direct_Line_calls_reach_their_endpoint_without_the_authentication_middleware_while_other_requests_still_pass_it()
    {
        var counted = new CountingAuthenticationService.Count();
        using var host = new TestHost();
        using var factory = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddScoped<AuthenticationService>();
            services.AddScoped<IAuthenticationService>(provider => new CountingAuthenticationService(provider.GetRequiredService<AuthenticationService>(), counted));
        }));
        var client = new DirectLineTestClient(factory.CreateClient());

        var conversation = await client.GenerateAsync("shortcut-buyer");
        using var posted = await client.PostTextAsync(conversation, "你好");
        var read = await client.GetActivitiesAsync(conversation);
        var afterDirectLine = counted.Calls;
        using var health = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        posted.EnsureSuccessStatusCode();
        Assert.NotEmpty(read.Activities);
        Assert.Equal(0, afterDirectLine);
        Assert.True(counted.Calls > 0, "a request outside Direct Line still passes the authentication middleware");
    }

    private sealed class CountingAuthenticationService(IAuthenticationService inner, CountingAuthenticationService.Count count) : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            Interlocked.Increment(ref count.Calls);
            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
            inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);

        public sealed class Count
        {
            public int Calls;
        }
    }
}
