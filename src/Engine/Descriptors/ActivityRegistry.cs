namespace CallCenter.Engine.Descriptors;

/// <summary>The registered activity types by their JSON type name; the designer's palette reads only this.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byName = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<ActivityRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            var descriptor = ActivityDescriptorFactory.Create(registration.ActivityType);
            if (_byName.TryGetValue(descriptor.TypeName, out var existing) && existing.ClrType != descriptor.ClrType)
                throw new InvalidOperationException($"Two activity classes claim the type name '{descriptor.TypeName}': {existing.ClrType.FullName} and {descriptor.ClrType.FullName}");
            _byName[descriptor.TypeName] = descriptor;
        }
    }

    public IReadOnlyCollection<ActivityDescriptor> All => _byName.Values;

    public ActivityDescriptor? Find(string typeName) => _byName.GetValueOrDefault(typeName);
}
