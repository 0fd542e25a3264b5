namespace ShopBot.Bot.Trainers;

/// <summary>
/// Lets a call through only with a configured trainer key as <c>Authorization: Bearer ...</c>. Anything else, a
/// buyer's Direct Line token or the Direct Line secret included, is a 401: those open the buyer channel only.
/// </summary>
public sealed class TrainerAuthFilter(TrainerKeys keys) : IEndpointFilter
{
    public const string TrainerNameItem = "trainer.name";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        if (presented.Length == 0)
        {
            return Unauthorized(http, "Send a trainer key as 'Authorization: Bearer ...'.");
        }

        if (keys.Find(presented) is not { } name)
        {
            return Unauthorized(http, "This is not a trainer key. Buyer tokens and the Direct Line secret do not open the trainer API.");
        }

        http.Items[TrainerNameItem] = name;
        return await next(context).ConfigureAwait(false);
    }

    private static IResult Unauthorized(HttpContext http, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"trainer\"";
        return TrainerErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized", message);
    }
}
