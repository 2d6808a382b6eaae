using Microsoft.AspNetCore.Authentication;

namespace CallCenter.Portal.Security;

/// <summary>Options of <see cref="ApiKeyAuthenticationHandler"/> (none beyond the defaults).</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions;
