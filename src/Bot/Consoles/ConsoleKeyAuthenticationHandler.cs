using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Consoles;

/// <summary>
/// The one authentication scheme of the agent, supervisor and trainer APIs: <c>Authorization: Bearer KEY</c> with a
/// console key. Buyer tokens and the Direct Line secret are not console keys, so they open nothing here. A missing or
/// unknown key is a 401 with a bearer challenge; a key without the route's role is a 403; both in the API's
/// <c>{"error":{"code","message"}}</c> shape and never cached.
/// </summary>
public sealed class ConsoleKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ConsoleKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ConsoleKey";

    private const string Bearer = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (keys.Find(header[Bearer.Length..].Trim()) is not { } account)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer key is not a console key."));
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, account.Id), new(ClaimTypes.Name, account.Name) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var trainer = Request.Path.StartsWithSegments(TrainerEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.WWWAuthenticate = trainer ? "Bearer realm=\"trainer\"" : "Bearer realm=\"agent\"";
        var message = (trainer, Request.Headers.Authorization.Count > 0) switch
        {
            (true, false) => "请以 'Authorization: Bearer ...' 发送培训师密钥。Send a trainer key as 'Authorization: Bearer ...'.",
            (true, true) => "这不是培训师密钥；买家令牌和 Direct Line 密钥不能打开培训师接口。This is not a trainer key.",
            _ => "请以 'Authorization: Bearer ...' 发送客服密钥；买家令牌和 Direct Line 密钥不能打开客服接口。Send your agent key as 'Authorization: Bearer ...'.",
        };
        await ChannelErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized", message).ExecuteAsync(Context).ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Headers.CacheControl = "no-store";
        await ChannelErrors.Forbidden("您的密钥没有这项操作的权限（客服、主管、培训师各用自己的密钥）。This key does not have the role this call needs.")
            .ExecuteAsync(Context).ConfigureAwait(false);
    }
}
