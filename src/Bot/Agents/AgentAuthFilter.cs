namespace ShopBot.Bot.Agents;

/// <summary>Lets a request through only with a configured agent key, and hands the endpoint its <see cref="AgentIdentity"/>.</summary>
internal sealed class AgentAuthFilter(AgentKeys keys) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var key = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        var agent = keys.Find(key);
        http.Response.Headers.CacheControl = "no-store";
        if (agent is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"agent\"";
            return AgentErrors.Unauthorized();
        }

        http.Items[typeof(AgentIdentity)] = agent;
        return await next(context).ConfigureAwait(false);
    }
}
