using CallCenter.Activities.Calls;
using CallCenter.Activities.Prompts;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>An <see cref="ActivityHost"/> for call flows: a fake prompt library (welcome, menu, retry, beep), recordings in the test's folder, an optional fake voice server for transfers.</summary>
public static class CallHost
{
    public static async Task<ActivityHost> StartAsync(FakeTelephony? telephony = null, bool seed = true, Action<IServiceCollection>? configure = null)
    {
        var host = await ActivityHost.StartAsync(services =>
        {
            services.AddSingleton<IPromptProvider>(new FakePromptProvider("welcome", "menu", "retry", "beep"));
            if (telephony is not null) services.AddSingleton<ITelephony>(telephony);
            configure?.Invoke(services);
        }, seed);
        // Set before any flow runs; the folder goes with the host.
        host.Get<IOptions<IvrOptions>>().Value.RecordingsFolder = Path.Combine(host.Folder, "recordings");
        return host;
    }
}
