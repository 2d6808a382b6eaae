using CallCenter.Activities.Calls;
using CallCenter.Activities.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>An <see cref="ActivityHost"/> for call flows: a fake prompt library (welcome, menu, retry, beep), recordings in the test folder, an optional fake originator.</summary>
public static class CallHost
{
    public static Task<ActivityHost> StartAsync(FakeCallOriginator? originator = null, bool seed = true, Action<IServiceCollection>? configure = null) =>
        ActivityHost.StartAsync(services =>
        {
            services.AddSingleton<IPromptProvider>(new FakePromptProvider("welcome", "menu", "retry", "beep"));
            services.PostConfigure<IvrOptions>(o => o.RecordingsFolder = Path.Combine(Path.GetTempPath(), "callcenter-recordings-" + Environment.ProcessId));
            if (originator is not null) services.AddSingleton<ICallOriginator>(originator);
            configure?.Invoke(services);
        }, seed);
}
