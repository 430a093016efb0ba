using Lagebild.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lagebild.Web.Tests;

/// <summary>The web app started on a free loopback port.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningApp(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
        Client = new HttpClient { BaseAddress = new Uri(url) };
    }

    public string Url { get; }

    public HttpClient Client { get; }

    public static async Task<RunningApp> StartAsync(ISituationStore store, TimeSpan? queryTimeout = null)
    {
        var app = SituationWebApp.Build(store, "http://127.0.0.1:0", queryTimeout);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
