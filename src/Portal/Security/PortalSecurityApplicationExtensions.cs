namespace CallCenter.Portal.Security;

/// <summary>Puts the security middleware in the pipeline, in the order ASP.NET Core needs it.</summary>
public static class PortalSecurityApplicationExtensions
{
    /// <summary>Authentication, then authorisation, then antiforgery (after both, before the endpoints).</summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
