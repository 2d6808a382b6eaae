using CallCenter.Activities.Extensions;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Designer.Tests.Palette;

/// <summary>The activity registry the Portal builds: the Engine's activities and the contact-center ones, registered the real way.</summary>
internal static class RealActivities
{
    private static readonly Lazy<ActivityRegistry> Shared = new(Build);

    public static ActivityRegistry Registry => Shared.Value;

    public static ActivityDescriptor Descriptor(string typeName) =>
        Registry.Find(typeName) ?? throw new InvalidOperationException($"no activity '{typeName}'");

    /// <summary>The real registrations plus extra activity types (e.g. a test activity with every editor).</summary>
    public static ActivityRegistry With(params Type[] extra)
    {
        var registrations = Registrations().Concat(extra.Select(t => new ActivityRegistration(t)));
        return new ActivityRegistry(registrations);
    }

    private static ActivityRegistry Build() => new(Registrations());

    // Only the registrations are read from the service collection: nothing (database, SIP) is started.
    private static IEnumerable<ActivityRegistration> Registrations()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine();
        services.AddCallCenterActivities();
        return services.Where(d => d.ServiceType == typeof(ActivityRegistration)).Select(d => (ActivityRegistration)d.ImplementationInstance!).ToList();
    }
}
