using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Tests.Validation;

internal static class ValidationAssert
{
    /// <summary>Asserts the result holds exactly one error, about this activity and property, whose message contains <paramref name="message"/>.</summary>
    public static ValidationError SingleError(ValidationResult result, string? activityId, string? property, string message)
    {
        Assert.False(result.IsValid, "expected the definition to be invalid");
        var error = Assert.Single(result.Errors);
        Assert.Equal(activityId, error.ActivityId);
        Assert.Equal(property, error.Property);
        Assert.Contains(message, error.Message);
        // What the designer and import show names the activity and the property.
        if (activityId is not null) Assert.Contains($"activity '{activityId}'", error.ToString());
        if (property is not null) Assert.Contains($"'{property}'", error.ToString());
        return error;
    }
}
