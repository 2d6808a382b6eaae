using System.Reflection;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Activities;

namespace CallCenter.Engine.Descriptors;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from an activity class, its attributes and its default input values.</summary>
public static class ActivityDescriptorFactory
{
    public static ActivityDescriptor Create(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract)
            throw new ArgumentException($"{type.FullName} is not a concrete activity", nameof(type));
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.FullName} has no [Activity] attribute", nameof(type));
        var prototype = (Activity)Activator.CreateInstance(type)!;
        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.PropertyType.IsGenericType) continue;
            var generic = property.PropertyType.GetGenericTypeDefinition();
            if (generic == typeof(Input<>)) inputs.Add(CreateInput(property, prototype));
            else if (generic == typeof(Output<>)) outputs.Add(CreateOutput(property));
        }
        var declared = type.GetCustomAttribute<OutcomesAttribute>();
        var outcomes = declared?.Outcomes ?? ["Done"];
        if (declared?.Required.FirstOrDefault(r => !outcomes.Contains(r)) is { } undeclared)
            throw new ArgumentException($"{type.FullName} requires the outcome '{undeclared}' but does not declare it in [Outcomes]", nameof(type));
        var hasDynamic = type.GetMethod(nameof(Activity.GetDynamicOutcomes))!.DeclaringType != typeof(Activity);
        var isTrigger = typeof(ITriggerActivity).IsAssignableFrom(type);
        return new ActivityDescriptor(
            attribute.TypeName ?? type.Name,
            type,
            attribute.Category,
            attribute.CategoryZh ?? attribute.Category,
            attribute.DisplayName,
            attribute.DisplayNameZh ?? attribute.DisplayName,
            attribute.Description,
            attribute.DescriptionZh ?? attribute.Description,
            attribute.Icon,
            inputs,
            outputs,
            outcomes,
            hasDynamic,
            CanStartWorkflow: isTrigger || type == typeof(Start),
            IsTrigger: isTrigger)
        {
            RequiredOutcomes = declared?.Required ?? [],
            OptionalOutcomes = declared?.Optional ?? [],
            HasExternalEffect = attribute.HasExternalEffect,
        };
    }

    private static InputDescriptor CreateInput(PropertyInfo property, Activity prototype)
    {
        var attribute = property.GetCustomAttribute<InputAttribute>() ?? new InputAttribute();
        var valueType = property.PropertyType.GetGenericArguments()[0];
        var current = (IInput?)property.GetValue(prototype);
        return new InputDescriptor(
            JsonName(property.Name),
            valueType,
            attribute.DisplayName ?? property.Name,
            attribute.DisplayNameZh ?? attribute.DisplayName ?? property.Name,
            attribute.Description,
            attribute.DescriptionZh ?? attribute.Description,
            attribute.Editor == InputEditor.Auto ? EditorFor(valueType) : attribute.Editor,
            current?.LiteralValue,
            attribute.Required,
            attribute.Options,
            attribute.SupportsExpressions)
        { Property = property };
    }

    private static OutputDescriptor CreateOutput(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<OutputAttribute>() ?? new OutputAttribute();
        return new OutputDescriptor(
            JsonName(property.Name),
            property.PropertyType.GetGenericArguments()[0],
            attribute.DisplayName ?? property.Name,
            attribute.DisplayNameZh ?? attribute.DisplayName ?? property.Name,
            attribute.Description,
            attribute.DescriptionZh ?? attribute.Description)
        { Property = property };
    }

    private static InputEditor EditorFor(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return InputEditor.Text;
        if (t == typeof(bool)) return InputEditor.Switch;
        if (t == typeof(TimeSpan)) return InputEditor.Duration;
        if (t == typeof(DateTimeOffset)) return InputEditor.DateTime;
        if (t.IsEnum) return InputEditor.Select;
        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal)) return InputEditor.Number;
        if (t == typeof(object)) return InputEditor.Expression;
        if (typeof(System.Collections.IDictionary).IsAssignableFrom(t)) return InputEditor.KeyValueList;
        return InputEditor.Json;
    }

    internal static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
