using CallCenter.Activities.Acd;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>A call host with the demo extensions, agents (8001–8005 on 1001–1005) and queues (hotline, card-service) loaded into a live ACD.</summary>
public static class AcdHost
{
    public static async Task<ActivityHost> StartAsync(FakeTelephony telephony)
    {
        var host = await CallHost.StartAsync(telephony, configure: services => services.AddSingleton<DemoExtensionSeeder>());
        await host.Get<DemoExtensionSeeder>().SeedAsync("cc.test");
        await host.Get<DemoAcdSeeder>().SeedAsync();
        await host.Services.GetServices<IHostedService>().OfType<AcdStartup>().Single().StartAsync(CancellationToken.None);
        return host;
    }

    public static IAcd Acd(this ActivityHost host) => host.Get<IAcd>();
}
