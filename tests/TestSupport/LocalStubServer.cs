using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShopBot.TestSupport;

/// <summary>The scaffolding of a local stub of an outside service: Kestrel on 127.0.0.1 (a free port), one POST route.</summary>
public static class LocalStubServer
{
    /// <summary>Builds the app, lets <paramref name="create"/> make the stub around it, maps its handler and starts.</summary>
    public static async Task<(TStub Stub, string Address)> StartAsync<TStub>(Func<WebApplication, TStub> create, string path, Func<TStub, RequestDelegate> handler)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(handler);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = create(app);
        app.MapPost(path, handler(stub));
        await app.StartAsync();
        return (stub, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }
}
