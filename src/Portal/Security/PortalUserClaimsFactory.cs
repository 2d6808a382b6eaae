using System.Security.Claims;
using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Security;

/// <summary>Puts the user's agent id and display name into the sign-in cookie beside the roles.</summary>
public sealed class PortalUserClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgentId is { } agent) identity.AddClaim(new Claim(PortalClaims.AgentId, agent));
        if (user.DisplayName is { } name) identity.AddClaim(new Claim(PortalClaims.DisplayName, name));
        return identity;
    }
}
