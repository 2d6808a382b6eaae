namespace CallCenter.Portal.Security;

/// <summary>The Portal's authentication schemes.</summary>
public static class PortalAuthenticationSchemes
{
    /// <summary>The default: the API key scheme when the request carries <see cref="ApiKeyHeader"/>, the sign-in cookie otherwise.</summary>
    public const string Portal = "Portal";

    /// <summary>Integrators' systems: <c>X-Api-Key: &lt;secret&gt;</c>.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The header an API key travels in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
}
