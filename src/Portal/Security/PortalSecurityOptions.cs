namespace CallCenter.Portal.Security;

/// <summary>Security settings read by <see cref="PortalSecurityServiceCollectionExtensions.AddPortalSecurity"/>.</summary>
public sealed class PortalSecurityOptions
{
    /// <summary>
    /// <c>Portal:AdminPassword</c>: password of the <c>admin</c> user when it is created. Default none: a random one is
    /// generated and written once to the log (as a warning) on the start that creates the user.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>
    /// <c>WebCti:BootstrapApiKey</c>: when set (≥ 16 characters), an API key with this secret and the Admin role is
    /// made sure to exist at start (automated installs, tests). Default none.
    /// </summary>
    public string? BootstrapApiKey { get; set; }
}
