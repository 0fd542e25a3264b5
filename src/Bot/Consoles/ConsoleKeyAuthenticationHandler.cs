using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Consoles;

/// <summary>
/// The one authentication scheme of the agent, supervisor and trainer APIs: <c>Authorization: Bearer KEY</c> with a
/// console key. Buyer tokens and the Direct Line secret are not console keys, so they open nothing here. A missing or
/// unknown key is a 401 with a bearer challenge; a key without the route's role is a 403; both in the API's
/// <c>{"error":{"code","message"}}</c> shape and never cached.
/// </summary>
/// <remarks>
/// A plain <see cref="IAuthenticationHandler"/>, not an <see cref="AuthenticationHandler{TOptions}"/>: that base class
/// makes a logger for every request (Serilog's logger factory does not cache them) and logs each refused bearer, and
/// every buyer request carries one. Direct Line checks its own tokens, so its requests get a quiet
/// <see cref="AuthenticateResult.NoResult"/> without looking at the header.
/// </remarks>
public sealed partial class ConsoleKeyAuthenticationHandler(ConsoleKeys keys, ILogger<ConsoleKeyAuthenticationHandler> logger) : IAuthenticationHandler
{
    public const string SchemeName = "ConsoleKey";

    private const string Bearer = "Bearer ";

    private HttpContext? _context;
    private AuthenticateResult? _result;

    private HttpContext Context => _context ?? throw new InvalidOperationException("The handler was not initialised for a request.");

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _result = null;
        return Task.CompletedTask;
    }

    /// <summary>Once per request, however many times the middleware and the policies ask.</summary>
    public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(_result ??= Authenticate(Context.Request));

    public async Task ChallengeAsync(AuthenticationProperties? properties)
    {
        var request = Context.Request;
        var response = Context.Response;
        var trainer = request.Path.StartsWithSegments(TrainerEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);
        response.Headers.CacheControl = "no-store";
        response.Headers.WWWAuthenticate = trainer ? "Bearer realm=\"trainer\"" : "Bearer realm=\"agent\"";
        var message = (trainer, request.Headers.Authorization.Count > 0) switch
        {
            (true, false) => "请以 'Authorization: Bearer ...' 发送培训师密钥。Send a trainer key as 'Authorization: Bearer ...'.",
            (true, true) => "这不是培训师密钥；买家令牌和 Direct Line 密钥不能打开培训师接口。This is not a trainer key.",
            _ => "请以 'Authorization: Bearer ...' 发送客服密钥；买家令牌和 Direct Line 密钥不能打开客服接口。Send your agent key as 'Authorization: Bearer ...'.",
        };
        await ChannelErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized", message).ExecuteAsync(Context).ConfigureAwait(false);
    }

    public async Task ForbidAsync(AuthenticationProperties? properties)
    {
        Context.Response.Headers.CacheControl = "no-store";
        await ChannelErrors.Forbidden("您的密钥没有这项操作的权限（客服、主管、培训师各用自己的密钥）。This key does not have the role this call needs.")
            .ExecuteAsync(Context).ConfigureAwait(false);
    }

    private AuthenticateResult Authenticate(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(DirectLineEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (keys.Find(header[Bearer.Length..].Trim()) is not { } account)
        {
            LogNotAConsoleKey(request.Path);
            return AuthenticateResult.Fail("The bearer key is not a console key.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, account.Id), new(ClaimTypes.Name, account.Name) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A bearer key that is not a console key was refused on {Path}")]
    private partial void LogNotAConsoleKey(PathString path);
}
