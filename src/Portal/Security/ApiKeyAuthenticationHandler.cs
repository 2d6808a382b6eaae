using System.Security.Claims;
using System.Text.Encodings.Web;
using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Security;

/// <summary>
/// Authenticates <c>X-Api-Key: &lt;secret&gt;</c> against <see cref="ApiKeyStore"/>: a live key becomes a principal named
/// <c>apikey:&lt;name&gt;</c> with the key's roles (and its agent, if any); a missing header is no result; anything else fails (401).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PortalAuthenticationSchemes.ApiKeyHeader, out var values)) return AuthenticateResult.NoResult();
        var secret = values.ToString().Trim();
        if (secret.Length == 0) return AuthenticateResult.Fail("Empty API key.");
        var key = await keys.FindAsync(secret, Context.RequestAborted);
        if (key is null)
        {
            Logger.LogWarning("Refused an unknown or revoked API key from {Remote}", Context.Connection.RemoteIpAddress);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var claims = new List<Claim> { new(ClaimTypes.Name, "apikey:" + key.Name), new(ClaimTypes.NameIdentifier, "apikey:" + key.Id) };
        claims.AddRange(key.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        if (key.AgentId is { } agent) claims.Add(new Claim(PortalClaims.AgentId, agent));
        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
